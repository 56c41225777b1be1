"""Snapshots and facts for routing tests (routing is pure: no database)."""

import datetime as dt
from zoneinfo import ZoneInfo

from referrals.opening_hours import parse_opening_hours
from referrals.postcodes import parse_postcode
from referrals.routing import CentreSnapshot, RoutingFacts

LONDON = ZoneInfo("Europe/London")
MON_10 = dt.datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)  # a Monday, GMT
MON_20 = dt.datetime(2026, 11, 23, 20, 0, tzinfo=LONDON)
SAT_09 = dt.datetime(2026, 11, 28, 9, 30, tzinfo=LONDON)
SAT_22 = dt.datetime(2026, 11, 28, 22, 0, tzinfo=LONDON)
WEEKDAYS = {day: ["09:00", "17:00"] for day in ("mon", "tue", "wed", "thu", "fri")}


def centre(slug, **overrides) -> CentreSnapshot:
    values = {
        "slug": slug,
        "name": slug.title(),
        "areas": frozenset({"housing"}),
        "coverage": ("E1",),
        "national": False,
        "languages": frozenset({"en"}),
        "weekly_capacity": 10,
        "load": 0,
        "accepts_urgent": True,
        "opening_hours": parse_opening_hours(WEEKDAYS),
        "active": True,
    }
    for key in ("areas", "languages"):
        if key in overrides:
            overrides[key] = frozenset(overrides[key])
    if "coverage" in overrides:
        overrides["coverage"] = tuple(overrides["coverage"])
    if "opening_hours" in overrides:
        overrides["opening_hours"] = parse_opening_hours(overrides["opening_hours"])
    values.update(overrides)
    return CentreSnapshot(**values)


def facts(area="housing", postcode="E1 6AN", language="en", urgent=False, exclude=()):
    return RoutingFacts(
        area=area,
        postcode=parse_postcode(postcode) if postcode else None,
        language=language,
        urgent=urgent,
        exclude=frozenset(exclude),
    )


NATIONAL = {"coverage": (), "national": True}
