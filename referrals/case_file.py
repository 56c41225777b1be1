"""An enquiry as a caseworker reads it: answers in words, safe-contact
warnings, needs, the routing decision and the timeline, in one language.

Pure: it reads the enquiry (loaded by selectors.enquiry_detail, with its
events, notes and consents) and the names it is given, and queries nothing.
The detail page and the export both read a CaseFile, so they always agree.
Question and option texts come from the questionnaire version the person
answered, in the reader's language where it has that text (else English).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .assessment import Questionnaire
from .languages import language_name
from .models import (
    ActorKind,
    ConsentPurpose,
    EligibilityHint,
    Enquiry,
    EnquiryEvent,
    KeyDateKind,
    QuestionKind,
    QuestionRole,
)
from .routing import (
    LEVEL_INTERPRETER,
    LEVEL_LANGUAGE,
    LEVEL_NATIONAL,
    LEVEL_TRIAGE,
    TRIAGE,
    reason_from_record,
)

LEVEL_LABELS = {
    LEVEL_LANGUAGE: _("Handles the area of law, covers the postcode and speaks their language"),
    LEVEL_INTERPRETER: _("Handles the area of law and covers the postcode, with an interpreter"),
    LEVEL_NATIONAL: _("National specialist, with an interpreter"),
    LEVEL_TRIAGE: _("no centre matched, so it went to the network triage queue"),
}
ANY_TIME = "any_time"
CRITICAL, WARNING, INFO = "critical", "warning", "info"


@dataclass(frozen=True)
class AnswerRow:
    key: str
    question: str
    answer: str
    value: object  # as stored: an option key, a list of them, a date or text
    private: bool  # stored encrypted (free text, postcode)


@dataclass(frozen=True)
class ContactWarning:
    level: str  # critical | warning | info (Wagtail's help-block levels)
    code: str
    text: str


@dataclass(frozen=True)
class RankedRow:
    slug: str
    name: str
    score: float
    reasons: list[str]
    chosen: bool


@dataclass(frozen=True)
class RoutingSummary:
    chosen: str  # a centre slug, or "triage"
    chosen_name: str
    level: str
    level_label: str
    interpreter_needed: bool
    reasons: list[str]  # why the triage queue, when it is
    ranked: list[RankedRow] = field(default_factory=list)


@dataclass(frozen=True)
class TimelineRow:
    at: dt.datetime
    action: str
    label: str
    actor: str
    from_state: str  # state codes ("" when not a transition)
    to_state: str
    from_label: str
    to_label: str
    detail: str

    @property
    def is_transition(self) -> bool:
        return bool(self.from_state) and self.from_state != self.to_state


class CaseFile:
    def __init__(
        self,
        enquiry: Enquiry,
        *,
        language: str,
        centre_names: Mapping[str, str] | None = None,
        area_names: Mapping[str, str] | None = None,
        outcome_labels: Mapping[str, str] | None = None,
    ):
        self.enquiry = enquiry
        self.language = language
        self.questionnaire = Questionnaire(enquiry.questionnaire_version.snapshot)
        self.centre_names = centre_names or {}
        self.area_names = area_names or {}
        self.outcome_labels = outcome_labels or {}

    # --- What they told us -------------------------------------------------

    @property
    def answered_in(self) -> str:
        return language_name(self.enquiry.language)

    def answers(self, *, language: str | None = None) -> list[AnswerRow]:
        """Every answer, in questionnaire order, as question and answer text
        (in language, default the reader's)."""
        language = language or self.language
        stored = self.enquiry.answers or {}
        private = self.enquiry.private_answers or {}
        rows = []
        for question in self.questionnaire.questions:
            key = question["key"]
            if key in private:
                value, is_private = private[key], True
            elif key in stored:
                value, is_private = stored[key], False
            else:
                continue
            rows.append(
                AnswerRow(
                    key=key,
                    question=self.questionnaire.text(question, "text", language),
                    answer=self._answer_text(question, value, language),
                    value=value,
                    private=is_private,
                )
            )
        return rows

    def _answer_text(self, question: dict, value, language: str) -> str:
        kind = question["kind"]
        if kind == QuestionKind.DATE:
            return _format_date(value)
        if isinstance(value, list):
            return "; ".join(self._label(question, item, language) for item in value)
        if kind in (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT):
            return str(value)
        return self._label(question, value, language)

    def _label(self, question: dict, option_key, language: str | None = None) -> str:
        option = self.questionnaire.option(question["key"], option_key)
        if option is None:  # a postcode, or an option since removed
            return str(option_key)
        return self.questionnaire.text(option, "label", language or self.language)

    def _role_labels(self, role: str, keys) -> list[str]:
        question = next((q for q in self.questionnaire.questions if q["role"] == role), None)
        if question is None:
            return [str(key) for key in keys]
        return [self._label(question, key) for key in keys]

    # --- Contact ------------------------------------------------------------

    @property
    def contact_method(self) -> str:
        method = self.enquiry.contact_method
        return self._role_labels(QuestionRole.CONTACT_METHOD, [method])[0] if method else ""

    @property
    def safe_times(self) -> list[str]:
        return self._role_labels(QuestionRole.SAFE_TIMES, self.enquiry.safe_times or [])

    def contact_warnings(self) -> list[ContactWarning]:
        """What to know before contacting them, most important first."""
        enquiry = self.enquiry
        warnings = []
        if enquiry.safe_to_contact is False:
            warnings.append(ContactWarning(CRITICAL, "not_safe", str(_NOT_SAFE)))
        elif enquiry.safe_to_contact is None:
            warnings.append(ContactWarning(WARNING, "safety_unknown", str(_SAFETY_UNKNOWN)))
        if enquiry.may_leave_message is not True:
            warnings.append(ContactWarning(CRITICAL, "no_message", str(_NO_MESSAGE)))
        times = [key for key in enquiry.safe_times or [] if key != ANY_TIME]
        if times:
            text = _ONLY_AT % {
                "times": ", ".join(self._role_labels(QuestionRole.SAFE_TIMES, times))
            }
            warnings.append(ContactWarning(WARNING, "safe_times", text))
        if enquiry.contact_method:
            text = _PREFERRED % {"method": self.contact_method}
            warnings.append(ContactWarning(INFO, "contact_method", text))
        return warnings

    # --- Needs and facts ----------------------------------------------------

    @property
    def advice_language(self) -> str:
        return language_name(self.enquiry.advice_language)

    @property
    def accessibility_needs(self) -> list[str]:
        return self._role_labels(QuestionRole.ACCESSIBILITY, self.enquiry.accessibility_needs or [])

    @property
    def sub_category(self) -> str:
        """The label of the option that set the sub-category, in the reader's language."""
        code = self.enquiry.sub_category
        if not code:
            return ""
        for question in self.questionnaire.questions:
            for option in question["options"]:
                if option.get("sets", {}).get("sub_category") == code:
                    return self.questionnaire.text(option, "label", self.language)
        return code

    def key_dates(self) -> list[tuple[str, str]]:
        rows = []
        for key_date in sorted(self.enquiry.key_dates or [], key=lambda k: k["date"]):
            kind = key_date.get("kind") or KeyDateKind.OTHER
            label = KeyDateKind(kind).label if kind in KeyDateKind.values else kind
            rows.append((str(label), _format_date(key_date["date"])))
        return rows

    @property
    def eligibility_hints(self) -> list[str]:
        return [
            str(EligibilityHint(hint).label) if hint in EligibilityHint.values else hint
            for hint in self.enquiry.eligibility_hints or []
        ]

    # --- Routing --------------------------------------------------------------

    def routing(self) -> RoutingSummary | None:
        record = self.enquiry.routing or {}
        if not record:
            return None
        chosen = record.get("chosen") or TRIAGE
        level = record.get("level", "")
        return RoutingSummary(
            chosen=chosen,
            chosen_name=self._centre_name(chosen),
            level=level,
            level_label=str(LEVEL_LABELS.get(level, level)),
            interpreter_needed=bool(record.get("interpreter_needed")),
            reasons=self._reasons(record.get("reasons")),
            ranked=[
                RankedRow(
                    slug=row["centre"],
                    name=self._centre_name(row["centre"]),
                    score=row.get("score", 0),
                    reasons=self._reasons(row.get("reasons")),
                    chosen=row["centre"] == chosen,
                )
                for row in record.get("ranked", [])
            ],
        )

    def _reasons(self, records) -> list[str]:
        return [reason_from_record(r).text(self.area_names) for r in records or []]

    def _centre_name(self, slug: str) -> str:
        if slug == TRIAGE:
            return str(_("Network triage queue"))
        return self.centre_names.get(slug, slug)

    # --- Timeline -------------------------------------------------------------

    def timeline(self, *, views: bool = False) -> list[TimelineRow]:
        """Events oldest first; views (who opened it) only when asked for."""
        return [
            TimelineRow(
                at=event.created_at,
                action=event.action,
                label=str(event.get_action_display()),
                actor=self._actor(event),
                from_state=event.from_state,
                to_state=event.to_state,
                from_label=str(event.get_from_state_display()) if event.from_state else "",
                to_label=str(event.get_to_state_display()) if event.to_state else "",
                detail=self._event_detail(event),
            )
            for event in self.enquiry.events.all()
            if (event.action == "view") == views
        ]

    def _actor(self, event: EnquiryEvent) -> str:
        if event.actor_kind == ActorKind.HELP_SEEKER:
            return str(_("The person"))
        if event.actor is None:
            return str(_("Signpost") if event.actor_kind == ActorKind.SYSTEM else _("Staff"))
        return staff_name(event.actor)

    def _event_detail(self, event: EnquiryEvent) -> str:
        data = event.data or {}
        if "to_centre" in data:
            return str(
                _("From %(from)s to %(to)s (routing suggested %(suggested)s).")
                % {
                    "from": self._centre_name(data.get("from_centre", TRIAGE)),
                    "to": self._centre_name(data["to_centre"]),
                    "suggested": self._centre_name(data.get("suggested", TRIAGE)),
                }
            )
        if "outcome" in data:
            return self.outcome_labels.get(data["outcome"], data["outcome"])
        if data.get("export"):
            return str(_("Exported (%(format)s)") % {"format": data["export"]})
        if data.get("purpose") in ConsentPurpose.values:
            return str(ConsentPurpose(data["purpose"]).label)
        return ""


def staff_name(user) -> str:
    """How staff appear to each other: full name, else username."""
    return user.get_full_name().strip() or user.get_username()


def _format_date(value) -> str:
    try:
        return date_format(dt.date.fromisoformat(str(value)), "j F Y")
    except ValueError:
        return str(value)


_NOT_SAFE = _(
    "It is not always safe to contact this person: someone may see their messages or hear "
    "their calls. Use only the method and times below, and check who you are speaking to "
    "before you say who you are."
)
_SAFETY_UNKNOWN = _(
    "They did not say whether it is safe to contact them. Check who you are speaking to "
    "before you say who you are."
)
_NO_MESSAGE = _(
    "Do not leave a message: no voicemail, and no text or e-mail that says who we are, "
    "unless they tell you it is safe."
)
_ONLY_AT = _("Contact them only at these times: %(times)s.")
_PREFERRED = _("Preferred way to contact them: %(method)s.")
