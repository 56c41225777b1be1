"""Made-up statistics for the demo, so the insight dashboard has something
to show (a dozen demo enquiries would all be "fewer than 5").

Anonymised facts only, marked ``synthetic``, for the demo centres over the
last 26 weeks: a seeded random generator, so every demo looks the same.
Idempotent: if synthetic facts exist, nothing is added. Never in
production (load_demo_content refuses to run there).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from .models import Centre, EnquiryFact, OutcomeCode
from .routing import LEVEL_INTERPRETER, LEVEL_LANGUAGE, LEVEL_NATIONAL, LEVEL_TRIAGE
from .services.statistics import month_of, week_of
from .states import State

WEEKS = 26
SEED = 2026
PER_WEEK = (55, 95)
# Places and subjects no demo centre covers, and languages nobody speaks.
UNMET = [
    ("consumer", "NE"),
    ("employment", "SA"),
    ("housing", "TR"),
    ("debt", "EX"),
    ("family", ""),
]
UNSPOKEN = ["vi", "lt", "tr", "sq"]
OUTCOMES_WEIGHTS = {
    "advice_given": 40,
    "casework_completed": 12,
    "legal_aid_case_opened": 10,
    "referred_to_solicitor": 8,
    "signposted": 15,
}


@dataclass
class DemoStatisticsReport:
    created: int
    existing: int
    accounts: list = field(default_factory=list)

    def lines(self) -> list[str]:
        if self.created:
            return [f"Demo statistics: {self.created} made-up anonymised facts created."]
        return [f"Demo statistics: {self.existing} made-up anonymised facts already there."]


@transaction.atomic
def load(*, with_accounts: bool = True) -> DemoStatisticsReport:
    """Synthetic facts only for a demo (with_accounts); never in a content-only load."""
    existing = EnquiryFact.objects.filter(synthetic=True).count()
    if not with_accounts:
        return DemoStatisticsReport(created=0, existing=existing)
    centres = list(Centre.objects.filter(active=True).prefetch_related("areas").order_by("slug"))
    if existing or not centres:
        return DemoStatisticsReport(created=0, existing=existing)
    outcomes = [c for c in OUTCOMES_WEIGHTS if OutcomeCode.objects.filter(code=c).exists()]
    generator = _Generator(random.Random(SEED), centres, outcomes, timezone.localdate())
    facts = EnquiryFact.objects.bulk_create(generator.facts(), batch_size=1000)
    return DemoStatisticsReport(created=len(facts), existing=0)


class _Generator:
    def __init__(self, rng: random.Random, centres: list[Centre], outcomes: list[str], today):
        self.rng, self.centres, self.outcomes, self.today = rng, centres, outcomes, today
        self.areas = {c.pk: [a.code for a in c.areas.all()] for c in centres}

    def facts(self):
        first = week_of(self.today) - dt.timedelta(weeks=WEEKS - 1)
        for week in range(WEEKS):
            for _n in range(self.rng.randint(*PER_WEEK)):
                day = first + dt.timedelta(weeks=week, days=self.rng.randint(0, 6))
                if day <= self.today:
                    yield self.fact(day)

    def fact(self, day: dt.date) -> EnquiryFact:
        rng = self.rng
        values = {
            "submitted_on": day,
            "week": week_of(day),
            "month": month_of(day),
            "site_language": rng.choices(["en", "cy", "pl", "ar", "zh-hant"], [70, 6, 10, 9, 5])[0],
            "urgent": rng.random() < 0.2,
            "postcode_status": "given",
            "synthetic": True,
        }
        if rng.random() < 0.08:
            values.update(self._triage())
        else:
            values.update(self._routed(rng.choice(self.centres)))
        values.update(self._life_cycle(day, values["centre"] is not None))
        return EnquiryFact(**values)

    def _routed(self, centre: Centre) -> dict:
        rng = self.rng
        language = rng.choices(
            ["en", rng.choice(centre.languages), rng.choice(UNSPOKEN)], [62, 33, 5]
        )[0]
        spoken = language in centre.languages
        if centre.national:
            region = rng.choice(["E", "M", "B", "LS", "CF", "BS", "SE", "N"])
        else:
            region = rng.choice(
                [entry.split()[0].rstrip("0123456789") for entry in centre.coverage]
            )
        level = (
            LEVEL_LANGUAGE if spoken else (LEVEL_NATIONAL if centre.national else LEVEL_INTERPRETER)
        )
        return {
            "centre": centre,
            "centre_name": centre.name,
            "area": rng.choice(self.areas[centre.pk] or ["housing"]),
            "advice_language": language,
            "interpreter_requested": not spoken and rng.random() < 0.7,
            "interpreter_needed": not spoken,
            "postcode_area": region,
            "routing_level": level,
        }

    def _triage(self) -> dict:
        area, region = self.rng.choice(UNMET)
        language = self.rng.choice(["en", "en", "en", *UNSPOKEN])
        return {
            "centre": None,
            "area": area,
            "advice_language": language,
            "interpreter_needed": language != "en",
            "postcode_area": region,
            "postcode_status": "given" if region else "no_fixed_address",
            "routing_level": LEVEL_TRIAGE,
            "triage_reason": "no_coverage" if region else "no_postcode",
        }

    def _life_cycle(self, day: dt.date, routed: bool) -> dict:
        rng = self.rng
        age = (self.today - day).days
        claimed = routed and (age > 2 or rng.random() < 0.5)
        contacted = claimed and (age > 4 or rng.random() < 0.4)
        closed = contacted and self.outcomes and rng.random() < min(0.9, age / 40)
        if closed:
            state = State.CLOSED
        elif contacted:
            state = rng.choice([State.CONTACTED, State.ACCEPTED])
        elif claimed:
            state = State.CLAIMED
        else:
            state = rng.choice([State.ROUTED, State.ROUTED, State.WITHDRAWN])
        to_claim = int(rng.lognormvariate(5.8, 0.9)) if claimed else None  # about 5 hours
        referred = routed and rng.random() < 0.06
        return {
            "state": State.REFERRED_ON if referred and state == State.ROUTED else state,
            "referred_on": referred,
            "outcome": rng.choices(self.outcomes, [OUTCOMES_WEIGHTS[c] for c in self.outcomes])[0]
            if closed
            else "",
            "assigned_week": week_of(day),
            "minutes_to_claim": to_claim,
            "minutes_to_contact": to_claim + int(rng.lognormvariate(7.0, 0.8))
            if contacted
            else None,
            "closed_on": min(day + dt.timedelta(days=rng.randint(3, 40)), self.today)
            if closed
            else None,
        }
