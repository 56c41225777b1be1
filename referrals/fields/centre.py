"""Model fields for a centre's coverage, languages and opening hours.

Each is stored as JSON in the import file's shape and edited in the admin as
something a person can type, validated by the same functions the import
uses, so the admin and `import_centres` accept exactly the same values.
"""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..languages import LANGUAGE_NAMES, normalise_language
from ..opening_hours import (
    DAYS,
    OpeningHoursError,
    format_opening_hours,
    parse_opening_hours,
)
from ..postcodes import normalise_coverage


def clean_coverage(entries) -> list[str]:
    """Normalised, de-duplicated coverage prefixes, or ValidationError naming the bad one."""
    if not isinstance(entries, list | tuple):
        raise ValidationError(_("Coverage must be a list of postcode areas, districts or sectors."))
    cleaned = []
    for entry in entries:
        parsed = normalise_coverage(entry) if isinstance(entry, str) else None
        if parsed is None:
            raise ValidationError(
                _(
                    "“%(entry)s” is not a postcode area, district or sector "
                    "(for example E, E1 or SW9 7)."
                ),
                params={"entry": entry},
            )
        if parsed[0] not in cleaned:
            cleaned.append(parsed[0])
    return sorted(cleaned)


def clean_languages(codes) -> list[str]:
    if not isinstance(codes, list | tuple):
        raise ValidationError(_("Languages must be a list of language codes."))
    cleaned = []
    for code in codes:
        normal = normalise_language(code) if isinstance(code, str) else None
        if normal is None:
            raise ValidationError(
                _("“%(code)s” is not a language code we know (for example en, pl or bsl)."),
                params={"code": code},
            )
        if normal not in cleaned:
            cleaned.append(normal)
    return sorted(cleaned)


def clean_opening_hours(value) -> dict[str, list[str]]:
    try:
        return format_opening_hours(parse_opening_hours(value))
    except OpeningHoursError as error:
        raise ValidationError(str(error)) from None


def _validate_with(cleaner):
    def validator(value):
        cleaner(value)

    return validator


class _ListJSONField(models.JSONField):
    cleaner = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("validators", [_validate_with(type(self).cleaner)])
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("validators", None)
        return name, path, args, kwargs


class CoverageFormField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        return ", ".join(value) if isinstance(value, list | tuple) else value

    def to_python(self, value):
        text = super().to_python(value)
        return clean_coverage([part for part in re.split(r"[,;\n]+", text) if part.strip()])


class CoverageField(_ListJSONField):
    """Postcode prefixes such as ["E", "E1", "SW9 7"]."""

    cleaner = staticmethod(clean_coverage)

    def formfield(self, **kwargs):
        return CoverageFormField(
            required=not self.blank, label=self.verbose_name, help_text=self.help_text
        )


class LanguagesFormField(forms.TypedMultipleChoiceField):
    def clean(self, value):
        return clean_languages(super().clean(value))


class LanguagesField(_ListJSONField):
    """Language codes such as ["en", "pl", "bsl"] (see referrals/languages.py)."""

    cleaner = staticmethod(clean_languages)

    def formfield(self, **kwargs):
        return LanguagesFormField(
            choices=sorted(LANGUAGE_NAMES.items(), key=lambda item: str(item[1])),
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class ChoiceListField(models.JSONField):
    """A list of codes from a fixed set of choices, edited as checkboxes."""

    def __init__(self, *args, choices_from=None, **kwargs):
        self.choices_from = choices_from
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self._choice_list()}
        if not isinstance(value, list) or not set(value) <= allowed:
            raise ValidationError(_("Choose from the listed options."))

    def _choice_list(self):
        from django.utils.module_loading import import_string

        return import_string(self.choices_from).choices

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_from"] = self.choices_from
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self._choice_list(),
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class OpeningHoursFormField(forms.CharField):
    """One line per open day: ``mon 09:00-17:00``."""

    widget = forms.Textarea(attrs={"rows": 7})

    def prepare_value(self, value):
        if not isinstance(value, dict):
            return value
        return "\n".join(f"{day} {value[day][0]}-{value[day][1]}" for day in DAYS if day in value)

    def to_python(self, value):
        text = super().to_python(value)
        hours = {}
        for line in text.splitlines():
            if not line.strip():
                continue
            match = re.fullmatch(r"\s*(\w+)\s+(\S+)\s*-\s*(\S+)\s*", line)
            if not match:
                raise ValidationError(
                    _("Write each open day on its own line, like “mon 09:00-17:00”.")
                )
            hours[match.group(1).lower()[:3]] = [match.group(2), match.group(3)]
        return clean_opening_hours(hours)


class OpeningHoursField(models.JSONField):
    """``{"mon": ["09:00", "17:00"], ...}`` in local time; a missing day is closed."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("validators", [_validate_with(clean_opening_hours)])
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("validators", None)
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return OpeningHoursFormField(
            required=not self.blank, label=self.verbose_name, help_text=self.help_text
        )
