"""Abuse resistance on the send step of the self-assessment: the honeypot,
the minimum fill time and the submission rate limits (referrals/abuse.py)."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from referrals import flow
from referrals.abuse import HONEYPOT_FIELD
from referrals.models import Enquiry
from tests.referrals.flow_helpers import CHECK, PERSONAL, FlowDriver, housing_walk
from tests.support.caches import IGNORING, RAISING

pytestmark = pytest.mark.django_db

SENT = "/en/get-help/sent/"
NO_FILL_TIME = override_settings(REFERRAL_MIN_FILL_SECONDS=0)


def at_send_step(client) -> FlowDriver:
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    driver.get(driver.url(CHECK))
    assert driver.contact().status_code == 303
    assert driver.get(driver.url("consent/")).status_code == 200
    return driver


def main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def started(client, *, seconds_ago: int) -> None:
    session = client.session
    state = flow.load_state(session)
    state.started_at = (timezone.now() - timedelta(seconds=seconds_ago)).isoformat()
    flow.save_state(session, state)
    session.save()


# --- Honeypot ------------------------------------------------------------------


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client):
    driver = at_send_step(client)
    html = driver.get(driver.url("consent/")).content.decode()
    wrapper = html[html.index('<div class="honeypot"') :]
    wrapper = wrapper[: wrapper.index("</div>")]
    assert 'aria-hidden="true"' in wrapper
    assert f'name="{HONEYPOT_FIELD}"' in wrapper
    assert 'tabindex="-1"' in wrapper and 'autocomplete="off"' in wrapper
    assert "<script" not in wrapper


@NO_FILL_TIME
def test_a_filled_honeypot_sends_nothing_and_looks_like_the_ordinary_page(client, caplog):
    driver = at_send_step(client)
    with caplog.at_level(logging.INFO, "referrals.abuse"):
        response = driver.send(**{HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 200
    assert Enquiry.objects.count() == 0
    page = main(response)
    assert "Your enquiry has not been sent yet" in page
    assert "honeypot" not in page.replace('class="honeypot"', "")
    assert "spam.example" not in page  # the value is not echoed back
    assert "no-store" in response["Cache-Control"]
    assert "honeypot" in caplog.text
    assert not any(value in caplog.text for value in PERSONAL)
    # A person who somehow filled it sends again, and it goes.
    assert driver.send()["Location"] == SENT
    assert Enquiry.objects.count() == 1


# --- Minimum fill time -------------------------------------------------------------


@override_settings(REFERRAL_MIN_FILL_SECONDS=60)
def test_a_send_sooner_than_the_minimum_fill_time_is_held(client):
    driver = at_send_step(client)
    response = driver.send()
    assert response.status_code == 200
    assert "Your enquiry has not been sent yet" in main(response)
    assert Enquiry.objects.count() == 0
    assert flow.load_state(client.session).answers["summary"] == housing_walk()["summary"]
    started(client, seconds_ago=61)
    assert driver.send()["Location"] == SENT
    assert Enquiry.objects.count() == 1


# --- Rate limits -------------------------------------------------------------------


@NO_FILL_TIME
@override_settings(REFERRAL_SUBMISSIONS_PER_CLIENT=1, REFERRAL_SUBMISSIONS_GLOBAL=0)
def test_over_the_per_client_limit_is_a_429_page_that_keeps_the_answers(client):
    assert at_send_step(client).send()["Location"] == SENT
    driver = at_send_step(client)
    response = driver.send()
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    assert "no-store" in response["Cache-Control"]
    page = main(response)
    assert "Your enquiry has not been sent yet" in page
    assert "sent from this device or network" in page
    assert "Please try again in" in page and "minutes" in page
    assert "Nothing you typed has been lost" in page
    assert "call 999" in page
    assert 'href="/en/get-help/check-your-answers/"' in page
    assert '<html lang="en"' in response.content.decode()
    assert Enquiry.objects.count() == 1
    # The draft is kept: the check page still shows every answer.
    assert flow.load_state(client.session).contact["name"] == "Amira"
    check = driver.get(driver.url(CHECK))
    assert check.status_code == 200 and "There is damp in the bedroom." in main(check)
    # Someone elsewhere is not affected.
    assert at_send_step(Client(REMOTE_ADDR="203.0.113.7")).send()["Location"] == SENT


@NO_FILL_TIME
@override_settings(REFERRAL_SUBMISSIONS_PER_CLIENT=5, REFERRAL_SUBMISSIONS_GLOBAL=1)
def test_over_the_global_limit_everyone_gets_the_429_page(client):
    assert at_send_step(client).send()["Location"] == SENT
    response = at_send_step(Client(REMOTE_ADDR="203.0.113.7")).send()
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "A lot of people are sending enquiries right now" in main(response)
    assert Enquiry.objects.count() == 1


@NO_FILL_TIME
@override_settings(REFERRAL_SUBMISSIONS_PER_CLIENT=1, REFERRAL_SUBMISSIONS_GLOBAL=1)
@pytest.mark.parametrize("caches", [RAISING, IGNORING], ids=["raising", "django-redis-ignoring"])
def test_with_the_cache_down_enquiries_are_still_accepted(client, caches, caplog):
    with override_settings(CACHES=caches), caplog.at_level(logging.WARNING):
        assert at_send_step(client).send()["Location"] == SENT
        assert at_send_step(client).send()["Location"] == SENT
    assert Enquiry.objects.count() == 2
    assert "the cache is unavailable" in caplog.text
    assert not any(value in caplog.text for value in PERSONAL)
    assert "127.0.0.1" not in caplog.text
