"""How the referrals API answers: JSON bodies only, translated 422s in one
shape for the service's checks and schema problems alike, and no caching of
anything private. Used by referrals/api.py."""

from __future__ import annotations

import json
from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.translation import gettext_lazy as _
from ninja.errors import ValidationError

from .errors import InvalidSubmission

API_FLAG = "_signpost_referrals_api"


def site_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_for(request, wanted: str | None) -> str:
    if wanted in site_languages():
        return wanted
    return getattr(request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE


def referrals_endpoint(run):
    """Mark the request as ours (422s get our shape), insist on JSON bodies, and
    keep responses out of caches (statuses and references are private)."""

    @wraps(run)
    def wrapped(request, *args, **kwargs):
        setattr(request, API_FLAG, True)
        problem = body_problem(request) if request.method == "POST" else None
        if problem:
            status, message = problem
            with translation.override(language_for(request, request.GET.get("lang"))):
                response = JsonResponse({"detail": str(message)}, status=status)
        else:
            response = run(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapped


def public_endpoint(run):
    """The questionnaire is the same for everyone: cacheable for a few minutes."""

    @wraps(run)
    def wrapped(request, *args, **kwargs):
        setattr(request, API_FLAG, True)
        response = run(request, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=300)
            patch_vary_headers(response, ["Accept-Language"])
        return response

    return wrapped


def body_problem(request):
    if request.content_type != "application/json":
        return 415, _("Send the request body as JSON (Content-Type: application/json).")
    try:
        json.loads(request.body or b"null")
    except (ValueError, RecursionError):  # RecursionError: nested too deeply to parse
        return 400, _("The request body is not valid JSON.")
    return None


TOO_MANY = _(
    "Too many enquiries are being sent. Nothing has been stored: please try again "
    "in a few minutes (the Retry-After header says when)."
)


def too_many_requests(language: str, retry_after: int) -> JsonResponse:
    """429 in the API's usual ``{"detail": ...}`` shape."""
    with translation.override(language):
        response = JsonResponse({"detail": str(TOO_MANY)}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def error_body(language: str, errors: dict[str, list]) -> dict:
    with translation.override(language):
        return {
            "detail": str(InvalidSubmission.message),
            "errors": [
                {"field": field, "messages": [str(message) for message in messages]}
                for field, messages in errors.items()
            ],
        }


def install_error_handler(api) -> None:
    previous = api._lookup_exception_handler(ValidationError(errors=[]))

    def handle_validation_error(request, exc: ValidationError):
        if not getattr(request, API_FLAG, False):
            return previous(request, exc)
        language = language_for(request, request.GET.get("lang"))
        errors: dict[str, list] = {}
        for error in exc.errors:
            location = [str(part) for part in error.get("loc", ())[1:]]
            if location[:1] == ["payload"]:
                location = location[1:]
            location = location or ["body"]
            errors.setdefault(".".join(location), []).append(_schema_message(error))
        return api.create_response(request, error_body(language, errors), status=422)

    api.add_exception_handler(ValidationError, handle_validation_error)


def _schema_message(error: dict):
    kind = error.get("type", "")
    if kind == "missing":
        return _("This field is required.")
    if kind.startswith("json") or kind == "model_attributes_type":
        return _("The request body must be a JSON object.")
    if kind.startswith("bool"):
        return _("This must be true or false.")
    if kind.startswith("int"):
        return _("This must be a whole number.")
    if kind.startswith("string"):
        return _("This must be text.")
    if kind.startswith("dict"):
        return _("This must be an object.")
    if kind == "literal_error":
        return _("This value is not one of those allowed.")
    return _("This value is not valid.")
