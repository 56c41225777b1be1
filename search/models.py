"""What search/ stores: the database backends' index, the lay-term synonyms
editors manage, and the anonymous query log.

The index tables are vendor-neutral here; the SQLite FTS5 table and the
PostgreSQL tsvector column with its GIN index are added by migrations that
run only on their own database.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def language_choices():
    return settings.LANGUAGES


class SearchDocument(models.Model):
    """One live, public guide in one language in which it really exists."""

    page_id = models.BigIntegerField(unique=True)
    translation_key = models.UUIDField()
    language = models.CharField(max_length=16)
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    topic_code = models.CharField(max_length=40, blank=True)
    topic_name = models.CharField(max_length=120, blank=True)
    url = models.CharField(max_length=1000)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["language", "translation_key"], name="search_doc_lang_key"),
            models.Index(fields=["translation_key"], name="search_doc_key"),
        ]

    def __str__(self):
        return f"{self.language}: {self.title}"


class SearchTerm(models.Model):
    """The words of the indexed guides per language, for "did you mean"."""

    language = models.CharField(max_length=16)
    term = models.CharField(max_length=64)  # folded: how words are compared
    display = models.CharField(max_length=64)  # as first seen in a guide, for "did you mean"
    length = models.PositiveSmallIntegerField()
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="search_term_unique")
        ]
        indexes = [models.Index(fields=["language", "length"], name="search_term_lang_len")]

    def __str__(self):
        return self.term


class Synonym(models.Model):
    """Words people use for a problem, mapped to the words the guides use.

    Applied as query expansion, the same way in every backend: a search for
    any lay term also finds guides that use the legal terms.
    """

    language = models.CharField(_("language"), max_length=16, choices=language_choices)
    lay_terms = models.TextField(
        _("words people use"),
        help_text=_("One per line, for example: kicked out"),
    )
    legal_terms = models.TextField(
        _("words the guides use"),
        help_text=_("One per line, for example: eviction"),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["language", "lay_terms"]
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")

    def __str__(self):
        return f"{', '.join(self.lay_list)} → {', '.join(self.legal_list)}"

    @property
    def lay_list(self) -> list[str]:
        return _lines(self.lay_terms)

    @property
    def legal_list(self) -> list[str]:
        return _lines(self.legal_terms)


# Editors separate terms with new lines or commas (Latin, Arabic or Chinese).
_SEPARATORS = str.maketrans({",": "\n", "\u060c": "\n", "\uff0c": "\n", "\u3001": "\n"})


def _lines(text: str) -> list[str]:
    seen = []
    for line in (text or "").translate(_SEPARATORS).splitlines():
        line = " ".join(line.split())
        if line and line not in seen:
            seen.append(line)
    return seen


class QueryLog(models.Model):
    """How often a (scrubbed) query was searched on a day, and how it fared.

    Holds no personal data: e-mail addresses, phone numbers, postcodes and
    long numbers are removed before a query is stored, and nothing links a
    row to a reader.
    """

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=16)
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_searches = models.PositiveIntegerField(_("searches with no results"), default=0)
    last_result_count = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query"], name="search_querylog_unique"
            )
        ]
        indexes = [models.Index(fields=["language", "day"], name="search_querylog_lang_day")]
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")

    def __str__(self):
        return self.query
