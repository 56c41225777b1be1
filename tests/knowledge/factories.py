"""Factories for knowledge pages: built through the same services as imports,
so aliases in every language tree exist as they would in production."""

import factory
import wagtail_factories
from django.conf import settings
from wagtail.models import Locale

from knowledge.models import AreaOfLaw, GlossaryTerm, GuidePage, HomePage, TopicPage
from knowledge.services.importing import ensure_topic_translation, sync_aliases


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"term-{n}")
    term = factory.Sequence(lambda n: f"Term {n}")
    definition = "A plain explanation."


def home(language=None) -> HomePage:
    language = language or settings.LANGUAGE_CODE
    return HomePage.objects.get(locale__language_code=language, depth=2)


class TopicPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TopicPage

    title = factory.LazyAttribute(lambda o: o.area_of_law.name)
    slug = factory.LazyAttribute(lambda o: o.area_of_law.code)
    area_of_law = factory.LazyFunction(lambda: AreaOfLaw.objects.get(code="housing"))
    intro = "Problems with where you live."
    parent = factory.LazyFunction(home)


def simple_body(text="Keep every letter your landlord sends you."):
    return [
        {"type": "heading", "value": {"heading": "What to do", "level": "h2"}},
        {"type": "text", "value": f"<p>{text}</p>"},
    ]


class GuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuidePage

    title = factory.Sequence(lambda n: f"Guide {n}")
    summary = "Who this is for and what to do first."
    body = factory.LazyFunction(simple_body)
    jurisdictions = factory.LazyFunction(lambda: ["england", "wales"])


def topic(code="housing") -> TopicPage:
    existing = TopicPage.objects.filter(
        area_of_law__code=code, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if existing:
        return existing
    page = TopicPageFactory(area_of_law=AreaOfLaw.objects.get(code=code))
    page.save_revision().publish()
    sync_aliases(page)
    return page


def publish_guide(parent=None, **kwargs) -> GuidePage:
    """A live default-language guide with fallback aliases in every other language."""
    parent = parent or topic()
    guide = GuidePageFactory(parent=parent, **kwargs)
    guide.save_revision().publish()
    sync_aliases(guide)
    return guide


def translate(page, language, **fields):
    """Publish a real translation of page into language (replacing its alias)."""
    from wagtail.actions.convert_alias import ConvertAliasPageAction

    locale = Locale.objects.get(language_code=language)
    parent = page.get_parent().specific
    if isinstance(parent, TopicPage):
        ensure_topic_translation(parent, locale)
    version = page.get_translation_or_none(locale)
    if version is None:
        version = page.copy_for_translation(locale, copy_parents=True)
    elif version.alias_of_id:
        ConvertAliasPageAction(version.specific).execute(skip_permission_checks=True)
    version = type(page).objects.get(pk=version.pk)
    for name, value in fields.items():
        setattr(version, name, value)
    if "title" in fields:
        version.draft_title = fields["title"]
    version.save_revision().publish()
    return type(page).objects.get(pk=version.pk)
