"""The one search API: the HTML page, the JSON API and anything else call
search() and autocomplete() here, never a backend.

A reader gets guides in their own language first; guides not translated into
it are searched in the default language and listed after them, marked, and
linked at the reader's language address (which shows the default-language
text with a notice). Hits are checked against the page tree before they are
shown, so a stale index entry can never show a page that is no longer live
and public.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils.http import urlencode
from django.utils.safestring import SafeString

from . import selectors
from .backends import query_backend
from .highlight import render
from .query import QueryPlan, build_plan
from .segmentation import fold, is_cjk

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
MAX_PAGE = 100
AUTOCOMPLETE_LIMIT = 8
MIN_AUTOCOMPLETE_LENGTH = 2


@dataclass(frozen=True)
class Topic:
    code: str
    name: str


@dataclass(frozen=True)
class SearchHit:
    title: str
    url: str
    language: str  # the language the guide is written in
    is_fallback: bool  # not translated into the reader's language
    snippet: SafeString  # escaped, with <mark> around matches
    topic: Topic | None
    score: float
    page_id: int


@dataclass(frozen=True)
class Facet:
    code: str
    name: str
    count: int
    selected: bool


@dataclass
class SearchResults:
    query: str
    language: str
    topic: str | None = None
    page: int = 1
    page_size: int = PAGE_SIZE
    total: int = 0
    hits: list[SearchHit] = field(default_factory=list)
    facets: list[Facet] = field(default_factory=list)
    did_you_mean: str | None = None
    corrected: bool = False  # hits are for did_you_mean: the query itself found nothing

    @property
    def num_pages(self) -> int:
        return min(MAX_PAGE, max(1, math.ceil(self.total / self.page_size)))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def first_position(self) -> int:
        return (self.page - 1) * self.page_size + 1

    @property
    def native_hits(self) -> list[SearchHit]:
        return [hit for hit in self.hits if not hit.is_fallback]

    @property
    def fallback_hits(self) -> list[SearchHit]:
        return [hit for hit in self.hits if hit.is_fallback]

    @property
    def fallback_position(self) -> int:
        return self.first_position + len(self.native_hits)

    @property
    def all_topics_total(self) -> int:
        """Matching guides in every topic (the total without the topic filter)."""
        return sum(facet.count for facet in self.facets)


@dataclass(frozen=True)
class AutocompleteItem:
    label: str
    url: str
    kind: str  # "guide" or "glossary"
    language: str


def search(
    query: str | None,
    *,
    language: str,
    topic: str | None = None,
    page: int = 1,
    log_query: bool = False,
) -> SearchResults:
    """Guides matching query for a reader of language, PAGE_SIZE per page."""
    _check_language(language)
    page = min(max(1, int(page or 1)), MAX_PAGE)
    plan = build_plan(query, language=language)
    results = SearchResults(query=plan.text, language=language, topic=topic or None, page=page)
    if plan.is_empty:
        return results
    backend = query_backend()
    found = _search_with_relaxation(backend, plan, topic, page)
    if found.total == 0 or found.relaxed:
        # Some word matched nothing: it may be misspelt. (When every word
        # matched a guide, none of them is, and the check is skipped.)
        results.did_you_mean = _did_you_mean(
            backend, plan, nothing_matched=found.total == 0 and not topic
        )
    if results.did_you_mean:
        # What was typed matched no guide fully; the correction may.
        corrected = _search_with_relaxation(
            backend, build_plan(results.did_you_mean, language=language), topic, page
        )
        if corrected.total and (found.total == 0 or not corrected.relaxed):
            found, results.corrected = corrected, True
    results.total = found.total
    names = selectors.area_names(language)
    results.hits = _present(found.hits, language, names)
    results.facets = _facets(found.facets, names, topic)
    if log_query and page == 1:
        from .querylog import record_search

        record_search(query=plan.text, language=language, result_count=results.total)
    return results


def autocomplete(prefix: str | None, *, language: str, limit: int = AUTOCOMPLETE_LIMIT):
    """Guide titles and glossary terms that start with what the reader is typing."""
    _check_language(language)
    plan = build_plan(prefix, language=language, autocomplete=True)
    if plan.is_empty or (len(plan.text) < MIN_AUTOCOMPLETE_LENGTH and not is_cjk(plan.text)):
        return []
    backend = query_backend()
    titles = _starting_first(backend.autocomplete(plan, limit=limit), plan.text)
    if language != settings.LANGUAGE_CODE and len(titles) < limit:
        fallback = build_plan(plan.text, language=settings.LANGUAGE_CODE, autocomplete=True)
        titles += _starting_first(
            backend.autocomplete(
                fallback, limit=limit - len(titles), exclude_translated_into=language
            ),
            plan.text,
        )
    visible = selectors.visible_page_ids(t.page_id for t in titles)
    titles = [t for t in titles if t.page_id in visible]
    urls = selectors.reader_urls(
        [t.translation_key for t in titles if t.language != language], language
    )
    items = [
        AutocompleteItem(
            label=t.title,
            url=t.url if t.language == language else urls.get(t.translation_key, t.url),
            kind="guide",
            language=t.language,
        )
        for t in titles
    ]
    for term in _matching_glossary_terms(plan.text, language):
        if len(items) >= limit:
            break
        url = f"/{language}/search/?{urlencode({'q': term})}"
        items.append(AutocompleteItem(label=term, url=url, kind="glossary", language=language))
    return items[:limit]


# --- Helpers ------------------------------------------------------------------


def _check_language(language: str) -> None:
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValueError(f"Unknown language {language!r}.")


def _languages(language: str) -> list[str]:
    return list(dict.fromkeys([language, settings.LANGUAGE_CODE]))


@dataclass(frozen=True)
class _Found:
    hits: list
    total: int
    facets: dict[str, int]
    relaxed: bool = False  # matched any word, because no guide matched them all


def _search_with_relaxation(backend, plan: QueryPlan, topic, page) -> _Found:
    found = _search_both(backend, plan, topic, page)
    if found.total == 0 and len(plan.groups) > 1:
        found = _search_both(backend, plan.relaxed(), topic, page)
        return _Found(found.hits, found.total, found.facets, relaxed=True)
    return found


def _search_both(backend, plan: QueryPlan, topic, page) -> _Found:
    """Native hits first, then default-language guides not translated into the reader's language."""
    offset = (page - 1) * PAGE_SIZE
    native = backend.search(plan, topic=topic, offset=offset, limit=PAGE_SIZE)
    if plan.language == settings.LANGUAGE_CODE:
        return _Found(native.hits, native.total, native.facets)
    fallback = backend.search(
        plan.for_language(settings.LANGUAGE_CODE),
        topic=topic,
        offset=max(0, offset - native.total),
        limit=PAGE_SIZE - len(native.hits),
        exclude_translated_into=plan.language,
    )
    facets = dict(native.facets)
    for code, count in fallback.facets.items():
        facets[code] = facets.get(code, 0) + count
    return _Found(native.hits + fallback.hits, native.total + fallback.total, facets)


