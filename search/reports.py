"""The query report for editors: what readers search for, and what they
search for without finding anything (content gaps), per language."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Max, Sum
from django.utils import timezone

from .models import QueryLog

PERIODS = (7, 30, 90, 365)
DEFAULT_PERIOD = 30
ROWS = 50


@dataclass(frozen=True)
class QueryRow:
    query: str
    language: str
    searches: int
    zero_result_searches: int
    max_results: int  # the most results the query found on any day


@dataclass(frozen=True)
class QueryReport:
    since: datetime.date
    language: str | None
    frequent: list[QueryRow]
    zero_results: list[QueryRow]
    total_searches: int


def query_report(*, language: str | None = None, days: int = DEFAULT_PERIOD, rows: int = ROWS):
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    logs = QueryLog.objects.filter(day__gte=since)
    if language:
        logs = logs.filter(language=language)
    grouped = logs.values("query", "language").annotate(
        total=Sum("searches"), zero=Sum("zero_result_searches"), last=Max("last_result_count")
    )
    frequent = [_row(r) for r in grouped.order_by("-total", "query")[:rows]]
    zero = [_row(r) for r in grouped.filter(zero__gt=0).order_by("-zero", "query")[:rows]]
    total = logs.aggregate(n=Sum("searches"))["n"] or 0
    return QueryReport(
        since=since, language=language, frequent=frequent, zero_results=zero, total_searches=total
    )


def _row(row: dict) -> QueryRow:
    return QueryRow(
        query=row["query"],
        language=row["language"],
        searches=row["total"],
        zero_result_searches=row["zero"],
        max_results=row["last"],
    )
