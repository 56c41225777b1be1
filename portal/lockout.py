"""Sign-in lockout (django-axes): what counts as the same username, and the
page a locked-out person sees.

The page is the same whether or not the account exists, and names neither
the account nor the number of attempts left.
"""

from __future__ import annotations

import unicodedata

from django.conf import settings
from django.shortcuts import render


def username_for_lockout(request, credentials=None) -> str:
    """The username as the sign-in form will read it.

    Django's form strips spaces and applies NFKC before looking the user up;
    axes must count " editor" and "editor" as one username, or padding the
    name would buy an attacker a fresh set of attempts.
    """
    if credentials and credentials.get("username") is not None:
        raw = credentials["username"]
    else:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        raw = data.get("username", "") or ""
    return unicodedata.normalize("NFKC", str(raw)).strip()


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(
        request,
        "portal/lockout.html",
        {"cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
