"""Reads of pages and reference data that search needs.

The index is only ever a copy: these functions ask the page tree what is
live and public now, both when documents are built and, for the handful of
hits on a results page, when results are shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from knowledge.models import AreaOfLaw, GlossaryTerm, GuidePage, HomePage
from knowledge.selectors import live_topics, public_pages


def indexable_guides():
    """Live, public guides that are real language versions (not fallback aliases)."""
    return public_pages(GuidePage.objects.filter(alias_of__isnull=True)).select_related("locale")


def translation_keys_under(page_ids: Iterable[int]) -> list[str]:
    """Translation keys of the guides that are, or are below, these pages."""
    pages = list(Page.objects.filter(pk__in=list(page_ids)).only("path"))
    if not pages:
        return []
    below = Q()
    for page in pages:
        below |= Q(path__startswith=page.path)
    keys = GuidePage.objects.filter(below).values_list("translation_key", flat=True).distinct()
    return [str(key) for key in keys]


def guide_translation_keys() -> list[str]:
    """Every guide's translation key, live or not (a rebuild forgets the rest)."""
    keys = GuidePage.objects.values_list("translation_key", flat=True).distinct()
    return [str(key) for key in keys]


def visible_page_ids(page_ids: Iterable[int]) -> set[int]:
    """Which of these pages are live and public right now."""
    ids = list(page_ids)
    if not ids:
        return set()
    return set(public_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))


def reader_urls(translation_keys: Iterable[str], language: str) -> dict[str, str]:
    """The live, public page of each guide in the reader's language tree.

    For a guide not translated into that language this is its fallback alias,
    which shows the default-language text with a notice in the reader's
    interface language.
    """
    keys = list(translation_keys)
    if not keys:
        return {}
    pages = public_pages(
        Page.objects.filter(translation_key__in=keys, locale__language_code=language)
    ).only("id", "url_path", "path", "depth", "translation_key")
    urls = {}
    for page in pages:
        url = page.get_url()
        if url:
            urls[str(page.translation_key)] = url
    return urls


def localized(instance, field_name: str, language: str) -> str:
    value = getattr(instance, build_localized_fieldname(field_name, language), "") or ""
    if not value and language != settings.LANGUAGE_CODE:
        value = getattr(instance, build_localized_fieldname(field_name, settings.LANGUAGE_CODE))
    return value or ""


AREA_NAMES_SECONDS = 60 * 60


def area_names(language: str) -> dict[str, str]:
    """Area of law code -> name in language (default language where untranslated).

    Cached under the page-cache generation, which changes whenever an area
    of law is saved."""
    from knowledge import page_cache

    key = f"signpost:search:areas:{page_cache.generation()}:{language}"
    names = cache.get(key)
    if names is None:
        names = {area.code: localized(area, "name", language) for area in AreaOfLaw.objects.all()}
        cache.set(key, names, AREA_NAMES_SECONDS)
    return names


def glossary_terms(language: str) -> list[str]:
    return sorted({localized(term, "term", language) for term in GlossaryTerm.objects.all()} - {""})


def suggested_topics(language: str) -> list:
    """Live topics of the reader's home page, for a results page with no results."""
    home = HomePage.objects.filter(locale__language_code=language, depth=2).first()
    if home is None:
        return []
    return live_topics(home)
