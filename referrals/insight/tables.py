"""The one shape every statistic takes: a table of cells.

The dashboard renders tables (and charts from them), exports write them to
CSV and XLSX, the JSON endpoint serialises them. A cell carries its raw
value (None when suppressed), the text a person sees (translated: "fewer
than 5"), its suppression status and, for labels, a stable code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .suppression import SHOWN, SMALL, THRESHOLD, WITHHELD

LABEL = "label"
COUNT = "count"
PERCENT = "percent"
HOURS = "hours"
NUMBER = "number"  # a figure not about people (weekly capacity, centres)


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = LABEL


@dataclass(frozen=True)
class Cell:
    value: int | float | str | None
    text: str
    status: str = SHOWN
    code: str = ""

    @property
    def suppressed(self) -> bool:
        return self.status != SHOWN


@dataclass
class Table:
    """A named table; ``chart`` says how the dashboard draws it ("bars" for
    categories, "columns" for time), from the first column's labels and
    column ``chart_value``'s figures."""

    name: str
    title: str
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    description: str = ""
    chart: str = ""
    chart_value: int = 1
    chart_labels: list[str] | None = None  # shorter labels for the chart, row by row

    @property
    def has_suppressed(self) -> bool:
        return any(cell.suppressed for row in self.rows for cell in row)


SUPPRESSION_NOTE = gettext_lazy(
    "Figures under 5 are shown as “fewer than 5”; “withheld” figures are hidden so that a "
    "figure under 5 cannot be worked out from a total."
)


def small_text() -> str:
    return _("fewer than %(threshold)s") % {"threshold": THRESHOLD}


def label(text, code: str = "") -> Cell:
    return Cell(value=str(code or text), text=str(text), code=str(code))


def count(value: int, status: str) -> Cell:
    if status == SHOWN:
        return Cell(value=value, text=number_format(value, force_grouping=True))
    return Cell(value=None, text=_suppressed_text(status, derived=False), status=status)


def number(value: int | None) -> Cell:
    if value is None:
        return Cell(value=None, text="")
    return Cell(value=value, text=number_format(value, force_grouping=True))


def percent(numerator: int, denominator: int, status: str) -> Cell:
    if status != SHOWN:
        return _derived_suppressed(status)
    if not denominator:
        return Cell(value=None, text="")
    value = round(100 * numerator / denominator)
    return Cell(value=value, text=_("%(percent)s%%") % {"percent": number_format(value)})


def hours(minutes: int | float | None, status: str) -> Cell:
    if status != SHOWN or minutes is None:
        return _derived_suppressed(status)
    value = round(minutes / 60, 1)
    return Cell(value=value, text=number_format(value, decimal_pos=1))


def _derived_suppressed(status: str) -> Cell:
    status = WITHHELD if status == WITHHELD else SMALL
    return Cell(value=None, text=_suppressed_text(status, derived=True), status=status)


def _suppressed_text(status: str, *, derived: bool) -> str:
    if status == WITHHELD:
        return _("withheld")
    if derived:
        return _("not shown: from fewer than %(threshold)s") % {"threshold": THRESHOLD}
    return small_text()
