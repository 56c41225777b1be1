import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views import defaults
from django.views.decorators.http import require_safe

logger = logging.getLogger("portal")


@require_safe
def root_redirect(request):
    """Send / to the reader's best language, from Accept-Language."""
    language = get_language_from_request(request, check_path=False) or settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    response["Cache-Control"] = "private, max-age=0"
    return response


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        *[f"Disallow: /{code}/get-help/" for code, _name in settings.LANGUAGES],
        *[f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES],
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# A lost database connection is an outage, not a bug: 503 with Retry-After and
# a short translated page rendered without the request (context processors
# and the session would need the database). In the self-assessment the page
# says the enquiry was not sent and that the answers are kept (they are in the
# session, in the database that is away). Saving a session then fails as
# SessionInterrupted (a 400) caused by the database error, hence both handlers.
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def server_error(request):
    """handler500"""
    if _caused_by_outage(sys.exc_info()[1]):
        return _unavailable(request)
    return defaults.server_error(request)


def bad_request(request, exception):
    """handler400"""
    if _caused_by_outage(exception):
        return _unavailable(request)
    return defaults.bad_request(request, exception)


def _caused_by_outage(error: BaseException | None) -> bool:
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, OUTAGE_ERRORS):
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def _unavailable(request):
    logger.warning("database unavailable; answered 503")
    html = render_to_string("portal/unavailable.html", {"in_flow": "/get-help/" in request.path})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response
