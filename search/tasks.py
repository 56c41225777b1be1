"""Background index updates through Django's task framework (django-tasks).

Signal handlers call schedule(); the work is enqueued once the transaction
that changed the pages commits (never for a rolled-back change), and all the
guides touched by one transaction go into one task, so an import of fifty
guides re-indexes each once.
"""

from __future__ import annotations

import logging
import threading

from django.db import transaction
from django_tasks import task

from . import indexing

logger = logging.getLogger(__name__)

_pending = threading.local()


@task()
def sync_guides(translation_keys: list[str]) -> int:
    return indexing.sync_guides(translation_keys)


@task()
def sync_pages(page_ids: list[int]) -> int:
    return indexing.sync_pages(page_ids)


def schedule(*, translation_keys=(), page_ids=()) -> None:
    """Re-index these guides (or the guides below these pages) after commit.

    Keys gathered in one transaction go into one task. If the transaction
    (or the savepoint that scheduled the flush) is rolled back, Django drops
    the flush, and the keys gathered for it are forgotten here too.
    """
    state = _state()
    if not _flush_pending(state):
        state["keys"].clear()
        state["pages"].clear()
    state["keys"].update(str(key) for key in translation_keys)
    state["pages"].update(int(pk) for pk in page_ids)
    if not _flush_pending(state):
        flush = _Flush()
        state["flush"] = flush
        transaction.on_commit(flush)


def discard_pending() -> None:
    """Forget scheduled work (for a transaction that was rolled back on purpose)."""
    state = _state()
    state["keys"].clear()
    state["pages"].clear()
    state["flush"] = None


class _Flush:
    """The on_commit callback of one transaction (its identity marks the transaction)."""

    def __call__(self) -> None:
        state = _state()
        if state["flush"] is self:
            state["flush"] = None
        keys, pages = sorted(state["keys"]), sorted(state["pages"])
        state["keys"].clear()
        state["pages"].clear()
        try:
            if keys:
                sync_guides.enqueue(keys)
            if pages:
                sync_pages.enqueue(pages)
        except Exception:
            # The index catches up at the next change or rebuild; never fail a publish.
            logger.exception("could not enqueue a search index update")


def _state() -> dict:
    if not hasattr(_pending, "state"):
        _pending.state = {"keys": set(), "pages": set(), "flush": None}
    return _pending.state


def _flush_pending(state: dict) -> bool:
    """Whether this transaction already has our flush waiting for its commit."""
    flush = state["flush"]
    if flush is None:
        return False
    connection = transaction.get_connection()
    return any(callback is flush for _sids, callback, *_rest in connection.run_on_commit)
