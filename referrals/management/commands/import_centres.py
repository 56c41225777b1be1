"""Create or update advice centres from a JSON file (idempotent by slug)."""

from django.core.management.base import BaseCommand, CommandError

from portal.management.json_files import read_json_file
from referrals.services import CentreImportError, centres_import


class Command(BaseCommand):
    help = (
        "Import centres from a JSON file (format: docs/referrals.md). Idempotent by slug; "
        "refuses a malformed file whole, naming the entry and the problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to the JSON file.")

    def handle(self, *args, file, **options):
        data = read_json_file(file)
        try:
            counts = centres_import(data=data)
        except CentreImportError as error:
            raise CommandError(f"Nothing was imported. {error}") from None
        self.stdout.write(
            f"Centres: {counts.created} created, {counts.updated} updated, "
            f"{counts.unchanged} unchanged."
        )
