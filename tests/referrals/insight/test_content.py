"""Content statistics: reads per guide and language, moves to Get help, and
searches that found nothing."""

import datetime as dt

import pytest
from wagtail.models import Locale

from knowledge.models import PageViewCount
from referrals.insight import content
from tests.knowledge.factories import publish_guide, topic

from .conftest import MONDAY, filters

pytestmark = pytest.mark.django_db


def texts(table):
    return [[cell.text for cell in row] for row in table.rows]


@pytest.fixture
def guides():
    deposits = publish_guide(title="Deposits", slug="deposits")
    repairs = publish_guide(title="Repairs", slug="repairs")
    polish = Locale.objects.get(language_code="pl")
    return deposits, repairs, deposits.get_translation(polish)


def views(page, n, language="en", kind="view", day=MONDAY):
    PageViewCount.objects.create(day=day, page=page, language=language, kind=kind, count=n)


def test_most_read_guides_per_language(guides, monkeypatch):
    deposits, repairs, polish_deposits = guides
    views(deposits, 30)
    views(deposits, 12, day=MONDAY + dt.timedelta(days=3))
    views(repairs, 4)
    views(polish_deposits, 9, language="pl")
    views(topic(), 500)  # a topic page, not a guide
    views(repairs, 99, day=MONDAY - dt.timedelta(days=1))  # before the range
    assert texts(content.top_guides_table(filters())) == [
        ["English", "Deposits", "42"],
        ["English", "Repairs", "fewer than 5"],
        ["Polish", "Deposits", "9"],
    ]
    monkeypatch.setattr(content, "TOP_GUIDES_PER_LANGUAGE", 1)
    assert [row[1] for row in texts(content.top_guides_table(filters(language="en")))] == [
        "Deposits"
    ]


def test_pages_readers_moved_from_to_get_help(guides):
    deposits, repairs, _polish = guides
    views(deposits, 7, kind="get_help")
    views(repairs, 2, kind="get_help", language="cy")
    views(repairs, 50)  # reads are not moves
    assert texts(content.get_help_sources_table(filters())) == [
        ["Deposits", "English", "7"],
        ["Repairs", "Welsh", "fewer than 5"],
    ]


def test_without_a_search_query_log_the_table_says_so(monkeypatch):
    monkeypatch.setattr(content, "SEARCH_QUERY_LOG_MODEL", "search.NoSuchLog")
    table = content.zero_result_searches_table(filters())
    assert table.rows == []
    assert table.description == "The search query log is not available on this site."


@pytest.mark.skipif(
    content.search_query_log() is None, reason="needs the search app's query log (search.QueryLog)"
)
def test_searches_that_found_nothing_come_from_the_query_log():
    log = content.search_query_log()
    for day, language, query, zero in (
        (MONDAY, "en", "kicked out by landlord", 4),
        (MONDAY + dt.timedelta(days=2), "en", "kicked out by landlord", 3),
        (MONDAY, "en", "jane smith 12 acacia avenue", 1),  # rare: never listed
        (MONDAY, "pl", "eksmisja", 6),
        (MONDAY - dt.timedelta(days=1), "pl", "alimenty", 40),  # before the range
    ):
        log.objects.create(
            day=day, language=language, query=query, searches=zero, zero_result_searches=zero
        )
    assert texts(content.zero_result_searches_table(filters())) == [
        ["English", "kicked out by landlord", "7"],
        ["Polish", "eksmisja", "6"],
    ]
