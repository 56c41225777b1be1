"""Bulk import of guides and their translations (docs/guide-format.md).

The whole file is validated, and every body converted, before anything is
written; the writes happen in one transaction. Importing the same file twice
changes nothing: pages are matched by key and only saved when their content
differs.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale

from ..models import JURISDICTION_CODES, AreaOfLaw, GlossaryTerm, GuidePage, HomePage, TopicPage
from .guide_markdown import GuideFormatError, markdown_to_stream

KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DEFAULT_JURISDICTIONS = ["england", "wales"]


class GuideImportError(ValueError):
    """The file cannot be imported; nothing was written. The message says why."""


@dataclass
class ImportCounts:
    guides_created: int = 0
    guides_updated: int = 0
    guides_unchanged: int = 0
    translations_created: int = 0
    translations_updated: int = 0
    translations_unchanged: int = 0
    topics_created: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)

    def __add__(self, other: ImportCounts) -> ImportCounts:
        return ImportCounts(**{k: v + getattr(other, k) for k, v in self.__dict__.items()})


@dataclass
class TranslationEntry:
    language: str
    title: str
    slug: str
    summary: str
    body: list[dict]


@dataclass
class GuideEntry:
    key: str
    area: AreaOfLaw
    jurisdictions: list[str]
    last_reviewed: datetime.date | None
    review_due: datetime.date | None
    sensitive: bool
    translations: dict[str, TranslationEntry] = field(default_factory=dict)

    @property
    def source(self) -> TranslationEntry:
        return self.translations[settings.LANGUAGE_CODE]


# --- Validation -------------------------------------------------------------


def parse_guides(data) -> list[GuideEntry]:
    """Check the whole file and return the entries, or raise GuideImportError."""
    if not isinstance(data, dict) or not isinstance(data.get("guides"), list):
        raise GuideImportError('The file must be a JSON object with a "guides" list.')
    areas = {area.code: area for area in AreaOfLaw.objects.all()}
    glossary_ids = dict(GlossaryTerm.objects.values_list("slug", "pk"))
    languages = {code for code, _name in settings.LANGUAGES}
    entries: list[GuideEntry] = []
    seen: set[str] = set()
    for index, raw in enumerate(data["guides"], start=1):
        where = f"Guide {index}"
        if not isinstance(raw, dict):
            raise GuideImportError(f"{where}: each guide must be a JSON object.")
        key = raw.get("key")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            raise GuideImportError(
                f'{where}: "key" must be lower-case letters, digits and hyphens (got {key!r}).'
            )
        where = f"Guide {index} ({key})"
        if key in seen:
            raise GuideImportError(f"{where}: the key appears more than once in the file.")
        seen.add(key)
        area = areas.get(raw.get("topic"))
        if area is None:
            raise GuideImportError(
                f"{where}: unknown topic {raw.get('topic')!r}; use one of: {', '.join(sorted(areas))}."
            )
        jurisdictions = raw.get("jurisdictions", DEFAULT_JURISDICTIONS)
        if (
            not isinstance(jurisdictions, list)
            or not jurisdictions
            or any(code not in JURISDICTION_CODES for code in jurisdictions)
        ):
            raise GuideImportError(
                f'{where}: "jurisdictions" must be a non-empty list of: {", ".join(JURISDICTION_CODES)}.'
            )
        sensitive = raw.get("sensitive", False)
        if not isinstance(sensitive, bool):
            raise GuideImportError(f'{where}: "sensitive" must be true or false.')
        entry = GuideEntry(
            key=key,
            area=area,
            jurisdictions=list(dict.fromkeys(jurisdictions)),
            last_reviewed=_date(raw, "last_reviewed", where),
            review_due=_date(raw, "review_due", where),
            sensitive=sensitive,
        )
        translations = raw.get("translations")
        if not isinstance(translations, dict) or settings.LANGUAGE_CODE not in translations:
            raise GuideImportError(
                f'{where}: "translations" must include the default language "{settings.LANGUAGE_CODE}".'
            )
        source_slug = None
        for language in [settings.LANGUAGE_CODE] + sorted(
            set(translations) - {settings.LANGUAGE_CODE}
        ):
            if language not in languages:
                raise GuideImportError(
                    f"{where}: language {language!r} is not configured "
                    f"(configured: {', '.join(sorted(languages))})."
                )
            translation = _translation(
                translations[language],
                language,
                f"{where} [{language}]",
                glossary_ids,
                source_slug or key,
            )
            source_slug = source_slug or translation.slug
            entry.translations[language] = translation
        entries.append(entry)
    return entries


def _date(raw: dict, name: str, where: str) -> datetime.date | None:
    value = raw.get(name)
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise GuideImportError(
            f'{where}: "{name}" must be a date like 2026-03-31 (got {value!r}).'
        ) from None


def _translation(raw, language, where, glossary_ids, source_slug) -> TranslationEntry:
    if not isinstance(raw, dict):
        raise GuideImportError(f"{where}: each translation must be a JSON object.")
    values = {}
    for name, limit in (("title", 255), ("summary", 2000), ("body", 200_000)):
        value = raw.get(name)
        if not isinstance(value, str) or not value.strip():
            raise GuideImportError(f'{where}: "{name}" is missing or empty.')
        if len(value) > limit:
            raise GuideImportError(f'{where}: "{name}" is longer than {limit} characters.')
        values[name] = value.strip()
    slug = raw.get("slug") or source_slug
    if not isinstance(slug, str) or slugify(slug, allow_unicode=True) != slug or len(slug) > 255:
        raise GuideImportError(f'{where}: "slug" must be a URL slug (got {slug!r}).')
    try:
        body = markdown_to_stream(values["body"], glossary_ids=glossary_ids)
    except GuideFormatError as error:
        raise GuideImportError(f"{where}: body: {error}") from None
    return TranslationEntry(language, values["title"], slug, values["summary"], body)


# --- Writing ----------------------------------------------------------------


def import_guides(data, *, user=None) -> ImportCounts:
    """Create or update guides and their translations; publish what changed."""
    entries = parse_guides(data)
    counts = ImportCounts()
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        raise GuideImportError("There is no home page in the default language to import under.")
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    with transaction.atomic():
        for entry in entries:
            topic = _source_topic(entry.area, home, counts, user)
            guide = _upsert_source(entry, topic, counts, user)
            for language, translation in entry.translations.items():
                if language == settings.LANGUAGE_CODE:
                    continue
                locale = locales.get(language)
                if locale is None:
                    raise GuideImportError(
                        f"Guide {entry.key}: no locale for {language!r}; run migrate."
                    )
                ensure_topic_translation(topic, locale, user=user)
                _upsert_translation(entry, guide, translation, locale, counts, user)
    return counts


def sync_aliases(page) -> None:
    """Give a new default-language page an alias in every other language tree,
    as the admin does with WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE."""
    for locale in Locale.objects.exclude(pk=page.locale_id):
        if not page.has_translation(locale):
            page.copy_for_translation(locale, copy_parents=True, alias=True)


def _source_topic(area: AreaOfLaw, home: HomePage, counts: ImportCounts, user) -> TopicPage:
    topic = TopicPage.objects.filter(area_of_law=area, locale=home.locale).first()
    if topic is not None:
        return topic
    topic = TopicPage(
        title=_localized(area, "name", settings.LANGUAGE_CODE),
        slug=area.code,
        area_of_law=area,
        intro=_localized(area, "description", settings.LANGUAGE_CODE),
        sensitive=area.code == "abuse",
    )
    home.add_child(instance=topic)
    topic.save_revision(user=user).publish(user=user)
    sync_aliases(topic)
    counts.topics_created += 1
    return topic


def ensure_topic_translation(topic: TopicPage, locale: Locale, *, user=None) -> TopicPage:
    """A real (not alias) topic page in locale, titled from the area's translated name."""
    version = topic.get_translation_or_none(locale)
    if version is not None and version.alias_of_id is None:
        return version.specific
    if version is None:
        version = topic.copy_for_translation(locale, copy_parents=True)
    else:
        ConvertAliasPageAction(version.specific, user=user).execute(skip_permission_checks=True)
    version = TopicPage.objects.get(pk=version.pk)
    version.title = _localized(topic.area_of_law, "name", locale.language_code) or topic.title
    version.draft_title = version.title
    version.intro = (
        _localized(topic.area_of_law, "description", locale.language_code) or topic.intro
    )
    version.save_revision(user=user).publish(user=user)
    return version


