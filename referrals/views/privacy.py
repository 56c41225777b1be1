"""Response headers for the help-seeker's pages: never cached, never indexed,
and no referrer to anyone else.

Every page of the self-assessment, the confirmation and the status pages
use ``@private_page``. ``Referrer-Policy: same-origin`` (not
``no-referrer``): browsers send ``Origin: null`` on a form post from a
no-referrer page, which Django's CSRF check refuses over HTTPS.
"""

from __future__ import annotations

from functools import wraps

from django.utils.cache import add_never_cache_headers


def private_page(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)  # Cache-Control: ... no-store, private
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Referrer-Policy"] = "same-origin"
        return response

    return wrapped
