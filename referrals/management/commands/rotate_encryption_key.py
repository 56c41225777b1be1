"""Re-encrypt stored personal data with the first key in FIELD_ENCRYPTION_KEYS."""

from django.core.management.base import BaseCommand

from referrals.services import encryption_keys_rotate


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted value with the current (first) key of "
        "FIELD_ENCRYPTION_KEYS. Run after putting a new key first; when it reports nothing "
        "left to rotate, the old key can be removed. Idempotent; prints counts only."
    )

    def handle(self, *args, **options):
        total = 0
        for count in encryption_keys_rotate():
            total += count.rotated
            self.stdout.write(
                f"{count.model}.{count.field}: {count.rotated} re-encrypted, "
                f"{count.current} already current."
            )
        self.stdout.write(f"Total re-encrypted: {total}.")
