"""Request and response shapes of the referrals API (django-ninja / pydantic).

They describe the API in /api/v1/openapi.json; checking the answers,
contact details and consents is done by the same code as the HTML flow
(referrals/assessment.py and enquiry_submit), not here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from ninja import Field, Schema


class OptionOut(Schema):
    key: str
    label: str
    next: str | None = Field(description="The question this option leads to; null: the default.")


class QuestionOut(Schema):
    key: str
    kind: str = Field(
        description="single_choice, multiple_choice, yes_no, date, postcode, short_text, long_text"
    )
    role: str
    required: bool
    next: str | None = Field(description="The next question unless the chosen option says.")
    text: str
    help_text: str
    options: list[OptionOut]


class ConsentPurposeOut(Schema):
    purpose: str
    label: str
    wording: str = Field(description="The full sentence the person agrees to.")
    required: bool


class ConsentsOut(Schema):
    wording_version: str
    purposes: list[ConsentPurposeOut]


class ContactRulesOut(Schema):
    required_for_contact_method: dict[str, list[str]] = Field(
        description="Which contact field the answer to the contact_method question requires."
    )
    at_least_one_of: list[str]


class QuestionnaireOut(Schema):
    version: int = Field(description="Send it back as questionnaire_version when submitting.")
    language: str
    languages: list[str]
    start: str
    questions: list[QuestionOut]
    consents: ConsentsOut
    contact: ContactRulesOut


class ContactIn(Schema):
    name: str = ""
    email: str = ""
    phone: str = ""


class ReferralIn(Schema):
    language: str = Field(description="The language the person used (messages are sent in it).")
    questionnaire_version: int | None = Field(
        None, description="The version answered against; default: the latest."
    )
    answers: dict[str, Any] = Field(
        description=(
            "By question key: an option key (single choice, yes/no, or a postcode option), a "
            'list of option keys (multiple choice), "YYYY-MM-DD" (date), a postcode, or text. '
            "Leave out (or send null for) an optional question that was skipped."
        )
    )
    contact: ContactIn
    consents: dict[str, bool] = Field(
        default_factory=dict, description="By consent purpose; share_with_centre is required."
    )


class ReferralOut(Schema):
    reference: str
    status_secret: str = Field(description="Needed, with the reference, to look up the status.")
    status_url: str
    created: bool = Field(description="False when the Idempotency-Key was used before.")


class FieldErrorOut(Schema):
    field: str = Field(
        description="A question key, contact.name|email|phone, consents.<purpose>, or a field."
    )
    messages: list[str]


class ErrorsOut(Schema):
    detail: str
    errors: list[FieldErrorOut]


class DetailOut(Schema):
    detail: str


class StatusIn(Schema):
    reference: str
    secret: str


class StopUpdatesIn(StatusIn):
    channel: Literal["sms", "email"]


class CentreOut(Schema):
    name: str
    description: str
    email: str
    phone: str


class StatusOut(Schema):
    reference: str
    state: str
    state_label: str
    explanation: str
    centre: CentreOut | None
    submitted_at: dt.datetime
    last_update: dt.datetime
    updates_by_sms: bool
    updates_by_email: bool
    can_withdraw: bool


class InboundSmsIn(Schema):
    """A received text message as GOV.UK Notify sends it (other fields ignored)."""

    source_number: str
    message: str
