"""Background work for referrals (django-tasks; TASKS picks the backend).

Outbox rows are handed to deliver_notification after the transaction that
wrote them commits (referrals/services/notifications.py). A failed attempt
is re-enqueued for its next_attempt_at where the backend can defer tasks
(the database backend can); `manage.py send_pending_notifications`, run
every few minutes, sends whatever is still due either way.
"""

from __future__ import annotations

import datetime as dt
import logging

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def deliver_notification(notification_id: int) -> str:
    from .services.delivery import notification_deliver

    return notification_deliver(notification_id=notification_id).status


@task()
def deliver_notifications(notification_ids: list[int]) -> list[str]:
    """The messages one transaction wrote (one task, so one queue row, per commit)."""
    from .services.delivery import notification_deliver

    return [notification_deliver(notification_id=pk).status for pk in notification_ids]


@task()
def send_due_notifications() -> dict:
    from .services.delivery import notifications_send_due

    return notifications_send_due()


def schedule_delivery(notification_ids: list[int], *, run_after: dt.datetime | None = None) -> None:
    """Enqueue delivery; never raises (the periodic command is the safety net)."""
    job, args = (
        (deliver_notification, notification_ids[0])
        if len(notification_ids) == 1
        else (deliver_notifications, notification_ids)
    )
    try:
        if run_after is not None:
            if not job.get_backend().supports_defer:
                return
            job = job.using(run_after=run_after)
        job.enqueue(args)
    except Exception as error:  # noqa: BLE001 - a full queue must not fail the request
        logger.warning(
            "Could not enqueue notifications %s (%s); send_pending_notifications will send them.",
            notification_ids,
            type(error).__name__,
        )
