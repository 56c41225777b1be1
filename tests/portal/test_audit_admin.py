"""The audit trail in the admin: network admins browse and filter it;
nobody adds, changes or deletes; caseworkers and editors cannot reach it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import NoReverseMatch, reverse

from portal.audit import record
from portal.models import AuditRecord
from referrals.models import CENTRE_STAFF_GROUP, NETWORK_ADMINS_GROUP
from referrals.services.staff import ensure_staff_groups
from tests.support.staff import staff_login

from .conftest import make_staff

pytestmark = pytest.mark.django_db

INDEX = "/admin/audit/"


@pytest.fixture
def trail(db):
    return [
        record(action="enquiry.view", target_type="enquiry", target_label="SP-AAAA-1111"),
        record(action="enquiry.claim", target_type="enquiry", target_label="SP-BBBB-2222"),
        record(action="login.failed", outcome=AuditRecord.FAILED),
    ]


def signed_in(username: str, *groups: str) -> Client:
    user = make_staff(username)
    for name in groups:
        user.groups.add(ensure_staff_groups().get(name) or Group.objects.get(name=name))
    return staff_login(Client(), user)


@pytest.fixture
def network_admin_client(db):
    return signed_in("netadmin", NETWORK_ADMINS_GROUP)


def test_a_network_admin_browses_the_trail(network_admin_client, trail):
    page = network_admin_client.get(INDEX)
    assert page.status_code == 200
    html = page.content.decode()
    assert "SP-AAAA-1111" in html and "SP-BBBB-2222" in html


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ({"action": "enquiry.claim"}, "SP-BBBB-2222", "SP-AAAA-1111"),
        ({"outcome": "failed"}, "login.failed", "SP-AAAA-1111"),
        ({"q": "AAAA"}, "SP-AAAA-1111", "SP-BBBB-2222"),
        ({"actor_label": "nobody"}, "No audit records", "SP-AAAA-1111"),
        (
            {"occurred_at_from": "2000-01-01", "occurred_at_to": "2000-01-02"},
            "No audit records",
            "SP-AAAA-1111",
        ),
    ],
)
def test_a_network_admin_filters_and_searches_it(network_admin_client, trail, query, shown, hidden):
    html = network_admin_client.get(INDEX, query).content.decode()
    assert shown in html and hidden not in html


def test_a_record_can_be_inspected(network_admin_client, trail):
    response = network_admin_client.get(f"{INDEX}inspect/{trail[0].pk}/")
    assert response.status_code == 200
    assert "SP-AAAA-1111" in response.content.decode()


def test_there_is_no_way_to_add_change_or_delete(network_admin_client, trail):
    for name in ("add", "edit", "delete", "copy", "history", "usage"):
        with pytest.raises(NoReverseMatch):
            reverse(f"audit_records:{name}", args=[trail[0].pk] if name != "add" else [])
    before = AuditRecord.objects.count()
    for path in ("new/", f"edit/{trail[0].pk}/", f"delete/{trail[0].pk}/"):
        assert network_admin_client.post(f"{INDEX}{path}").status_code == 404
    assert AuditRecord.objects.count() == before


@pytest.mark.parametrize(
    ("username", "groups"),
    [("cw", (CENTRE_STAFF_GROUP,)), ("editor", ("Editors",)), ("plain", ())],
)
def test_other_staff_cannot_reach_it_or_see_it_in_the_menu(trail, username, groups):
    client = signed_in(username, *groups)
    for path in (INDEX, f"{INDEX}results/", f"{INDEX}inspect/{trail[0].pk}/"):
        response = client.get(path)
        assert response.status_code in (302, 403), (path, response.status_code)
        assert "SP-AAAA-1111" not in response.content.decode()
    assert INDEX not in client.get("/admin/").content.decode()


def test_network_admins_see_it_in_the_settings_menu(network_admin_client):
    assert INDEX in network_admin_client.get("/admin/").content.decode()
