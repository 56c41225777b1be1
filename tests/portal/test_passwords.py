"""Password rules and password reset."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.portal.two_factor.helpers import enrolled_device

pytestmark = pytest.mark.django_db

PASSPHRASE = "Mój kot śpi na كتاب 書 🐈 — and that is fine!"


@pytest.mark.parametrize("password", ["short-pass1", "password1234", "qwertyuiop123"])
def test_short_and_common_passwords_are_refused(password, staff_user):
    with pytest.raises(ValidationError):
        validate_password(password, staff_user)


@pytest.mark.parametrize(
    "password",
    [
        PASSPHRASE,
        "lowercase words only please",
        "x7" * 500,  # 1,000 characters
        "    spaces    around   ",
    ],
)
def test_long_passphrases_with_any_characters_are_accepted(password, staff_user):
    validate_password(password, staff_user)
    staff_user.set_password(password)
    staff_user.save()
    assert staff_user.check_password(password)


def test_a_thousand_character_passphrase_signs_in(client, staff_user):
    password = "a long passphrase " * 56 + "end"
    assert len(password) >= 1000
    staff_user.set_password(password)
    staff_user.save()
    response = client.post("/admin/login/", {"username": "sam", "password": password})
    assert response.status_code == 302


def _reset_request(client, email):
    return client.post("/admin/password_reset/", {"email": email})


def test_password_reset_does_not_say_whether_an_account_exists(client, staff_user):
    known = _reset_request(client, "sam@signpost.example")
    unknown = _reset_request(client, "nobody@signpost.example")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/admin/password_reset/done/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sam@signpost.example"]


def test_a_password_reset_does_not_sign_in_or_skip_the_second_factor(client, staff_user):
    enrolled_device(staff_user)
    uid = urlsafe_base64_encode(force_bytes(staff_user.pk))
    token = default_token_generator.make_token(staff_user)
    form_url = client.get(f"/admin/password_reset/confirm/{uid}/{token}/")["Location"]
    response = client.post(form_url, {"new_password1": PASSPHRASE, "new_password2": PASSPHRASE})
    assert response["Location"] == "/admin/password_reset/complete/"
    assert client.get("/admin/")["Location"].startswith("/admin/login/")

    client.post("/admin/login/", {"username": "sam", "password": PASSPHRASE})
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/verify/")
