"""Enforcing the retention periods (settings.RETENTION) and re-applying
erasures after a backup is restored.

- Unfinished self-assessments live only in sessions, which expire
  RETENTION["unfinished"] after the last answer; expired sessions are deleted.
- Spam is deleted RETENTION["spam"] after it was marked.
- Closed and withdrawn enquiries are anonymised RETENTION["closed"] and
  RETENTION["withdrawn"] after they finished; their statistics facts stay.
- Enquiries on legal hold are skipped, and counted as such.

Everything takes ``now`` so tests (and "what would happen on...") can move
the clock. Running twice does nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from ..models import Enquiry, ErasureRecord
from ..states import State
from .erasure import anonymise, delete_sessions, erase, expired_session_keys, forget_sessions


@dataclass(frozen=True)
class Policy:
    period: str  # the settings.RETENTION key
    action: str  # ErasureRecord.Action
    policy: str  # ErasureRecord.Policy
    counter: str  # the RetentionCounts field


POLICIES = {
    State.SPAM: Policy("spam", ErasureRecord.Action.DELETED, "spam", "spam_deleted"),
    State.CLOSED: Policy("closed", ErasureRecord.Action.ANONYMISED, "closed", "closed_anonymised"),
    State.WITHDRAWN: Policy(
        "withdrawn", ErasureRecord.Action.ANONYMISED, "withdrawn", "withdrawn_anonymised"
    ),
}


@dataclass
class RetentionCounts:
    expired_sessions_deleted: int = 0
    spam_deleted: int = 0
    closed_anonymised: int = 0
    withdrawn_anonymised: int = 0
    skipped_legal_hold: int = 0

    def lines(self, *, dry_run: bool = False) -> list[str]:
        prefix = "Would be " if dry_run else ""
        labels = {
            "expired_sessions_deleted": "expired sessions (unfinished self-assessments) deleted",
            "spam_deleted": "spam enquiries deleted",
            "closed_anonymised": "closed enquiries anonymised",
            "withdrawn_anonymised": "withdrawn enquiries anonymised",
            "skipped_legal_hold": "due but on legal hold (kept)",
        }
        return [
            f"{prefix}{labels[field.name]}: {getattr(self, field.name)}" for field in fields(self)
        ]


@dataclass
class ReapplyCounts:
    reapplied: int = 0
    already_applied: int = 0

    def lines(self) -> list[str]:
        return [
            f"Erasures re-applied: {self.reapplied}",
            f"Erasures already in effect: {self.already_applied}",
        ]


def due_enquiries(state: str, *, now: dt.datetime) -> QuerySet[Enquiry]:
    """Enquiries in state whose retention period ended before now and that
    still hold personal data (anonymised ones are done)."""
    return Enquiry.objects.filter(
        state=state,
        finished_at__lt=now - settings.RETENTION[POLICIES[state].period],
        anonymised_at__isnull=True,
    )


def retention_apply(*, now: dt.datetime | None = None, dry_run: bool = False) -> RetentionCounts:
    """Delete or anonymise everything that is due (or, dry_run, count it)."""
    now = now or timezone.now()
    counts = RetentionCounts()
    sessions = expired_session_keys(now=now)
    counts.expired_sessions_deleted = len(sessions)
    if not dry_run:
        delete_sessions(sessions)
    erased = set()
    for state, policy in POLICIES.items():
        due = due_enquiries(state, now=now)
        counts.skipped_legal_hold += due.filter(legal_hold=True).count()
        pks = list(due.filter(legal_hold=False).order_by("pk").values_list("pk", flat=True))
        setattr(counts, policy.counter, len(pks))
        if dry_run:
            continue
        for pk in pks:
            erased.add(_erase_one(pk, state=state, policy=policy, now=now))
    forget_sessions(references=erased - {None})
    return counts


@transaction.atomic
def _erase_one(pk: int, *, state: str, policy: Policy, now: dt.datetime) -> str | None:
    """One enquiry, in its own transaction, re-checked under a row lock (a
    hold placed, or the enquiry reopened, since it was listed). Returns the
    reference of what was erased."""
    enquiry = Enquiry.objects.select_for_update(of=("self",)).filter(pk=pk).first()
    if enquiry is None or enquiry.legal_hold or enquiry.state != state:
        return None
    if enquiry.anonymised_at is not None:
        return None
    erase(enquiry, action=policy.action, policy=policy.policy, at=now)
    return enquiry.reference


def erasures_reapply(*, now: dt.datetime | None = None) -> ReapplyCounts:
    """Re-apply every ErasureRecord to what the (restored) database holds:
    deleted enquiries are deleted again, anonymised ones anonymised again.
    No new records are written; running it twice changes nothing."""
    now = now or timezone.now()
    counts = ReapplyCounts()
    reapplied = set()
    for record in ErasureRecord.objects.order_by("erased_at", "pk").iterator():
        if _reapply_one(record, now=now):
            counts.reapplied += 1
            reapplied.add(record.reference)
        else:
            counts.already_applied += 1
    forget_sessions(references=reapplied)
    return counts


@transaction.atomic
def _reapply_one(record: ErasureRecord, *, now: dt.datetime) -> bool:
    enquiry = (
        Enquiry.objects.select_for_update(of=("self",)).filter(reference=record.reference).first()
    )
    if enquiry is None:
        return False
    if record.action == ErasureRecord.Action.DELETED:
        enquiry.delete()
        return True
    if enquiry.anonymised_at is not None:
        return False
    anonymise(enquiry, at=now)
    return True
