"""Counting facts by several groupings at once.

On PostgreSQL one query with GROUPING SETS reads the facts once for every
grouping (the breakdowns, the periods and the cross-tab); elsewhere each
grouping is its own GROUP BY. Both give the same dictionaries.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, QuerySet


def grouped_counts(facts: QuerySet, groupings: list[tuple[str, ...]]) -> dict[tuple, dict]:
    """{grouping: {value (or tuple of values): count}} for each grouping
    (a tuple of field names); values with no facts are missing."""
    if connection.vendor == "postgresql":
        return _grouping_sets(facts, groupings)
    return {grouping: _group_by(facts, grouping) for grouping in groupings}


def _group_by(facts: QuerySet, grouping: tuple[str, ...]) -> dict:
    rows = facts.values_list(*grouping).annotate(n=Count("pk")).order_by()
    if len(grouping) == 1:
        return {row[0]: row[1] for row in rows}
    return {row[:-1]: row[-1] for row in rows}


def _grouping_sets(facts: QuerySet, groupings: list[tuple[str, ...]]) -> dict:
    fields = sorted({field for grouping in groupings for field in grouping})
    inner, params = facts.order_by().values(*fields).query.sql_with_params()
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field) for field in fields)
    sets = ", ".join("(" + ", ".join(quote(f) for f in grouping) + ")" for grouping in groupings)
    sql = (
        f"SELECT {columns}, GROUPING({columns}), COUNT(*) FROM ({inner}) AS facts "  # noqa: S608
        f"GROUP BY GROUPING SETS ({sets})"
    )
    # GROUPING() has a bit set for each field not grouped on, first field highest.
    by_mask = {}
    for grouping in groupings:
        mask = sum(1 << (len(fields) - 1 - i) for i, f in enumerate(fields) if f not in grouping)
        by_mask[mask] = grouping
    found: dict[tuple, dict] = {grouping: {} for grouping in groupings}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for row in cursor.fetchall():
            grouping = by_mask[row[-2]]
            values = tuple(row[fields.index(field)] for field in grouping)
            found[grouping][values[0] if len(values) == 1 else values] = row[-1]
    return found
