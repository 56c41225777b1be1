"""Probe: centre isolation on the staff API. The staff endpoints are read
from the OpenAPI schema (so new ones are covered): today none takes an
enquiry, and the statistics ones answer a caseworker only about their own
centre (tests/referrals/insight/test_api.py). An endpoint added later that
takes an enquiry fails here until it has its own 404 test."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db

ENQUIRY_PARAMETER = re.compile(r"enquiry|reference|pk|id", re.IGNORECASE)
COVERED = {}  # path -> test that proves another centre's enquiry is a 404


def staff_operations(client) -> list[tuple[str, str, list[str]]]:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    found = []
    for path, operations in paths.items():
        if not path.startswith("/api/v1/staff/"):
            continue
        for method, operation in operations.items():
            names = [p["name"] for p in operation.get("parameters", [])]
            found.append((path, method, names))
    return found


def test_the_staff_api_is_found(client):
    assert any(
        path.startswith("/api/v1/staff/statistics/") for path, _m, _n in staff_operations(client)
    )


def test_no_staff_endpoint_takes_an_enquiry_without_an_isolation_test(client):
    for path, method, names in staff_operations(client):
        takes_enquiry = [
            name for name in names if ENQUIRY_PARAMETER.fullmatch(name) or "enquir" in name
        ]
        takes_enquiry += re.findall(r"\{([^}]*)\}", path) if "enquir" in path else []
        assert not takes_enquiry or path in COVERED, (method, path, takes_enquiry)
