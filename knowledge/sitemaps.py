"""sitemap.xml: every live, public page in every language tree, once.

Fallback aliases are left out: they repeat the default-language content,
and search engines learn about the real translations from hreflang."""

from django.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .selectors import public_pages, url_for_path


class PageSitemap(Sitemap):
    limit = 5000

    def items(self):
        return (
            public_pages(Page.objects.filter(depth__gte=2, alias_of__isnull=True))
            .order_by("path")
            .only("url_path", "last_published_at")
        )

    def location(self, item):
        return url_for_path(item.url_path)

    def lastmod(self, item):
        return item.last_published_at
