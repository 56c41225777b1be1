"""Sign-in events in the audit trail (portal/audit_receivers.py)."""

from __future__ import annotations

import pytest
from django.test import Client

from portal.models import AuditRecord
from portal.two_factor.devices import second_factor_reset
from referrals.models import NETWORK_ADMINS_GROUP
from referrals.services.staff import ensure_staff_groups

from .conftest import PASSWORD, make_staff
from .two_factor.helpers import enrolled_device

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
SECRET_TYPO = "correct-horse-battery-typed-in-the-wrong-box"


def actions() -> list[tuple[str, str, str]]:
    return list(AuditRecord.objects.order_by("pk").values_list("action", "outcome", "actor_label"))


def every_field_text() -> str:
    return " ".join(
        str(getattr(entry, field.attname))
        for entry in AuditRecord.objects.all()
        for field in AuditRecord._meta.fields
    )


def test_login_and_logout_are_recorded_with_the_address(client, staff_user):
    client.post(LOGIN, {"username": "sam", "password": PASSWORD}, REMOTE_ADDR="203.0.113.4")
    client.post("/admin/logout/", REMOTE_ADDR="203.0.113.4")
    assert actions() == [("login", "success", "sam"), ("logout", "success", "sam")]
    assert set(AuditRecord.objects.values_list("ip_address", flat=True)) == {"203.0.113.4"}


def test_a_failed_login_for_an_account_names_it_but_never_the_password(client, staff_user):
    client.post(LOGIN, {"username": "sam", "password": SECRET_TYPO})
    assert actions() == [("login.failed", "failed", "sam")]
    entry = AuditRecord.objects.get()
    assert entry.actor_id == staff_user.pk and entry.detail == {"known_user": True}
    assert SECRET_TYPO not in every_field_text()


def test_an_unknown_username_is_not_stored_at_all(client, staff_user):
    """It is often a password typed into the wrong box."""
    client.post(LOGIN, {"username": SECRET_TYPO, "password": "whatever whatever"})
    entry = AuditRecord.objects.get()
    assert (entry.action, entry.actor_id, entry.actor_label) == ("login.failed", None, "")
    assert entry.detail == {"known_user": False}
    assert SECRET_TYPO not in every_field_text()


def test_a_lockout_is_recorded_as_denied(client, staff_user):
    for _attempt in range(5):
        client.post(LOGIN, {"username": "sam", "password": "wrong password, wrong"})
    assert ("login.locked_out", "denied", "sam") in actions()


def test_a_wrong_second_factor_code_is_recorded(client, staff_user):
    enrolled_device(staff_user)
    client.post(LOGIN, {"username": "sam", "password": PASSWORD})
    client.post("/admin/two-factor/verify/", {"code": "000000"})
    assert actions()[-1] == ("second_factor.failed", "failed", "sam")


def test_a_second_factor_reset_names_who_did_it_and_whose_it_was(staff_user):
    admin = make_staff("netadmin")
    admin.groups.add(ensure_staff_groups()[NETWORK_ADMINS_GROUP])
    enrolled_device(staff_user)
    second_factor_reset(actor=admin, user=staff_user)
    entry = AuditRecord.objects.get(action="second_factor.reset")
    assert (entry.actor_label, entry.target_type, entry.target_label) == ("netadmin", "user", "sam")


def test_signing_in_twice_from_two_browsers_is_two_records(staff_user):
    for client in (Client(), Client()):
        client.post(LOGIN, {"username": "sam", "password": PASSWORD})
    assert [a for a, _o, _u in actions()] == ["login", "login"]
