"""Medians and 90th percentiles: nearest rank over duration buckets that
the database counts."""

import pytest

from referrals.insight.grouping import grouped_counts
from referrals.insight.percentiles import MEDIAN, P90, bucket, percentiles, split_by
from referrals.models import EnquiryFact

from .conftest import fact


def test_nearest_rank_over_ten_values():
    histogram = {value: 1 for value in (100, 10, 90, 20, 80, 30, 70, 40, 60, 50)}
    # ranks ceil(0.5 * 10) = 5 and ceil(0.9 * 10) = 9
    assert percentiles({**histogram, None: 4}) == {MEDIAN: 50, P90: 90}


@pytest.mark.parametrize(
    ("values", "median", "p90"),
    [
        ([7], 7, 7),
        ([1, 2], 1, 2),
        ([5, 1, 3], 3, 5),
        ([4, 4, 4, 9, 9], 4, 9),
        (list(range(1, 21)), 10, 18),
        (list(range(1, 51)), 25, 45),
    ],
)
def test_nearest_rank_edges(values, median, p90):
    histogram = {}
    for value in values:
        histogram[value] = histogram.get(value, 0) + 1
    assert percentiles(histogram) == {MEDIAN: median, P90: p90}


def test_nothing_to_rank_gives_nothing():
    assert percentiles({}) == {} and percentiles({None: 3}) == {}


def test_split_by_group():
    assert split_by({(1, 60): 2, (1, 120): 1, (2, 60): 5}) == {1: {60: 2, 120: 1}, 2: {60: 5}}


@pytest.mark.django_db
def test_the_database_buckets_to_a_tenth_of_an_hour_an_hour_or_a_day():
    minutes = [0, 5, 6, 59, 1439, 1440, 1499, 10079, 10080, 11519, 11520, None]
    EnquiryFact.objects.bulk_create(fact(minutes_to_claim=m) for m in minutes)
    facts = EnquiryFact.objects.annotate(claim_bucket=bucket("minutes_to_claim"))
    found = grouped_counts(facts, [("claim_bucket",)])[("claim_bucket",)]
    assert found == {
        0: 2,  # 0 and 5 minutes: 0.0 hours
        6: 1,
        54: 1,  # 59 minutes: 0.9 hours
        1434: 1,  # 23.9 hours
        1440: 2,  # 24 hours, then whole hours
        10020: 1,  # 167 hours
        10080: 2,  # a week, then whole days
        11520: 1,
        None: 1,
    }
