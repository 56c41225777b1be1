"""Load a realistic demo site in every configured language (idempotent)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = (
        "Load demo content: guides in every language, the glossary, the legal review "
        "workflow and demo staff accounts. Safe to run again; it changes nothing the "
        "second time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--content-only",
            action="store_true",
            help=(
                "Load the guides, glossary and centres but no staff accounts and no demo "
                "enquiries: allowed in any settings (e.g. a production-like load-test stack)."
            ),
        )

    def handle(self, *args, content_only=False, **options):
        if not content_only and not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "Demo content (with its known staff passwords) is disabled in these settings. "
                "It is meant for local and test environments only; --content-only loads the "
                "content without any accounts."
            )
        accounts = []
        for path in settings.DEMO_CONTENT_LOADERS:
            report = import_string(path)(with_accounts=not content_only)
            for line in report.lines():
                self.stdout.write(line)
            accounts.extend(report.accounts)
        if accounts:
            self.stdout.write("")
            self.stdout.write(self.style.SUCCESS("Demo staff accounts (for local use only):"))
            self.stdout.write(f"  Sign in at {settings.WAGTAILADMIN_BASE_URL}/admin/")
            self.stdout.write(
                "  Then confirm with a code: add an account's TOTP secret to an authenticator "
                "app, or print its current code with `python manage.py demo_totp_code USERNAME`; "
                "each backup code works once."
            )
            width = max(len(account.username) for account in accounts)
            for account in accounts:
                self.stdout.write(
                    f"  {account.username.ljust(width)}  password: {account.password}  - {account.role}"
                )
                for extra in account.extra:
                    self.stdout.write(f"  {' ' * width}  {extra}")
