"""PostgreSQL specifics: the text-search configurations, the vector column
and its indexes, per-language stemming and pg_trgm suggestions."""

import pytest
from django.db import connection

from search.backends.postgres import PostgresBackend, config_for
from search.documents import GuideDocument

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def scalar(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def test_each_language_has_its_text_search_configuration():
    assert [config_for(code) for code in ("en", "ar", "cy", "pl", "zh-hant")] == [
        "english",
        "arabic",
        "signpost_simple_unaccent",
        "signpost_simple_unaccent",
        "simple",
    ]


def test_the_welsh_and_polish_configuration_folds_accents():
    assert scalar("SELECT to_tsvector('signpost_simple_unaccent', 'Zasiłek Beilïaid')::text") == (
        "'beiliaid':2 'zasilek':1"
    )


def test_matches_use_a_gin_index_and_the_vocabulary_a_trigram_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
            "('search_textsearch', 'search_searchterm')"
        )
        indexes = dict(cursor.fetchall())
    assert "USING gin (search_vector)" in indexes["search_textsearch_match"]
    assert "gin_trgm_ops" in indexes["search_term_trgm"]


def test_deleting_a_document_deletes_its_vectors():
    backend = PostgresBackend()
    first = document(1, "en", "Eviction", "possession order")
    backend.index_documents([first])
    assert scalar("SELECT count(*) FROM search_textsearch") == 1
    backend.replace_groups([first.translation_key], [])
    assert scalar("SELECT count(*) FROM search_textsearch") == 0


def test_emptying_the_documents_the_way_flush_does_empties_the_vectors():
    # Django's flush (and transactional tests) TRUNCATE the tables it knows.
    PostgresBackend().index_documents([document(1, "en", "Eviction", "possession order")])
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE search_searchdocument")
    assert scalar("SELECT count(*) FROM search_textsearch") == 0


def test_common_words_are_found_through_the_index_not_a_table_scan():
    backend = PostgresBackend()
    backend.index_documents(
        [document(n, "en", f"Guide {n}", "landlord " * 50) for n in range(1, 30)]
    )
    from search.backends.postgres import _index_scans

    with _index_scans(), connection.cursor() as cursor:
        cursor.execute(
            "EXPLAIN SELECT count(*) FROM search_textsearch v WHERE v.language = 'en' "
            "AND v.search_vector @@ to_tsquery('english', 'landlord')"
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "Seq Scan" not in plan
    assert scalar("SELECT current_setting('enable_seqscan')") == "on"  # restored afterwards


def test_the_sqlite_migration_did_nothing_here():
    assert scalar("SELECT to_regclass('search_fts')") is None


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


def test_english_and_arabic_are_stemmed_and_titles_outrank_bodies():
    backend = PostgresBackend()
    backend.index_documents(
        [
            document(1, "en", "Rent", "Landlords may evict tenants."),
            document(2, "en", "Eviction", "What happens next."),
            document(3, "ar", "الإخلاء", "نص"),
        ]
    )
    from search.query import build_plan

    english = backend.search(build_plan("evicted", language="en"))
    assert [hit.page_id for hit in english.hits] == [2, 1]
    arabic = backend.search(build_plan("إخلاء", language="ar"))
    assert [hit.page_id for hit in arabic.hits] == [3]


def test_did_you_mean_candidates_come_from_trigram_similarity():
    backend = PostgresBackend()
    backend.index_documents([document(1, "en", "Eviction", "possession order")])
    assert backend.spelling(["possesion", "evicton"], languages=["en"]) == {
        "possesion": "possession",
        "evicton": "eviction",
    }


def test_broad_queries_are_ranked_on_the_small_vector_titles_first(monkeypatch):
    from search.query import build_plan

    monkeypatch.setattr("search.backends.postgres.FULL_RANK_LIMIT", 1)
    backend = PostgresBackend()
    backend.index_documents(
        [
            document(1, "en", "Rent", "Intro. " * 100 + "Landlords may evict tenants."),
            document(2, "en", "Eviction", "What happens next."),
        ]
    )
    results = backend.search(build_plan("eviction", language="en"))
    assert results.total == 2
    assert [hit.page_id for hit in results.hits] == [2, 1]
