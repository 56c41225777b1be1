"""Cross-cutting middleware: response headers and locale handling."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

from .staff_area import is_staff_path


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set, and the staff area's
    own: never stored by a browser or proxy, never indexed."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        if is_staff_path(request.path_info):
            response["Cache-Control"] = "no-store"
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its 404 redirect for non-localised
    areas: a missing API object is a 404, not a redirect to /en/api/..."""

    UNLOCALISED_PREFIXES = ("/api/", "/admin/", "/static/", "/media/", "/documents/", "/_util/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.UNLOCALISED_PREFIXES):
            return response
        return super().process_response(request, response)
