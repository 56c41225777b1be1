"""Delivering the outbox: consent, retries with back-off, the timeline, at most
one send, and centre alerts with no personal data."""

from __future__ import annotations

import datetime as dt
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from referrals import sms
from referrals.models import Consent, EnquiryEvent, Notification
from referrals.services import consent_withdraw, enquiry_claim, enquiry_mark_spam
from referrals.services.delivery import (
    backoff,
    claim,
    notification_deliver,
    notifications_send_due,
)
from tests.referrals.catalogue_helpers import translated

from ..factories import ContactDetails, caseworker, housing_answers, network_admin, submit

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
SECRET_SUMMARY = "Marker-7731: my landlord Mr Jones changed the locks"
PERSONAL = ("Amira Haddad", "amira@example.org", "7700", "E1 6AN", "Marker-7731", "Jones")


@pytest.fixture(autouse=True)
def _empty_outboxes():
    sms.outbox.clear()
    yield
    sms.outbox.clear()


@pytest.fixture
def staff(riverside):
    return caseworker(riverside, "river-alerts")


@pytest.fixture
def result(riverside, staff):
    return submit(
        answers=housing_answers(summary=SECRET_SUMMARY),
        contact=ContactDetails(
            name="Amira Haddad", phone="07700 900123", email="amira@example.org"
        ),
        consents={"share_with_centre": True, "updates_by_sms": True, "updates_by_email": True},
        as_of=NOW,
    )


def row(result, channel, recipient="help_seeker") -> Notification:
    return Notification.objects.get(
        enquiry=result.enquiry, channel=channel, recipient_kind=recipient
    )


def events(result, action):
    return list(EnquiryEvent.objects.filter(enquiry=result.enquiry, action=action))


def test_the_confirmation_e_mail_has_the_reference_in_text_and_html(result):
    outcome = notification_deliver(notification_id=row(result, "email").pk, as_of=NOW)

    assert outcome.status == "sent"
    [message] = mail.outbox
    assert message.to == ["amira@example.org"]
    assert result.reference in message.subject and result.reference in message.body
    html = message.alternatives[0][0]
    assert result.reference in html and '<html lang="en" dir="ltr">' in html
    assert "http://testserver/en/get-help/status/" in message.body
    # Nothing about the problem, nor the centre (its name can give the problem away).
    for text in (message.subject, message.body, html):
        assert "Marker-7731" not in text and "Riverside" not in text
        assert "housing" not in text.lower() and "disrepair" not in text
    notification = row(result, "email")
    assert notification.status == "sent" and notification.sent_at == NOW
    [event] = events(result, "notification_sent")
    assert event.data["notification"] == notification.pk and event.data["channel"] == "email"


def test_the_confirmation_text_message_goes_to_the_number(result):
    notification_deliver(notification_id=row(result, "sms").pk, as_of=NOW)

    [text] = sms.outbox
    assert text.to == "+447700900123"
    assert result.reference in text.body and "Riverside" not in text.body
    assert "Marker-7731" not in text.body


def test_messages_are_written_in_the_help_seekers_language(riverside, staff):
    result = submit(
        contact=ContactDetails(email="amira@example.org"),
        answers=housing_answers(contact_method="email"),
        consents={"share_with_centre": True, "updates_by_email": True},
        language="ar",
        as_of=NOW,
    )
    msgid = "We have received your enquiry %(reference)s"
    with translated("ar", msgid, "لقد تلقينا استفسارك %(reference)s"):
        notification_deliver(notification_id=row(result, "email").pk, as_of=NOW)
    [message] = mail.outbox
    assert message.subject == f"لقد تلقينا استفسارك {result.reference}"
    assert '<html lang="ar" dir="rtl">' in message.alternatives[0][0]
    assert "/ar/get-help/status/" in message.body


def test_only_consented_channels_get_messages(riverside):
    result = submit(
        contact=ContactDetails(phone="07700 900123", email="amira@example.org"),
        consents={"share_with_centre": True, "updates_by_email": True},
        as_of=NOW,
    )
    channels = set(
        Notification.objects.filter(
            enquiry=result.enquiry, recipient_kind="help_seeker"
        ).values_list("channel", flat=True)
    )
    assert channels == {"email"}


def test_a_consent_withdrawn_before_sending_cancels_the_message(result):
    notification = row(result, "email")
    # Withdrawn behind the outbox's back (e.g. a restored backup): checked again at send time.
    Consent.objects.create(
        enquiry=result.enquiry,
        purpose="updates_by_email",
        given=False,
        wording_version="2026-1",
        language="en",
        created_at=NOW,
    )
    outcome = notification_deliver(notification_id=notification.pk, as_of=NOW)

    assert outcome.status == "cancelled" and mail.outbox == []
    notification.refresh_from_db()
    assert notification.status == "cancelled" and notification.last_error == "consent withdrawn"


def test_withdrawing_consent_stops_pending_messages(result):
    consent_withdraw(
        enquiry=result.enquiry, purpose="updates_by_sms", status_secret=result.status_secret
    )
    outcome = notification_deliver(notification_id=row(result, "sms").pk, as_of=NOW)
    assert outcome.status == "skipped" and sms.outbox == []


