import pytest

from referrals.models import CaseNote, Enquiry, Notification
from referrals.services import (
    ConsentRequired,
    EnquiryNotFound,
    InvalidReferralTarget,
    ReasonRequired,
    consent_withdraw,
    enquiry_claim,
    enquiry_refer_on,
)
from referrals.states import State

from ..factories import CentreFactory, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def claimed(riverside, riverside_caseworker, northside):
    enquiry = submit().enquiry
    return enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)


def test_referring_on_moves_the_enquiry_to_the_other_centres_queue(
    claimed, riverside_caseworker, northside, northside_caseworker
):
    enquiry_refer_on(
        enquiry=claimed, actor=riverside_caseworker, to_centre=northside, reason="They do this"
    )

    enquiry = Enquiry.objects.get()
    assert enquiry.state == State.REFERRED_ON and enquiry.centre == northside
    assert enquiry.claimed_by is None
    event = enquiry.events.last()
    assert (event.from_state, event.to_state) == ("claimed", "referred_on")
    assert event.data["from_centre"] == "riverside" and event.data["to_centre"] == "northside"
    assert "suggested" in event.data
    assert CaseNote.objects.get(pk=event.data["note"]).body == "They do this"
    # The new centre can take it; the old one no longer sees it.
    enquiry_claim(enquiry=enquiry, actor=northside_caseworker)
    with pytest.raises(EnquiryNotFound):
        enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)


def test_the_new_centre_is_alerted(claimed, riverside_caseworker, northside):
    enquiry_refer_on(enquiry=claimed, actor=riverside_caseworker, to_centre="northside", reason="x")

    assert Notification.objects.filter(kind="new_enquiry", centre=northside).exists()


def test_a_reason_is_required(claimed, riverside_caseworker):
    with pytest.raises(ReasonRequired):
        enquiry_refer_on(
            enquiry=claimed, actor=riverside_caseworker, to_centre="northside", reason=" "
        )


def test_no_referral_without_consent_to_share(claimed, riverside_caseworker):
    consent_withdraw(enquiry=claimed, actor=riverside_caseworker, purpose="share_with_centre")

    with pytest.raises(ConsentRequired):
        enquiry_refer_on(
            enquiry=claimed, actor=riverside_caseworker, to_centre="northside", reason="x"
        )
    assert Enquiry.objects.get().centre.slug == "riverside"


@pytest.mark.parametrize("target", ["riverside", "inactive", "nowhere"])
def test_the_target_must_be_another_active_centre(claimed, riverside_caseworker, target):
    CentreFactory(slug="inactive", active=False)

    with pytest.raises(InvalidReferralTarget):
        enquiry_refer_on(enquiry=claimed, actor=riverside_caseworker, to_centre=target, reason="x")
