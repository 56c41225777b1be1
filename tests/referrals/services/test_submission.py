import datetime as dt

import pytest

from referrals.consents import WORDING_VERSION
from referrals.models import Consent, Enquiry, EnquiryEvent, Notification, Question
from referrals.selectors import enquiry_status, latest_questionnaire_version
from referrals.services import (
    ContactDetails,
    InvalidSubmission,
    enquiry_submit,
    questionnaire_publish,
)
from referrals.states import State

from ..factories import CentreFactory, housing_answers, submit

pytestmark = pytest.mark.django_db


def test_a_submission_becomes_a_routed_enquiry_with_its_timeline(riverside):
    result = submit(consents={"share_with_centre": True, "anonymised_statistics": True})

    enquiry = Enquiry.objects.get()
    assert result.created and result.enquiry == enquiry
    assert enquiry.state == State.ROUTED and enquiry.centre == riverside
    assert enquiry.routing["chosen"] == "riverside" and enquiry.routing_level
    assert enquiry.area.code == "housing" and enquiry.sub_category == "disrepair"
    assert (enquiry.outward_code, enquiry.postcode) == ("E1", "E1 6AN")
    assert enquiry.questionnaire_version == latest_questionnaire_version()
    assert [(e.action, e.from_state, e.to_state) for e in enquiry.events.all()] == [
        ("submitted", "", "submitted"),
        ("route", "submitted", "routed"),
    ]
    assert sorted(enquiry.consents.values_list("purpose", flat=True)) == [
        "anonymised_statistics",
        "share_with_centre",
    ]


def test_consents_record_the_wording_version_language_and_time(riverside):
    moment = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
    submit(language="pl", as_of=moment)

    consent = Consent.objects.get()
    assert (consent.given, consent.wording_version, consent.language, consent.created_at) == (
        True,
        WORDING_VERSION,
        "pl",
        moment,
    )


def test_the_same_idempotency_key_returns_the_same_enquiry_and_status_link(riverside):
    first = submit(idempotency_key="a-long-unguessable-key-1")
    second = submit(
        idempotency_key="a-long-unguessable-key-1", answers=housing_answers(summary="x")
    )

    assert not second.created
    assert (second.enquiry.pk, second.reference, second.status_secret) == (
        first.enquiry.pk,
        first.reference,
        first.status_secret,
    )
    assert Enquiry.objects.count() == 1 and EnquiryEvent.objects.count() == 2


def test_different_submissions_get_different_references_and_secrets(riverside):
    first, second = submit(), submit()

    assert first.reference != second.reference
    assert first.status_secret != second.status_secret


def test_the_status_secret_opens_the_status_and_is_stored_only_hashed(riverside):
    result = submit()

    assert enquiry_status(reference=result.reference, secret=result.status_secret).state == "routed"
    assert result.status_secret not in result.enquiry.status_secret_hash


def test_nobody_covering_sends_it_to_the_triage_queue(riverside):
    submit(answers=housing_answers(postcode="M1 1AE"))

    enquiry = Enquiry.objects.get()
    assert enquiry.state == State.ROUTED and enquiry.centre is None
    assert enquiry.routing["chosen"] == "triage" and enquiry.routing_level == "triage"


@pytest.mark.parametrize("days, urgent", [(14, True), (15, False)])
def test_a_key_date_within_the_configured_days_is_urgent(riverside, days, urgent):
    moment = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)
    leave_by = (moment.date() + dt.timedelta(days=days)).isoformat()

    submit(
        answers=housing_answers(housing_problem="eviction_notice", housing_leave_date=leave_by),
        as_of=moment,
    )

    enquiry = Enquiry.objects.get()
    assert enquiry.urgent is urgent
    assert enquiry.key_dates == [
        {"kind": "eviction", "date": leave_by, "question": "housing_leave_date"}
    ]
    assert enquiry.next_key_date.isoformat() == leave_by


