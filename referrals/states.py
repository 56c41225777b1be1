"""The enquiry life cycle: one table of every allowed transition.

::

    submitted -> routed -> claimed -> contacted -> accepted
                   ^         |           |           |
                   +-release-+-----------+           |
    routed/claimed/contacted/accepted -> referred_on (to another centre,
                                         which claims it like a routed one)
    claimed/contacted/accepted -> closed (with an outcome code)
    any open state -> withdrawn;  not yet accepted -> spam

Services look transitions up here and refuse anything else with
IllegalTransition; nothing else decides what may follow what.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ROUTED = "routed", _("Waiting to be picked up")
    CLAIMED = "claimed", _("Claimed by a caseworker")
    CONTACTED = "contacted", _("Contacted")
    ACCEPTED = "accepted", _("Accepted")
    REFERRED_ON = "referred_on", _("Referred to another centre")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    SPAM = "spam", _("Spam")


class Action(models.TextChoices):
    ROUTE = "route", _("Route")
    CLAIM = "claim", _("Claim")
    RELEASE = "release", _("Release")
    MARK_CONTACTED = "mark_contacted", _("Mark as contacted")
    ACCEPT = "accept", _("Accept")
    REFER_ON = "refer_on", _("Refer on")
    CLOSE = "close", _("Close")
    WITHDRAW = "withdraw", _("Withdraw")
    MARK_SPAM = "mark_spam", _("Mark as spam")


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[str]
    target: str


def _t(action: Action, sources: tuple[State, ...], target: State) -> Transition:
    return Transition(str(action), frozenset(str(s) for s in sources), str(target))


S = State
OPEN_STATES = frozenset(
    str(s) for s in (S.ROUTED, S.REFERRED_ON, S.CLAIMED, S.CONTACTED, S.ACCEPTED)
)
# Waiting in a centre's queue for someone to pick it up.
UNCLAIMED_STATES = frozenset(str(s) for s in (S.ROUTED, S.REFERRED_ON))
TERMINAL_STATES = frozenset(str(s) for s in (S.CLOSED, S.WITHDRAWN, S.SPAM))

TRANSITIONS: dict[str, Transition] = {
    t.action: t
    for t in (
        _t(Action.ROUTE, (S.SUBMITTED,), S.ROUTED),
        _t(Action.CLAIM, (S.ROUTED, S.REFERRED_ON), S.CLAIMED),
        _t(Action.RELEASE, (S.CLAIMED, S.CONTACTED), S.ROUTED),
        _t(Action.MARK_CONTACTED, (S.CLAIMED,), S.CONTACTED),
        _t(Action.ACCEPT, (S.CONTACTED,), S.ACCEPTED),
        _t(
            Action.REFER_ON,
            (S.ROUTED, S.REFERRED_ON, S.CLAIMED, S.CONTACTED, S.ACCEPTED),
            S.REFERRED_ON,
        ),
        _t(Action.CLOSE, (S.CLAIMED, S.CONTACTED, S.ACCEPTED), S.CLOSED),
        _t(
            Action.WITHDRAW,
            (S.SUBMITTED, S.ROUTED, S.REFERRED_ON, S.CLAIMED, S.CONTACTED, S.ACCEPTED),
            S.WITHDRAWN,
        ),
        _t(
            Action.MARK_SPAM,
            (S.SUBMITTED, S.ROUTED, S.REFERRED_ON, S.CLAIMED, S.CONTACTED),
            S.SPAM,
        ),
    )
}


def target_state(action: str, from_state: str) -> str | None:
    """The state action leads to from from_state, or None if it is not allowed."""
    transition = TRANSITIONS.get(action)
    if transition is None or from_state not in transition.sources:
        return None
    return transition.target


def allowed_actions(from_state: str) -> list[str]:
    """Actions allowed from from_state, in table order (for buttons in the queue)."""
    return [t.action for t in TRANSITIONS.values() if from_state in t.sources]
