"""Move page read counters from the cache into the database (run hourly)."""

from django.core.management.base import BaseCommand, CommandError

from knowledge.page_views import KEEP_DAYS
from knowledge.services.page_views import FlushRunning, page_views_flush


class Command(BaseCommand):
    help = (
        "Add the page read and Get help counters kept in the cache to the page view counts "
        f"in the database. Run it hourly (at least every {KEEP_DAYS} days, or counts are lost). "
        "Safe to run at any time (a second run while one is going refuses); prints a count only."
    )

    def handle(self, *args, **options):
        try:
            flushed = page_views_flush()
        except FlushRunning:
            raise CommandError("Another flush_page_views is running; try again later.") from None
        self.stdout.write(f"Page reads and moves to Get help flushed: {flushed}.")
