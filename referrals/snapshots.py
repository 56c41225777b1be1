"""Freezing the questionnaire into a published snapshot, and checking it.

``build_snapshot`` reads question and option rows through attributes only
(``text_en``, ``label_pl`` ...), so the data migration can call it with
historical models as well as the services with real ones. The snapshot::

    {"schema": 1, "start": "problem_area", "languages": ["en", "cy", ...],
     "questions": [
       {"key": "problem_area", "kind": "single_choice", "role": "area",
        "key_date_kind": "", "required": true, "next": null,
        "text": {"en": "...", "pl": "..."}, "help_text": {"en": "..."},
        "options": [{"key": "housing", "label": {"en": "..."},
                     "next": "housing_problem",
                     "sets": {"area": "housing", "sub_category": "",
                              "urgent": false, "eligibility": []}}]}]}

Texts list only the languages that have them; readers fall back to the
default language (see referrals/assessment.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping

from django.utils.translation import gettext as _

from .languages import LANGUAGE_CODES
from .models.questionnaire import (
    CHOICE_KINDS,
    EligibilityHint,
    KeyDateKind,
    QuestionKind,
    QuestionRole,
)
from .postcodes import parse_postcode

SCHEMA = 1
DEFAULT_LANGUAGE = "en"
CONTACT_METHODS = ("phone", "sms", "email")
OTHER = "other"

# Roles that need a particular kind of question.
_ROLE_KINDS = {
    QuestionRole.KEY_DATE: {QuestionKind.DATE},
    QuestionRole.POSTCODE: {QuestionKind.POSTCODE},
    QuestionRole.LANGUAGE: {QuestionKind.SINGLE_CHOICE},
    QuestionRole.INTERPRETER: {QuestionKind.YES_NO},
    QuestionRole.SAFE_TO_CONTACT: {QuestionKind.YES_NO},
    QuestionRole.SAFE_TO_LEAVE_MESSAGE: {QuestionKind.YES_NO},
    QuestionRole.SAFE_TIMES: {QuestionKind.MULTIPLE_CHOICE, QuestionKind.SHORT_TEXT},
    QuestionRole.CONTACT_METHOD: {QuestionKind.SINGLE_CHOICE},
    QuestionRole.SUMMARY: {QuestionKind.LONG_TEXT, QuestionKind.SHORT_TEXT},
    QuestionRole.AREA: {QuestionKind.SINGLE_CHOICE},
}


def _texts(obj, field: str, languages: Iterable[str]) -> dict[str, str]:
    texts = {}
    for language in languages:
        value = getattr(obj, f"{field}_{language.replace('-', '_')}", None)
        if value:
            texts[language] = value
    return texts


def build_snapshot(
    questions: Iterable,
    options_for: Mapping[int, Iterable],
    languages: Iterable[str],
    area_codes: Mapping[int, str],
) -> dict:
    """The snapshot of questions (in flow order) and their options.

    options_for maps a question id to its options in order; area_codes maps
    an AreaOfLaw id to its code; languages are the configured codes.
    """
    languages = list(languages)
    questions = list(questions)
    keys = {question.pk: question.key for question in questions}
    frozen = []
    for question in questions:
        frozen.append(
            {
                "key": question.key,
                "kind": question.kind,
                "role": question.role,
                "key_date_kind": question.key_date_kind or "",
                "required": bool(question.required),
                "next": keys.get(question.next_question_id),
                "text": _texts(question, "text", languages),
                "help_text": _texts(question, "help_text", languages),
                "options": [
                    {
                        "key": option.key,
                        "label": _texts(option, "label", languages),
                        "next": keys.get(option.next_question_id),
                        "sets": {
                            "area": area_codes.get(option.area_id, "") if option.area_id else "",
                            "sub_category": option.sub_category or "",
                            "urgent": bool(option.urgent),
                            "eligibility": sorted(option.eligibility or []),
                        },
                    }
                    for option in options_for.get(question.pk, [])
                ],
            }
        )
    return {
        "schema": SCHEMA,
        "start": frozen[0]["key"] if frozen else None,
        "languages": languages,
        "questions": frozen,
    }


def checksum(snapshot: dict) -> str:
    canonical = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def validate_snapshot(snapshot: dict) -> list[str]:
    """Everything that would stop a help-seeker finishing; [] when publishable."""
    questions = snapshot.get("questions") or []
    if not questions:
        return [_("The questionnaire has no questions.")]
    by_key = {q["key"]: q for q in questions}
    problems = []
    for question in questions:
        problems.extend(_question_problems(question, by_key))
    problems.extend(_graph_problems(snapshot["start"], by_key))
    return problems


def _question_problems(question: dict, by_key: dict) -> list[str]:
    key, kind, role = question["key"], question["kind"], question["role"]
    options = question["options"]
    problems = []

    def problem(message, **params):
        problems.append(message % {"question": key, **params})

    if not question["text"].get(DEFAULT_LANGUAGE):
        problem(_("Question “%(question)s” has no English text."))
    if question["next"] and question["next"] not in by_key:
        problem(_("Question “%(question)s” goes next to a question that does not exist."))
    if role in _ROLE_KINDS and kind not in _ROLE_KINDS[role]:
        problem(_("Question “%(question)s” has a role that does not fit its kind."))
    if role == QuestionRole.KEY_DATE and question["key_date_kind"] not in KeyDateKind.values:
        problem(_("Key-date question “%(question)s” needs a kind of key date."))
    option_keys = [option["key"] for option in options]
    if len(set(option_keys)) != len(option_keys):
        problem(_("Question “%(question)s” has two options with the same key."))
    if kind in CHOICE_KINDS and len(options) < 2:
        problem(_("Question “%(question)s” needs at least two options."))
    if kind == QuestionKind.YES_NO and sorted(option_keys) != ["no", "yes"]:
        problem(_("Yes-or-no question “%(question)s” needs exactly the options “yes” and “no”."))
    if kind in (QuestionKind.DATE, QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT) and options:
        problem(_("Question “%(question)s” cannot have options of this kind."))
    if kind == QuestionKind.POSTCODE and any(parse_postcode(k) for k in option_keys):
        problem(_("Postcode question “%(question)s” has an option key that looks like a postcode."))
    if role == QuestionRole.LANGUAGE:
        unknown = [k for k in option_keys if k not in LANGUAGE_CODES and k != OTHER]
        if unknown:
            problem(
                _(
                    "Language question “%(question)s” has options that are not language codes: %(keys)s."
                ),
                keys=", ".join(unknown),
            )
    if role == QuestionRole.CONTACT_METHOD and not set(option_keys) <= set(CONTACT_METHODS):
        problem(_("Contact method question “%(question)s” may only offer phone, sms and email."))
    for option in options:
        if not option["label"].get(DEFAULT_LANGUAGE):
            problem(_("An option of question “%(question)s” has no English label."))
        if option["next"] and option["next"] not in by_key:
            problem(
                _("An option of question “%(question)s” goes to a question that does not exist.")
            )
        if option["next"] and kind == QuestionKind.MULTIPLE_CHOICE:
            problem(_("Options of multiple-choice question “%(question)s” cannot branch."))
        if not set(option["sets"]["eligibility"]) <= set(EligibilityHint.values):
            problem(_("An option of question “%(question)s” has an unknown eligibility hint."))
    return problems


def _successors(question: dict) -> set[str]:
    """Where a question can lead: its options' targets, and its own "next"
    for options without one, typed postcodes and multiple choices."""
    options = question["options"]
    nexts = {option["next"] for option in options if option["next"]}
    falls_through = (
        not options
        or any(not option["next"] for option in options)
        or question["kind"] in (QuestionKind.MULTIPLE_CHOICE, QuestionKind.POSTCODE)
    )
    if question["next"] and falls_through:
        nexts.add(question["next"])
    return nexts


def _graph_problems(start: str, by_key: dict) -> list[str]:
    problems = []
    state: dict[str, str] = {}  # key -> "visiting" | "done"

    def visit(key: str) -> bool:
        state[key] = "visiting"
        for successor in sorted(_successors(by_key[key])):
            if successor not in by_key:
                continue
            if state.get(successor) == "visiting":
                problems.append(
                    _("The questions loop back: “%(question)s” leads back to “%(target)s”.")
                    % {"question": key, "target": successor}
                )
                return False
            if successor not in state and not visit(successor):
                return False
        state[key] = "done"
        return True

    if visit(start):
        unreachable = [key for key in by_key if key not in state]
        if unreachable:
            problems.append(
                _("These questions cannot be reached from the first question: %(keys)s.")
                % {"keys": ", ".join(unreachable)}
            )
    return problems
