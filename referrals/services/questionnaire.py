from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from knowledge.models import AreaOfLaw

from ..errors import QuestionnaireNotPublishable
from ..models import Option, Question, QuestionnaireVersion
from ..questionnaire_data import QuestionnaireDataError, current_snapshot, publish_current
from ..snapshots import validate_snapshot

PUBLISH_PERMISSION = "referrals.publish_questionnaire"


@dataclass(frozen=True)
class PublishResult:
    version: QuestionnaireVersion
    created: bool  # False: nothing had changed since the latest version


def questionnaire_problems() -> list[str]:
    """What would stop the working copy being published (shown before publishing)."""
    return validate_snapshot(_snapshot())


def _snapshot() -> dict:
    return current_snapshot(
        Question=Question, Option=Option, AreaOfLaw=AreaOfLaw, languages=_languages()
    )


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@transaction.atomic
def questionnaire_publish(*, actor: AbstractBaseUser | None = None) -> PublishResult:
    """Freeze the questions and options into a new immutable version.

    The public flow switches to it at once; enquiries keep the version they
    were answered against. Publishing an unchanged questionnaire returns the
    latest version. actor=None is for migrations and commands.
    """
    if actor is not None and not actor.has_perm(PUBLISH_PERMISSION):
        raise PermissionDenied
    # One publisher at a time, so two versions never get the same number.
    list(QuestionnaireVersion.objects.select_for_update().order_by("-number")[:1])
    problems = questionnaire_problems()
    if problems:
        raise QuestionnaireNotPublishable(problems)
    try:
        version, created = publish_current(
            Question=Question,
            Option=Option,
            AreaOfLaw=AreaOfLaw,
            QuestionnaireVersion=QuestionnaireVersion,
            languages=_languages(),
            published_at=timezone.now(),
            published_by_id=actor.pk if actor is not None else None,
        )
    except QuestionnaireDataError as error:
        raise QuestionnaireNotPublishable([str(error)]) from None
    return PublishResult(version, created)
