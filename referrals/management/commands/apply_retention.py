"""Enforce the retention periods, or re-apply erasures after a restore."""

from django.core.management.base import BaseCommand

from referrals.services.retention import erasures_reapply, retention_apply


class Command(BaseCommand):
    help = (
        "Delete or anonymise what the retention periods (settings.RETENTION) say is due: "
        "expired sessions holding unfinished self-assessments, spam, closed and withdrawn "
        "enquiries. Enquiries on legal hold are skipped; anonymised statistics stay. "
        "Idempotent; prints counts only. Run it daily. After restoring a backup, run it "
        "with --reapply-erasures first."
    )

    def add_arguments(self, parser):
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--dry-run", action="store_true", help="Count what is due; change nothing."
        )
        mode.add_argument(
            "--reapply-erasures",
            action="store_true",
            help="Re-apply every recorded erasure to the database (after a backup is restored).",
        )

    def handle(self, *args, dry_run=False, reapply_erasures=False, **options):
        if reapply_erasures:
            lines = erasures_reapply().lines()
        else:
            lines = retention_apply(dry_run=dry_run).lines(dry_run=dry_run)
        for line in lines:
            self.stdout.write(line)
