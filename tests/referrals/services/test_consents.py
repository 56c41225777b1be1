import pytest

from referrals.models import Consent, Notification
from referrals.selectors import current_consents
from referrals.services import EnquiryNotFound, consent_withdraw, consent_withdraw_sms_by_phone

from ..factories import ContactDetails, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def result(riverside):
    return submit(
        contact=ContactDetails(phone="07700 900123", email="a@example.org"),
        consents={"share_with_centre": True, "updates_by_sms": True, "updates_by_email": True},
    )


def test_withdrawing_adds_a_record_and_keeps_the_history(result):
    consent_withdraw(
        enquiry=result.enquiry, purpose="updates_by_email", status_secret=result.status_secret
    )

    rows = list(Consent.objects.filter(purpose="updates_by_email").values_list("given", flat=True))
    assert rows == [True, False]
    assert current_consents(enquiry=result.enquiry)["updates_by_email"] is False
    assert result.enquiry.events.last().data == {"purpose": "updates_by_email"}


def test_opting_out_of_sms_stops_pending_texts_only(result):
    consent_withdraw(
        enquiry=result.enquiry, purpose="updates_by_sms", status_secret=result.status_secret
    )

    statuses = dict(
        Notification.objects.filter(recipient_kind="help_seeker").values_list("channel", "status")
    )
    assert statuses == {"sms": "cancelled", "email": "pending"}


def test_withdrawing_twice_records_it_once(result):
    for _ in range(2):
        consent_withdraw(
            enquiry=result.enquiry, purpose="updates_by_sms", status_secret=result.status_secret
        )

    assert Consent.objects.filter(purpose="updates_by_sms", given=False).count() == 1


def test_staff_record_a_withdrawal_told_to_them(result, riverside_caseworker):
    consent = consent_withdraw(
        enquiry=result.enquiry, purpose="anonymised_statistics", actor=riverside_caseworker
    )

    assert consent is None  # it had not been given
    consent = consent_withdraw(
        enquiry=result.enquiry, purpose="updates_by_sms", actor=riverside_caseworker
    )
    assert consent.recorded_by == riverside_caseworker


def test_without_the_secret_nothing_is_withdrawn(result):
    with pytest.raises(EnquiryNotFound):
        consent_withdraw(enquiry=result.enquiry, purpose="updates_by_sms", status_secret="nope")

    assert not Consent.objects.filter(given=False).exists()


def test_an_sms_stop_withdraws_text_updates_on_every_enquiry_with_that_number(result, riverside):
    other = submit(
        contact=ContactDetails(phone="+44 7700 900123"),
        consents={"share_with_centre": True, "updates_by_sms": True},
    ).enquiry
    unrelated = submit(
        contact=ContactDetails(phone="07700 900999"),
        consents={"share_with_centre": True, "updates_by_sms": True},
    ).enquiry

    assert consent_withdraw_sms_by_phone(phone="07700900123") == 2
    assert consent_withdraw_sms_by_phone(phone="07700900123") == 0

    assert current_consents(enquiry=result.enquiry)["updates_by_sms"] is False
    assert current_consents(enquiry=other)["updates_by_sms"] is False
    assert current_consents(enquiry=unrelated)["updates_by_sms"] is True
    assert not Notification.objects.filter(
        channel="sms", status="pending", enquiry__in=[result.enquiry, other]
    ).exists()
