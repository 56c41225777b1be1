"""Past capacity, readers get a quick translated 503; people sending an
enquiry, staff and health checks are never turned away."""

import threading

import pytest
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from portal.load_shedding import Admission, LoadSheddingMiddleware, is_sheddable

factory = RequestFactory()


def test_admission_lets_its_concurrency_in_then_turns_away_when_nobody_may_wait():
    admission = Admission(concurrency=2, max_waiting=0, wait_seconds=5)
    assert admission.enter() and admission.enter()
    assert admission.enter() is False
    admission.leave()
    assert admission.enter() is True


def test_a_waiting_reader_gets_the_turn_someone_leaves():
    admission = Admission(concurrency=1, max_waiting=1, wait_seconds=5)
    assert admission.enter()
    threading.Timer(0.05, admission.leave).start()
    assert admission.enter() is True


def test_a_reader_waits_no_longer_than_the_limit():
    admission = Admission(concurrency=1, max_waiting=1, wait_seconds=0.01)
    assert admission.enter()
    assert admission.enter() is False
    assert admission.waiting == 0


@pytest.mark.parametrize(
    ("method", "path", "sheddable"),
    [
        ("GET", "/en/housing/eviction/", True),
        ("HEAD", "/cy/", True),
        ("GET", "/en/search/", True),
        ("GET", "/api/v1/search/", True),
        ("GET", "/en/get-help/q/1/", False),
        ("POST", "/en/get-help/consent/", False),
        ("POST", "/api/v1/referrals/", False),
        ("GET", "/admin/enquiries/", False),
        ("GET", "/healthz", False),
        ("GET", "/readyz", False),
        ("GET", "/static/css/site.css", False),
    ],
)
def test_what_may_be_shed(method, path, sheddable):
    assert is_sheddable(factory.generic(method, path)) is sheddable


@override_settings(LOAD_SHED_CONCURRENCY=0)
def test_off_unless_configured():
    with pytest.raises(MiddlewareNotUsed):
        LoadSheddingMiddleware(lambda request: HttpResponse())


@override_settings(LOAD_SHED_CONCURRENCY=1, LOAD_SHED_WAITING=0, LOAD_SHED_WAIT_SECONDS=0.01)
def test_past_capacity_a_reader_gets_a_quick_translated_503():
    middleware = LoadSheddingMiddleware(lambda request: HttpResponse("guide"))
    assert middleware(factory.get("/en/")).status_code == 200
    assert middleware.admission.enter()  # someone is being served

    response = middleware(factory.get("/cy/housing/"))

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"
    assert 'lang="cy"' in response.content.decode()
    assert "Sorry, this service is not available right now" not in response.content.decode()


@override_settings(LOAD_SHED_CONCURRENCY=1, LOAD_SHED_WAITING=0, LOAD_SHED_WAIT_SECONDS=0.01)
def test_past_capacity_an_enquiry_still_goes_through():
    middleware = LoadSheddingMiddleware(lambda request: HttpResponse("sent"))
    assert middleware.admission.enter()

    response = middleware(factory.post("/en/get-help/consent/"))

    assert response.status_code == 200
    assert response.content == b"sent"


@override_settings(LOAD_SHED_CONCURRENCY=1, LOAD_SHED_WAITING=0, LOAD_SHED_WAIT_SECONDS=0.01)
def test_a_turn_is_given_back_even_when_the_view_fails():
    def broken(request):
        raise RuntimeError("boom")

    middleware = LoadSheddingMiddleware(broken)
    with pytest.raises(RuntimeError):
        middleware(factory.get("/en/"))
    assert middleware.admission.enter() is True
