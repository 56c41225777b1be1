"""The anonymous query log: what readers search for, without who they are.

Before anything is stored, a query loses e-mail addresses, phone numbers,
UK postcodes, National Insurance numbers and long runs of digits (case,
card and account numbers), each replaced by a placeholder. Rows count
searches per day, language and query; nothing links a row to a reader.
"""

from __future__ import annotations

import logging
import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .query import MAX_QUERY_LENGTH
from .segmentation import clean

logger = logging.getLogger(__name__)

_SCRUBBERS = [
    ("[email]", re.compile(r"[^\s@]+@[^\s@]+(?:\.[^\s@]+)*", re.UNICODE)),
    (
        "[postcode]",
        re.compile(r"\b(?:GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\b", re.IGNORECASE),
    ),
    (
        "[ni-number]",
        re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]?\b", re.IGNORECASE),
    ),
    # Phone numbers: a leading + or 0 and at least nine digits, with the usual separators.
    ("[phone]", re.compile(r"(?<!\w)(?:\+|00|0)[\d\s().-]{8,}\d")),
    # Five or more digits in a row, or three or more groups of digits (card, case numbers).
    ("[number]", re.compile(r"\b\d{5,}\b|\b\d{2,}(?:[ -]\d{2,}){2,}\b")),
]
_COLLAPSE = re.compile(r"(\[(?:email|postcode|ni-number|phone|number)\])(?:\s*\1)+")


def scrub(query: str) -> str:
    """The query without personal data, normalised as it is searched."""
    text = clean(query, max_length=MAX_QUERY_LENGTH * 2)
    for placeholder, pattern in _SCRUBBERS:
        text = pattern.sub(placeholder, text)
    text = _COLLAPSE.sub(r"\1", text)
    return clean(text.casefold(), max_length=MAX_QUERY_LENGTH)


def record_search(*, query: str, language: str, result_count: int) -> None:
    """Count one search. Never fails the search it records."""
    text = scrub(query)
    if not text:
        return
    day = timezone.localdate()
    zero = 1 if result_count == 0 else 0
    try:
        _increment(day, language, text, result_count, zero)
    except Exception:
        logger.warning("could not record a search in the query log", exc_info=True)


def _increment(day, language: str, text: str, result_count: int, zero: int) -> None:
    from .models import QueryLog

    rows = QueryLog.objects.filter(day=day, language=language, query=text)
    for _attempt in range(2):
        updated = rows.update(
            searches=F("searches") + 1,
            zero_result_searches=F("zero_result_searches") + zero,
            last_result_count=result_count,
        )
        if updated:
            return
        try:
            with transaction.atomic():
                QueryLog.objects.create(
                    day=day,
                    language=language,
                    query=text,
                    searches=1,
                    zero_result_searches=zero,
                    last_result_count=result_count,
                )
            return
        except IntegrityError:
            continue  # another request created the row first: update it
