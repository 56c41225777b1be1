from django import template
from django.utils.http import urlencode

register = template.Library()


@register.simple_tag
def search_url(query, topic=None, page=None):
    """The search page's query string for a query, topic and page."""
    params = {"q": query or ""}
    if topic:
        params["topic"] = topic
    if page and int(page) > 1:
        params["page"] = int(page)
    return "?" + urlencode(params)


@register.filter
def page_window(results, around=2):
    """Page numbers to link, with None for gaps: 1 … 4 5 [6] 7 8 … 20."""
    last = results.num_pages
    wanted = {1, last} | set(range(results.page - around, results.page + around + 1))
    pages, previous = [], 0
    for number in sorted(n for n in wanted if 1 <= n <= last):
        if number - previous > 1:
            pages.append(None)
        pages.append(number)
        previous = number
    return pages
