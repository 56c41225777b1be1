"""Serving public pages: Wagtail's serve, with a per-language cache in front
and routing that finds a page and its ancestors in one query."""

from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.views import serve_chain

from .. import page_cache, page_views
from ..selectors import resolve_page


@require_safe
def serve(request, path=""):
    language_code = get_language()
    cacheable = page_cache.is_cacheable_request(request)
    if cacheable:
        cached = page_cache.get(request, language_code)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            page_views.count_page_view(request, page_views.page_id_of(cached), language_code)
            return cached

    page = resolve_page(request, path, language_code)
    if page is None:
        raise Http404

    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, [], {})
        if isinstance(result, HttpResponse):
            return result
    chain = serve_chain
    for hook in reversed(hooks.get_hooks("on_serve_page")):
        chain = hook(chain)
    response = chain(page, request, [], {})
    if response.status_code == 200:
        page_views.mark_response(response, page.pk)
        page_views.count_page_view(request, page.pk, language_code)

    if cacheable and page_cache.is_cacheable_response(response):
        page_cache.put(request, language_code, response)
        response["X-Page-Cache"] = "miss"
    return response
