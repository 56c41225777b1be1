"""Signing in with the second factor: enrolment, verification, backup codes, resets."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import override_settings
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.two_factor.devices import backup_codes_generate
from tests.portal.conftest import PASSWORD, make_staff
from tests.support.staff import password_only_login, staff_login

from .helpers import current_code, enrolled_device

pytestmark = pytest.mark.django_db

VERIFY = "/admin/two-factor/verify/"
ENROL = "/admin/two-factor/enrol/"


def sign_in(client, user, next_path="/admin/"):
    response = client.post(
        "/admin/login/", {"username": user.username, "password": PASSWORD, "next": next_path}
    )
    assert response.status_code == 302
    return response


# --- Enrolment --------------------------------------------------------------


def test_enrolment_shows_a_server_side_qr_code_and_the_secret_as_text(client, staff_user):
    password_only_login(client, staff_user)
    page = client.get(ENROL).content.decode()
    device = TOTPDevice.objects.get(user=staff_user, confirmed=False)
    secret = re.search(r'class="two-factor-secret"[^>]*>([A-Z2-7 ]+)<', page).group(1)
    assert secret.replace(" ", "") in device.config_url
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert svg.startswith('<svg role="img"') and "<title>" in svg
    assert "http" not in svg and "<img" not in page


def test_reloading_the_enrolment_page_keeps_the_same_secret(client, staff_user):
    password_only_login(client, staff_user)
    client.get(ENROL)
    client.get(ENROL)
    assert TOTPDevice.objects.filter(user=staff_user).count() == 1


def test_confirming_enrolment_signs_in_and_shows_ten_backup_codes_once(client, staff_user):
    password_only_login(client, staff_user)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=staff_user)
    key_before = client.session.session_key

    response = client.post(ENROL, {"code": current_code(device), "next": "/admin/account/"})

    assert response.status_code == 200
    codes = re.findall(
        r"<li><code>([a-z2-7]{5}-[a-z2-7]{5})</code></li>", response.content.decode()
    )
    assert len(codes) == settings.SECOND_FACTOR_BACKUP_CODES == 10
    assert "only time" in response.content.decode()
    assert response["Cache-Control"] == "no-store"
    device.refresh_from_db()
    assert device.confirmed
    assert client.session.session_key != key_before
    assert 'href="/admin/account/"' in response.content.decode()
    assert client.get("/admin/account/").status_code == 200
    # The codes are not stored as such.
    stored = set(
        StaticDevice.objects.get(user=staff_user).token_set.values_list("token", flat=True)
    )
    assert not stored & {code.replace("-", "") for code in codes}


def test_a_wrong_enrolment_code_is_refused(client, staff_user):
    password_only_login(client, staff_user)
    client.get(ENROL)
    response = client.post(ENROL, {"code": "000000"})
    assert "did not work" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=staff_user, confirmed=True).exists()


def test_a_password_alone_cannot_enrol_a_new_app_on_an_enrolled_account(client, staff_user):
    enrolled_device(staff_user)
    password_only_login(client, staff_user)
    response = client.get(ENROL + "?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert client.post(ENROL, {"code": "123456"}).status_code == 302
    assert TOTPDevice.objects.filter(user=staff_user).count() == 1


def test_a_verified_user_can_replace_their_app(client, staff_user):
    old = enrolled_device(staff_user)
    staff_login(client, staff_user)
    client.get(ENROL)
    new = TOTPDevice.objects.get(user=staff_user, confirmed=False)
    response = client.post(ENROL, {"code": current_code(new)})
    assert response.status_code == 200
    assert "old backup codes no longer work" in response.content.decode()
    assert list(TOTPDevice.objects.filter(user=staff_user)) == [new]
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()


# --- Verification -----------------------------------------------------------


def test_signing_in_with_password_and_code_reaches_the_page_asked_for(client, staff_user):
    device = enrolled_device(staff_user)
    response = sign_in(client, staff_user, "/admin/account/")
    assert response["Location"] == "/admin/account/"
    assert client.get("/admin/account/")["Location"].startswith(VERIFY)

    response = client.post(VERIFY, {"code": current_code(device), "next": "/admin/account/"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200


def test_the_session_key_changes_at_sign_in_and_again_after_the_second_factor(client, staff_user):
    device = enrolled_device(staff_user)
    client.get("/admin/login/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "attacker-chosen-session-key"
    sign_in(client, staff_user)
    after_password = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after_password != "attacker-chosen-session-key"

    client.post(VERIFY, {"code": current_code(device)})

    after_code = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after_code != after_password
    # The pre-verification session is gone: replaying it gets nothing.
    other = client.__class__()
    other.cookies[settings.SESSION_COOKIE_NAME] = after_password
    assert other.get("/admin/")["Location"].startswith("/admin/login/")


def test_a_backup_code_works_once(client, staff_user):
    enrolled_device(staff_user)
    codes = backup_codes_generate(user=staff_user)
    sign_in(client, staff_user)
    assert client.post(VERIFY, {"code": codes[0].upper()})["Location"] == "/admin/"

    client.logout()
    sign_in(client, staff_user)
    response = client.post(VERIFY, {"code": codes[0]})
    assert response.status_code == 200
    assert "did not work" in response.content.decode()


def test_a_totp_code_cannot_be_replayed(client, staff_user):
    device = enrolled_device(staff_user)
    code = current_code(device)
    sign_in(client, staff_user)
    assert client.post(VERIFY, {"code": code}).status_code == 302
    client.logout()
    sign_in(client, staff_user)
    assert client.post(VERIFY, {"code": code}).status_code == 200


@override_settings(OTP_TOTP_THROTTLE_FACTOR=60)
def test_wrong_codes_are_slowed_down_and_recorded(client, staff_user, caplog):
    device = enrolled_device(staff_user)
    sign_in(client, staff_user)
    client.post(VERIFY, {"code": "000000"})
    response = client.post(VERIFY, {"code": current_code(device)})

    assert response.status_code == 200
    assert re.search(
        r"Too many wrong codes. Please wait (59|60) seconds", response.content.decode()
    )
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    assert "second factor code refused for user id" in caplog.text


def test_wrong_totp_codes_do_not_lock_the_backup_codes(client, staff_user):
    enrolled_device(staff_user)
    codes = backup_codes_generate(user=staff_user)
    sign_in(client, staff_user)
    client.post(VERIFY, {"code": "000000"})
    assert client.post(VERIFY, {"code": codes[1]}).status_code == 302


def test_the_verify_page_does_not_redirect_off_site(client, staff_user):
    device = enrolled_device(staff_user)
    sign_in(client, staff_user)
    response = client.post(VERIFY, {"code": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


# --- Backup codes and resets ------------------------------------------------


@override_settings(OTP_STATIC_THROTTLE_FACTOR=0)
def test_new_backup_codes_replace_the_old_ones(client, staff_user):
    old = backup_codes_generate(user=staff_user)
    staff_login(client, staff_user)
    assert "10 unused backup codes" in client.get("/admin/two-factor/").content.decode()
    response = client.post("/admin/two-factor/")
    new = re.findall(r"<code>([a-z2-7-]{11})</code>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)

    client.logout()
    sign_in(client, staff_user)
    assert client.post(VERIFY, {"code": old[0]}).status_code == 200
    assert client.post(VERIFY, {"code": new[0]})["Location"] == "/admin/"


def test_a_network_admin_resets_a_colleagues_second_factor(client, staff_user):
    from referrals.models import NETWORK_ADMINS_GROUP
    from referrals.services.staff import ensure_staff_groups

    admin = make_staff("netadmin")
    admin.groups.add(ensure_staff_groups()[NETWORK_ADMINS_GROUP])
    enrolled_device(staff_user)
    backup_codes_generate(user=staff_user)
    colleague = client.__class__()
    staff_login(colleague, staff_user)
    assert colleague.get("/admin/").status_code == 200

    staff_login(client, admin)
    listing = client.get("/admin/two-factor/staff/")
    assert listing.status_code == 200
    assert f"/admin/two-factor/staff/{staff_user.pk}/reset/" in listing.content.decode()
    response = client.post(f"/admin/two-factor/staff/{staff_user.pk}/reset/")

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=staff_user).exists()
    assert not StaticDevice.objects.filter(user=staff_user).exists()
    assert colleague.get("/admin/")["Location"].startswith(ENROL)


def test_nobody_resets_their_own_second_factor_or_a_superusers_without_being_one(
    client, staff_user, superuser
):
    from referrals.models import NETWORK_ADMINS_GROUP
    from referrals.services.staff import ensure_staff_groups

    admin = make_staff("netadmin")
    admin.groups.add(ensure_staff_groups()[NETWORK_ADMINS_GROUP])
    for person in (admin, superuser, staff_user):
        enrolled_device(person)
    staff_login(client, admin)
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    assert client.post(f"/admin/two-factor/staff/{admin.pk}/reset/")["Location"] == "/admin/"
    assert client.post(f"/admin/two-factor/staff/{superuser.pk}/reset/")["Location"] == "/admin/"

    staff_login(client, staff_user)
    assert client.get("/admin/two-factor/staff/")["Location"] == "/admin/"
    assert client.post(f"/admin/two-factor/staff/{admin.pk}/reset/")["Location"] == "/admin/"
    assert TOTPDevice.objects.count() == 3


def test_wagtails_user_list_offers_the_reset_to_superusers(client, superuser, staff_user):
    staff_login(client, superuser)
    page = client.get("/admin/users/").content.decode()
    assert f"/admin/two-factor/staff/{staff_user.pk}/reset/" in page
    assert f"/admin/two-factor/staff/{superuser.pk}/reset/" not in page


def test_the_settings_menu_and_account_page_link_the_second_factor_pages(client, superuser):
    staff_login(client, superuser)
    assert "/admin/two-factor/staff/" in client.get("/admin/").content.decode()
    assert "/admin/two-factor/" in client.get("/admin/account/").content.decode()
