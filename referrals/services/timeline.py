from __future__ import annotations

import datetime as dt

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from portal import audit
from portal.models import AuditRecord

from ..models import ActorKind, Enquiry, EnquiryEvent, EventAction

# Timeline entries by the system (routing, urgency, notifications) and the
# submission itself are on the timeline only; everything a person does to an
# enquiry (staff, or the help-seeker withdrawing) is also in the audit trail.
_NOT_AUDITED = frozenset(
    {
        EventAction.SUBMITTED,
        EventAction.ROUTED,
        EventAction.URGENCY_CHANGED,
        EventAction.NOTIFICATION_SENT,
        EventAction.NOTIFICATION_FAILED,
        # Audited by referrals/services/erasure.py itself (with the request).
        EventAction.LEGAL_HOLD_PLACED,
        EventAction.LEGAL_HOLD_LIFTED,
    }
)


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
    event = EnquiryEvent.objects.create(
        enquiry=enquiry,
        action=action,
        actor=actor,
        actor_kind=actor_kind,
        from_state=from_state,
        to_state=to_state,
        data=data or {},
        created_at=at or timezone.now(),
    )
    if actor_kind != ActorKind.SYSTEM and action not in _NOT_AUDITED:
        enquiry_audit_record(event)
    return event


def audit_action(action: str, data: dict | None) -> str:
    """The audit trail's name for a timeline action ("enquiry.claim"...);
    opening the export is "enquiry.export", not a view."""
    if action == EventAction.VIEWED and (data or {}).get("export"):
        return "enquiry.export"
    return f"enquiry.{action}"


def enquiry_audit_record(event: EnquiryEvent) -> None:
    """The audit record of a timeline entry, in the same transaction. The
    target is the reference; the details are the entry's identifiers (state
    names, centre slugs, codes, ids), never personal data."""
    enquiry = event.enquiry
    detail = {"from_state": event.from_state, "to_state": event.to_state, **event.data}
    if event.actor_kind == ActorKind.HELP_SEEKER:
        detail["by"] = "help_seeker"
    audit.record(
        action=audit_action(event.action, event.data),
        actor=event.actor,
        centre=enquiry.centre if enquiry.centre_id else None,
        target_type="enquiry",
        target_label=enquiry.reference,
        detail=detail,
    )


def enquiry_access_denied_record(*, user, pk: int, method: str) -> None:
    """A refused (or missing) enquiry is audited as denied: the user still
    sees a 404, but the attempt is on record, with the reference if it exists."""
    if not user.is_authenticated:
        return
    found = Enquiry.objects.select_related("centre").only("reference", "centre__name")
    found = found.filter(pk=pk).first()
    audit.record(
        action="enquiry.access",
        actor=user,
        outcome=AuditRecord.DENIED,
        centre=found.centre if found is not None else None,
        target_type="enquiry",
        target_label=found.reference if found is not None else "",
        detail={"id": pk, "exists": found is not None, "method": method},
    )
