"""Sign-in lockout (django-axes): what counts as the same username, and the
page a locked-out person sees.

The page is the same whether or not the account exists, and names neither
the account nor the number of attempts left.

Sign-in limiting FAILS CLOSED: axes keeps its counts in the database (not
the cache, so a cache outage changes nothing), and if that store cannot be
read, ``FailClosedDatabaseHandler`` treats the sign-in as locked out.
Public submission limits do the opposite (portal/rate_limits.py).
"""

from __future__ import annotations

import logging
import unicodedata

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db import DatabaseError
from django.shortcuts import render

logger = logging.getLogger(__name__)


class FailClosedDatabaseHandler(AxesDatabaseHandler):
    """The database handler, refusing sign-in when its store cannot be read."""

    def is_locked(self, request, credentials=None) -> bool:
        try:
            return super().is_locked(request, credentials)
        except DatabaseError:
            logger.warning("Sign-in refused: the lockout store is unavailable.")
            return True


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
