"""Parsing what a person typed into the flow's pages.

The checks themselves live once, where the API and enquiry_submit use them
too: answers in referrals/assessment.py (Questionnaire.clean_answer),
contact details and consents in referrals/services/submission.py. These
classes only turn form fields into those values, keep what was typed for
redisplay, and hold the translated error for each field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from django import forms
from django.utils.translation import gettext_lazy as _

from .assessment import AnswerError, Questionnaire
from .consents import WORDING
from .models import QuestionKind
from .references import normalise_reference
from .services.submission import NAME_MAX, ContactDetails, contact_problems

FIELD = "answer"


class QuestionForm:
    """One question's page. ``value`` is the clean answer once is_valid()."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        key: str,
        *,
        data: Mapping | None = None,
        initial=None,
    ):
        self.questionnaire = questionnaire
        self.question = questionnaire.question(key)
        self.kind = self.question["kind"]
        self.data = data
        self.error: str | None = None
        self.error_field = FIELD
        self.value = None
        if data is not None:
            self.display = self._display_from_data(data)
        elif self.kind == QuestionKind.POSTCODE:
            self.display = postcode_display(self.question, initial)
        else:
            self.display = _display(initial)

    @property
    def invalid_parts(self) -> list[str]:
        """Date fields to mark invalid: the missing one, or all three."""
        if not self.error:
            return []
        if self.error_field.startswith(f"{FIELD}-") and self.kind == QuestionKind.DATE:
            return [self.error_field.removeprefix(f"{FIELD}-")]
        return ["day", "month", "year"]

    @property
    def option_keys(self) -> list[str]:
        return [option["key"] for option in self.question["options"]]

    def is_valid(self) -> bool:
        if self.data is None:
            return False
        try:
            raw = self._raw()
            self.value = self.questionnaire.clean_answer(self.question["key"], raw)
        except AnswerError as error:
            self.error = str(error)
            return False
        return True

    def _raw(self):
        data = self.data
        if self.kind == QuestionKind.MULTIPLE_CHOICE:
            return [v for v in data.getlist(FIELD) if v]
        if self.kind == QuestionKind.DATE:
            return self._raw_date()
        if self.kind == QuestionKind.POSTCODE:
            return self._raw_postcode()
        return data.get(FIELD, "")

    def _raw_date(self) -> str | None:
        day, month, year = (self.display[part].strip() for part in ("day", "month", "year"))
        parts = {"day": day, "month": month, "year": year}
        if not any(parts.values()):
            return None
        missing = [name for name, text in parts.items() if not text]
        if missing:
            self.error_field = f"{FIELD}-{missing[0]}"
            raise AnswerError(_DATE_MISSING[missing[0]])
        if not all(text.isdigit() for text in parts.values()):
            raise AnswerError(_("Enter a real date, for example 27 3 2026."))
        if len(year) != 4:
            self.error_field = f"{FIELD}-year"
            raise AnswerError(_("Enter the year as four numbers, for example 2026."))
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            raise AnswerError(_("Enter a real date, for example 27 3 2026.")) from None

    def _raw_postcode(self) -> str | None:
        text = self.display["text"].strip()
        ticked = [key for key in self.display["selected"] if key in self.option_keys]
        if len(ticked) > 1:
            self.error_field = f"{FIELD}-option"
            raise AnswerError(_("Tick only one box."))
        if text and ticked:
            raise AnswerError(_("Enter a postcode or tick a box, not both."))
        return ticked[0] if ticked else text

    def _display_from_data(self, data: Mapping) -> dict:
        """What was typed, exactly, so an error never loses it."""
        display = _display(None)
        if self.kind == QuestionKind.DATE:
            for part in ("day", "month", "year"):
                display[part] = str(data.get(f"{FIELD}-{part}", ""))[:10]
        elif self.kind == QuestionKind.POSTCODE:
            display["text"] = str(data.get(FIELD, ""))[:50]
            display["selected"] = data.getlist(f"{FIELD}-option")
        elif self.kind == QuestionKind.MULTIPLE_CHOICE:
            display["selected"] = data.getlist(FIELD)
        elif self.kind in (QuestionKind.SHORT_TEXT, QuestionKind.LONG_TEXT):
            display["text"] = str(data.get(FIELD, ""))
        else:
            display["selected"] = [data.get(FIELD, "")]
        return display


