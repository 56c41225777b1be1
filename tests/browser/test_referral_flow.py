"""Asking for help as a person would: keyboard only, screen-reader structure,
without JavaScript, in English and Arabic, with axe-core on every step."""

from __future__ import annotations

import json
import re
import urllib.request

import pytest

from .conftest import axe_violations

pytestmark = pytest.mark.xdist_group("browser")

# One walk through the starter questionnaire (housing), by question key.
ANSWERS = {
    "problem_area": ("choose", "housing"),
    "housing_problem": ("choose", "disrepair"),
    "housing_tenure": ("choose", "private_rent"),
    "means_tested": ("choose", "no"),
    "postcode": ("type", "E1 6AN"),
    "language": ("choose", "en"),
    "interpreter": ("choose", "no"),
    "accessibility": ("skip", None),
    "accessibility_details": ("skip", None),
    "safe_to_contact": ("choose", "yes"),
    "leave_message": ("choose", "no"),
    "safe_times": ("tick", "weekday_morning"),
    "contact_method": ("choose", "phone"),
    "summary": ("type", "The landlord has not fixed the damp for a year."),
}


@pytest.fixture(scope="module")
def question_keys(live_site):
    with urllib.request.urlopen(f"{live_site}/api/v1/questionnaire/?lang=en") as response:
        return [q["key"] for q in json.load(response)["questions"]]


def key_on(page, question_keys) -> str | None:
    match = re.search(r"/get-help/q/(\d+)/", page.url)
    return question_keys[int(match.group(1)) - 1] if match else None


# --- Keyboard only ------------------------------------------------------------


def tab_to(page, selector: str, *, limit: int = 80) -> None:
    for _press in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "s => !!document.activeElement && document.activeElement.matches(s)", selector
        ):
            return
    raise AssertionError(f"the Tab key never reached {selector} on {page.url}")


def press_and_wait(page, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)


def keyboard_answer(page, how: str, value) -> None:
    if how == "choose":  # radios: Tab reaches the group, arrow keys choose
        tab_to(page, 'input[type="radio"][name="answer"]')
        for _step in range(40):
            if page.evaluate("() => document.activeElement.value") == value:
                break
            page.keyboard.press("ArrowDown")
        page.keyboard.press("Space")
        assert page.locator(f'input[name="answer"][value="{value}"]').is_checked()
    elif how == "tick":
        tab_to(page, f'input[type="checkbox"][value="{value}"]')
        page.keyboard.press("Space")
    elif how == "type":
        tab_to(page, "#answer")
        page.keyboard.type(value)
    tab_to(page, 'button[type="submit"]')
    press_and_wait(page, "Enter")


