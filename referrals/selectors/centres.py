"""Centres as routing sees them, and routing suggestions for an enquiry."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Count, QuerySet
from django.utils import timezone

from ..models import Centre, Enquiry
from ..opening_hours import LOCAL_TZ, parse_opening_hours
from ..postcodes import parse_postcode
from ..routing import CentreSnapshot, RoutingDecision, RoutingFacts, RoutingPolicy, route
from ..states import State


def week_start(as_of: dt.datetime) -> dt.datetime:
    """Monday 00:00 UK time of as_of's week: weekly capacity resets then."""
    local = as_of.astimezone(LOCAL_TZ)
    monday = local.date() - dt.timedelta(days=local.weekday())
    return dt.datetime.combine(monday, dt.time(0, 0), tzinfo=LOCAL_TZ)


def centre_snapshots(*, as_of: dt.datetime | None = None) -> list[CentreSnapshot]:
    """Every active centre with how many enquiries it got in as_of's week.

    Three queries whatever the number of centres or enquiries (the load
    reads only this week's rows, by index). Spam does not count.
    """
    as_of = as_of or timezone.now()
    loads = dict(
        Enquiry.objects.filter(
            assigned_at__gte=week_start(as_of), assigned_at__lte=as_of, centre__isnull=False
        )
        .exclude(state=State.SPAM)
        .values_list("centre_id")
        .annotate(count=Count("id"))
        .order_by()
    )
    centres = Centre.objects.filter(active=True).prefetch_related("areas").order_by("slug")
    return [
        CentreSnapshot(
            slug=centre.slug,
            name=centre.name,
            areas=frozenset(area.code for area in centre.areas.all()),
            coverage=tuple(centre.coverage),
            national=centre.national,
            languages=frozenset(centre.languages),
            weekly_capacity=centre.weekly_capacity,
            load=loads.get(centre.pk, 0),
            accepts_urgent=centre.accepts_urgent,
            opening_hours=parse_opening_hours(centre.opening_hours),
            active=centre.active,
        )
        for centre in centres
    ]


def routing_policy() -> RoutingPolicy:
    return RoutingPolicy(
        urgent_opens_within=dt.timedelta(hours=settings.ROUTING_URGENT_OPENS_WITHIN_HOURS),
        network_languages=frozenset({settings.LANGUAGE_CODE}),
    )


def enquiry_routing_facts(
    *, enquiry: Enquiry, exclude: frozenset[str] = frozenset()
) -> RoutingFacts:
    postcode = parse_postcode(enquiry.postcode) or parse_postcode(enquiry.outward_code)
    return RoutingFacts(
        area=enquiry.area.code if enquiry.area_id else None,
        postcode=postcode,
        language=enquiry.advice_language,
        urgent=enquiry.urgent,
        exclude=exclude,
    )


def referral_suggestions(*, enquiry: Enquiry, as_of: dt.datetime | None = None) -> RoutingDecision:
    """Where routing would send the enquiry now if its current centre could not take it."""
    as_of = as_of or timezone.now()
    exclude = frozenset({enquiry.centre.slug}) if enquiry.centre_id else frozenset()
    return route(
        enquiry_routing_facts(enquiry=enquiry, exclude=exclude),
        centre_snapshots(as_of=as_of),
        as_of,
        routing_policy(),
    )


def referral_targets(*, enquiry: Enquiry) -> QuerySet[Centre]:
    """Centres an enquiry may be referred on to: every other active centre."""
    queryset = Centre.objects.filter(active=True).only("pk", "slug", "name").order_by("name")
    if enquiry.centre_id is not None:
        queryset = queryset.exclude(pk=enquiry.centre_id)
    return queryset
