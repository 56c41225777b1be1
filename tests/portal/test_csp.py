"""Content Security Policy: strict on public pages, looser (still enforced) in the admin."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.test.utils import override_settings

from knowledge import page_cache
from tests.knowledge.factories import publish_guide
from tests.support.staff import staff_login

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_public_pages_get_the_strict_policy(client):
    policy = directives(client.get("/en/"))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no template asked for a nonce
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in str(policy) and "'unsafe-eval'" not in str(policy)


def test_public_templates_have_no_inline_script_or_style(client):
    guide = publish_guide(title="Deposits", slug="deposits")
    for url in ("/en/", guide.url, "/en/search/?q=deposit"):
        page = client.get(url).content.decode()
        assert "<script>" not in page and "<script " not in page.replace("<script src=", "")
        assert " style=" not in page and "<style" not in page


def test_a_page_that_uses_a_nonce_carries_it_in_the_header():
    from portal.csp import ContentSecurityPolicyMiddleware

    request = RequestFactory().get("/en/")

    def view(request):
        from django.http import HttpResponse

        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    response = ContentSecurityPolicyMiddleware(view)(request)
    nonce = response.content.decode().split('nonce="')[1].split('"')[0]
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


def test_a_cached_page_never_carries_a_stale_nonce(client):
    guide = publish_guide(title="Deposits", slug="deposits")
    first = client.get(guide.url)
    second = client.get(guide.url)
    assert second["X-Page-Cache"] == "hit"
    assert "nonce" not in second["Content-Security-Policy"]
    assert "nonce=" not in second.content.decode()
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]


def test_the_page_cache_refuses_a_response_rendered_with_a_nonce(client):
    request = RequestFactory().get("/en/nonce-page/")
    request._csp_nonce = "abc"  # a template read request.csp_nonce
    from django.http import HttpResponse

    page_cache.put(request, "en", HttpResponse('<script nonce="abc"></script>'))
    assert page_cache.get(request, "en") is None


def test_the_admin_gets_its_own_enforced_policy(client, staff_user):
    staff_login(client, staff_user)
    response = client.get("/admin/")
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "Content-Security-Policy-Report-Only" not in response
    login = directives(client.get("/admin/login/"))
    assert "'unsafe-inline'" in login["script-src"]


@override_settings(STAFF_PATH_PREFIXES=["/admin/"])
def test_the_staff_policy_follows_the_staff_prefixes(client):
    assert "'unsafe-inline'" not in client.get("/api/v1/openapi.json")["Content-Security-Policy"]