def assert_accessible(page, seen: list[str]) -> None:
    violations = axe_violations(page)
    assert violations == [], (page.url, violations)
    seen.append(page.url)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_referral_with_the_keyboard_only_and_no_axe_violations(
    page, live_site, question_keys, lang
):
    seen: list[str] = []
    page.goto(f"{live_site}/{lang}/get-help/")
    assert page.locator("html").get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    assert page.locator("[data-quick-exit]").is_visible()
    assert_accessible(page, seen)
    tab_to(page, "a.button--start")
    press_and_wait(page, "Enter")

    # An empty answer: the error summary takes the focus and links to the field.
    tab_to(page, 'button[type="submit"]')
    press_and_wait(page, "Enter")
    assert page.title().startswith("Error:") or lang == "ar"
    assert page.evaluate("() => document.activeElement.matches('[data-error-summary]')")
    assert_accessible(page, seen)

    for _step in range(len(ANSWERS) + 2):
        key = key_on(page, question_keys)
        if key is None:
            break
        assert page.locator("[data-quick-exit]").count() == 1
        assert (
            page.locator("legend h1, h1 label").count() == 1
        )  # one question, named by its heading
        assert_accessible(page, seen)
        keyboard_answer(page, *ANSWERS[key])
    assert page.url.endswith(f"/{lang}/get-help/check-your-answers/")
    assert_accessible(page, seen)
    tab_to(page, "main a.button--primary")
    press_and_wait(page, "Enter")

    assert page.url.endswith("/contact-details/")
    assert_accessible(page, seen)
    tab_to(page, "#contact-name")
    page.keyboard.type("Amira")
    tab_to(page, "#contact-phone")
    page.keyboard.type("07700 900123")
    tab_to(page, 'button[type="submit"]')
    press_and_wait(page, "Enter")

    assert page.url.endswith("/consent/")
    assert_accessible(page, seen)
    assert not page.locator("#consent-share_with_centre").is_checked()
    tab_to(page, "#consent-share_with_centre")
    page.keyboard.press("Space")
    tab_to(page, 'button[type="submit"]')
    press_and_wait(page, "Enter")

    assert page.url.endswith(f"/{lang}/get-help/sent/")
    assert_accessible(page, seen)
    reference = page.locator(".panel .reference").inner_text()
    assert re.fullmatch(r"SP-[2-9A-Z]{4}-[2-9A-Z]{4}", reference)

    # The private link opens the status page, with no secret left in the address.
    link = page.locator(".private-link a").get_attribute("href")
    page.goto(link)
    assert page.url.endswith(f"/{lang}/get-help/status/")
    assert reference in page.locator("h1").inner_text()
    assert_accessible(page, seen)
    assert len(seen) >= 18


# --- Without JavaScript -------------------------------------------------------


def answer_without_js(page, how: str, value) -> None:
    if how == "choose":
        page.locator(f'input[name="answer"][value="{value}"]').check()
    elif how == "tick":
        page.locator(f'input[type="checkbox"][value="{value}"]').check()
    elif how == "type":
        page.locator("#answer").fill(value)
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile(".")).last.click()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_referral_without_javascript(no_js_page, live_site, question_keys, lang):
    page = no_js_page
    page.goto(f"{live_site}/{lang}/get-help/")
    with page.expect_navigation():
        page.locator("a.button--start").click()
    answered = []
    for _step in range(len(ANSWERS) + 2):
        key = key_on(page, question_keys)
        if key is None:
            break
        answered.append(key)
        answer_without_js(page, *ANSWERS[key])
    assert page.url.endswith("/check-your-answers/")

    # Change an answer from "check your answers", then carry on.
    with page.expect_navigation():
        page.locator(".summary-list__actions a").last.click()
    assert key_on(page, question_keys) == "summary"
    page.locator("#answer").fill("The damp is now in the kitchen too.")
    with page.expect_navigation():
        page.locator('button[type="submit"]').click()
    assert page.url.endswith("/check-your-answers/")
    assert "kitchen" in page.locator("main").inner_text()

    with page.expect_navigation():
        page.locator("main a.button--primary").click()
    # A mistake: the error is shown and what was typed is kept.
    page.locator("#contact-name").fill("Amira")
    page.locator("#contact-phone").fill("12")
    with page.expect_navigation():
        page.locator('button[type="submit"]').click()
    assert page.locator(".error-summary a[href='#contact-phone']").is_visible()
    assert page.locator("#contact-name").input_value() == "Amira"
    page.locator("#contact-phone").fill("07700 900123")
    with page.expect_navigation():
        page.locator('button[type="submit"]').click()

    page.locator("#consent-share_with_centre").check()
    with page.expect_navigation():
        page.locator('button[type="submit"]').click()
    assert page.url.endswith(f"/{lang}/get-help/sent/")
    assert re.fullmatch(
        r"SP-[2-9A-Z]{4}-[2-9A-Z]{4}", page.locator(".panel .reference").inner_text()
    )
    # Sending again (back, then "Send" once more) shows the same confirmation.
    reference = page.locator(".panel .reference").inner_text()
    page.go_back()
    if page.locator('button[type="submit"]').count():
        with page.expect_navigation():
            page.locator('button[type="submit"]').click()
        assert page.locator(".panel .reference").inner_text() == reference
