"""System checks: a search configuration that cannot work stops the site
from starting (manage.py check, migrate, runserver) instead of failing on
the first search."""

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.db import connections

VENDOR_BACKENDS = {"sqlite": "sqlite", "postgresql": "postgres"}


@register(Tags.compatibility)
def check_search_backend(app_configs=None, **kwargs):
    errors = []
    backend = settings.SEARCH_BACKEND
    if backend not in settings.SEARCH_BACKENDS:
        errors.append(
            Error(
                f"SEARCH_BACKEND {backend!r} is not one of {', '.join(settings.SEARCH_BACKENDS)}.",
                id="search.E001",
            )
        )
    if backend == "elasticsearch" and not settings.ELASTICSEARCH_URL:
        errors.append(
            Error(
                "SEARCH_BACKEND is 'elasticsearch' but ELASTICSEARCH_URL is not set.",
                hint="Set ELASTICSEARCH_URL, e.g. http://127.0.0.1:9200, or use SEARCH_BACKEND=auto.",
                id="search.E002",
            )
        )
    vendor = connections["default"].vendor
    if backend in VENDOR_BACKENDS.values() and VENDOR_BACKENDS.get(vendor) != backend:
        errors.append(
            Error(
                f"SEARCH_BACKEND is {backend!r} but the database is {vendor}.",
                hint="Use SEARCH_BACKEND=auto to follow the database.",
                id="search.E003",
            )
        )
    return errors
