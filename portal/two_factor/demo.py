"""Known second factors for the demo staff accounts, so a newcomer can sign in.

The secrets are derived from the username with a published salt: they are
not secret, which is why they only ever exist where DEMO_CONTENT_ALLOWED is
on (never in production settings).
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .devices import (
    BACKUP_CODE_LENGTH,
    BACKUP_DEVICE_NAME,
    TOTP_DEVICE_NAME,
    backup_code_digest,
    format_backup_code,
)

_SALT = "signpost-demo-second-factor"


def _require_demo() -> None:
    if not settings.DEMO_CONTENT_ALLOWED:
        raise ImproperlyConfigured("Demo second factors are disabled in these settings.")


def demo_totp_key(username: str) -> bytes:
    return hashlib.sha256(f"{_SALT}:totp:{username}".encode()).digest()[:20]


def demo_totp_secret(username: str) -> str:
    """The base32 secret an authenticator app takes."""
    return base64.b32encode(demo_totp_key(username)).decode("ascii")


def demo_backup_codes(username: str) -> list[str]:
    codes = []
    for number in range(settings.SECOND_FACTOR_BACKUP_CODES):
        digest = hashlib.sha256(f"{_SALT}:backup:{username}:{number}".encode()).digest()
        codes.append(base64.b32encode(digest).decode("ascii").lower()[:BACKUP_CODE_LENGTH])
    return codes


def demo_totp_code(username: str) -> str:
    _require_demo()
    return f"{totp(demo_totp_key(username), step=30, digits=6):06d}"


def is_demo_device(device: TOTPDevice) -> bool:
    return device.bin_key == demo_totp_key(device.user.get_username())


def otpauth_uri(username: str) -> str:
    issuer = settings.OTP_TOTP_ISSUER
    return (
        f"otpauth://totp/{quote(issuer)}:{quote(username)}?secret={demo_totp_secret(username)}"
        f"&issuer={quote(issuer)}&algorithm=SHA1&digits=6&period=30"
    )


@transaction.atomic
def ensure_demo_second_factor(user) -> list[str]:
    """Give a demo account its known TOTP secret and backup codes (idempotent).

    Returns the lines load_demo_content prints under the account.
    """
    _require_demo()
    username = user.get_username()
    key = demo_totp_key(username).hex()
    devices = TOTPDevice.objects.filter(user=user)
    if not (devices.count() == 1 and devices.filter(key=key, confirmed=True).exists()):
        devices.delete()
        TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, key=key, confirmed=True)

    codes = demo_backup_codes(username)
    wanted = {backup_code_digest(code) for code in codes}
    static = StaticDevice.objects.filter(user=user).order_by("pk").first()
    if static is None:
        static = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    StaticDevice.objects.filter(user=user).exclude(pk=static.pk).delete()
    static.token_set.exclude(token__in=wanted).delete()
    have = set(static.token_set.values_list("token", flat=True))
    StaticToken.objects.bulk_create(
        StaticToken(device=static, token=token) for token in sorted(wanted - have)
    )
    return [
        f"TOTP secret: {demo_totp_secret(username)}  ({otpauth_uri(username)})",
        f"current code: python manage.py demo_totp_code {username}",
        "backup codes: " + " ".join(format_backup_code(code) for code in codes),
    ]
