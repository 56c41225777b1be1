"""Small display filters for the caseworker admin templates."""

from django import template

from ..case_file import staff_name as _staff_name
from ..languages import language_name as _language_name

register = template.Library()


@register.filter
def language_name(code: str) -> str:
    return _language_name(code)


@register.filter
def staff_name(user) -> str:
    return _staff_name(user) if user else ""
