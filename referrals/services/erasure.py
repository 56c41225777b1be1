"""Removing a person's data from an enquiry: anonymising it (the enquiry,
its timeline and its statistics fact stay, without anything personal) or
deleting it (the statistics fact stays, unlinked). Retention, subject
erasure and re-applying erasures after a restore all come through here, and
each erasure leaves an ErasureRecord (identifiers only).

Also here: the legal hold, which retention and erasure respect.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import import_module

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from portal import audit

from .. import crypto
from ..errors import NotSupervisor, UnderLegalHold
from ..flow import SENT_KEY, STATUS_KEY
from ..models import CaseNote, Enquiry, EnquiryEvent, ErasureRecord, EventAction, Notification
from ..permissions import is_supervisor
from .timeline import enquiry_event_record
from .transitions import lock_enquiry

# What anonymising sets: every column that holds or hints at personal data.
ANONYMOUS_VALUES = {
    "name": "",
    "email": "",
    "phone": "",
    "email_hash": "",
    "phone_hash": "",
    "postcode": "",
    "outward_code": "",
    "summary": "",
    "private_answers": {},
    "answers": {},
    "key_dates": [],
    "next_key_date": None,
    "accessibility_needs": [],
    "safe_times": [],
    "contact_method": "",
    "safe_to_contact": None,
    "may_leave_message": None,
    "status_secret_hash": "",
    "idempotency_key_hash": None,
}


def anonymise(enquiry: Enquiry, *, at: dt.datetime) -> None:
    """Strip the enquiry's personal data in place; caller holds the transaction.

    Notes and notification rows go; timeline entries keep who did what and
    when (the statistics need it) but lose their details; consents (purpose,
    wording version, yes or no) stay as the record of what was agreed."""
    for name, value in ANONYMOUS_VALUES.items():
        setattr(enquiry, name, value)
    enquiry.anonymised_at = at
    enquiry.save(update_fields=[*ANONYMOUS_VALUES, "anonymised_at", "updated_at"])
    CaseNote.objects.filter(enquiry=enquiry).delete()
    Notification.objects.filter(enquiry=enquiry).delete()
    EnquiryEvent.objects.filter(enquiry=enquiry).exclude(data={}).update(data={})
    enquiry_event_record(enquiry=enquiry, action=EventAction.ANONYMISED, at=at)


def erase(enquiry: Enquiry, *, action: str, policy: str, at: dt.datetime) -> ErasureRecord:
    """Anonymise or delete enquiry and record it; caller holds the transaction
    and ends the sessions that can open it (forget_sessions, once per batch:
    it reads every live session)."""
    record = ErasureRecord.objects.create(
        enquiry_id=enquiry.pk,
        reference=enquiry.reference,
        action=action,
        policy=policy,
        erased_at=at,
    )
    if action == ErasureRecord.Action.DELETED:
        enquiry.delete()
    else:
        anonymise(enquiry, at=at)
    return record


@transaction.atomic
def enquiry_erase(
    *, enquiry: Enquiry, actor: AbstractBaseUser, request=None, now: dt.datetime | None = None
) -> ErasureRecord:
    """A person's request for erasure: delete the enquiry and everything on it
    (its anonymised statistics fact stays, unlinked). Refused while on legal hold."""
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    if locked.legal_hold:
        raise UnderLegalHold()
    reference = locked.reference
    record = erase(
        locked,
        action=ErasureRecord.Action.DELETED,
        policy=ErasureRecord.Policy.SUBJECT_REQUEST,
        at=now or timezone.now(),
    )
    forget_sessions(references={reference})
    audit.record(
        action="subject_erasure",
        actor=actor,
        request=request,
        target_type="enquiry",
        target_label=reference,
        detail={"erasure_record": record.pk},
    )
    return record


@transaction.atomic
def enquiry_set_legal_hold(
    *, enquiry: Enquiry, actor: AbstractBaseUser, held: bool, request=None
) -> Enquiry:
    """Place or lift a legal hold (centre managers and network admins)."""
    locked = lock_enquiry(enquiry=enquiry, actor=actor)
    if not is_supervisor(actor, locked):
        raise NotSupervisor()
    if locked.legal_hold == held:
        return locked
    locked.legal_hold = held
    locked.save(update_fields=["legal_hold", "updated_at"])
    enquiry_event_record(
        enquiry=locked,
        action=EventAction.LEGAL_HOLD_PLACED if held else EventAction.LEGAL_HOLD_LIFTED,
        actor=actor,
    )
    audit.record(
        action="legal_hold_placed" if held else "legal_hold_lifted",
        actor=actor,
        request=request,
        centre=locked.centre,
        target_type="enquiry",
        target_label=locked.reference,
    )
    return locked


# --- Sessions -----------------------------------------------------------------


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def _database_sessions() -> bool:
    return settings.SESSION_ENGINE in (
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cached_db",
    )


def expired_session_keys(*, now: dt.datetime) -> list[str]:
    """Sessions past their expiry (an unfinished self-assessment expires
    RETENTION["unfinished"] after its last answer). Cache-only session
    engines expire their own entries."""
    if not _database_sessions():
        return []
    return list(Session.objects.filter(expire_date__lt=now).values_list("session_key", flat=True))


def delete_sessions(keys: list[str]) -> None:
    """Delete sessions from the database and, for cached_db, from the cache."""
    store = _session_store()()
    for key in keys:
        store.delete(key)


def _references_in(data: dict) -> set[str]:
    found = set()
    for name in (SENT_KEY, STATUS_KEY):
        token = data.get(name)
        if not token:
            continue
        try:
            value = json.loads(crypto.decrypt(token))
        except (crypto.DecryptionError, ValueError):
            continue
        if isinstance(value, dict) and value.get("reference"):
            found.add(value["reference"])
    return found


def forget_sessions(*, references: set[str]) -> int:
    """End the live sessions that can open these enquiries' status pages
    (with any self-assessment in progress in them). Only the two referral
    keys of each live session are decrypted; sessions are short-lived."""
    if not _database_sessions() or not references:
        return 0
    store = _session_store()()
    doomed = [
        session.session_key
        for session in Session.objects.filter(expire_date__gte=timezone.now()).iterator()
        if _references_in(store.decode(session.session_data)) & references
    ]
    delete_sessions(doomed)
    return len(doomed)
