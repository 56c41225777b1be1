"""Signing demo staff in the way a person does: password, then the current
code from an authenticator app (computed from the demo account's printed
secret)."""

from __future__ import annotations

import base64
import time

from django_otp.oath import totp

from portal.two_factor.demo import demo_totp_secret

DEMO_PASSWORD_SUFFIX = "-demo-2026"
VERIFY_PATH = "/admin/two-factor/verify/"


def authenticator_code(username: str) -> str:
    key = base64.b32decode(demo_totp_secret(username))
    return f"{totp(key):06d}"


def sign_in_with_password(page, live_site, username: str) -> None:
    page.goto(live_site + "/admin/")
    assert "/admin/login/" in page.url
    page.fill("#id_username", username)
    page.fill("#id_password", username + DEMO_PASSWORD_SUFFIX)
    with page.expect_navigation():
        page.click("button[type=submit]")


def sign_in(page, live_site, username: str) -> None:
    """Password and second factor. A code is accepted once: when an earlier
    test already used this 30-second step's code, wait for the next one."""
    sign_in_with_password(page, live_site, username)
    for _attempt in range(3):
        if VERIFY_PATH not in page.url:
            return
        page.fill("#id_code", authenticator_code(username))
        with page.expect_navigation():
            page.click("button[type=submit]")
        if VERIFY_PATH in page.url:
            time.sleep(31 - time.time() % 30)
    assert VERIFY_PATH not in page.url, f"{username} could not pass the second factor"
