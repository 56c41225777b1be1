"""What a person sees: accessibility, keyboard, no JavaScript, right-to-left."""

import pytest

from .conftest import axe_violations

# All browser tests share one server and one browser, on one worker.
pytestmark = pytest.mark.xdist_group("browser")

LANGUAGES = ["en", "cy", "pl", "ar", "zh-hant"]
# English addresses; other languages are reached through the language
# switcher, as a reader would (translated guides have translated slugs).
PAGES = {
    "home": "/en/",
    "topic": "/en/housing/",
    "guide": "/en/housing/tenancy-deposits/",
    "fallback guide": "/en/housing/illegal-eviction-and-harassment/",
    "sensitive guide": "/en/abuse/domestic-abuse-protection-orders/",
}


def visit(page, live_site, path):
    response = page.goto(live_site + path)
    assert response.status == 200, path
    return response


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGES))
def test_pages_have_no_axe_violations(page, live_site, lang, kind):
    visit(page, live_site, PAGES[kind])
    if lang != "en":
        with page.expect_navigation():
            page.locator(f'.language-switcher a[lang="{lang}"]').click()
        assert page.locator("html").get_attribute("lang") == lang
    assert axe_violations(page) == []


def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, live_site):
    visit(page, live_site, "/en/housing/tenancy-deposits/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_focus_is_always_visible(page, live_site):
    visit(page, live_site, "/en/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.boxShadow, s.backgroundColor]; })()"
    )
    assert style[0] != "none" or style[1] != "none" or style[2] != "rgba(0, 0, 0, 0)"


def test_a_reader_can_browse_and_switch_language_without_javascript(no_js_page, live_site):
    page = no_js_page
    visit(page, live_site, "/en/")
    page.get_by_role("link", name="Housing").first.click()
    assert page.url.endswith("/en/housing/")
    page.get_by_role("link", name="Getting your tenancy deposit back").click()
    assert "/en/housing/tenancy-deposits/" in page.url
    page.locator('.language-switcher a[lang="pl"]').click()
    assert page.url.endswith("/pl/housing/zwrot-kaucji-za-mieszkanie/")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.locator("article.guide").get_attribute("lang") == "pl"
    # The questions and answers open without JavaScript.
    summary = page.locator("details.qa summary").first
    summary.click()
    assert page.locator("details.qa").first.get_attribute("open") is not None


def test_arabic_mirrors_the_layout(page, live_site):
    visit(page, live_site, "/ar/housing/tenancy-deposits/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("article.guide").get_attribute("lang") == "ar"
    crumbs = page.locator(".breadcrumbs li")
    first, second = crumbs.nth(0).bounding_box(), crumbs.nth(1).bounding_box()
    assert first["x"] > second["x"]  # breadcrumbs run right to left
    callout = page.locator(".callout").first
    border_right = callout.evaluate("el => getComputedStyle(el).borderRightWidth")
    assert border_right == "6px"  # the callout's accent is on the inline start (right) side


def test_phone_numbers_read_left_to_right_in_arabic(page, live_site):
    visit(page, live_site, "/ar/")
    numbers = page.locator("bdi[dir=ltr]").all_inner_texts()
    assert "0808 2000 247" in numbers


def test_chinese_pages_use_a_chinese_font_stack(page, live_site):
    visit(page, live_site, "/zh-hant/housing/tenancy-deposits/")
    assert page.locator("html").get_attribute("lang") == "zh-hant"
    fonts = page.evaluate("getComputedStyle(document.body).fontFamily")
    assert "Noto Sans TC" in fonts or "PingFang TC" in fonts


def test_quick_exit_leaves_and_replaces_the_history_entry(page, live_site):
    visit(page, live_site, "/en/")
    visit(page, live_site, "/en/abuse/domestic-abuse-protection-orders/")
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(f"{live_site}/robots.txt")
    page.go_back()
    assert page.url == f"{live_site}/en/"


def test_quick_exit_works_without_javascript(no_js_page, live_site):
    visit(no_js_page, live_site, "/en/abuse/domestic-abuse-protection-orders/")
    no_js_page.locator("[data-quick-exit]").click()
    no_js_page.wait_for_url(f"{live_site}/robots.txt")


def test_static_files_are_hashed_and_compressed(page, live_site):
    visit(page, live_site, "/en/")
    css = page.locator('link[rel="stylesheet"]').get_attribute("href")
    assert css.startswith("/static/css/signpost.") and css.endswith(".css") and css.count(".") >= 2
    response = page.request.get(live_site + css, headers={"Accept-Encoding": "gzip"})
    assert response.headers.get("content-encoding") == "gzip"
    assert "max-age=31536000" in response.headers["cache-control"]
