"""What the two database backends share: the document table, the
vocabulary for "did you mean", and replacing guides atomically.

Each vendor adds its own full-text structure (an FTS5 table for SQLite, a
tsvector column for PostgreSQL) through the _after_insert/_before_delete
hooks, and its own queries.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections import Counter
from collections.abc import Iterable

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q

from ..documents import GuideDocument
from ..models import SearchDocument, SearchTerm
from ..segmentation import fold, is_cjk, word_texts
from ..spelling import Candidate, best_correction
from .base import BackendHit, SearchBackend

logger = logging.getLogger(__name__)

INSERT_BATCH = 500
MAX_TERM_LENGTH = 40
_DIGIT = re.compile(r"\d")


def vocabulary(document: GuideDocument | SearchDocument) -> dict[str, str]:
    """Folded word -> the word as written, for every word of a document worth suggesting."""
    found: dict[str, str] = {}
    text = " ".join([document.title, document.summary, document.body, document.topic_name])
    for word, cjk in word_texts(text):
        if cjk or not 3 <= len(word) <= MAX_TERM_LENGTH or _DIGIT.search(word):
            continue
        found.setdefault(fold(word), word.casefold())
    return found


class DatabaseBackend(SearchBackend):
    vendor = ""

    def ping(self) -> None:
        """The index table answers (one row at most, through its primary key)."""
        list(SearchDocument.objects.values_list("id", flat=True)[:1])

    # --- Writing --------------------------------------------------------

    def replace_groups(self, translation_keys, documents) -> None:
        keys = [str(key) for key in translation_keys]
        documents = list(documents)
        for attempt in range(2):
            try:
                with transaction.atomic():
                    self._delete(SearchDocument.objects.filter(translation_key__in=keys))
                    self._delete(
                        SearchDocument.objects.filter(page_id__in=[d.page_id for d in documents])
                    )
                    self._insert(documents)
                return
            except IntegrityError:
                # Another worker indexed the same guide at the same moment: try once more.
                if attempt:
                    raise

    def rebuild(self, documents: Iterable[GuideDocument]) -> dict[str, int]:
        counts: Counter = Counter()
        with transaction.atomic():
            self._clear()
            batch: list[GuideDocument] = []
            for document in documents:
                batch.append(document)
                counts[document.language] += 1
                if len(batch) >= INSERT_BATCH:
                    self._insert(batch)
                    batch = []
            self._insert(batch)
        self.optimise()
        return dict(counts)

    def index_documents(self, documents: Iterable[GuideDocument]) -> int:
        documents = list(documents)
        with transaction.atomic():
            self._insert(documents)
        return len(documents)

    def counts(self) -> dict[str, int]:
        rows = SearchDocument.objects.values("language").annotate(n=Count("id"))
        return {row["language"]: row["n"] for row in rows}

    def _insert(self, documents: list[GuideDocument]) -> None:
        if not documents:
            return
        rows = SearchDocument.objects.bulk_create(
            [
                SearchDocument(
                    page_id=d.page_id,
                    translation_key=d.translation_key,
                    language=d.language,
                    title=d.title,
                    summary=d.summary,
                    body=d.body,
                    topic_code=d.topic_code,
                    topic_name=d.topic_name,
                    url=d.url,
                )
                for d in documents
            ],
            batch_size=INSERT_BATCH,
        )
        self._after_insert(rows)
        self._count_terms(rows, +1)

    def _delete(self, queryset) -> None:
        rows = list(queryset)
        if not rows:
            return
        self._before_delete(rows)
        self._count_terms(rows, -1)
        SearchDocument.objects.filter(pk__in=[row.pk for row in rows]).delete()

    def _clear(self) -> None:
        SearchDocument.objects.all().delete()
        SearchTerm.objects.all().delete()

    def _after_insert(self, rows: list[SearchDocument]) -> None:
        raise NotImplementedError

    def _before_delete(self, rows: list[SearchDocument]) -> None:
        raise NotImplementedError

    # --- Vocabulary -----------------------------------------------------

    def _count_terms(self, rows: list[SearchDocument], sign: int) -> None:
        counts: Counter = Counter()
        displays: dict[tuple[str, str], str] = {}
        for row in rows:
            for folded, display in vocabulary(row).items():
                counts[(row.language, folded)] += 1
                displays.setdefault((row.language, folded), display)
        if not counts:
            return
        table = SearchTerm._meta.db_table
        with connection.cursor() as cursor:
            if sign > 0:
                cursor.executemany(
                    f"INSERT INTO {table} (language, term, display, length, documents) "  # noqa: S608
                    "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (language, term) "
                    f"DO UPDATE SET documents = {table}.documents + excluded.documents",
                    [
                        (language, term, displays[(language, term)][:64], len(term), n)
                        for (language, term), n in counts.items()
                    ],
                )
            else:
                cursor.executemany(
                    f"UPDATE {table} SET documents = documents - %s "  # noqa: S608
                    "WHERE language = %s AND term = %s",
                    [(n, language, term) for (language, term), n in counts.items()],
                )
                cursor.execute(f"DELETE FROM {table} WHERE documents <= 0")  # noqa: S608

    def spelling(self, tokens: list[str], *, languages: list[str]) -> dict[str, str]:
        folded = {token: fold(token) for token in tokens if not is_cjk(token)}
        known = set(
            SearchTerm.objects.filter(
                language__in=languages, term__in=list(folded.values())
            ).values_list("term", flat=True)
        )
        corrections = {}
        for token, word in folded.items():
            if word in known:
                continue
            choice = best_correction(word, self._candidates(word, languages))
            if choice is not None:
                corrections[token] = choice.display
        return corrections

    def _candidates(self, word: str, languages: list[str]) -> list[Candidate]:
        """Vocabulary words that could be within reach of word: those with its
        first letter and a similar length, and the few one-edit changes of
        the first letter (spelling.best_correction allows no more)."""
        terms = SearchTerm.objects.filter(language__in=languages)
        near = Q(term__startswith=word[:1], length__gte=len(word) - 2, length__lte=len(word) + 2)
        first_letter = (
            Q(term__in=[word[1:], word[1:2] + word[:1] + word[2:]])
            | Q(length=len(word), term__endswith=word[1:])
            | Q(length=len(word) + 1, term__endswith=word)
        )
        rows = terms.filter(near | first_letter).values_list("term", "display", "documents")
        return [Candidate(*row) for row in rows]

    # --- Helpers for the vendors' queries -------------------------------

    @staticmethod
    def hit(row: dict, score: float, snippet: str) -> BackendHit:
        return BackendHit(
            page_id=row["page_id"],
            translation_key=key_text(row["translation_key"]),
            language=row["language"],
            title=row["title"],
            url=row["url"],
            topic_code=row["topic_code"],
            score=float(score),
            snippet=snippet,
        )


def key_text(value) -> str:
    """A translation key as text, however the database returned it."""
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def fetch_dicts(sql: str, params: list) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
