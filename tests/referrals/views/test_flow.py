"""The public self-assessment, end to end with the Django test client."""

from __future__ import annotations

import re
from unittest import mock

import pytest
from django.db import OperationalError

from referrals import flow
from referrals.models import Consent, Enquiry
from tests.referrals.flow_helpers import (
    CHECK,
    PERSONAL,
    FlowDriver,
    housing_walk,
    key_of,
    question_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def driver(client):
    return FlowDriver(client, "en")


def main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_start_page_explains_the_service_and_offers_quick_exit(driver):
    response = driver.get(driver.url(""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "free" in html and "confidential" in html and "5 to 10 minutes" in html
    assert "data-quick-exit" in html
    assert question_url("en", "problem_area") in html


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_person_completes_the_flow_and_gets_a_reference(client, lang):
    driver = FlowDriver(client, lang)
    response = driver.complete(updates_by_sms="on")
    assert response.status_code == 303
    assert response["Location"] == f"/{lang}/get-help/sent/"
    confirmation = driver.get(response["Location"])
    enquiry = Enquiry.objects.get()
    assert enquiry.reference in confirmation.content.decode()
    assert enquiry.language == lang
    assert enquiry.area.code == "housing" and enquiry.sub_category == "disrepair"
    assert enquiry.name == "Amira" and enquiry.phone == "+447700900123"
    assert enquiry.summary == "There is damp in the bedroom."
    assert enquiry.postcode == "E1 6AN"
    assert enquiry.questionnaire_version.number >= 1
    given = set(Consent.objects.filter(given=True).values_list("purpose", flat=True))
    assert given == {"share_with_centre", "updates_by_sms"}
    # The answers are gone from the session; only what the confirmation needs stays.
    assert flow.load_state(client.session) is None


def test_arabic_pages_are_right_to_left_in_arabic(client):
    driver = FlowDriver(client, "ar")
    html = driver.get(question_url("ar", "problem_area")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    heading = re.search(r'<h1 class="question-heading"([^>]*)>(.*?)</h1>', html, re.S)
    assert 'lang="en"' not in heading.group(1)
    assert "مشكلتك" in heading.group(2)


def test_a_text_missing_in_arabic_falls_back_to_english_marked_as_such(client):
    from referrals.models import Question
    from referrals.services import questionnaire_publish

    Question.objects.filter(key="problem_area").update(text_ar="")
    questionnaire_publish()
    driver = FlowDriver(client, "ar")
    html = driver.get(question_url("ar", "problem_area")).content.decode()
    heading = re.search(r'<h1 class="question-heading"([^>]*)>', html).group(1)
    assert 'lang="en"' in heading and 'dir="ltr"' in heading


def test_nothing_personal_ever_appears_in_a_url_or_redirect(client):
    driver = FlowDriver(client, "en")
    driver.complete(updates_by_email="on")
    driver.get("/en/get-help/sent/")
    assert driver.urls
    for url in driver.urls:
        for value in PERSONAL + ("housing", "disrepair", "private_rent"):
            assert value.lower() not in url.lower(), (value, url)


def test_every_flow_page_and_redirect_is_private(driver):
    responses = [driver.get(driver.url(""))]
    responses.append(driver.get(question_url("en", "problem_area")))
    responses.append(driver.post(question_url("en", "problem_area"), {"answer": "housing"}))
    responses.append(driver.get(driver.url(CHECK)))  # a redirect: not complete yet
    for response in responses:
        assert "no-store" in response["Cache-Control"], response
        assert response["X-Robots-Tag"] == "noindex, nofollow"
    for response in responses[:2]:
        assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
        assert "data-quick-exit" in response.content.decode()


def test_branching_follows_the_answers(driver):
    driver.get(question_url("en", "problem_area"))
    response = driver.post(question_url("en", "problem_area"), {"answer": "housing"})
    assert key_of(response["Location"]) == "housing_problem"
    response = driver.post(response["Location"], {"answer": "eviction_notice"})
    assert key_of(response["Location"]) == "housing_leave_date"
    response = driver.post(response["Location"], {})  # optional date left blank
    assert key_of(response["Location"]) == "housing_tenure"


def test_progress_is_honest_about_branching(driver):
    driver.get(question_url("en", "problem_area"))
    page = driver.get(question_url("en", "problem_area")).content.decode()
    assert re.search(r"Question 1 of about \d+", page)
    driver.post(question_url("en", "problem_area"), {"answer": "housing"})
    page = driver.get(question_url("en", "housing_problem")).content.decode()
    assert re.search(r"Question 2 of about \d+", page)


def test_the_back_link_goes_to_the_previous_question(driver):
    driver.get(question_url("en", "problem_area"))
    first = driver.get(question_url("en", "problem_area")).content.decode()
    assert 'class="back-link" href="/en/get-help/"' in first
    driver.post(question_url("en", "problem_area"), {"answer": "housing"})
    second = driver.get(question_url("en", "housing_problem")).content.decode()
    assert f'class="back-link" href="{question_url("en", "problem_area")}"' in second
    # Going back shows the answer given, and posting it again goes straight on.
    assert (
        'value="housing" checked' in driver.get(question_url("en", "problem_area")).content.decode()
    )


def test_cannot_skip_ahead_by_url(driver):
    # No self-assessment yet: only the first question starts one.
    response = driver.get(question_url("en", "summary"))
    assert response.status_code == 303 and response["Location"] == "/en/get-help/"
    driver.get(question_url("en", "problem_area"))
    for path in ("q/40/", CHECK, "contact-details/", "consent/"):
        response = driver.get(driver.url(path))
        assert response.status_code == 303
        assert response["Location"] == question_url("en", "problem_area"), path
    response = driver.post(driver.url("consent/"), {"share_with_centre": "on"})
    assert response["Location"] == question_url("en", "problem_area")
    assert not Enquiry.objects.exists()
    assert driver.get(driver.url("q/9999/"))["Location"] == question_url("en", "problem_area")


def test_an_error_is_specific_linked_and_keeps_what_was_typed(driver):
    driver.get(question_url("en", "problem_area"))
    driver.post(question_url("en", "problem_area"), {"answer": "housing"})
    driver.post(question_url("en", "housing_problem"), {"answer": "eviction_notice"})
    response = driver.post(
        question_url("en", "housing_leave_date"), {"answer-day": "12", "answer-year": "2026"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error:" in html
    assert '<a href="#answer-month">The date must include a month.</a>' in html
    assert 'id="answer-error"' in html and 'aria-describedby="answer-hint answer-error"' in html
    assert 'name="answer-day" type="text" inputmode="numeric" value="12"' in html
    assert 'value="2026"' in html


def test_a_missing_choice_is_an_error(driver):
    driver.get(question_url("en", "problem_area"))
    response = driver.post(question_url("en", "problem_area"), {})
    assert '<a href="#answer">Choose one of the options.</a>' in response.content.decode()
    assert flow.load_state(driver.client.session).answers == {}


def test_long_text_that_is_too_long_is_kept(driver):
    answers = housing_walk()
    driver.get(question_url("en", "problem_area"))
    url = question_url("en", "problem_area")
    while key_of(url) != "summary":
        url = driver.post(url, {"answer": answers[key_of(url)]} if answers[key_of(url)] else {})[
            "Location"
        ]
    text = "word " * 1200
    response = driver.post(url, {"answer": text})
    html = response.content.decode()
    assert "no more than 5000 characters" in html
    assert text.strip() in html


def test_changing_an_answer_drops_answers_that_no_longer_apply(driver):
    driver.get(question_url("en", "problem_area"))
    driver.answer_all(housing_walk())
    check = driver.get(driver.url(CHECK)).content.decode()
    change = question_url("en", "problem_area") + "?change=1"
    assert change in check
    response = driver.post(change, {"answer": "benefits"})
    assert key_of(response["Location"]) == "benefits_problem"
    answers = flow.load_state(driver.client.session).answers
    assert "housing_problem" not in answers and "housing_tenure" not in answers
    assert answers["postcode"] == "E1 6AN"  # still on the way: kept
    # The new branch, then straight back to "check your answers".
    response = driver.post(response["Location"], {"answer": "sanction"})
    response = driver.post(response["Location"], {"answer": "universal_credit"})
    response = driver.post(response["Location"], {"answer": "no"})
    assert response["Location"] == driver.url(CHECK)


def test_changing_an_answer_without_new_questions_returns_to_check(driver):
    driver.get(question_url("en", "problem_area"))
    driver.answer_all(housing_walk())
    response = driver.post(question_url("en", "summary") + "?change=1", {"answer": "Mould."})
    assert response["Location"] == driver.url(CHECK)
    assert "Mould." in driver.get(driver.url(CHECK)).content.decode()


def test_contact_details_required_depend_on_the_contact_method(driver):
    driver.get(question_url("en", "problem_area"))
    driver.answer_all(housing_walk(contact_method="email"))
    page = driver.get(driver.url("contact-details/")).content.decode()
    assert "You asked us to contact you by e-mail" in page
    response = driver.contact(email="", phone="07700 900123")
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<a href="#contact-email">Enter an e-mail address, as you asked us to e-mail you.</a>'
        in html
    )
    assert 'value="07700 900123"' in html and 'value="Amira"' in html
    assert driver.contact(email="amira@example.org").status_code == 303


def test_safe_contact_answers_are_shown_and_honoured(driver):
    driver.get(question_url("en", "problem_area"))
    driver.answer_all(
        housing_walk(safe_to_contact="no", leave_message="no", safe_times=["weekday_morning"])
    )
    page = driver.get(driver.url("contact-details/")).content.decode()
    assert "may not be safe to contact you" in page
    assert "We will not leave a voicemail" in page
    assert "only contact you at the times you chose" in page
    driver.contact(email="amira@example.org")
    consent = driver.get(driver.url("consent/")).content.decode()
    assert "Only tick this if nobody else can read your messages." in consent


def test_consent_boxes_are_unticked_and_sharing_is_required(driver):
    driver.get(question_url("en", "problem_area"))
    driver.answer_all(housing_walk())
    driver.contact()  # a phone number only
    page = driver.get(driver.url("consent/")).content.decode()
    assert "checked" not in main(driver.get(driver.url("consent/")))
    assert 'name="updates_by_sms"' in page and 'name="updates_by_email"' not in page
    assert "Wording version 2026-1." in page
    response = driver.post(driver.url("consent/"), {"anonymised_statistics": "on"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<a href="#consent-share_with_centre">You need to agree' in html
    assert (
        'id="consent-anonymised_statistics" name="anonymised_statistics" type="checkbox" value="on" checked'
        in html
    )
    assert not Enquiry.objects.exists()


def test_changing_the_contact_method_later_asks_for_the_contact_again(driver):
    driver.get(question_url("en", "problem_area"))
    driver.answer_all(housing_walk())
    driver.contact()
    driver.post(question_url("en", "contact_method") + "?change=1", {"answer": "email"})
    response = driver.get(driver.url("consent/"))
    assert response["Location"] == driver.url("contact-details/")


def test_a_double_submit_creates_one_enquiry_and_shows_the_same_reference(client):
    driver = FlowDriver(client, "en")
    first = driver.complete()
    second = driver.send()
    assert first["Location"] == second["Location"] == "/en/get-help/sent/"
    assert Enquiry.objects.count() == 1
    reference = Enquiry.objects.get().reference
    assert reference in driver.get("/en/get-help/sent/").content.decode()


def test_a_resubmission_from_another_tab_with_the_same_state_is_idempotent(client):
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    driver.contact()
    saved = dict(client.session.items())
    driver.send()
    # The same session state again (a second request that read it before the first ended).
    session = client.session
    session.update(saved)
    session.save()
    response = driver.send()
    assert response["Location"] == "/en/get-help/sent/"
    assert Enquiry.objects.count() == 1


def test_when_the_database_fails_nothing_typed_is_lost(client):
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    driver.contact()
    with mock.patch(
        "referrals.views.flow.enquiry_submit", side_effect=OperationalError("server closed")
    ):
        response = driver.send(anonymised_statistics="on")
    html = response.content.decode()
    assert response.status_code == 503
    assert "Your enquiry has not been sent" in html and "Nothing you typed has been lost" in html
    assert 'name="anonymised_statistics" type="checkbox" value="on" checked' in html
    assert "no-store" in response["Cache-Control"]
    state = flow.load_state(client.session)
    assert state.answers["summary"] == "There is damp in the bedroom."
    assert state.contact["name"] == "Amira"
    # When the database is back, the same attempt goes through.
    assert driver.send()["Location"] == "/en/get-help/sent/"
    assert Enquiry.objects.count() == 1


def test_the_session_holds_the_answers_encrypted(client):
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    from django.contrib.sessions.models import Session

    raw = Session.objects.get(session_key=client.session.session_key).session_data
    decoded = str(client.session.load())
    for value in ("damp", "E1 6AN"):
        assert value not in decoded and value not in raw


def test_the_idempotency_key_is_long_random_and_never_in_a_page(client):
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    key = flow.load_state(client.session).idempotency_key
    assert len(key) >= 16
    pages = [driver.get(driver.url(CHECK)), driver.get(driver.url("contact-details/"))]
    driver.contact()
    pages.append(driver.get(driver.url("consent/")))
    for page in pages:
        assert key not in page.content.decode()
    assert all(key not in url for url in driver.urls)


def test_start_again_forgets_the_answers(driver):
    driver.get(question_url("en", "problem_area"))
    driver.post(question_url("en", "problem_area"), {"answer": "housing"})
    assert "Continue where you left off" in driver.get(driver.url("")).content.decode()
    response = driver.post(driver.url("start-again/"), {})
    assert response["Location"] == driver.url("")
    assert flow.load_state(driver.client.session) is None


def test_a_flow_started_on_a_version_finishes_on_it(client):
    from referrals.models import Option
    from referrals.services import questionnaire_publish

    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.post(question_url("en", "problem_area"), {"answer": "housing"})
    first = flow.load_state(client.session).version
    Option.objects.filter(question__key="problem_area", key="housing").update(
        label_en="Housing (new wording)"
    )
    assert questionnaire_publish().created
    driver.answer_all(housing_walk())
    driver.contact()
    driver.send()
    assert Enquiry.objects.get().questionnaire_version.number == first
    # A new self-assessment uses the new version and its wording.
    driver.post(driver.url("start-again/"), {})
    page = driver.get(question_url("en", "problem_area")).content.decode()
    assert "Housing (new wording)" in page
    assert flow.load_state(client.session).version == first + 1
