from __future__ import annotations

from django.db.models import QuerySet

from ..assessment import Questionnaire
from ..errors import NoPublishedQuestionnaire
from ..models import OutcomeCode, QuestionnaireVersion


def latest_questionnaire_version() -> QuestionnaireVersion:
    """The version the public flow uses; NoPublishedQuestionnaire if none."""
    version = QuestionnaireVersion.objects.order_by("-number").first()
    if version is None:
        raise NoPublishedQuestionnaire()
    return version


def questionnaire_version(*, number: int) -> QuestionnaireVersion | None:
    """A published version by number (a flow started on an older version finishes on it)."""
    return QuestionnaireVersion.objects.filter(number=number).first()


def questionnaire_for(version: QuestionnaireVersion) -> Questionnaire:
    return Questionnaire(version.snapshot)


def active_outcome_codes() -> QuerySet[OutcomeCode]:
    return OutcomeCode.objects.filter(active=True).order_by("sort_order", "code")
