"""Anonymous pages are cached per language and invalidated when content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import publish_guide, topic, translate


@pytest.fixture
def guide(db):
    return publish_guide(title="Deposits", slug="deposits")


def get(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def test_a_cache_hit_makes_no_sql_query(client, guide):
    first, _ = get(client, "/en/housing/deposits/")
    second, queries = get(client, "/en/housing/deposits/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert queries == 0
    assert second.content == first.content


def test_each_language_is_cached_separately(client, guide):
    get(client, "/en/housing/deposits/")
    response, _ = get(client, "/pl/housing/deposits/")
    assert response["X-Page-Cache"] == "miss"
    assert '<html lang="pl"' in response.content.decode()


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_publishing_invalidates_every_language_that_shows_the_page(client, guide, language):
    get(client, f"/{language}/housing/deposits/")
    guide.title = "Deposits, updated"
    guide.draft_title = guide.title
    guide.save_revision().publish()

    response, _ = get(client, f"/{language}/housing/deposits/")
    assert response["X-Page-Cache"] == "miss"
    assert "Deposits, updated" in response.content.decode()


def test_unpublishing_invalidates(client, guide):
    get(client, "/en/housing/")
    guide.unpublish()
    response, _ = get(client, "/en/housing/")
    assert "Deposits" not in response.content.decode()


def test_moving_invalidates(client, guide):
    get(client, "/en/housing/deposits/")
    guide.move(topic("consumer"), pos="last-child")
    old = client.get("/en/housing/deposits/")
    assert old.status_code == 301  # Wagtail's redirects app keeps old links working
    assert old["Location"] == "/en/consumer/deposits/"
    assert client.get("/en/consumer/deposits/").status_code == 200


def test_deleting_invalidates(client, guide):
    get(client, "/en/housing/deposits/")
    guide.delete()
    assert client.get("/en/housing/deposits/").status_code == 404


def test_a_translation_being_published_refreshes_the_fallback(client, guide):
    get(client, "/pl/housing/deposits/")
    translate(guide, "pl", title="Kaucje", summary="Po polsku.")
    assert "Kaucje" in client.get("/pl/housing/deposits/").content.decode()


def test_requests_with_a_session_or_a_query_string_are_not_served_from_cache(client, guide):
    get(client, "/en/housing/deposits/")
    client.cookies["sessionid"] = "x"
    response, _ = get(client, "/en/housing/deposits/")
    assert response.get("X-Page-Cache") != "hit"
    del client.cookies["sessionid"]
    response, _ = get(client, "/en/housing/deposits/?utm=1")
    assert "X-Page-Cache" not in response


class BrokenCache:
    def __getattr__(self, name):
        def broken(*args, **kwargs):
            raise ConnectionError("cache down")

        return broken


def test_a_broken_page_cache_does_not_break_reading_or_publishing(client, guide, monkeypatch):
    monkeypatch.setattr("knowledge.page_cache.cache", BrokenCache())
    response = client.get("/en/housing/deposits/")
    assert response.status_code == 200
    guide.save_revision().publish()
