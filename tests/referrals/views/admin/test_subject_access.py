"""Subject access and erasure pages: network admins only, POST only, no-store,
audited without personal data; and the legal-hold button."""

import datetime as dt
import json

import pytest
from django.test import Client
from django.urls import reverse

from portal.models import AuditRecord
from referrals.models import Enquiry, ErasureRecord
from referrals.services.retention import retention_apply
from tests.support.staff import staff_login

from ...factories import caseworker
from ...services.retention_helpers import (
    MARKER,
    MARKER_EMAIL,
    MARKER_PHONE,
    finish,
    marked_enquiry,
)

pytestmark = pytest.mark.django_db

SEARCH, EXPORT, ERASE = (
    "referrals_subject_access",
    "referrals_subject_export",
    "referrals_subject_erase",
)


@pytest.fixture
def marked(riverside):
    return marked_enquiry(as_of=dt.datetime(2025, 3, 1, 10, 0, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    "lookup",
    [
        {"email": " Zqxmarker7731@Example.org "},
        {"phone": "+44 7700 900731"},
        {"reference": "{reference}"},
    ],
)
def test_a_network_admin_finds_a_person_by_email_phone_or_reference(
    admin_client, marked, enquiry, lookup
):
    data = {key: value.format(reference=marked.reference.lower()) for key, value in lookup.items()}

    response = admin_client.post(reverse(SEARCH), data)

    html = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert marked.reference in html and enquiry.reference not in html
    assert MARKER not in html  # the list shows references, not the person's details
    audit = AuditRecord.objects.get(action="subject_access_search")
    assert audit.detail == {"by": list(lookup), "references": [marked.reference]}
    assert MARKER not in json.dumps(audit.detail) and "7700" not in json.dumps(audit.detail)


def test_an_empty_search_asks_for_something(admin_client, marked):
    response = admin_client.post(reverse(SEARCH), {"email": " "})

    assert "Enter a reference, an e-mail address or a phone number." in response.content.decode()
    assert not AuditRecord.objects.filter(action="subject_access_search").exists()


def test_the_export_is_a_no_store_json_download_of_everything(admin_client, marked):
    response = admin_client.post(reverse(EXPORT), {"reference": [marked.reference]})

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"].startswith('attachment; filename="subject-access-')
    data = json.loads(response.content)
    assert set(data) == {"schema", "exported_at", "exported_by", "enquiries", "erasures"}
    (exported,) = data["enquiries"]
    assert exported["reference"] == marked.reference
    assert exported["contact"]["email"] == MARKER_EMAIL
    assert exported["contact"]["name"] == f"Amira {MARKER}"
    assert MARKER in exported["summary"] and exported["legal_hold"] is False
    assert {n["kind"] for n in exported["notifications"]} >= {"enquiry_received"}
    assert {"timeline", "notes", "consent_history", "answers"} <= set(exported)
    audit = AuditRecord.objects.get(action="subject_access_export")
    assert audit.target_label == marked.reference and MARKER not in str(audit.detail)


def test_erasing_asks_first_then_erases(admin_client, marked):
    confirm = admin_client.post(reverse(ERASE), {"reference": [marked.reference]})

    assert confirm.status_code == 200 and "no-store" in confirm["Cache-Control"]
    assert 'name="confirm" value="yes"' in confirm.content.decode()
    assert Enquiry.objects.filter(pk=marked.pk).exists()

    done = admin_client.post(reverse(ERASE), {"reference": [marked.reference], "confirm": "yes"})

    assert done.status_code == 302
    assert not Enquiry.objects.filter(pk=marked.pk).exists()
    assert ErasureRecord.objects.get().reference == marked.reference
    assert AuditRecord.objects.get(action="subject_erasure").target_label == marked.reference


def test_a_held_enquiry_is_not_erased(admin_client, marked):
    Enquiry.objects.filter(pk=marked.pk).update(legal_hold=True)

    admin_client.post(reverse(ERASE), {"reference": [marked.reference], "confirm": "yes"})

    assert Enquiry.objects.filter(pk=marked.pk).exists()


def test_searching_by_get_puts_nothing_in_the_address(admin_client, marked):
    response = admin_client.get(reverse(SEARCH), {"email": MARKER_EMAIL})

    assert marked.reference not in response.content.decode()


@pytest.mark.parametrize("name", [SEARCH, EXPORT, ERASE])
def test_only_network_admins_may_use_them(name, marked, riverside, river_client):
    manager = staff_login(Client(), caseworker(riverside, "river-manager", role="manager"))
    data = {"reference": [marked.reference], "phone": MARKER_PHONE, "confirm": "yes"}

    for client in (river_client, manager):
        assert client.post(reverse(name), data).status_code == 404
        assert client.get(reverse(name)).status_code in (404, 405)
    assert Client().post(reverse(name), data).status_code == 302  # to the sign-in page
    assert Enquiry.objects.filter(pk=marked.pk).exists()
    assert not AuditRecord.objects.filter(action__startswith="subject_").exists()


def test_a_manager_places_a_legal_hold_from_the_detail_page(marked, riverside):
    manager = staff_login(Client(), caseworker(riverside, "river-manager", role="manager"))
    detail = reverse("enquiries:detail", args=[marked.pk])

    assert "Place on legal hold" in manager.get(detail).content.decode()
    manager.post(reverse("enquiries:legal_hold", args=[marked.pk]), {"held": "1"})

    assert Enquiry.objects.get(pk=marked.pk).legal_hold
    assert "Lift the legal hold" in manager.get(detail).content.decode()


def test_a_caseworker_cannot_place_a_legal_hold(marked, river_client):
    detail = reverse("enquiries:detail", args=[marked.pk])

    assert "Place on legal hold" not in river_client.get(detail).content.decode()
    river_client.post(reverse("enquiries:legal_hold", args=[marked.pk]), {"held": "1"})

    assert not Enquiry.objects.get(pk=marked.pk).legal_hold


def test_an_anonymised_enquiry_still_opens_for_staff(admin_client, marked, riverside_caseworker):
    finished_at = dt.datetime(2025, 3, 2, 10, 0, tzinfo=dt.UTC)
    finish(marked, "closed", actor=riverside_caseworker, at=finished_at)
    retention_apply(now=finished_at + dt.timedelta(days=400))

    response = admin_client.get(reverse("enquiries:detail", args=[marked.pk]))

    html = response.content.decode()
    assert response.status_code == 200 and marked.reference in html
    assert MARKER not in html and "Personal data anonymised" in html
