"""Writing outbox rows, handed to the delivery task after commit
(referrals/services/delivery.py sends them, with retries).

Help-seekers only get messages through channels they consented to, and only
if they gave that contact detail; centres get an alert with no personal
data for each enquiry that arrives in their queue.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction

from ..models import ConsentPurpose, Enquiry, Notification
from ..selectors.enquiries import current_consents

_CHANNEL_CONSENTS = (
    (Notification.Channel.EMAIL, ConsentPurpose.UPDATES_BY_EMAIL, "email"),
    (Notification.Channel.SMS, ConsentPurpose.UPDATES_BY_SMS, "phone"),
)


def notify_help_seeker(*, enquiry: Enquiry, kind: str, at: dt.datetime) -> list[Notification]:
    consents = current_consents(enquiry=enquiry)
    rows = [
        Notification(
            enquiry=enquiry,
            channel=channel,
            recipient_kind=Notification.Recipient.HELP_SEEKER,
            kind=kind,
            language=enquiry.language,
            created_at=at,
            next_attempt_at=at,
        )
        for channel, purpose, contact_field in _CHANNEL_CONSENTS
        if consents.get(purpose) and getattr(enquiry, contact_field)
    ]
    created = Notification.objects.bulk_create(rows)
    deliver_after_commit(created)
    return created


def notify_centre(*, enquiry: Enquiry, at: dt.datetime) -> Notification:
    """An alert to the enquiry's centre (or, with no centre, the triage team)."""
    notification = Notification.objects.create(
        enquiry=enquiry,
        channel=Notification.Channel.EMAIL,
        recipient_kind=Notification.Recipient.CENTRE,
        centre=enquiry.centre,
        kind=Notification.Kind.NEW_ENQUIRY,
        language=settings.LANGUAGE_CODE,  # staff work in the default language
        created_at=at,
        next_attempt_at=at,
    )
    deliver_after_commit([notification])
    return notification


def deliver_after_commit(notifications: list[Notification]) -> None:
    """Hand the rows to the delivery task once (and only if) this transaction commits."""
    ids = [notification.pk for notification in notifications if notification.pk]
    if not ids:
        return

    def enqueue():
        from ..tasks import schedule_delivery

        schedule_delivery(ids)

    transaction.on_commit(enqueue)


def cancel_pending(*, enquiry: Enquiry, channel: str | None = None) -> int:
    """Stop messages to the help-seeker that have not gone yet (opt-out, spam)."""
    pending = Notification.objects.filter(
        enquiry=enquiry,
        recipient_kind=Notification.Recipient.HELP_SEEKER,
        status=Notification.Status.PENDING,
    )
    if channel:
        pending = pending.filter(channel=channel)
    return pending.update(status=Notification.Status.CANCELLED, next_attempt_at=None)