def test_the_urgency_window_is_a_setting(riverside, settings):
    settings.URGENT_WITHIN_DAYS = 30
    moment = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.UTC)

    submit(
        answers=housing_answers(housing_problem="eviction_notice", housing_leave_date="2026-12-20"),
        as_of=moment,
    )

    assert Enquiry.objects.get().urgent


def test_help_seekers_get_messages_only_by_channels_they_consented_to(riverside):
    submit(
        contact=ContactDetails(name="A", phone="07700 900123"),
        consents={"share_with_centre": True, "updates_by_sms": True, "updates_by_email": True},
    )

    rows = set(Notification.objects.values_list("recipient_kind", "channel", "kind"))
    # No e-mail was given, so no e-mail goes, although it was consented to.
    assert rows == {
        ("help_seeker", "sms", "enquiry_received"),
        ("centre", "email", "new_enquiry"),
    }


def test_without_consent_to_updates_only_the_centre_is_told(riverside):
    submit()

    assert list(Notification.objects.values_list("recipient_kind", flat=True)) == ["centre"]


def test_every_problem_is_reported_at_once_and_nothing_is_stored(riverside):
    with pytest.raises(InvalidSubmission) as caught:
        enquiry_submit(
            version=latest_questionnaire_version(),
            answers=housing_answers(summary=None),
            contact=ContactDetails(email="not-an-address", phone="12"),
            consents={"updates_by_sms": True},
            language="en",
        )

    assert set(caught.value.errors) == {
        "summary",
        "contact.email",
        "contact.phone",
        "consents.share_with_centre",
    }
    assert not Enquiry.objects.exists()


@pytest.mark.parametrize(
    "method, contact, field",
    [
        ("email", ContactDetails(phone="07700 900123"), "contact.email"),
        ("sms", ContactDetails(email="a@example.org"), "contact.phone"),
        ("phone", ContactDetails(), "contact.phone"),
    ],
)
def test_the_contact_detail_for_the_chosen_method_is_required(riverside, method, contact, field):
    with pytest.raises(InvalidSubmission) as caught:
        submit(answers=housing_answers(contact_method=method), contact=contact)

    assert list(caught.value.errors) == [field]


def test_contact_details_are_normalised_and_hashed_for_lookup(riverside):
    submit(contact=ContactDetails(name=" Ana ", email="Ana@Example.org", phone="020 7946 0000"))

    enquiry = Enquiry.objects.get()
    assert (enquiry.name, enquiry.email, enquiry.phone) == (
        "Ana",
        "ana@example.org",
        "+442079460000",
    )
    assert len(enquiry.email_hash) == 64 and len(enquiry.phone_hash) == 64


def test_an_enquiry_keeps_the_version_it_was_answered_against(riverside):
    version = latest_questionnaire_version()
    submit()

    Question.objects.filter(key="summary").update(text_en="Tell us more")
    newer = questionnaire_publish().version

    assert newer.number == version.number + 1
    assert Enquiry.objects.get().questionnaire_version == version
    assert _text(version.snapshot, "summary") != "Tell us more"


def _text(snapshot, key):
    return next(q for q in snapshot["questions"] if q["key"] == key)["text"]["en"]


def test_the_weekly_load_spreads_enquiries_over_centres(riverside):
    CentreFactory(slug="second", coverage=["E1"], weekly_capacity=1)
    riverside.weekly_capacity = 1
    riverside.save()

    submit()
    submit()

    assert sorted(Enquiry.objects.values_list("centre__slug", flat=True)) == ["riverside", "second"]


@pytest.mark.parametrize(
    "overrides, field",
    [({"language": "xx"}, "language"), ({"idempotency_key": "short"}, "idempotency_key")],
)
def test_the_language_and_a_guessable_idempotency_key_are_refused(riverside, overrides, field):
    with pytest.raises(InvalidSubmission) as caught:
        submit(**overrides)

    assert list(caught.value.errors) == [field]
