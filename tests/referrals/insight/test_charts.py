"""Charts: bars sized by figure, suppressed figures drawn as text only,
mirrored for right-to-left languages."""

from referrals.insight import tables
from referrals.insight.charts import WIDTH, chart_for
from referrals.insight.suppression import SHOWN, SMALL


def bars_table(values):
    table = tables.Table(
        name="by_area",
        title="Enquiries by area of law",
        columns=[
            tables.Column("area", "Area of law"),
            tables.Column("n", "Enquiries", tables.COUNT),
        ],
        chart="bars",
    )
    for name, value, status in values:
        table.rows.append([tables.label(name, name.lower()), tables.count(value, status)])
    table.rows.append([tables.label("Total", "total"), tables.count(99, SHOWN)])
    return table


def test_bars_are_proportional_and_the_total_is_not_drawn():
    chart = chart_for(
        bars_table([("Housing", 40, SHOWN), ("Debt", 20, SHOWN), ("Family", 3, SMALL)])
    )
    assert [mark.label for mark in chart.marks] == ["Housing", "Debt", "Family"]
    housing, debt, family = chart.marks
    assert housing.width == 2 * debt.width
    assert family.suppressed and family.width == 0 and family.text == "fewer than 5"
    assert chart.title == "Enquiries by area of law"
    assert "table that follows" in chart.description


def test_bars_mirror_for_right_to_left():
    table = bars_table([("سكن", 40, SHOWN)])
    ltr, rtl = chart_for(table).marks[0], chart_for(table, rtl=True).marks[0]
    assert ltr.x + ltr.width <= WIDTH and rtl.x + rtl.width == WIDTH - (ltr.x)
    assert rtl.label_x > rtl.x + rtl.width and ltr.label_x < ltr.x
    assert (ltr.text_anchor, rtl.text_anchor) == ("start", "end")


def test_long_labels_are_shortened_on_the_chart_only():
    label = "A very long guide title about getting your tenancy deposit back"
    mark = chart_for(bars_table([(label, 10, SHOWN)])).marks[0]
    assert mark.label.endswith("…") and len(mark.label) <= 34
    assert mark.full_label == label


def test_nothing_to_draw_gives_no_chart():
    assert chart_for(bars_table([("Debt", 2, SMALL)])) is None
    table = bars_table([])
    table.chart = ""
    assert chart_for(table) is None


def test_columns_over_time_label_at_most_twelve_periods():
    table = tables.Table(
        name="over_time",
        title="Enquiries over time",
        columns=[tables.Column("period", "Week"), tables.Column("n", "Enquiries", tables.COUNT)],
        chart="columns",
    )
    for week in range(52):
        value, status = (week + 5, SHOWN) if week % 10 else (1, SMALL)
        table.rows.append([tables.label(f"w{week}"), tables.count(value, status)])
    chart = chart_for(table)
    assert chart.kind == "columns" and len(chart.marks) == 52
    assert sum(mark.show_label for mark in chart.marks) <= 12
    assert chart.marks[0].suppressed and chart.marks[0].height == 0
    tallest = max(chart.marks, key=lambda mark: mark.height)
    assert tallest.full_label == "w51"
    assert [tick.value_text for tick in chart.ticks][0] == "0"


def test_over_time_charts_use_short_period_labels(db):
    from referrals.insight.charts import chart_for as chart_of
    from referrals.insight.enquiries import over_time, over_time_table

    from .conftest import filters

    periods = over_time({}, filters(), SHOWN)
    table = over_time_table(periods, filters())
    assert [row[0].text for row in table.rows][:2] == ["2 Mar 2026", "9 Mar 2026"]
    table.rows[0][1] = tables.count(7, SHOWN)
    assert [mark.full_label for mark in chart_of(table).marks][:2] == ["2 Mar", "9 Mar"]
