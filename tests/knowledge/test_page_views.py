"""Page reads and moves to Get help are counted in the cache (no SQL on a
cache hit, nothing about the reader) and flushed into PageViewCount."""

import datetime as dt

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from knowledge import page_views
from knowledge.models import PageViewCount
from knowledge.services.page_views import FLUSH_LOCK, page_views_flush

from .factories import publish_guide

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide():
    return publish_guide(
        title="Deposits",
        slug="deposits",
        body=[{"type": "get_help", "value": {"text": "Ask an adviser."}}],
    )


def counter(page, language="en", kind=page_views.VIEW, day=None):
    return cache.get(page_views.counter_key(kind, day or timezone.localdate(), language, page.pk))


def test_a_cache_hit_is_counted_without_any_sql(client, guide):
    client.get("/en/housing/deposits/")
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/en/housing/deposits/")
    assert second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert counter(guide) == 2


def test_each_language_is_counted_on_its_own_page(client, guide):
    client.get("/en/housing/deposits/")
    client.get("/pl/housing/deposits/")
    polish = guide.get_translation(Locale.objects.get(language_code="pl"))
    assert counter(guide) == 1
    assert counter(polish, "pl") == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1)"},
        {"HTTP_USER_AGENT": "curl/8.5.0"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
    ],
)
def test_robots_and_prefetches_are_not_counted(client, guide, headers):
    client.get("/en/housing/deposits/", **headers)
    assert counter(guide) is None


def test_head_requests_and_missing_pages_are_not_counted(client, guide):
    client.head("/en/housing/deposits/")
    client.get("/en/housing/no-such-guide/")
    assert counter(guide) is None
    assert not cache.get(page_views.counter_key("view", timezone.localdate(), "en", 999999))


def test_get_help_links_say_which_page_the_reader_came_from(client, guide):
    page = client.get("/en/housing/deposits/").content.decode()
    assert page.count(f'href="/en/get-help/?from={guide.pk}"') == 3  # body, panel, footer


def make_get_help_request(path, status=200, **headers):
    middleware = page_views.GetHelpSourceMiddleware(lambda request: HttpResponse(status=status))
    request = RequestFactory().get(path, **headers)
    request.LANGUAGE_CODE = path.split("/")[1]
    with CaptureQueriesContext(connection) as queries:
        middleware(request)
    assert len(queries) == 0


def test_arriving_at_get_help_from_a_guide_is_counted(guide):
    make_get_help_request(f"/pl/get-help/?from={guide.pk}")
    make_get_help_request(f"/pl/get-help/?from={guide.pk}")
    assert counter(guide, "pl", page_views.GET_HELP) == 2


@pytest.mark.parametrize(
    "path",
    [
        "/en/get-help/",
        "/en/get-help/?from=abc",
        "/en/get-help/?from=-4",
        "/en/get-help/?from=٣",  # an Arabic-Indic digit
        "/en/get-help/?from=99999999999999",
        "/en/get-help/contact/?from=1",
        "/en/search/?from=1",
    ],
)
def test_other_get_help_requests_are_not_counted(path):
    make_get_help_request(path)
    assert not any(key.startswith(":1:signpost:pv:") for key in cache._cache)


def test_a_get_help_page_that_failed_is_not_counted(guide):
    make_get_help_request(f"/en/get-help/?from={guide.pk}", status=404)
    assert counter(guide, kind=page_views.GET_HELP) is None


def test_flushing_moves_counts_into_the_database_and_keeps_new_reads(guide):
    today = timezone.localdate()
    yesterday = today - dt.timedelta(days=1)
    for _ in range(3):
        page_views.count(kind="view", page_id=guide.pk, language="en")
    page_views.count(kind="view", page_id=guide.pk, language="en", day=yesterday)
    page_views.count(kind="get_help", page_id=guide.pk, language="cy")

    assert page_views_flush() == 5
    rows = set(PageViewCount.objects.values_list("day", "language", "kind", "count"))
    assert rows == {
        (today, "en", "view", 3),
        (yesterday, "en", "view", 1),
        (today, "cy", "get_help", 1),
    }
    assert counter(guide) == 0

    page_views.count(kind="view", page_id=guide.pk, language="en")
    assert page_views_flush() == 1
    assert PageViewCount.objects.get(day=today, language="en", kind="view").count == 4
    assert page_views_flush() == 0


def test_the_flush_command_refuses_to_run_twice_at_once(guide, capsys):
    page_views.count(kind="view", page_id=guide.pk, language="en")
    cache.add(FLUSH_LOCK, 1)
    with pytest.raises(CommandError):
        call_command("flush_page_views")
    cache.delete(FLUSH_LOCK)
    call_command("flush_page_views")
    assert capsys.readouterr().out.strip() == "Page reads and moves to Get help flushed: 1."


def test_a_cache_outage_never_breaks_reading(client, guide, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "incr", broken)
    assert client.get("/en/housing/deposits/").status_code == 200
