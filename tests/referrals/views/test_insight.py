"""The insight dashboard and exports in the admin: who sees what, every
table rendered with its chart and accessible table, exports audited."""

import csv
import io

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from portal.models import AuditRecord
from referrals.insight.report import TABLE_NAMES
from referrals.services.staff import ensure_staff_groups
from tests.support.staff import staff_login

from ..factories import caseworker
from ..insight.conftest import facts

pytestmark = pytest.mark.django_db

RANGE = {"start": "2026-03-02", "end": "2026-03-29"}
DASHBOARD = reverse("referrals_insight")


def export_url(name, fmt):
    return reverse("referrals_insight_export", kwargs={"name": name, "fmt": fmt})


@pytest.fixture
def data(riverside, northside):
    facts(7, centre=riverside, area="housing")
    facts(9, centre=northside, area="debt")


def centre_staff(centre, username, role):
    user = caseworker(centre, username, role=role)
    user.groups.add(ensure_staff_groups()["Centre staff"])
    return user


@pytest.fixture
def manager(riverside):
    return centre_staff(riverside, "river-manager", "manager")


def test_a_network_admin_sees_every_section_and_centre(client, admin_user, data):
    staff_login(client, admin_user)
    response = client.get(DASHBOARD, RANGE)
    html = response.content.decode()
    assert response.status_code == 200
    for heading in ("Enquiries", "Flow", "Unmet need", "Content"):
        assert f">{heading}</h2>" in html
    assert "Riverside" in html and "Northside" in html
    assert html.count('role="img"') >= 8  # a chart for each breakdown
    assert html.count("<caption") == html.count("<table")  # a caption on every table
    assert 'scope="row"' in html and 'scope="col"' in html
    assert "<script" not in html.split('class="nice-padding"')[1].split("</main>")[0]


def test_a_manager_sees_only_their_centre(client, manager, data):
    staff_login(client, manager)
    html = client.get(DASHBOARD, RANGE).content.decode()
    assert "Riverside" in html and "Northside" not in html
    assert "Unmet need" not in html
    assert 'value="riverside"' in html and 'value="northside"' not in html


def test_a_manager_cannot_filter_another_centre(client, manager, data):
    staff_login(client, manager)
    response = client.get(DASHBOARD, {**RANGE, "centre": "northside"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert client.get(export_url("by_area", "csv"), {"centre": "northside"}).status_code == 400


def test_a_caseworker_who_is_not_a_manager_sees_nothing(client, riverside, data):
    user = centre_staff(riverside, "river-caseworker", "caseworker")
    staff_login(client, user)
    assert client.get(DASHBOARD).status_code == 404
    assert client.get(export_url("by_area", "csv")).status_code == 404
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert DASHBOARD not in admin_home


def test_the_menu_shows_insight_to_managers(client, manager):
    staff_login(client, manager)
    assert DASHBOARD in client.get(reverse("wagtailadmin_home")).content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(client, data):
    response = client.get(DASHBOARD)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_invalid_filters_say_why(client, admin_user):
    staff_login(client, admin_user)
    html = client.get(DASHBOARD, {"start": "2026-03-10", "end": "2026-03-01"}).content.decode()
    assert "The start date must be on or before the end date." in html


def test_a_csv_export_is_audited(client, admin_user, data, riverside):
    staff_login(client, admin_user)
    response = client.get(export_url("by_area", "csv"), {**RANGE, "centre": "riverside"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="signpost-by_area-20260302-20260329.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [
        ["Area of law", "Enquiries", "Share of enquiries"],
        ["Housing", "7", "100"],
        ["Total", "7", "100"],
    ]
    record = AuditRecord.objects.get(action="statistics.export")
    assert (record.actor_id, record.target_type, record.target_label) == (
        admin_user.pk,
        "statistics",
        "by_area",
    )
    assert (record.centre_id, record.centre_label) == (riverside.pk, "Riverside")
    assert record.detail == {
        "format": "csv",
        "filters": {
            "start": "2026-03-02",
            "end": "2026-03-29",
            "interval": "week",
            "centre": "riverside",
            "area": "",
            "language": "",
            "by": "area",
        },
        "scope": "network",
    }


def test_an_xlsx_export_of_a_manager_is_audited_with_their_scope(client, manager, data, riverside):
    staff_login(client, manager)
    response = client.get(export_url("by_centre", "xlsx"), RANGE)
    sheet = load_workbook(io.BytesIO(response.content))["by_centre"]
    assert [[c.value for c in row] for row in sheet.iter_rows()][1] == ["Riverside", 7, 100]
    record = AuditRecord.objects.get(action="statistics.export")
    assert record.detail["format"] == "xlsx" and record.detail["scope"] == [riverside.pk]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("unmet_places", "csv"), ("no_such_table", "csv"), ("by_area", "pdf")],
)
def test_exports_a_manager_may_not_have_are_not_found(client, manager, data, name, fmt):
    staff_login(client, manager)
    assert client.get(export_url(name, fmt), RANGE).status_code == 404
    assert not AuditRecord.objects.filter(action="statistics.export").exists()


def test_every_table_can_be_exported_and_the_dashboard_links_them(client, admin_user, data):
    staff_login(client, admin_user)
    html = client.get(DASHBOARD, RANGE).content.decode()
    assert f'href="{export_url("by_area", "csv")}?start=2026-03-02&amp;end=2026-03-29"' in html
    assert f'href="{export_url("flow_by_centre", "xlsx")}?' in html
    for name in TABLE_NAMES:
        for fmt in ("csv", "xlsx"):
            assert client.get(export_url(name, fmt), RANGE).status_code == 200, name
    assert AuditRecord.objects.filter(action="statistics.export").count() == 2 * len(TABLE_NAMES)


@pytest.mark.parametrize("language", ["cy", "pl", "ar", "zh-hant"])
def test_the_dashboard_renders_in_every_admin_language(client, admin_user, data, language):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    staff_login(client, admin_user)
    response = client.get(DASHBOARD, RANGE)
    assert response.status_code == 200
    with translation.override(language):
        assert f'lang="{language}"' in response.content.decode()


@override_settings(INSIGHT_CACHE_SECONDS=60)
def test_reports_are_kept_for_a_while_per_filters(client, admin_user, data, riverside):
    staff_login(client, admin_user)
    first = client.get(export_url("by_centre", "csv"), RANGE).content
    facts(20, centre=riverside)
    assert client.get(export_url("by_centre", "csv"), RANGE).content == first
    other_filters = client.get(export_url("by_centre", "csv"), {**RANGE, "by": "state"}).content
    assert b"Riverside,27," in other_filters
    assert AuditRecord.objects.filter(action="statistics.export").count() == 3