def test_nothing_goes_to_a_sender_marked_as_spam(result, staff):
    notification = row(result, "email")
    enquiry_mark_spam(enquiry=result.enquiry, actor=network_admin(), as_of=NOW)
    # Left pending behind the service's back: checked again at send time.
    Notification.objects.filter(pk=notification.pk).update(status="pending", next_attempt_at=NOW)
    outcome = notification_deliver(notification_id=notification.pk, as_of=NOW)
    assert outcome.status == "cancelled" and mail.outbox == []


def failing_send(self, fail_silently=False):
    raise smtplib.SMTPServerDisconnected("Connection to amira@example.org lost")


def test_failures_are_retried_with_exponential_back_off(result):
    notification = row(result, "email")
    at = NOW
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", failing_send):
        first = notification_deliver(notification_id=notification.pk, as_of=at)
        assert first.status == "retry" and first.next_attempt_at == at + dt.timedelta(minutes=1)
        # Not due yet: nobody sends it early.
        early = notification_deliver(
            notification_id=notification.pk, as_of=at + dt.timedelta(seconds=30)
        )
        assert early.status == "skipped"
        second = notification_deliver(notification_id=notification.pk, as_of=first.next_attempt_at)
        assert second.next_attempt_at == first.next_attempt_at + dt.timedelta(minutes=2)
    notification.refresh_from_db()
    assert notification.attempts == 2 and notification.status == "pending"
    # The error is recorded without the address the exception quoted.
    assert notification.last_error == "SMTPServerDisconnected"
    failed = events(result, "notification_failed")
    assert [e.data["attempt"] for e in failed] == [1, 2]
    assert "retry_at" in failed[0].data
    # Then it works.
    third = notification_deliver(notification_id=notification.pk, as_of=second.next_attempt_at)
    assert third.status == "sent" and len(mail.outbox) == 1


@override_settings(NOTIFICATION_MAX_ATTEMPTS=3)
def test_after_the_last_attempt_the_failure_is_final_and_on_the_timeline(result):
    notification = row(result, "email")
    at = NOW
    with mock.patch("django.core.mail.EmailMultiAlternatives.send", failing_send):
        for _attempt in range(3):
            outcome = notification_deliver(notification_id=notification.pk, as_of=at)
            at = outcome.next_attempt_at or at
    assert outcome.status == "failed"
    notification.refresh_from_db()
    assert notification.status == "failed" and notification.next_attempt_at is None
    final = events(result, "notification_failed")[-1]
    assert final.data["final"] is True and final.data["attempt"] == 3
    for event in EnquiryEvent.objects.filter(enquiry=result.enquiry):
        for value in PERSONAL:
            assert value not in str(event.data)


def test_a_refused_address_is_not_retried(result):
    def refused(self, fail_silently=False):
        raise smtplib.SMTPRecipientsRefused({"amira@example.org": (550, b"no such user")})

    with mock.patch("django.core.mail.EmailMultiAlternatives.send", refused):
        outcome = notification_deliver(notification_id=row(result, "email").pk, as_of=NOW)
    assert outcome.status == "failed"
    assert "amira" not in row(result, "email").last_error


def test_a_permanent_sms_failure_is_not_retried(result):
    with mock.patch.object(
        sms.LocmemSmsBackend,
        "send",
        side_effect=sms.SmsDeliveryError("Notify refused the message (HTTP 400)", permanent=True),
    ):
        outcome = notification_deliver(notification_id=row(result, "sms").pk, as_of=NOW)
    assert outcome.status == "failed"


def test_backoff_doubles_and_is_capped():
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [60, 120, 240, 480]
    assert backoff(30) == dt.timedelta(days=1)


def test_a_message_is_never_sent_twice(result):
    notification = row(result, "email")
    assert notification_deliver(notification_id=notification.pk, as_of=NOW).status == "sent"
    assert notification_deliver(notification_id=notification.pk, as_of=NOW).status == "skipped"
    assert len(mail.outbox) == 1


def test_a_claimed_message_is_left_alone_by_other_workers(result):
    notification = row(result, "email")
    assert claim(notification_id=notification.pk, as_of=NOW) is not None  # worker A
    # Worker B, at the same moment or before A's claim runs out, gets nothing.
    assert claim(notification_id=notification.pk, as_of=NOW) is None
    outcome = notification_deliver(
        notification_id=notification.pk, as_of=NOW + dt.timedelta(seconds=299)
    )
    assert outcome.status == "skipped" and mail.outbox == []
    # If A died without finishing, another worker retries after the claim runs out.
    later = notification_deliver(
        notification_id=notification.pk, as_of=NOW + dt.timedelta(minutes=6)
    )
    assert later.status == "sent"


def test_the_centre_alert_goes_to_its_staff_and_holds_no_personal_data(result, staff):
    notification_deliver(notification_id=row(result, "email", "centre").pk, as_of=NOW)

    [message] = mail.outbox
    assert message.to == [] and message.bcc == ["river-alerts@signpost.example"]
    html = message.alternatives[0][0]
    assert result.reference in message.body and result.reference in html
    assert "http://testserver/admin/" in message.body
    for text in (message.subject, message.body, html):
        for value in PERSONAL:
            assert value not in text, value


