"""PostgreSQL full-text search: the embedded default in production.

Each document has a row in search_textsearch (migration 0003) with a
tsvector built with its language's text-search configuration: English and
Arabic stem with PostgreSQL's own; Welsh, Polish and any language without
one use signpost_simple_unaccent (accent-folding 'simple'); Chinese is
segmented into bigrams here and indexed with 'simple'. Title, summary, body
and topic get weights A, B, C and D. A GIN index finds the matches, and
ts_rank_cd ranks them: on the whole vector when there are at most
FULL_RANK_LIMIT matches, and otherwise on a small vector kept in the row
(title, summary, topic and the opening of the body), because reading every
match's whole-body vector made broad queries slow at 10,000 guides per
language. ts_headline marks snippets; pg_trgm finds "did you mean"
candidates in the vocabulary.

The planner cannot see that testing a tsvector it must fetch from TOAST
storage is expensive, and picks a sequential scan for common words; the
queries therefore run with sequential scans off, in their own savepoint.

Reader input is never parsed as tsquery syntax: each token of the query
plan is quoted as a lexeme before to_tsquery sees it.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connection, transaction

from ..highlight import has_marks, make_snippet
from ..models import SearchDocument, SearchTerm
from ..query import Alternative, QueryPlan
from ..segmentation import MARK_END, MARK_START, segment
from ..spelling import Candidate
from .base import FIELD_WEIGHTS, BackendResults, BackendTitle
from .database import DatabaseBackend, fetch_dicts, key_text

CONFIGS = {"en": "english", "ar": "arabic", "cy": "signpost_simple_unaccent"}
UNACCENT = "signpost_simple_unaccent"
_DOCS = SearchDocument._meta.db_table
_TERMS = SearchTerm._meta.db_table
_MATCH = "search_textsearch"
# ts_headline reads this much of a body; a match further in is marked by highlight.py.
HEADLINE_CHARACTERS = 4000
# Above this many matches, rank on the small in-row vector only.
FULL_RANK_LIMIT = 300
# How much of the body the small ranking vector holds (Chinese packs more into a character).
RANK_BODY_CHARACTERS = 300
RANK_BODY_CHARACTERS_CJK = 120
# ts_rank_cd weights, in the order D, C, B, A.
_RANK_WEIGHTS = (
    "{"
    + ", ".join(
        str(FIELD_WEIGHTS[name] / FIELD_WEIGHTS["title"])
        for name in ("topic", "body", "summary", "title")
    )
    + "}"
)
_HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", MaxWords=32, MinWords=14, '
    'ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'
)
_QUERY = "to_tsquery(%s::regconfig, %s)"


def config_for(language: str) -> str:
    if is_chinese(language):
        return "simple"
    return CONFIGS.get(language, CONFIGS.get(language.split("-")[0], UNACCENT))


def is_chinese(language: str) -> bool:
    return language.split("-")[0] in ("zh", "ja")


def lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery_alternative(alternative: Alternative, weights: str = "") -> str | None:
    tokens = [t for t in alternative.tokens if t]
    if not tokens:
        return None
    parts = []
    for position, token in enumerate(tokens):
        last = position == len(tokens) - 1
        star = "*" if alternative.prefix and last else ""
        suffix = f":{star}{weights}" if star or weights else ""
        parts.append(lexeme(token) + suffix)
    return "(" + " <-> ".join(parts) + ")"


def tsquery_text(plan: QueryPlan, *, weights: str = "") -> str | None:
    groups = []
    for group in plan.groups:
        alternatives = [tsquery_alternative(a, weights) for a in group.alternatives]
        alternatives = [a for a in alternatives if a]
        if alternatives:
            groups.append("(" + " | ".join(alternatives) + ")")
    if not groups:
        return None
    return (" & " if plan.match_all else " | ").join(groups)


@contextmanager
def _index_scans():
    """Run the enclosed queries with sequential scans off, then restore the setting."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan')")
        previous = cursor.fetchone()[0]
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield
        cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])