_DATE_MISSING = {
    "day": _("The date must include a day."),
    "month": _("The date must include a month."),
    "year": _("The date must include a year."),
}


def _display(value) -> dict:
    """Form fields for a stored (clean) answer."""
    display = {"selected": [], "text": "", "day": "", "month": "", "year": ""}
    if value is None:
        return display
    if isinstance(value, list):
        display["selected"] = list(value)
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        date = dt.date.fromisoformat(value)
        display.update(day=str(date.day), month=str(date.month), year=str(date.year))
    else:
        display["selected"] = [value]
        display["text"] = value
    return display


def postcode_display(question: dict, value) -> dict:
    """A postcode answer is either an option key (ticked box) or a postcode (text)."""
    display = _display(None)
    if value in [option["key"] for option in question["options"]]:
        display["selected"] = [value]
    elif value:
        display["text"] = value
    return display


class ContactForm(forms.Form):
    """Contact details; which are required depends on the contact method chosen."""

    name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=NAME_MAX)
    email = forms.CharField(label=_("E-mail address"), required=False, max_length=254)
    phone = forms.CharField(label=_("Phone number"), required=False, max_length=40)

    def __init__(self, *args, contact_method: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.contact_method = contact_method
        self.fields["name"].error_messages["max_length"] = _(
            "Your name is too long: use no more than 150 characters."
        )
        self.fields["email"].error_messages["max_length"] = _(
            "Enter an e-mail address like name@example.com."
        )
        self.fields["phone"].error_messages["max_length"] = _(
            "Enter a phone number, like 07700 900123."
        )

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        problems = contact_problems(self.contact_details(), contact_method=self.contact_method)
        for name, messages in problems.items():
            self.add_error(name.removeprefix("contact."), messages)
        return cleaned

    def contact_details(self) -> ContactDetails:
        data = self.cleaned_data
        return ContactDetails(
            name=data.get("name", "").strip(),
            email=data.get("email", "").strip(),
            phone=data.get("phone", "").strip(),
        )


class ConsentForm(forms.Form):
    """One unticked box per purpose; the wording comes from referrals/consents.py.

    Only the update channels the person gave a detail for are offered.
    """

    def __init__(self, *args, purposes: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        for purpose in purposes:
            wording = WORDING[purpose]
            self.fields[purpose] = forms.BooleanField(
                label=wording.label, help_text=wording.wording, required=False, initial=False
            )

    def consents(self) -> dict[str, bool]:
        return {purpose: bool(self.cleaned_data.get(purpose)) for purpose in self.fields}


class StatusLookupForm(forms.Form):
    reference = forms.CharField(label=_("Reference"), max_length=30)
    secret = forms.CharField(label=_("Status code"), max_length=60)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reference"].error_messages["required"] = _(
            "Enter your reference, for example SP-7KQ4-92XD."
        )
        self.fields["secret"].error_messages["required"] = _(
            "Enter the status code from your confirmation page."
        )

    def clean_reference(self):
        reference = normalise_reference(self.cleaned_data["reference"])
        if reference is None:
            raise forms.ValidationError(
                _("Check your reference: it looks like SP-7KQ4-92XD."), code="invalid"
            )
        return reference

    def clean_secret(self):
        return normalise_status_secret(self.cleaned_data["secret"])


def normalise_status_secret(text: str) -> str:
    """Status codes are shown in groups; accept them typed with spaces or dashes."""
    return re.sub(r"[\s\-]", "", text or "").lower()
