"""Load shedding: past capacity, readers get a quick 503, not a long queue.

Each application process lets LOAD_SHED_CONCURRENCY reading requests (GET
and HEAD of public pages, search and the read-only API) work at once. A
reader who finds them all busy waits at most LOAD_SHED_WAIT_SECONDS for a
turn; when LOAD_SHED_WAITING readers are already waiting, the next is turned
away at once with a short translated 503 and Retry-After. Without this a
spike queues in the socket backlog and every request slows to many seconds.

Never shed: anything in the self-assessment and the referral API (a person
sending an enquiry always gets through), staff pages, health checks and
static files. Off (0) unless configured; it only works with more gunicorn
threads per process than LOAD_SHED_CONCURRENCY (deploy/stack.sh sets both).
"""

from __future__ import annotations

import logging
import threading

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)

READING_METHODS = frozenset({"GET", "HEAD"})
NEVER_SHED_PARTS = ("/get-help/", "/api/v1/referrals", "/api/v1/sms/")
RETRY_AFTER_SECONDS = 10


class Admission:
    """A per-process turnstile: `concurrency` at work, `max_waiting` waiting."""

    def __init__(self, concurrency: int, max_waiting: int, wait_seconds: float):
        self._slots = threading.BoundedSemaphore(concurrency)
        self._lock = threading.Lock()
        self._waiting = 0
        self.max_waiting = max_waiting
        self.wait_seconds = wait_seconds

    @property
    def waiting(self) -> int:
        return self._waiting

    def enter(self) -> bool:
        if self._slots.acquire(blocking=False):
            return True
        with self._lock:
            if self._waiting >= self.max_waiting:
                return False
            self._waiting += 1
        try:
            return self._slots.acquire(timeout=self.wait_seconds)
        finally:
            with self._lock:
                self._waiting -= 1

    def leave(self) -> None:
        self._slots.release()


def is_sheddable(request) -> bool:
    if request.method not in READING_METHODS:
        return False
    path = request.path_info
    if path.startswith(tuple(settings.STAFF_PATH_PREFIXES)):
        return False
    if path in ("/healthz", "/readyz") or path.startswith(settings.STATIC_URL):
        return False
    return not any(part in path for part in NEVER_SHED_PARTS)


def overloaded(request) -> HttpResponse:
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = render_to_string("portal/unavailable.html", {"in_flow": False})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class LoadSheddingMiddleware:
    def __init__(self, get_response):
        if settings.LOAD_SHED_CONCURRENCY <= 0:
            raise MiddlewareNotUsed
        self.get_response = get_response
        self.admission = Admission(
            settings.LOAD_SHED_CONCURRENCY,
            settings.LOAD_SHED_WAITING,
            settings.LOAD_SHED_WAIT_SECONDS,
        )

    def __call__(self, request):
        if not is_sheddable(request):
            return self.get_response(request)
        if not self.admission.enter():
            logger.warning("over capacity; answered 503")
            return overloaded(request)
        try:
            return self.get_response(request)
        finally:
            self.admission.leave()
