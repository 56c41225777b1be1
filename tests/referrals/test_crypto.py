import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from referrals import contact_details, crypto

KEY_A = Fernet.generate_key().decode()
KEY_B = Fernet.generate_key().decode()


def test_values_round_trip_and_ciphertext_differs_each_time(settings):
    settings.FIELD_ENCRYPTION_KEYS = [KEY_A]

    first, second = crypto.encrypt("Amira Haddad"), crypto.encrypt("Amira Haddad")

    assert first != second and "Amira" not in first
    assert crypto.decrypt(first) == "Amira Haddad"


def test_old_keys_still_decrypt_and_rotation_moves_to_the_first_key(settings):
    settings.FIELD_ENCRYPTION_KEYS = [KEY_A]
    token = crypto.encrypt("secret")
    settings.FIELD_ENCRYPTION_KEYS = [KEY_B, KEY_A]

    assert crypto.decrypt(token) == "secret"
    assert not crypto.is_current(token)
    rotated = crypto.rotate(token)
    assert crypto.is_current(rotated)
    settings.FIELD_ENCRYPTION_KEYS = [KEY_B]
    assert crypto.decrypt(rotated) == "secret"


def test_a_value_without_its_key_fails_loudly(settings):
    settings.FIELD_ENCRYPTION_KEYS = [KEY_A]
    token = crypto.encrypt("secret")
    settings.FIELD_ENCRYPTION_KEYS = [KEY_B]

    with pytest.raises(crypto.DecryptionError):
        crypto.decrypt(token)


def test_missing_or_malformed_keys_are_a_configuration_error(settings):
    settings.FIELD_ENCRYPTION_KEYS = []
    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt("x")
    settings.FIELD_ENCRYPTION_KEYS = ["not-a-key"]
    with pytest.raises(ImproperlyConfigured):
        crypto.encrypt("x")


def test_lookup_hashes_match_however_the_person_wrote_their_details(settings):
    assert contact_details.email_hash(" Amira@Example.ORG ") == contact_details.email_hash(
        "amira@example.org"
    )
    assert contact_details.phone_hash("020 7946 0000") == contact_details.phone_hash(
        "+44 (0)20 7946 0000"
    )
    assert contact_details.phone_hash("020 7946 0000") == contact_details.phone_hash(
        "00442079460000"
    )
    assert contact_details.email_hash("a@example.org") != contact_details.email_hash(
        "b@example.org"
    )
    assert contact_details.email_hash("") == ""


def test_lookup_hashes_depend_on_the_key(settings):
    before = contact_details.email_hash("a@example.org")
    settings.LOOKUP_HASH_KEY = "another-key"

    assert contact_details.email_hash("a@example.org") != before


def test_the_same_text_as_email_and_phone_hashes_differently():
    assert crypto.lookup_hash("email", "x") != crypto.lookup_hash("phone", "x")


@pytest.mark.parametrize(
    "raw, valid",
    [
        ("07700 900123", True),
        ("+48 600 123 456", True),
        ("020 7946 0000", True),
        ("123", False),
        ("07700", False),
    ],
)
def test_phone_numbers_are_checked(raw, valid):
    assert contact_details.is_valid_phone(contact_details.normalise_phone(raw)) is valid
