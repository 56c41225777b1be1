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
