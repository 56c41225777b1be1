import pytest
from wagtail.models import PageViewRestriction

from .factories import publish_guide, translate


@pytest.fixture
def guide(db):
    guide = publish_guide(title="Deposits", slug="deposits")
    translate(guide, "pl", title="Kaucje", summary="Po polsku.")
    return guide


@pytest.mark.parametrize("prefix", ["/api/v2", "/api/v1"])
def test_guides_are_listed_per_language(client, guide, prefix):
    english = client.get(f"{prefix}/guides/?locale=en").json()
    polish = client.get(f"{prefix}/guides/?locale=pl&fields=content_language").json()
    welsh = client.get(f"{prefix}/guides/?locale=cy&fields=content_language").json()
    assert [item["title"] for item in english["items"]] == ["Deposits"]
    assert polish["items"][0]["title"] == "Kaucje"
    assert polish["items"][0]["is_fallback"] is False
    assert polish["items"][0]["content_language"] == "pl"
    # An untranslated guide is listed in Welsh as a fallback with English content.
    assert welsh["items"][0]["is_fallback"] is True
    assert welsh["items"][0]["content_language"] == "en"


def test_a_guide_has_a_structured_body_and_links_to_its_translations(client, guide):
    data = client.get(
        f"/api/v2/guides/{guide.pk}/?fields=body,translations,jurisdictions,reading_time"
    ).json()
    assert data["body"][0]["type"] == "heading"
    assert data["body"][0]["value"] == {"heading": "What to do", "level": "h2"}
    assert data["jurisdictions"] == ["england", "wales"]
    assert data["reading_time"] == 1
    locales = {item["locale"]: item for item in data["translations"]}
    assert locales["pl"]["title"] == "Kaucje" and locales["pl"]["is_fallback"] is False
    assert locales["cy"]["is_fallback"] is True
    assert locales["pl"]["url"].endswith("/pl/housing/deposits/")


def test_topics_have_their_area_code(client, guide):
    data = client.get("/api/v1/topics/?locale=pl&fields=area_code").json()
    assert data["items"][0]["area_code"] == "housing"
    assert data["items"][0]["title"] == "Mieszkanie"


def test_drafts_and_private_pages_never_appear(client, guide):
    draft = publish_guide(title="Draft", slug="draft")
    draft.unpublish()
    private = publish_guide(title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    titles = {item["title"] for item in client.get("/api/v2/guides/?limit=100").json()["items"]}
    assert "Draft" not in titles and "Private" not in titles
    assert client.get(f"/api/v2/guides/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v2/guides/{private.pk}/").status_code == 404


def test_translation_of_finds_all_language_versions(client, guide):
    data = client.get(f"/api/v2/guides/?translation_of={guide.pk}&locale=pl").json()
    assert [item["title"] for item in data["items"]] == ["Kaucje"]
