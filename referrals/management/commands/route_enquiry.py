"""What if: where would an enquiry with these facts go now (or at --as-of)?"""

import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from knowledge.models import AreaOfLaw
from referrals.languages import normalise_language
from referrals.postcodes import parse_postcode
from referrals.routing import RoutingFacts, route
from referrals.selectors import centre_snapshots, routing_policy


class Command(BaseCommand):
    help = (
        "Print the routing decision for an enquiry's facts as JSON, using the centres and "
        "their load as they are now (or in the week of --as-of). Changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--area", required=True, help="Area of law code, e.g. housing.")
        parser.add_argument(
            "--postcode", help="Postcode or its first half (omit for no fixed address)."
        )
        parser.add_argument("--language", default="en", help="Language code, e.g. pl or bsl.")
        parser.add_argument("--urgent", action="store_true", help="Treat the enquiry as urgent.")
        parser.add_argument(
            "--as-of", dest="as_of", help="ISO 8601 time (default now; UK time if no offset)."
        )

    def handle(
        self, *args, area, postcode=None, language="en", urgent=False, as_of=None, **options
    ):
        areas = {a.code: a for a in AreaOfLaw.objects.all()}
        if area not in areas:
            raise CommandError(f"Unknown area of law {area!r}; choose from {', '.join(areas)}.")
        parsed = None
        if postcode:
            parsed = parse_postcode(postcode)
            if parsed is None:
                raise CommandError(f"{postcode!r} is not a UK postcode or postcode district.")
        code = normalise_language(language)
        if code is None:
            raise CommandError(f"Unknown language code {language!r}.")
        moment = self._as_of(as_of)
        decision = route(
            RoutingFacts(area=area, postcode=parsed, language=code, urgent=urgent),
            centre_snapshots(as_of=moment),
            moment,
            routing_policy(),
        )
        with translation.override("en"):
            names = {c: str(a.name) for c, a in areas.items()}
            self.stdout.write(json.dumps(decision.as_json(names), ensure_ascii=False))

    @staticmethod
    def _as_of(text):
        if not text:
            return timezone.now()
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            raise CommandError(f"--as-of {text!r} is not an ISO 8601 date and time.") from None
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment, timezone.get_default_timezone())
        return moment
