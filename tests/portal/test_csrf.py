"""The friendly page for a failed CSRF check (portal/csrf.py)."""

from __future__ import annotations

import pytest
from django.test import Client

from referrals import flow
from tests.referrals.flow_helpers import FlowDriver, form_data, question_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict(client):
    """A browser whose form lost its CSRF token, sharing the person's session."""
    browser = Client(enforce_csrf_checks=True)
    browser.cookies = client.cookies
    return browser


def answered_first_question(client) -> str:
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    response = driver.post(question_url("en", "problem_area"), form_data("problem_area", "housing"))
    assert response.status_code == 303
    return response["Location"]


def test_an_expired_form_in_the_flow_gets_a_friendly_page_and_keeps_the_answers(client, strict):
    step = answered_first_question(client)
    response = strict.post(step, form_data("housing_problem", "disrepair"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "This page has expired" in html
    assert f'href="{step}"' in html
    assert '<html lang="en"' in html and "<main" in html
    assert "CSRF" not in html
    state = flow.load_state(strict.session)
    assert state.answers == {"problem_area": "housing"}
    # Going back shows the step again, still in the flow.
    assert strict.get(step).status_code == 200


def test_the_page_is_in_the_language_of_the_address(client, strict):
    answered_first_question(client)
    response = strict.post(question_url("ar", "problem_area"), {"answer": "housing"})
    assert response.status_code == 403
    assert '<html lang="ar" dir="rtl"' in response.content.decode()


def test_a_post_only_action_links_back_to_its_page(strict):
    response = strict.post("/en/get-help/start-again/")
    assert response.status_code == 403
    assert 'href="/en/get-help/"' in response.content.decode()


def test_changing_an_answer_links_back_to_the_change_page(client, strict):
    answered_first_question(client)
    url = question_url("en", "problem_area") + "?change=1"
    response = strict.post(url, {"answer": "housing"})
    assert f'href="{url}"' in response.content.decode()


def test_the_status_lookup_form_gets_the_page_too(strict):
    response = strict.post("/en/get-help/status/", {"reference": "SP-AAAA-AAAA", "secret": "x"})
    assert response.status_code == 403
    assert 'href="/en/get-help/status/"' in response.content.decode()
