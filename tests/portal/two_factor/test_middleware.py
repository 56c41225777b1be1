"""The second-factor gate: deny by default across the staff area."""

from __future__ import annotations

import re
from re import _constants as sre_constants  # the public aliases are deprecated
from re import _parser as sre_parse

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, path
from django.urls.resolvers import LocalePrefixPattern
from wagtail.models import Page, PageViewRestriction

from portal.staff_area import is_gate_allowlisted, is_staff_path
from portal.urls import urlpatterns as project_urlpatterns
from tests.support.staff import password_only_login, staff_login

from .helpers import enrolled_device

pytestmark = pytest.mark.django_db


# --- Enumerating every URL in the staff area --------------------------------


def _sample(parsed) -> str:
    """A string matching a parsed regular expression (first choice everywhere)."""
    out = []
    for op, value in parsed:
        if op is sre_constants.LITERAL:
            out.append(chr(value))
        elif op is sre_constants.NOT_LITERAL:
            out.append("b" if chr(value) == "a" else "a")
        elif op is sre_constants.ANY:
            out.append("a")
        elif op is sre_constants.IN:
            out.append(_sample_in(value))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, item = value
            out.append(_sample(item) * (max(low, 1) if high >= 1 else 0))
        elif op is sre_constants.SUBPATTERN:
            out.append(_sample(value[-1]))
        elif op is sre_constants.BRANCH:
            out.append(_sample(value[1][0]))
        elif op is sre_constants.AT:
            continue
        else:
            raise AssertionError(f"no sample for regex op {op}")
    return "".join(out)


def _sample_in(items) -> str:
    negate = items and items[0][0] is sre_constants.NEGATE
    if negate:
        for candidate in "axZ1":
            if not re.match(f"[{_sre_set(items[1:])}]", candidate):
                return candidate
        raise AssertionError("no sample for a negated set")
    op, value = items[0]
    if op is sre_constants.LITERAL:
        return chr(value)
    if op is sre_constants.RANGE:
        return chr(value[0]) if chr(value[0]) != "0" else "1"
    if op is sre_constants.CATEGORY:
        return "1" if value is sre_constants.CATEGORY_DIGIT else "a"
    raise AssertionError(f"no sample for set item {op}")


def _sre_set(items) -> str:
    parts = []
    for op, value in items:
        if op is sre_constants.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is sre_constants.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is sre_constants.CATEGORY:
            parts.append({"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w"}.get(str(value), r"\s"))
    return "".join(parts)


def _pattern_sample(pattern) -> str:
    return _sample(sre_parse.parse(pattern.regex.pattern))


def staff_paths(patterns=None, prefix: str = "/") -> list[str]:
    """One concrete path for every URL pattern under STAFF_PATH_PREFIXES."""
    found = []
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry.pattern, LocalePrefixPattern):
            continue
        here = prefix + _pattern_sample(entry.pattern)
        if isinstance(entry, URLResolver):
            found.extend(staff_paths(entry.url_patterns, here))
        elif isinstance(entry, URLPattern) and is_staff_path(here):
            found.append(here)
    return sorted(set(found))


STAFF_PATHS = staff_paths()


def test_the_enumeration_finds_the_whole_admin():
    assert len(STAFF_PATHS) > 200
    for expected in ("/admin/", "/admin/pages/1/edit/", "/admin/users/", "/admin/two-factor/"):
        assert expected in STAFF_PATHS


@pytest.mark.parametrize("with_device", [True, False], ids=["enrolled", "not-enrolled"])
def test_a_password_only_session_never_gets_a_page_in_the_staff_area(
    client, superuser, with_device
):
    if with_device:
        enrolled_device(superuser)
    password_only_login(client, superuser)
    gate = "/admin/two-factor/verify/" if with_device else "/admin/two-factor/enrol/"
    answered = []
    for staff_path in STAFF_PATHS:
        if is_gate_allowlisted(staff_path):
            continue
        for method in (client.get, client.post):
            response = method(staff_path)
            answered.append((staff_path, response.status_code))
            assert response.status_code != 200, staff_path
            if response.status_code in (401, 403):
                assert response.json()["code"] == "second_factor_required", staff_path
            else:
                assert response.status_code == 302, staff_path
                assert response["Location"].startswith(gate), staff_path
    assert len(answered) > 400


def test_anonymous_visitors_are_sent_to_sign_in_from_every_staff_path(client):
    for staff_path in STAFF_PATHS:
        if is_gate_allowlisted(staff_path):
            continue
        response = client.get(staff_path)
        assert response.status_code in (302, 401), staff_path
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/"), staff_path


def test_the_allowlist_is_only_sign_in_sign_out_reset_and_the_second_factor():
    allowlisted = [p for p in STAFF_PATHS if is_gate_allowlisted(p)]
    for allowed in allowlisted:
        assert allowed.startswith(
            (
                "/admin/login/",
                "/admin/logout/",
                "/admin/password_reset/",
                "/admin/jsi18n/",
                "/admin/sprite/",
                "/admin/two-factor/verify/",
                "/admin/two-factor/enrol/",
            )
        )
    assert "/admin/two-factor/" not in allowlisted
    assert "/admin/two-factor/staff/" not in allowlisted


def test_a_verified_staff_member_reaches_the_admin(client, staff_user):
    staff_login(client, staff_user)
    assert client.get("/admin/").status_code == 200


# --- Views added later are covered without asking ---------------------------


def _ok(request):
    return HttpResponse("secret")


urlpatterns = [
    path("admin/added-later/", _ok),
    path("api/v1/staff/added-later/", _ok),
    *project_urlpatterns,
]


@override_settings(ROOT_URLCONF=__name__)
def test_a_view_added_later_without_any_decorator_is_still_gated(client, staff_user):
    enrolled_device(staff_user)
    password_only_login(client, staff_user)
    response = client.get("/admin/added-later/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/two-factor/verify/?next=%2Fadmin%2Fadded-later%2F"

    api = client.get("/api/v1/staff/added-later/")
    assert api.status_code == 403
    assert api.json()["code"] == "second_factor_required"

    client.logout()
    anonymous = client.get("/api/v1/staff/added-later/")
    assert anonymous.status_code == 401
    assert anonymous.json()["code"] == "not_authenticated"


def test_the_admin_api_answers_json_not_a_redirect(client, staff_user):
    enrolled_device(staff_user)
    password_only_login(client, staff_user)
    response = client.get("/admin/api/main/pages/")
    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"


def test_an_unenrolled_member_of_staff_is_sent_to_set_up_a_second_factor(client, staff_user):
    password_only_login(client, staff_user)
    response = client.get("/admin/pages/")
    assert response["Location"] == "/admin/two-factor/enrol/?next=%2Fadmin%2Fpages%2F"


# --- Outside the staff area -------------------------------------------------


def test_outside_the_staff_area_a_password_only_session_is_not_signed_in(client, staff_user):
    home = Page.objects.get(depth=2, locale__language_code="en")
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    enrolled_device(staff_user)

    password_only_login(client, staff_user)
    response = client.get("/en/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")

    staff_login(client, staff_user)
    assert client.get("/en/").status_code == 200
