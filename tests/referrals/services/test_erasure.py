"""Subject erasure and the legal hold."""

import datetime as dt
from importlib import import_module

import pytest
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connection

from portal.models import AuditRecord
from referrals.errors import NotSupervisor, UnderLegalHold
from referrals.models import Enquiry, EnquiryFact, ErasureRecord
from referrals.services.erasure import enquiry_erase, enquiry_set_legal_hold
from search.models import SearchDocument, SearchTerm

from ..factories import caseworker
from .retention_helpers import (
    CACHED_SESSIONS,
    MARKER,
    all_columns,
    finish,
    marked_enquiry,
    marker_traces,
    status_session,
    tables_containing,
)

pytestmark = pytest.mark.django_db

SUBMITTED = dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def enquiry(riverside, riverside_caseworker):
    enquiry = marked_enquiry(as_of=SUBMITTED)
    finish(enquiry, "closed", actor=riverside_caseworker, at=SUBMITTED + dt.timedelta(days=2))
    return enquiry


def test_erasure_removes_the_marker_from_every_table_and_the_cache(enquiry, admin_user, settings):
    settings.SESSION_ENGINE = CACHED_SESSIONS
    key = status_session(enquiry.reference)
    cache_key = import_module(CACHED_SESSIONS).KEY_PREFIX + key
    assert cache.get(cache_key) is not None
    assert "referrals_enquiry" in tables_containing(marker_traces())  # the scan sees it

    record = enquiry_erase(enquiry=enquiry, actor=admin_user)

    assert not tables_containing(marker_traces())
    assert not Enquiry.objects.filter(pk=enquiry.pk).exists()
    assert cache.get(cache_key) is None and not Session.objects.filter(pk=key).exists()
    assert (record.reference, record.action, record.policy) == (
        enquiry.reference,
        "deleted",
        "subject_request",
    )
    assert EnquiryFact.objects.filter(enquiry=None, area="housing").count() == 1


def test_the_scan_covers_the_search_index_tables(db):
    tables = set(all_columns())

    assert {SearchDocument._meta.db_table, SearchTerm._meta.db_table} <= tables
    if connection.vendor == "sqlite":
        assert "search_fts" in tables


def test_erasure_is_audited_by_reference_only(enquiry, admin_user):
    enquiry_erase(enquiry=enquiry, actor=admin_user)

    audit = AuditRecord.objects.get(action="subject_erasure")
    assert audit.target_label == enquiry.reference and audit.actor_label == admin_user.username
    assert MARKER not in str(audit.detail) and "Amira" not in audit.target_label


def test_an_enquiry_on_legal_hold_is_not_erased(enquiry, admin_user):
    enquiry_set_legal_hold(enquiry=enquiry, actor=admin_user, held=True)

    with pytest.raises(UnderLegalHold):
        enquiry_erase(enquiry=enquiry, actor=admin_user)

    assert Enquiry.objects.get(pk=enquiry.pk).name.endswith(MARKER)
    assert not ErasureRecord.objects.exists()


def test_managers_and_network_admins_place_and_lift_holds(enquiry, riverside, admin_user):
    manager = caseworker(riverside, "river-manager", role="manager")

    enquiry_set_legal_hold(enquiry=enquiry, actor=manager, held=True)
    assert Enquiry.objects.get(pk=enquiry.pk).legal_hold
    enquiry_set_legal_hold(enquiry=enquiry, actor=admin_user, held=False)
    assert not Enquiry.objects.get(pk=enquiry.pk).legal_hold

    actions = list(
        AuditRecord.objects.filter(target_label=enquiry.reference, action__startswith="legal_hold")
        .order_by("pk")
        .values_list("action", "actor_label")
    )
    assert actions == [
        ("legal_hold_placed", "river-manager"),
        ("legal_hold_lifted", admin_user.username),
    ]
    assert [e.action for e in enquiry.events.all()][-2:] == [
        "legal_hold_placed",
        "legal_hold_lifted",
    ]


def test_a_caseworker_cannot_place_a_hold(enquiry, riverside_caseworker):
    with pytest.raises(NotSupervisor):
        enquiry_set_legal_hold(enquiry=enquiry, actor=riverside_caseworker, held=True)
    assert not Enquiry.objects.get(pk=enquiry.pk).legal_hold
