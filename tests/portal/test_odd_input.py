"""Never a 500 on odd input: every public form, the search page and every
public JSON endpoint, fed huge strings, null bytes, right-to-left marks,
lists where text is expected, invalid UTF-8, malformed or deeply nested
JSON and the wrong content types. Each answer must be a 4xx or a page,
never a server error (request size limits: DATA_UPLOAD_MAX_* settings)."""

from __future__ import annotations

import json

import pytest
from django.test import override_settings

from tests.referrals.flow_helpers import CHECK, FlowDriver, housing_walk, question_url

pytestmark = pytest.mark.django_db

HUGE = "x" * 200_000
ODD_TEXT = [HUGE, "a\x00b", "\u202eevil\u200f\u061c", "", " ", "💥" * 1000, "%00", "../../etc"]
FORM_BODIES = [
    *[("form", text) for text in ODD_TEXT],
    ("list", ["a", "b"]),
    ("raw", b"answer=%ff%fe%00&name=%C0%AF&reference[]=1"),
    ("json", '{"answer": ["x"]}'),
    ("text", "just some text"),
    ("too-big", "y" * (2 * 1024 * 1024)),
]
DEEP = "[" * 100_000
JSON_BODIES = [
    ("json-raw", '{"answers": '),
    ("json-raw", DEEP),
    ("json-raw", "null"),
    ("json-raw", '"\\u0000"'),
    ("json-raw", "[]"),
    ("json-raw", '{"questionnaire_version": 1e400, "language": NaN}'),
    (
        "json",
        {
            "language": ["en"],
            "questionnaire_version": 10**40,
            "answers": [],
            "contact": "x",
            "consents": {"share_with_centre": "maybe"},
            "reference": ["x"],
            "secret": {"a": 1},
            "channel": "fax",
        },
    ),
    (
        "json",
        {
            "language": "\u202e",
            "answers": {"summary": HUGE, "postcode": "\x00", "problem_area": ["housing"]},
            "contact": {"name": "\x00", "phone": "\u202e07700", "email": ["a@b.c"]},
            "consents": {"share_with_centre": True},
            "reference": "SP-\x00",
            "secret": HUGE,
            "channel": "sms",
            "message": "STOP",
            "source_number": "\x00",
        },
    ),
    ("form", "answers=1"),
    ("text", "{}"),
    ("too-big", '{"answers": "' + "z" * (2 * 1024 * 1024) + '"}'),
]
FORM_FIELDS = [
    "answer",
    "answer-option",
    "answer-day",
    "answer-month",
    "answer-year",
    "name",
    "email",
    "phone",
    "share_with_centre",
    "reference",
    "secret",
    "purpose",
    "website",
    "username",
    "password",
]


def post_body(client, url: str, kind: str, value, **extra):
    if kind in ("form", "list"):
        return client.post(url, {field: value for field in FORM_FIELDS}, **extra)
    if kind == "raw":
        return client.post(url, value, content_type="application/x-www-form-urlencoded", **extra)
    if kind == "json":
        body = value if isinstance(value, str) else json.dumps(value)
        return client.post(url, body, content_type="application/json", **extra)
    if kind == "json-raw":
        return client.post(url, value, content_type="application/json", **extra)
    if kind == "text":
        return client.post(url, value, content_type="text/plain", **extra)
    if kind == "too-big":
        return client.post(url, value, content_type="application/x-www-form-urlencoded", **extra)
    raise AssertionError(kind)


def assert_no_500s(client, url, bodies, **extra):
    for kind, value in bodies:
        response = post_body(client, url, kind, value, **extra)
        assert response.status_code < 500, (url, kind, str(value)[:60], response.status_code)


@pytest.fixture
def at_send_step(client):
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    driver.get(driver.url(CHECK))
    assert driver.contact().status_code == 303
    return client


HTML_FORMS = [
    "/en/get-help/start-again/",
    "/en/get-help/status/",
    "/en/get-help/status/withdraw/",
    "/en/get-help/status/stop-updates/",
    "/en/get-help/status/forget/",
    "/admin/login/",
]


@pytest.mark.parametrize("url", HTML_FORMS)
def test_public_forms_never_answer_500(client, url):
    assert_no_500s(client, url, FORM_BODIES)


def test_the_first_question_never_answers_500(client):
    assert_no_500s(client, question_url("en", "problem_area"), FORM_BODIES)


@pytest.mark.parametrize("step", ["contact-details/", "consent/", "q/2/"])
@override_settings(REFERRAL_MIN_FILL_SECONDS=0)
def test_the_flow_steps_never_answer_500(at_send_step, step):
    assert_no_500s(at_send_step, f"/en/get-help/{step}", FORM_BODIES)


API_POSTS = [
    "/api/v1/referrals/",
    "/api/v1/referrals/status/",
    "/api/v1/referrals/status/withdraw/",
    "/api/v1/referrals/status/stop-updates/",
    "/api/v1/sms/inbound/",
]


@pytest.mark.parametrize("url", API_POSTS)
@override_settings(NOTIFY_INBOUND_TOKEN="test-token")  # noqa: S106
def test_public_api_endpoints_never_answer_500(client, url):
    assert_no_500s(client, url, JSON_BODIES, HTTP_AUTHORIZATION="Bearer test-token")


GET_PAGES = [
    ("/en/search/", ["q", "topic", "page"]),
    ("/en/get-help/status/link/", ["r", "s"]),
    ("/api/v1/search/", ["q", "lang", "topic", "page"]),
    ("/api/v1/autocomplete/", ["q", "lang"]),
    ("/api/v1/questionnaire/", ["lang"]),
]


@pytest.mark.parametrize(("url", "params"), GET_PAGES)
def test_search_and_lookups_never_answer_500(client, url, params):
    for text in [*ODD_TEXT[1:], "x" * 5000, "9" * 400, "-1"]:
        response = client.get(url, {param: text for param in params})
        assert response.status_code < 500, (url, text[:60], response.status_code)
    listed = client.get(url, {param: ["a", "b"] for param in params})
    assert listed.status_code < 500


def test_the_status_by_reference_endpoint_never_answers_500(client):
    for reference in ["SP-\u202e", "%00", "x" * 5000, "💥"]:
        for secret in ["", "\u202e", "x" * 5000]:
            response = client.get(
                f"/api/v1/referrals/{reference}/status/", headers={"X-Status-Secret": secret}
            )
            assert response.status_code < 500, (reference[:20], secret[:20])


def test_a_body_over_the_size_limit_is_a_400(client):
    response = client.post(
        "/en/get-help/status/",
        "reference=" + "r" * (2 * 1024 * 1024),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
