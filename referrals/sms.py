"""Sending text messages: one small interface, a backend chosen by settings.

    from referrals import sms
    sms.send(to="+447700900123", body="...")   # returns the provider's id

``SMS_BACKEND``: ``console`` (prints; the default for development),
``locmem`` (keeps messages in ``referrals.sms.outbox``, for tests),
``notify`` (GOV.UK Notify, through its official client) or the dotted path
of a class with the same interface. A provider that is selected but
misconfigured raises ImproperlyConfigured when the app starts
(ReferralsConfig.ready), so a deployment fails loudly instead of silently
dropping messages.
"""

from __future__ import annotations

import re
import sys
import threading
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string


class SmsDeliveryError(Exception):
    """The provider did not accept the message. ``permanent``: retrying cannot help
    (e.g. the number does not exist). The message never contains the number."""

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


class BaseSmsBackend:
    def send(self, *, to: str, body: str, reference: str = "") -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class SentSms:
    to: str
    body: str
    reference: str


outbox: list[SentSms] = []


class LocmemSmsBackend(BaseSmsBackend):
    """Keeps messages in referrals.sms.outbox (like Django's locmem e-mail backend)."""

    def send(self, *, to: str, body: str, reference: str = "") -> str:
        outbox.append(SentSms(to, body, reference))
        return f"locmem-{len(outbox)}"


class ConsoleSmsBackend(BaseSmsBackend):
    """Prints messages to standard output, for development (never in production)."""

    _lock = threading.Lock()

    def send(self, *, to: str, body: str, reference: str = "") -> str:
        with self._lock:
            sys.stdout.write(f"--- text message to {to} ---\n{body}\n---\n")
            sys.stdout.flush()
        return f"console-{uuid.uuid4().hex[:12]}"


_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


class NotifySmsBackend(BaseSmsBackend):
    """GOV.UK Notify. Needs NOTIFY_API_KEY and NOTIFY_SMS_TEMPLATE_ID (a text
    message template whose whole content is ``((body))``); optionally
    NOTIFY_SMS_SENDER_ID."""

    def __init__(self):
        api_key = settings.NOTIFY_API_KEY
        template_id = settings.NOTIFY_SMS_TEMPLATE_ID
        problems = []
        if not re.fullmatch(rf".+-{_UUID}-{_UUID}", api_key or ""):
            problems.append(
                "NOTIFY_API_KEY must be a GOV.UK Notify API key (name-service id-secret)"
            )
        if not re.fullmatch(_UUID, template_id or ""):
            problems.append("NOTIFY_SMS_TEMPLATE_ID must be the id of a Notify text template")
        try:
            from notifications_python_client.notifications import NotificationsAPIClient
        except ImportError:  # pragma: no cover - it is a dependency
            problems.append("the notifications-python-client package is not installed")
        if problems:
            raise ImproperlyConfigured(
                "SMS_BACKEND is notify but " + "; ".join(problems) + " (see docs/referrals.md)."
            )
        self.client = NotificationsAPIClient(api_key, timeout=10)
        self.template_id = template_id
        self.sender_id = settings.NOTIFY_SMS_SENDER_ID or None

    def send(self, *, to: str, body: str, reference: str = "") -> str:
        from notifications_python_client.errors import APIError, HTTPError

        try:
            response = self.client.send_sms_notification(
                phone_number=to,
                template_id=self.template_id,
                personalisation={"body": body},
                reference=reference or None,
                sms_sender_id=self.sender_id,
            )
        except HTTPError as error:
            # 400 (bad number, trial mode) and 403 (bad key) will not get better by waiting.
            status = getattr(error, "status_code", 0) or 0
            raise SmsDeliveryError(
                f"Notify refused the message (HTTP {status})", permanent=status in (400, 403)
            ) from None
        except (APIError, OSError) as error:
            raise SmsDeliveryError(
                f"Notify could not be reached ({type(error).__name__})"
            ) from None
        return str(response.get("id", ""))


ALIASES = {
    "console": "referrals.sms.ConsoleSmsBackend",
    "locmem": "referrals.sms.LocmemSmsBackend",
    "notify": "referrals.sms.NotifySmsBackend",
}

_backends: dict[tuple, BaseSmsBackend] = {}


def get_backend() -> BaseSmsBackend:
    """The configured backend (made once per configuration)."""
    path = ALIASES.get(settings.SMS_BACKEND, settings.SMS_BACKEND)
    cache_key = (path, settings.NOTIFY_API_KEY, settings.NOTIFY_SMS_TEMPLATE_ID)
    backend = _backends.get(cache_key)
    if backend is None:
        try:
            backend_class = import_string(path)
        except ImportError as error:
            raise ImproperlyConfigured(
                f"SMS_BACKEND {settings.SMS_BACKEND!r} is not a known backend "
                f"({', '.join(ALIASES)}) or importable class: {error}"
            ) from None
        backend = _backends[cache_key] = backend_class()
    return backend


def send(*, to: str, body: str, reference: str = "") -> str:
    return get_backend().send(to=to, body=body, reference=reference)


STOP_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})


def is_opt_out(message: str) -> bool:
    """A reply asking us to stop texting: STOP and the usual synonyms, in any case."""
    words = re.findall(r"[A-Za-z]+", message or "")
    return bool(words) and words[0].upper() in STOP_WORDS
