"""Finding the page to serve, and its neighbourhood, in two queries.

One query fetches everything around the requested page that its template
needs: its ancestors (breadcrumbs), every language version (language
switcher, hreflang, translation notices) and its siblings (related guides).
A second loads the page itself with its specific fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Page

from .urls import root_path_for, site_for_request, url_for_path
from .visibility import is_public_path, restricted_paths

_COLUMNS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "live",
    "content_type_id",
    "alias_of_id",
    "alias_of__path",
    "translation_key",
    "locale__language_code",
    "last_published_at",
)


@dataclass(frozen=True)
class PageRow:
    """One page as the neighbourhood query returns it."""

    id: int
    title: str
    url_path: str
    path: str
    depth: int
    live: bool
    content_type_id: int
    alias_of_id: int | None
    alias_of_path: str | None
    translation_key: object
    language: str
    last_published_at: object

    @property
    def url(self) -> str | None:
        return url_for_path(self.url_path)

    @property
    def full_url(self) -> str | None:
        return url_for_path(self.url_path, absolute=True)


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass
class Neighbourhood:
    ancestors: list[PageRow] = field(default_factory=list)
    versions: list[PageRow] = field(default_factory=list)
    siblings: list[PageRow] = field(default_factory=list)


def resolve_page(request, path: str, language_code: str):
    """The live page at path in the tree of language_code, or None."""
    site = site_for_request(request)
    if site is None:
        return None
    root_path = root_path_for(site, language_code)
    if root_path is None:
        return None
    url_paths = [root_path]
    for component in (part for part in path.split("/") if part):
        url_paths.append(url_paths[-1] + component + "/")
    depth = len(url_paths) + 1  # the root page is depth 1, each home page depth 2
    target_key = Page.objects.filter(url_path=url_paths[-1]).values("translation_key")[:1]
    wanted = Q(url_path__in=url_paths) | Q(translation_key__in=target_key)
    if len(url_paths) > 1:
        wanted |= Q(url_path__startswith=url_paths[-2], depth=depth)
    rows = [PageRow(*values) for values in Page.objects.filter(wanted).values_list(*_COLUMNS)]
    by_url_path = {row.url_path: row for row in rows}
    target = by_url_path.get(url_paths[-1])
    if target is None or not target.live or any(u not in by_url_path for u in url_paths):
        return None
    model = _specific_model(target.content_type_id) or Page
    page = model.objects.select_related("locale").get(pk=target.id)
    page._neighbourhood = Neighbourhood(
        ancestors=[by_url_path[u] for u in url_paths[:-1]],
        versions=[r for r in rows if r.translation_key == target.translation_key and r.live],
        siblings=sorted(
            (r for r in rows if _is_sibling(r, target, url_paths)),
            key=lambda r: r.path,
        ),
    )
    request._wagtail_site = site
    request._wagtail_route_for_request = (page, [], {})
    return page


def _is_sibling(row: PageRow, target: PageRow, url_paths: list[str]) -> bool:
    return (
        len(url_paths) > 1
        and row.depth == target.depth
        and row.id != target.id
        and row.url_path.startswith(url_paths[-2])
    )


def _specific_model(content_type_id: int):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_id(content_type_id).model_class()


def neighbourhood(page) -> Neighbourhood:
    """The page's neighbourhood: from resolve_page, or queried for other callers
    (previews, the API)."""
    cached = getattr(page, "_neighbourhood", None)
    if cached is None:
        rows = [
            PageRow(*values)
            for values in Page.objects.filter(
                Q(translation_key=page.translation_key)
                | Q(path__in=[page.path[: i * Page.steplen] for i in range(2, page.depth)])
            ).values_list(*_COLUMNS)
        ]
        cached = Neighbourhood(
            ancestors=sorted(
                (r for r in rows if r.depth < page.depth and page.path.startswith(r.path)),
                key=lambda r: r.depth,
            ),
            versions=[r for r in rows if r.translation_key == page.translation_key and r.live],
        )
        page._neighbourhood = cached
    return cached


def breadcrumbs(page) -> list[Link]:
    return [
        Link(title=str(_("Home")) if row.depth == 2 else row.title, url=row.url)
        for row in neighbourhood(page).ancestors
        if row.depth >= 2
    ]


def related_pages(page, *, limit: int = 6) -> list[Link]:
    """Live, public siblings of the same type (the other guides in a topic)."""
    restricted = restricted_paths()
    return [
        Link(title=row.title, url=row.url)
        for row in neighbourhood(page).siblings
        if row.live
        and row.content_type_id == page.content_type_id
        and is_public_path(row.path, row.alias_of_path, restricted)
    ][:limit]


def source_version(page) -> PageRow | None:
    """The default-language version of page, if it exists and is live."""
    return next(
        (row for row in neighbourhood(page).versions if row.language == settings.LANGUAGE_CODE),
        None,
    )
