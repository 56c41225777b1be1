"""Every table of the report against hand-counted expectations on generated
facts, with suppression at the threshold and the counting rule."""

import datetime as dt

import pytest

from referrals.insight.access import InsightScope
from referrals.insight.report import TABLE_NAMES, insight_report
from referrals.services import consent_withdraw

from ..factories import submit
from .conftest import MONDAY, NETWORK, facts, filters

pytestmark = pytest.mark.django_db


def texts(table):
    return [[cell.text for cell in row] for row in table.rows]


def report(scope=NETWORK, **overrides):
    return insight_report(scope=scope, filters=filters(**overrides))


@pytest.fixture
def network_data(riverside, northside):
    """18 enquiries in the first week of the range; 3 outside it."""
    facts(7, centre=riverside, area="housing", urgent=True, postcode_area="E")
    facts(
        6,
        centre=northside,
        area="debt",
        advice_language="pl",
        interpreter_needed=True,
        postcode_area="N",
        state="closed",
        outcome="advice_given",
    )
    facts(
        5,
        area="benefits",
        postcode_area="CF",
        routing_level="triage",
        triage_reason="no_coverage",
    )
    facts(3, submitted_on=MONDAY - dt.timedelta(days=1))  # the Sunday before


def test_counts_by_every_dimension(network_data):
    tables = report().tables
    assert texts(tables["by_area"]) == [
        ["Housing", "7", "39%"],
        ["Debt", "6", "33%"],
        ["Welfare benefits", "5", "28%"],
        ["Total", "18", "100%"],
    ]
    assert texts(tables["by_centre"])[:3] == [
        ["Riverside", "7", "39%"],
        ["Northside", "6", "33%"],
        ["Network triage queue (no centre)", "5", "28%"],
    ]
    assert texts(tables["by_language"]) == [
        ["English", "12", "67%"],
        ["Polish", "6", "33%"],
        ["Total", "18", "100%"],
    ]
    assert texts(tables["by_urgency"])[:2] == [["Urgent", "7", "39%"], ["Not urgent", "11", "61%"]]
    assert [row[:2] for row in texts(tables["by_region"])] == [
        ["E", "7"],
        ["N", "6"],
        ["CF", "5"],
        ["Total", "18"],
    ]
    assert [row[:2] for row in texts(tables["by_state"])] == [
        ["Waiting to be picked up", "12"],
        ["Closed", "6"],
        ["Total", "18"],
    ]
    assert [row[:2] for row in texts(tables["by_outcome"])] == [
        ["No outcome yet", "12"],
        ["Advice given", "6"],
        ["Total", "18"],
    ]


def test_every_table_is_in_the_report_for_a_network_admin(network_data):
    assert tuple(report().tables) == TABLE_NAMES


def test_over_time_by_week_fills_empty_weeks(network_data):
    assert texts(report().tables["over_time"]) == [
        ["2 Mar 2026", "18"],
        ["9 Mar 2026", "fewer than 5"],
        ["16 Mar 2026", "fewer than 5"],
        ["23 Mar 2026", "fewer than 5"],
        ["Total", "18"],
    ]


def test_over_time_by_month(network_data):
    facts(6, submitted_on=dt.date(2026, 2, 16))
    table = report(start=dt.date(2026, 2, 1), end=dt.date(2026, 3, 31), interval="month")
    assert texts(table.tables["over_time"]) == [
        ["February 2026", "6"],
        ["March 2026", "21"],
        ["Total", "27"],
    ]


def test_one_empty_period_withholds_another(riverside):
    facts(9)
    table = report(start=dt.date(2026, 2, 1), end=dt.date(2026, 3, 31), interval="month")
    assert texts(table.tables["over_time"]) == [
        ["February 2026", "fewer than 5"],
        ["March 2026", "withheld"],  # else 9 - 9 = 0 in February
        ["Total", "9"],
    ]


