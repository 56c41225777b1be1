"""The help-seeker's private status pages."""

from __future__ import annotations

import pytest

from referrals import flow
from referrals.models import Consent
from tests.referrals.factories import ContactDetails, housing_answers, submit
from tests.referrals.flow_helpers import FlowDriver

pytestmark = pytest.mark.django_db

STATUS = "/en/get-help/status/"


@pytest.fixture
def result(riverside):
    return submit(
        answers=housing_answers(summary="Marker-5521 damp"),
        contact=ContactDetails(name="Amira Haddad", phone="07700 900123"),
        consents={"share_with_centre": True, "updates_by_sms": True},
    )


def open_link(client, result):
    return client.get(
        "/en/get-help/status/link/", {"r": result.reference, "s": result.status_secret}
    )


def test_the_private_link_moves_the_secret_into_the_session(client, result):
    response = open_link(client, result)
    assert response.status_code == 303
    assert response["Location"] == STATUS  # no secret in the address any more
    assert response["Referrer-Policy"] == "same-origin"
    assert flow.load_status_access(client.session) == (result.reference, result.status_secret)
    page = client.get(STATUS).content.decode()
    assert result.reference in page and "Waiting to be picked up" in page
    assert "Riverside" in page  # which centre has it: its public details


def test_the_status_page_shows_nothing_personal_or_about_the_problem(client, result):
    open_link(client, result)
    response = client.get(STATUS)
    page = response.content.decode()
    for value in ("Amira", "07700", "Marker-5521", "E1 6AN", "Housing", "disrepair"):
        assert value not in page, value
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert "data-quick-exit" in page


def test_a_wrong_link_says_so_without_saying_which_part_is_wrong(client, result):
    response = client.get("/en/get-help/status/link/", {"r": result.reference, "s": "nope"})
    assert response["Location"] == STATUS
    page = client.get(STATUS).content.decode()
    assert "We could not find an enquiry with that reference and status code" in page
    assert flow.load_status_access(client.session) is None


def test_looking_up_by_reference_and_code_typed_loosely(client, result):
    code = " ".join(result.status_secret[i : i + 4] for i in range(0, 20, 4)).upper()
    response = client.post(STATUS, {"reference": result.reference.lower(), "secret": code})
    assert response.status_code == 303 and response["Location"] == STATUS
    assert result.reference in client.get(STATUS).content.decode()


def test_a_failed_lookup_keeps_what_was_typed_and_links_the_errors(client, result):
    response = client.post(STATUS, {"reference": "SP-1234", "secret": ""})
    page = response.content.decode()
    assert '<a href="#status-reference">Check your reference' in page
    assert '<a href="#status-secret">Enter the status code' in page
    assert 'value="SP-1234"' in page
    response = client.post(STATUS, {"reference": result.reference, "secret": "a" * 20})
    assert "We could not find an enquiry" in response.content.decode()


def test_stop_text_updates(client, result):
    open_link(client, result)
    assert "Stop text message updates" in client.get(STATUS).content.decode()
    response = client.post("/en/get-help/status/stop-updates/", {"purpose": "updates_by_sms"})
    assert response["Location"] == STATUS
    latest = Consent.objects.filter(enquiry=result.enquiry, purpose="updates_by_sms").last()
    assert latest.given is False
    page = client.get(STATUS).content.decode()
    assert "We will not send you any more text messages." in page
    assert "Stop text message updates" not in page


def test_withdraw_the_enquiry_after_confirming(client, result):
    open_link(client, result)
    confirm = client.get("/en/get-help/status/withdraw/")
    assert "Are you sure you want to withdraw your enquiry?" in confirm.content.decode()
    client.post("/en/get-help/status/withdraw/")
    result.enquiry.refresh_from_db()
    assert result.enquiry.state == "withdrawn"
    page = client.get(STATUS).content.decode()
    assert "You have withdrawn your enquiry" in page and "Withdraw your enquiry" not in page


def test_forget_removes_the_enquiry_from_this_device(client, result):
    open_link(client, result)
    client.post("/en/get-help/status/forget/")
    assert flow.load_status_access(client.session) is None
    assert "Check where your enquiry is" in client.get(STATUS).content.decode()


def test_actions_need_access(client, result):
    response = client.post("/en/get-help/status/withdraw/")
    assert response["Location"] == STATUS
    result.enquiry.refresh_from_db()
    assert result.enquiry.state == "routed"


def test_after_sending_the_status_page_shows_the_new_enquiry(client, riverside):
    driver = FlowDriver(client, "en")
    driver.complete()
    confirmation = client.get("/en/get-help/sent/").content.decode()
    assert "/en/get-help/status/link/?r=SP-" in confirmation
    page = client.get(STATUS).content.decode()
    assert "Your enquiry" in page and "Waiting to be picked up" in page
