"""The second-factor gate: deny by default across the staff area.

Every request under STAFF_PATH_PREFIXES needs a signed-in user who has
passed the second factor in this session, except the few paths on
STAFF_GATE_ALLOWLIST (sign-in, sign-out, password reset, the second-factor
views themselves). Outside the staff area a session that has only passed the
password counts as not signed in at all, so a private page restricted to
signed-in users is not a way round the gate either.

Install after django_otp.middleware.OTPMiddleware.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext

from ..staff_area import is_gate_allowlisted, is_staff_path, json_denial, wants_json
from .devices import has_second_factor


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.deny(request) or self.get_response(request)

    def deny(self, request):
        path = request.path_info
        if not is_staff_path(path):
            if settings.SESSION_COOKIE_NAME in request.COOKIES and _unverified(request.user):
                request.user = AnonymousUser()
            return None
        if is_gate_allowlisted(path):
            return None
        user = request.user
        if not user.is_authenticated:
            return _sign_in_required(request)
        if not user.is_verified():
            return _second_factor_required(request, user)
        return None


def _unverified(user) -> bool:
    return user.is_authenticated and not user.is_verified()


def _next_path(request) -> str:
    return request.get_full_path() if request.method in ("GET", "HEAD") else request.path


def _sign_in_required(request):
    if wants_json(request):
        return json_denial(
            status=401,
            code="not_authenticated",
            detail=gettext("Sign in to use this part of Signpost."),
        )
    return redirect_to_login(_next_path(request), settings.LOGIN_URL)


def _second_factor_required(request, user):
    enrolled = has_second_factor(user)
    url = reverse("two_factor:verify" if enrolled else "two_factor:enrol")
    if wants_json(request):
        return json_denial(
            status=403,
            code="second_factor_required",
            detail=gettext("Confirm your sign-in with your second factor first."),
            verify_url=url,
        )
    return HttpResponseRedirect(f"{url}?{urlencode({'next': _next_path(request)})}")
