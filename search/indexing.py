"""Keeping every backend's index equal to the live, public guides.

The unit of work is a guide with all its language versions (its Wagtail
translation_key): whatever happened to one version (published, unpublished,
deleted, moved, restricted, translated), the guide's documents are rebuilt
from the page tree and replace what the index held, so the index never
drifts. With Elasticsearch configured, the database backend is indexed too:
it answers whenever Elasticsearch cannot.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from . import selectors
from .backends import BackendUnavailable, indexing_backends
from .documents import all_documents, documents_for_groups

logger = logging.getLogger(__name__)

GROUP_BATCH = 200


@dataclass(frozen=True)
class RebuildReport:
    backend: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def sync_guides(translation_keys: Iterable[str]) -> int:
    """Re-index these guides in every backend; return the documents indexed."""
    keys = sorted({str(key) for key in translation_keys})
    indexed = 0
    for start in range(0, len(keys), GROUP_BATCH):
        batch = keys[start : start + GROUP_BATCH]
        documents = documents_for_groups(batch)
        for backend in indexing_backends():
            try:
                backend.replace_groups(batch, documents)
            except BackendUnavailable:
                logger.warning(
                    "%s search backend unavailable: %d guides not re-indexed there; "
                    "run rebuild_search_index when it is back",
                    backend.name,
                    len(batch),
                )
        indexed += len(documents)
    return indexed


def sync_pages(page_ids: Iterable[int]) -> int:
    """Re-index the guides that are, or are below, these pages."""
    return sync_guides(selectors.translation_keys_under(page_ids))


def rebuild() -> list[RebuildReport]:
    """Rebuild every backend's index from scratch."""
    reports = []
    for backend in indexing_backends():
        counts = backend.rebuild(all_documents())
        reports.append(RebuildReport(backend=backend.name, counts=counts))
    return reports
