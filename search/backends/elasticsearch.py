"""Elasticsearch through elasticsearch-dsl: for deployments that outgrow one
database.

One index per language behind an alias <prefix>-guides-<lang>, analysed with
that language's analyzer (english, arabic, cjk bigrams for Chinese, standard
with ASCII folding for Welsh, Polish and the rest). A rebuild fills a new
index and swaps the alias in one request, so readers never see a half-built
index. Highlighting marks snippets; a completion field answers autocomplete;
the term suggester proposes "did you mean" candidates.

The request bodies are built by pure functions (index_definition,
search_body, autocomplete_body, spelling_body) so tests can check them
without a server. Every client error becomes BackendUnavailable, which the
FallbackBackend turns into a database search and a warning.
"""

from __future__ import annotations

import datetime
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from django.conf import settings
from elasticsearch import Elasticsearch, helpers
from elasticsearch import exceptions as es_exceptions
from elasticsearch_dsl import Index, Mapping, Q, Search, analyzer

from ..documents import GuideDocument
from ..highlight import has_marks, make_snippet
from ..query import QueryPlan
from ..segmentation import MARK_END, MARK_START, fold, words
from ..spelling import Candidate, best_correction
from .base import (
    FIELD_WEIGHTS,
    BackendHit,
    BackendResults,
    BackendTitle,
    BackendUnavailable,
    SearchBackend,
)

logger = logging.getLogger(__name__)

FOLDING = analyzer("signpost_folding", tokenizer="standard", filter=["lowercase", "asciifolding"])
SPELL = analyzer("signpost_spell", tokenizer="standard", filter=["lowercase"])
BUILT_IN_ANALYZERS = {"en": "english", "ar": "arabic", "zh": "cjk", "ja": "cjk"}
SEARCH_FIELDS = [
    f"title^{FIELD_WEIGHTS['title']:g}",
    f"summary^{FIELD_WEIGHTS['summary']:g}",
    f"body^{FIELD_WEIGHTS['body']:g}",
    f"topic_name^{FIELD_WEIGHTS['topic']:g}",
]
SOURCE_FIELDS = [
    "page_id",
    "translation_key",
    "language",
    "title",
    "url",
    "topic_code",
    "summary",
    "translated_languages",
]
MAX_SUGGEST_INPUTS = 12
# Readiness probes ping often; they wait at most this long (seconds).
PING_TIMEOUT = 1.0
ERRORS = (es_exceptions.ApiError, es_exceptions.TransportError, helpers.BulkIndexError)


def text_analyzer(language: str):
    return BUILT_IN_ANALYZERS.get(language.split("-")[0], FOLDING)


def index_definition(name: str, language: str) -> Index:
    """The index for one language: settings, analyzers and mappings."""
    language_analyzer = text_analyzer(language)
    mapping = Mapping()
    mapping.field("page_id", "long")
    mapping.field("translation_key", "keyword")
    mapping.field("language", "keyword")
    mapping.field("topic_code", "keyword")
    mapping.field("translated_languages", "keyword")
    mapping.field("url", "keyword", index=False)
    for field in ("title", "summary", "body"):
        mapping.field(field, "text", analyzer=language_analyzer, copy_to="spell")
    mapping.field("topic_name", "text", analyzer=language_analyzer)
    mapping.field("spell", "text", analyzer=SPELL)
    mapping.field("suggest", "completion", analyzer=FOLDING, max_input_length=60)
    index = Index(name)
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    index.mapping(mapping)
    return index


def title_inputs(title: str) -> list[str]:
    """Completion inputs: the title from each of its words (so "deposit"
    completes "Getting your deposit back"), and from each Chinese character."""
    inputs = [title]
    for word in words(title):
        starts = range(word.start, word.end) if word.is_cjk else [word.start]
        for start in starts:
            tail = title[start:].strip()
            if tail and tail not in inputs:
                inputs.append(tail)
    return inputs[:MAX_SUGGEST_INPUTS]


def document_source(document: GuideDocument) -> dict:
    return {
        "page_id": document.page_id,
        "translation_key": document.translation_key,
        "language": document.language,
        "title": document.title,
        "summary": document.summary,
        "body": document.body,
        "topic_code": document.topic_code,
        "topic_name": document.topic_name,
        "url": document.url,
        "translated_languages": list(document.translated_languages),
        "suggest": {"input": title_inputs(document.title)},
    }


