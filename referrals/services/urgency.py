from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..facts import URGENT_BY_KEY_DATE
from ..models import ActorKind, Enquiry, EnquiryEvent, EventAction
from ..opening_hours import LOCAL_TZ
from ..states import OPEN_STATES
from .statistics import statistics_facts_mark_urgent


@transaction.atomic
def enquiries_refresh_urgency(*, as_of: dt.datetime | None = None) -> int:
    """Mark open enquiries urgent once their nearest key date comes within
    URGENT_WITHIN_DAYS (urgency is otherwise decided at submission). Run it
    daily; returns how many became urgent."""
    at = as_of or timezone.now()
    horizon = at.astimezone(LOCAL_TZ).date() + dt.timedelta(days=settings.URGENT_WITHIN_DAYS)
    due = list(
        Enquiry.objects.select_for_update()
        .filter(state__in=OPEN_STATES, urgent=False, next_key_date__lte=horizon)
        .only("pk", "state", "urgency_reasons")
    )
    for enquiry in due:
        enquiry.urgent = True
        enquiry.urgency_reasons = [*enquiry.urgency_reasons, URGENT_BY_KEY_DATE]
    Enquiry.objects.bulk_update(due, ["urgent", "urgency_reasons"])
    EnquiryEvent.objects.bulk_create(
        EnquiryEvent(
            enquiry=enquiry,
            action=EventAction.URGENCY_CHANGED,
            actor_kind=ActorKind.SYSTEM,
            from_state=enquiry.state,
            to_state=enquiry.state,
            data={"reason": URGENT_BY_KEY_DATE},
            created_at=at,
        )
        for enquiry in due
    )
    statistics_facts_mark_urgent(enquiry_ids=[enquiry.pk for enquiry in due])
    return len(due)
