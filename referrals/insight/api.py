"""The statistics as JSON for the network's own reporting tools:
GET /api/v1/staff/statistics/ (every table) and
GET /api/v1/staff/statistics/{table}/ (one).

Staff session authentication (the /api/v1/staff/ prefix also requires a
verified second factor); network admins see everything, centre managers
their own centres, anyone else gets 403. The same tables, with the same
suppression, as the dashboard and the exports. Labels are in the request's
language (Accept-Language); codes are stable.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from .access import insight_scope
from .filters import BREAKDOWNS, InsightFilterForm
from .report import Report, cached_report
from .suppression import THRESHOLD
from .tables import Table

router = Router(tags=["staff: statistics"], auth=django_auth)


class StatisticsQuery(Schema):
    start: dt.date | None = None
    end: dt.date | None = None
    interval: Literal["week", "month"] | None = None
    centre: str | None = None
    area: str | None = None
    language: str | None = None
    by: Literal[tuple(BREAKDOWNS)] | None = None  # type: ignore[valid-type]


class CellOut(Schema):
    value: int | float | str | None
    text: str
    status: Literal["shown", "small", "withheld"]
    code: str = ""


class ColumnOut(Schema):
    key: str
    label: str
    kind: Literal["label", "count", "percent", "hours", "number"]


class TableOut(Schema):
    name: str
    title: str
    description: str
    columns: list[ColumnOut]
    rows: list[list[CellOut]]


class FiltersOut(Schema):
    start: dt.date
    end: dt.date
    interval: str
    centre: str
    area: str
    language: str
    by: str


class ScopeOut(Schema):
    network: bool
    centres: list[str]


class StatisticsOut(Schema):
    threshold: int
    synthetic: bool
    filters: FiltersOut
    scope: ScopeOut
    tables: list[TableOut]


def _report(request: HttpRequest, query: StatisticsQuery) -> Report:
    scope = insight_scope(request.auth)
    if scope is None:
        raise HttpError(403, _("Statistics are for network administrators and centre managers."))
    data = {
        key: value.isoformat() if isinstance(value, dt.date) else value
        for key, value in query.dict(exclude_none=True).items()
    }
    form = InsightFilterForm(data, scope=scope)
    if not form.is_valid():
        raise HttpError(400, " ".join(form.error_messages()))
    return cached_report(scope=scope, filters=form.filters())


def _table(table: Table) -> dict:
    return {
        "name": table.name,
        "title": str(table.title),
        "description": str(table.description),
        "columns": [{"key": c.key, "label": str(c.label), "kind": c.kind} for c in table.columns],
        "rows": [
            [{"value": c.value, "text": c.text, "status": c.status, "code": c.code} for c in row]
            for row in table.rows
        ],
    }


def _out(report: Report, tables: list[Table]) -> dict:
    scope = report.scope
    return {
        "threshold": THRESHOLD,
        "synthetic": report.synthetic,
        "filters": report.filters.as_record(),
        "scope": {
            "network": scope.network,
            "centres": []
            if scope.network
            else list(scope.centres().values_list("slug", flat=True)),
        },
        "tables": [_table(table) for table in tables],
    }


@router.get("/", response=StatisticsOut, summary="Every statistics table")
def statistics(request: HttpRequest, query: Query[StatisticsQuery]):
    """Every table of the insight dashboard for the filters (dates are widened
    to whole weeks or months). Suppressed figures have ``value: null`` and
    ``status`` ``small`` (under 5) or ``withheld`` (hidden so that a small
    figure cannot be worked out)."""
    report = _report(request, query)
    return _out(report, list(report.tables.values()))


@router.get("/{name}/", response=StatisticsOut, summary="One statistics table")
def statistics_table(request: HttpRequest, name: str, query: Query[StatisticsQuery]):
    """One table by name (for example ``by_area``, ``flow_times``); 404 for an
    unknown name or one this account may not see."""
    report = _report(request, query)
    table = report.tables.get(name)
    if table is None:
        raise HttpError(404, _("There is no such statistics table."))
    return _out(report, [table])
