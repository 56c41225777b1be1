"""Liveness and readiness probes, cheap enough to poll every few seconds.

/healthz answers from the process alone. /readyz checks each dependency
with a short timeout and reports each one, answering 503 if any fails.
Neither touches the session or writes anything.

Search is ready when its database index table answers. With
SEARCH_BACKEND=elasticsearch an Elasticsearch that does not answer its ping
(within one second) leaves the server ready - searches fall back to the
database backend - and the check says so with ``"degraded": true``.
"""

from __future__ import annotations

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@require_safe
@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


class Degraded(Exception):
    """The dependency answers, but through its fallback (the message says how)."""


def _timed(check) -> dict:
    started = time.perf_counter()
    try:
        detail = check()
    except Degraded as degraded:
        return {"ok": True, "degraded": True, "detail": str(degraded), "ms": _ms(started)}
    except Exception as error:  # a probe reports failures, it never raises
        return {"ok": False, "error": error.__class__.__name__, "ms": _ms(started)}
    result = {"ok": True, "ms": _ms(started)}
    if detail:
        result["detail"] = detail
    return result


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def check_cache():
    key = f"signpost:readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 5)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return what was written")
    cache.delete(key)
    return cache.__class__.__name__


def check_search():
    from search.backends import BackendUnavailable, database_backend, elasticsearch_backend

    database = database_backend()
    database.ping()
    if settings.SEARCH_BACKEND != "elasticsearch":
        return database.name
    try:
        elasticsearch_backend().ping()
    except BackendUnavailable as error:
        cause = type(error.__cause__ or error).__name__
        raise Degraded(
            f"elasticsearch unavailable ({cause}); answering from {database.name}"
        ) from error
    return "elasticsearch"


READINESS_CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "search": check_search,
}


@require_safe
@never_cache
def readyz(request):
    results = {name: _timed(check) for name, check in READINESS_CHECKS.items()}
    ready = all(result["ok"] for result in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results},
        status=200 if ready else 503,
    )
