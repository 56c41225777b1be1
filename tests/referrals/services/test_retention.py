"""apply_retention: the periods per state (with a simulated clock), the legal
hold, idempotence, dry runs, and what anonymising leaves behind."""

import datetime as dt
from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import serializers
from django.core.management import call_command

from referrals.flow import FlowState, save_state
from referrals.models import CaseNote, Enquiry, EnquiryFact, ErasureRecord, Notification
from referrals.services.retention import erasures_reapply, retention_apply

from .retention_helpers import (
    CACHED_SESSIONS,
    MARKER,
    finish,
    marked_enquiry,
    marker_traces,
    status_session,
    tables_containing,
)

pytestmark = pytest.mark.django_db

FINISHED = dt.datetime(2025, 3, 4, 10, 0, tzinfo=dt.UTC)
SUBMITTED = FINISHED - dt.timedelta(days=3)
DAY = dt.timedelta(days=1)


@pytest.fixture
def finished(riverside, riverside_caseworker):
    def make(state, *, held=False):
        enquiry = finish(
            marked_enquiry(as_of=SUBMITTED), state, actor=riverside_caseworker, at=FINISHED
        )
        if held:
            Enquiry.objects.filter(pk=enquiry.pk).update(legal_hold=True)
        return enquiry

    return make


def period(state):
    return settings.RETENTION[state]


@pytest.mark.parametrize("state", ["closed", "withdrawn"])
def test_closed_and_withdrawn_are_anonymised_only_after_their_period(finished, state):
    enquiry = finished(state)

    retention_apply(now=FINISHED + period(state) - DAY)
    enquiry.refresh_from_db()
    assert enquiry.anonymised_at is None and enquiry.name.endswith(MARKER)

    counts = retention_apply(now=FINISHED + period(state) + DAY)
    enquiry.refresh_from_db()
    assert getattr(counts, f"{state}_anonymised") == 1
    assert enquiry.anonymised_at == FINISHED + period(state) + DAY
    assert (enquiry.name, enquiry.email, enquiry.phone, enquiry.summary) == ("", "", "", "")
    assert enquiry.private_answers == {} and enquiry.answers == {}
    assert not enquiry.email_hash and not enquiry.phone_hash and not enquiry.status_secret_hash
    assert not CaseNote.objects.filter(enquiry=enquiry).exists()
    assert not Notification.objects.filter(enquiry=enquiry).exists()
    assert all(event.data == {} for event in enquiry.events.all())
    assert enquiry.state == state  # the facts the statistics need stay
    assert not tables_containing(marker_traces())


def test_anonymising_ends_the_sessions_that_could_open_the_enquiry(finished, settings):
    settings.SESSION_ENGINE = CACHED_SESSIONS
    enquiry = finished("closed")
    other = finished("closed")
    key, other_key = status_session(enquiry.reference), status_session(other.reference)
    Enquiry.objects.filter(pk=other.pk).update(legal_hold=True)

    retention_apply(now=FINISHED + period("closed") + DAY)

    assert not Session.objects.filter(pk=key).exists()
    assert Session.objects.filter(pk=other_key).exists()


def test_spam_is_deleted_only_after_its_period(finished):
    enquiry = finished("spam")

    retention_apply(now=FINISHED + period("spam") - DAY)
    assert Enquiry.objects.filter(pk=enquiry.pk).exists()

    counts = retention_apply(now=FINISHED + period("spam") + DAY)
    assert counts.spam_deleted == 1
    assert not Enquiry.objects.filter(pk=enquiry.pk).exists()
    record = ErasureRecord.objects.get()
    assert (record.reference, record.action, record.policy) == (
        enquiry.reference,
        "deleted",
        "spam",
    )
    assert not tables_containing(marker_traces())


@pytest.mark.parametrize("state", ["closed", "withdrawn", "spam"])
def test_an_enquiry_on_legal_hold_is_left_as_it_is(finished, state):
    enquiry = finished(state, held=True)

    counts = retention_apply(now=FINISHED + period(state) + DAY)

    enquiry.refresh_from_db()
    assert counts.skipped_legal_hold == 1
    assert enquiry.anonymised_at is None and enquiry.name.endswith(MARKER)
    assert CaseNote.objects.filter(enquiry=enquiry).exists() or state == "spam"
    assert not ErasureRecord.objects.exists()


