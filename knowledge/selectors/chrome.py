"""What every public page template needs around its content: the language
switcher, hreflang alternates, breadcrumbs and notices about its language."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language_info

from .pages import PageRow, breadcrumbs, neighbourhood, source_version


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    translated: bool  # a real translation exists (not a fallback alias)


def page_translations(page) -> list[PageRow]:
    """Every live language version of page (translations and fallback aliases)."""
    return neighbourhood(page).versions


def page_chrome(page, request) -> dict:
    versions = {row.language: row for row in page_translations(page)}
    current = page.locale.language_code
    languages = [
        LanguageLink(
            code=code,
            name=name,
            url=(versions[code].url if code in versions else None) or f"/{code}/",
            is_current=code == current,
            translated=code in versions and versions[code].alias_of_id is None,
        )
        for code, name in settings.LANGUAGES
    ]
    source = source_version(page)
    return {
        "languages": languages,
        "alternates": [link for link in languages if link.translated],
        "x_default_url": source.url if source and source.alias_of_id is None else None,
        "breadcrumbs": breadcrumbs(page),
        "translation_notice": translation_notice(page, source),
        "content_language": content_language(page, source),
    }


def content_language(page, source: PageRow | None = None) -> dict:
    """The language the page's content is actually written in (for lang and dir)."""
    code = page.locale.language_code
    if page.alias_of_id is not None and source is not None:
        code = source.language
    info = get_language_info(code)
    return {"code": code, "bidi": info["bidi"], "name": info["name_local"]}


def translation_notice(page, source: PageRow | None = None) -> dict | None:
    """What a reader must be told about this language version, if anything."""
    if page.locale.language_code == settings.LANGUAGE_CODE or source is None:
        return None
    name = get_language_info(source.language)["name_local"]
    if page.alias_of_id is not None:
        return {"kind": "fallback", "source_url": None, "source_language": name}
    if page.source_published_at is None or (
        source.last_published_at and source.last_published_at > page.source_published_at
    ):
        return {"kind": "out_of_date", "source_url": source.url, "source_language": name}
    return None
