"""Rendering statistics tables and charts: a dashboard has thousands of
cells and chart marks, so they are built here in one pass, every value
escaped, rather than by nested template loops (several times slower)."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from referrals.insight.charts import Chart
from referrals.insight.tables import LABEL, Table

register = template.Library()


@register.simple_tag
def insight_rows(table: Table) -> SafeString:
    """The <tr> rows of table: the first cell a row header, suppressed
    figures marked, numbers aligned."""
    kinds = [column.kind for column in table.columns][1:]
    rows = []
    for row in table.rows:
        total = ' class="insight-total"' if row[0].code == "total" else ""
        cells = "".join(
            f"<td{_cell_class(cell, kind)}>{escape(cell.text)}</td>"
            for cell, kind in zip(row[1:], kinds, strict=True)
        )
        rows.append(f'<tr{total}><th scope="row">{escape(row[0].text)}</th>{cells}</tr>')
    return mark_safe("\n".join(rows))  # noqa: S308 - every value escaped above


def _cell_class(cell, kind: str) -> str:
    if cell.suppressed:
        return ' class="insight-suppressed"'
    return ' class="insight-number"' if kind != LABEL else ""


@register.simple_tag
def insight_bar_marks(chart: Chart) -> SafeString:
    """The bars of a horizontal bar chart, each with its label and figure."""
    marks = []
    for m in chart.marks:
        bar = (
            ""
            if m.suppressed
            else f'<rect class="insight-chart__bar" x="{m.x}" y="{m.y}" '
            f'width="{m.width}" height="{m.height}"></rect>'
        )
        value = "insight-chart__value" + (
            " insight-chart__value--suppressed" if m.suppressed else ""
        )
        marks.append(
            f"<g><title>{escape(m.full_label)}: {escape(m.text)}</title>"
            f'<text class="insight-chart__label" x="{m.label_x}" y="{m.label_y}" '
            f'text-anchor="{m.label_anchor}">{escape(m.label)}</text>{bar}'
            f'<text class="{value}" x="{m.text_x}" y="{m.text_y}" '
            f'text-anchor="{m.text_anchor}">{escape(m.text)}</text></g>'
        )
    return mark_safe("\n".join(marks))  # noqa: S308 - every value escaped above


@register.simple_tag
def insight_column_marks(chart: Chart) -> SafeString:
    """The grid, axis figures and columns of a chart over time."""
    parts = [
        f'<line class="insight-chart__grid" x1="{chart.plot_left}" x2="{chart.plot_right}" '
        f'y1="{t.y}" y2="{t.y}"></line><text class="insight-chart__tick" '
        f'x="{chart.plot_left - 6}" y="{t.y}" text-anchor="end" '
        f'dominant-baseline="middle">{escape(t.value_text)}</text>'
        for t in chart.ticks
    ]
    for m in chart.marks:
        if m.suppressed:
            shape = (
                f'<rect class="insight-chart__marker" x="{m.x}" y="{chart.baseline - 3}" '
                f'width="{m.width}" height="3"></rect>'
            )
            value = ""
        else:
            shape = (
                f'<rect class="insight-chart__bar" x="{m.x}" y="{m.y}" '
                f'width="{m.width}" height="{m.height}"></rect>'
            )
            value = (
                f'<text class="insight-chart__value" x="{m.text_x}" y="{m.text_y}" '
                f'text-anchor="middle">{escape(m.text)}</text>'
                if m.text
                else ""
            )
        label = (
            f'<text class="insight-chart__label" x="{m.label_x}" y="{m.label_y}" '
            f'text-anchor="middle">{escape(m.label)}</text>'
            if m.show_label
            else ""
        )
        parts.append(
            f"<g><title>{escape(m.full_label)}: {escape(m.text)}</title>{shape}{value}{label}</g>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value escaped above
