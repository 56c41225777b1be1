"""Rate limits on the referral submission API (referrals/abuse.py, used by
referrals/api.py): the same limits as the HTML flow, answered in the API's
``{"detail"}`` shape."""

from __future__ import annotations

import json

import pytest
from django.test import Client, override_settings

from referrals.models import Enquiry
from tests.referrals.factories import housing_answers
from tests.support.caches import RAISING

pytestmark = pytest.mark.django_db

URL = "/api/v1/referrals/"


def send(client, **headers):
    body = {
        "language": "en",
        "answers": housing_answers(),
        "contact": {"name": "Amira", "phone": "07700 900123"},
        "consents": {"share_with_centre": True},
    }
    return client.post(URL, data=json.dumps(body), content_type="application/json", headers=headers)


@override_settings(REFERRAL_SUBMISSIONS_PER_CLIENT=2, REFERRAL_SUBMISSIONS_GLOBAL=0)
def test_over_the_per_client_limit_the_api_answers_429_and_stores_nothing(client):
    assert [send(client).status_code for _ in range(2)] == [201, 201]
    response = send(client)
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    assert set(response.json()) == {"detail"}
    assert response.json()["detail"].startswith("Too many enquiries are being sent.")
    assert "no-store" in response["Cache-Control"]
    assert Enquiry.objects.count() == 2
    assert send(Client(REMOTE_ADDR="203.0.113.7")).status_code == 201


@override_settings(REFERRAL_SUBMISSIONS_PER_CLIENT=0, REFERRAL_SUBMISSIONS_GLOBAL=1)
def test_over_the_global_limit_every_client_gets_429(client):
    assert send(client).status_code == 201
    assert send(Client(REMOTE_ADDR="203.0.113.7")).status_code == 429


@override_settings(REFERRAL_SUBMISSIONS_PER_CLIENT=1, REFERRAL_SUBMISSIONS_GLOBAL=1)
def test_with_the_cache_down_the_api_still_accepts_referrals(client):
    with override_settings(CACHES=RAISING):
        assert [send(client).status_code for _ in range(3)] == [201, 201, 201]
    assert Enquiry.objects.count() == 3


def test_the_openapi_schema_documents_the_429(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "429" in schema["paths"][URL]["post"]["responses"]
