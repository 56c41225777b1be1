"""Delivering the outbox: each Notification row sent at most once at a time,
retried with exponential back-off, and every attempt on the timeline.

A worker first *claims* a row with one conditional UPDATE (pending, due,
and still at the attempt count it read): exactly one of several workers
racing for the same row wins, on SQLite as on PostgreSQL, without holding
a lock while talking to the mail server or the SMS provider. The claim
pushes next_attempt_at forward by NOTIFICATION_CLAIM_SECONDS, so a worker
that dies mid-send lets another retry later (the only way a message can go
twice is a crash between the provider accepting it and the row being
marked sent).

Before sending, the row is checked again: the enquiry marked as spam, the
consent for that channel withdrawn or the contact detail erased cancels
it. Addresses are read (decrypted) from the enquiry only now, and are never
written to the row, the timeline or the logs.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .. import sms
from ..messages import compose
from ..models import ActorKind, ConsentPurpose, Enquiry, EventAction, Notification
from ..selectors.enquiries import current_consents
from ..selectors.notifications import centre_alert_recipients, due_notification_ids
from ..states import State
from .timeline import enquiry_event_record

logger = logging.getLogger(__name__)

MAX_BACKOFF = dt.timedelta(days=1)
_CHANNEL_CONSENT = {
    Notification.Channel.EMAIL: (ConsentPurpose.UPDATES_BY_EMAIL, "email"),
    Notification.Channel.SMS: (ConsentPurpose.UPDATES_BY_SMS, "phone"),
}


class DeliveryFailed(Exception):
    """Why a message could not be sent. str() is safe to store: no address, no text."""

    def __init__(self, reason: str, *, permanent: bool = False):
        super().__init__(reason)
        self.permanent = permanent


class _Cancelled(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class DeliveryResult:
    notification_id: int
    status: str  # sent | retry | failed | cancelled | skipped (someone else has it, or done)
    next_attempt_at: dt.datetime | None = None


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after the attempts-th failed attempt: 1, 2, 4, 8 ... minutes."""
    delay = dt.timedelta(seconds=settings.NOTIFICATION_RETRY_SECONDS * 2 ** max(attempts - 1, 0))
    return min(delay, MAX_BACKOFF)


def claim(*, notification_id: int, as_of: dt.datetime) -> Notification | None:
    """Take the row for one attempt, or None if it is not ours to send."""
    row = (
        Notification.objects.filter(
            pk=notification_id, status=Notification.Status.PENDING, next_attempt_at__lte=as_of
        )
        .values_list("attempts", flat=True)
        .first()
    )
    if row is None:
        return None
    won = Notification.objects.filter(
        pk=notification_id,
        status=Notification.Status.PENDING,
        next_attempt_at__lte=as_of,
        attempts=row,
    ).update(
        attempts=F("attempts") + 1,
        next_attempt_at=as_of + dt.timedelta(seconds=settings.NOTIFICATION_CLAIM_SECONDS),
    )
    if not won:
        return None
    return Notification.objects.select_related("enquiry", "centre").get(pk=notification_id)


def notification_deliver(
    *, notification_id: int, as_of: dt.datetime | None = None
) -> DeliveryResult:
    """One delivery attempt for one outbox row (what the background task runs)."""
    as_of = as_of or timezone.now()
    notification = claim(notification_id=notification_id, as_of=as_of)
    if notification is None:
        return DeliveryResult(notification_id, "skipped")
    try:
        provider_id = _send(notification)
    except _Cancelled as cancelled:
        return _finish(notification, Notification.Status.CANCELLED, as_of, error=cancelled.reason)
    except DeliveryFailed as failure:
        return _failed(notification, as_of, str(failure), permanent=failure.permanent)
    except Exception as error:  # noqa: BLE001 - any provider error is a failed attempt
        logger.warning(
            "Notification %s attempt %s failed: %s",
            notification.pk,
            notification.attempts,
            type(error).__name__,
        )
        return _failed(notification, as_of, _safe_reason(error), permanent=False)
    return _finish(notification, Notification.Status.SENT, as_of, provider_id=provider_id)


