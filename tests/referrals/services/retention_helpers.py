"""Enquiries carrying a unique marker in every personal field, and a raw scan
of the whole database for it, for the retention and erasure tests."""

from __future__ import annotations

import datetime as dt

from django.db import connection

from referrals.contact_details import email_hash, phone_hash
from referrals.services import (
    enquiry_add_note,
    enquiry_claim,
    enquiry_close,
    enquiry_mark_spam,
    enquiry_withdraw,
)

from ..factories import ContactDetails, housing_answers, submit

MARKER = "zqxmarker7731"
MARKER_EMAIL = f"{MARKER}@example.org"
MARKER_PHONE = "07700 900731"


def marked_enquiry(*, as_of: dt.datetime, consents: dict | None = None):
    """A routed enquiry (Riverside must exist) with the marker in the name,
    e-mail, summary and a free-text answer."""
    return submit(
        answers=housing_answers(
            summary=f"My landlord {MARKER} shouts.",
            accessibility=["other"],
            accessibility_details=f"Ask for {MARKER}",
        ),
        contact=ContactDetails(name=f"Amira {MARKER}", email=MARKER_EMAIL, phone=MARKER_PHONE),
        consents=consents
        or {"share_with_centre": True, "anonymised_statistics": True, "updates_by_email": True},
        as_of=as_of,
    ).enquiry


def finish(enquiry, state: str, *, actor, at: dt.datetime):
    """Bring a marked enquiry to state (closed, withdrawn or spam) at time at,
    with a case note holding the marker."""
    if state == "spam":
        enquiry_mark_spam(enquiry=enquiry, actor=actor, as_of=at)
    else:
        enquiry_claim(enquiry=enquiry, actor=actor)
        enquiry_add_note(enquiry=enquiry, actor=actor, body=f"Called {MARKER} back.")
        if state == "closed":
            enquiry_close(enquiry=enquiry, actor=actor, outcome="advice_given", as_of=at)
        else:
            enquiry_withdraw(enquiry=enquiry, actor=actor, as_of=at)
    enquiry.refresh_from_db()
    return enquiry


def marker_traces() -> set[str]:
    """The plain marker and its lookup hashes: what raw SQL could still see."""
    return {MARKER, email_hash(MARKER_EMAIL), phone_hash(MARKER_PHONE)}


def all_columns() -> dict[str, list[str]]:
    """Every table in the database (search index tables included) with all its columns."""
    with connection.cursor() as cursor:
        return {
            table: [
                column.name
                for column in connection.introspection.get_table_description(cursor, table)
            ]
            for table in connection.introspection.table_names(cursor)
        }


def tables_containing(needles: set[str]) -> set[str]:
    """The tables where any column, read as text, contains any of needles (raw SQL)."""
    found = set()
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table, columns in all_columns().items():
            checks = [
                f"CAST({qn(column)} AS TEXT) LIKE %s" for column in columns for _needle in needles
            ]
            params = [f"%{needle}%" for _column in columns for needle in needles]
            sql = f"SELECT 1 FROM {qn(table)} WHERE {' OR '.join(checks)}"  # noqa: S608 - quoted names
            cursor.execute(sql, params)
            if cursor.fetchone():
                found.add(table)
    return found


CACHED_SESSIONS = "django.contrib.sessions.backends.cached_db"


def status_session(reference: str) -> str:
    """The person's browser session: status page access, and a second
    self-assessment in progress with their name in it (cached_db engine)."""
    from importlib import import_module

    from referrals.flow import FlowState, remember_status_access, save_state

    store = import_module(CACHED_SESSIONS).SessionStore()
    remember_status_access(store, reference=reference, secret="not-checked-here")
    save_state(store, FlowState(version=1, contact={"name": f"Amira {MARKER}"}))
    store.save()
    return store.session_key
