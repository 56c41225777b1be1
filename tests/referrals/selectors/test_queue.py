import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from referrals.selectors import QueueFilters, enquiry_queue, enquiry_state_counts
from referrals.services import enquiry_claim, enquiry_mark_spam

from ..factories import CentreFactory, caseworker, housing_answers, submit

pytestmark = pytest.mark.django_db
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def at(hours):
    return START + dt.timedelta(hours=hours)


def test_caseworkers_see_only_their_centres_and_admins_see_all(
    riverside, northside, riverside_caseworker, northside_caseworker, admin_user
):
    mine = submit().enquiry
    theirs = submit(answers=housing_answers(postcode="N1 9GU")).enquiry
    triaged = submit(answers=housing_answers(postcode="M1 1AE")).enquiry

    assert list(enquiry_queue(user=riverside_caseworker)) == [mine]
    assert list(enquiry_queue(user=northside_caseworker)) == [theirs]
    assert set(enquiry_queue(user=admin_user)) == {mine, theirs, triaged}
    assert list(enquiry_queue(user=admin_user, filters=QueueFilters(triage=True))) == [triaged]


def test_a_member_of_two_centres_sees_both(riverside, northside):
    both = caseworker(riverside, "both")
    caseworker(northside, "both")
    submit()
    submit(answers=housing_answers(postcode="N1 9GU"))

    assert enquiry_queue(user=both).count() == 2
    assert enquiry_queue(user=both, filters=QueueFilters(centre_id=northside.pk)).count() == 1


def test_the_queue_is_urgent_first_then_nearest_key_date_then_oldest(
    riverside, riverside_caseworker
):
    def eviction(date):
        return housing_answers(housing_problem="eviction_notice", housing_leave_date=date)

    old_plain = submit(as_of=at(0)).enquiry
    new_plain = submit(as_of=at(1)).enquiry
    far_date = submit(answers=eviction("2027-01-20"), as_of=at(2)).enquiry
    near_date = submit(answers=eviction("2027-01-10"), as_of=at(3)).enquiry
    urgent_late = submit(answers=eviction("2026-12-01"), as_of=at(4)).enquiry
    urgent_soon = submit(answers=eviction("2026-11-25"), as_of=at(5)).enquiry

    assert list(enquiry_queue(user=riverside_caseworker)) == [
        urgent_soon,
        urgent_late,
        near_date,
        far_date,
        old_plain,
        new_plain,
    ]


def test_filters(riverside, riverside_caseworker):
    plain = submit(as_of=at(1)).enquiry
    # Urgent enquiries go only to centres open soon: submit on a Monday morning.
    urgent = submit(
        answers=housing_answers(housing_problem="illegal_eviction"), as_of=at(1)
    ).enquiry
    polish = submit(answers=housing_answers(language="pl"), as_of=at(1)).enquiry
    enquiry_claim(enquiry=plain, actor=riverside_caseworker)
    user = riverside_caseworker

    assert list(enquiry_queue(user=user, filters=QueueFilters(urgent=True))) == [urgent]
    assert list(enquiry_queue(user=user, filters=QueueFilters(language="pl"))) == [polish]
    assert list(enquiry_queue(user=user, filters=QueueFilters(claimed_by_me=True))) == [plain]
    assert list(enquiry_queue(user=user, state="claimed")) == [plain]
    assert enquiry_queue(user=user, filters=QueueFilters(area="housing")).count() == 3
    assert enquiry_queue(user=user, filters=QueueFilters(area="debt")).count() == 0


def test_closed_and_spam_leave_the_default_queue_but_are_counted(riverside, riverside_caseworker):
    spam = submit().enquiry
    submit()
    enquiry_mark_spam(enquiry=spam, actor=riverside_caseworker)

    assert enquiry_queue(user=riverside_caseworker).count() == 1
    assert list(enquiry_queue(user=riverside_caseworker, state=["spam"])) == [spam]
    counts = enquiry_state_counts(user=riverside_caseworker)
    assert counts["routed"] == 1 and counts["spam"] == 1 and counts["closed"] == 0


def test_counts_respect_centre_isolation(riverside, northside, northside_caseworker):
    submit()

    assert sum(enquiry_state_counts(user=northside_caseworker).values()) == 0


def _page_queries(user):
    user = type(user).objects.get(pk=user.pk)  # no access cache from earlier calls
    with CaptureQueriesContext(connection) as captured:
        rows = [
            (enquiry.centre.name, enquiry.area.name, enquiry.claimed_by)
            for enquiry in enquiry_queue(user=user)[:25]
        ]
        enquiry_state_counts(user=user)
    assert rows
    return len(captured)


def test_a_queue_page_costs_the_same_queries_however_long_the_queue(
    riverside, riverside_caseworker
):
    other = CentreFactory(slug="other", coverage=["E1"])
    caseworker(other, "river-cw")
    for _ in range(3):
        submit()
    few = _page_queries(riverside_caseworker)
    for _ in range(12):
        submit()

    assert _page_queries(riverside_caseworker) == few


def test_the_queue_does_not_load_personal_data_columns(riverside, riverside_caseworker):
    submit()

    with CaptureQueriesContext(connection) as captured:
        list(enquiry_queue(user=riverside_caseworker))

    selected = captured[-1]["sql"].split(" FROM ")[0]
    for column in ("name", "email", "phone", "postcode", "summary", "private_answers"):
        assert f'"referrals_enquiry"."{column}"' not in selected


def test_finished_enquiries_are_listed_newest_first(riverside, riverside_caseworker):
    older = submit(as_of=at(0)).enquiry
    newer = submit(as_of=at(1)).enquiry
    for enquiry in (older, newer):
        enquiry_mark_spam(enquiry=enquiry, actor=riverside_caseworker)

    assert list(enquiry_queue(user=riverside_caseworker, state="spam")) == [newer, older]
