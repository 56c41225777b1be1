"""Counting page reads and moves to "Get help" without SQL and without
anything about the reader.

A read adds one to a cache counter keyed by kind, UK day, language and page
id (``signpost:pv:view:20260310:pl:42``); nothing else is kept: no address,
cookie, user agent or time of day. `manage.py flush_page_views` (hourly)
moves the counts into knowledge.PageViewCount. Counters live for
KEEP_DAYS, so a flush must run at least that often.

Not counted: HEAD requests, browser prefetches and obvious robots (by a
pattern on the User-Agent, which is read and never stored). Readers behind
a CDN's own cache are not counted either: only requests that reach Django.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)

VIEW = "view"
GET_HELP = "get_help"
KINDS = (VIEW, GET_HELP)
KEEP_DAYS = 8
# The attribute a cached page response carries, so a cache hit can be counted.
PAGE_ID_ATTRIBUTE = "signpost_page_id"
MAX_PAGE_ID = 2**31 - 1

_ROBOTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|preview|monitor|checker|lighthouse|"
    r"curl/|wget/|python-requests|python-urllib|httpclient|go-http-client|java/",
    re.IGNORECASE,
)


def counter_key(kind: str, day: dt.date, language: str, page_id: int) -> str:
    return f"signpost:pv:{kind}:{day:%Y%m%d}:{language}:{page_id}"


def is_countable(request) -> bool:
    if request.method != "GET":
        return False
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", "")
    if "prefetch" in purpose.lower():
        return False
    return not _ROBOTS.search(request.headers.get("User-Agent", ""))


def count(*, kind: str, page_id: int, language: str, day: dt.date | None = None) -> None:
    """Add one to a counter. Never fails or slows the request it counts."""
    key = counter_key(kind, day or timezone.localdate(), language, page_id)
    try:
        try:
            cache.incr(key)
        except ValueError:
            # First count today: add() is atomic, so of two first readers one
            # creates the counter and the other increments it.
            if not cache.add(key, 1, timeout=KEEP_DAYS * 86400):
                cache.incr(key)
    except Exception:
        logger.warning("page view counter unavailable", exc_info=True)


def count_page_view(request, page_id: int | None, language: str) -> None:
    if page_id and is_countable(request):
        count(kind=VIEW, page_id=page_id, language=language)


def source_page_id(request) -> int | None:
    """The page a reader followed a Get help link from (``?from=<page id>``)."""
    value = request.GET.get("from", "")
    if not value.isascii() or not value.isdigit():
        return None
    page_id = int(value)
    return page_id if 0 < page_id <= MAX_PAGE_ID else None


def mark_response(response, page_id: int) -> None:
    """Remember which page a response shows, for counting its cache hits."""
    setattr(response, PAGE_ID_ATTRIBUTE, page_id)


def page_id_of(response) -> int | None:
    return getattr(response, PAGE_ID_ATTRIBUTE, None)


class GetHelpSourceMiddleware:
    """Counts readers arriving at the self-assessment's first page from a
    guide's Get help link (``/<lang>/get-help/?from=<page id>``). Only that
    path, only with the parameter, only when the page answered; no SQL."""

    _PATH = re.compile(r"^/[a-z]{2,3}(?:-[a-z0-9]+)?/get-help/$")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self._PATH.match(request.path) and response.status_code < 400:
            page_id = source_page_id(request)
            if page_id and is_countable(request):
                language = getattr(request, "LANGUAGE_CODE", "") or request.path.split("/")[1]
                count(kind=GET_HELP, page_id=page_id, language=language)
        return response
