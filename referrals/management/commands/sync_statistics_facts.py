"""Bring the anonymised statistics facts in line with every enquiry."""

from django.core.management.base import BaseCommand

from referrals.services import statistics_facts_rebuild


class Command(BaseCommand):
    help = (
        "Create, update or delete each enquiry's anonymised statistics fact by the counting "
        "rule (consent to statistics given, not spam). Services keep facts in step; run this "
        "once after upgrading an install that had enquiries before statistics existed. "
        "Idempotent; prints counts only."
    )

    def handle(self, *args, **options):
        counted, skipped = statistics_facts_rebuild()
        self.stdout.write(f"Enquiries counted: {counted}; not counted: {skipped}.")