def test_anonymising_keeps_the_statistics_fact(finished):
    enquiry = finished("closed")
    before = EnquiryFact.objects.filter(enquiry=enquiry).values().get()

    retention_apply(now=FINISHED + period("closed") + DAY)

    after = EnquiryFact.objects.filter(enquiry=enquiry).values().get()
    ignored = {"updated_at"}
    assert {k: v for k, v in after.items() if k not in ignored} == {
        k: v for k, v in before.items() if k not in ignored
    }
    assert after["area"] == "housing" and after["state"] == "closed"


def unfinished_session(*, last_answer):
    """A self-assessment in progress, stored in a database session that
    expires RETENTION["unfinished"] after its last answer."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    save_state(store, FlowState(version=1, contact={"name": f"Amira {MARKER}"}))
    store.save()
    Session.objects.filter(pk=store.session_key).update(
        expire_date=last_answer + settings.RETENTION["unfinished"]
    )
    return store.session_key


def test_an_unfinished_self_assessment_goes_a_day_after_its_last_answer(db):
    key = unfinished_session(last_answer=FINISHED)

    retention_apply(now=FINISHED + period("unfinished") - DAY)
    assert Session.objects.filter(pk=key).exists()

    counts = retention_apply(now=FINISHED + period("unfinished") + DAY)
    assert counts.expired_sessions_deleted == 1
    assert not Session.objects.filter(pk=key).exists()


def test_a_second_run_does_nothing(finished):
    for state in ("closed", "withdrawn", "spam"):
        finished(state)
    unfinished_session(last_answer=FINISHED)
    later = FINISHED + period("closed") + DAY

    first = retention_apply(now=later)
    records = ErasureRecord.objects.count()
    second = retention_apply(now=later)

    assert (first.closed_anonymised, first.withdrawn_anonymised, first.spam_deleted) == (1, 1, 1)
    assert first.expired_sessions_deleted == 1
    assert all(line.endswith(": 0") for line in second.lines())
    assert ErasureRecord.objects.count() == records == 3


def test_a_dry_run_counts_and_changes_nothing(finished):
    enquiry = finished("closed")
    finished("spam")
    unfinished_session(last_answer=FINISHED)
    later = FINISHED + period("closed") + DAY
    tables_before = tables_containing(marker_traces())

    dry = retention_apply(now=later, dry_run=True)

    enquiry.refresh_from_db()
    assert enquiry.anonymised_at is None
    assert Enquiry.objects.count() == 2 and Session.objects.count() == 1
    assert not ErasureRecord.objects.exists()
    assert tables_containing(marker_traces()) == tables_before
    assert dry == retention_apply(now=later)


def test_the_command_prints_counts_only(finished, capsys):
    enquiry = finished("spam")
    Enquiry.objects.filter(pk=enquiry.pk).update(finished_at=FINISHED - 10 * period("spam"))

    call_command("apply_retention", "--dry-run")
    dry = capsys.readouterr().out
    call_command("apply_retention")
    real = capsys.readouterr().out

    assert "Would be spam enquiries deleted: 1" in dry
    assert "spam enquiries deleted: 1" in real and "closed enquiries anonymised: 0" in real
    for output in (dry, real):
        assert enquiry.reference not in output and MARKER not in output
        assert all(line.rsplit(": ", 1)[1].isdigit() for line in output.splitlines())


def test_erasures_are_reapplied_after_a_backup_is_restored(finished):
    closed, spam = finished("closed"), finished("spam")
    backup = serializers.serialize(
        "json",
        [
            *Enquiry.objects.all(),
            *CaseNote.objects.all(),
            *Notification.objects.all(),
            *[event for e in Enquiry.objects.all() for event in e.events.all()],
            *[consent for e in Enquiry.objects.all() for consent in e.consents.all()],
        ],
    )
    retention_apply(now=FINISHED + period("closed") + DAY)
    assert not Enquiry.objects.filter(pk=spam.pk).exists()

    for restored in serializers.deserialize("json", backup):  # the restore
        restored.save()
    assert tables_containing(marker_traces())

    counts = erasures_reapply()

    assert (counts.reapplied, counts.already_applied) == (2, 0)
    assert not Enquiry.objects.filter(pk=spam.pk).exists()
    assert Enquiry.objects.get(pk=closed.pk).anonymised_at is not None
    assert not tables_containing(marker_traces())
    assert erasures_reapply().reapplied == 0


def test_the_reapply_command_prints_counts(finished, capsys):
    finished("spam")
    retention_apply(now=FINISHED + period("spam") + DAY)

    call_command("apply_retention", "--reapply-erasures")

    assert capsys.readouterr().out.splitlines() == [
        "Erasures re-applied: 0",
        "Erasures already in effect: 1",
    ]
