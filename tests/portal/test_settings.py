"""Production settings refuse to start unsafely; the deploy checks pass."""

import base64
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in GOOD}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


GOOD = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "signpost.example",
    "FIELD_ENCRYPTION_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
    "LOOKUP_HASH_KEY": secrets.token_urlsafe(48),
}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({**GOOD, "SECRET_KEY": ""}, "SECRET_KEY must be set"),
        ({**GOOD, "SECRET_KEY": "short"}, "SECRET_KEY must be set"),
        ({**GOOD, "ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS must list"),
    ],
)
def test_production_refuses_to_start_without_a_real_secret_key_and_hosts(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_the_deploy_checks_pass_at_warning_level_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **GOOD)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_never_loads_demo_content():
    result = manage("load_demo_content", **GOOD)
    assert result.returncode != 0
    assert "disabled" in result.stderr


def test_production_may_load_content_without_any_accounts(tmp_path):
    import sqlite3

    database = {"DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3", **GOOD}
    assert manage("migrate", "--noinput", **database).returncode == 0
    result = manage("load_demo_content", "--content-only", **database)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "x.sqlite3") as db:
        assert db.execute("select count(*) from auth_user").fetchone()[0] == 0
        assert db.execute("select count(*) from referrals_enquiry").fetchone()[0] == 0
        assert db.execute("select count(*) from knowledge_guidepage").fetchone()[0] >= 30
        assert db.execute("select count(*) from referrals_centre").fetchone()[0] >= 8


def test_production_cookies_are_secure_http_only_and_same_site():
    script = (
        "from django.conf import settings as s; print(s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.CSRF_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.SECURE_HSTS_SECONDS, "
        "s.SECURE_HSTS_INCLUDE_SUBDOMAINS)"
    )
    result = manage("shell", "-c", script, **GOOD)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["True"] * 5 + ["Lax", "31536000", "True"]


def test_production_refuses_to_print_a_demo_second_factor_code():
    result = manage("demo_totp_code", "editor", **GOOD)
    assert result.returncode != 0
    assert "disabled" in result.stderr
