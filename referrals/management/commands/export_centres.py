"""Print every centre as JSON in the import_centres format."""

import json

from django.core.management.base import BaseCommand

from referrals.services import centres_export


class Command(BaseCommand):
    help = "Export all centres as JSON (the import_centres format) to standard output or a file."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="Write to this file instead of standard output.")

    def handle(self, *args, output=None, **options):
        text = json.dumps(centres_export(), ensure_ascii=False, indent=2) + "\n"
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            self.stdout.write(text, ending="")
