"""Sign-in lockout (django-axes) on the Wagtail sign-in page."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt
from django.core.cache import cache
from django.db import OperationalError
from django.test import override_settings

from tests.support.caches import RAISING

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
WRONG = "wrong password, wrong"


def attempt(client, username, password=WRONG, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


def without_csrf_token(response) -> str:
    """The page, less its (per-render masked) CSRF token."""
    return re.sub(r'"CSRF_TOKEN": "[^"]+"', "", response.content.decode())


def fail(client, username, times=5, **extra):
    """Wrong passwords: the form says so until the fifth, which locks."""
    for number in range(1, times + 1):
        expected = 429 if number >= 5 else 200
        assert attempt(client, username, **extra).status_code == expected


def test_five_wrong_passwords_lock_that_username_from_that_address(client, staff_user):
    fail(client, "sam")
    response = attempt(client, "sam", PASSWORD)
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert "Too many sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_page_is_the_same_whether_or_not_the_account_exists(client, staff_user):
    fail(client, "sam")
    fail(client, "nobody-by-this-name")
    existing = attempt(client, "sam")
    missing = attempt(client, "nobody-by-this-name")
    assert existing.status_code == missing.status_code == 429
    assert without_csrf_token(existing) == without_csrf_token(missing)
    assert "sam" not in without_csrf_token(existing)


def test_the_lockout_page_is_accessible(client, staff_user):
    fail(client, "sam")
    page = attempt(client, "sam").content.decode()
    assert '<html lang="en"' in page or "<html lang=" in page
    assert '<main class="content-wrapper" id="main">' in page
    assert 'role="alert"' in page and "<h1>" in page


def test_the_victim_can_still_sign_in_from_their_own_address(client, staff_user):
    fail(client, "sam", REMOTE_ADDR="203.0.113.9")
    assert attempt(client, "sam", PASSWORD, REMOTE_ADDR="203.0.113.9").status_code == 429
    response = attempt(client, "sam", PASSWORD, REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, staff_user):
    fail(client, "sam")
    # Attempts during the lockout do not extend it.
    fail_during = attempt(client, "sam")
    assert fail_during.status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=16)
    )
    assert attempt(client, "sam", PASSWORD).status_code == 302


def test_padding_the_username_does_not_buy_more_attempts(client, staff_user):
    for variant in ("sam", " sam", "sam ", "  sam  ", "ｓａｍ"):
        attempt(client, variant)
    assert attempt(client, "sam", PASSWORD).status_code == 429


def test_a_forged_forwarded_for_header_does_not_give_a_fresh_address(client, staff_user):
    for number in range(5):
        attempt(client, "sam", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    assert attempt(client, "sam", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_only_the_address_it_saw_counts(client, staff_user):
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for number in range(5):
        attempt(client, "sam", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 203.0.113.7", **proxy)
    locked = attempt(
        client, "sam", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.7", **proxy
    )
    assert locked.status_code == 429
    other = attempt(client, "sam", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert other.status_code == 302


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        }
    },
    DJANGO_REDIS_IGNORE_EXCEPTIONS=True,
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS=False,
)
def test_lockout_still_holds_when_the_cache_is_down(client, staff_user):
    cache.set("probe", 1)
    assert cache.get("probe") is None  # the cache really is unreachable
    fail(client, "sam")
    assert attempt(client, "sam", PASSWORD).status_code == 429


def test_a_successful_sign_in_clears_the_failures(client, staff_user):
    fail(client, "sam", times=4)
    assert attempt(client, "sam", PASSWORD).status_code == 302
    client.logout()
    fail(client, "sam", times=4)
    assert attempt(client, "sam", PASSWORD).status_code == 302


@override_settings(CACHES=RAISING)
def test_lockout_still_holds_when_every_cache_call_raises(client, staff_user):
    fail(client, "sam")
    assert attempt(client, "sam", PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_sign_in_fails_closed_when_the_lockout_store_is_unavailable(
    client, staff_user, monkeypatch, caplog
):
    def unavailable(self, request, credentials=None):
        raise OperationalError("the lockout store is down")

    monkeypatch.setattr(AxesDatabaseHandler, "get_failures", unavailable)
    response = attempt(client, "sam", PASSWORD)
    assert response.status_code == 429
    assert "Too many sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert "lockout store is unavailable" in caplog.text
    assert "sam" not in caplog.text
