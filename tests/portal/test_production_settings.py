"""Production settings refuse to start without real encryption keys."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]
GOOD = {
    "SECRET_KEY": "s" * 60,
    "ALLOWED_HOSTS": "signpost.example",
    "FIELD_ENCRYPTION_KEYS": f"{Fernet.generate_key().decode()},{Fernet.generate_key().decode()}",
    "LOOKUP_HASH_KEY": "l" * 40,
}


def load_production(**overrides):
    env = {key: value for key, value in os.environ.items() if key not in GOOD}
    env.update(GOOD, DJANGO_SETTINGS_MODULE="portal.settings.production")
    env.update(overrides)
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(len(settings.FIELD_ENCRYPTION_KEYS))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_starts_with_real_keys():
    result = load_production()

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2"


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"FIELD_ENCRYPTION_KEYS": None}, "FIELD_ENCRYPTION_KEYS must list"),
        ({"FIELD_ENCRYPTION_KEYS": "not-a-key"}, "must be a real Fernet key"),
        (
            {"FIELD_ENCRYPTION_KEYS": "ZGV2LW9ubHktZmllbGQta2V5LW5vdC1hLXNlY3JldCE="},
            "development keys",
        ),
        ({"LOOKUP_HASH_KEY": None}, "LOOKUP_HASH_KEY must be"),
        ({"LOOKUP_HASH_KEY": "dev-" + "x" * 40}, "LOOKUP_HASH_KEY must be"),
    ],
)
def test_production_refuses_missing_or_published_keys(overrides, message):
    result = load_production(**overrides)

    assert result.returncode != 0
    assert message in result.stderr
