import pytest


def test_liveness_needs_nothing(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_readiness_reports_each_dependency(client):
    data = client.get("/readyz").json()
    assert data["status"] == "ok"
    assert data["checks"]["database"]["ok"] is True
    assert data["checks"]["cache"]["ok"] is True


@pytest.mark.django_db
def test_readiness_is_503_when_a_dependency_fails(client, monkeypatch):
    from portal import health

    def broken():
        raise ConnectionError("cache down")

    monkeypatch.setitem(health.READINESS_CHECKS, "cache", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == {
        "ok": False,
        "error": "ConnectionError",
        "ms": response.json()["checks"]["cache"]["ms"],
    }


@pytest.mark.django_db
def test_readiness_reports_the_database_search_index(client, settings):
    settings.SEARCH_BACKEND = "auto"
    check = client.get("/readyz").json()["checks"]["search"]
    assert check["ok"] is True
    assert check["detail"] in ("sqlite", "postgres")
    assert "degraded" not in check


@pytest.mark.django_db
def test_readiness_fails_when_the_search_index_table_is_unreachable(client, monkeypatch):
    from search.backends.database import DatabaseBackend

    def missing(self):
        raise ConnectionError("no such table")

    monkeypatch.setattr(DatabaseBackend, "ping", missing)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["search"]["ok"] is False


@pytest.mark.django_db
def test_an_unreachable_elasticsearch_is_degraded_but_ready(client, settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens here
    response = client.get("/readyz")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok"
    check = data["checks"]["search"]
    assert check["ok"] is True and check["degraded"] is True
    assert check["detail"].startswith("elasticsearch unavailable (ConnectionError)")
    assert "127.0.0.1" not in check["detail"]  # URLs may hold credentials


@pytest.mark.django_db
def test_an_answering_elasticsearch_is_reported_as_the_search_backend(client, settings):
    from unittest import mock

    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    with mock.patch("elasticsearch.Elasticsearch.info", return_value={}):
        check = client.get("/readyz").json()["checks"]["search"]
    assert check == {"ok": True, "detail": "elasticsearch", "ms": check["ms"]}
