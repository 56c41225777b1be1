"""What every search backend does. Only search.service and search.indexing
talk to backends; views, the API and commands go through those."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..documents import GuideDocument
from ..query import QueryPlan

# Ranking weights: a match in the title counts for more than one in the
# summary, which counts for more than one in the body.
FIELD_WEIGHTS = {"title": 10.0, "summary": 4.0, "body": 1.0, "topic": 2.0}


class BackendUnavailable(Exception):
    """The engine could not answer (network, timeout, missing index)."""


@dataclass(frozen=True)
class BackendHit:
    page_id: int
    translation_key: str
    language: str
    title: str
    url: str
    topic_code: str
    score: float
    snippet: str  # marked with segmentation.MARK_START/MARK_END, not escaped


@dataclass(frozen=True)
class BackendResults:
    hits: list[BackendHit]
    total: int
    # topic code -> matching guides, counted without the topic filter
    facets: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class BackendTitle:
    page_id: int
    translation_key: str
    language: str
    title: str
    url: str


class SearchBackend(ABC):
    name: str = ""

    def ping(self) -> None:  # noqa: B027 - a backend with nothing to reach is always there
        """Raise BackendUnavailable unless the engine answers; cheap (readiness probes)."""

    # --- Writing --------------------------------------------------------

    @abstractmethod
    def replace_groups(
        self, translation_keys: Iterable[str], documents: Iterable[GuideDocument]
    ) -> None:
        """Make the index hold exactly these documents for these guides."""

    @abstractmethod
    def rebuild(self, documents: Iterable[GuideDocument]) -> dict[str, int]:
        """Replace the whole index; return documents indexed per language."""

    @abstractmethod
    def index_documents(self, documents: Iterable[GuideDocument]) -> int:
        """Add documents that are not in the index yet (bulk loads)."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Documents in the index per language."""

    def optimise(self) -> None:  # noqa: B027 - most engines need nothing
        """Bring the engine's statistics and structures up to date after a bulk load."""

    # --- Reading --------------------------------------------------------

    @abstractmethod
    def search(
        self,
        plan: QueryPlan,
        *,
        topic: str | None = None,
        offset: int = 0,
        limit: int = 10,
        exclude_translated_into: str | None = None,
    ) -> BackendResults:
        """Guides in plan.language matching plan, best first.

        exclude_translated_into leaves out guides that exist in that
        language (a fallback search in the default language).
        """

    @abstractmethod
    def autocomplete(
        self, plan: QueryPlan, *, limit: int = 8, exclude_translated_into: str | None = None
    ) -> list[BackendTitle]:
        """Guides in plan.language whose title matches plan (last word as a prefix)."""

    @abstractmethod
    def spelling(self, tokens: list[str], *, languages: list[str]) -> dict[str, str]:
        """Corrections for tokens the index does not know, from its vocabulary."""
