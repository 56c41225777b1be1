"""What each state means for the help-seeker, in plain words (status page
and API). Nothing here says what the problem is about."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .selectors.enquiries import EnquiryStatus
from .states import State

EXPLANATIONS = {
    State.SUBMITTED: _("We have received your enquiry and are finding the right advice centre."),
    State.ROUTED: _(
        "Your enquiry is waiting for an adviser at the centre below. They will contact you in "
        "the way you asked."
    ),
    State.REFERRED_ON: _(
        "Your enquiry has been passed to the centre below, which can help you better. An "
        "adviser there will contact you."
    ),
    State.CLAIMED: _("An adviser at the centre below is looking at your enquiry."),
    State.CONTACTED: _("An adviser at the centre below has been in touch with you."),
    State.ACCEPTED: _("The centre below is helping you with your problem."),
    State.CLOSED: _("Your enquiry is closed. If you still need help, you can start a new enquiry."),
    State.WITHDRAWN: _("You withdrew your enquiry. Nobody will contact you about it."),
}
TRIAGE = _(
    "Our network team is finding the right advice centre for you. They will contact you in "
    "the way you asked."
)


def explanation(status: EnquiryStatus) -> str:
    if status.centre is None and status.state in (State.ROUTED, State.SUBMITTED):
        return str(TRIAGE)
    return str(EXPLANATIONS.get(State(status.state), ""))
