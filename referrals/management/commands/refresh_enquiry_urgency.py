"""Mark open enquiries urgent as their key dates come near (run daily)."""

from django.core.management.base import BaseCommand

from referrals.services import enquiries_refresh_urgency


class Command(BaseCommand):
    help = (
        "Mark open enquiries urgent once their nearest key date is within URGENT_WITHIN_DAYS. "
        "Run daily (e.g. from cron); idempotent; prints a count only."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Enquiries that became urgent: {enquiries_refresh_urgency()}.")
