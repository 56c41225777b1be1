"""Turning the questionnaire and answers into what the flow's templates show.

Texts fall back to English where a translation is missing; each text
carries the language it is really in, so templates can mark it with
``lang`` (a screen reader then reads an English fallback on an Arabic page
with an English voice).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext_lazy as _

from ..assessment import Questionnaire
from ..models import QuestionKind
from ..snapshots import DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Text:
    text: str
    lang: str

    def __str__(self) -> str:
        return self.text


def localised(item: dict, field_name: str, language: str) -> Text:
    texts = item.get(field_name) or {}
    if texts.get(language):
        return Text(texts[language], language)
    return Text(texts.get(DEFAULT_LANGUAGE, ""), DEFAULT_LANGUAGE)


def question_page(question: dict, language: str) -> dict:
    """The question's texts and options for templates/referrals/flow/question.html."""
    options = [
        {
            "key": option["key"],
            "label": localised(option, "label", language),
            "id": "answer" if index == 0 else f"answer-{index + 1}",
        }
        for index, option in enumerate(question["options"])
    ]
    return {
        "key": question["key"],
        "kind": question["kind"],
        "required": question["required"],
        "text": localised(question, "text", language),
        "hint": localised(question, "help_text", language),
        "options": options,
    }


def described_by(page: dict, error: str | None) -> str:
    ids = ["answer-hint"] if page["hint"].text else []
    if error:
        ids.append("answer-error")
    return " ".join(ids)


def form_errors(form, ids: dict[str, str]) -> list[dict]:
    """A Django form's errors for the error summary, linked to each field's id."""
    errors = []
    for name, messages in form.errors.items():
        target = ids.get(name, "") if name != "__all__" else ""
        errors.extend({"target": target, "message": message} for message in messages)
    return errors


@dataclass(frozen=True)
class AnswerRow:
    number: int
    question: Text
    answer: list[Text]  # one line per chosen option; empty: skipped
    long_text: bool = False


def answer_rows(
    questionnaire: Questionnaire, answers: dict, path: list[str], numbers: dict, language: str
) -> list[AnswerRow]:
    """The "check your answers" list: every question on the path, in order."""
    rows = []
    for key in path:
        question = questionnaire.question(key)
        value = answers.get(key)
        rows.append(
            AnswerRow(
                number=numbers[key],
                question=localised(question, "text", language),
                answer=_answer_lines(questionnaire, question, value, language),
                long_text=question["kind"] == QuestionKind.LONG_TEXT,
            )
        )
    return rows


def _answer_lines(questionnaire, question, value, language) -> list[Text]:
    if value in (None, "", []):
        return []
    kind = question["kind"]
    if kind == QuestionKind.DATE:
        date = dt.date.fromisoformat(value)
        return [Text(formats.date_format(date, "DATE_FORMAT"), language)]
    values = value if isinstance(value, list) else [value]
    lines = []
    for item in values:
        option = questionnaire.option(question["key"], item) if question["options"] else None
        lines.append(localised(option, "label", language) if option else Text(item, ""))
    return lines


SAFE_TIMES_NOTE = _("We will only contact you at the times you chose.")
NO_MESSAGES_NOTE = _("We will not leave a voicemail or a text message saying who we are.")
NOT_SAFE_NOTE = _(
    "You told us it may not be safe to contact you. Only give a phone number or e-mail "
    "address that nobody else can see. You can leave out your name."
)
