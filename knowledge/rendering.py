"""Rendering guide bodies, with a fragment cache.

A body's HTML depends only on its StreamField content, the interface
language (block labels) and the glossary (definitions shown inline). The
cache key is made of exactly those, so an entry can never be stale and
survives other pages being published (which empties the page cache).
"""

from __future__ import annotations

import hashlib
import json
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from .text import isolate_number_runs

logger = logging.getLogger(__name__)

GLOSSARY_VERSION_KEY = "signpost:glossary:version"


def glossary_version() -> int:
    version = cache.get(GLOSSARY_VERSION_KEY)
    if version is None:
        cache.add(GLOSSARY_VERSION_KEY, 1, timeout=None)
        version = cache.get(GLOSSARY_VERSION_KEY) or 1
    return version


def glossary_changed() -> None:
    try:
        cache.incr(GLOSSARY_VERSION_KEY)
    except ValueError:
        cache.set(GLOSSARY_VERSION_KEY, 2, timeout=None)
    except Exception:
        logger.warning("fragment cache unavailable for invalidation", exc_info=True)


def _body_key(stream, source_page_id: int | None) -> str:
    raw = getattr(stream, "raw_text", None)
    if raw is None:
        raw = json.dumps(list(stream.raw_data), sort_keys=True, default=str)
    digest = hashlib.sha256(raw.encode()).hexdigest()
    page = source_page_id or ""
    return f"signpost:body:{glossary_version()}:{get_language()}:{page}:{digest}"


def render_body(stream, *, source_page_id: int | None = None) -> SafeString:
    """The HTML of a guide body: blocks rendered in order, numbers kept left to right.
    source_page_id is the page showing it (its Get help links say so)."""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    key = None
    if seconds:
        try:
            key = _body_key(stream, source_page_id)
            cached = cache.get(key)
            if cached is not None:
                return mark_safe(cached)  # noqa: S308 - our own rendered, escaped HTML
        except Exception:
            logger.warning("fragment cache unavailable for reads", exc_info=True)
            key = None
    context = {"source_page_id": source_page_id}
    html = isolate_number_runs("".join(str(block.render(context=context)) for block in stream))
    if key is not None:
        try:
            cache.set(key, html, seconds)
        except Exception:
            logger.warning("fragment cache unavailable for writes", exc_info=True)
    return mark_safe(html)  # noqa: S308 - blocks escape their own values


def section_headings(stream) -> list[dict]:
    """Top-level headings for the contents list, read from the raw data (cheap)."""
    from .templatetags.signpost_tags import anchor

    headings = []
    for block in stream.raw_data:
        value = block.get("value") or {}
        if block.get("type") == "heading" and value.get("level") == "h2":
            headings.append(
                {"text": value.get("heading", ""), "anchor": anchor(value.get("heading", ""))}
            )
    return headings
