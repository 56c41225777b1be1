from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.simple_tag
def lang_attrs(text) -> str:
    """lang="en" dir="ltr" on a text that is not in the page's language (an
    English fallback on an Arabic page, or text the person typed: lang="")."""
    lang = getattr(text, "lang", None)
    if lang is None or lang == get_language():
        return ""
    if not lang:
        return mark_safe(' lang="" dir="auto"')
    try:
        direction = "rtl" if get_language_info(lang)["bidi"] else "ltr"
    except KeyError:
        direction = "auto"
    return format_html(' lang="{}" dir="{}"', lang, direction)
