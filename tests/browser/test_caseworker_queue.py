"""A caseworker at work in the admin: sign in, queue, claim, close; axe-core
on the queue and the enquiry page."""

import pytest

from .conftest import axe_violations
from .staff import sign_in

pytestmark = pytest.mark.xdist_group("browser")
# A demo centre whose demo enquiry waits unclaimed (other browser tests may
# work Riverside's queue).
CASEWORKER = "caseworker-birmingham-rights-centre"


@pytest.fixture
def desk(browser):
    """A desktop browser window, as caseworkers use the admin."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def test_a_caseworker_claims_an_enquiry_and_closes_it_with_an_outcome(desk, live_site):
    page = desk
    sign_in(page, live_site, CASEWORKER)
    with page.expect_navigation():
        page.locator('.sidebar a[href="/admin/enquiries/"]').click()
    assert page.locator("table.listing tbody tr").count() >= 1
    assert axe_violations(page) == []

    with page.expect_navigation():
        page.locator("table.listing td.title a").first.click()
    reference = page.locator("h1").inner_text().strip()
    assert reference.startswith("SP-")
    assert page.get_by_role("heading", name="Before you contact them").is_visible()
    assert axe_violations(page) == []

    with page.expect_navigation():
        page.get_by_role("button", name="Claim").click()
    assert f"You have claimed {reference}." in page.locator(".messages").inner_text()

    page.get_by_label("Outcome").select_option("advice_given")
    with page.expect_navigation():
        page.get_by_role("button", name="Close the enquiry").click()
    assert f"{reference} is closed." in page.locator(".messages").inner_text()
    assert page.locator(".caseworker-facts .w-status").first.text_content().strip() == "Closed"
    assert "Closed: Advice given" in page.locator("#timeline-heading + table").inner_text()
    page.wait_for_timeout(1500)  # the message has faded in: axe judges its final colours
    assert axe_violations(page) == []


def test_the_refer_on_page_has_no_axe_violations(desk, live_site):
    page = desk
    sign_in(page, live_site, "network-admin")
    page.goto(f"{live_site}/admin/enquiries/?centre=triage")
    with page.expect_navigation():
        page.locator("table.listing td.title a").first.click()
    with page.expect_navigation():
        page.get_by_role("link", name="Refer on to another centre").click()

    assert page.get_by_label("Refer to").is_visible()
    assert axe_violations(page) == []