@pytest.mark.parametrize(("n", "text"), [(4, "fewer than 5"), (5, "5")])
def test_a_count_is_suppressed_under_five_and_shown_at_five(riverside, n, text):
    facts(n, centre=riverside)
    tables = report().tables
    assert texts(tables["by_area"])[0][1] == text
    assert tables["by_area"].rows[0][1].value == (n if n >= 5 else None)
    assert texts(tables["over_time"])[-1][1] == text


def test_a_lone_small_figure_withholds_the_next_smallest(riverside):
    facts(4, area="debt")
    facts(9, area="housing")
    facts(12, area="family")
    assert texts(report().tables["by_area"]) == [
        ["Family", "12", "48%"],
        ["Debt", "fewer than 5", "not shown: from fewer than 5"],
        ["Housing", "withheld", "withheld"],  # else 25 - 12 - 9 = 4
        ["Total", "25", "100%"],
    ]


def test_hidden_rows_are_listed_by_name_not_by_size(riverside):
    facts(3, area="housing")
    facts(1, area="debt")
    facts(20, area="family")
    assert [row[0] for row in texts(report().tables["by_area"])] == [
        "Family",
        "Debt",
        "Housing",
        "Total",
    ]


def test_the_cross_tab_by_week_and_area(riverside):
    facts(6, area="housing")
    facts(7, area="housing", submitted_on=MONDAY + dt.timedelta(days=7))
    facts(8, area="debt", submitted_on=MONDAY + dt.timedelta(days=7))
    facts(3, area="debt", submitted_on=MONDAY + dt.timedelta(days=14))
    table = report(by="area").tables["over_time_by"]
    assert [column.label for column in table.columns] == [
        "Week beginning",
        "Housing",
        "Debt",
        "Total",
    ]
    assert texts(table) == [
        ["2 Mar 2026", "withheld", "fewer than 5", "6"],  # else 6 - 6 = 0 debt
        ["9 Mar 2026", "7", "8", "15"],
        ["16 Mar 2026", "fewer than 5", "fewer than 5", "fewer than 5"],
        ["23 Mar 2026", "fewer than 5", "fewer than 5", "fewer than 5"],
        ["Total", "13", "11", "24"],
    ]


def test_the_cross_tab_puts_small_values_in_other(riverside):
    facts(6, area="housing")
    facts(2, area="debt")
    facts(3, area="family")
    table = report(by="area").tables["over_time_by"]
    assert [column.key for column in table.columns] == ["period", "housing", "other", "total"]
    assert texts(table)[0] == ["2 Mar 2026", "6", "5", "11"]


def test_filters_narrow_every_table(network_data, riverside):
    assert report(centre_id=riverside.pk).total == 7
    assert report(area="debt").total == 6
    assert report(language="pl").total == 6
    assert report(start=MONDAY - dt.timedelta(days=7)).total == 21


def test_flow_times_median_and_90th_percentile(riverside):
    for minutes in (30, 60, 90, 120, 150, 180, 210, 240, 270, 300):
        facts(1, centre=riverside, minutes_to_claim=minutes, minutes_to_contact=minutes * 10)
    facts(2, centre=riverside)  # not claimed yet
    assert texts(report().tables["flow_times"]) == [
        ["To first claim", "10", "2.5", "4.5"],  # ranks 5 and 9: 150 and 270 minutes
        ["To first contact", "10", "25.0", "45.0"],
    ]


def test_flow_times_from_fewer_than_five_are_not_shown(riverside):
    facts(4, centre=riverside, minutes_to_claim=60)
    facts(10, centre=riverside)
    row = texts(report().tables["flow_times"])[0]
    assert row == [
        "To first claim",
        "fewer than 5",
        "not shown: from fewer than 5",
        "not shown: from fewer than 5",
    ]


def test_flow_shares(network_data, riverside):
    facts(5, centre=riverside, referred_on=True, submitted_on=MONDAY + dt.timedelta(days=1))
    assert texts(report().tables["flow_shares"]) == [
        ["Referred on to another centre", "5", "22%"],
        ["Sent to the network triage queue (no centre could take it)", "5", "22%"],
        ["Needed an interpreter", "6", "26%"],
    ]


