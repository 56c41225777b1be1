import pytest
from cryptography.fernet import Fernet
from django.db import connection

from referrals.models import CaseNote, Enquiry
from referrals.services import encryption_keys_rotate, enquiry_add_note

from ..factories import submit

pytestmark = pytest.mark.django_db


def _counts():
    return {f"{c.model}.{c.field}": (c.rotated, c.current) for c in encryption_keys_rotate()}


def test_rotation_re_encrypts_everything_with_the_new_key_once(
    settings, riverside, riverside_caseworker
):
    enquiry = submit().enquiry
    enquiry_add_note(enquiry=enquiry, actor=riverside_caseworker, body="Called back.")
    old_key = settings.FIELD_ENCRYPTION_KEYS[0]
    new_key = Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [new_key, old_key]

    first = _counts()
    second = _counts()

    assert first["referrals.Enquiry.name"] == (1, 0)
    assert first["referrals.CaseNote.body"] == (1, 0)
    assert first["referrals.Enquiry.email"] == (0, 0)  # none given
    assert all(rotated == 0 for rotated, _current in second.values())
    settings.FIELD_ENCRYPTION_KEYS = [new_key]
    assert Enquiry.objects.get().summary == "There is damp in the bedroom."
    assert CaseNote.objects.get().body == "Called back."


def test_rotation_writes_ciphertext_not_plaintext(settings, riverside):
    submit()
    settings.FIELD_ENCRYPTION_KEYS = [
        Fernet.generate_key().decode(),
        *settings.FIELD_ENCRYPTION_KEYS,
    ]

    encryption_keys_rotate()

    with connection.cursor() as cursor:
        cursor.execute("SELECT summary FROM referrals_enquiry")
        (raw,) = cursor.fetchone()
    assert raw.startswith("gAAAA") and "damp" not in raw
