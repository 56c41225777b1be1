"""Enquiry references and private status secrets.

A reference (``SP-7KQ4-92XD``) is read out on the phone and typed from a
letter, so it uses an alphabet without look-alikes (no 0/O, 1/I/L) and ends
in a check character (Luhn mod 30) that catches any single mistyped
character and every swap of two neighbours except "2Z"/"Z2", before any
database lookup. It is random (secrets), but
it is not a password: seeing an enquiry's status also needs the status
secret, which is only ever stored hashed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

# 30 characters: no 0/O, 1/I/L, and no U (so no accidental words); the check
# character needs an even alphabet size to catch every single substitution.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "SP"
_BODY_LENGTH = 7  # random characters; the eighth is the check character
_SECRET_LENGTH = 20  # about 98 bits
_REFERENCE_RE = re.compile(rf"^{PREFIX}[{ALPHABET}]{{8}}$")


def _check_character(body: str) -> str:
    """Luhn mod N over the alphabet (see the module docstring)."""
    n = len(ALPHABET)
    factor, total = 2, 0
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHABET[(n - total % n) % n]


def generate_reference() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(_BODY_LENGTH))
    code = body + _check_character(body)
    return f"{PREFIX}-{code[:4]}-{code[4:]}"


def normalise_reference(text: str | None) -> str | None:
    """``" sp 7kq4 92xd"`` -> ``"SP-7KQ4-92XD"``; None if it cannot be a reference.

    Look-alikes (0, O, 1, I, L) are never issued, so they are not silently
    "corrected" into something else: the reference simply does not match.
    """
    if not text:
        return None
    compact = re.sub(r"[\s\-]", "", str(text)).upper()
    if not _REFERENCE_RE.match(compact):
        return None
    code = compact[len(PREFIX) :]
    if _check_character(code[:-1]) != code[-1]:
        return None
    return f"{PREFIX}-{code[:4]}-{code[4:]}"


def new_status_secret(*, derive_from: str | None = None, key: bytes | None = None) -> str:
    """A secret for the private status link.

    With derive_from (the submission's idempotency key) and a key, the same
    submission always gets the same secret, so a resubmission can show the
    same status link although only a hash of the secret is stored.
    """
    if derive_from is None or key is None:
        return "".join(secrets.choice(ALPHABET) for _ in range(_SECRET_LENGTH)).lower()
    digest = hmac.new(key, b"status-secret:" + derive_from.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest, "big")
    chars = []
    for _ in range(_SECRET_LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return "".join(chars).lower()


def hash_status_secret(secret: str) -> str:
    """The secret has ~98 random bits, so a plain SHA-256 is enough to store."""
    return hashlib.sha256(secret.strip().lower().encode()).hexdigest()


def status_secret_matches(secret: str | None, stored_hash: str) -> bool:
    if not secret or not stored_hash:
        return False
    return hmac.compare_digest(hash_status_secret(secret), stored_hash)
