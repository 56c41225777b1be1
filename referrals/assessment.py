"""Reading a published questionnaire snapshot: texts, answers, branching.

This is the one place that knows how answers are checked and where each
answer leads. The HTML flow (one question per page), the JSON API and
enquiry_submit all use it, so they accept exactly the same answers::

    questionnaire = Questionnaire(version.snapshot)
    value = questionnaire.clean_answer("postcode", "sw9 7ab")   # "SW9 7AB"
    walk = questionnaire.walk(session_answers)
    walk.next_question   # the first question still to answer, or None
    walk.complete        # every required question on the path answered

Answer values by kind: single choice and yes/no: an option key; multiple
choice: a list of option keys; date: ``"YYYY-MM-DD"``; postcode: a
normalised postcode (full, or only the first half) or one of the question's
option keys (e.g. ``"no_fixed_address"``); short and long text: a string.
``None`` (or "" or []) means an optional question was skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .models.questionnaire import QuestionKind
from .postcodes import parse_postcode
from .snapshots import DEFAULT_LANGUAGE

SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 5000
_EMPTY = (None, "", [], ())


class AnswerError(ValueError):
    """An answer that cannot be accepted; str() is a translated message for the person."""

    def __init__(self, message):
        self.message = message
        super().__init__(str(message))

    def __str__(self) -> str:
        return str(self.message)


class UnknownQuestion(KeyError):
    pass


@dataclass
class Walk:
    """The path an answer set takes through the questionnaire."""

    path: list[str] = field(default_factory=list)  # in order, ending at next_question if any
    answers: dict = field(default_factory=dict)  # cleaned, on the path only, skipped ones left out
    errors: dict[str, str] = field(default_factory=dict)
    next_question: str | None = None

    @property
    def complete(self) -> bool:
        return not self.errors and self.next_question is None


class Questionnaire:
    def __init__(self, snapshot: Mapping, *, today: dt.date | None = None):
        self.snapshot = snapshot
        self.start: str | None = snapshot.get("start")
        self.questions: list[dict] = list(snapshot.get("questions") or [])
        self._by_key = {question["key"]: question for question in self.questions}
        self._today = today

    def question(self, key: str) -> dict:
        try:
            return self._by_key[key]
        except KeyError:
            raise UnknownQuestion(key) from None

    def __contains__(self, key: str) -> bool:
        return key in self._by_key

    @staticmethod
    def text(item: Mapping, field_name: str, language: str) -> str:
        """A question's text or help_text, or an option's label, in language
        (falling back to the default language)."""
        texts = item.get(field_name) or {}
        return texts.get(language) or texts.get(DEFAULT_LANGUAGE, "")

    def option(self, key: str, option_key: str) -> dict | None:
        return next((o for o in self.question(key)["options"] if o["key"] == option_key), None)

    # --- Answers --------------------------------------------------------

    def clean_answer(self, key: str, raw):
        """The normalised answer, None for a skipped optional question, or AnswerError."""
        question = self.question(key)
        if raw in _EMPTY or (isinstance(raw, str) and not raw.strip()):
            if question["required"]:
                raise AnswerError(_MISSING.get(question["kind"], _("Answer this question.")))
            return None
        return _CLEANERS[question["kind"]](self, question, raw)

    def next_key(self, key: str, value) -> str | None:
        """The question after key, given its (clean) answer; None at the end."""
        question = self.question(key)
        if isinstance(value, str):
            option = self.option(key, value)
            if option is not None and option["next"]:
                return option["next"]
        return question["next"]

    def walk(self, answers: Mapping, *, submitting: bool = False) -> Walk:
        """Follow the answers from the first question.

        Answers to questions off the path (e.g. after a changed earlier
        answer) are ignored. Without ``submitting`` a missing answer is where
        the person is up to; when submitting, a missing optional answer counts
        as skipped and a missing required one is an error.
        """
        walk = Walk()
        key, seen = self.start, set()
        while key and key not in seen and key in self._by_key:
            seen.add(key)
            walk.path.append(key)
            if key not in answers and not submitting:
                walk.next_question = key
                break
            try:
                value = self.clean_answer(key, answers.get(key))
            except AnswerError as error:
                walk.errors[key] = str(error)
                walk.next_question = key
                break
            if value is not None:
                walk.answers[key] = value
            key = self.next_key(key, value)
        return walk

    def localised(self, language: str) -> dict:
        """The questionnaire's texts in language, for the API and templates."""
        return {
            "start": self.start,
            "questions": [
                {
                    "key": q["key"],
                    "kind": q["kind"],
                    "role": q["role"],
                    "required": q["required"],
                    "next": q["next"],
                    "text": self.text(q, "text", language),
                    "help_text": self.text(q, "help_text", language),
                    "options": [
                        {
                            "key": o["key"],
                            "label": self.text(o, "label", language),
                            "next": o["next"],
                        }
                        for o in q["options"]
                    ],
                }
                for q in self.questions
            ],
        }

    @property
    def today(self) -> dt.date:
        if self._today is None:
            from django.utils import timezone

            self._today = timezone.localdate()
        return self._today


