"""Forms for the caseworker actions: they only parse what was posted. The
services decide whether it is acceptable (an empty note, an unknown outcome,
a missing reason) and say why, so the rules live in one place."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ...errors import UnknownOutcome
from ...selectors import active_outcome_codes
from ...services.notes import NOTE_MAX

REASON_MAX = 2000


def _outcome_choices():
    return [("", _("Choose an outcome")), *[(o.code, o.label) for o in active_outcome_codes()]]


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Add a note"),
        help_text=_(
            "Only staff who can see this enquiry can read notes. They are stored encrypted."
        ),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        error_messages={
            "required": UnknownOutcome.message,
            "invalid_choice": UnknownOutcome.message,
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = _outcome_choices()  # one query, not one per use


class ReleaseForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for releasing (optional)"),
        help_text=_("Kept as a note, for example “on leave until Monday”."),
        required=False,
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReferForm(forms.Form):
    to_centre = forms.ChoiceField(label=_("Refer to"))
    reason = forms.CharField(
        label=_("Why are you referring it on?"),
        help_text=_(
            "Required. The receiving centre reads it; it is stored encrypted. Do not repeat "
            "contact details."
        ),
        required=False,
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(
        self, *args, suggested: list[tuple[str, str]], others: list[tuple[str, str]], **kwargs
    ):
        super().__init__(*args, **kwargs)
        choices = []
        if suggested:
            choices.append((_("Suggested by routing"), suggested))
        if others:
            choices.append((_("Other centres"), others))
        self.fields["to_centre"].choices = [("", _("Choose a centre")), *choices]
        if suggested and not self.is_bound:
            self.initial.setdefault("to_centre", suggested[0][0])


class ConfirmForm(forms.Form):
    """Nothing to fill in: the POST itself is the confirmation."""


class LegalHoldForm(forms.Form):
    held = forms.BooleanField(required=False)
