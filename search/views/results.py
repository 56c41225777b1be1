"""The public search page: /<lang>/search/?q=&topic=&page="""

from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from .. import selectors, service
from ..forms import SearchForm


@require_safe
def search_results(request):
    params = SearchForm(request.GET).params()
    language = get_language()
    results = service.search(
        params.q, language=language, topic=params.topic, page=params.page, log_query=True
    )
    context = {
        "query": results.query,
        "results": results,
        "suggested_topics": [] if results.total else selectors.suggested_topics(language),
    }
    response = render(request, "search/results.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
