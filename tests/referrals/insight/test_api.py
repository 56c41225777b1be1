"""GET /api/v1/staff/statistics/: the same tables as JSON, for staff only."""

import pytest

from referrals.services.staff import ensure_staff_groups
from tests.support.staff import staff_login

from ..factories import caseworker
from .conftest import facts

pytestmark = pytest.mark.django_db

URL = "/api/v1/staff/statistics/"
RANGE = {"start": "2026-03-02", "end": "2026-03-29"}


@pytest.fixture
def data(riverside, northside):
    facts(7, centre=riverside, area="housing")
    facts(6, centre=riverside, area="family")
    facts(3, centre=northside, area="debt")


def staff(centre, role):
    user = caseworker(centre, f"{centre.slug}-{role}", role=role)
    user.groups.add(ensure_staff_groups()["Centre staff"])
    return user


def test_signed_out_requests_are_refused(client, data):
    assert client.get(URL).status_code == 401


def test_caseworkers_who_are_not_managers_get_403(client, data, riverside):
    staff_login(client, staff(riverside, "caseworker"))
    assert client.get(URL).status_code == 403
    assert client.get(URL + "by_area/").status_code == 403


def test_a_network_admin_gets_every_table(client, admin_user, data):
    staff_login(client, admin_user)
    body = client.get(URL, {**RANGE, "by": "centre"}).json()
    assert body["threshold"] == 5
    assert body["scope"] == {"network": True, "centres": []}
    assert body["filters"] == {
        "start": "2026-03-02",
        "end": "2026-03-29",
        "interval": "week",
        "centre": "",
        "area": "",
        "language": "",
        "by": "centre",
    }
    tables = {table["name"]: table for table in body["tables"]}
    assert "unmet_places" in tables and "over_time_by" in tables
    by_area = tables["by_area"]
    assert [c["key"] for c in by_area["columns"]] == ["area", "enquiries", "share"]
    assert by_area["rows"][0][:2] == [
        {"value": "housing", "text": "Housing", "status": "shown", "code": "housing"},
        {"value": 7, "text": "7", "status": "shown", "code": ""},
    ]
    assert by_area["rows"][1][1] == {
        "value": None,
        "text": "fewer than 5",
        "status": "small",
        "code": "",
    }


def test_a_manager_gets_their_centre_only(client, data, riverside):
    staff_login(client, staff(riverside, "manager"))
    body = client.get(URL + "by_centre/", RANGE).json()
    assert body["scope"] == {"network": False, "centres": ["riverside"]}
    assert [row[0]["code"] for row in body["tables"][0]["rows"]] == ["riverside", "total"]
    assert client.get(URL + "unmet_places/", RANGE).status_code == 404
    assert client.get(URL, {**RANGE, "centre": "northside"}).status_code == 400


def test_one_table_by_name_and_unknown_names(client, admin_user, data):
    staff_login(client, admin_user)
    body = client.get(URL + "flow_times/", RANGE).json()
    assert [table["name"] for table in body["tables"]] == ["flow_times"]
    assert client.get(URL + "nothing/").status_code == 404


def test_bad_filters_are_a_400_with_the_reason(client, admin_user):
    staff_login(client, admin_user)
    response = client.get(URL, {"start": "2026-03-10", "end": "2026-03-01"})
    assert response.status_code == 400
    assert response.json() == {"detail": "The start date must be on or before the end date."}
    assert client.get(URL, {"interval": "fortnight"}).status_code == 422


def test_labels_follow_the_requested_language(client, admin_user, data):
    staff_login(client, admin_user)
    body = client.get(URL + "by_area/", RANGE, HTTP_ACCEPT_LANGUAGE="cy").json()
    assert body["tables"][0]["rows"][0][0]["code"] == "housing"
    assert body["tables"][0]["rows"][0][0]["text"] == "Tai"


def test_the_endpoint_is_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"][URL]["get"]
    assert operation["summary"] == "Every statistics table"
    assert {p["name"] for p in operation["parameters"]} >= {"start", "end", "centre", "by"}
    assert operation["security"]
    assert URL + "{name}/" in schema["paths"]