_MISSING = {
    QuestionKind.SINGLE_CHOICE: _("Choose one of the options."),
    QuestionKind.YES_NO: _("Choose yes or no."),
    QuestionKind.MULTIPLE_CHOICE: _("Choose at least one option."),
    QuestionKind.DATE: _("Enter a date."),
    QuestionKind.POSTCODE: _("Enter your postcode or choose one of the options."),
    QuestionKind.SHORT_TEXT: _("Enter an answer."),
    QuestionKind.LONG_TEXT: _("Enter an answer."),
}


def _clean_choice(questionnaire, question, raw):
    if isinstance(raw, bool) and question["kind"] == QuestionKind.YES_NO:
        raw = "yes" if raw else "no"
    keys = [option["key"] for option in question["options"]]
    if not isinstance(raw, str) or raw not in keys:
        raise AnswerError(_("Choose one of the options."))
    return raw


def _clean_multiple(questionnaire, question, raw):
    chosen = [raw] if isinstance(raw, str) else raw
    keys = [option["key"] for option in question["options"]]
    if not isinstance(chosen, list | tuple) or any(
        not isinstance(k, str) or k not in keys for k in chosen
    ):
        raise AnswerError(_("Choose from the options shown."))
    return [key for key in keys if key in chosen]


def _clean_date(questionnaire, question, raw):
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        value = raw
    else:
        try:
            value = dt.date.fromisoformat(str(raw).strip())
        except ValueError:
            raise AnswerError(_("Enter a real date, for example 27 3 2026.")) from None
    today = questionnaire.today
    if abs((value - today).days) > 3660:
        raise AnswerError(_("Enter a date within ten years of today."))
    return value.isoformat()


def _clean_postcode(questionnaire, question, raw):
    text = str(raw).strip()
    if any(option["key"] == text for option in question["options"]):
        return text
    postcode = parse_postcode(text)
    if postcode is None:
        raise AnswerError(
            _("Enter a UK postcode, like SW9 7AB or just SW9, or choose one of the options.")
        )
    return str(postcode)


def _text_cleaner(limit: int):
    def clean(questionnaire, question, raw):
        if not isinstance(raw, str):
            raise AnswerError(_("Enter an answer."))
        value = raw.strip()
        if len(value) > limit:
            raise AnswerError(
                _("Your answer is too long: please use no more than %(limit)s characters.")
                % {"limit": limit}
            )
        return value

    return clean


_CLEANERS = {
    QuestionKind.SINGLE_CHOICE: _clean_choice,
    QuestionKind.YES_NO: _clean_choice,
    QuestionKind.MULTIPLE_CHOICE: _clean_multiple,
    QuestionKind.DATE: _clean_date,
    QuestionKind.POSTCODE: _clean_postcode,
    QuestionKind.SHORT_TEXT: _text_cleaner(SHORT_TEXT_MAX),
    QuestionKind.LONG_TEXT: _text_cleaner(LONG_TEXT_MAX),
}
