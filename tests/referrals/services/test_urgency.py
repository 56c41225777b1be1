import datetime as dt

import pytest

from referrals.models import Enquiry
from referrals.services import enquiries_refresh_urgency

from ..factories import housing_answers, submit

pytestmark = pytest.mark.django_db


def test_enquiries_become_urgent_as_their_key_date_comes_near(riverside):
    submitted = dt.datetime(2026, 11, 2, 10, 0, tzinfo=dt.UTC)
    submit(
        answers=housing_answers(housing_problem="eviction_notice", housing_leave_date="2026-12-01"),
        as_of=submitted,
    )
    assert not Enquiry.objects.get().urgent

    assert enquiries_refresh_urgency(as_of=dt.datetime(2026, 11, 16, 10, 0, tzinfo=dt.UTC)) == 0
    assert enquiries_refresh_urgency(as_of=dt.datetime(2026, 11, 17, 10, 0, tzinfo=dt.UTC)) == 1
    assert enquiries_refresh_urgency(as_of=dt.datetime(2026, 11, 18, 10, 0, tzinfo=dt.UTC)) == 0

    enquiry = Enquiry.objects.get()
    assert enquiry.urgent and enquiry.urgency_reasons == ["key_date"]
    assert enquiry.events.last().action == "urgency"
