import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, InternalError, connection, transaction
from django.test import RequestFactory

from portal.audit import client_address, record
from portal.models import AppendOnlyError, AuditRecord

pytestmark = pytest.mark.django_db


def test_a_record_keeps_who_what_where_and_labels_not_objects():
    user = User.objects.create_user("cw", password="x" * 16)
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9")
    request.user = user
    entry = record(
        action="enquiry.view", request=request, target_type="enquiry", target_label="SP-7KQ4-92XD"
    )
    assert (entry.actor_label, entry.ip_address, entry.target_label) == (
        "cw",
        "203.0.113.9",
        "SP-7KQ4-92XD",
    )
    user_id = user.pk
    user.delete()  # the record outlives the account, unchanged
    entry.refresh_from_db()
    assert entry.actor_id == user_id and entry.actor_label == "cw"


def test_records_cannot_be_changed_or_deleted_through_the_application():
    entry = record(action="login.failed", outcome=AuditRecord.FAILED)
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        AuditRecord.objects.update(action="x")


@pytest.mark.postgres
def test_postgresql_refuses_changes_even_in_raw_sql():
    entry = record(action="login")
    with pytest.raises((InternalError, IntegrityError, Exception)), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("UPDATE portal_auditrecord SET action = 'x' WHERE id = %s", [entry.pk])


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "198.51.100.1", "6.6.6.6", "198.51.100.1"),  # spoofed header ignored
        (1, "10.0.0.2", "203.0.113.5", "203.0.113.5"),
        (1, "10.0.0.2", "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # client cannot prepend
        (1, "10.0.0.2", "", "10.0.0.2"),
    ],
)
def test_the_client_address_trusts_only_the_configured_proxies(
    settings, proxies, remote, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected
