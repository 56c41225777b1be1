"""SQLite specifics: the FTS5 table, analysed text and bm25 ranking."""

import pytest
from django.db import connection

from search.backends.sqlite import SQLiteBackend, match_expression
from search.documents import GuideDocument
from search.models import SearchTerm
from search.query import build_plan

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sqlite_only():
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite FTS5 backend needs the SQLite database (run without DATABASE_URL)")


def document(page_id, language, title, body):
    return GuideDocument(
        page_id=page_id,
        translation_key=f"00000000-0000-4000-8000-{page_id:012d}",
        language=language,
        title=title,
        summary="",
        body=body,
        topic_code="housing",
        topic_name="Housing",
        url=f"/{language}/x-{page_id}/",
    )


def test_the_fts5_table_holds_analysed_text():
    SQLiteBackend().index_documents([document(1, "zh-hant", "取回按金", "業主扣起押金")])
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, body, meta FROM search_fts")
        assert cursor.fetchone() == (
            "取回 回按 按金",
            "業主 主扣 扣起 起押 押金",
            "zzlangzhhant zztopichousing",
        )


def test_the_match_expression_filters_by_language_and_quotes_terms():
    expression = match_expression(build_plan("Deposit, landlord", language="en"))
    assert (
        expression
        == 'meta : "zzlangen" AND {title summary body topic} : (("deposit") AND ("landlord"))'
    )


def test_titles_outrank_bodies_and_english_is_stemmed():
    backend = SQLiteBackend()
    backend.index_documents(
        [
            document(1, "en", "Rent", "Landlords may evict tenants."),
            document(2, "en", "Eviction", "Next."),
        ]
    )
    results = backend.search(build_plan("evicted", language="en"))
    assert [hit.page_id for hit in results.hits] == [2, 1]


def test_replacing_a_guide_keeps_the_vocabulary_counts_right():
    backend = SQLiteBackend()
    first = document(1, "en", "Eviction", "possession order")
    backend.index_documents([first])
    assert SearchTerm.objects.get(term="possession").documents == 1
    backend.replace_groups([first.translation_key], [])
    assert not SearchTerm.objects.filter(term="possession").exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_fts")
        assert cursor.fetchone()[0] == 0
