from __future__ import annotations

import datetime as dt

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from ..errors import EmptyNote
from ..models import CaseNote, Enquiry, EventAction
from .timeline import enquiry_event_record
from .transitions import lock_enquiry

NOTE_MAX = 10000


@transaction.atomic
def enquiry_add_note(
    *, enquiry: Enquiry, actor: AbstractBaseUser, body: str, as_of: dt.datetime | None = None
) -> CaseNote:
    """A caseworker's note, encrypted at rest; the timeline records only that
    a note was added (and its id), never its text."""
    text = (body or "").strip()
    if not text or len(text) > NOTE_MAX:
        raise EmptyNote()
    at = as_of or timezone.now()
    locked = lock_enquiry(enquiry=enquiry, actor=actor, lock=False)
    note = CaseNote.objects.create(enquiry=locked, author=actor, body=text, created_at=at)
    enquiry_event_record(
        enquiry=locked,
        action=EventAction.NOTE_ADDED,
        actor=actor,
        from_state=locked.state,
        to_state=locked.state,
        data={"note": note.pk},
        at=at,
    )
    return note
