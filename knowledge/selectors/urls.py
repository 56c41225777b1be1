"""Page URLs and the Site, without queries in the steady state."""

from __future__ import annotations

from django.core.cache import cache
from django.http.request import split_domain_port
from wagtail.models import Site

from .. import page_cache

SITE_CACHE_SECONDS = 300


def url_for_path(url_path: str, *, absolute: bool = False) -> str | None:
    """The public URL of a page from its url_path (what page.get_url() returns
    on a single-site install), from Wagtail's cached site root paths."""
    for root in Site.get_site_root_paths():
        if url_path.startswith(root.root_path):
            relative = f"/{root.language_code}/{url_path[len(root.root_path) :]}"
            return root.root_url.rstrip("/") + relative if absolute else relative
    return None


def root_path_for(site, language_code: str) -> str | None:
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language_code:
            return root.root_path
    return None


def site_for_request(request):
    """Wagtail's Site.find_for_request, remembered in the cache.

    The key carries the page-cache generation, so saving or deleting a Site
    (which invalidates the page cache) also forgets these entries.
    """
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host, _port = split_domain_port(request._get_raw_host())
    site = None
    try:
        key = f"signpost:site:{page_cache.generation()}:{host}:{request.get_port()}"
        site = cache.get(key)
    except Exception:
        key = None
    if site is None:
        site = Site.find_for_request(request)
        if site is not None and key is not None:
            try:
                cache.set(key, site, SITE_CACHE_SECONDS)
            except Exception:  # noqa: S110 - the cache is only an optimisation here
                pass
    request._wagtail_site = site
    return site