def test_a_centre_without_staff_is_alerted_at_its_own_address(riverside):
    result = submit(as_of=NOW)
    notification_deliver(notification_id=row(result, "email", "centre").pk, as_of=NOW)
    assert mail.outbox[0].bcc == ["advice@riverside.example"]


@override_settings(TRIAGE_ALERT_EMAILS=["triage@signpost.example"])
def test_triage_alerts_go_to_the_triage_addresses(db):
    result = submit(answers=housing_answers(postcode="ZE1 0AA"), as_of=NOW)  # nobody covers it
    assert result.enquiry.centre is None
    notification_deliver(notification_id=row(result, "email", "centre").pk, as_of=NOW)
    [message] = mail.outbox
    assert message.bcc == ["triage@signpost.example"]
    assert "network triage queue" in message.body


def test_triage_alerts_fall_back_to_network_admins(db):
    network_admin("triage-admin")
    result = submit(answers=housing_answers(postcode="ZE1 0AA"), as_of=NOW)
    notification_deliver(notification_id=row(result, "email", "centre").pk, as_of=NOW)
    assert mail.outbox[0].bcc == ["triage-admin@signpost.example"]


def test_an_alert_with_nobody_to_send_to_fails_visibly(db):
    result = submit(answers=housing_answers(postcode="ZE1 0AA"), as_of=NOW)
    outcome = notification_deliver(notification_id=row(result, "email", "centre").pk, as_of=NOW)
    assert outcome.status == "failed"
    assert events(result, "notification_failed")[0].data["recipient"] == "centre"


def test_claimed_and_closed_updates_are_sent_too(result, staff):
    notifications_send_due(as_of=NOW)
    sms.outbox.clear()
    mail.outbox.clear()
    enquiry_claim(enquiry=result.enquiry, actor=staff, as_of=NOW)
    counts = notifications_send_due(as_of=NOW)
    assert counts == {"sent": 2}
    assert "is now looking at your enquiry" in sms.outbox[0].body


def test_send_due_sends_what_is_overdue_and_counts(result):
    counts = notifications_send_due(as_of=NOW + dt.timedelta(hours=1))
    assert counts == {"sent": 3}  # e-mail, text, centre alert
    assert notifications_send_due(as_of=NOW + dt.timedelta(hours=1)) == {}


def test_messages_are_handed_to_the_task_after_commit(
    riverside, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = submit(
            contact=ContactDetails(email="amira@example.org"),
            answers=housing_answers(contact_method="email"),
            consents={"share_with_centre": True, "updates_by_email": True},
        )
    assert callbacks  # nothing is sent before the enquiry is committed
    assert {tuple(m.to) or tuple(m.bcc) for m in mail.outbox} == {
        ("amira@example.org",),
        ("river-alerts@signpost.example",),
    }
    assert Notification.objects.filter(enquiry=result.enquiry, status="sent").count() == 2


def test_nothing_is_sent_when_the_transaction_rolls_back(
    riverside, django_capture_on_commit_callbacks
):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                submit(
                    contact=ContactDetails(email="amira@example.org"),
                    answers=housing_answers(contact_method="email"),
                    consents={"share_with_centre": True, "updates_by_email": True},
                )
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
    assert mail.outbox == []


def test_delivery_uses_the_current_time_by_default(result):
    Notification.objects.update(next_attempt_at=timezone.now() - dt.timedelta(minutes=1))
    assert notification_deliver(notification_id=row(result, "sms").pk).status == "sent"


DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@override_settings(TASKS=DUMMY_TASKS)
def test_each_new_message_is_enqueued_after_commit(riverside, django_capture_on_commit_callbacks):
    from django_tasks import default_task_backend

    with django_capture_on_commit_callbacks(execute=True):
        result = submit(
            contact=ContactDetails(phone="07700 900123", email="amira@example.org"),
            consents={"share_with_centre": True, "updates_by_sms": True, "updates_by_email": True},
        )
    queued = []
    for task_result in default_task_backend.results:
        [argument] = task_result.args
        queued.extend(argument if isinstance(argument, list) else [argument])
    ids = list(result.enquiry.notifications.values_list("pk", flat=True))
    assert sorted(queued) == sorted(ids) and len(ids) == 3  # text, e-mail, centre alert
    # One queue row for the person's messages, one for the centre's alert.
    assert len(default_task_backend.results) == 2


@override_settings(TASKS=DUMMY_TASKS)
def test_a_failed_attempt_is_enqueued_for_its_next_attempt(
    result, django_capture_on_commit_callbacks
):
    from django_tasks import default_task_backend

    notification = row(result, "email")
    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", failing_send),
        django_capture_on_commit_callbacks(execute=True),
    ):
        outcome = notification_deliver(notification_id=notification.pk, as_of=NOW)
    [queued] = default_task_backend.results
    assert list(queued.args) == [notification.pk]
    assert queued.task.run_after == outcome.next_attempt_at
