"""The HTML search page: /<lang>/search/?q=&topic=&page="""

import re

import pytest
from django.conf import settings
from django.utils import translation

from search import indexing
from search.models import QueryLog
from tests.knowledge.factories import publish_guide, topic, translate

from .selection import rolled_back


def html(response):
    return response.content.decode()


@pytest.fixture(scope="module")
def guides(django_db_setup, django_db_blocker):
    # Factories name topics in the active language: build them in English.
    with rolled_back(django_db_blocker):
        with translation.override("en"):
            _build_guides()
        yield


def _build_guides():
    deposits = publish_guide(
        title="Getting your deposit back",
        slug="deposits",
        summary="Your landlord must protect your deposit.",
    )
    translate(deposits, "pl", title="Zwrot kaucji", summary="Wynajmujący musi chronić kaucję.")
    for n in range(12):
        publish_guide(title=f"Landlord guide {n}", slug=f"landlord-{n}", summary="About landlords.")
    publish_guide(parent=topic("debt"), title="Bailiffs and landlords", slug="bailiffs")
    indexing.rebuild()


pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_search_page_exists_in_every_language_and_is_not_indexed(client, db, language):
    response = client.get(f"/{language}/search/")
    assert response.status_code == 200
    page = html(response)
    assert f'<html lang="{language}"' in page
    assert '<meta name="robots" content="noindex, follow">' in page
    assert response["X-Robots-Tag"] == "noindex"


def test_results_show_the_count_highlighted_snippets_and_keep_the_query_in_the_box(client, guides):
    page = html(client.get("/en/search/", {"q": "deposit"}))
    assert "1 guide found" in page
    assert '<a href="/en/housing/deposits/">Getting your deposit back</a>' in page
    assert "<mark>deposit</mark>" in page
    assert 'name="q" type="search" value="deposit"' in page


def test_the_query_is_escaped_wherever_it_is_shown(client, guides):
    attack = '"><script>alert(1)</script>'
    page = html(client.get("/en/search/", {"q": attack}))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_topic_facets_are_plain_links_with_counts(client, guides):
    page = html(client.get("/en/search/", {"q": "landlord"}))
    assert '<a href="?q=landlord" aria-current="true">All topics (14)</a>' in page
    assert '<a href="?q=landlord&amp;topic=housing">Housing (13)</a>' in page
    assert '<a href="?q=landlord&amp;topic=debt">Debt (1)</a>' in page
    filtered = html(client.get("/en/search/", {"q": "landlord", "topic": "debt"}))
    assert "1 guide found" in filtered
    assert '<a href="?q=landlord&amp;topic=debt" aria-current="true">Debt (1)</a>' in filtered


def test_results_are_paged_with_links(client, guides):
    first = html(client.get("/en/search/", {"q": "landlord"}))
    assert '<a rel="next" href="?q=landlord&amp;page=2">' in first
    assert 'aria-current="page"' in first
    second = html(client.get("/en/search/", {"q": "landlord", "page": "2"}))
    assert '<a rel="prev" href="?q=landlord">' in second
    assert '<ol class="search-results" start="11">' in second


def test_untranslated_guides_are_marked_and_listed_after_native_results(client, guides):
    page = html(client.get("/pl/search/", {"q": "deposit"}))
    # The Polish translation mentions "(deposit)" nowhere, so only fallbacks match in English.
    polish = html(client.get("/pl/search/", {"q": "kaucja"}))
    assert "Zwrot kaucji" in polish
    landlords = html(client.get("/pl/search/", {"q": "landlord"}))
    assert "search-results__group" in landlords
    assert re.search(
        r'<a href="/pl/housing/landlord-0/" lang="en" dir="ltr">Landlord guide 0</a>', landlords
    )
    assert 'class="search-result__language"' in landlords
    assert page  # the page renders whatever matched


def test_a_misspelt_query_shows_results_for_the_correction(client, guides):
    page = html(client.get("/en/search/", {"q": "landlrd guide"}))
    assert "these are the results for “landlord guide”" in page
    assert "Landlord guide 0" in page


def test_a_partly_misspelt_query_offers_a_did_you_mean_link(client, guides):
    page = html(client.get("/en/search/", {"q": "landlrd deposit xyzzy"}))
    assert 'Did you mean <a href="?q=landlord+deposit+xyzzy">landlord deposit xyzzy</a>?' in page
    assert "Getting your deposit back" in page


def test_no_results_suggests_topics_and_the_get_help_link(client, guides):
    page = html(client.get("/en/search/", {"q": "zzzzqqq"}))
    assert "No guides matched your search" in page
    assert '<a class="card__link" href="/en/housing/">Housing</a>' in page
    assert 'href="/en/get-help/"' in page


def test_bad_parameters_never_break_the_page(client, guides):
    for params in (
        {"q": "x" * 10_000},
        {"q": "deposit", "page": "abc"},
        {"q": "deposit", "page": "-5"},
        {"q": "deposit", "page": "99999999999999999999"},
        {"q": "deposit", "topic": "<b>nope</b>"},
        {"q": "\x00"},
    ):
        assert client.get("/en/search/", params).status_code == 200


def test_searches_are_logged_without_personal_data(client, guides):
    client.get("/en/search/", {"q": "deposit me@example.com"})
    client.get(
        "/en/search/", {"q": "deposit me@example.com", "page": "2"}
    )  # paging is not a new search
    log = QueryLog.objects.get()
    assert (log.query, log.searches, log.language) == ("deposit [email]", 1, "en")


def test_autocomplete_is_loaded_as_a_deferred_script_and_the_form_works_without_it(client, db):
    page = html(client.get("/en/search/"))
    assert re.search(r'<script src="/static/js/autocomplete\.js" defer></script>', page)
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)  # no inline scripts
    assert '<form class="search-form" role="search" method="get" action="/en/search/"' in page
    assert 'data-autocomplete-url="/api/v1/autocomplete/"' in page


def test_a_long_query_is_capped_where_it_is_searched_shown_and_logged(client, guides):
    from search.query import MAX_QUERY_LENGTH

    response = client.get("/en/search/", {"q": "deposit " + "y" * 5000})
    assert response.status_code == 200
    shown = re.findall(r'name="q" type="search" value="([^"]*)"', response.content.decode())
    assert shown and all(len(value) <= MAX_QUERY_LENGTH for value in shown)
    assert shown[0].startswith("deposit yyy")
    assert len(QueryLog.objects.get().query) <= MAX_QUERY_LENGTH
