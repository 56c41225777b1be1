"""The language trees: one Wagtail locale per configured language, each with
a home page (an alias of the default-language home until it is translated)."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale


@transaction.atomic
def ensure_language_trees() -> list[str]:
    """Create missing locales and home pages; return the codes that were added."""
    from ..models import HomePage

    added = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            added.append(code)
    for home in HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        for locale in Locale.objects.exclude(pk=home.locale_id):
            if not home.has_translation(locale):
                home.copy_for_translation(locale, alias=True)
    return added
