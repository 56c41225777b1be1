import datetime as dt

import pytest

from referrals.assessment import Questionnaire
from referrals.facts import derive_facts
from referrals.models import PostcodeStatus
from referrals.selectors import latest_questionnaire_version

from .factories import housing_answers

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def questionnaire(db):
    return Questionnaire(latest_questionnaire_version().snapshot, today=TODAY)


def facts_for(questionnaire, site_language="en", **answers):
    walk = questionnaire.walk(housing_answers(**answers), submitting=True)
    assert walk.complete, walk.errors
    return derive_facts(questionnaire, walk, language=site_language)


def test_options_set_area_and_sub_category(questionnaire):
    facts = facts_for(questionnaire, housing_problem="deposit")

    assert (facts.area, facts.sub_category) == ("housing", "deposit")


def test_a_follow_up_can_change_the_area(questionnaire):
    facts = facts_for(
        questionnaire,
        problem_area="employment",
        housing_problem=None,
        housing_tenure=None,
        employment_problem="discrimination",
        employment_still_working="yes",
        employment_acas="no",
    )

    assert (facts.area, facts.sub_category) == ("discrimination", "discrimination_at_work")


def test_key_dates_are_collected_and_a_near_one_is_urgent(questionnaire):
    facts = facts_for(
        questionnaire, housing_problem="eviction_notice", housing_leave_date="2026-12-01"
    )

    assert [(d.kind, d.date) for d in facts.key_dates] == [("eviction", dt.date(2026, 12, 1))]
    assert facts.urgency(today=TODAY, within_days=14) == (True, ["key_date"])
    assert facts.urgency(today=TODAY, within_days=7) == (False, [])


def test_a_key_date_that_has_passed_is_still_urgent(questionnaire):
    facts = facts_for(
        questionnaire, housing_problem="eviction_notice", housing_leave_date="2026-11-01"
    )

    assert facts.urgency(today=TODAY, within_days=14)[0]


def test_an_answer_can_make_an_enquiry_urgent(questionnaire):
    facts = facts_for(questionnaire, housing_problem="homeless", housing_tonight="no")

    assert facts.urgency(today=TODAY, within_days=14) == (True, ["answer"])


def test_eligibility_hints_add_up(questionnaire):
    facts = facts_for(questionnaire, means_tested="yes")

    assert facts.eligibility == {"means_tested_benefits"}


@pytest.mark.parametrize(
    "answer, status, outward",
    [
        ("E1 6AN", PostcodeStatus.GIVEN, "E1"),
        ("E1", PostcodeStatus.OUTWARD_ONLY, "E1"),
        ("no_fixed_address", PostcodeStatus.NO_FIXED_ADDRESS, None),
        ("prefer_not_to_say", PostcodeStatus.PREFER_NOT_TO_SAY, None),
        (None, PostcodeStatus.NOT_GIVEN, None),
    ],
)
def test_postcode_answers(questionnaire, answer, status, outward):
    facts = facts_for(questionnaire, postcode=answer)

    assert facts.postcode_status == status
    assert (facts.postcode.outward if facts.postcode else None) == outward


def test_language_interpreter_and_safe_contact_answers(questionnaire):
    facts = facts_for(
        questionnaire,
        language="bsl",
        interpreter="yes",
        safe_to_contact="no",
        leave_message="no",
        safe_times=["weekday_morning"],
        contact_method="sms",
        accessibility=["step_free", "extra_time"],
    )

    assert facts.advice_language == "bsl" and facts.interpreter_requested
    assert (facts.safe_to_contact, facts.may_leave_message) == (False, False)
    assert facts.safe_times == ["weekday_morning"] and facts.contact_method == "sms"
    assert facts.accessibility_needs == ["step_free", "extra_time"]


def test_another_language_asks_for_an_interpreter(questionnaire):
    facts = facts_for(questionnaire, site_language="pl", language="other", language_other="Wolof")

    assert facts.interpreter_requested
    assert facts.advice_language == "pl"
    assert facts.private_answers["language_other"] == "Wolof"


def test_without_a_language_answer_the_site_language_is_used(questionnaire):
    walk = questionnaire.walk(housing_answers(), submitting=True)
    del walk.answers["language"]  # as in a questionnaire that does not ask

    assert derive_facts(questionnaire, walk, language="ar").advice_language == "ar"


def test_free_text_and_postcodes_are_kept_apart_as_private(questionnaire):
    facts = facts_for(questionnaire, summary="My landlord is Mr X.")

    assert facts.private_answers == {"postcode": "E1 6AN", "summary": "My landlord is Mr X."}
    assert (
        "summary" not in facts.public_answers and facts.public_answers["problem_area"] == "housing"
    )
