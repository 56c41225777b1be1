"""What a person sees when the database connection is lost (any database):
503 with Retry-After and a translated page, never a 500 or a 400. The real
outage, with PostgreSQL behind a proxy, is in test_database_outage.py."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_gone():
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load",
        side_effect=OperationalError("server closed the connection unexpectedly"),
    ):
        client = Client(raise_request_exception=False)
        client.cookies["sessionid"] = "a" * 32  # someone part-way through
        yield client


def test_in_the_self_assessment_it_says_the_enquiry_was_not_sent(database_gone):
    response = database_gone.get("/cy/get-help/check-your-answers/")
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30" and "no-store" in response["Cache-Control"]
    assert 'lang="cy"' in html and "Nid yw eich ymholiad wedi" in html
    assert "server closed" not in html


def test_elsewhere_it_says_the_service_is_unavailable(database_gone):
    response = database_gone.get("/admin/login/")
    assert response.status_code == 503
    assert "not available right now" in response.content.decode()


def test_other_errors_are_still_500():
    client = Client(raise_request_exception=False)
    client.cookies["sessionid"] = "a" * 32
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load", side_effect=RuntimeError("bug")
    ):
        assert client.get("/en/get-help/check-your-answers/").status_code == 500
