"""Which requests belong to the staff area, and how to answer them.

The staff area is defined by path prefixes in one setting
(STAFF_PATH_PREFIXES), so a view added later under /admin/ or the staff API
is protected without anyone remembering to protect it.
"""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse

JSON_PATH_PREFIXES = ("/api/", "/admin/api/")


def is_staff_path(path: str) -> bool:
    return path.startswith(tuple(settings.STAFF_PATH_PREFIXES))


def is_gate_allowlisted(path: str) -> bool:
    """Sign-in, sign-out, password reset and the second-factor views."""
    return path.startswith(tuple(settings.STAFF_GATE_ALLOWLIST))


def wants_json(request) -> bool:
    if request.path_info.startswith(JSON_PATH_PREFIXES):
        return True
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def json_denial(*, status: int, code: str, detail: str, **extra) -> JsonResponse:
    response = JsonResponse({"detail": detail, "code": code, **extra}, status=status)
    if status == 401:
        response["WWW-Authenticate"] = 'Session realm="staff"'
    return response
