"""The index document for one live guide in one language.

Every backend indexes the same documents. Each field is prepared by its own
prepare_<field> method (as in consumerfinance.gov's documents.py), so what
readers can find is decided here, once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wagtail.models import Page

from knowledge.models import GuidePage, TopicPage
from knowledge.text import value_text

from . import selectors
from .segmentation import tidy

BATCH_SIZE = 200


@dataclass(frozen=True)
class GuideDocument:
    page_id: int
    translation_key: str
    language: str
    title: str
    summary: str
    body: str
    topic_code: str
    topic_name: str
    url: str
    # Languages this guide really exists in (for fallback searches).
    translated_languages: tuple[str, ...] = ()


class GuideDocumentBuilder:
    """Builds documents for guides, loading their topics once per batch."""

    def __init__(self):
        self._topics: dict[str, TopicPage | None] = {}

    def build(
        self, page: GuidePage, *, translated_languages: Iterable[str]
    ) -> GuideDocument | None:
        url = self.prepare_url(page)
        if not url:
            return None  # not under any site: nobody can reach it
        language = page.locale.language_code
        topic_code, topic_name = self.prepare_topic(page, language)
        return GuideDocument(
            page_id=page.pk,
            translation_key=str(page.translation_key),
            language=language,
            title=self.prepare_title(page),
            summary=self.prepare_summary(page),
            body=self.prepare_body(page, language),
            topic_code=topic_code,
            topic_name=topic_name,
            url=url,
            translated_languages=tuple(sorted(set(translated_languages))),
        )

    def prepare_title(self, page) -> str:
        return tidy(page.title)

    def prepare_summary(self, page) -> str:
        return tidy(page.summary)

    def prepare_body(self, page, language: str) -> str:
        """The readable text, with the glossary definitions the guide shows.

        Headings contribute their text only (not their level); the "get help"
        invitation is the same on every guide and is left out.
        """
        parts = []
        for block in page.body:
            if block.block_type == "heading":
                parts.append(block.value.get("heading", ""))
            elif block.block_type == "glossary" and block.value.get("term") is not None:
                term = block.value["term"]
                parts.append(selectors.localized(term, "term", language))
                parts.append(selectors.localized(term, "definition", language))
            elif block.block_type != "get_help":
                parts.append(value_text(block.value))
        return tidy(" ".join(parts))

    def prepare_topic(self, page, language: str) -> tuple[str, str]:
        topic = self._topic_for(page)
        if topic is None:
            return "", ""
        area = topic.area_of_law
        return area.code, tidy(selectors.localized(area, "name", language))

    def prepare_url(self, page) -> str | None:
        parts = page.get_url_parts()
        return parts[2] if parts else None

    def preload_topics(self, pages: Iterable[Page]) -> None:
        wanted = {p.path[: -Page.steplen] for p in pages} - set(self._topics)
        if not wanted:
            return
        found = {
            t.path: t
            for t in TopicPage.objects.filter(path__in=wanted).select_related("area_of_law")
        }
        for path in wanted:
            self._topics[path] = found.get(path)

    def _topic_for(self, page) -> TopicPage | None:
        path = page.path[: -Page.steplen]
        if path not in self._topics:
            self.preload_topics([page])
        return self._topics[path]


def documents_for_groups(translation_keys: Iterable[str]) -> list[GuideDocument]:
    """Documents for every indexable language version of these guides."""
    keys = list(translation_keys)
    if not keys:
        return []
    return list(_documents(selectors.indexable_guides().filter(translation_key__in=keys)))


def all_documents() -> Iterator[GuideDocument]:
    """Documents for every indexable guide, in batches."""
    keys = sorted(
        {str(k) for k in selectors.indexable_guides().values_list("translation_key", flat=True)}
    )
    for start in range(0, len(keys), BATCH_SIZE):
        yield from documents_for_groups(keys[start : start + BATCH_SIZE])


def _documents(queryset) -> Iterator[GuideDocument]:
    pages = list(queryset.order_by("path"))
    languages: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        languages[str(page.translation_key)].add(page.locale.language_code)
    builder = GuideDocumentBuilder()
    builder.preload_topics(pages)
    for page in pages:
        document = builder.build(page, translated_languages=languages[str(page.translation_key)])
        if document is not None:
            yield document
