import datetime as dt

import pytest

from referrals.assessment import AnswerError, Questionnaire
from referrals.selectors import latest_questionnaire_version

from .factories import housing_answers

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def questionnaire(db):
    return Questionnaire(latest_questionnaire_version().snapshot, today=TODAY)


def test_the_flow_starts_with_what_the_problem_is_about(questionnaire):
    walk = questionnaire.walk({})

    assert walk.next_question == "problem_area"
    assert not walk.complete


def test_an_option_branches_to_its_follow_up_questions(questionnaire):
    assert questionnaire.walk({"problem_area": "housing"}).next_question == "housing_problem"
    assert questionnaire.walk({"problem_area": "debt"}).next_question == "debt_problem"
    walk = questionnaire.walk({"problem_area": "housing", "housing_problem": "possession_claim"})
    assert walk.next_question == "housing_hearing_date"


def test_a_complete_walk_has_no_next_question(questionnaire):
    walk = questionnaire.walk(housing_answers())

    assert walk.complete
    assert walk.path[0] == "problem_area" and walk.path[-1] == "summary"


def test_answers_off_the_path_are_ignored(questionnaire):
    answers = housing_answers(debt_problem="bailiffs", housing_leave_date="2026-12-01")

    walk = questionnaire.walk(answers)

    assert walk.complete
    assert "debt_problem" not in walk.answers
    assert "housing_leave_date" not in walk.answers  # "disrepair" does not ask it


def test_changing_an_earlier_answer_changes_the_path(questionnaire):
    answers = housing_answers(housing_problem="eviction_notice")

    walk = questionnaire.walk(answers)

    assert walk.next_question == "housing_leave_date"


def test_a_skipped_optional_question_is_recorded_as_skipped(questionnaire):
    answers = housing_answers(housing_problem="eviction_notice", housing_leave_date="")

    walk = questionnaire.walk(answers)

    assert walk.complete
    assert "housing_leave_date" in walk.path and "housing_leave_date" not in walk.answers


def test_when_submitting_missing_optional_answers_count_as_skipped(questionnaire):
    answers = housing_answers(housing_problem="eviction_notice")

    assert questionnaire.walk(answers, submitting=True).complete


def test_when_submitting_a_missing_required_answer_is_an_error(questionnaire):
    answers = housing_answers(summary=None)

    walk = questionnaire.walk(answers, submitting=True)

    assert walk.errors == {"summary": "Enter an answer."}
    assert walk.next_question == "summary"


@pytest.mark.parametrize(
    "key, raw, expected",
    [
        ("problem_area", "housing", "housing"),
        ("interpreter", True, "yes"),
        ("safe_times", ["weekend", "weekday_morning"], ["weekday_morning", "weekend"]),
        ("safe_times", "weekend", ["weekend"]),
        ("housing_leave_date", "2026-12-01", "2026-12-01"),
        ("housing_leave_date", dt.date(2026, 12, 1), "2026-12-01"),
        ("postcode", "sw9 7ab", "SW9 7AB"),
        ("postcode", "sw9", "SW9"),
        ("postcode", "no_fixed_address", "no_fixed_address"),
        ("postcode", "", None),
        ("summary", "  Help  ", "Help"),
    ],
)
def test_answers_are_cleaned(questionnaire, key, raw, expected):
    assert questionnaire.clean_answer(key, raw) == expected


@pytest.mark.parametrize(
    "key, raw, message",
    [
        ("problem_area", "", "Choose one of the options."),
        ("problem_area", "astrology", "Choose one of the options."),
        ("interpreter", None, "Choose yes or no."),
        ("safe_times", ["midnight"], "Choose from the options shown."),
        ("housing_leave_date", "31/02/2026", "Enter a real date"),
        ("housing_leave_date", "2099-01-01", "within ten years"),
        ("postcode", "not a postcode", "Enter a UK postcode"),
        ("summary", "x" * 5001, "no more than 5000 characters"),
        ("language_other", "x" * 201, "no more than 200 characters"),
    ],
)
def test_bad_answers_are_refused_with_a_specific_message(questionnaire, key, raw, message):
    with pytest.raises(AnswerError, match=message):
        questionnaire.clean_answer(key, raw)


def test_texts_are_in_each_language_and_fall_back_to_english(questionnaire):
    question = questionnaire.question("problem_area")

    assert questionnaire.text(question, "text", "pl") == "Czego głównie dotyczy twój problem?"
    assert questionnaire.localised("ar")["questions"][0]["text"] == "ما الموضوع الرئيسي لمشكلتك؟"
    # A language the questionnaire has no text for falls back to English.
    assert questionnaire.text(question, "text", "fr") == "What is your problem mainly about?"


def test_a_localised_definition_hides_what_options_set(questionnaire):
    option = questionnaire.localised("en")["questions"][0]["options"][0]

    assert set(option) == {"key", "label", "next"}
