import pytest

from referrals.errors import EnquiryNotFound
from referrals.selectors import enquiry_export, enquiry_for_staff, referral_targets
from referrals.services import enquiry_add_note, enquiry_claim

from ..factories import CentreFactory, submit

pytestmark = pytest.mark.django_db


def test_an_action_loads_the_enquiry_without_reading_personal_data(
    riverside, riverside_caseworker, northside_caseworker
):
    enquiry = submit().enquiry

    loaded = enquiry_for_staff(user=riverside_caseworker, pk=enquiry.pk)

    assert {"name", "email", "phone", "summary", "private_answers"} <= loaded.get_deferred_fields()
    with pytest.raises(EnquiryNotFound):
        enquiry_for_staff(user=northside_caseworker, pk=enquiry.pk)


def test_the_export_holds_everything_the_centre_holds(riverside, riverside_caseworker):
    enquiry = submit().enquiry
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    enquiry_add_note(enquiry=enquiry, actor=riverside_caseworker, body="Spoke to them.")

    data = enquiry_export(user=riverside_caseworker, pk=enquiry.pk, language="en")

    assert data["reference"] == enquiry.reference
    assert (data["state"], data["centre"], data["claimed_by"]) == (
        "claimed",
        "riverside",
        "river-cw",
    )
    assert data["contact"]["phone"] == "+447700900123"
    assert data["summary"] == "There is damp in the bedroom."
    assert data["consents"] == {"share_with_centre": True}
    assert data["routing"]["chosen"] == "riverside"
    assert [row["action"] for row in data["timeline"]] == [
        "submitted",
        "route",
        "claim",
        "add_note",
    ]
    assert data["notes"] == [
        {"at": data["notes"][0]["at"], "by": "river-cw", "kind": "note", "text": "Spoke to them."}
    ]
    problem = next(a for a in data["answers"] if a["question"] == "problem_area")
    assert problem["answer"] == "housing" and problem["in_words"].startswith("Housing")


def test_the_export_is_only_for_those_who_may_see_the_enquiry(riverside, northside_caseworker):
    enquiry = submit().enquiry

    with pytest.raises(EnquiryNotFound):
        enquiry_export(user=northside_caseworker, pk=enquiry.pk)


def test_referral_targets_are_the_other_active_centres(riverside, northside):
    CentreFactory(slug="closed-down", active=False)
    enquiry = submit().enquiry

    assert [c.slug for c in referral_targets(enquiry=enquiry)] == ["northside"]
