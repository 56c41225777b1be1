"""Races in the public flow and the outbox, on PostgreSQL (real row locks)."""

from functools import partial

import pytest
from django.core import mail
from django.test import Client, override_settings

from referrals.models import Enquiry, Notification
from referrals.services.delivery import notification_deliver

from .factories import CentreFactory, ContactDetails, housing_answers, submit
from .flow_helpers import FlowDriver, housing_walk
from .test_concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
ROUNDS = 5
WORKERS = 4


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_workers_racing_for_one_message_send_it_once():
    CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    for _round in range(ROUNDS):
        result = submit(
            answers=housing_answers(contact_method="email"),
            contact=ContactDetails(email="amira@example.org"),
            consents={"share_with_centre": True, "updates_by_email": True},
        )
        notification = Notification.objects.get(
            enquiry=result.enquiry, recipient_kind="help_seeker"
        )
        mail.outbox.clear()
        results = run_together(
            [partial(notification_deliver, notification_id=notification.pk)] * WORKERS
        )
        statuses = sorted(r.status for r in results)
        assert statuses == ["sent"] + ["skipped"] * (WORKERS - 1), results
        assert len(mail.outbox) == 1
        notification.refresh_from_db()
        assert notification.attempts == 1
        assert result.enquiry.events.filter(action="notification_sent").count() == 1


def test_a_double_click_on_send_creates_one_enquiry():
    CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    for _round in range(3):
        first = Client()
        driver = FlowDriver(first, "en")
        driver.get(driver.url(""))
        driver.answer_all(housing_walk())
        driver.contact()
        second = Client()
        second.cookies = first.cookies
        before = Enquiry.objects.count()
        send = {"share_with_centre": "on"}
        results = run_together(
            [partial(c.post, "/en/get-help/consent/", send) for c in (first, second)]
        )
        assert [r.status_code for r in results] == [303, 303], results
        assert {r["Location"] for r in results} == {"/en/get-help/sent/"}
        assert Enquiry.objects.count() == before + 1
