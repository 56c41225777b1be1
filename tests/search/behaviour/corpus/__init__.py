"""A small multilingual set of realistic guides for the search tests, built
through the same import service as `import_guides`, plus pages that must
never be found: a draft, a private guide and an unpublished guide."""

from dataclasses import dataclass

from django.utils import translation
from wagtail.models import PageViewRestriction

from knowledge.services.importing import import_guides
from tests.knowledge.factories import GuidePageFactory, publish_guide, topic

from .family_and_immigration import GUIDES as FAMILY_AND_IMMIGRATION
from .housing import GUIDES as HOUSING
from .work_and_money import GUIDES as WORK_AND_MONEY

GUIDES = HOUSING + WORK_AND_MONEY + FAMILY_AND_IMMIGRATION
# Words that appear only in pages nobody may find.
DRAFT_WORD = "narwhal"
PRIVATE_WORD = "quokka"
UNPUBLISHED_WORD = "axolotl"


@dataclass(frozen=True)
class Corpus:
    backend: str
    guides: dict  # key -> {language: translation}


def build_corpus() -> dict:
    with translation.override("en"):  # factories name topics in the active language
        return _build()


def _build() -> dict:
    import_guides({"guides": GUIDES})
    housing = topic("housing")
    draft = GuidePageFactory.build(
        title=f"Draft guide about {DRAFT_WORD}s",
        slug="draft-guide",
        summary=DRAFT_WORD,
        live=False,
    )
    housing.add_child(instance=draft)
    draft.save_revision()  # never published
    private = publish_guide(
        title=f"Private guide about {PRIVATE_WORD}s", slug="private-guide", summary=PRIVATE_WORD
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    gone = publish_guide(
        title=f"Withdrawn guide about {UNPUBLISHED_WORD}s",
        slug="withdrawn-guide",
        summary=UNPUBLISHED_WORD,
    )
    gone.unpublish()
    return {guide["key"]: guide["translations"] for guide in GUIDES}