def test_a_share_whose_complement_is_small_is_withheld(riverside):
    facts(9, centre=riverside, interpreter_needed=True)
    facts(2, centre=riverside)
    row = texts(report().tables["flow_shares"])[2]
    assert row == ["Needed an interpreter", "withheld", "withheld"]  # else 11 - 9 = 2


def test_centres_compared(riverside, northside):
    facts(5, centre=riverside, minutes_to_claim=60, minutes_to_contact=120, referred_on=True)
    facts(5, centre=riverside, minutes_to_claim=180, minutes_to_contact=240)
    facts(6, centre=northside, minutes_to_claim=30)
    assert texts(report().tables["flow_by_centre"]) == [
        ["Northside", "6", "0.5", "0.5", *["not shown: from fewer than 5"] * 4],
        ["Riverside", "10", "1.0", "3.0", "2.0", "4.0", "50%", "not shown: from fewer than 5"],
    ]


def test_capacity_used_per_centre_per_week(riverside):
    riverside.weekly_capacity = 8
    riverside.save()
    facts(6, centre=riverside)
    facts(2, centre=riverside, assigned_week=MONDAY + dt.timedelta(days=7))
    assert texts(report().tables["capacity"]) == [
        ["2 Mar 2026", "Riverside", "6", "8", "75%"],
        ["9 Mar 2026", "Riverside", "fewer than 5", "8", "not shown: from fewer than 5"],
    ]


def test_unmet_need_by_place_and_language(db, riverside):
    facts(
        6, area="benefits", postcode_area="CF", routing_level="triage", triage_reason="no_coverage"
    )
    facts(5, area="immigration", routing_level="triage", triage_reason="no_postcode")
    facts(
        2,
        area="debt",
        postcode_area="SA",
        routing_level="triage",
        triage_reason="no_centre_for_area",
    )
    facts(4, routing_level="triage", triage_reason="none_open_for_urgent")  # not about cover
    facts(7, advice_language="ti", interpreter_needed=True, centre=riverside)
    tables = report().tables
    assert texts(tables["unmet_places"]) == [
        ["Welfare benefits", "CF", "6"],
        ["Debt", "SA", "fewer than 5"],
        ["Immigration and asylum", "No postcode given", "withheld"],
        ["Total", "", "13"],
    ]
    languages = texts(tables["unmet_languages"])
    # Nobody speaks it: first. All 7 needed an interpreter, but that would say
    # that none of them (fewer than 5) did not, so it is withheld.
    assert languages[0] == ["Tigrinya", "7", "withheld", "0"]
    assert languages[1] == ["English", "17", "fewer than 5", "1"]


def test_a_manager_sees_only_their_centre_and_no_unmet_need(network_data, riverside):
    mine = InsightScope(network=False, centre_ids=frozenset({riverside.pk}))
    result = report(scope=mine)
    assert result.total == 7
    assert texts(result.tables["by_centre"]) == [["Riverside", "7", "100%"], ["Total", "7", "100%"]]
    assert "unmet_places" not in result.tables and "unmet_languages" not in result.tables


def test_only_enquiries_with_consent_to_statistics_are_counted(riverside):
    as_of = dt.datetime(2026, 3, 3, 10, 0, tzinfo=dt.UTC)
    stats = {"share_with_centre": True, "anonymised_statistics": True}
    counted = [submit(consents=stats, as_of=as_of) for _ in range(5)]
    for _ in range(3):
        submit(as_of=as_of)  # no consent to statistics
    assert report().total == 5
    assert texts(report().tables["by_area"])[0] == ["Housing", "5", "100%"]

    consent_withdraw(
        enquiry=counted[0].enquiry,
        purpose="anonymised_statistics",
        status_secret=counted[0].status_secret,
    )
    assert texts(report().tables["by_area"])[0] == [
        "Housing",
        "fewer than 5",
        "not shown: from fewer than 5",
    ]
