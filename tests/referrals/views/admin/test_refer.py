import pytest
from django.urls import reverse

from referrals.models import CaseNote, Enquiry
from referrals.services import consent_withdraw

from ...factories import CentreFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def eastside(db):
    return CentreFactory(slug="eastside", name="Eastside", coverage=["E"], languages=["en"])


def refer_url(enquiry):
    return reverse("enquiries:refer", args=[enquiry.pk])


def test_the_form_shows_where_routing_would_send_it_with_reasons(
    river_client, enquiry, eastside, northside
):
    response = river_client.get(refer_url(enquiry))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Eastside" in html and "Covers E; speaks English" in html
    form = response.context["form"]
    assert form.initial["to_centre"] == "eastside"
    # Every other active centre can be chosen; the current one cannot.
    choices = [
        value for _group, options in form.fields["to_centre"].choices[1:] for value, _ in options
    ]
    assert choices == ["eastside", "northside"]


def test_referring_on_moves_it_to_the_other_centres_queue(river_client, enquiry, eastside):
    response = river_client.post(
        refer_url(enquiry), {"to_centre": "eastside", "reason": "They moved to Stratford."}
    )

    assert response.status_code == 302
    # It is no longer Riverside's, so its caseworker goes back to the queue.
    assert response["Location"] == reverse("enquiries:queue")
    after = Enquiry.objects.get(pk=enquiry.pk)
    assert (after.centre, after.state) == (eastside, "referred_on")
    note = CaseNote.objects.get(enquiry=enquiry, kind="referral_reason")
    assert note.body == "They moved to Stratford."


def test_a_network_admin_stays_on_the_enquiry_after_referring_it(admin_client, enquiry, eastside):
    response = admin_client.post(refer_url(enquiry), {"to_centre": "eastside", "reason": "Nearer."})

    assert response["Location"] == reverse("enquiries:detail", args=[enquiry.pk])


def test_a_reason_is_required_and_what_was_chosen_is_kept(river_client, enquiry, eastside):
    response = river_client.post(refer_url(enquiry), {"to_centre": "eastside", "reason": "  "})

    assert response.status_code == 200
    assert response.context["form"].errors["reason"] == ["Give a reason."]
    assert 'value="eastside" selected' in response.content.decode()
    assert Enquiry.objects.get(pk=enquiry.pk).centre.slug == "riverside"


def test_an_unknown_centre_is_refused(river_client, enquiry):
    response = river_client.post(refer_url(enquiry), {"to_centre": "riverside", "reason": "x"})

    assert response.status_code == 200
    assert "to_centre" in response.context["form"].errors
    assert Enquiry.objects.get(pk=enquiry.pk).state == "routed"


def test_without_consent_to_share_the_refusal_is_clear_and_nothing_moves(
    river_client, riverside_caseworker, enquiry, eastside
):
    consent_withdraw(enquiry=enquiry, purpose="share_with_centre", actor=riverside_caseworker)

    page = river_client.get(refer_url(enquiry)).content.decode()
    response = river_client.post(refer_url(enquiry), {"to_centre": "eastside", "reason": "Nearer."})

    assert "This enquiry cannot be referred on: the person has not agreed" in page
    assert 'name="reason"' not in page
    assert response.status_code == 200
    assert "The person has not agreed to their enquiry being shared" in response.content.decode()
    assert Enquiry.objects.get(pk=enquiry.pk).centre.slug == "riverside"
