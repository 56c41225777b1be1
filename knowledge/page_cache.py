"""Whole-response cache for anonymous readers of public pages.

A cache hit costs two cache reads and no SQL. Entries are keyed by a content
generation number: publishing, unpublishing, moving or deleting any page (or
changing reference data shown on pages) bumps it, which invalidates every
language at once. Pages show each other (topics list guides, other languages
fall back to English, the switcher links every version), so a narrower key
would miss cases; publishing is rare next to reading.
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

GENERATION_KEY = "signpost:pages:generation"


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Start from the clock so a lost counter never reuses an old generation.
        cache.add(GENERATION_KEY, time.time_ns() // 1_000_000, timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate() -> None:
    """Invalidate every cached page in every language."""
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.set(GENERATION_KEY, time.time_ns() // 1_000_000, timeout=None)
    except Exception:
        # Entries also expire after PAGE_CACHE_SECONDS; never fail a publish.
        logger.warning("page cache unavailable for invalidation", exc_info=True)


def is_cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def is_cacheable_response(response) -> bool:
    return (
        response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _key(request, language_code: str, gen: int) -> str:
    path = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return f"signpost:page:{gen}:{language_code}:{path}"


def get(request, language_code: str):
    try:
        return cache.get(_key(request, language_code, generation()))
    except Exception:  # a cache outage must never break reading
        logger.warning("page cache unavailable for reads", exc_info=True)
        return None


def put(request, language_code: str, response) -> None:
    if hasattr(response, "render") and callable(response.render):
        response.render()
    if getattr(request, "_csp_nonce", None):
        # The page carries this request's CSP nonce: served again, it would not
        # match the next response's header.
        return
    try:
        cache.set(_key(request, language_code, generation()), response, settings.PAGE_CACHE_SECONDS)
    except Exception:
        logger.warning("page cache unavailable for writes", exc_info=True)
