"""Editor reports: translation status per language, and guides due for review.

Two queries whatever the number of guides: the default-language guides,
then every language version of them.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MISSING = "missing"
DRAFT = "draft"
OUT_OF_DATE = "out_of_date"
CURRENT = "current"
STATUS_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Draft"),
    OUT_OF_DATE: _("Out of date"),
    CURRENT: _("Current"),
}


@dataclass
class LanguageStatus:
    language: str
    status: str
    page_id: int | None = None

    @property
    def label(self):
        return STATUS_LABELS[self.status]


@dataclass
class GuideRow:
    guide_id: int
    title: str
    live: bool
    last_published_at: datetime.datetime | None
    review_due: datetime.date | None
    languages: list[LanguageStatus] = field(default_factory=list)

    @property
    def review_overdue(self) -> bool:
        return self.review_due is not None and self.review_due < timezone.localdate()


@dataclass
class TranslationReport:
    languages: list[tuple[str, str]]
    rows: list[GuideRow]

    def totals(self) -> dict[str, Counter]:
        totals = {code: Counter() for code, _name in self.languages}
        for row in self.rows:
            for item in row.languages:
                totals[item.language][item.status] += 1
        return totals

    @property
    def overdue(self) -> list[GuideRow]:
        return sorted((r for r in self.rows if r.review_overdue), key=lambda r: r.review_due)


def translation_status(version, source) -> str:
    """The status of one language version of a source page."""
    if version is None or version.alias_of_id is not None:
        return MISSING
    if not version.live:
        return DRAFT
    if version.specific_source_published_at is None or (
        source.last_published_at and source.last_published_at > version.specific_source_published_at
    ):
        return OUT_OF_DATE
    return CURRENT


def translation_report(
    *, language: str | None = None, status: str | None = None, overdue_only: bool = False
) -> TranslationReport:
    from .models import GuidePage

    languages = [(c, n) for c, n in settings.LANGUAGES if c != settings.LANGUAGE_CODE]
    if language:
        languages = [(c, n) for c, n in languages if c == language]
    sources = list(
        GuidePage.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True
        )
        .only("id", "title", "live", "last_published_at", "review_due", "translation_key", "path")
        .order_by("path")
    )
    versions = {}
    for version in (
        GuidePage.objects.filter(translation_key__in=[s.translation_key for s in sources])
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale")
        .only(
            "id",
            "live",
            "alias_of_id",
            "translation_key",
            "source_published_at",
            "locale__language_code",
        )
    ):
        version.specific_source_published_at = version.source_published_at
        versions[(version.translation_key, version.locale.language_code)] = version
    rows = []
    for source in sources:
        row = GuideRow(
            guide_id=source.id,
            title=source.title,
            live=source.live,
            last_published_at=source.last_published_at,
            review_due=source.review_due,
        )
        for code, _name in languages:
            version = versions.get((source.translation_key, code))
            row.languages.append(
                LanguageStatus(
                    code, translation_status(version, source), version.id if version else None
                )
            )
        if status and not any(item.status == status for item in row.languages):
            continue
        if overdue_only and not row.review_overdue:
            continue
        rows.append(row)
    return TranslationReport(languages=languages, rows=rows)
