"""Fixed-window request limits kept in Django's cache (Redis in production).

One counter per limit, per window: the first hit in a window adds the key,
every hit increments it atomically, and the key expires with the window.
Clients are keyed by a keyed hash of their address (portal/client_ip.py,
which respects TRUSTED_PROXY_COUNT), so raw addresses never reach the cache.

If the cache fails (Redis down, or django-redis swallowing the error and
answering None), ``hit`` FAILS OPEN: it allows the request and logs a
warning that names only the limit. That is right for public submissions,
where a lost enquiry costs more than some spam; sign-in limiting does not
use this module (django-axes keeps its counts in the database and fails
closed, see portal/lockout.py).
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from .client_ip import client_ip

logger = logging.getLogger(__name__)

KEY_PREFIX = "rate-limit"


@dataclass(frozen=True)
class Limit:
    """At most ``count`` hits per ``seconds``; a count of 0 switches it off."""

    name: str
    count: int
    seconds: int

    @property
    def enabled(self) -> bool:
        return self.count > 0 and self.seconds > 0


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: str = ""  # the name of the limit that refused
    retry_after: int = 0  # seconds until the refusing window ends


ALLOWED = Decision(allowed=True)


class StoreUnavailable(Exception):
    """The cache did not answer (raised, or returned nothing)."""


def client_key(request) -> str:
    """The client as the limiter knows it: a keyed hash of its address."""
    return salted_hmac(KEY_PREFIX, client_ip(request) or "unknown").hexdigest()[:32]


def hit(limits: list[tuple[Limit, str]], *, now: float | None = None) -> Decision:
    """Count one hit against each (limit, key) in order; the first limit
    exceeded refuses, and later limits are not counted. Fails open."""
    now = time.time() if now is None else now
    for limit, key in limits:
        if not limit.enabled:
            continue
        window = int(now // limit.seconds)
        try:
            count = _increment(f"{KEY_PREFIX}:{limit.name}:{key}:{window}", limit.seconds)
        except StoreUnavailable:
            logger.warning("Rate limit %s not applied: the cache is unavailable.", limit.name)
            return ALLOWED
        if count > limit.count:
            retry_after = max(1, math.ceil((window + 1) * limit.seconds - now))
            return Decision(allowed=False, limit=limit.name, retry_after=retry_after)
    return ALLOWED


def _increment(key: str, seconds: int) -> int:
    try:
        cache.add(key, 0, timeout=seconds + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=seconds + 1)
            count = 1
    except Exception as error:  # any backend's connection error
        raise StoreUnavailable from error
    if not isinstance(count, int):
        raise StoreUnavailable
    return count
