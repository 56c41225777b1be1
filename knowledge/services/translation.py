"""Keeping track of which translations match their source."""

from django.conf import settings
from wagtail.models import Page


def record_translation_published(page: Page) -> None:
    """Remember which source version a just-published translation matches.

    Publishing a translation is the translator's statement that it matches
    the current default-language version; until the source is published
    again, the translation counts as current.
    """
    from ..models import SignpostPage

    specific = page.specific_deferred
    if not isinstance(specific, SignpostPage) or page.alias_of_id is not None:
        return
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return
    source = (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .only("last_published_at")
        .first()
    )
    if source is None:
        return
    type(specific).objects.filter(pk=page.pk).update(source_published_at=source.last_published_at)
