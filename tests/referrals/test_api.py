"""The referrals JSON API: questionnaire, submission, status, SMS replies."""

from __future__ import annotations

import json

import pytest
from django.test import override_settings

from referrals.models import Consent, Enquiry
from tests.referrals.catalogue_helpers import translated
from tests.referrals.factories import housing_answers, submit

pytestmark = pytest.mark.django_db

KEY = "api-test-idempotency-key-0001"


def post(client, url, body, **headers):
    return client.post(url, data=json.dumps(body), content_type="application/json", headers=headers)


def referral(**overrides) -> dict:
    body = {
        "language": "en",
        "answers": housing_answers(),
        "contact": {"name": "Amira", "phone": "07700 900123"},
        "consents": {"share_with_centre": True, "updates_by_sms": True},
    }
    body.update(overrides)
    return body


def test_the_openapi_schema_describes_the_referrals_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/v1/questionnaire/",
        "/api/v1/referrals/",
        "/api/v1/referrals/status/",
        "/api/v1/referrals/{reference}/status/",
        "/api/v1/referrals/status/withdraw/",
        "/api/v1/referrals/status/stop-updates/",
        "/api/v1/sms/inbound/",
    ):
        assert path in paths, path
    submit_op = paths["/api/v1/referrals/"]["post"]
    assert {"201", "200", "415", "422"} <= set(submit_op["responses"])
    assert any(p["name"] == "Idempotency-Key" for p in submit_op["parameters"])
    body = submit_op["requestBody"]["content"]["application/json"]["schema"]
    assert body["$ref"].endswith("/ReferralIn")
    components = schema["components"]["schemas"]
    assert {"ReferralIn", "ReferralOut", "ErrorsOut", "QuestionnaireOut", "StatusOut"} <= set(
        components
    )
    # The status lookup takes its secret from the body or a header, never the query.
    lookup = paths["/api/v1/referrals/{reference}/status/"]["get"]["parameters"]
    assert {"in": "header", "name": "X-Status-Secret"}.items() <= next(
        p for p in lookup if p["name"] == "X-Status-Secret"
    ).items()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_questionnaire_definition_per_language(client, lang):
    response = client.get(f"/api/v1/questionnaire/?lang={lang}")
    data = response.json()
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert data["language"] == lang and data["start"] == "problem_area"
    first = data["questions"][0]
    assert first["key"] == "problem_area" and first["kind"] == "single_choice"
    housing = next(o for o in first["options"] if o["key"] == "housing")
    assert housing["next"] == "housing_problem" and housing["label"]
    assert "sets" not in housing  # what options set (routing facts) stays internal
    assert data["consents"]["wording_version"] == "2026-1"
    purposes = {p["purpose"]: p for p in data["consents"]["purposes"]}
    assert purposes["share_with_centre"]["required"] is True
    assert purposes["updates_by_sms"]["required"] is False
    assert data["contact"]["required_for_contact_method"]["email"] == ["email"]


def test_the_questionnaire_consent_wording_is_translated(client):
    msgid = "Share my enquiry with an advice centre"
    with translated("cy", msgid, "Rhannu fy ymholiad â chanolfan gynghori"):
        data = client.get("/api/v1/questionnaire/?lang=cy").json()
    labels = [p["label"] for p in data["consents"]["purposes"]]
    assert "Rhannu fy ymholiad â chanolfan gynghori" in labels


def test_an_unknown_language_is_a_422(client):
    response = client.get("/api/v1/questionnaire/?lang=xx")
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"field": "lang", "messages": ["This language is not available."]}
    ]


def test_a_referral_is_submitted_through_the_same_service(client):
    response = post(client, "/api/v1/referrals/", referral(), **{"Idempotency-Key": KEY})
    data = response.json()
    assert response.status_code == 201
    enquiry = Enquiry.objects.get(reference=data["reference"])
    assert data["created"] is True and len(data["status_secret"]) == 20
    assert data["status_url"] == "http://testserver/en/get-help/status/"
    assert enquiry.state == "routed" and enquiry.area.code == "housing"
    assert enquiry.phone == "+447700900123"
    given = set(Consent.objects.filter(enquiry=enquiry).values_list("purpose", flat=True))
    assert given == {"share_with_centre", "updates_by_sms"}


def test_the_same_idempotency_key_returns_the_first_enquiry(client):
    first = post(client, "/api/v1/referrals/", referral(), **{"Idempotency-Key": KEY})
    again = post(client, "/api/v1/referrals/", referral(), **{"Idempotency-Key": KEY})
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["reference"] == first.json()["reference"]
    assert again.json()["status_secret"] == first.json()["status_secret"]
    assert again.json()["created"] is False
    assert Enquiry.objects.count() == 1


