"""The flow's state and map (referrals/flow.py), without HTTP."""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.test import override_settings

from referrals import flow
from referrals.assessment import Questionnaire
from referrals.selectors import latest_questionnaire_version

from .flow_helpers import housing_walk

pytestmark = pytest.mark.django_db


@pytest.fixture
def questionnaire():
    return Questionnaire(latest_questionnaire_version().snapshot)


def answered(questionnaire, answers: dict) -> flow.FlowState:
    state = flow.FlowState(version=1)
    for key, value in answers.items():
        flow.set_answer(questionnaire, state, key, value)
    return state


def test_the_state_is_stored_encrypted_and_read_back():
    session = SessionStore()
    state = flow.FlowState(version=1, answers={"summary": "Marker-9911"})
    flow.save_state(session, state)
    assert "Marker-9911" not in str(dict(session.items()))
    assert flow.load_state(session) == state


def test_unfinished_answers_expire_with_the_retention_period():
    session = SessionStore()
    with override_settings(REFERRAL_SESSION_SECONDS=3600):
        flow.save_state(session, flow.FlowState(version=1))
    assert session.get_expiry_age() == 3600


def test_a_state_under_a_retired_key_starts_again():
    session = SessionStore()
    session[flow.SESSION_KEY] = "not-a-token"
    assert flow.load_state(session) is None
    assert flow.SESSION_KEY not in session


def test_a_question_is_reachable_once_those_before_it_are_answered(questionnaire):
    nav = flow.Navigator(questionnaire, {})
    assert nav.reachable("problem_area") and not nav.reachable("housing_problem")
    nav = flow.Navigator(questionnaire, {"problem_area": "housing"})
    assert nav.reachable("housing_problem") and not nav.reachable("housing_tenure")
    assert nav.frontier == "housing_problem"
    assert nav.previous("housing_problem") == "problem_area"


def test_numbers_are_positions_in_the_version(questionnaire):
    nav = flow.Navigator(questionnaire, {})
    assert nav.number("problem_area") == 1
    assert nav.key_for(nav.number("summary")) == "summary"
    assert nav.key_for(0) is None and nav.key_for(10_000) is None


def test_progress_counts_the_path_and_estimates_the_rest(questionnaire):
    nav = flow.Navigator(questionnaire, {})
    first = nav.progress("problem_area")
    assert first.position == 1 and first.estimated_total > 10
    state = answered(questionnaire, housing_walk())
    nav = flow.Navigator(questionnaire, state.answers)
    assert nav.complete
    assert nav.progress("summary").position == nav.progress("summary").estimated_total


def test_changing_a_branch_drops_its_answers_and_keeps_shared_ones(questionnaire):
    state = answered(questionnaire, housing_walk(housing_problem="eviction_notice"))
    state.answers["housing_leave_date"] = "2026-12-01"
    flow.set_answer(questionnaire, state, "housing_problem", "disrepair")
    assert "housing_leave_date" not in state.answers
    assert state.answers["housing_tenure"] == "private_rent"
    flow.set_answer(questionnaire, state, "problem_area", "debt")
    assert not any(key.startswith("housing_") for key in state.answers)
    assert state.answers["summary"] == "There is damp in the bedroom."


def test_skipped_optional_questions_are_remembered_as_skipped(questionnaire):
    state = answered(questionnaire, housing_walk())
    assert state.answers["accessibility"] is None
    assert flow.Navigator(questionnaire, state.answers).complete
