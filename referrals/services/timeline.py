from __future__ import annotations

import datetime as dt

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from ..models import ActorKind, Enquiry, EnquiryEvent


# Usually inside another service's transaction: no savepoint round trips for one insert.
@transaction.atomic(savepoint=False)
def enquiry_event_record(
    *,
    enquiry: Enquiry,
    action: str,
    actor: AbstractBaseUser | None = None,
    actor_kind: str | None = None,
    from_state: str = "",
    to_state: str = "",
    data: dict | None = None,
    at: dt.datetime | None = None,
) -> EnquiryEvent:
    """Append to an enquiry's timeline. data must hold identifiers only, never
    personal data (it is shown to every caseworker and kept after anonymising)."""
    if actor_kind is None:
        actor_kind = ActorKind.STAFF if actor is not None else ActorKind.SYSTEM
    return EnquiryEvent.objects.create(
        enquiry=enquiry,
        action=action,
        actor=actor,
        actor_kind=actor_kind,
        from_state=from_state,
        to_state=to_state,
        data=data or {},
        created_at=at or timezone.now(),
    )
