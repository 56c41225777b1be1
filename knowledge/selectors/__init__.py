"""Reads for the public knowledge pages.

Written to a query budget: a guide page renders in a fixed, small number of
queries however many pages, languages or guides there are.
"""

from .chrome import (
    LanguageLink,
    content_language,
    page_chrome,
    page_translations,
    translation_notice,
)
from .listings import guide_context, live_guides, live_topics
from .pages import (
    Link,
    Neighbourhood,
    PageRow,
    breadcrumbs,
    neighbourhood,
    related_pages,
    resolve_page,
)
from .urls import site_for_request, url_for_path
from .visibility import all_view_restrictions, public_pages, restricted_paths, restrictions_for

__all__ = [
    "LanguageLink",
    "Link",
    "Neighbourhood",
    "PageRow",
    "all_view_restrictions",
    "breadcrumbs",
    "content_language",
    "guide_context",
    "live_guides",
    "live_topics",
    "neighbourhood",
    "page_chrome",
    "page_translations",
    "public_pages",
    "related_pages",
    "resolve_page",
    "restricted_paths",
    "restrictions_for",
    "site_for_request",
    "translation_notice",
    "url_for_path",
]
