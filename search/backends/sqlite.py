"""SQLite FTS5: the zero-configuration backend for the demo and local work.

The FTS5 table (migration 0002, SQLite only) holds analysed text: words
folded, Arabic light-stemmed, Chinese cut into bigrams (segmentation.py),
then Porter-stemmed by FTS5 itself. Its rowid is the SearchDocument id;
ranking is bm25() with column weights. Snippets come from highlight.py over
the original text, because FTS5 can only highlight the analysed copy.

Reader input never reaches MATCH as syntax: the query plan's tokens are
analysed and each is double-quoted as an FTS5 string.
"""

from __future__ import annotations

import re

from django.db import connection

from ..highlight import has_marks, make_snippet
from ..models import SearchDocument
from ..query import Alternative, QueryPlan
from ..segmentation import analyse, index_terms
from .base import FIELD_WEIGHTS, BackendResults, BackendTitle
from .database import DatabaseBackend, fetch_dicts, key_text

FTS_TABLE = "search_fts"
_DOCS = SearchDocument._meta.db_table
_BM25 = "bm25({table}, {title}, {summary}, {body}, {topic}, 0.0)".format(
    table=FTS_TABLE, **FIELD_WEIGHTS
)
_TEXT_COLUMNS = "{title summary body topic}"


def meta_token(kind: str, value: str) -> str:
    """A token only our filters produce: which language and topic a row is in."""
    return "zz" + kind + re.sub(r"[^a-z0-9]", "", value.lower())


def fts_string(terms: list[str], prefix: bool = False) -> str:
    return '"' + " ".join(terms).replace('"', '""') + '"' + ("*" if prefix else "")


def match_alternative(alternative: Alternative, language: str) -> str | None:
    terms = [term for token in alternative.tokens for term in index_terms(token, language)]
    if not terms:
        return None
    return fts_string(terms, alternative.prefix)


def match_expression(plan: QueryPlan, *, columns: str = _TEXT_COLUMNS) -> str | None:
    groups = []
    for group in plan.groups:
        alternatives = [match_alternative(a, plan.language) for a in group.alternatives]
        alternatives = [a for a in alternatives if a]
        if alternatives:
            groups.append("(" + " OR ".join(alternatives) + ")")
    if not groups:
        return None
    joiner = " AND " if plan.match_all else " OR "
    language = fts_string([meta_token("lang", plan.language)])
    return f"meta : {language} AND {columns} : ({joiner.join(groups)})"


class SQLiteBackend(DatabaseBackend):
    name = "sqlite"
    vendor = "sqlite"

    def _after_insert(self, rows):
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, summary, body, topic, meta) "  # noqa: S608
                "VALUES (%s, %s, %s, %s, %s, %s)",
                [
                    (
                        row.pk,
                        analyse(row.title, row.language),
                        analyse(row.summary, row.language),
                        analyse(row.body, row.language),
                        analyse(row.topic_name, row.language),
                        " ".join(
                            [meta_token("lang", row.language), meta_token("topic", row.topic_code)]
                        ),
                    )
                    for row in rows
                ],
            )

    def _before_delete(self, rows):
        with connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {FTS_TABLE} WHERE rowid = %s",  # noqa: S608
                [(row.pk,) for row in rows],
            )

    def optimise(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")  # noqa: S608
            cursor.execute("ANALYZE")

    def _clear(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")  # noqa: S608
        super()._clear()

    def search(self, plan, *, topic=None, offset=0, limit=10, exclude_translated_into=None):
        expression = match_expression(plan)
        if expression is None:
            return BackendResults(hits=[], total=0, facets={})
        where, params = self._filters(expression, exclude_translated_into)
        facet_rows = fetch_dicts(
            f"SELECT d.topic_code AS code, count(*) AS n FROM {FTS_TABLE} "  # noqa: S608
            f"JOIN {_DOCS} d ON d.id = {FTS_TABLE}.rowid WHERE {where} GROUP BY d.topic_code",
            params,
        )
        facets = {row["code"]: row["n"] for row in facet_rows if row["code"]}
        total = facets.get(topic, 0) if topic else sum(r["n"] for r in facet_rows)
        if topic:
            where += " AND d.topic_code = %s"
            params = params + [topic]
        if total == 0 or offset >= total or limit == 0:
            return BackendResults(hits=[], total=total, facets=facets)
        rows = fetch_dicts(
            f"SELECT d.page_id, d.translation_key, d.language, d.title, d.url, d.topic_code, "  # noqa: S608
            f"d.summary, d.body, {_BM25} AS rank FROM {FTS_TABLE} "
            f"JOIN {_DOCS} d ON d.id = {FTS_TABLE}.rowid WHERE {where} "
            "ORDER BY rank, d.id LIMIT %s OFFSET %s",
            params + [limit, offset],
        )
        terms = plan.highlight_terms()
        hits = [
            self.hit(row, -row["rank"], self._snippet(row, terms, plan.language)) for row in rows
        ]
        return BackendResults(hits=hits, total=total, facets=facets)

    def autocomplete(self, plan, *, limit=8, exclude_translated_into=None):
        expression = match_expression(plan, columns="title")
        if expression is None:
            return []
        where, params = self._filters(expression, exclude_translated_into)
        rows = fetch_dicts(
            f"SELECT d.page_id, d.translation_key, d.language, d.title, d.url "  # noqa: S608
            f"FROM {FTS_TABLE} JOIN {_DOCS} d ON d.id = {FTS_TABLE}.rowid WHERE {where} "
            f"ORDER BY {_BM25}, length(d.title), d.id LIMIT %s",
            params + [limit],
        )
        return [
            BackendTitle(
                r["page_id"], key_text(r["translation_key"]), r["language"], r["title"], r["url"]
            )
            for r in rows
        ]

    @staticmethod
    def _filters(expression: str, exclude_translated_into: str | None) -> tuple[str, list]:
        where = f"{FTS_TABLE} MATCH %s"
        params: list = [expression]
        if exclude_translated_into:
            where += (
                f" AND d.translation_key NOT IN (SELECT translation_key FROM {_DOCS} "  # noqa: S608
                "WHERE language = %s)"
            )
            params.append(exclude_translated_into)
        return where, params

    @staticmethod
    def _snippet(row: dict, terms, language: str) -> str:
        snippet = make_snippet(row["body"], terms, language=language)
        if has_marks(snippet) or not row["summary"]:
            return snippet
        return make_snippet(row["summary"], terms, language=language)
