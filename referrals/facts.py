"""What a completed walk through the questionnaire means for the enquiry.

Answers are read in path order; for what options set (area, sub-category)
a later answer refines an earlier one, urgency flags and eligibility hints
add up. Roles say what an answer is (postcode, language, safe contact ...).
Answers of kinds that may identify someone (free text, postcode) go to
``private_answers``, which the enquiry stores encrypted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .assessment import Questionnaire, Walk
from .languages import LANGUAGE_CODES
from .models.enquiries import PostcodeStatus
from .models.questionnaire import PRIVATE_KINDS, QuestionKind, QuestionRole
from .postcodes import Postcode, parse_postcode

URGENT_BY_ANSWER = "answer"
URGENT_BY_KEY_DATE = "key_date"


@dataclass(frozen=True)
class KeyDate:
    kind: str
    date: dt.date
    question: str

    def as_record(self) -> dict:
        return {"kind": self.kind, "date": self.date.isoformat(), "question": self.question}


@dataclass
class AssessmentFacts:
    area: str | None = None
    sub_category: str = ""
    urgent_flagged: bool = False
    key_dates: list[KeyDate] = field(default_factory=list)
    eligibility: set[str] = field(default_factory=set)
    postcode: Postcode | None = None
    postcode_status: str = PostcodeStatus.NOT_GIVEN
    advice_language: str = "en"
    interpreter_requested: bool = False
    accessibility_needs: list[str] = field(default_factory=list)
    safe_to_contact: bool | None = None
    may_leave_message: bool | None = None
    safe_times: list[str] = field(default_factory=list)
    contact_method: str = ""
    summary: str = ""
    public_answers: dict = field(default_factory=dict)
    private_answers: dict = field(default_factory=dict)

    @property
    def next_key_date(self) -> dt.date | None:
        return min((key_date.date for key_date in self.key_dates), default=None)

    def urgency(self, *, today: dt.date, within_days: int) -> tuple[bool, list[str]]:
        """Urgent if an answer says so, or a key date is within_days away or
        already past (an eviction date that has passed is still urgent)."""
        reasons = []
        if self.urgent_flagged:
            reasons.append(URGENT_BY_ANSWER)
        soon = self.next_key_date
        if soon is not None and soon <= today + dt.timedelta(days=within_days):
            reasons.append(URGENT_BY_KEY_DATE)
        return bool(reasons), reasons


def derive_facts(questionnaire: Questionnaire, walk: Walk, *, language: str) -> AssessmentFacts:
    """Facts from a complete walk; language is the site language they used."""
    facts = AssessmentFacts(advice_language=language)
    for key in walk.path:
        if key not in walk.answers:
            continue
        question = questionnaire.question(key)
        value = walk.answers[key]
        _apply_options(facts, questionnaire, question, value)
        _apply_role(facts, question, value)
        target = (
            facts.private_answers if question["kind"] in PRIVATE_KINDS else facts.public_answers
        )
        target[key] = value
    return facts


def _apply_options(facts, questionnaire, question, value) -> None:
    if question["kind"] not in (
        QuestionKind.SINGLE_CHOICE,
        QuestionKind.MULTIPLE_CHOICE,
        QuestionKind.YES_NO,
        QuestionKind.POSTCODE,
    ):
        return
    for option_key in value if isinstance(value, list) else [value]:
        option = questionnaire.option(question["key"], option_key)
        if option is None:
            continue
        sets = option["sets"]
        facts.area = sets["area"] or facts.area
        facts.sub_category = sets["sub_category"] or facts.sub_category
        facts.urgent_flagged = facts.urgent_flagged or sets["urgent"]
        facts.eligibility.update(sets["eligibility"])


def _apply_role(facts, question, value) -> None:
    role = question["role"]
    if role == QuestionRole.KEY_DATE:
        facts.key_dates.append(
            KeyDate(question["key_date_kind"], dt.date.fromisoformat(value), question["key"])
        )
    elif role == QuestionRole.POSTCODE:
        postcode = parse_postcode(value)
        if postcode is not None and value not in [o["key"] for o in question["options"]]:
            facts.postcode = postcode
            facts.postcode_status = (
                PostcodeStatus.GIVEN if postcode.is_full else PostcodeStatus.OUTWARD_ONLY
            )
        elif value in PostcodeStatus.values:
            facts.postcode_status = value
    elif role == QuestionRole.LANGUAGE:
        if value in LANGUAGE_CODES:
            facts.advice_language = value
        else:
            facts.interpreter_requested = True
    elif role == QuestionRole.INTERPRETER:
        facts.interpreter_requested = facts.interpreter_requested or value == "yes"
    elif role == QuestionRole.ACCESSIBILITY and isinstance(value, list):
        facts.accessibility_needs = value
    elif role == QuestionRole.SAFE_TO_CONTACT:
        facts.safe_to_contact = value == "yes"
    elif role == QuestionRole.SAFE_TO_LEAVE_MESSAGE:
        facts.may_leave_message = value == "yes"
    elif role == QuestionRole.SAFE_TIMES and isinstance(value, list):
        facts.safe_times = value
    elif role == QuestionRole.CONTACT_METHOD:
        facts.contact_method = value
    elif role == QuestionRole.SUMMARY:
        facts.summary = value
