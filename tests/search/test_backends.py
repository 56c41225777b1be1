"""Choosing the backend from configuration, failing loudly when the
configuration cannot work, and falling back to the database when
Elasticsearch cannot answer."""

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from search import checks, indexing, service
from search.backends import (
    database_backend,
    elasticsearch_backend,
    indexing_backends,
    query_backend,
)
from search.backends.base import BackendResults, BackendUnavailable
from search.backends.fallback import RETRY_AFTER_SECONDS, FallbackBackend
from search.backends.postgres import tsquery_text
from search.backends.sqlite import match_expression
from search.query import build_plan
from tests.knowledge.factories import publish_guide

VENDOR_BACKEND = {"sqlite": "sqlite", "postgresql": "postgres"}


def test_auto_follows_the_database(db, settings):
    settings.SEARCH_BACKEND = "auto"
    assert query_backend().name == VENDOR_BACKEND[connection.vendor]
    assert [b.name for b in indexing_backends()] == [VENDOR_BACKEND[connection.vendor]]


def test_elasticsearch_answers_queries_and_the_database_is_indexed_too(db, settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    backend = query_backend()
    assert isinstance(backend, FallbackBackend)
    assert backend.primary.name == "elasticsearch"
    assert backend.fallback.name == VENDOR_BACKEND[connection.vendor]
    assert [b.name for b in indexing_backends()] == [backend.fallback.name, "elasticsearch"]


def test_elasticsearch_without_a_url_fails_loudly(db, settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(ImproperlyConfigured):
        elasticsearch_backend()
    assert [e.id for e in checks.check_search_backend()] == ["search.E002"]


def test_a_backend_for_another_database_fails_loudly(db, settings):
    other = "postgres" if connection.vendor == "sqlite" else "sqlite"
    settings.SEARCH_BACKEND = other
    with pytest.raises(ImproperlyConfigured):
        database_backend()
    assert [e.id for e in checks.check_search_backend()] == ["search.E003"]


def test_a_sound_configuration_passes_the_checks(db, settings):
    settings.SEARCH_BACKEND = "auto"
    assert checks.check_search_backend() == []


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        (
            {"SEARCH_BACKEND": "elasticsearch", "ELASTICSEARCH_URL": ""},
            "ELASTICSEARCH_URL is not set",
        ),
        ({"SEARCH_BACKEND": "solr"}, "SEARCH_BACKEND must be one of"),
    ],
)
def test_the_settings_refuse_to_load_a_configuration_that_cannot_work(environment, message):
    env = {**os.environ, **environment, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert message in result.stderr


class Failing:
    name = "elasticsearch"

    def __init__(self):
        self.calls = 0

    def search(self, plan, **kwargs):
        self.calls += 1
        raise BackendUnavailable("connection refused")


class Answering:
    name = "sqlite"

    def search(self, plan, **kwargs):
        return BackendResults(hits=[], total=7, facets={})


def test_the_fallback_answers_logs_a_warning_and_rests_the_primary(caplog):
    now = [100.0]
    primary = Failing()
    backend = FallbackBackend(primary, Answering(), clock=lambda: now[0])
    assert backend.search(None).total == 7
    assert "elasticsearch search backend unavailable" in caplog.text
    backend.search(None)
    assert primary.calls == 1  # not retried while resting
    now[0] += RETRY_AFTER_SECONDS
    backend.search(None)
    assert primary.calls == 2


def test_an_unreachable_elasticsearch_never_reaches_the_reader(db, settings, caplog):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens here
    settings.ELASTICSEARCH_TIMEOUT = 0.5
    guide = publish_guide(title="Getting your deposit back", slug="deposits")
    indexing.sync_guides([guide.translation_key])
    results = service.search("deposit", language="en")
    assert [hit.title for hit in results.hits] == ["Getting your deposit back"]
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("search")]
    assert any("search backend unavailable" in message for message in ours)
    assert not any("127.0.0.1" in message for message in ours)  # URLs may hold credentials


@pytest.mark.parametrize(
    "query", ['a"b', "x' OR 1=1", "NEAR(a b)", "title:x", "*", "-a +b", "a\\b"]
)
def test_sqlite_match_expressions_quote_every_term(db, query):
    expression = match_expression(build_plan(query, language="en"))
    if expression is None:
        return
    body = expression.split(" AND ", 1)[1]
    assert "NEAR(" not in body.replace('"near', "")
    assert body.count('"') % 2 == 0


@pytest.mark.parametrize("query", ["x' OR 1=1", "a & b | !c", "eviction:*", "o'brien \\"])
def test_postgres_tsqueries_quote_every_lexeme(db, query):
    text = tsquery_text(build_plan(query, language="en"))
    for token in text.replace("(", " ").replace(")", " ").split():
        assert token in {"&", "|", "<->"} or (
            token.startswith("'") and token.rstrip(":*").endswith("'")
        )
