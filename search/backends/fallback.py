"""Search with a primary engine, answered by the database when it cannot.

The reader never sees an engine outage: a failure is logged as a warning
and the same query goes to the database backend (which is always kept
current). After a failure the primary is left alone for a short while, so
an outage does not add a timeout to every search.
"""

from __future__ import annotations

import logging
import time

from .base import BackendUnavailable, SearchBackend

logger = logging.getLogger("search")

RETRY_AFTER_SECONDS = 30.0


class FallbackBackend(SearchBackend):
    def __init__(self, primary: SearchBackend, fallback: SearchBackend, *, clock=time.monotonic):
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name
        self._clock = clock
        self._skip_until = 0.0

    def _call(self, method: str, *args, **kwargs):
        if self._clock() >= self._skip_until:
            try:
                return getattr(self.primary, method)(*args, **kwargs)
            except BackendUnavailable as error:
                self._skip_until = self._clock() + RETRY_AFTER_SECONDS
                logger.warning(
                    "%s search backend unavailable (%s); answering from the %s backend "
                    "for the next %d seconds",
                    self.primary.name,
                    type(error.__cause__ or error).__name__,
                    self.fallback.name,
                    RETRY_AFTER_SECONDS,
                )
        return getattr(self.fallback, method)(*args, **kwargs)

    def search(self, plan, **kwargs):
        return self._call("search", plan, **kwargs)

    def autocomplete(self, plan, **kwargs):
        return self._call("autocomplete", plan, **kwargs)

    def spelling(self, tokens, **kwargs):
        return self._call("spelling", tokens, **kwargs)

    def counts(self):
        return self._call("counts")

    # Writes go to every backend through search.indexing, never through here.
    def replace_groups(self, translation_keys, documents):
        raise NotImplementedError("index through search.indexing")

    def rebuild(self, documents):
        raise NotImplementedError("index through search.indexing")

    def index_documents(self, documents):
        raise NotImplementedError("index through search.indexing")
