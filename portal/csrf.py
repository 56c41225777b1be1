"""The page for a failed CSRF check (settings.CSRF_FAILURE_VIEW).

Almost always a person, not an attack: a form left open until its session
ended, or cookies blocked. The page says the form expired and links back
to the page they were on, in the same language. The self-assessment keeps
every answer already saved on the server, step by step, so going back loses
at most what was typed on this one page; nothing here touches the session.
403, never cached, never indexed.
"""

from __future__ import annotations

from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers

# Pages that only accept POST: go back to the page the form was on instead.
_FORM_PAGES = {
    "referrals:start_again": "referrals:start",
    "referrals:status_withdraw": "referrals:status",
    "referrals:status_stop_updates": "referrals:status",
    "referrals:status_forget": "referrals:status",
}


def csrf_failure(request, reason: str = ""):
    response = render(
        request,
        "portal/csrf_failure.html",
        {"return_url": _return_url(request), "sensitive": True},
        status=403,
    )
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _return_url(request) -> str | None:
    """Where the form was: this address (a step of the flow shows its saved
    answer again), a POST-only action's own page, or nowhere we can tell."""
    path = request.path
    if not path.startswith("/") or path.startswith("//"):
        return None
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.view_name in _FORM_PAGES:
        return reverse(_FORM_PAGES[match.view_name])
    if match.view_name == "referrals:question" and request.GET.get("change") == "1":
        return path + "?change=1"
    return path
