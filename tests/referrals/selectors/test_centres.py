import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from referrals.selectors import centre_snapshots, referral_suggestions, week_start
from referrals.services import enquiry_mark_spam

from ..factories import CentreFactory, submit

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def test_the_week_starts_on_monday_at_midnight_uk_time():
    sunday_night = dt.datetime(2026, 11, 29, 23, 30, tzinfo=LONDON)

    assert week_start(sunday_night) == dt.datetime(2026, 11, 23, 0, 0, tzinfo=LONDON)
    assert week_start(dt.datetime(2026, 11, 30, 0, 0, tzinfo=LONDON)).day == 30


def test_snapshots_carry_this_weeks_load(riverside, riverside_caseworker):
    monday = dt.datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)
    submit(as_of=monday)
    submit(as_of=monday + dt.timedelta(days=1))
    spam = submit(as_of=monday + dt.timedelta(days=2)).enquiry
    enquiry_mark_spam(enquiry=spam, actor=riverside_caseworker)
    submit(as_of=monday - dt.timedelta(days=1))  # last week

    (snapshot,) = centre_snapshots(as_of=monday + dt.timedelta(days=3))

    assert snapshot.slug == "riverside" and snapshot.load == 2
    assert snapshot.areas == frozenset({"housing"}) and snapshot.coverage == ("E1", "E2")
    assert centre_snapshots(as_of=monday + dt.timedelta(days=7))[0].load == 0


def test_inactive_centres_are_left_out(riverside):
    CentreFactory(slug="closed-down", active=False)

    assert [s.slug for s in centre_snapshots()] == ["riverside"]


def test_snapshot_queries_do_not_grow_with_centres(django_assert_max_num_queries):
    for index in range(6):
        CentreFactory(slug=f"centre-{index}", areas=["housing", "debt"])

    with django_assert_max_num_queries(3):
        centre_snapshots()


def test_referral_suggestions_leave_out_the_current_centre(riverside):
    CentreFactory(slug="also-e1", coverage=["E"])
    enquiry = submit().enquiry

    assert enquiry.centre == riverside
    assert referral_suggestions(enquiry=enquiry).chosen == "also-e1"
