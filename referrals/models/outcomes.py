from django.db import models
from django.utils.translation import gettext_lazy as _


class OutcomeCode(models.Model):
    """Why an enquiry was closed: a registry shipped as reference data.

    Codes are stable (statistics group by them); labels are translated.
    Retire a code by making it inactive, never by deleting or renaming it.
    """

    code = models.SlugField(_("code"), max_length=40, unique=True)
    label = models.CharField(_("label"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("outcome code")
        verbose_name_plural = _("outcome codes")

    def __str__(self):
        return self.label or self.code
