"""Send every notification that is due (run every few minutes from cron)."""

from django.core.management.base import BaseCommand

from referrals.services.delivery import notifications_send_due

RESULTS = ("sent", "retry", "failed", "cancelled", "skipped")


class Command(BaseCommand):
    help = (
        "Send pending notifications whose next attempt is due: messages the worker missed "
        "while it was down, and retries after a failure. Safe to run while workers are "
        "running (each message is claimed before it is sent). Prints counts only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=500, help="At most this many messages (default 500)."
        )

    def handle(self, *args, limit, **options):
        counts = notifications_send_due(limit=limit)
        summary = ", ".join(f"{counts.get(result, 0)} {result}" for result in RESULTS)
        self.stdout.write(f"Notifications: {summary}.")
