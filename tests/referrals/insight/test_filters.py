"""Filters are parsed once for the dashboard, exports and JSON, and widen
dates to whole weeks or months."""

import datetime as dt

import pytest

from referrals.insight.access import InsightScope
from referrals.insight.filters import InsightFilterForm, InsightFilters

pytestmark = pytest.mark.django_db

NETWORK = InsightScope(network=True)
TODAY = dt.date(2026, 3, 18)  # a Wednesday


def parse(data, scope=NETWORK):
    form = InsightFilterForm(data, scope=scope, today=TODAY)
    return form.filters() if form.is_valid() else form.error_messages()


def test_defaults_are_the_last_thirteen_whole_weeks_by_week():
    filters = parse({})
    assert (filters.start, filters.end) == (dt.date(2025, 12, 22), dt.date(2026, 3, 22))
    assert (filters.interval, filters.by) == ("week", "area")
    assert len(filters.periods()) == 13


def test_dates_widen_to_whole_weeks():
    filters = parse({"start": "2026-03-04", "end": "2026-03-10"})
    assert (filters.start, filters.end) == (dt.date(2026, 3, 2), dt.date(2026, 3, 15))
    assert filters.periods() == [dt.date(2026, 3, 2), dt.date(2026, 3, 9)]


def test_dates_widen_to_whole_months_by_month():
    filters = parse({"start": "2025-12-15", "end": "2026-02-03", "interval": "month"})
    assert (filters.start, filters.end) == (dt.date(2025, 12, 1), dt.date(2026, 2, 28))
    assert filters.periods() == [dt.date(2025, 12, 1), dt.date(2026, 1, 1), dt.date(2026, 2, 1)]


def test_a_start_after_the_end_is_refused():
    assert parse({"start": "2026-03-10", "end": "2026-03-01"}) == [
        "The start date must be on or before the end date."
    ]


def test_too_many_weeks_asks_for_months():
    assert parse({"start": "2020-01-01", "end": "2026-01-01"}) == [
        "Choose a shorter range, or show it by month."
    ]
    assert isinstance(
        parse({"start": "2020-01-01", "end": "2026-01-01", "interval": "month"}), InsightFilters
    )


def test_unknown_choices_are_refused(riverside):
    assert parse({"area": "astrology"})
    assert isinstance(parse({"language": "xx"}), list)
    assert isinstance(parse({"by": "name"}), list)


def test_a_manager_can_only_choose_their_own_centres(riverside, northside):
    mine = InsightScope(network=False, centre_ids=frozenset({riverside.pk}))
    assert parse({"centre": "riverside"}, mine).centre_id == riverside.pk
    assert isinstance(parse({"centre": "northside"}, mine), list)
    form = InsightFilterForm({}, scope=mine, today=TODAY)
    assert [value for value, _label in form.fields["centre"].choices] == ["", "riverside"]


def test_filters_as_a_record_hold_codes_only(riverside):
    record = parse({"centre": "riverside", "area": "housing", "language": "pl"}).as_record()
    assert record == {
        "start": "2025-12-22",
        "end": "2026-03-22",
        "interval": "week",
        "centre": "riverside",
        "area": "housing",
        "language": "pl",
        "by": "area",
    }
