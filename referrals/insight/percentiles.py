"""Medians and 90th percentiles from histograms counted by the database.

A duration (in minutes) is put in a bucket by the database - to the tenth
of an hour under a day, to the hour under a week, to the day beyond - and
the facts are counted per bucket (grouping.py, with everything else in one
read). The nearest-rank percentile (the value at rank ceil(p * n) in
ascending order) is then found by walking the few hundred bucket counts.
Bucketing keeps order, so the result is exactly the nearest-rank
percentile, rounded down to its bucket: the precision the dashboard shows.
No sort of the facts, no rows of facts in Python.
"""

from __future__ import annotations

from fractions import Fraction

from django.db.models import Case, F, IntegerField, When

MEDIAN = Fraction(1, 2)
P90 = Fraction(9, 10)
FRACTIONS = (MEDIAN, P90)
DAY = 24 * 60
WEEK = 7 * DAY


def bucket(field: str) -> Case:
    """The lower bound (in minutes) of the bucket of a duration field."""
    return Case(
        When(**{f"{field}__lt": DAY}, then=F(field) / 6 * 6),
        When(**{f"{field}__lt": WEEK}, then=F(field) / 60 * 60),
        default=F(field) / DAY * DAY,
        output_field=IntegerField(),
    )


def percentiles(histogram: dict, fractions: tuple[Fraction, ...] = FRACTIONS) -> dict:
    """{fraction: value} from {value: count} (None values ignored); empty
    if there is nothing to rank."""
    counts = sorted((value, n) for value, n in histogram.items() if value is not None and n)
    total = sum(n for _value, n in counts)
    if not total:
        return {}
    found = {}
    for fraction in fractions:
        # ceil(p * n) in integers, for p = a / b.
        rank = (fraction.numerator * total + fraction.denominator - 1) // fraction.denominator
        seen = 0
        for value, n in counts:
            seen += n
            if seen >= rank:
                found[fraction] = value
                break
    return found


def split_by(histogram: dict) -> dict:
    """{(group, value): count} -> {group: {value: count}}."""
    groups: dict = {}
    for (group, value), n in histogram.items():
        groups.setdefault(group, {})[value] = n
    return groups
