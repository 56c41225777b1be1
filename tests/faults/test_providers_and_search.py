"""Mail and SMS providers failing, and Elasticsearch configured but down, seen
from the public pages. The outbox's retries, back-off, final failures and
"sent once" guarantees are tested in tests/referrals/services/test_delivery.py
and, with real row locks, tests/referrals/test_flow_concurrency.py; the
search fallback itself in tests/search/test_backends.py."""

from __future__ import annotations

import smtplib
from unittest import mock

import pytest
from django.test import Client

from referrals import sms
from referrals.models import EnquiryEvent, Notification
from search import indexing
from tests.knowledge.factories import publish_guide
from tests.referrals.factories import CentreFactory
from tests.referrals.flow_helpers import FlowDriver, housing_walk

pytestmark = pytest.mark.django_db


def smtp_down(self, fail_silently=False):
    raise smtplib.SMTPConnectError(421, "Service not available")


def test_with_mail_and_sms_failing_the_enquiry_is_stored_and_the_failures_are_on_its_timeline(
    django_capture_on_commit_callbacks,
):
    CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    driver = FlowDriver(Client(), "en")
    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", smtp_down),
        mock.patch.object(
            sms.LocmemSmsBackend, "send", side_effect=sms.SmsDeliveryError("HTTP 503")
        ),
    ):
        driver.get(driver.url(""))
        driver.answer_all(housing_walk())
        driver.contact(email="amira@example.org")
        with django_capture_on_commit_callbacks(execute=True):  # the worker's turn
            response = driver.send(updates_by_sms="on", updates_by_email="on")
    assert response["Location"] == "/en/get-help/sent/"
    assert driver.get("/en/get-help/sent/").status_code == 200
    notifications = list(Notification.objects.all())
    assert len(notifications) == 3  # text and e-mail to the person, the centre's alert
    assert notifications and all(n.status == "pending" and n.attempts == 1 for n in notifications)
    assert all(n.next_attempt_at is not None for n in notifications)  # retried with back-off
    failed = EnquiryEvent.objects.filter(action="notification_failed")
    assert failed.count() == len(notifications)


def test_with_elasticsearch_down_the_reader_gets_results_from_the_database(settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens here
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    guide = publish_guide(title="Getting your deposit back", slug="deposits")
    indexing.sync_guides([guide.translation_key])
    response = Client().get("/en/search/?q=deposit")
    assert response.status_code == 200
    assert "Getting your deposit back" in response.content.decode()
