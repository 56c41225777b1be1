"""/api/v1/search/ and /api/v1/autocomplete/: the same service as the HTML page."""

import pytest
from django.utils import translation

from knowledge.models import GlossaryTerm
from search import indexing
from tests.knowledge.factories import publish_guide, translate

from .selection import rolled_back

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def guides(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        with translation.override("en"):
            deposits = publish_guide(
                title="Getting your deposit back",
                slug="deposits",
                summary="Your landlord must protect your <deposit>.",
            )
            translate(deposits, "pl", title="Zwrot kaucji", summary="Wynajmujący chroni kaucję.")
            publish_guide(title="Faulty goods", slug="faulty-goods", summary="Refunds.")
            GlossaryTerm.objects.create(
                slug="deposit-protection-scheme",
                term="Deposit protection scheme",
                term_pl="Program ochrony kaucji",
                definition="A government scheme.",
            )
            indexing.rebuild()
        yield


def test_search_returns_hits_with_snippets_facets_and_paging(client):
    response = client.get("/api/v1/search/", {"q": "deposit", "lang": "en"})
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 1 and data["page"] == 1 and data["num_pages"] == 1
    hit = data["hits"][0]
    assert hit["title"] == "Getting your deposit back"
    assert hit["url"] == "http://testserver/en/housing/deposits/"
    assert hit["language"] == "en" and hit["is_fallback"] is False
    assert hit["topic"] == {"code": "housing", "name": "Housing"}
    assert "<mark>deposit</mark>" in hit["snippet"]
    assert "&lt;" in hit["snippet"]  # the guide's own text is escaped
    assert isinstance(hit["score"], float)
    assert data["facets"] == [{"code": "housing", "name": "Housing", "count": 1, "selected": False}]
    assert data["did_you_mean"] is None and data["corrected"] is False


def test_untranslated_guides_come_back_marked_as_fallbacks(client):
    data = client.get("/api/v1/search/", {"q": "refunds", "lang": "pl"}).json()
    hit = data["hits"][0]
    assert (hit["title"], hit["language"], hit["is_fallback"]) == ("Faulty goods", "en", True)
    assert hit["url"] == "http://testserver/pl/housing/faulty-goods/"
    assert data["facets"][0]["name"] == "Mieszkanie"


def test_a_misspelling_is_corrected(client):
    data = client.get("/api/v1/search/", {"q": "depostit", "lang": "en"}).json()
    assert data["did_you_mean"] == "deposit" and data["corrected"] is True
    assert data["total"] == 1


def test_unknown_language_or_topic_is_a_clear_400(client):
    bad_language = client.get("/api/v1/search/", {"q": "deposit", "lang": "fr"})
    assert bad_language.status_code == 400
    assert "Unknown language 'fr'" in bad_language.json()["detail"]
    bad_topic = client.get("/api/v1/search/", {"q": "deposit", "topic": "astrology"})
    assert bad_topic.status_code == 400


def test_the_language_defaults_to_english_and_bad_queries_are_answered(client):
    for q in ("", "x" * 10_000, "' OR 1=1--", "\x00", "😀"):
        response = client.get("/api/v1/search/", {"q": q})
        assert response.status_code == 200
        assert response.json()["language"] == "en"


def test_autocomplete_suggests_titles_and_glossary_terms(client):
    response = client.get("/api/v1/autocomplete/", {"q": "depo", "lang": "en"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=300"
    suggestions = response.json()["suggestions"]
    assert suggestions[0] == {
        "label": "Getting your deposit back",
        "url": "http://testserver/en/housing/deposits/",
        "kind": "guide",
        "language": "en",
    }
    assert {
        "label": "Deposit protection scheme",
        "url": "http://testserver/en/search/?q=Deposit+protection+scheme",
        "kind": "glossary",
        "language": "en",
    } in suggestions


def test_autocomplete_uses_the_readers_language_for_glossary_terms(client):
    suggestions = client.get("/api/v1/autocomplete/", {"q": "progr", "lang": "pl"}).json()[
        "suggestions"
    ]
    assert [s["label"] for s in suggestions] == ["Program ochrony kaucji"]


def test_autocomplete_ignores_a_single_letter(client):
    assert client.get("/api/v1/autocomplete/", {"q": "d"}).json()["suggestions"] == []


def test_both_endpoints_are_in_the_api_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/search/" in schema["paths"]
    assert "/api/v1/autocomplete/" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/api/v1/search/"]["get"]["parameters"]}
    assert parameters == {"q", "lang", "topic", "page"}
