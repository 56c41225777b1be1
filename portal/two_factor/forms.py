from django import forms
from django.utils.translation import gettext_lazy as _


class CodeForm(forms.Form):
    """One box for either a six-digit code from the app or a backup code."""

    code = forms.CharField(
        label=_("Code"),
        help_text=_(
            "Enter the six-digit code from your authenticator app, or one of your backup codes."
        ),
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
    )


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("Six digits. A new code appears every 30 seconds."),
        max_length=16,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )
