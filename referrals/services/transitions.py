"""Caseworker and help-seeker actions that move an enquiry between states.

Every function locks the enquiry row (SELECT ... FOR UPDATE on PostgreSQL),
checks that the actor may see it (else EnquiryNotFound: the same 404 as a
missing enquiry) and that states.TRANSITIONS allows the move (else
IllegalTransition), then changes it and appends an event, all in one
transaction. Two caseworkers claiming at once: the second waits for the
first's lock, then sees "claimed" and gets AlreadyClaimed.

Help-seeker actions (withdrawing) take the status secret instead of a staff
actor.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from ..errors import (
    AlreadyClaimed,
    EnquiryNotFound,
    IllegalTransition,
    ReasonRequired,
    UnknownOutcome,
)
from ..models import ActorKind, CaseNote, Enquiry, EventAction, Notification, OutcomeCode
from ..references import status_secret_matches
from ..selectors.access import can_access_enquiry
from ..states import Action, State, target_state
from .notifications import cancel_pending, notify_help_seeker
from .statistics import statistics_fact_sync
from .timeline import enquiry_event_record


def lock_enquiry(
    *,
    enquiry: Enquiry | int,
    actor: AbstractBaseUser | None = None,
    status_secret: str | None = None,
    lock: bool = True,
) -> Enquiry:
    """The enquiry, locked for this transaction, if actor (staff) or the
    status secret (the help-seeker) gives access; else EnquiryNotFound."""
    pk = enquiry.pk if isinstance(enquiry, Enquiry) else enquiry
    queryset = Enquiry.objects.select_for_update(of=("self",)) if lock else Enquiry.objects
    locked = queryset.filter(pk=pk).first()
    if locked is None:
        raise EnquiryNotFound()
    if actor is not None:
        allowed = can_access_enquiry(actor, locked)
    else:
        allowed = status_secret_matches(status_secret, locked.status_secret_hash)
    if not allowed:
        raise EnquiryNotFound()
    return locked


def apply_transition(
    locked: Enquiry,
    action: str,
    *,
    actor: AbstractBaseUser | None = None,
    at: dt.datetime,
    changes: dict | None = None,
    data: dict | None = None,
) -> Enquiry:
    to_state = target_state(action, locked.state)
    if to_state is None:
        raise IllegalTransition(action=action, from_state=locked.state)
    from_state = locked.state
    for name, value in (changes or {}).items():
        setattr(locked, name, value)
    locked.state = to_state
    locked.save(update_fields=["state", "updated_at", *(changes or {})])
    enquiry_event_record(
        enquiry=locked,
        action=action,
        actor=actor,
        actor_kind=ActorKind.STAFF if actor is not None else ActorKind.HELP_SEEKER,
        from_state=from_state,
        to_state=to_state,
        data=data,
        at=at,
    )
    statistics_fact_sync(enquiry=locked)
    return locked


@transaction.atomic
def enquiry_claim(
    *, enquiry: Enquiry, actor: AbstractBaseUser, as_of: dt.datetime | None = None
) -> Enquiry:
    """Take an enquiry from the queue. Exactly one of several simultaneous
    claims wins; the others get AlreadyClaimed."""
    at = as_of or timezone.now()
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    if locked.claimed_by_id is not None or locked.state == State.CLAIMED:
        raise AlreadyClaimed(from_state=locked.state, claimed_by_id=locked.claimed_by_id)
    apply_transition(
        locked, Action.CLAIM, actor=actor, at=at, changes={"claimed_by": actor, "claimed_at": at}
    )
    notify_help_seeker(enquiry=locked, kind=Notification.Kind.ENQUIRY_CLAIMED, at=at)
    return locked


@transaction.atomic
def enquiry_release(
    *, enquiry: Enquiry, actor: AbstractBaseUser, reason: str = "", as_of: dt.datetime | None = None
) -> Enquiry:
    """Put a claimed enquiry back in its centre's queue (reason optional, kept as a note)."""
    at = as_of or timezone.now()
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    data = {}
    if target_state(Action.RELEASE, locked.state) and reason.strip():
        note = CaseNote.objects.create(
            enquiry=locked,
            author=actor,
            kind=CaseNote.Kind.RELEASE_REASON,
            body=reason.strip(),
            created_at=at,
        )
        data["note"] = note.pk
    return apply_transition(
        locked,
        Action.RELEASE,
        actor=actor,
        at=at,
        changes={"claimed_by": None, "claimed_at": None},
        data=data,
    )


