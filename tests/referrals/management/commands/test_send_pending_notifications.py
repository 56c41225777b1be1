import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from referrals.models import Notification
from tests.referrals.factories import ContactDetails, caseworker, submit

pytestmark = pytest.mark.django_db


def test_it_sends_what_is_due_and_prints_counts_only(riverside):
    caseworker(riverside, "alerts-cw")
    submit(
        contact=ContactDetails(name="Amira", email="amira@example.org", phone="07700 900123"),
        consents={"share_with_centre": True, "updates_by_email": True},
        as_of=dt.datetime(2026, 1, 5, 10, 0, tzinfo=dt.UTC),
    )
    out = StringIO()
    call_command("send_pending_notifications", stdout=out)
    assert out.getvalue() == ("Notifications: 2 sent, 0 retry, 0 failed, 0 cancelled, 0 skipped.\n")
    assert len(mail.outbox) == 2
    assert set(Notification.objects.values_list("status", flat=True)) == {"sent"}
    out = StringIO()
    call_command("send_pending_notifications", stdout=out)
    assert out.getvalue().startswith("Notifications: 0 sent")
