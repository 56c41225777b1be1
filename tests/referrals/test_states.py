import pytest

from referrals.states import (
    OPEN_STATES,
    TERMINAL_STATES,
    TRANSITIONS,
    Action,
    State,
    allowed_actions,
    target_state,
)


@pytest.mark.parametrize(
    "action, from_state, to_state",
    [
        (Action.ROUTE, State.SUBMITTED, State.ROUTED),
        (Action.CLAIM, State.ROUTED, State.CLAIMED),
        (Action.CLAIM, State.REFERRED_ON, State.CLAIMED),
        (Action.MARK_CONTACTED, State.CLAIMED, State.CONTACTED),
        (Action.ACCEPT, State.CONTACTED, State.ACCEPTED),
        (Action.CLOSE, State.ACCEPTED, State.CLOSED),
        (Action.CLOSE, State.CLAIMED, State.CLOSED),
        (Action.REFER_ON, State.CONTACTED, State.REFERRED_ON),
        (Action.RELEASE, State.CONTACTED, State.ROUTED),
        (Action.WITHDRAW, State.ACCEPTED, State.WITHDRAWN),
        (Action.MARK_SPAM, State.ROUTED, State.SPAM),
    ],
)
def test_the_life_cycle_allows(action, from_state, to_state):
    assert target_state(action, from_state) == to_state


@pytest.mark.parametrize(
    "action, from_state",
    [
        (Action.CLAIM, State.CLAIMED),
        (Action.ACCEPT, State.CLAIMED),  # must be contacted first
        (Action.CLOSE, State.ROUTED),  # must be claimed first
        (Action.MARK_SPAM, State.ACCEPTED),
        (Action.RELEASE, State.ROUTED),
        ("teleport", State.ROUTED),
    ],
)
def test_the_life_cycle_refuses(action, from_state):
    assert target_state(action, from_state) is None


def test_nothing_leaves_a_terminal_state():
    for state in TERMINAL_STATES:
        assert allowed_actions(state) == []


def test_every_open_state_can_be_withdrawn_and_every_target_is_a_state():
    for state in OPEN_STATES:
        assert Action.WITHDRAW in allowed_actions(state)
    for transition in TRANSITIONS.values():
        assert transition.target in State.values
        assert transition.sources <= set(State.values)