def _localized(instance, field_name: str, language: str) -> str:
    return getattr(instance, build_localized_fieldname(field_name, language), "") or ""


def _upsert_source(entry: GuideEntry, topic: TopicPage, counts: ImportCounts, user) -> GuidePage:
    guide = GuidePage.objects.filter(key=entry.key, locale=topic.locale).first()
    if guide is None:
        _check_slug_free(topic, entry.source.slug, entry.key)
        guide = GuidePage(key=entry.key)
        _apply(guide, entry, entry.source)
        topic.add_child(instance=guide)
        guide.save_revision(user=user).publish(user=user)
        sync_aliases(guide)
        counts.guides_created += 1
        return guide
    if guide.get_parent().pk != topic.pk:
        _move_with_translations(guide, topic)
        guide = GuidePage.objects.get(pk=guide.pk)
    if _content(guide) == _wanted(entry, entry.source):
        counts.guides_unchanged += 1
        return guide
    _check_slug_free(topic, entry.source.slug, entry.key, exclude=guide.pk)
    _apply(guide, entry, entry.source)
    guide.save_revision(user=user).publish(user=user)
    counts.guides_updated += 1
    return guide


def _upsert_translation(entry, guide, translation, locale, counts, user) -> None:
    version = guide.get_translation_or_none(locale)
    if version is not None and version.alias_of_id is None:
        version = GuidePage.objects.get(pk=version.pk)
        if _content(version) == _wanted(entry, translation):
            counts.translations_unchanged += 1
            return
        counts.translations_updated += 1
    else:
        if version is None:
            version = guide.copy_for_translation(locale, copy_parents=True)
        else:
            ConvertAliasPageAction(version.specific, user=user).execute(skip_permission_checks=True)
        version = GuidePage.objects.get(pk=version.pk)
        counts.translations_created += 1
    _check_slug_free(version.get_parent(), translation.slug, entry.key, exclude=version.pk)
    _apply(version, entry, translation)
    version.save_revision(user=user).publish(user=user)


