"""How often pages are read, per day and language: counts, nothing about readers.

Views are counted in the cache on the request path (so a cached page still
costs no SQL) and added here by `manage.py flush_page_views`.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViewCount(models.Model):
    class Kind(models.TextChoices):
        VIEW = "view", _("Read")
        GET_HELP = "get_help", _("Moved on to Get help")

    day = models.DateField(_("day"))
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    language = models.CharField(_("language"), max_length=16)
    kind = models.CharField(_("what"), max_length=10, choices=Kind, default=Kind.VIEW)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("page view count")
        verbose_name_plural = _("page view counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "page", "language", "kind"], name="page_view_count_unique"
            )
        ]
        indexes = [models.Index(fields=["kind", "day"], name="page_view_kind_day")]

    def __str__(self):
        return f"{self.day} {self.language} {self.page_id} {self.kind}={self.count}"
