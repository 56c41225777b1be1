"""Services and selectors for staff second-factor devices.

Each member of staff has at most one confirmed TOTP device (their
authenticator app) and one static device holding their backup codes.
Backup codes are stored as keyed digests, never as the codes themselves
(ASVS 2.6.2): a copy of the database alone does not reveal a usable code.
"""

from __future__ import annotations

import base64
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.crypto import salted_hmac
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import signals
from .selectors import can_reset_anyone

logger = logging.getLogger(__name__)

TOTP_DEVICE_NAME = "Authenticator app"
BACKUP_DEVICE_NAME = "Backup codes"
BACKUP_CODE_LENGTH = 10
_TOTP_CODE = re.compile(r"^\d{6}$")


@dataclass(frozen=True)
class Verification:
    """The outcome of checking one code: the device that accepted it, or why not."""

    device: TOTPDevice | StaticDevice | None
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.device is not None


# --- Codes ------------------------------------------------------------------


def normalise_code(raw: str) -> str:
    """Codes are typed with spaces, hyphens and capitals; none of them matter."""
    return re.sub(r"[\s\-]", "", raw or "").lower()


def is_totp_code(code: str) -> bool:
    return bool(_TOTP_CODE.match(code))


def backup_code_digest(code: str) -> str:
    """The stored form of a backup code (fits django-otp's 16-character token)."""
    return salted_hmac("signpost.two_factor.backup-code", normalise_code(code)).hexdigest()[:16]


def new_backup_code() -> str:
    # 10 base32 characters: 50 random bits, none of them ambiguous with digits-only TOTP codes.
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii").lower()
    return raw[:BACKUP_CODE_LENGTH]


def format_backup_code(code: str) -> str:
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


# --- Selectors --------------------------------------------------------------


def has_second_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def backup_codes_remaining(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


# --- Enrolment --------------------------------------------------------------


@transaction.atomic
def totp_device_pending(*, user) -> TOTPDevice:
    """The unconfirmed TOTP device being enrolled (one per user, kept across reloads
    so the QR code a person already scanned stays valid)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


@transaction.atomic
def totp_enrol_confirm(*, user, code: str) -> TOTPDevice | None:
    """Confirm the pending device with a code from the app; it replaces any earlier one."""
    device = (
        TOTPDevice.objects.select_for_update()
        .filter(user=user, confirmed=False)
        .order_by("pk")
        .first()
    )
    code = normalise_code(code)
    if device is None or not is_totp_code(code) or not device.verify_token(code):
        if device is not None:
            _record_failure(user=user, device=device)
        return None
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    logger.info("second factor enrolled for user id %s", user.pk)
    return device


@transaction.atomic
def backup_codes_generate(*, user) -> list[str]:
    """Replace the user's backup codes with fresh ones; the old ones stop working.

    Returns the codes, formatted for display: they are never stored or shown again.
    """
    device = StaticDevice.objects.filter(user=user).order_by("pk").first()
    if device is None:
        device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
    device.token_set.all().delete()
    device.throttle_reset(commit=False)
    device.confirmed = True
    device.save()
    codes = [new_backup_code() for _ in range(settings.SECOND_FACTOR_BACKUP_CODES)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=backup_code_digest(code)) for code in codes
    )
    return [format_backup_code(code) for code in codes]


# --- Verification -----------------------------------------------------------


@transaction.atomic
def second_factor_verify(*, user, code: str) -> Verification:
    """Check a code from the authenticator app (six digits) or a backup code.

    Only the device the code is meant for is tried, so a mistyped TOTP code
    never throttles the backup codes (and the other way round). Each device
    slows down exponentially after wrong codes (django-otp's throttling).
    """
    code = normalise_code(code)
    if is_totp_code(code):
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user=user, confirmed=True)
            .order_by("pk")
            .first()
        )
        token = code
    else:
        device = (
            StaticDevice.objects.select_for_update()
            .filter(user=user, confirmed=True)
            .order_by("pk")
            .first()
        )
        token = backup_code_digest(code) if code else ""
    if device is None:
        return Verification(device=None)
    allowed, details = device.verify_is_allowed()
    if not allowed:
        _record_failure(user=user, device=device, throttled=True)
        return Verification(device=None, locked_until=(details or {}).get("locked_until"))
    if token and device.verify_token(token):
        return Verification(device=device)
    if not token:
        device.throttle_increment()
    _record_failure(user=user, device=device)
    return Verification(device=None)


def _record_failure(*, user, device, throttled: bool = False) -> None:
    device.refresh_from_db(fields=["throttling_failure_count"])
    logger.warning(
        "second factor code refused for user id %s (%s, %s failures in a row%s)",
        user.pk,
        type(device).__name__,
        device.throttling_failure_count,
        ", throttled" if throttled else "",
    )
    signals.second_factor_failed.send(
        sender=type(device), user=user, device=device, throttled=throttled
    )


# --- Reset ------------------------------------------------------------------


def can_reset_second_factor(actor, target) -> bool:
    """Network admins (and superusers) reset other people's devices, never their
    own (that needs the second factor: enrol a new app from the security page),
    and only a superuser resets a superuser's."""
    if actor.pk == target.pk:
        return False
    if target.is_superuser and not actor.is_superuser:
        return False
    return can_reset_anyone(actor)


@transaction.atomic
def second_factor_reset(*, actor, user) -> int:
    """Remove every device of user: their next request must enrol again."""
    if not can_reset_second_factor(actor, user):
        raise PermissionDenied("You cannot reset this person's second factor.")
    removed = 0
    for device in list(devices_for_user(user, confirmed=None)):
        device.delete()
        removed += 1
    logger.info(
        "second factor reset for user id %s by user id %s (%s devices)", user.pk, actor.pk, removed
    )
    signals.second_factor_reset.send(sender=None, user=user, actor=actor)
    return removed
