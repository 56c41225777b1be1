"""The query log keeps what people search for, never who they are."""

import pytest

from search.models import QueryLog
from search.querylog import record_search, scrub


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("evicted jane.doe@example.com", "evicted [email]"),
        ("call me on 07700 900123", "call me on [phone]"),
        ("+44 (0)20 7946 0958 bailiffs", "[phone] bailiffs"),
        ("I live at SW1A 1AA", "i live at [postcode]"),
        ("e1 6an eviction", "[postcode] eviction"),
        ("NI number AB 12 34 56 C", "ni number [ni-number]"),
        ("case 1234567890", "case [number]"),
        ("card 4111 1111 1111 1111", "card [number]"),
        ("section 21 notice 2026", "section 21 notice 2026"),
        ("Section 8 AND section 21", "section 8 and section 21"),
        ("\x00 OR 1=1--", "or 1=1--"),
    ],
)
def test_personal_data_is_scrubbed_before_anything_is_stored(query, expected):
    assert scrub(query) == expected


def test_searches_are_counted_per_day_language_and_query(db):
    record_search(query="Deposit", language="en", result_count=3)
    record_search(query="deposit ", language="en", result_count=3)
    record_search(query="deposit", language="pl", result_count=0)
    english = QueryLog.objects.get(language="en")
    assert (english.query, english.searches, english.zero_result_searches) == ("deposit", 2, 0)
    assert QueryLog.objects.get(language="pl").zero_result_searches == 1


def test_a_query_that_was_only_personal_data_is_still_counted_without_it(db):
    record_search(query="me@example.com", language="en", result_count=0)
    assert QueryLog.objects.get().query == "[email]"


def test_logging_never_breaks_a_search(db, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("database is read-only")

    monkeypatch.setattr("search.querylog._increment", broken)
    record_search(query="deposit", language="en", result_count=1)
    assert "could not record a search" in caplog.text
