"""Normalising and checking a help-seeker's e-mail address and phone number.

The normalised forms are what the keyed lookup hashes are computed over, so
``Amira@Example.org `` and ``amira@example.org`` find the same person, as do
``020 7946 0000`` and ``+44 20 7946 0000``.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from . import crypto

EMAIL = "email"
PHONE = "phone"


def normalise_email(value: str | None) -> str:
    return (value or "").strip().lower()


def normalise_phone(value: str | None) -> str:
    """E.164 for UK numbers written nationally; other numbers keep their +code.

    Returns "" for an empty value and the cleaned digits (with + if given)
    otherwise; is_valid_phone says whether the result is plausible.
    """
    text = (value or "").strip()
    if not text:
        return ""
    digits = re.sub(r"[^\d+]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if digits.startswith("+440"):
        digits = "+44" + digits[4:]
    if digits.startswith("0"):
        digits = "+44" + digits[1:]
    return digits


def is_valid_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def is_valid_phone(normalised: str) -> bool:
    """A plausible E.164 number: + then 8 to 15 digits (UK numbers: +44 and 9 or 10 digits)."""
    if not re.fullmatch(r"\+[1-9]\d{7,14}", normalised):
        return False
    if normalised.startswith("+44"):
        return len(normalised) in (12, 13)
    return True


def email_hash(value: str | None) -> str:
    return crypto.lookup_hash(EMAIL, normalise_email(value))


def phone_hash(value: str | None) -> str:
    return crypto.lookup_hash(PHONE, normalise_phone(value))
