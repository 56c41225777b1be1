import pytest

from .factories import CentreFactory, caseworker, network_admin


@pytest.fixture
def riverside(db):
    return CentreFactory(
        slug="riverside", name="Riverside", coverage=["E1", "E2"], languages=["en", "pl"]
    )


@pytest.fixture
def northside(db):
    return CentreFactory(slug="northside", name="Northside", coverage=["N1"], languages=["en"])


@pytest.fixture
def riverside_caseworker(riverside):
    return caseworker(riverside, "river-cw")


@pytest.fixture
def northside_caseworker(northside):
    return caseworker(northside, "north-cw")


@pytest.fixture
def admin_user(db):
    return network_admin()