@transaction.atomic
def enquiry_mark_contacted(
    *, enquiry: Enquiry, actor: AbstractBaseUser, as_of: dt.datetime | None = None
) -> Enquiry:
    at = as_of or timezone.now()
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    changes = {} if locked.contacted_at else {"contacted_at": at}
    return apply_transition(locked, Action.MARK_CONTACTED, actor=actor, at=at, changes=changes)


@transaction.atomic
def enquiry_accept(
    *, enquiry: Enquiry, actor: AbstractBaseUser, as_of: dt.datetime | None = None
) -> Enquiry:
    """The centre takes the person on as a client."""
    at = as_of or timezone.now()
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    return apply_transition(locked, Action.ACCEPT, actor=actor, at=at)


@transaction.atomic
def enquiry_close(
    *,
    enquiry: Enquiry,
    actor: AbstractBaseUser,
    outcome: str | OutcomeCode,
    as_of: dt.datetime | None = None,
) -> Enquiry:
    """Close with an outcome code from the registry (active codes only)."""
    at = as_of or timezone.now()
    code = outcome.code if isinstance(outcome, OutcomeCode) else outcome
    outcome_row = OutcomeCode.objects.filter(code=code, active=True).first()
    if outcome_row is None:
        raise UnknownOutcome()
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    apply_transition(
        locked,
        Action.CLOSE,
        actor=actor,
        at=at,
        changes={"outcome": outcome_row, "finished_at": at},
        data={"outcome": outcome_row.code},
    )
    notify_help_seeker(enquiry=locked, kind=Notification.Kind.ENQUIRY_CLOSED, at=at)
    return locked


@transaction.atomic
def enquiry_withdraw(
    *,
    enquiry: Enquiry,
    actor: AbstractBaseUser | None = None,
    status_secret: str | None = None,
    as_of: dt.datetime | None = None,
) -> Enquiry:
    """The person no longer wants help: by themselves (status_secret) or
    recorded by staff (actor), e.g. after a phone call."""
    if actor is None and not status_secret:
        raise EnquiryNotFound()
    at = as_of or timezone.now()
    locked = lock_enquiry(enquiry=enquiry, actor=actor, status_secret=status_secret)
    return apply_transition(
        locked, Action.WITHDRAW, actor=actor, at=at, changes={"finished_at": at}
    )


@transaction.atomic
def enquiry_mark_spam(
    *, enquiry: Enquiry, actor: AbstractBaseUser, as_of: dt.datetime | None = None
) -> Enquiry:
    """Not a real enquiry. No further messages go to the "help-seeker"."""
    at = as_of or timezone.now()
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    apply_transition(locked, Action.MARK_SPAM, actor=actor, at=at, changes={"finished_at": at})
    cancel_pending(enquiry=locked)
    return locked


@transaction.atomic
def enquiry_record_view(
    *,
    enquiry: Enquiry | int,
    actor: AbstractBaseUser,
    export: str | None = None,
    as_of: dt.datetime | None = None,
) -> None:
    """Opening an enquiry's detail page, or exporting it (export: the format),
    is itself on the timeline."""
    locked = lock_enquiry(enquiry=enquiry, actor=actor, lock=False)
    enquiry_event_record(
        enquiry=locked,
        action=EventAction.VIEWED,
        actor=actor,
        from_state=locked.state,
        to_state=locked.state,
        data={"export": export} if export else None,
        at=as_of or timezone.now(),
    )


def require_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ReasonRequired()
    return text
