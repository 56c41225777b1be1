"""Staff sign-in as a person does it: password, then the code from an
authenticator app (computed here from the demo account's printed secret);
and the public pages' Content Security Policy, enforced by a real browser."""

from __future__ import annotations

import pytest

from .staff import authenticator_code, sign_in_with_password

pytestmark = pytest.mark.xdist_group("browser")


@pytest.fixture
def strict_page(browser):
    """A page that obeys the site's CSP (the shared fixture bypasses it) and
    collects every console message."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.console_messages_seen = []
    page.on("console", lambda message: page.console_messages_seen.append(message.text))
    yield page
    context.close()


def test_a_demo_editor_signs_in_with_password_and_code_and_sees_the_dashboard(
    strict_page, live_site
):
    page = strict_page
    sign_in_with_password(page, live_site, "editor")
    assert "/admin/two-factor/verify/" in page.url
    assert page.locator("h1").inner_text() == "Confirm it is you"

    page.fill("#id_code", authenticator_code("editor"))
    with page.expect_navigation():
        page.click("button[type=submit]")

    assert page.url == live_site + "/admin/"
    assert page.locator("#wagtail-sidebar, [data-wagtail-sidebar], aside").count() > 0
    assert "Dashboard" in page.title()
    csp_errors = [m for m in page.console_messages_seen if "Content Security Policy" in m]
    assert csp_errors == []


@pytest.mark.parametrize(
    "path",
    ["/admin/", "/admin/pages/", "/admin/account/", "/admin/two-factor/", "/admin/snippets/"],
)
def test_without_the_code_no_admin_page_opens(strict_page, live_site, path):
    sign_in_with_password(strict_page, live_site, "reviewer")
    response = strict_page.goto(live_site + path)
    assert "/admin/two-factor/verify/" in strict_page.url
    assert response.headers["cache-control"] == "no-store"
    assert strict_page.locator("#id_code").is_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/en/housing/tenancy-deposits/",
        "/ar/",
        "/en/abuse/domestic-abuse-protection-orders/",
    ],
)
def test_public_pages_carry_a_csp_and_break_none_of_its_rules(strict_page, live_site, path):
    response = strict_page.goto(live_site + path)
    policy = response.headers["content-security-policy"]
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "'unsafe-inline'" not in policy
    # Reload (the second view comes from the page cache) and interact a little.
    strict_page.reload()
    strict_page.keyboard.press("Tab")
    violations = [
        m
        for m in strict_page.console_messages_seen
        if "Content Security Policy" in m or "Refused to" in m
    ]
    assert violations == []