def plan_query(plan: QueryPlan, *, fields=None):
    groups = []
    for group in plan.groups:
        alternatives = [
            Q(
                "multi_match",
                query=alternative.text,
                type="phrase_prefix" if alternative.prefix else "phrase",
                fields=fields or SEARCH_FIELDS,
            )
            for alternative in group.alternatives
        ]
        groups.append(Q("bool", should=alternatives, minimum_should_match=1))
    if plan.match_all:
        return Q("bool", must=groups)
    return Q("bool", should=groups, minimum_should_match=1)


def _filtered(query, exclude_translated_into: str | None):
    if exclude_translated_into:
        return Q(
            "bool", must=[query], must_not=[Q("term", translated_languages=exclude_translated_into)]
        )
    return query


def search_body(
    plan: QueryPlan, *, topic=None, offset=0, limit=10, exclude_translated_into=None
) -> dict:
    search = Search().query(_filtered(plan_query(plan), exclude_translated_into))
    search.aggs.bucket("topics", "terms", field="topic_code", size=100)
    if topic:
        search = search.post_filter("term", topic_code=topic)
    search = search.source(SOURCE_FIELDS).extra(from_=offset, size=limit, track_total_hits=True)
    search = search.highlight_options(
        pre_tags=[MARK_START], post_tags=[MARK_END], encoder="default"
    )
    search = search.highlight("body", fragment_size=110, number_of_fragments=2)
    search = search.highlight("summary", number_of_fragments=0)
    return search.to_dict()


def autocomplete_body(text: str, *, limit: int) -> dict:
    return {
        "_source": SOURCE_FIELDS,
        "suggest": {
            "titles": {
                "prefix": text,
                "completion": {"field": "suggest", "size": limit, "skip_duplicates": True},
            }
        },
    }


