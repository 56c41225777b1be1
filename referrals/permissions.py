"""What a staff user may do to one enquiry: the state table's actions,
narrowed by the user's role.

The caseworker views offer exactly these buttons and refuse anything else.
The services still check access and the state under a row lock, so a stale
page can never make an illegal move.

- Anyone who may see the enquiry may claim it, add a note, export it, and,
  while nobody has claimed it, refer it on, mark it as spam or record that
  the person withdrew.
- Once it is claimed, the work (contacted, accepted, closed, withdrawn) is
  the claimant's. The claimant, the centre's managers and network
  administrators may release it, refer it on or mark it as spam (so a
  manager can move work when someone is away).
"""

from __future__ import annotations

from django.contrib.auth.base_user import AbstractBaseUser

from .models import Enquiry
from .selectors.access import (
    can_access_enquiry,
    centre_ids_for,
    is_centre_manager,
    is_network_admin,
)
from .states import UNCLAIMED_STATES, Action, allowed_actions

_CLAIMANT_OR_SUPERVISOR = frozenset({Action.RELEASE, Action.REFER_ON, Action.MARK_SPAM})
_NEVER_BY_STAFF = frozenset({Action.ROUTE})


def is_supervisor(user: AbstractBaseUser, enquiry: Enquiry) -> bool:
    """A network admin, or a manager of the enquiry's centre."""
    if is_network_admin(user):
        return True
    return enquiry.centre_id is not None and is_centre_manager(user, enquiry.centre)


def staff_actions(user: AbstractBaseUser, enquiry: Enquiry) -> list[str]:
    """The state actions user may take on enquiry now, in the table's order."""
    if not can_access_enquiry(user, enquiry):
        return []
    unclaimed = enquiry.state in UNCLAIMED_STATES
    claimant = enquiry.claimed_by_id is not None and enquiry.claimed_by_id == user.pk
    supervisor = None  # looked up only when it matters (one query)
    actions = []
    for action in allowed_actions(enquiry.state):
        if action in _NEVER_BY_STAFF:
            continue
        if action == Action.CLAIM or unclaimed or claimant:
            actions.append(action)
        elif action in _CLAIMANT_OR_SUPERVISOR:
            if supervisor is None:
                supervisor = is_supervisor(user, enquiry)
            if supervisor:
                actions.append(action)
    return actions


def may_use_queue(user: AbstractBaseUser) -> bool:
    """Network admins, and staff who work at a centre."""
    return is_network_admin(user) or bool(centre_ids_for(user))


def refused_by_role(user: AbstractBaseUser, enquiry: Enquiry, action: str) -> bool:
    """The enquiry's state allows action, but not for this user. (When the
    state does not allow it, the service refuses and says why.)"""
    return action in allowed_actions(enquiry.state) and action not in staff_actions(user, enquiry)
