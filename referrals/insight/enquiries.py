"""Enquiries counted by period and by each dimension, and the cross-tab of
the two, from counts grouped in the database (grouping.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import tables
from .dimensions import Dimension, code_of
from .filters import WEEK, InsightFilters
from .suppression import SHOWN, primary_status, protect

TOTAL = ("total",)  # a key no dimension value can take
OTHER = ("other",)
CROSSTAB_COLUMNS = 8


@dataclass
class Counts:
    """Counts by value, their statuses and the protected total."""

    counts: dict
    status: dict
    total: int

    def ordered(self, names: dict, order: tuple = ()) -> list:
        """Shown values by count, then hidden ones by name (so the order
        says nothing about the size of hidden figures); or a fixed order."""
        if order:
            return [value for value in order if value in self.counts]
        shown = [v for v in self.counts if self.status[v] == SHOWN]
        hidden = [v for v in self.counts if self.status[v] != SHOWN]
        return sorted(shown, key=lambda v: (-self.counts[v], str(names[v]))) + sorted(
            hidden, key=lambda v: str(names[v])
        )


def protected_counts(counts: dict, total: int, total_status: str) -> Counts:
    values = {**counts, TOTAL: total}
    status = protect(values, [list(values)], seeded={TOTAL: total_status})
    return Counts(counts=counts, status=status, total=total)


def period_field(filters: InsightFilters) -> str:
    return "week" if filters.interval == WEEK else "month"


def period_label(day: dt.date, filters: InsightFilters, *, short: bool = False) -> str:
    if filters.interval == WEEK:
        return date_format(day, "j M" if short else "j M Y")
    return date_format(day, "M Y" if short else "YEAR_MONTH_FORMAT")


def over_time(found: dict, filters: InsightFilters, total_status: str) -> Counts:
    """found: counts by period (first day)."""
    counts = {day: found.get(day, 0) for day in filters.periods()}
    return protected_counts(counts, sum(counts.values()), total_status)


def over_time_table(periods: Counts, filters: InsightFilters) -> tables.Table:
    heading = _("Week beginning") if filters.interval == WEEK else _("Month")
    table = tables.Table(
        name="over_time",
        title=_("Enquiries over time"),
        columns=[
            tables.Column("period", heading),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
        ],
        chart="columns",
        chart_labels=[period_label(day, filters, short=True) for day in periods.counts],
    )
    for day, value in periods.counts.items():
        table.rows.append(
            [
                tables.label(period_label(day, filters), day.isoformat()),
                tables.count(value, periods.status[day]),
            ]
        )
    table.rows.append(_total_row(periods))
    return table


def breakdown_table(dimension: Dimension, counts: Counts, names: dict, codes: dict) -> tables.Table:
    table = tables.Table(
        name=f"by_{dimension.key}",
        title=_("Enquiries by %(dimension)s") % {"dimension": dimension.title.lower()},
        columns=[
            tables.Column(dimension.key, dimension.title),
            tables.Column("enquiries", _("Enquiries"), tables.COUNT),
            tables.Column("share", _("Share of enquiries"), tables.PERCENT),
        ],
        chart="bars",
    )
    total_status = counts.status[TOTAL]
    for value in counts.ordered(names, dimension.order):
        status = counts.status[value]
        share_status = status if total_status == SHOWN else total_status
        table.rows.append(
            [
                tables.label(names[value], codes.get(value, code_of(value))),
                tables.count(counts.counts[value], status),
                tables.percent(counts.counts[value], counts.total, share_status),
            ]
        )
    table.rows.append([*_total_row(counts), tables.percent(1, 1, total_status)])
    return table


def crosstab_table(
    found: dict,
    filters: InsightFilters,
    dimension: Dimension,
    periods: Counts,
    by_value: Counts,
    names: dict,
    codes: dict,
) -> tables.Table:
    """Periods down, the dimension's largest shown values across (the rest
    as "Other"), with totals that match the other tables. found: counts by
    (period, value)."""
    top = [v for v in by_value.ordered(names, dimension.order) if by_value.status[v] == SHOWN]
    top = top[:CROSSTAB_COLUMNS]
    rest = [v for v in by_value.counts if v not in top]
    columns = top + ([OTHER] if rest else [])
    values, seeded = {}, {}
    for day in periods.counts:
        for column in top:
            values[(day, column)] = found.get((day, column), 0)
        if rest:
            values[(day, OTHER)] = sum(found.get((day, v), 0) for v in rest)
        values[(day, TOTAL)] = periods.counts[day]
        seeded[(day, TOTAL)] = periods.status[day]
    for column in columns:
        total = (
            by_value.counts[column] if column != OTHER else sum(by_value.counts[v] for v in rest)
        )
        values[(TOTAL, column)] = total
        seeded[(TOTAL, column)] = by_value.status.get(column) or primary_status(total)
    values[(TOTAL, TOTAL)] = periods.total
    seeded[(TOTAL, TOTAL)] = periods.status[TOTAL]
    lines = [[(day, c) for c in [*columns, TOTAL]] for day in periods.counts]
    lines += [[(day, c) for day in [*periods.counts, TOTAL]] for c in columns]
    status = protect(values, lines, seeded=seeded)

    heading = _("Week beginning") if filters.interval == WEEK else _("Month")
    labels = {**names, OTHER: _("Other"), TOTAL: _("Total")}
    table = tables.Table(
        name="over_time_by",
        title=_("Enquiries over time by %(dimension)s") % {"dimension": dimension.title.lower()},
        columns=[
            tables.Column("period", heading),
            *(
                tables.Column(
                    codes.get(c, code_of(c)) if c != OTHER else "other",
                    str(labels[c]),
                    tables.COUNT,
                )
                for c in columns
            ),
            tables.Column("total", _("Total"), tables.COUNT),
        ],
    )
    for day in [*periods.counts, TOTAL]:
        head = (
            tables.label(_("Total"), "total")
            if day == TOTAL
            else tables.label(period_label(day, filters), day.isoformat())
        )
        table.rows.append(
            [head, *(tables.count(values[(day, c)], status[(day, c)]) for c in [*columns, TOTAL])]
        )
    return table


def _total_row(counts: Counts) -> list[tables.Cell]:
    return [tables.label(_("Total"), "total"), tables.count(counts.total, counts.status[TOTAL])]
