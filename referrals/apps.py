from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = _("Referrals")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import checks  # noqa: F401
        from .sms import get_backend

        post_migrate.connect(_ensure_staff_groups, sender=self)
        # A text message provider that is selected but misconfigured stops the
        # site here, loudly, rather than dropping messages later.
        get_backend()


def _ensure_staff_groups(sender, using="default", apps=None, **kwargs):
    # Permissions exist only after migrate, so the groups are kept up to date
    # here; this app's permissions (and the second-factor apps', which come
    # later in INSTALLED_APPS) may not be created yet when we run.
    from django.apps import apps as installed_apps
    from django.contrib.auth.management import create_permissions

    from .services.staff import ensure_staff_groups

    create_permissions(sender, verbosity=0, using=using)
    for label in ("otp_totp", "otp_static"):
        if installed_apps.is_installed(f"django_otp.plugins.{label}"):
            create_permissions(installed_apps.get_app_config(label), verbosity=0, using=using)
    ensure_staff_groups()
