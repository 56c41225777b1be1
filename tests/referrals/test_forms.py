"""Parsing the flow's form fields into answers (the checks are the questionnaire's)."""

import pytest
from django.http import QueryDict

from referrals.assessment import Questionnaire
from referrals.forms import ContactForm, QuestionForm, StatusLookupForm
from referrals.selectors import latest_questionnaire_version

pytestmark = pytest.mark.django_db


@pytest.fixture
def questionnaire():
    return Questionnaire(latest_questionnaire_version().snapshot)


def data(**fields) -> QueryDict:
    query = QueryDict(mutable=True)
    for name, value in fields.items():
        name = name.replace("_", "-") if name.startswith("answer_") else name
        query.setlist(name, value if isinstance(value, list) else [value])
    return query


def test_a_date_from_three_fields(questionnaire):
    form = QuestionForm(
        questionnaire,
        "housing_leave_date",
        data=data(answer_day="3", answer_month="12", answer_year="2026"),
    )
    assert form.is_valid() and form.value == "2026-12-03"


@pytest.mark.parametrize(
    "fields, message, target",
    [
        (
            {"answer_day": "3", "answer_year": "2026"},
            "The date must include a month.",
            "answer-month",
        ),
        (
            {"answer_day": "31", "answer_month": "2", "answer_year": "2026"},
            "Enter a real date",
            "answer",
        ),
        (
            {"answer_day": "3", "answer_month": "2", "answer_year": "26"},
            "four numbers",
            "answer-year",
        ),
        (
            {"answer_day": "x", "answer_month": "2", "answer_year": "2026"},
            "Enter a real date",
            "answer",
        ),
    ],
)
def test_date_errors_name_the_part(questionnaire, fields, message, target):
    form = QuestionForm(questionnaire, "housing_leave_date", data=data(**fields))
    assert not form.is_valid()
    assert message in form.error and form.error_field == target


def test_a_blank_optional_date_is_skipped(questionnaire):
    form = QuestionForm(questionnaire, "housing_leave_date", data=data())
    assert form.is_valid() and form.value is None


def test_a_postcode_or_a_box_but_not_both(questionnaire):
    form = QuestionForm(questionnaire, "postcode", data=data(answer="sw9 7ab"))
    assert form.is_valid() and form.value == "SW9 7AB"
    form = QuestionForm(
        questionnaire, "postcode", data=data(**{"answer-option": "no_fixed_address"})
    )
    assert form.is_valid() and form.value == "no_fixed_address"
    form = QuestionForm(
        questionnaire, "postcode", data=data(answer="E1", **{"answer-option": "prefer_not_to_say"})
    )
    assert not form.is_valid() and "not both" in form.error
    assert form.display["text"] == "E1" and form.display["selected"] == ["prefer_not_to_say"]


def test_multiple_choice_keeps_the_ticks(questionnaire):
    form = QuestionForm(questionnaire, "safe_times", data=data(answer=["weekend", "nonsense"]))
    assert not form.is_valid()
    assert form.display["selected"] == ["weekend", "nonsense"]
    form = QuestionForm(questionnaire, "safe_times", data=data(answer=["weekend"]))
    assert form.is_valid() and form.value == ["weekend"]


def test_a_stored_answer_is_shown_again(questionnaire):
    form = QuestionForm(questionnaire, "housing_leave_date", initial="2026-12-03")
    assert (form.display["day"], form.display["month"], form.display["year"]) == ("3", "12", "2026")
    form = QuestionForm(questionnaire, "postcode", initial="no_fixed_address")
    assert form.display["selected"] == ["no_fixed_address"] and form.display["text"] == ""


def test_contact_rules_are_the_services():
    form = ContactForm(data={"name": "", "email": "", "phone": ""}, contact_method="sms")
    assert not form.is_valid()
    assert form.errors["phone"] == ["Enter a phone number, as you asked us to call or text you."]
    form = ContactForm(data={"email": "a@example.org"}, contact_method="email")
    assert form.is_valid()


def test_status_lookup_accepts_loose_typing():
    form = StatusLookupForm(data={"reference": "sp 7kq4 92xd", "secret": "ABCD efgh-ijkl"})
    form.is_valid()
    assert form.cleaned_data.get("secret") == "abcdefghijkl"
