"""Lists of pages shown on home and topic pages."""

from __future__ import annotations

from .pages import related_pages
from .visibility import public_pages


def live_topics(home) -> list:
    from ..models import TopicPage

    return list(
        public_pages(TopicPage.objects.child_of(home))
        .select_related("area_of_law")
        .order_by("area_of_law__sort_order", "path")
    )


def live_guides(topic) -> list:
    from ..models import GuidePage

    return list(
        public_pages(GuidePage.objects.child_of(topic))
        .only("id", "title", "url_path", "path", "depth", "summary", "alias_of_id")
        .order_by("path")
    )


def guide_context(guide) -> dict:
    return {"related_guides": related_pages(guide)}
