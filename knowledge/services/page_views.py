"""Moving page view counters from the cache into PageViewCount."""

from __future__ import annotations

import datetime as dt
from itertools import islice

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from ..models import PageViewCount
from ..page_views import KEEP_DAYS, KINDS, counter_key

CHUNK = 500
FLUSH_LOCK = "signpost:pv:flush-lock"
FLUSH_LOCK_SECONDS = 15 * 60


class FlushRunning(Exception):
    """Another flush holds the lock (two at once would count twice)."""


def page_views_flush(*, today: dt.date | None = None, days: int = KEEP_DAYS) -> int:
    """Add every counter of the last `days` days to PageViewCount and take
    what was added off the counter (so reads counted meanwhile are kept).
    Returns how many reads and moves were flushed.

    The cache cannot list its keys, so the candidates are every page x
    language x kind x day: a few thousand keys, read in chunks.
    """
    if not cache.add(FLUSH_LOCK, 1, timeout=FLUSH_LOCK_SECONDS):
        raise FlushRunning()
    try:
        return _flush(today or timezone.localdate(), days)
    finally:
        cache.delete(FLUSH_LOCK)


def _flush(today: dt.date, days: int) -> int:
    languages = [code for code, _name in settings.LANGUAGES]
    page_ids = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    candidates = (
        (counter_key(kind, day, language, page_id), (day, page_id, language, kind))
        for page_id in page_ids
        for day in (today - dt.timedelta(days=n) for n in range(days))
        for language in languages
        for kind in KINDS
    )
    flushed = 0
    while chunk := dict(islice(candidates, CHUNK)):
        values = cache.get_many(list(chunk))
        counts = {chunk[key]: int(value) for key, value in values.items() if value}
        if counts:
            _take(counts)
            flushed += sum(counts.values())
    return flushed


def _take(counts: dict[tuple, int]) -> None:
    taken = {}
    try:
        for (day, page_id, language, kind), value in counts.items():
            cache.decr(counter_key(kind, day, language, page_id), value)
            taken[(day, page_id, language, kind)] = value
        _add(counts)
    except Exception:
        # Put back what was taken so the next flush counts it.
        for (day, page_id, language, kind), value in taken.items():
            cache.incr(counter_key(kind, day, language, page_id), value)
        raise


@transaction.atomic
def _add(counts: dict[tuple, int]) -> None:
    for (day, page_id, language, kind), value in counts.items():
        rows = PageViewCount.objects.filter(day=day, page_id=page_id, language=language, kind=kind)
        if rows.update(count=F("count") + value):
            continue
        try:
            with transaction.atomic():
                PageViewCount.objects.create(
                    day=day, page_id=page_id, language=language, kind=kind, count=value
                )
        except IntegrityError:  # another flush created it meanwhile
            rows.update(count=F("count") + value)
