from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Signpost"

    def ready(self):
        from . import audit_receivers  # noqa: F401  (connects the audit trail's receivers)
