from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Legal guides")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import signal_handlers  # noqa: F401

        post_migrate.connect(_ensure_language_trees, sender=self)


def _ensure_language_trees(sender, using="default", **kwargs):
    # A new language in settings gets its locale and home page on the next migrate.
    from .services.site_structure import ensure_language_trees

    ensure_language_trees()
