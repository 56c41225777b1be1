import pytest

from referrals.case_file import CaseFile
from referrals.models import Enquiry
from referrals.selectors import enquiry_case_file, latest_questionnaire_version
from referrals.services import enquiry_claim, enquiry_refer_on

from .factories import CentreFactory, housing_answers, submit

pytestmark = pytest.mark.django_db


def warnings_for(**facts) -> list[tuple[str, str]]:
    enquiry = Enquiry(questionnaire_version=latest_questionnaire_version(), **facts)
    return [(w.level, w.code) for w in CaseFile(enquiry, language="en").contact_warnings()]


def test_safe_contact_warnings_err_on_the_side_of_safety():
    assert warnings_for(safe_to_contact=True, may_leave_message=True) == []
    assert warnings_for(safe_to_contact=False, may_leave_message=False) == [
        ("critical", "not_safe"),
        ("critical", "no_message"),
    ]
    # Not asked or not answered: do not leave a message, and check who answers.
    assert warnings_for(safe_to_contact=None, may_leave_message=None) == [
        ("warning", "safety_unknown"),
        ("critical", "no_message"),
    ]
    assert warnings_for(
        safe_to_contact=True,
        may_leave_message=True,
        safe_times=["weekday_evening", "weekend"],
        contact_method="sms",
    ) == [("warning", "safe_times"), ("info", "contact_method")]
    assert warnings_for(safe_to_contact=True, may_leave_message=True, safe_times=["any_time"]) == []


def test_safe_times_and_method_are_in_words():
    enquiry = Enquiry(
        questionnaire_version=latest_questionnaire_version(),
        safe_times=["weekday_evening", "weekend"],
        contact_method="sms",
    )
    case = CaseFile(enquiry, language="en")

    texts = [w.text for w in case.contact_warnings()]

    assert "Contact them only at these times: Weekday evenings, Weekends." in texts
    assert "Preferred way to contact them: Text message." in texts


def test_answers_are_in_words_in_questionnaire_order(riverside, admin_user):
    enquiry = submit(
        answers=housing_answers(
            housing_problem="eviction_notice",
            housing_leave_date="2026-12-01",
            postcode="no_fixed_address",
            accessibility=["large_print", "hearing_loop"],
        )
    ).enquiry

    case = enquiry_case_file(user=admin_user, pk=enquiry.pk, language="en")
    answers = {row.key: row for row in case.answers()}

    assert list(answers)[:2] == ["problem_area", "housing_problem"]
    assert answers["housing_leave_date"].answer == "1 December 2026"
    assert answers["postcode"].answer == "I have no fixed address"
    assert answers["accessibility"].answer == "Letters in large print; A hearing loop"
    assert answers["summary"].private and not answers["problem_area"].private
    assert case.key_dates() == [("Eviction date", "1 December 2026")]
    assert case.sub_category == "My landlord has told me to leave, or I have a notice to leave"


def test_routing_reasons_and_referrals_read_as_sentences(
    riverside, riverside_caseworker, admin_user
):
    CentreFactory(slug="eastside", name="Eastside", coverage=["E"])
    enquiry = submit().enquiry
    enquiry_claim(enquiry=enquiry, actor=riverside_caseworker)
    enquiry_refer_on(
        enquiry=enquiry, actor=riverside_caseworker, to_centre="eastside", reason="Nearer."
    )

    case = enquiry_case_file(user=admin_user, pk=enquiry.pk, language="en")
    routing = case.routing()
    referral = next(row for row in case.timeline() if row.action == "refer_on")

    assert (routing.chosen, routing.chosen_name) == ("riverside", "Riverside")
    assert routing.ranked[0].reasons[0] == "covers E1"
    assert referral.detail == "From Riverside to Eastside (routing suggested Eastside)."
    assert referral.from_label == "Claimed by a caseworker"


def test_an_enquiry_in_triage_says_why(admin_user):
    enquiry = submit(answers=housing_answers(postcode="M1 1AE")).enquiry

    routing = enquiry_case_file(user=admin_user, pk=enquiry.pk, language="en").routing()

    assert routing.chosen_name == "Network triage queue"
    assert routing.reasons == ["no active centre handles Housing"]
