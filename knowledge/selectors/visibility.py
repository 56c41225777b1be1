"""Which pages the public may see: live, and under no view restriction."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .. import page_cache

RESTRICTIONS_CACHE_SECONDS = 300


def all_view_restrictions() -> list[PageViewRestriction]:
    """Every view restriction on the site (a small table), cached per content
    generation: adding or removing one invalidates it with the page cache."""
    key = f"signpost:restrictions:{_generation()}"
    try:
        cached = cache.get(key)
    except Exception:
        cached = None
    if cached is None:
        cached = list(PageViewRestriction.objects.select_related("page"))
        try:
            cache.set(key, cached, RESTRICTIONS_CACHE_SECONDS)
        except Exception:  # noqa: S110 - the cache is only an optimisation here
            pass
    return cached


def _generation():
    try:
        return page_cache.generation()
    except Exception:
        return "none"


def restrictions_for(page):
    """A queryset, as Wagtail expects; empty (no query) for unrestricted pages.

    The same rule as Wagtail's: restrictions on the page, its ancestors, and
    for an alias those of its source."""
    restrictions = all_view_restrictions()
    if not restrictions:
        return PageViewRestriction.objects.none()
    paths = [page.path]
    if page.alias_of_id is not None:
        paths.append(Page.objects.only("path").get(pk=page.alias_of_id).path)
    matching = [r.pk for r in restrictions if any(p.startswith(r.page.path) for p in paths)]
    if not matching:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(pk__in=matching)


def restricted_paths() -> list[str]:
    """Tree paths under which nothing is public: restricted pages and, because
    each language tree holds aliases of them, those aliases too."""
    restrictions = all_view_restrictions()
    if not restrictions:
        return []
    pages = [restriction.page for restriction in restrictions]
    paths = {page.path for page in pages}
    paths.update(
        Page.objects.filter(alias_of__in=[page.pk for page in pages]).values_list("path", flat=True)
    )
    return sorted(paths)


def is_public_path(path: str, alias_source_path: str | None, restricted: list[str]) -> bool:
    return not any(
        path.startswith(r) or (alias_source_path and alias_source_path.startswith(r))
        for r in restricted
    )


def public_pages(queryset):
    """Live pages with no view restriction on them, their sources or their ancestors."""
    paths = restricted_paths()
    queryset = queryset.live()
    if paths:
        restricted = Q()
        for path in paths:
            restricted |= Q(path__startswith=path) | Q(alias_of__path__startswith=path)
        queryset = queryset.exclude(restricted)
    return queryset
