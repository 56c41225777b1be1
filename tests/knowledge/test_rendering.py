"""The guide body fragment cache is never stale."""

import pytest

from .factories import GlossaryTermFactory, publish_guide


@pytest.fixture
def guide(db):
    term = GlossaryTermFactory(
        slug="possession-order", term="Possession order", definition="Old words."
    )
    body = [
        {"type": "text", "value": "<p>Original text.</p>"},
        {"type": "glossary", "value": {"term": term.pk}},
    ]
    return publish_guide(slug="deposits", body=body), term


def test_a_republished_body_is_shown_at_once(client, guide):
    page, _term = guide
    assert "Original text." in client.get("/en/housing/deposits/?a=1").content.decode()
    page.body = [{"type": "text", "value": "<p>Corrected text.</p>"}]
    page.save_revision().publish()
    html = client.get("/en/housing/deposits/?a=2").content.decode()
    assert "Corrected text." in html and "Original text." not in html


def test_a_changed_glossary_definition_is_shown_at_once(client, guide):
    _page, term = guide
    assert "Old words." in client.get("/en/housing/deposits/").content.decode()
    term.definition = "New words."
    term.save()
    assert "New words." in client.get("/en/housing/deposits/").content.decode()


def test_block_labels_follow_the_interface_language(client, guide):
    english = client.get("/en/housing/deposits/").content.decode()
    welsh = client.get("/cy/housing/deposits/").content.decode()
    assert 'lang="en"' in english and 'lang="cy"' in welsh


def test_the_fragment_cache_can_be_turned_off(client, guide, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert "Original text." in client.get("/en/housing/deposits/").content.decode()
