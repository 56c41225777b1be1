import os

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests are skipped on SQLite, and Elasticsearch tests
    without ELASTICSEARCH_URL, each saying why."""
    vendor = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    skip_postgres = pytest.mark.skip(
        reason="needs PostgreSQL (set DATABASE_URL=postgres://...); this run uses SQLite"
    )
    skip_elasticsearch = pytest.mark.skip(
        reason="needs a live Elasticsearch 8 (set ELASTICSEARCH_URL=http://host:9200)"
    )
    for item in items:
        if "postgres" in item.keywords and "postgresql" not in vendor:
            item.add_marker(skip_postgres)
        if "elasticsearch" in item.keywords and not os.environ.get("ELASTICSEARCH_URL"):
            item.add_marker(skip_elasticsearch)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A request in another language leaves it active in the thread (the
    locale middleware never resets it): start every test in the default."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def is_postgres():
    return connection.vendor == "postgresql"
