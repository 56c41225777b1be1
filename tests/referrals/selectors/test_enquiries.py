import pytest

from referrals.selectors import enquiry_detail, enquiry_status
from referrals.services import EnquiryNotFound, enquiry_claim, enquiry_mark_spam

from ..factories import submit

pytestmark = pytest.mark.django_db


def test_the_detail_is_found_by_id_or_reference_for_its_centre(riverside, riverside_caseworker):
    enquiry = submit().enquiry

    assert enquiry_detail(user=riverside_caseworker, pk=enquiry.pk) == enquiry
    assert enquiry_detail(user=riverside_caseworker, reference=enquiry.reference.lower()) == enquiry


def test_another_centres_enquiry_is_not_found_like_a_missing_one(
    riverside, northside, northside_caseworker
):
    enquiry = submit().enquiry

    with pytest.raises(EnquiryNotFound):
        enquiry_detail(user=northside_caseworker, pk=enquiry.pk)
    with pytest.raises(EnquiryNotFound):
        enquiry_detail(user=northside_caseworker, pk=enquiry.pk + 1000)


def test_status_needs_the_reference_and_the_secret(riverside):
    result = submit()

    assert enquiry_status(reference=result.reference, secret="wrong") is None
    assert enquiry_status(reference="SP-2222-2222", secret=result.status_secret) is None
    status = enquiry_status(reference=result.reference, secret=result.status_secret)
    assert status.reference == result.reference and status.state == "routed"
    assert status.centre.name == "Riverside"


def test_status_says_nothing_personal_or_about_the_problem(riverside):
    result = submit()

    status = enquiry_status(reference=result.reference, secret=result.status_secret)

    shown = repr(status)
    for private in ("Test Person", "07700", "E1 6AN", "damp", "housing", "disrepair"):
        assert private not in shown


def test_status_shows_the_latest_change_but_not_internal_events(riverside, riverside_caseworker):
    result = submit()
    claimed = enquiry_claim(enquiry=result.enquiry, actor=riverside_caseworker)

    status = enquiry_status(reference=result.reference, secret=result.status_secret)

    assert status.state == "claimed" and status.last_update == claimed.claimed_at


def test_spam_is_shown_as_closed(riverside, riverside_caseworker):
    result = submit()
    enquiry_mark_spam(enquiry=result.enquiry, actor=riverside_caseworker)

    assert enquiry_status(reference=result.reference, secret=result.status_secret).state == "closed"