def notifications_send_due(*, as_of: dt.datetime | None = None, limit: int = 500) -> dict:
    """Send every pending message that is due (for when the worker was down,
    and for retries on task backends that cannot schedule). Counts by result."""
    as_of = as_of or timezone.now()
    counts: dict[str, int] = {}
    for notification_id in due_notification_ids(as_of=as_of, limit=limit):
        result = notification_deliver(notification_id=notification_id, as_of=as_of)
        counts[result.status] = counts.get(result.status, 0) + 1
    return counts


def _send(notification: Notification) -> str:
    enquiry = notification.enquiry
    if notification.recipient_kind == Notification.Recipient.HELP_SEEKER:
        address = _help_seeker_address(notification, enquiry)
    else:
        recipients = centre_alert_recipients(centre=notification.centre)
        if not recipients:
            raise DeliveryFailed("no recipients configured for this queue", permanent=True)
    message = compose(notification, enquiry)
    if notification.channel == Notification.Channel.SMS:
        try:
            return sms.send(to=address, body=message.sms, reference=f"n{notification.pk}")
        except sms.SmsDeliveryError as error:
            raise DeliveryFailed(str(error), permanent=error.permanent) from None
    to = [address] if notification.recipient_kind == Notification.Recipient.HELP_SEEKER else []
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text(),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        bcc=[] if to else recipients,  # staff do not see each other's addresses
        headers={"Auto-Submitted": "auto-generated"},
    )
    email.attach_alternative(message.html(), "text/html")
    try:
        email.send(fail_silently=False)
    except smtplib.SMTPRecipientsRefused:
        raise DeliveryFailed("the mail server refused the address", permanent=True) from None
    return ""


def _help_seeker_address(notification: Notification, enquiry: Enquiry) -> str:
    if enquiry.state == State.SPAM:
        raise _Cancelled("enquiry marked as spam")
    purpose, contact_field = _CHANNEL_CONSENT[notification.channel]
    if not current_consents(enquiry=enquiry).get(purpose):
        raise _Cancelled("consent withdrawn")
    address = getattr(enquiry, contact_field)
    if not address:
        raise _Cancelled("no contact detail")
    return address


def _safe_reason(error: Exception) -> str:
    """An error's class (and SMTP code), never its message: it may quote an address."""
    code = getattr(error, "smtp_code", None)
    return f"{type(error).__name__}" + (f" (SMTP {code})" if code else "")


def _failed(notification: Notification, as_of, reason: str, *, permanent: bool) -> DeliveryResult:
    if permanent or notification.attempts >= settings.NOTIFICATION_MAX_ATTEMPTS:
        return _finish(notification, Notification.Status.FAILED, as_of, error=reason)
    next_at = as_of + backoff(notification.attempts)
    with transaction.atomic():
        Notification.objects.filter(pk=notification.pk).update(
            next_attempt_at=next_at, last_error=reason[:255]
        )
        _record(notification, EventAction.NOTIFICATION_FAILED, as_of, retry_at=next_at)
    transaction.on_commit(lambda: _schedule_retry(notification.pk, next_at))
    return DeliveryResult(notification.pk, "retry", next_at)


@transaction.atomic
def _finish(notification, status, as_of, *, error: str = "", provider_id: str = ""):
    Notification.objects.filter(pk=notification.pk).update(
        status=status,
        next_attempt_at=None,
        last_error=error[:255],
        sent_at=as_of if status == Notification.Status.SENT else None,
    )
    if status == Notification.Status.SENT:
        _record(notification, EventAction.NOTIFICATION_SENT, as_of)
    elif status == Notification.Status.FAILED:
        _record(notification, EventAction.NOTIFICATION_FAILED, as_of, final=True)
    return DeliveryResult(notification.pk, str(status))


def _record(notification: Notification, action: str, at, *, retry_at=None, final=False) -> None:
    data = {
        "notification": notification.pk,
        "channel": notification.channel,
        "recipient": notification.recipient_kind,
        "kind": notification.kind,
        "attempt": notification.attempts,
    }
    if retry_at is not None:
        data["retry_at"] = retry_at.isoformat()
    if final:
        data["final"] = True
    state = notification.enquiry.state
    enquiry_event_record(
        enquiry=notification.enquiry,
        action=action,
        actor_kind=ActorKind.SYSTEM,
        from_state=state,
        to_state=state,
        data=data,
        at=at,
    )


def _schedule_retry(notification_id: int, at: dt.datetime) -> None:
    from ..tasks import schedule_delivery

    schedule_delivery([notification_id], run_after=at)
