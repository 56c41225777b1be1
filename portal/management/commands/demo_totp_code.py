"""Print the current second-factor code of a demo staff account."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.two_factor.demo import demo_totp_code, is_demo_device


class Command(BaseCommand):
    help = (
        "Print the current six-digit code for a demo staff account (as an authenticator "
        "app would show it). Only where demo content is allowed, and only for demo accounts."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError("Demo content is disabled in these settings.")
        user = get_user_model().objects.filter(username=username).first()
        device = (
            TOTPDevice.objects.filter(user=user, confirmed=True).first()
            if user is not None
            else None
        )
        if device is None or not is_demo_device(device):
            raise CommandError(
                f"{username} is not a demo account with the demo second factor "
                "(run load_demo_content)."
            )
        self.stdout.write(demo_totp_code(username))
