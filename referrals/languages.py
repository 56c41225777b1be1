"""Languages help-seekers may need advice in, and centres may speak.

This is wider than the site's interface languages (settings.LANGUAGES): a
centre may have Somali or Tigrinya speakers although the site is not
translated into them. British Sign Language is ``bsl``. Codes are IETF-style
lower-case tags; names are translated for reasons and admin forms.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

BSL = "bsl"

LANGUAGE_NAMES = {
    "en": _("English"),
    "cy": _("Welsh"),
    "pl": _("Polish"),
    "ar": _("Arabic"),
    "zh-hant": _("Chinese (Traditional)"),
    "zh-hans": _("Chinese (Simplified)"),
    "yue": _("Cantonese"),
    "cmn": _("Mandarin"),
    "bsl": _("British Sign Language"),
    "am": _("Amharic"),
    "bg": _("Bulgarian"),
    "bn": _("Bengali"),
    "es": _("Spanish"),
    "fa": _("Persian (Farsi)"),
    "fr": _("French"),
    "gu": _("Gujarati"),
    "hi": _("Hindi"),
    "hu": _("Hungarian"),
    "it": _("Italian"),
    "ku": _("Kurdish"),
    "lt": _("Lithuanian"),
    "lv": _("Latvian"),
    "pa": _("Punjabi"),
    "prs": _("Dari"),
    "ps": _("Pashto"),
    "pt": _("Portuguese"),
    "ro": _("Romanian"),
    "ru": _("Russian"),
    "sk": _("Slovak"),
    "so": _("Somali"),
    "sq": _("Albanian"),
    "sw": _("Swahili"),
    "ta": _("Tamil"),
    "ti": _("Tigrinya"),
    "tr": _("Turkish"),
    "uk": _("Ukrainian"),
    "ur": _("Urdu"),
    "vi": _("Vietnamese"),
}
LANGUAGE_CODES = frozenset(LANGUAGE_NAMES)


def language_name(code: str) -> str:
    """The translated name of a language code, or the code itself if unknown."""
    return str(LANGUAGE_NAMES.get(code, code))


def normalise_language(code: str) -> str | None:
    """``"ZH_Hant "`` -> ``"zh-hant"``; None for a code we do not know."""
    value = str(code).strip().lower().replace("_", "-")
    return value if value in LANGUAGE_CODES else None
