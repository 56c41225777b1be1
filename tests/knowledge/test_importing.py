import copy

import pytest
from wagtail.models import Page, Revision

from knowledge.models import GuidePage, TopicPage
from knowledge.services.importing import GuideImportError, import_guides

from .factories import GlossaryTermFactory

FILE = {
    "guides": [
        {
            "key": "section-21-notice",
            "topic": "housing",
            "jurisdictions": ["england"],
            "last_reviewed": "2026-09-01",
            "review_due": "2027-03-01",
            "translations": {
                "en": {
                    "title": "Section 21 notices",
                    "summary": "What a no-fault notice means now.",
                    "body": "## What changed\n\nSection 21 was abolished.\n\n::: glossary possession-order\n:::",
                },
                "pl": {
                    "title": "Wypowiedzenie z sekcji 21",
                    "slug": "wypowiedzenie-sekcja-21",
                    "summary": "Co oznacza wypowiedzenie.",
                    "body": "## Co się zmieniło\n\nSekcja 21 została zniesiona.",
                },
            },
        },
        {
            "key": "faulty-goods",
            "topic": "consumer",
            "translations": {
                "en": {
                    "title": "Faulty goods",
                    "summary": "Your rights.",
                    "body": "You can reject it.",
                }
            },
        },
    ]
}


@pytest.fixture
def glossary(db):
    return GlossaryTermFactory(slug="possession-order", term="Possession order")


def test_import_creates_guides_topics_and_translations(glossary):
    counts = import_guides(copy.deepcopy(FILE))

    assert counts.guides_created == 2
    assert counts.translations_created == 1
    assert counts.topics_created == 2
    guide = GuidePage.objects.get(key="section-21-notice", locale__language_code="en")
    assert guide.live
    assert guide.url_path.endswith("/housing/section-21-notice/")
    assert guide.jurisdictions == ["england"]
    assert str(guide.review_due) == "2027-03-01"
    assert [b.block_type for b in guide.body] == ["heading", "text", "glossary"]
    polish = GuidePage.objects.get(
        translation_key=guide.translation_key, locale__language_code="pl"
    )
    assert polish.alias_of_id is None
    assert polish.live
    assert polish.title == "Wypowiedzenie z sekcji 21"
    assert polish.slug == "wypowiedzenie-sekcja-21"
    # Languages not in the file fall back: an alias of the English guide.
    welsh = GuidePage.objects.get(translation_key=guide.translation_key, locale__language_code="cy")
    assert welsh.alias_of_id == guide.pk
    # The Polish topic page is a real translation with the area's Polish name.
    assert (
        TopicPage.objects.get(locale__language_code="pl", area_of_law__code="housing").title
        == "Mieszkanie"
    )


def test_importing_the_same_file_twice_changes_nothing(glossary):
    import_guides(copy.deepcopy(FILE))
    pages, revisions = Page.objects.count(), Revision.objects.count()

    counts = import_guides(copy.deepcopy(FILE))

    assert (counts.guides_created, counts.guides_updated, counts.guides_unchanged) == (0, 0, 2)
    assert (counts.translations_created, counts.translations_updated) == (0, 0)
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions


def test_changed_entries_are_updated_and_republished(glossary):
    import_guides(copy.deepcopy(FILE))
    changed = copy.deepcopy(FILE)
    changed["guides"][1]["translations"]["en"]["summary"] = "New summary."

    counts = import_guides(changed)

    assert counts.guides_updated == 1
    assert counts.guides_unchanged == 1
    assert (
        GuidePage.objects.get(key="faulty-goods", locale__language_code="en").summary
        == "New summary."
    )


def test_a_translation_is_added_to_an_existing_guide_by_replacing_its_alias(glossary):
    import_guides(copy.deepcopy(FILE))
    with_welsh = copy.deepcopy(FILE)
    with_welsh["guides"][1]["translations"]["cy"] = {
        "title": "Nwyddau diffygiol",
        "summary": "Eich hawliau.",
        "body": "Gallwch ei wrthod.",
    }

    counts = import_guides(with_welsh)

    assert counts.translations_created == 1
    source = GuidePage.objects.get(key="faulty-goods", locale__language_code="en")
    welsh = GuidePage.objects.get(
        translation_key=source.translation_key, locale__language_code="cy"
    )
    assert welsh.alias_of_id is None
    assert welsh.title == "Nwyddau diffygiol"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("guides"), '"guides" list'),
        (lambda d: d["guides"][1].update(key="Bad Key"), 'Guide 2: "key"'),
        (
            lambda d: d["guides"][1].update(topic="astrology"),
            r"Guide 2 \(faulty-goods\): unknown topic",
        ),
        (lambda d: d["guides"][1]["translations"].pop("en"), "must include the default language"),
        (lambda d: d["guides"][1]["translations"].update(xx={}), "language 'xx' is not configured"),
        (lambda d: d["guides"][1]["translations"]["en"].update(title=""), '"title" is missing'),
        (lambda d: d["guides"][1].update(jurisdictions=["mars"]), '"jurisdictions"'),
        (lambda d: d["guides"][1].update(review_due="next year"), '"review_due" must be a date'),
        (
            lambda d: d["guides"][1]["translations"]["en"].update(body="::: steps\n1. x"),
            "never closed",
        ),
        (lambda d: d["guides"].append(copy.deepcopy(d["guides"][1])), "appears more than once"),
    ],
)
def test_a_malformed_file_is_refused_whole_naming_the_problem(glossary, mutate, message):
    data = copy.deepcopy(FILE)
    mutate(data)
    pages = Page.objects.count()

    with pytest.raises(GuideImportError, match=message):
        import_guides(data)

    # Nothing half-imported: the valid first guide was not written either.
    assert Page.objects.count() == pages
    assert not GuidePage.objects.filter(key="section-21-notice").exists()


def test_an_unknown_glossary_term_is_an_error_naming_the_entry_and_language(db):
    with pytest.raises(GuideImportError, match=r"section-21-notice\) \[en\].*possession-order"):
        import_guides(copy.deepcopy(FILE))


def test_a_guide_moves_with_its_translations_when_its_topic_changes(glossary):
    import_guides(copy.deepcopy(FILE))
    moved = copy.deepcopy(FILE)
    moved["guides"][0]["topic"] = "consumer"

    import_guides(moved)

    versions = GuidePage.objects.filter(key="section-21-notice") | GuidePage.objects.filter(
        translation_key=GuidePage.objects.get(
            key="section-21-notice", locale__language_code="en"
        ).translation_key
    )
    for version in versions:
        assert version.get_parent().specific.area_of_law.code == "consumer"