def _apply(page: GuidePage, entry: GuideEntry, translation: TranslationEntry) -> None:
    page.title = translation.title
    page.draft_title = translation.title
    page.slug = translation.slug
    page.summary = translation.summary
    page.body = translation.body
    page.jurisdictions = entry.jurisdictions
    page.last_reviewed = entry.last_reviewed
    page.review_due = entry.review_due
    page.sensitive = entry.sensitive


def _wanted(entry: GuideEntry, translation: TranslationEntry) -> dict:
    return {
        "title": translation.title,
        "slug": translation.slug,
        "summary": translation.summary,
        "body": _normalise(translation.body),
        "jurisdictions": entry.jurisdictions,
        "last_reviewed": entry.last_reviewed,
        "review_due": entry.review_due,
        "sensitive": entry.sensitive,
        "live": True,
    }


def _content(page: GuidePage) -> dict:
    return {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": _normalise(list(page.body.raw_data)),
        "jurisdictions": list(page.jurisdictions or []),
        "last_reviewed": page.last_reviewed,
        "review_due": page.review_due,
        "sensitive": page.sensitive,
        "live": page.live and not page.has_unpublished_changes,
    }


def _normalise(value):
    """StreamField raw data without block ids, list items as plain values."""
    if isinstance(value, dict):
        if (
            value.get("type") == "item"
            and "value" in value
            and set(value) <= {"type", "value", "id"}
        ):
            return _normalise(value["value"])
        return {k: _normalise(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list | tuple):
        return [_normalise(v) for v in value]
    return value


def _check_slug_free(parent, slug: str, key: str, exclude=None) -> None:
    clash = parent.get_children().filter(slug=slug)
    if exclude is not None:
        clash = clash.exclude(pk=exclude)
    if clash.exists():
        raise GuideImportError(
            f"Guide {key}: the slug {slug!r} is already used by another page in "
            f"'{parent.title}'. Give this guide a different slug."
        )


def _move_with_translations(guide: GuidePage, topic: TopicPage) -> None:
    for version in GuidePage.objects.filter(translation_key=guide.translation_key).exclude(
        pk=guide.pk
    ):
        target = topic.get_translation_or_none(version.locale)
        if target is not None:
            version.move(target, pos="last-child")
    guide.move(topic, pos="last-child")
