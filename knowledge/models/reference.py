from django.db import models
from django.utils.translation import gettext_lazy as _

JURISDICTIONS = [
    ("england", _("England")),
    ("wales", _("Wales")),
    ("scotland", _("Scotland")),
    ("northern-ireland", _("Northern Ireland")),
]
JURISDICTION_CODES = [code for code, _label in JURISDICTIONS]


class AreaOfLaw(models.Model):
    """An area of law: reference data that routing, topics and statistics share.

    The code is stable (it is in import files, routing rules and statistics);
    the name and description are translated with django-modeltranslation.
    """

    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("A stable identifier such as 'housing'. Do not change it once in use."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=100)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("area of law")
        verbose_name_plural = _("areas of law")

    def __str__(self):
        return self.name or self.code
