from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command

from ...factories import submit

pytestmark = pytest.mark.django_db


def test_rotation_prints_counts_only_and_is_idempotent(settings, riverside):
    submit()
    settings.FIELD_ENCRYPTION_KEYS = [
        Fernet.generate_key().decode(),
        *settings.FIELD_ENCRYPTION_KEYS,
    ]

    first, second = StringIO(), StringIO()
    call_command("rotate_encryption_key", stdout=first)
    call_command("rotate_encryption_key", stdout=second)

    assert "referrals.Enquiry.summary: 1 re-encrypted, 0 already current." in first.getvalue()
    assert second.getvalue().endswith("Total re-encrypted: 0.\n")
    assert "damp" not in first.getvalue() and "Test Person" not in first.getvalue()
