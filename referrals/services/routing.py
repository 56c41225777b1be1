from __future__ import annotations

import datetime as dt

from django.db import transaction

from ..errors import IllegalTransition
from ..models import Centre, Enquiry, EventAction
from ..routing import route
from ..selectors.centres import centre_snapshots, enquiry_routing_facts, routing_policy
from ..states import Action, State, target_state
from .notifications import notify_centre
from .timeline import enquiry_event_record


# Called inside enquiry_submit's transaction: no savepoint round trips.
@transaction.atomic(savepoint=False)
def assign_by_routing(*, enquiry: Enquiry, as_of: dt.datetime) -> Enquiry:
    """Route a submitted enquiry: the pure routing function decides, this
    stores the decision, moves it to "routed" and alerts the centre."""
    to_state = target_state(Action.ROUTE, enquiry.state)
    if to_state is None:
        raise IllegalTransition(action=Action.ROUTE, from_state=enquiry.state)
    decision = route(
        enquiry_routing_facts(enquiry=enquiry),
        centre_snapshots(as_of=as_of),
        as_of,
        routing_policy(),
    )
    centre = Centre.objects.get(slug=decision.chosen) if decision.chosen else None
    from_state = enquiry.state
    enquiry.centre = centre
    enquiry.assigned_at = as_of
    enquiry.routing = decision.as_record()
    enquiry.routing_level = decision.level
    enquiry.interpreter_needed = decision.interpreter_needed
    enquiry.state = to_state
    enquiry.save(
        update_fields=[
            "centre",
            "assigned_at",
            "routing",
            "routing_level",
            "interpreter_needed",
            "state",
            "updated_at",
        ]
    )
    enquiry_event_record(
        enquiry=enquiry,
        action=EventAction.ROUTED,
        from_state=from_state,
        to_state=State.ROUTED,
        data={"centre": decision.chosen or "triage", "level": decision.level},
        at=as_of,
    )
    notify_centre(enquiry=enquiry, at=as_of)
    return enquiry
