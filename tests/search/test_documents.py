"""Which guides become index documents, and what each holds."""

from wagtail.models import PageViewRestriction

from knowledge.models import GlossaryTerm
from search.documents import all_documents, documents_for_groups
from tests.knowledge.factories import GuidePageFactory, publish_guide, topic, translate


def test_a_document_per_live_real_language_version(db):
    guide = publish_guide(title="Getting your deposit back", slug="deposits", summary="Ask for it.")
    translate(guide, "pl", title="Zwrot kaucji", summary="Poproś o zwrot.")
    documents = {d.language: d for d in documents_for_groups([guide.translation_key])}
    assert set(documents) == {"en", "pl"}  # cy, ar and zh-hant are fallback aliases
    polish = documents["pl"]
    assert polish.title == "Zwrot kaucji"
    assert polish.url == "/pl/housing/deposits/"
    assert polish.topic_code == "housing"
    assert polish.topic_name == "Mieszkanie"
    assert polish.translated_languages == ("en", "pl")


def test_the_body_is_plain_text_with_headings_and_glossary_definitions(db):
    term = GlossaryTerm.objects.create(
        slug="possession-order", term="Possession order", definition="A court order to leave."
    )
    guide = publish_guide(
        title="Eviction",
        slug="eviction",
        body=[
            {"type": "heading", "value": {"heading": "What to do", "level": "h2"}},
            {"type": "text", "value": "<p>Keep <b>every</b> letter.</p>"},
            {"type": "glossary", "value": {"term": term.pk}},
            {"type": "get_help", "value": {"text": "Talk to us"}},
        ],
    )
    (document,) = documents_for_groups([guide.translation_key])
    assert document.body == "What to do Keep every letter. Possession order A court order to leave."


def test_drafts_private_and_unpublished_guides_have_no_documents(db):
    parent = topic()
    draft = GuidePageFactory.build(title="Draft", slug="draft", live=False)
    parent.add_child(instance=draft)
    private = publish_guide(title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    withdrawn = publish_guide(title="Withdrawn", slug="withdrawn")
    withdrawn.unpublish()
    public = publish_guide(title="Public", slug="public")
    assert [d.title for d in all_documents()] == [public.title]