def spelling_body(tokens: list[str]) -> dict:
    return {
        "size": 0,
        "suggest": {
            "text": " ".join(tokens),
            "spelling": {
                "term": {
                    "field": "spell",
                    "suggest_mode": "missing",
                    "size": 5,
                    "min_word_length": 4,
                    "string_distance": "damerau_levenshtein",
                }
            },
        },
    }


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, *, url: str, prefix: str, timeout: float, client=None, refresh=False):
        self.prefix = prefix
        self.refresh = refresh
        self.client = client or Elasticsearch(
            url, request_timeout=timeout, max_retries=0, retry_on_timeout=False
        )

    def ping(self) -> None:
        try:  # GET / (cluster name and version): the cheapest request that raises
            self.client.options(request_timeout=PING_TIMEOUT).info()
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error

    def alias(self, language: str) -> str:
        return f"{self.prefix}-guides-{language}"

    def languages(self) -> list[str]:
        return [code for code, _name in settings.LANGUAGES]

    # --- Writing --------------------------------------------------------

    def replace_groups(self, translation_keys, documents) -> None:
        documents = list(documents)
        keys = [str(key) for key in translation_keys]
        try:
            for language in {d.language for d in documents}:
                self._ensure_index(language)
            self._bulk(documents, index_for=lambda d: self.alias(d.language))
            stale = Q("bool", filter=[Q("terms", translation_key=keys)])
            keep = [d.page_id for d in documents]
            if keep:
                stale = Q(
                    "bool",
                    filter=[Q("terms", translation_key=keys)],
                    must_not=[Q("terms", page_id=keep)],
                )
            self.client.delete_by_query(
                index=",".join(self.alias(code) for code in self.languages()),
                body={"query": stale.to_dict()},
                ignore_unavailable=True,
                refresh=self.refresh,
                conflicts="proceed",
            )
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error

    def rebuild(self, documents: Iterable[GuideDocument]) -> dict[str, int]:
        by_language: dict[str, list[GuideDocument]] = defaultdict(list)
        for document in documents:
            by_language[document.language].append(document)
        counts: Counter = Counter()
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        try:
            for language in self.languages():
                name = f"{self.alias(language)}-{stamp}"
                index_definition(name, language).create(using=self.client)
                self._bulk(by_language[language], index_for=lambda _d, name=name: name)
                self.client.indices.refresh(index=name)
                self._swap_alias(language, name)
                counts[language] = len(by_language[language])
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error
        return {language: n for language, n in counts.items() if n}

    def index_documents(self, documents) -> int:
        documents = list(documents)
        try:
            for language in {d.language for d in documents}:
                self._ensure_index(language)
            self._bulk(documents, index_for=lambda d: self.alias(d.language))
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error
        return len(documents)

    def counts(self) -> dict[str, int]:
        counts = {}
        try:
            for language in self.languages():
                if self.client.indices.exists_alias(name=self.alias(language)):
                    counts[language] = self.client.count(index=self.alias(language))["count"]
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error
        return {language: n for language, n in counts.items() if n}

    def _bulk(self, documents: list[GuideDocument], *, index_for) -> None:
        actions = (
            {"_index": index_for(d), "_id": d.page_id, "_source": document_source(d)}
            for d in documents
        )
        helpers.bulk(self.client, actions, refresh=self.refresh)

    def _ensure_index(self, language: str) -> None:
        if not self.client.indices.exists_alias(name=self.alias(language)):
            stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
            name = f"{self.alias(language)}-{stamp}"
            index_definition(name, language).create(using=self.client)
            self._swap_alias(language, name)

    def _swap_alias(self, language: str, new_index: str) -> None:
        alias = self.alias(language)
        old = []
        if self.client.indices.exists_alias(name=alias):
            old = list(self.client.indices.get_alias(name=alias).keys())
        actions = [{"remove": {"index": index, "alias": alias}} for index in old]
        actions.append({"add": {"index": new_index, "alias": alias}})
        self.client.indices.update_aliases(actions=actions)
        for index in old:
            if index != new_index:
                self.client.indices.delete(index=index, ignore_unavailable=True)

    # --- Reading --------------------------------------------------------

    def search(self, plan, *, topic=None, offset=0, limit=10, exclude_translated_into=None):
        if plan.is_empty:
            return BackendResults(hits=[], total=0, facets={})
        body = search_body(
            plan,
            topic=topic,
            offset=offset,
            limit=limit,
            exclude_translated_into=exclude_translated_into,
        )
        try:
            response = self.client.search(index=self.alias(plan.language), body=body)
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error
        buckets = response.get("aggregations", {}).get("topics", {}).get("buckets", [])
        facets = {b["key"]: b["doc_count"] for b in buckets if b["key"]}
        terms = plan.highlight_terms()
        hits = []
        for hit in response["hits"]["hits"]:
            source = hit["_source"]
            snippet = " … ".join(hit.get("highlight", {}).get("body", []))
            if not has_marks(snippet):
                highlighted = hit.get("highlight", {}).get("summary", [])
                snippet = (
                    highlighted[0]
                    if highlighted
                    else make_snippet(source.get("summary", ""), terms, language=plan.language)
                )
            hits.append(
                BackendHit(
                    page_id=source["page_id"],
                    translation_key=source["translation_key"],
                    language=source["language"],
                    title=source["title"],
                    url=source["url"],
                    topic_code=source.get("topic_code", ""),
                    score=float(hit.get("_score") or 0.0),
                    snippet=snippet,
                )
            )
        return BackendResults(hits=hits, total=response["hits"]["total"]["value"], facets=facets)

    def autocomplete(self, plan, *, limit=8, exclude_translated_into=None):
        if plan.is_empty:
            return []
        try:
            response = self.client.search(
                index=self.alias(plan.language), body=autocomplete_body(plan.text, limit=limit * 3)
            )
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error
        titles = []
        for suggestion in response.get("suggest", {}).get("titles", []):
            for option in suggestion.get("options", []):
                source = option["_source"]
                if exclude_translated_into in source.get("translated_languages", []):
                    continue
                titles.append(
                    BackendTitle(
                        source["page_id"],
                        source["translation_key"],
                        source["language"],
                        source["title"],
                        source["url"],
                    )
                )
        return titles[:limit]

    def spelling(self, tokens, *, languages):
        if not tokens:
            return {}
        try:
            response = self.client.search(
                index=",".join(self.alias(language) for language in languages),
                body=spelling_body(tokens),
                ignore_unavailable=True,
            )
        except ERRORS as error:
            raise BackendUnavailable(str(error)) from error
        corrections = {}
        for entry in response.get("suggest", {}).get("spelling", []):
            candidates = [
                Candidate(fold(option["text"]), option["text"], option.get("freq", 0))
                for option in entry.get("options", [])
            ]
            choice = best_correction(fold(entry["text"]), candidates)
            original = next((t for t in tokens if fold(t) == fold(entry["text"])), None)
            if choice is not None and original is not None:
                corrections[original] = choice.display
        return corrections