class PostgresBackend(DatabaseBackend):
    name = "postgres"
    vendor = "postgresql"

    def _after_insert(self, rows):
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {_MATCH} (document_id, language, topic_code, translation_key, "  # noqa: S608
                "search_vector, rank_vector) SELECT %s, %s, %s, %s, "
                "title || summary || body || topic, title || summary || opening || topic FROM ("
                "SELECT setweight(to_tsvector(%s::regconfig, %s), 'A') AS title, "
                "setweight(to_tsvector(%s::regconfig, %s), 'B') AS summary, "
                "setweight(to_tsvector(%s::regconfig, %s), 'C') AS body, "
                "setweight(to_tsvector(%s::regconfig, %s), 'C') AS opening, "
                "setweight(to_tsvector(%s::regconfig, %s), 'D') AS topic) parts",
                [self._row_params(row) for row in rows],
            )

    @staticmethod
    def _row_params(row) -> list:
        config = config_for(row.language)
        prepare = segment if is_chinese(row.language) else (lambda text: text)
        chinese = is_chinese(row.language)
        opening = row.body[: RANK_BODY_CHARACTERS_CJK if chinese else RANK_BODY_CHARACTERS]
        params = [row.pk, row.language, row.topic_code, str(row.translation_key)]
        for text in (row.title, row.summary, row.body, opening, row.topic_name):
            params += [config, prepare(text)]
        return params

    def _before_delete(self, rows):
        """Rows of search_textsearch go with their document (trigger, migration 0005)."""

    def optimise(self) -> None:
        # Fresh statistics let the planner see how common each word is (autovacuum
        # would get there too, a while after a bulk load).
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {_MATCH}, {_DOCS}, {_TERMS}")

    def search(self, plan, *, topic=None, offset=0, limit=10, exclude_translated_into=None):
        query = tsquery_text(plan)
        if query is None:
            return BackendResults(hits=[], total=0, facets={})
        config = config_for(plan.language)
        where, params = self._filters(plan.language, config, query, exclude_translated_into)
        with _index_scans():
            facet_rows = fetch_dicts(
                f"SELECT v.topic_code AS code, count(*) AS n FROM {_MATCH} v "  # noqa: S608
                f"WHERE {where} GROUP BY v.topic_code",
                params,
            )
            facets = {row["code"]: row["n"] for row in facet_rows if row["code"]}
            total = facets.get(topic, 0) if topic else sum(r["n"] for r in facet_rows)
            if topic:
                where += " AND v.topic_code = %s"
                params = params + [topic]
            if total == 0 or offset >= total or limit == 0:
                return BackendResults(hits=[], total=total, facets=facets)
            vector = "search_vector" if total <= FULL_RANK_LIMIT else "rank_vector"
            rows = self._page(plan, config, query, where, params, offset, limit, vector)
        terms = plan.highlight_terms()
        hits = []
        for row in rows:
            snippet = row["headline"] or ""
            if not has_marks(snippet):
                snippet = make_snippet(row["body"], terms, language=plan.language)
            if not has_marks(snippet) and row["summary"]:
                snippet = make_snippet(row["summary"], terms, language=plan.language)
            hits.append(self.hit(row, row["rank"], snippet))
        return BackendResults(hits=hits, total=total, facets=facets)

    @staticmethod
    def _page(plan, config, query, where, params, offset, limit, vector) -> list[dict]:
        chinese = is_chinese(plan.language)
        body = f"left(d.body, {HEADLINE_CHARACTERS})"
        headline = "NULL" if chinese else f"ts_headline(%s::regconfig, {body}, {_QUERY}, %s)"
        headline_params = [] if chinese else [config, config, query, _HEADLINE_OPTIONS]
        return fetch_dicts(
            "SELECT d.page_id, d.translation_key, d.language, d.title, d.url, d.topic_code, "  # noqa: S608
            f"d.summary, d.body, page.rank, {headline} AS headline FROM ("
            f"SELECT v.document_id, ts_rank_cd('{_RANK_WEIGHTS}', v.{vector}, {_QUERY}, 1) "
            f"AS rank FROM {_MATCH} v WHERE {where} "
            "ORDER BY rank DESC, v.document_id LIMIT %s OFFSET %s"
            f") page JOIN {_DOCS} d ON d.id = page.document_id "
            "ORDER BY page.rank DESC, page.document_id",
            headline_params + [config, query] + params + [limit, offset],
        )

    def autocomplete(self, plan, *, limit=8, exclude_translated_into=None):
        query = tsquery_text(plan, weights="A")
        if query is None:
            return []
        config = config_for(plan.language)
        where, params = self._filters(plan.language, config, query, exclude_translated_into)
        with _index_scans():
            rows = fetch_dicts(
                "SELECT d.page_id, d.translation_key, d.language, d.title, d.url FROM ("  # noqa: S608
                f"SELECT v.document_id, ts_rank_cd(v.rank_vector, {_QUERY}) AS rank "
                f"FROM {_MATCH} v WHERE {where} ORDER BY rank DESC, v.document_id LIMIT %s"
                f") page JOIN {_DOCS} d ON d.id = page.document_id "
                "ORDER BY page.rank DESC, length(d.title), d.id",
                [config, query] + params + [limit],
            )
        return [
            BackendTitle(
                r["page_id"], key_text(r["translation_key"]), r["language"], r["title"], r["url"]
            )
            for r in rows
        ]

    @staticmethod
    def _filters(language, config, query, exclude_translated_into) -> tuple[str, list]:
        where = f"v.language = %s AND v.search_vector @@ {_QUERY}"
        params: list = [language, config, query]
        if exclude_translated_into:
            where += (
                f" AND NOT EXISTS (SELECT 1 FROM {_MATCH} t WHERE t.language = %s "  # noqa: S608
                "AND t.translation_key = v.translation_key)"
            )
            params.append(exclude_translated_into)
        return where, params

    def _candidates(self, word: str, languages: list[str]) -> list[Candidate]:
        rows = fetch_dicts(
            f"SELECT term, display, documents FROM {_TERMS} "  # noqa: S608
            "WHERE language = ANY(%s) AND term %% %s "
            "ORDER BY similarity(term, %s) DESC, documents DESC LIMIT 20",
            [languages, word, word],
        )
        return [Candidate(r["term"], r["display"], r["documents"]) for r in rows]
