"""Guides and topics through the Wagtail API (v2, also mounted under /api/v1/).

Only live, public pages are listed (Wagtail's PagesAPIViewSet filters them).
Filter by language with ?locale=pl; follow translations with ?translation_of=ID.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .models import GuidePage, TopicPage
from .selectors import public_pages


class SignpostPagesAPIViewSet(PagesAPIViewSet):
    page_model = None
    listing_default_fields = PagesAPIViewSet.listing_default_fields + [
        "is_fallback",
        "content_language",
    ]

    def get_base_queryset(self):
        # Wagtail excludes restricted pages but not their aliases in the other
        # language trees; the public API shows neither, whoever asks.
        return public_pages(super().get_base_queryset().type(self.page_model))


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return public_pages(super().get_base_queryset())


class GuidesAPIViewSet(SignpostPagesAPIViewSet):
    name = "guides"
    page_model = GuidePage
    model = GuidePage


class TopicsAPIViewSet(SignpostPagesAPIViewSet):
    name = "topics"
    page_model = TopicPage
    model = TopicPage


def build_router(namespace: str) -> WagtailAPIRouter:
    router = WagtailAPIRouter(namespace)
    router.register_endpoint("pages", PublicPagesAPIViewSet)
    router.register_endpoint("guides", GuidesAPIViewSet)
    router.register_endpoint("topics", TopicsAPIViewSet)
    return router


api_v2_router = build_router("wagtailapi")
