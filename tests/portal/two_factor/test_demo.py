"""Demo staff accounts get a known second factor; production never does."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.two_factor.demo import (
    demo_backup_codes,
    demo_totp_code,
    demo_totp_secret,
    ensure_demo_second_factor,
)
from portal.two_factor.devices import backup_codes_remaining, second_factor_verify
from tests.portal.conftest import make_staff

from .helpers import current_code, enrolled_device

pytestmark = pytest.mark.django_db


def test_a_demo_account_gets_a_known_secret_and_backup_codes():
    user = make_staff("editor")
    lines = ensure_demo_second_factor(user)

    device = TOTPDevice.objects.get(user=user, confirmed=True)
    assert demo_totp_secret("editor") in lines[0]
    assert "otpauth://totp/Signpost:editor?secret=" + demo_totp_secret("editor") in lines[0]
    assert current_code(device) == demo_totp_code("editor")
    assert backup_codes_remaining(user) == 10
    assert second_factor_verify(user=user, code=demo_backup_codes("editor")[3]).ok
    assert demo_totp_secret("editor") != demo_totp_secret("reviewer")


def test_loading_again_changes_nothing_and_restores_used_codes():
    user = make_staff("editor")
    first = ensure_demo_second_factor(user)
    device = TOTPDevice.objects.get(user=user)
    second_factor_verify(user=user, code=demo_backup_codes("editor")[0])

    assert ensure_demo_second_factor(user) == first
    assert TOTPDevice.objects.get(user=user).pk == device.pk
    assert backup_codes_remaining(user) == 10


@override_settings(DEMO_CONTENT_ALLOWED=False)
def test_no_demo_second_factor_where_demo_content_is_not_allowed():
    user = make_staff("editor")
    with pytest.raises(ImproperlyConfigured):
        ensure_demo_second_factor(user)
    with pytest.raises(CommandError, match="disabled"):
        call_command("demo_totp_code", "editor")


def test_demo_totp_code_prints_the_current_code_of_a_demo_account():
    user = make_staff("editor")
    ensure_demo_second_factor(user)
    output = io.StringIO()
    call_command("demo_totp_code", "editor", stdout=output)
    assert output.getvalue().strip() == current_code(TOTPDevice.objects.get(user=user))


def test_demo_totp_code_refuses_accounts_without_the_demo_factor():
    enrolled_device(make_staff("real-person"))
    with pytest.raises(CommandError, match="not a demo account"):
        call_command("demo_totp_code", "real-person")
    with pytest.raises(CommandError, match="not a demo account"):
        call_command("demo_totp_code", "nobody")
