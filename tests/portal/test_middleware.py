"""Response headers: everywhere, and the staff area's own."""

import pytest

from tests.support.staff import staff_login

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/login/", "/admin/password_reset/", "/admin/two-factor/verify/"]
)
def test_staff_pages_are_never_stored_or_indexed(client, staff_user, path):
    response = client.get(path)
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    staff_login(client, staff_user)
    response = client.get(path)
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_staff_api_prefix_is_never_stored_either(client):
    response = client.get("/api/v1/staff/anything/")
    assert response["Cache-Control"] == "no-store"


def test_public_pages_stay_cacheable_and_indexable(client):
    response = client.get("/en/")
    assert "X-Robots-Tag" not in response
    assert "no-store" not in response.get("Cache-Control", "")


def test_cookies_are_http_only_and_same_site(client, staff_user):
    from .conftest import PASSWORD

    client.get("/admin/login/")
    response = client.post("/admin/login/", {"username": "sam", "password": PASSWORD})
    session = response.cookies["sessionid"]
    assert session["httponly"] and session["samesite"] == "Lax"
    csrf = client.cookies["csrftoken"]
    assert csrf["httponly"] and csrf["samesite"] == "Lax"
