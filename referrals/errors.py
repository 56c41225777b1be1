"""Why a referrals service refused to act. Nothing was changed when one is raised.

Each error's str() is a translated sentence a view or API can show; views
map EnquiryNotFound to 404 (it is an Http404), the others to a message.
Re-exported from referrals.services.
"""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from .states import State


class ReferralError(Exception):
    message = _("That could not be done.")

    def __init__(self, message=None, **params):
        self.params = params
        if message is not None:
            self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        return str(self.message) % self.params if self.params else str(self.message)


class EnquiryNotFound(ReferralError, Http404):
    """No such enquiry, or not one this person may see (the same answer, on purpose)."""

    message = _("Enquiry not found.")


class IllegalTransition(ReferralError):
    message = _("This enquiry is %(state)s, so it cannot be changed that way.")

    def __init__(self, *, action: str, from_state: str):
        self.action, self.from_state = action, from_state
        super().__init__(state=str(State(from_state).label).lower())


class AlreadyClaimed(IllegalTransition):
    """Someone else claimed it first (or in the same instant)."""

    message = _("Someone else has already claimed this enquiry.")

    def __init__(self, *, from_state: str, claimed_by_id: int | None):
        self.claimed_by_id = claimed_by_id
        super().__init__(action="claim", from_state=from_state)

    def __str__(self) -> str:
        return str(self.message)


class InvalidSubmission(ReferralError):
    """The answers, contact details or consents cannot be accepted.

    ``errors`` maps a question key, ``contact.<field>`` or
    ``consents.<purpose>`` to a list of translated messages.
    """

    message = _("Some answers need to be corrected.")

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__()


class InvalidInput(ReferralError):
    pass


class ReasonRequired(InvalidInput):
    message = _("Give a reason.")


class EmptyNote(InvalidInput):
    message = _("Write the note before saving it.")


class UnknownOutcome(InvalidInput):
    message = _("Choose an outcome from the list.")


class InvalidReferralTarget(InvalidInput):
    message = _("Choose another active centre to refer the enquiry to.")


class ConsentRequired(ReferralError):
    message = _("The person has not agreed to their enquiry being shared with another centre.")


class QuestionnaireNotPublishable(ReferralError):
    message = _("The questionnaire cannot be published yet: %(problems)s")

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(problems=" ".join(problems))


class NoPublishedQuestionnaire(ReferralError):
    message = _("No questionnaire has been published yet.")


class UnderLegalHold(ReferralError):
    message = _("This enquiry is on legal hold: lift the hold before erasing it.")


class NotSupervisor(ReferralError):
    message = _("Only the centre’s managers and network administrators can do that.")
