import pytest
from django.test import Client

from tests.support.staff import staff_login

from ...factories import submit


@pytest.fixture
def enquiry(riverside):
    """A routed enquiry in Riverside's queue (housing, E1 6AN, by phone)."""
    return submit().enquiry


@pytest.fixture
def river_client(client, riverside_caseworker):
    return staff_login(client, riverside_caseworker)


@pytest.fixture
def north_client(northside_caseworker):
    return staff_login(Client(), northside_caseworker)


@pytest.fixture
def admin_client(admin_user):
    return staff_login(Client(), admin_user)
