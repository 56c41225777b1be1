"""Encryption at rest for personal data, and keyed hashes for lookups.

Keys come from the environment (read once, in portal/settings/base.py),
never from SECRET_KEY:

- FIELD_ENCRYPTION_KEYS: Fernet keys, newest first. New values are
  encrypted with the first; any of them decrypts, so a key can be rotated
  in (put it first), the data re-encrypted (`rotate_encryption_key`), and
  the old key removed.
- LOOKUP_HASH_KEY: the HMAC key for the e-mail and phone hashes that let a
  network admin find a person's enquiries without decrypting every row.
"""

from __future__ import annotations

import functools
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class DecryptionError(ImproperlyConfigured):
    """A stored value cannot be decrypted with any configured key."""


@functools.lru_cache(maxsize=4)
def _fernets(keys: tuple[str, ...]) -> tuple[MultiFernet, Fernet]:
    if not keys:
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS is empty: set it to one or more Fernet keys "
            "(newest first) to store personal data."
        )
    try:
        fernets = [Fernet(key.encode() if isinstance(key, str) else key) for key in keys]
    except (ValueError, TypeError):
        raise ImproperlyConfigured(
            "FIELD_ENCRYPTION_KEYS must be url-safe base64 Fernet keys "
            "(make one with: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())')."
        ) from None
    return MultiFernet(fernets), fernets[0]


def _configured() -> tuple[MultiFernet, Fernet]:
    return _fernets(tuple(settings.FIELD_ENCRYPTION_KEYS))


def encrypt(plaintext: str) -> str:
    return _configured()[0].encrypt(plaintext.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _configured()[0].decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise DecryptionError(
            "A stored value cannot be decrypted with any key in FIELD_ENCRYPTION_KEYS "
            "(was a key removed before `rotate_encryption_key` ran?)."
        ) from None


def is_current(token: str) -> bool:
    """True if token is encrypted with the current (first) key."""
    try:
        _configured()[1].decrypt(token.encode("ascii"))
    except InvalidToken:
        return False
    return True


def rotate(token: str) -> str:
    """Re-encrypt token with the current key (it may be under any configured key)."""
    try:
        return _configured()[0].rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken:
        raise DecryptionError(
            "A stored value cannot be decrypted with any key in FIELD_ENCRYPTION_KEYS."
        ) from None


def lookup_hash(kind: str, normalised_value: str) -> str:
    """HMAC-SHA256 of an already normalised value, separated by kind.

    Empty values hash to "" so that "no e-mail" never matches anything.
    """
    if not normalised_value:
        return ""
    key = settings.LOOKUP_HASH_KEY
    if not key:
        raise ImproperlyConfigured("LOOKUP_HASH_KEY is empty: set it to a long random value.")
    message = f"{kind}:{normalised_value}".encode()
    return hmac.new(key.encode("utf-8"), message, hashlib.sha256).hexdigest()


def derived_key(purpose: str) -> bytes:
    """A key for purpose, derived from LOOKUP_HASH_KEY (e.g. status secrets)."""
    return hmac.new(
        settings.LOOKUP_HASH_KEY.encode("utf-8"), f"derive:{purpose}".encode(), hashlib.sha256
    ).digest()
