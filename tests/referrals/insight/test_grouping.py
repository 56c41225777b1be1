"""Several groupings counted at once (GROUPING SETS on PostgreSQL, one
GROUP BY each elsewhere) give the same counts."""

import datetime as dt

import pytest

from referrals.insight.grouping import grouped_counts
from referrals.models import EnquiryFact

from .conftest import MONDAY, facts

pytestmark = pytest.mark.django_db


def test_counts_by_single_and_paired_fields(riverside):
    facts(3, area="housing", centre=riverside, urgent=True)
    facts(2, area="debt", submitted_on=MONDAY + dt.timedelta(days=7))
    facts(1, area="debt", centre=riverside)
    found = grouped_counts(
        EnquiryFact.objects.all(), [("area",), ("centre_id",), ("urgent",), ("week", "area")]
    )
    next_week = MONDAY + dt.timedelta(days=7)
    assert found == {
        ("area",): {"housing": 3, "debt": 3},
        ("centre_id",): {riverside.pk: 4, None: 2},
        ("urgent",): {True: 3, False: 3},
        ("week", "area"): {(MONDAY, "housing"): 3, (MONDAY, "debt"): 1, (next_week, "debt"): 2},
    }


def test_filters_apply_and_empty_groupings_stay_empty(riverside):
    facts(2, area="housing")
    found = grouped_counts(EnquiryFact.objects.filter(area="family"), [("area",), ("week",)])
    assert found == {("area",): {}, ("week",): {}}
