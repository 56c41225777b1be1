"""The published questionnaire for the public flow and the API, cheaply.

A version is immutable once published, so its (large) snapshot is read from
the database once per process and kept, keyed by primary key and checksum;
each request costs one small query to learn which version is current. A
Questionnaire is built fresh each time because it remembers "today".
"""

from __future__ import annotations

import threading

from ..assessment import Questionnaire
from ..errors import NoPublishedQuestionnaire
from ..models import QuestionnaireVersion

_versions: dict[tuple[int, str], QuestionnaireVersion] = {}
_lock = threading.Lock()
_MAX_CACHED = 32


def published_version(*, number: int | None = None) -> QuestionnaireVersion:
    """The latest published version, or the one numbered number.

    Raises NoPublishedQuestionnaire when there is none (or no such number).
    """
    rows = QuestionnaireVersion.objects.order_by("-number").values_list("pk", "checksum")
    if number is not None:
        rows = rows.filter(number=number)
    row = rows.first()
    if row is None:
        raise NoPublishedQuestionnaire()
    cached = _versions.get(row)
    if cached is None:
        cached = QuestionnaireVersion.objects.get(pk=row[0])
        with _lock:
            if len(_versions) >= _MAX_CACHED:
                _versions.clear()
            _versions[row] = cached
    return cached


def published_questionnaire(version: QuestionnaireVersion) -> Questionnaire:
    return Questionnaire(version.snapshot)