def test_every_problem_is_listed_per_field(client):
    answers = housing_answers(contact_method="email")
    del answers["summary"]
    body = referral(
        answers=answers,
        contact={"name": "x" * 151, "phone": "12"},
        consents={"updates_by_email": True},
    )
    response = post(client, "/api/v1/referrals/", body)
    assert response.status_code == 422
    errors = {e["field"]: e["messages"] for e in response.json()["errors"]}
    assert errors["summary"] == ["Enter an answer."]
    assert errors["contact.name"] == ["Your name is too long: use no more than 150 characters."]
    assert errors["contact.phone"] == ["Enter a phone number, like 07700 900123."]
    assert errors["consents.share_with_centre"][0].startswith("You need to agree")
    assert not Enquiry.objects.exists()


def test_errors_are_in_the_requested_language(client):
    body = referral(language="cy", answers=housing_answers(problem_area="astrology"))
    with translated("cy", "Choose one of the options.", "Dewiswch un o'r opsiynau."):
        response = post(client, "/api/v1/referrals/", body)
    errors = {e["field"]: e["messages"] for e in response.json()["errors"]}
    assert errors["problem_area"] == ["Dewiswch un o'r opsiynau."]


def test_schema_errors_have_the_same_shape(client):
    response = post(client, "/api/v1/referrals/", {"language": "en", "consents": {"x": "maybe"}})
    assert response.status_code == 422
    fields = {e["field"] for e in response.json()["errors"]}
    assert {"answers", "contact", "consents.x"} <= fields


def test_only_json_bodies_are_accepted(client):
    response = client.post("/api/v1/referrals/", {"language": "en"})  # a form post
    assert response.status_code == 415
    response = client.post("/api/v1/referrals/", "{oops", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "The request body is not valid JSON."}


def test_submission_uses_no_session_or_cookies(client):
    response = post(client, "/api/v1/referrals/", referral(), **{"Idempotency-Key": KEY})
    assert response.status_code == 201
    assert not response.cookies


def test_a_database_failure_is_a_503(client, monkeypatch):
    from django.db import OperationalError

    def fail(**kwargs):
        raise OperationalError("down")

    monkeypatch.setattr("referrals.api.enquiry_submit", fail)
    response = post(client, "/api/v1/referrals/", referral())
    assert response.status_code == 503
    assert "has not been sent" in response.json()["detail"]


def test_status_by_reference_and_secret_in_the_body_or_a_header(client):
    result = submit(consents={"share_with_centre": True})
    response = post(
        client,
        "/api/v1/referrals/status/",
        {"reference": result.reference.lower(), "secret": result.status_secret.upper()},
    )
    data = response.json()
    assert response.status_code == 200
    assert data["reference"] == result.reference and data["state"] == "routed"
    assert data["can_withdraw"] is True and data["updates_by_sms"] is False
    by_header = client.get(
        f"/api/v1/referrals/{result.reference}/status/",
        headers={"X-Status-Secret": result.status_secret},
    )
    assert by_header.json() == data
    assert "no-store" in response["Cache-Control"] and "no-store" in by_header["Cache-Control"]
    text = json.dumps(data)
    for personal in ("Test Person", "07700", "damp", "E1 6AN", "housing"):
        assert personal not in text


def test_a_wrong_secret_is_a_404(client):
    result = submit()
    response = post(
        client, "/api/v1/referrals/status/", {"reference": result.reference, "secret": "x" * 20}
    )
    assert response.status_code == 404
    assert client.get(f"/api/v1/referrals/{result.reference}/status/").status_code == 422


def test_withdraw_and_stop_updates(client):
    result = submit(consents={"share_with_centre": True, "updates_by_sms": True})
    auth = {"reference": result.reference, "secret": result.status_secret}
    response = post(client, "/api/v1/referrals/status/stop-updates/", {**auth, "channel": "sms"})
    assert response.json()["updates_by_sms"] is False
    response = post(client, "/api/v1/referrals/status/withdraw/", auth)
    assert response.json()["state"] == "withdrawn" and response.json()["can_withdraw"] is False
    again = post(client, "/api/v1/referrals/status/withdraw/", auth)
    assert again.status_code == 409


@override_settings(NOTIFY_INBOUND_TOKEN="inbound-token-for-tests")
def test_an_sms_stop_reply_withdraws_consent_to_texts(client):
    result = submit(consents={"share_with_centre": True, "updates_by_sms": True})
    body = {"source_number": "447700900123", "message": "Stop", "id": "x"}
    unauthorised = post(client, "/api/v1/sms/inbound/", body)
    assert unauthorised.status_code == 401
    response = post(
        client, "/api/v1/sms/inbound/", body, Authorization="Bearer inbound-token-for-tests"
    )
    assert response.status_code == 204
    latest = Consent.objects.filter(enquiry=result.enquiry, purpose="updates_by_sms").last()
    assert latest.given is False


def test_the_sms_reply_endpoint_is_off_without_a_token(client):
    response = post(client, "/api/v1/sms/inbound/", {"source_number": "1", "message": "STOP"})
    assert response.status_code == 404
