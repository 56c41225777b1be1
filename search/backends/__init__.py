"""Which backend answers queries, and which backends are kept current.

SEARCH_BACKEND "auto" follows the database. With "elasticsearch", queries go
to Elasticsearch with the database backend as fallback, so both are indexed.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import connection
from django.dispatch import receiver

from .base import BackendUnavailable, SearchBackend

__all__ = [
    "BackendUnavailable",
    "SearchBackend",
    "database_backend",
    "indexing_backends",
    "query_backend",
]

_VENDORS = {"sqlite": "sqlite", "postgresql": "postgres"}
_cache: dict = {}


def database_backend() -> SearchBackend:
    """The backend inside the project's own database."""
    name = _VENDORS.get(connection.vendor)
    if name is None:
        raise ImproperlyConfigured(f"No search backend for the {connection.vendor} database.")
    if settings.SEARCH_BACKEND in _VENDORS.values() and settings.SEARCH_BACKEND != name:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND is {settings.SEARCH_BACKEND!r} but the database is {connection.vendor}."
        )
    if name not in _cache:
        if name == "sqlite":
            from .sqlite import SQLiteBackend

            _cache[name] = SQLiteBackend()
        else:
            from .postgres import PostgresBackend

            _cache[name] = PostgresBackend()
    return _cache[name]


def elasticsearch_backend() -> SearchBackend:
    if not settings.ELASTICSEARCH_URL:
        raise ImproperlyConfigured(
            "SEARCH_BACKEND is 'elasticsearch' but ELASTICSEARCH_URL is empty."
        )
    if "elasticsearch" not in _cache:
        from .elasticsearch import ElasticsearchBackend

        _cache["elasticsearch"] = ElasticsearchBackend(
            url=settings.ELASTICSEARCH_URL,
            prefix=settings.ELASTICSEARCH_INDEX_PREFIX,
            timeout=settings.ELASTICSEARCH_TIMEOUT,
            refresh=getattr(settings, "ELASTICSEARCH_REFRESH", False),
        )
    return _cache["elasticsearch"]


def query_backend() -> SearchBackend:
    if settings.SEARCH_BACKEND != "elasticsearch":
        return database_backend()
    if "fallback" not in _cache:
        from .fallback import FallbackBackend

        _cache["fallback"] = FallbackBackend(elasticsearch_backend(), database_backend())
    return _cache["fallback"]


def indexing_backends() -> list[SearchBackend]:
    backends = [database_backend()]
    if settings.SEARCH_BACKEND == "elasticsearch":
        backends.append(elasticsearch_backend())
    return backends


@receiver(setting_changed)
def _forget_backends(*, setting, **kwargs):
    if setting in (
        "SEARCH_BACKEND",
        "ELASTICSEARCH_URL",
        "ELASTICSEARCH_INDEX_PREFIX",
        "DATABASES",
    ):
        _cache.clear()
