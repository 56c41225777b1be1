import pytest

from referrals.permissions import may_use_queue, refused_by_role, staff_actions
from referrals.services import enquiry_accept, enquiry_claim, enquiry_close, enquiry_mark_contacted

from .factories import UserFactory, caseworker, submit

pytestmark = pytest.mark.django_db


def test_anyone_at_the_centre_may_claim_refer_or_dismiss_an_unclaimed_enquiry(
    riverside, riverside_caseworker
):
    enquiry = submit().enquiry

    assert staff_actions(riverside_caseworker, enquiry) == [
        "claim",
        "refer_on",
        "withdraw",
        "mark_spam",
    ]


def test_the_claimant_does_the_work_and_supervisors_may_move_it(
    riverside, riverside_caseworker, admin_user
):
    enquiry = enquiry_claim(enquiry=submit().enquiry, actor=riverside_caseworker)
    colleague = caseworker(riverside, "colleague")
    manager = caseworker(riverside, "boss", role="manager")

    assert staff_actions(riverside_caseworker, enquiry) == [
        "release",
        "mark_contacted",
        "refer_on",
        "close",
        "withdraw",
        "mark_spam",
    ]
    assert staff_actions(colleague, enquiry) == []
    assert staff_actions(manager, enquiry) == ["release", "refer_on", "mark_spam"]
    assert staff_actions(admin_user, enquiry) == ["release", "refer_on", "mark_spam"]
    assert refused_by_role(colleague, enquiry, "close")
    # Not allowed by the state at all: the service says why, not the role check.
    assert not refused_by_role(colleague, enquiry, "claim")


def test_finished_enquiries_offer_nothing(riverside, riverside_caseworker):
    enquiry = enquiry_claim(enquiry=submit().enquiry, actor=riverside_caseworker)
    enquiry_mark_contacted(enquiry=enquiry, actor=riverside_caseworker)
    enquiry_accept(enquiry=enquiry, actor=riverside_caseworker)
    enquiry = enquiry_close(enquiry=enquiry, actor=riverside_caseworker, outcome="advice_given")

    assert staff_actions(riverside_caseworker, enquiry) == []


def test_nothing_is_offered_on_another_centres_enquiry(riverside, northside_caseworker):
    enquiry = submit().enquiry

    assert staff_actions(northside_caseworker, enquiry) == []


def test_the_queue_is_for_centre_staff_and_network_admins(riverside_caseworker, admin_user, db):
    assert may_use_queue(riverside_caseworker)
    assert may_use_queue(admin_user)
    assert not may_use_queue(UserFactory(username="editor"))
