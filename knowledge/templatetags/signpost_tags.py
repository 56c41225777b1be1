from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language

from ..models.reference import JURISDICTIONS
from ..text import isolate_number_runs

register = template.Library()

_JURISDICTION_NAMES = dict(JURISDICTIONS)


@register.filter
def absolute(url, request):
    """An absolute URL for link rel=alternate and similar."""
    if not url or request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


@register.filter
def anchor(text):
    return "section-" + (slugify(str(text), allow_unicode=True) or "untitled")


@register.filter
def section_headings(stream):
    """The top-level headings of a guide body, for the 'On this page' list."""
    from ..rendering import section_headings as headings

    return headings(stream)


@register.simple_tag
def guide_body(stream, page_id=None):
    """The rendered body of a guide (fragment-cached; see knowledge/rendering.py).
    page_id goes on its Get help links, to count the guides readers move from."""
    from ..rendering import render_body

    return render_body(stream, source_page_id=page_id)


@register.filter
def jurisdiction_names(codes):
    return ", ".join(
        str(_JURISDICTION_NAMES[code]) for code in codes if code in _JURISDICTION_NAMES
    )


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language; pages pass their own list."""
    links = context.get("languages")
    if not links:
        request = context.get("request")
        current = get_language()
        links = [
            {
                "code": code,
                "name": name,
                "url": translate_url(request.get_full_path(), code) if request else f"/{code}/",
                "is_current": code == current,
            }
            for code, name in settings.LANGUAGES
        ]
    return {"links": links}


@register.filter
def get_item(mapping, key):
    """mapping[key] in templates (for report tables keyed by language)."""
    try:
        return mapping[key]
    except (KeyError, TypeError, IndexError):
        return None


@register.filter(is_safe=True)
def isolate_numbers(html):
    """For already-escaped HTML: keep phone numbers in order in right-to-left text."""
    return mark_safe(isolate_number_runs(str(html)))  # noqa: S308 - input is escaped HTML
