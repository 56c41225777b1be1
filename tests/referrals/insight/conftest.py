import datetime as dt

import pytest

from referrals.insight.access import InsightScope
from referrals.insight.filters import InsightFilters
from referrals.models import EnquiryFact

# A Monday; the default test range is the four weeks from it.
MONDAY = dt.date(2026, 3, 2)


def fact(**fields) -> EnquiryFact:
    """A fact as the sync service would write it (dates derived from submitted_on)."""
    day = fields.pop("submitted_on", MONDAY)
    values = {
        "submitted_on": day,
        "week": day - dt.timedelta(days=day.weekday()),
        "month": day.replace(day=1),
        "area": "housing",
        "advice_language": "en",
        "site_language": "en",
        "state": "routed",
        "routing_level": "area_coverage_language",
        "assigned_week": day - dt.timedelta(days=day.weekday()),
    }
    values.update(fields)
    return EnquiryFact(**values)


def facts(n: int, **fields) -> list[EnquiryFact]:
    return EnquiryFact.objects.bulk_create(fact(**fields) for _ in range(n))


def filters(**overrides) -> InsightFilters:
    values = {"start": MONDAY, "end": MONDAY + dt.timedelta(days=27)}
    values.update(overrides)
    return InsightFilters(**values)


NETWORK = InsightScope(network=True)


@pytest.fixture
def network():
    return NETWORK
