"""Centre isolation on every caseworker URL.

The URLs are read from the "enquiries" namespace itself, so a view added
there later is covered without touching this file.
"""

import pytest
from django.urls import get_resolver, reverse

from referrals.models import CaseNote, Enquiry, EnquiryEvent, Notification

from ...factories import housing_answers, submit

pytestmark = pytest.mark.django_db
# Plausible input for every form, so a 404 can only come from the access check.
FORM_DATA = {
    "outcome": "advice_given",
    "body": "A note.",
    "reason": "A reason.",
    "to_centre": "riverside",
}


def caseworker_url_names() -> tuple[list[str], list[str]]:
    """(names of views of one enquiry, names of the other views) in the namespace."""
    _prefix, resolver = get_resolver().namespace_dict["enquiries"]
    per_enquiry, others = [], []
    for pattern in resolver.url_patterns:
        name = f"enquiries:{pattern.name}"
        (per_enquiry if "pk" in pattern.pattern.converters else others).append(name)
    return per_enquiry, others


PER_ENQUIRY, LISTINGS = caseworker_url_names()


def test_the_namespace_is_found_with_every_action():
    assert len(PER_ENQUIRY) >= 11 and "enquiries:claim" in PER_ENQUIRY
    assert "enquiries:queue" in LISTINGS


def footprint(enquiry: Enquiry) -> tuple:
    """Everything an action could change about an enquiry."""
    enquiry = Enquiry.objects.get(pk=enquiry.pk)
    return (
        enquiry.state,
        enquiry.centre_id,
        enquiry.claimed_by_id,
        enquiry.outcome_id,
        enquiry.updated_at,
        EnquiryEvent.objects.filter(enquiry=enquiry).count(),
        CaseNote.objects.filter(enquiry=enquiry).count(),
        enquiry.consents.count(),
        Notification.objects.filter(enquiry=enquiry).count(),
    )


@pytest.fixture
def northside_enquiry(northside):
    return submit(answers=housing_answers(postcode="N1 9GU")).enquiry


@pytest.fixture
def triage_enquiry(db):
    return submit(answers=housing_answers(postcode="M1 1AE")).enquiry


@pytest.mark.parametrize("url_name", PER_ENQUIRY)
def test_another_centres_enquiry_is_not_found_and_nothing_changes(
    river_client, riverside, url_name, northside_enquiry, triage_enquiry
):
    for enquiry in (northside_enquiry, triage_enquiry):
        before = footprint(enquiry)
        url = reverse(url_name, args=[enquiry.pk])

        assert river_client.get(url).status_code == 404, url
        assert river_client.post(url, FORM_DATA).status_code == 404, url
        assert footprint(enquiry) == before, url


@pytest.mark.parametrize("url_name", PER_ENQUIRY)
def test_a_missing_enquiry_gets_the_same_answer(river_client, riverside, url_name):
    url = reverse(url_name, args=[999999])

    assert river_client.get(url).status_code == 404
    assert river_client.post(url, FORM_DATA).status_code == 404


@pytest.mark.parametrize("url_name", LISTINGS)
def test_listings_never_show_another_centres_enquiries(
    river_client, riverside, url_name, northside_enquiry, triage_enquiry
):
    html = river_client.get(reverse(url_name), {"state": "routed"}).content.decode()

    assert northside_enquiry.reference not in html
    assert triage_enquiry.reference not in html


@pytest.mark.parametrize("url_name", PER_ENQUIRY + LISTINGS)
def test_signed_out_visitors_are_sent_to_sign_in_and_nothing_changes(
    client, url_name, northside_enquiry
):
    before = footprint(northside_enquiry)
    args = [northside_enquiry.pk] if url_name in PER_ENQUIRY else []
    url = reverse(url_name, args=args)

    for response in (client.get(url), client.post(url, FORM_DATA)):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert footprint(northside_enquiry) == before
