"""Search and autocomplete as JSON, under /api/v1/ (the same service as the
HTML search page)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from ninja import Router, Schema
from ninja.errors import HttpError

from knowledge.models import AreaOfLaw

from . import service
from .query import clean_query

router = Router(tags=["search"])


class TopicOut(Schema):
    code: str
    name: str


class HitOut(Schema):
    title: str
    url: str
    language: str
    is_fallback: bool
    snippet: str
    topic: TopicOut | None
    score: float


class FacetOut(Schema):
    code: str
    name: str
    count: int
    selected: bool


class SearchOut(Schema):
    query: str
    language: str
    topic: str | None
    page: int
    page_size: int
    num_pages: int
    total: int
    hits: list[HitOut]
    facets: list[FacetOut]
    did_you_mean: str | None
    corrected: bool


class SuggestionOut(Schema):
    label: str
    url: str
    kind: str
    language: str


class AutocompleteOut(Schema):
    query: str
    language: str
    suggestions: list[SuggestionOut]


class ErrorOut(Schema):
    detail: str


def _language(lang: str | None) -> str:
    language = lang or settings.LANGUAGE_CODE
    if language not in {code for code, _name in settings.LANGUAGES}:
        codes = ", ".join(code for code, _name in settings.LANGUAGES)
        raise HttpError(400, f"Unknown language {language!r}; use one of: {codes}.")
    return language


@router.get(
    "/search/",
    response={200: SearchOut, 400: ErrorOut},
    url_name="search",
    summary="Search the guides",
)
def search(request, q: str = "", lang: str = "", topic: str = "", page: int = 1):
    """Guides matching `q` for a reader of `lang`, 10 per page.

    Hits in `lang` come first; guides not yet translated into it follow
    (`is_fallback: true`, `language` says which language they are in, `url`
    is the reader's-language address that shows them with a notice).
    `snippet` is escaped HTML in which only `<mark>` elements are markup.
    `facets` count the matches per topic (area of law) ignoring `topic`.
    `did_you_mean` is set when the query looks misspelt; `corrected` is true
    when nothing matched `q` and the hits are for `did_you_mean`.
    """
    language = _language(lang)
    topic = topic.strip() or None
    if topic and not AreaOfLaw.objects.filter(code=topic, active=True).exists():
        raise HttpError(400, f"Unknown topic {topic!r}.")
    results = service.search(q, language=language, topic=topic, page=page, log_query=True)
    return {
        "query": results.query,
        "language": results.language,
        "topic": results.topic,
        "page": results.page,
        "page_size": results.page_size,
        "num_pages": results.num_pages,
        "total": results.total,
        "hits": [
            {
                "title": hit.title,
                "url": request.build_absolute_uri(hit.url),
                "language": hit.language,
                "is_fallback": hit.is_fallback,
                "snippet": str(hit.snippet),
                "topic": hit.topic.__dict__ if hit.topic else None,
                "score": round(hit.score, 6),
            }
            for hit in results.hits
        ],
        "facets": [facet.__dict__ for facet in results.facets],
        "did_you_mean": results.did_you_mean,
        "corrected": results.corrected,
    }


@router.get(
    "/autocomplete/",
    response={200: AutocompleteOut, 400: ErrorOut},
    url_name="autocomplete",
    summary="Suggest guide titles and glossary terms",
)
def autocomplete(request, response: HttpResponse, q: str = "", lang: str = ""):
    """Up to 8 guide titles and glossary terms matching what the reader has
    typed so far (the last word as a prefix), in `lang` first."""
    language = _language(lang)
    items = service.autocomplete(q, language=language)
    response["Cache-Control"] = "public, max-age=300"
    return {
        "query": clean_query(q),
        "language": language,
        "suggestions": [
            {**item.__dict__, "url": request.build_absolute_uri(item.url)} for item in items
        ],
    }
