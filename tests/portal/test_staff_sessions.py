"""Staff sessions: idle timeout, absolute limit, and what ends a session."""

from __future__ import annotations

import time

import pytest
from django.conf import settings
from django.test import Client, override_settings

from portal.staff_sessions import LAST_SEEN, STARTED
from tests.support.staff import staff_login

pytestmark = pytest.mark.django_db


def age_session(client, *, started_ago: int, last_seen_ago: int) -> None:
    session = client.session
    now = int(time.time())
    session[STARTED] = now - started_ago
    session[LAST_SEEN] = now - last_seen_ago
    session.save()


def signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


def test_a_session_used_within_the_idle_timeout_goes_on(client, staff_user):
    staff_login(client, staff_user)
    age_session(client, started_ago=3600, last_seen_ago=29 * 60)
    assert signed_in(client)
    assert int(time.time()) - client.session[LAST_SEEN] < 5


def test_thirty_idle_minutes_end_a_staff_session(client, staff_user):
    staff_login(client, staff_user)
    age_session(client, started_ago=3600, last_seen_ago=31 * 60)
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/login/")
    page = client.get(response["Location"]).content.decode()
    assert "not used for a while" in page
    assert not signed_in(client)


def test_a_staff_session_ends_twelve_hours_after_sign_in_however_busy(client, staff_user):
    staff_login(client, staff_user)
    age_session(client, started_ago=12 * 3600 + 60, last_seen_ago=10)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


@override_settings(STAFF_SESSION_IDLE_SECONDS=60)
def test_the_idle_timeout_is_a_setting(client, staff_user):
    staff_login(client, staff_user)
    age_session(client, started_ago=120, last_seen_ago=90)
    assert not signed_in(client)


def test_signing_in_stamps_the_session(client, staff_user):
    from .conftest import PASSWORD

    client.post("/admin/login/", {"username": "sam", "password": PASSWORD})
    assert abs(client.session[STARTED] - time.time()) < 5
    assert client.session[LAST_SEEN] == client.session[STARTED]


def test_anonymous_public_sessions_are_left_alone(client):
    session = client.session
    session["answers"] = {"problem_area": "housing"}
    session.save()
    client.get("/en/")
    assert STARTED not in client.session


def _two_sessions(user) -> tuple[Client, Client]:
    first, second = Client(), Client()
    staff_login(first, user)
    staff_login(second, user)
    assert signed_in(first) and signed_in(second)
    return first, second


def test_signing_out_ends_the_session_for_whoever_holds_its_cookie(client, staff_user):
    staff_login(client, staff_user)
    stolen = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post("/admin/logout/")
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = stolen
    assert not signed_in(thief)
    assert not signed_in(client)


def test_deactivating_an_account_ends_its_sessions(staff_user):
    first, second = _two_sessions(staff_user)
    staff_user.is_active = False
    staff_user.save()
    assert not signed_in(first)
    assert not signed_in(second)


def test_a_password_change_ends_the_other_sessions(staff_user):
    first, second = _two_sessions(staff_user)
    staff_user.set_password("a brand new passphrase, long enough")
    staff_user.save()
    assert not signed_in(first)
    assert not signed_in(second)


def test_changing_the_password_in_the_admin_keeps_only_that_session(staff_user):
    from .conftest import PASSWORD

    first, second = _two_sessions(staff_user)
    response = first.post(
        "/admin/account/",
        {
            "password-old_password": PASSWORD,
            "password-new_password1": "a brand new passphrase, long enough",
            "password-new_password2": "a brand new passphrase, long enough",
            "name_email-first_name": "Sam",
            "name_email-last_name": "Staff",
            "name_email-email": "sam@signpost.example",
            "locale-preferred_language": "en",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
            "theme-keyboard_shortcuts": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    staff_user.refresh_from_db()
    assert staff_user.check_password("a brand new passphrase, long enough")
    assert signed_in(first)
    assert not signed_in(second)
