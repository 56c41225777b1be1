"""Choosing the search backend a test runs against, or skipping, saying why."""

import contextlib
import os
import uuid

import pytest
from django.db import connection

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    pytest.param("elasticsearch", id="elasticsearch", marks=pytest.mark.elasticsearch),
]


def backend_settings(name: str) -> dict:
    """Settings that select one backend, or skip when it cannot run here."""
    if name == "sqlite" and connection.vendor != "sqlite":
        pytest.skip("the SQLite FTS5 backend needs the SQLite database (run without DATABASE_URL)")
    if name == "postgres" and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (set DATABASE_URL=postgres://...)")
    if name != "elasticsearch":
        return {"SEARCH_BACKEND": name}
    return {
        "SEARCH_BACKEND": "elasticsearch",
        "ELASTICSEARCH_URL": os.environ["ELASTICSEARCH_URL"],
        "ELASTICSEARCH_INDEX_PREFIX": f"signpost-test-{uuid.uuid4().hex[:10]}",
        "ELASTICSEARCH_REFRESH": True,
    }


def drop_test_indices(overrides: dict) -> None:
    if overrides.get("SEARCH_BACKEND") != "elasticsearch":
        return
    from search.backends import elasticsearch_backend

    client = elasticsearch_backend().client
    client.indices.delete(
        index=overrides["ELASTICSEARCH_INDEX_PREFIX"] + "-*", ignore_unavailable=True
    )


@contextlib.contextmanager
def rolled_back(django_db_blocker):
    """One transaction around data shared by many tests, rolled back at the end.

    Tests using the data must be marked django_db: each then runs in a
    savepoint inside this transaction.
    """
    from django.db import transaction

    from search import tasks

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            tasks.discard_pending()
