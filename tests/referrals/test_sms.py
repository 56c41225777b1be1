"""The text message backends and choosing one by settings."""

from __future__ import annotations

from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

from referrals import sms

NOTIFY_KEY = (
    "signpost_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0"
)
TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a"


@pytest.fixture(autouse=True)
def _fresh_backends():
    sms._backends.clear()
    sms.outbox.clear()
    yield
    sms._backends.clear()
    sms.outbox.clear()


def test_the_test_settings_keep_messages_in_the_outbox():
    assert sms.send(to="+447700900123", body="Hello") == "locmem-1"
    assert sms.outbox == [sms.SentSms("+447700900123", "Hello", "")]


@override_settings(SMS_BACKEND="console")
def test_the_console_backend_prints(capsys):
    sms.send(to="+447700900123", body="Hello")
    assert "Hello" in capsys.readouterr().out


@override_settings(SMS_BACKEND="notify", NOTIFY_API_KEY="", NOTIFY_SMS_TEMPLATE_ID="")
def test_notify_without_its_settings_refuses_to_start():
    with pytest.raises(ImproperlyConfigured, match="NOTIFY_API_KEY.*NOTIFY_SMS_TEMPLATE_ID"):
        sms.get_backend()


@override_settings(SMS_BACKEND="notify", NOTIFY_API_KEY="short", NOTIFY_SMS_TEMPLATE_ID=TEMPLATE)
def test_notify_with_a_malformed_key_refuses_to_start():
    with pytest.raises(ImproperlyConfigured, match="NOTIFY_API_KEY"):
        sms.get_backend()


@override_settings(SMS_BACKEND="referrals.sms.NoSuchBackend")
def test_an_unknown_backend_refuses_to_start():
    with pytest.raises(ImproperlyConfigured, match="not a known backend"):
        sms.get_backend()


def test_the_app_checks_the_backend_when_it_starts():
    from django.apps import apps

    with override_settings(SMS_BACKEND="notify", NOTIFY_API_KEY=""):
        with pytest.raises(ImproperlyConfigured):
            apps.get_app_config("referrals").ready()


@override_settings(SMS_BACKEND="notify", NOTIFY_API_KEY=NOTIFY_KEY, NOTIFY_SMS_TEMPLATE_ID=TEMPLATE)
def test_notify_sends_the_body_through_its_template():
    backend = sms.get_backend()
    with mock.patch.object(
        backend.client, "send_sms_notification", return_value={"id": "abc"}
    ) as send:
        assert sms.send(to="+447700900123", body="Hello", reference="n1") == "abc"
    send.assert_called_once_with(
        phone_number="+447700900123",
        template_id=TEMPLATE,
        personalisation={"body": "Hello"},
        reference="n1",
        sms_sender_id=None,
    )


@override_settings(SMS_BACKEND="notify", NOTIFY_API_KEY=NOTIFY_KEY, NOTIFY_SMS_TEMPLATE_ID=TEMPLATE)
def test_notify_errors_say_whether_to_retry_without_the_number():
    from notifications_python_client.errors import HTTPError

    backend = sms.get_backend()
    refused = HTTPError(mock.Mock(status_code=400, json=lambda: {"errors": []}))
    with mock.patch.object(backend.client, "send_sms_notification", side_effect=refused):
        with pytest.raises(sms.SmsDeliveryError) as error:
            sms.send(to="+447700900123", body="Hello")
    assert error.value.permanent is True and "7700" not in str(error.value)
    with mock.patch.object(backend.client, "send_sms_notification", side_effect=OSError("down")):
        with pytest.raises(sms.SmsDeliveryError) as error:
            sms.send(to="+447700900123", body="Hello")
    assert error.value.permanent is False


@pytest.mark.parametrize(
    "message, opt_out",
    [
        ("STOP", True),
        ("stop", True),
        (" Stop please", True),
        ("unsubscribe", True),
        ("STOPALL", True),
        ("Thanks", False),
        ("", False),
        ("don't stop", False),
    ],
)
def test_opt_out_replies(message, opt_out):
    assert sms.is_opt_out(message) is opt_out
