"""Content statistics: most read guides per language, guides readers moved
from to Get help (knowledge.PageViewCount), and searches that found
nothing (the search app's query log).

These count reads and searches, not people, but the same suppression
applies; search queries are typed by the public and may hold anything, so
a query is listed only when it was searched at least THRESHOLD times.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet, Sum
from django.utils.translation import gettext as _
from wagtail.models import Page

from knowledge.models import GuidePage, PageViewCount

from ..languages import language_name
from . import tables
from .filters import InsightFilters
from .suppression import THRESHOLD, primary_status

TOP_GUIDES_PER_LANGUAGE = 10
TOP_SOURCES = 20
TOP_SEARCHES = 30
# The search app's anonymous query log: a model with day, language, query
# and zero_result_searches (issue 3's search.QueryLog).
SEARCH_QUERY_LOG_MODEL = "search.QueryLog"


def _ui_language(filters: InsightFilters) -> str:
    codes = {code for code, _name in settings.LANGUAGES}
    return filters.language if filters.language in codes else ""


def _counts(filters: InsightFilters, kind: str) -> QuerySet:
    rows = PageViewCount.objects.filter(kind=kind, day__range=(filters.start, filters.end))
    if language := _ui_language(filters):
        rows = rows.filter(language=language)
    return rows


def _titles(page_ids) -> dict:
    return dict(Page.objects.filter(pk__in=list(page_ids)).values_list("pk", "title"))


def top_guides_table(filters: InsightFilters) -> tables.Table:
    guide_type = ContentType.objects.get_for_model(GuidePage)
    found = list(
        _counts(filters, PageViewCount.Kind.VIEW)
        .filter(page__content_type=guide_type)
        .values_list("language", "page_id")
        .annotate(n=Sum("count"))
        .order_by("language", "-n", "page_id")
    )
    table = tables.Table(
        name="top_guides",
        title=_("Most read guides per language"),
        columns=[
            tables.Column("language", _("Language")),
            tables.Column("guide", _("Guide")),
            tables.Column("reads", _("Reads"), tables.COUNT),
        ],
        chart="bars",
        chart_value=2,
    )
    kept, per_language = [], {}
    for language, page_id, n in found:
        per_language[language] = per_language.get(language, 0) + 1
        if per_language[language] <= TOP_GUIDES_PER_LANGUAGE:
            kept.append((language, page_id, n))
    titles = _titles(page_id for _l, page_id, _n in kept)
    for language, page_id, n in kept:
        table.rows.append(
            [
                tables.label(language_name(language), language),
                tables.label(titles.get(page_id, ""), str(page_id)),
                tables.count(n, primary_status(n)),
            ]
        )
    return table


def get_help_sources_table(filters: InsightFilters) -> tables.Table:
    found = list(
        _counts(filters, PageViewCount.Kind.GET_HELP)
        .values_list("language", "page_id")
        .annotate(n=Sum("count"))
        .order_by("-n", "language", "page_id")[:TOP_SOURCES]
    )
    titles = _titles(page_id for _l, page_id, _n in found)
    table = tables.Table(
        name="get_help_sources",
        title=_("Pages readers moved from to Get help"),
        description=_("Readers who followed a Get help link on the page."),
        columns=[
            tables.Column("page", _("Page")),
            tables.Column("language", _("Language")),
            tables.Column("moves", _("Moved on to Get help"), tables.COUNT),
        ],
        chart="bars",
        chart_value=2,
    )
    for language, page_id, n in found:
        table.rows.append(
            [
                tables.label(titles.get(page_id, ""), str(page_id)),
                tables.label(language_name(language), language),
                tables.count(n, primary_status(n)),
            ]
        )
    return table


def search_query_log():
    """The search query log model, or None if this install has none."""
    try:
        return apps.get_model(SEARCH_QUERY_LOG_MODEL)
    except (LookupError, ValueError):
        return None


def zero_result_searches_table(filters: InsightFilters) -> tables.Table:
    table = tables.Table(
        name="zero_result_searches",
        title=_("Searches that found nothing"),
        description=_(
            "Only searches made at least %(threshold)s times are listed: the words people "
            "type could say who they are."
        )
        % {"threshold": THRESHOLD},
        columns=[
            tables.Column("language", _("Language")),
            tables.Column("query", _("Search")),
            tables.Column("searches", _("Searches with no results"), tables.COUNT),
        ],
    )
    model = search_query_log()
    if model is None:
        table.description = _("The search query log is not available on this site.")
        return table
    rows = model.objects.filter(day__range=(filters.start, filters.end))
    if language := _ui_language(filters):
        rows = rows.filter(language=language)
    found = (
        rows.values_list("language", "query")
        .annotate(n=Sum("zero_result_searches"))
        .filter(n__gte=THRESHOLD)
        .order_by("-n", "language", "query")[:TOP_SEARCHES]
    )
    for language, query, n in found:
        table.rows.append(
            [
                tables.label(language_name(language), language),
                tables.label(query),
                tables.count(n, primary_status(n)),
            ]
        )
    return table
