"""Create or update guides and their translations from a JSON file."""

from django.core.management.base import BaseCommand, CommandError

from knowledge.services.importing import GuideImportError, import_guides
from portal.management.json_files import read_json_file


class Command(BaseCommand):
    help = (
        "Import guides (and translations) from a JSON file; see docs/guide-format.md. "
        "Idempotent by key; publishes what it imports; refuses a malformed file whole."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the JSON file.")

    def handle(self, *args, file, **options):
        data = read_json_file(file)
        try:
            counts = import_guides(data)
        except GuideImportError as error:
            raise CommandError(f"Nothing was imported. {error}") from None
        self.stdout.write(
            f"Guides: {counts.guides_created} created, {counts.guides_updated} updated, "
            f"{counts.guides_unchanged} unchanged.\n"
            f"Translations: {counts.translations_created} created, "
            f"{counts.translations_updated} updated, {counts.translations_unchanged} unchanged.\n"
            f"Topics created: {counts.topics_created}."
        )
