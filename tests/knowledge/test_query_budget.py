"""An uncached guide page renders in a fixed, small number of queries."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .factories import GlossaryTermFactory, publish_guide, translate

QUERY_BUDGET = 8


def uncached_queries(client, url) -> int:
    cache.clear()  # every cache cold (pages, fragments, site, restrictions): the worst case
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def body_with_glossary(term):
    return [
        {"type": "heading", "value": {"heading": "Words", "level": "h2"}},
        {"type": "glossary", "value": {"term": term.pk}},
        {"type": "text", "value": "<p>Text.</p>"},
    ]


def test_a_guide_page_stays_within_the_query_budget_and_does_not_grow(client, db):
    term = GlossaryTermFactory()
    guide = publish_guide(slug="first", body=body_with_glossary(term))
    translate(guide, "pl", title="Pierwszy", summary="Po polsku.")
    client.get("/en/")  # content types and site root paths, cached per process as in production
    small = uncached_queries(client, "/en/housing/first/")
    fallback_small = uncached_queries(client, "/cy/housing/first/")

    for number in range(15):
        publish_guide(slug=f"guide-{number}", body=body_with_glossary(term))

    large = uncached_queries(client, "/en/housing/first/")
    fallback_large = uncached_queries(client, "/cy/housing/first/")
    assert small <= QUERY_BUDGET
    assert fallback_small <= QUERY_BUDGET
    assert large == small
    assert fallback_large == fallback_small


def test_topic_and_home_pages_do_not_grow_with_the_number_of_guides(client, db):
    publish_guide(slug="one")
    client.get("/en/")
    topic_small, home_small = (
        uncached_queries(client, "/en/housing/"),
        uncached_queries(client, "/en/"),
    )
    for number in range(10):
        publish_guide(slug=f"more-{number}")
    assert uncached_queries(client, "/en/housing/") == topic_small <= QUERY_BUDGET
    assert uncached_queries(client, "/en/") == home_small <= QUERY_BUDGET
