"""Probe: script injection. An enquiry whose every free-text field (name,
summary, accessibility details, a caseworker's note) carries hostile markup
is opened in the admin (queue, detail, audit trail) in Chromium: no script
runs and no dialog opens. (The admin's CSP allows inline script, so this is
the escaping itself being tested.)"""

import json

import pytest

from tests.browser.test_staff_sign_in import authenticator_code
from tests.referrals.factories import housing_answers
from tests.referrals.probes.payloads import IMG, JS_URL, SCRIPT

pytestmark = pytest.mark.xdist_group("browser")
PASSWORD_SUFFIX = "-demo-2026"
ALERT = "<svg onload=alert(1)>"
HOSTILE = f"{SCRIPT} {IMG} {JS_URL} {ALERT}"


@pytest.fixture
def admin_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def submit_hostile_enquiry(page, live_site) -> str:
    body = {
        "language": "en",
        "answers": housing_answers(
            postcode="ZE1 0AA", summary=f"Summary {HOSTILE}", accessibility_details=HOSTILE
        ),
        "contact": {"name": f"Name {HOSTILE}", "phone": "07700 900555"},
        "consents": {"share_with_centre": True},
    }
    response = page.request.post(
        f"{live_site}/api/v1/referrals/",
        data=json.dumps(body),
        headers={"Content-Type": "application/json", "Idempotency-Key": "xss-probe-key-000001"},
    )
    assert response.status in (200, 201), response.text()
    return response.json()["reference"]


def assert_no_script_ran(page):
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__xss") == "undefined", page.url
    assert page.dialogs == [], page.url


def find_in_queues(page, live_site, reference):
    """The enquiry's link, looked for in every centre's queue, page by page."""
    page.goto(f"{live_site}/admin/enquiries/")
    assert_no_script_ran(page)
    options = page.locator('select[name="centre"] option').evaluate_all(
        "options => options.map(o => o.value)"
    )
    for centre in ["", *options]:
        for number in range(1, 30):
            page.goto(f"{live_site}/admin/enquiries/?centre={centre}&p={number}")
            assert_no_script_ran(page)
            link = page.get_by_role("link", name=reference, exact=True)
            if link.count():
                return link
            if page.locator("table.listing tbody tr").count() == 0:
                break
            if not page.locator(f'a[href*="p={number + 1}"]').count():
                break
    return None


def test_hostile_enquiry_text_runs_no_script_in_the_queue_or_detail(admin_page, live_site):
    page = admin_page
    reference = submit_hostile_enquiry(page, live_site)
    page.goto(f"{live_site}/admin/login/")
    page.fill("#id_username", "network-admin")
    page.fill("#id_password", "network-admin" + PASSWORD_SUFFIX)
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.fill("#id_code", authenticator_code("network-admin"))
    with page.expect_navigation():
        page.click("button[type=submit]")

    link = find_in_queues(page, live_site, reference)
    assert link is not None, ("the hostile enquiry is in no queue", page.inner_text("main")[:1500])
    with page.expect_navigation():
        link.click()
    assert_no_script_ran(page)
    content = page.content()
    assert "Summary" in content and "window.__xss=1" in page.inner_text("body")

    page.locator('textarea[name="body"]').fill(f"Note {HOSTILE}")
    with page.expect_navigation():
        page.locator('form[action$="/notes/"] [type=submit]').click()
    assert_no_script_ran(page)
    assert "Note <script>" in page.inner_text("body")

    page.goto(f"{live_site}/admin/audit/?q={reference}")
    assert_no_script_ran(page)
    assert reference in page.inner_text("body")
