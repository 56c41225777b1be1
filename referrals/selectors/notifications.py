"""Reads for delivering the outbox: what is due, and who gets centre alerts."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q

from ..models import NETWORK_ADMINS_GROUP, Centre, Notification


def due_notification_ids(*, as_of: dt.datetime, limit: int = 500) -> list[int]:
    """Pending messages whose next attempt is due, oldest first (by index)."""
    return list(
        Notification.objects.filter(status=Notification.Status.PENDING, next_attempt_at__lte=as_of)
        .order_by("next_attempt_at", "id")
        .values_list("pk", flat=True)[:limit]
    )


def centre_alert_recipients(*, centre: Centre | None) -> list[str]:
    """Who is told that a new enquiry is waiting in a queue.

    A centre's queue: the active staff who are members of the centre (their
    own addresses, so nobody outside the centre sees it); with none, the
    centre's own e-mail address. The network triage queue: the addresses in
    TRIAGE_ALERT_EMAILS; when that is empty, the active network
    administrators.
    """
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    if centre is None:
        if settings.TRIAGE_ALERT_EMAILS:
            return list(settings.TRIAGE_ALERT_EMAILS)
        admins = users.filter(Q(is_superuser=True) | Q(groups__name=NETWORK_ADMINS_GROUP))
        return sorted(set(admins.values_list("email", flat=True)))
    staff = sorted(
        set(users.filter(centre_memberships__centre=centre).values_list("email", flat=True))
    )
    if staff:
        return staff
    return [centre.email] if centre.email else []