def _present(hits, language: str, names: dict[str, str]) -> list[SearchHit]:
    visible = selectors.visible_page_ids(hit.page_id for hit in hits)
    hits = [hit for hit in hits if hit.page_id in visible]
    urls = selectors.reader_urls(
        [h.translation_key for h in hits if h.language != language], language
    )
    return [
        SearchHit(
            title=hit.title,
            url=hit.url if hit.language == language else urls.get(hit.translation_key, hit.url),
            language=hit.language,
            is_fallback=hit.language != language,
            snippet=render(hit.snippet),
            topic=Topic(hit.topic_code, names.get(hit.topic_code, hit.topic_code))
            if hit.topic_code
            else None,
            score=hit.score,
            page_id=hit.page_id,
        )
        for hit in hits
    ]


def _facets(counts: dict[str, int], names: dict[str, str], topic: str | None) -> list[Facet]:
    order = list(names)
    facets = [
        Facet(code=code, name=names.get(code, code), count=count, selected=code == topic)
        for code, count in counts.items()
        if count
    ]
    return sorted(
        facets, key=lambda f: (order.index(f.code) if f.code in order else len(order), f.code)
    )


def _did_you_mean(backend, plan: QueryPlan, *, nothing_matched: bool) -> str | None:
    """The query with its misspelt words corrected, or None.

    A word looks misspelt when the vocabulary does not know it, nothing
    matches it (an inflection the engine understands is not a misspelling),
    and a close word in the vocabulary does match. (When the whole query
    was one word and matched nothing, that word is known to match nothing.)
    """
    languages = _languages(plan.language)
    known_unmatched = nothing_matched and len(plan.groups) == 1
    corrections = {
        token: correction
        for token, correction in backend.spelling(
            plan.spellable_tokens(), languages=languages
        ).items()
        if (known_unmatched or not _matches_anything(backend, token, languages))
        and _matches_anything(backend, correction, languages)
    }
    return _apply_corrections(plan.text, corrections) if corrections else None


def _matches_anything(backend, text: str, languages: list[str]) -> bool:
    return any(
        backend.search(build_plan(text, language=language), limit=0).total for language in languages
    )


def _apply_corrections(text: str, corrections: dict[str, str]) -> str:
    for token, correction in corrections.items():
        text = re.sub(rf"(?<!\w){re.escape(token)}(?!\w)", correction, text, flags=re.IGNORECASE)
    return text


def _starting_first(titles: list, text: str) -> list:
    """Titles that begin with what was typed before those that contain it."""
    wanted = fold(text)
    return sorted(titles, key=lambda title: not fold(title.title).startswith(wanted))


def _matching_glossary_terms(text: str, language: str) -> list[str]:
    from knowledge import page_cache

    key = f"signpost:search:glossary:{page_cache.generation()}:{language}"
    terms = cache.get(key)
    if terms is None:
        terms = selectors.glossary_terms(language)
        cache.set(key, terms, 60 * 60)
    wanted = fold(text)
    matches = []
    for term in terms:
        folded = fold(term)
        if f" {wanted}" in f" {folded}":  # a word of the term starts with the text
            matches.append(term)
    return matches
