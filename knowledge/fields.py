from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models.reference import JURISDICTION_CODES, JURISDICTIONS


def validate_jurisdictions(value):
    if not isinstance(value, list) or any(code not in JURISDICTION_CODES for code in value):
        raise ValidationError(
            _("Choose jurisdictions from: %(codes)s."),
            params={"codes": ", ".join(JURISDICTION_CODES)},
        )


class JurisdictionsField(models.JSONField):
    """A list of jurisdiction codes, edited as checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("validators", [validate_jurisdictions])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=JURISDICTIONS,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("default", None)
        kwargs.pop("validators", None)
        return name, path, args, kwargs
