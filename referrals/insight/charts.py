"""Charts drawn on the server as SVG: the geometry is computed here, the
markup is a template (templates/referrals/insight/includes/*_chart.html).

No JavaScript. Every chart has a title and a description (role="img"),
its figures as text, and the accessible table it was drawn from right
after it. Suppressed figures get no bar, only their text ("fewer than 5").
Horizontal bar charts are mirrored for right-to-left languages; time runs
left to right in every language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .tables import LABEL, Table

WIDTH = 720
BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 260
VALUE_ROOM = 150
MAX_LABEL = 34
COLUMNS_HEIGHT = 240
MAX_AXIS_LABELS = 12


@dataclass(frozen=True)
class Mark:
    """One bar or column, with where its texts go."""

    label: str  # shortened for the chart
    full_label: str
    text: str  # the figure as shown, or "fewer than 5"
    suppressed: bool
    x: float
    y: float
    width: float
    height: float
    label_x: float
    label_y: float
    label_anchor: str
    text_x: float
    text_y: float
    text_anchor: str
    show_label: bool = True


@dataclass(frozen=True)
class Tick:
    value_text: str
    y: float


@dataclass
class Chart:
    kind: str  # "bars" or "columns"
    id: str
    title: str
    description: str
    caption: str
    width: int
    height: int
    marks: list[Mark]
    ticks: list[Tick] = field(default_factory=list)
    baseline: float = 0.0
    plot_left: float = 0.0
    plot_right: float = 0.0


def chart_for(table: Table, *, rtl: bool = False) -> Chart | None:
    """The chart drawn from table, or None if it has none or nothing to draw."""
    rows = [row for row in table.rows if row and row[0].code != "total"]
    if not table.chart or not rows:
        return None
    items = []
    for index, row in enumerate(rows):
        labels = [
            cell.text
            for cell, column in zip(row, table.columns, strict=True)
            if column.kind == LABEL
        ]
        text = " – ".join(t for t in labels if t)
        if table.chart_labels:
            text = table.chart_labels[index]
        items.append((text, row[table.chart_value]))
    if all(cell.value is None for _label, cell in items):
        return None
    if table.chart == "columns":
        return _columns(table, items)
    return _bars(table, items, rtl)


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _short(text: str, limit: int = MAX_LABEL) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _drawn(table: Table) -> str:
    return _("%(measure)s by %(category)s.") % {
        "measure": table.columns[table.chart_value].label,
        "category": table.columns[0].label.lower(),
    }


def _caption(table: Table) -> str:
    """What is drawn, when the title does not say it already."""
    return "" if table.chart_value == 1 else _drawn(table)


def _description(table: Table) -> str:
    return " ".join((_drawn(table), _("Every figure is in the table that follows the chart.")))


def _bars(table: Table, items, rtl: bool) -> Chart:
    top = max(cell.value for _label, cell in items if cell.value is not None)
    scale = (WIDTH - LABEL_WIDTH - VALUE_ROOM) / _nice_max(top)
    marks = []
    for index, (text, cell) in enumerate(items):
        y = BAR_GAP + index * (BAR_HEIGHT + BAR_GAP)
        length = 0 if cell.value is None else max(cell.value * scale, 1)
        if rtl:  # mirrored: labels on the right, bars growing leftwards
            x = WIDTH - LABEL_WIDTH - length
            label_x, label_anchor = WIDTH - LABEL_WIDTH + 8, "start"
            text_x, text_anchor = x - 6, "end"
        else:
            x = LABEL_WIDTH
            label_x, label_anchor = LABEL_WIDTH - 8, "end"
            text_x, text_anchor = LABEL_WIDTH + length + 6, "start"
        marks.append(
            Mark(
                label=_short(text),
                full_label=text,
                text=cell.text,
                suppressed=cell.value is None,
                x=round(x, 1),
                y=y,
                width=round(length, 1),
                height=BAR_HEIGHT,
                label_x=label_x,
                label_y=y + BAR_HEIGHT * 0.7,
                label_anchor=label_anchor,
                text_x=round(text_x, 1),
                text_y=y + BAR_HEIGHT * 0.7,
                text_anchor=text_anchor,
            )
        )
    height = BAR_GAP + len(items) * (BAR_HEIGHT + BAR_GAP)
    return Chart(
        "bars",
        f"chart-{table.name}",
        table.title,
        _description(table),
        _caption(table),
        WIDTH,
        height,
        marks,
    )


def _columns(table: Table, items) -> Chart:
    left, right, top_pad, bottom = 56, WIDTH - 8, 24, COLUMNS_HEIGHT - 40
    values = [cell.value for _label, cell in items if cell.value is not None]
    ceiling = _nice_max(max(values))
    plot = bottom - top_pad
    slot = (right - left) / len(items)
    width = max(slot * 0.7, 1)
    every = max(1, math.ceil(len(items) / MAX_AXIS_LABELS))
    show_values = len(items) <= 26
    marks = []
    for index, (text, cell) in enumerate(items):
        height = 0 if cell.value is None else max(cell.value / ceiling * plot, 1)
        x = left + index * slot + (slot - width) / 2
        marks.append(
            Mark(
                label=_short(text, 14),
                full_label=text,
                text=cell.text if (show_values or cell.value is None) else "",
                suppressed=cell.value is None,
                x=round(x, 1),
                y=round(bottom - height, 1),
                width=round(width, 1),
                height=round(height, 1),
                label_x=round(x + width / 2, 1),
                label_y=bottom + 16,
                label_anchor="middle",
                text_x=round(x + width / 2, 1),
                text_y=round(bottom - height - 4, 1),
                text_anchor="middle",
                show_label=index % every == 0,
            )
        )
    ticks = [
        Tick(
            number_format(round(ceiling * step / 4), force_grouping=True),
            round(bottom - plot * step / 4, 1),
        )
        for step in range(5)
    ]
    return Chart(
        "columns",
        f"chart-{table.name}",
        table.title,
        _description(table),
        _caption(table),
        WIDTH,
        COLUMNS_HEIGHT,
        marks,
        ticks=ticks,
        baseline=bottom,
        plot_left=left,
        plot_right=right,
    )
