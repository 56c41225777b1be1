"""Refresh every gettext catalogue under locales/ from the code.

Runs makemessages for each configured language, then fills the English
catalogue (the source language) with its own msgids, so that every
configured language has a complete catalogue. Translators then fill the
new, empty entries in the other catalogues.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

IGNORE = [".venv", "node_modules", "tests", "bench", "var"]


class Command(BaseCommand):
    help = "Run makemessages for every configured language and complete the English catalogue."

    def handle(self, *args, **options):
        try:
            import polib
        except ImportError:
            raise CommandError("polib is needed: pip install -r requirements-test.lock") from None
        locales = [to_locale(code) for code, _name in settings.LANGUAGES]
        call_command(
            "makemessages", locale=locales, ignore_patterns=IGNORE, no_obsolete=True, verbosity=0
        )
        for code, _name in settings.LANGUAGES:
            path = settings.LOCALE_PATHS[0] / to_locale(code) / "LC_MESSAGES" / "django.po"
            catalogue = polib.pofile(str(path))
            catalogue.metadata["Language"] = code
            catalogue.metadata["Project-Id-Version"] = "Signpost"
            catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
            catalogue.metadata_is_fuzzy = False
            if code == settings.LANGUAGE_CODE:
                for entry in catalogue:
                    if entry.msgid_plural:
                        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                    else:
                        entry.msgstr = entry.msgid
                    if "fuzzy" in entry.flags:
                        entry.flags.remove("fuzzy")
            catalogue.save()
            untranslated = len(catalogue.untranslated_entries()) + len(catalogue.fuzzy_entries())
            self.stdout.write(f"{code}: {len(catalogue)} messages, {untranslated} to translate")
