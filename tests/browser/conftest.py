"""Browser tests: a real server with the demo content, driven by Chromium.

The server runs as a newcomer would run it (gunicorn, WhiteNoise, compiled
catalogues, load_demo_content) on a throwaway SQLite database, so these tests
are independent of the pytest-django test database.
"""

from pathlib import Path

import pytest

from tests.support.live_site import demo_site

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(config, items):
    reason = None
    if not CHROMIUM.exists():
        reason = "Debian's chromium is not installed (make test installs it as root)"
    else:
        try:
            import playwright  # noqa: F401
        except ImportError:
            reason = "playwright is not installed (make test installs it)"
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def live_site():
    """Base URL of a gunicorn server with the demo content loaded. A robot
    fills the flow in seconds, many times: no fill time, no submission limits
    (tests/referrals/views/test_flow_abuse.py tests those)."""
    with demo_site(
        REFERRAL_MIN_FILL_SECONDS="0",
        REFERRAL_SUBMISSIONS_PER_CLIENT="0",
        REFERRAL_SUBMISSIONS_GLOBAL="0",
    ) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page) -> list[dict]:
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the current page."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm ci installs it)")
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"""
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]
