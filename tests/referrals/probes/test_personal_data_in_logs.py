"""Probe: a marker value in every personal field never reaches a log line,
whatever happens to the enquiry (public API, a refused submission, staff
actions, notification delivery and its failures)."""

from __future__ import annotations

import json
import logging
import smtplib
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from referrals.services import ContactDetails
from referrals.services.delivery import notifications_send_due
from tests.support.staff import staff_login

from ..factories import caseworker, housing_answers, submit
from .payloads import MARKER

pytestmark = pytest.mark.django_db

EMAIL = f"{MARKER.lower()}@example.org"
PHONE = "07700 900417"


@pytest.fixture
def every_log_record(monkeypatch):
    """Every record any logger handles, whatever its handlers and propagation."""
    seen: list[str] = []
    original = logging.Logger.handle

    def handle(self, record):
        try:
            message = record.getMessage()
        except Exception:
            message = f"{record.msg} {record.args}"
        exc = logging.Formatter().formatException(record.exc_info) if record.exc_info else ""
        seen.append(f"{record.name} {message} {exc} {record.__dict__}")
        return original(self, record)

    monkeypatch.setattr(logging.Logger, "handle", handle)
    root_level = logging.root.level
    logging.root.setLevel(logging.DEBUG)
    yield seen
    logging.root.setLevel(root_level)


def test_a_marker_never_appears_in_any_log_line(every_log_record, riverside):
    staff = staff_login(Client(), caseworker(riverside, "river-cw"))
    answers = housing_answers(
        summary=f"{MARKER} summary",
        accessibility_details=f"{MARKER} access",
        contact_method="email",
    )
    body = {
        "language": "en",
        "answers": answers,
        "contact": {"name": f"{MARKER} Name", "phone": PHONE, "email": EMAIL},
        "consents": {"share_with_centre": True, "updates_by_email": True, "updates_by_sms": True},
    }
    public = Client()
    response = public.post(
        "/api/v1/referrals/",
        data=json.dumps(body),
        content_type="application/json",
        headers={"Idempotency-Key": "probe-marker-key-0001"},
    )
    assert response.status_code in (200, 201), response.content
    refused = dict(body, contact={"name": f"{MARKER} Name", "email": f"{MARKER}-not-an-email"})
    public.post("/api/v1/referrals/", data=json.dumps(refused), content_type="application/json")

    enquiry = submit(
        answers=answers,
        contact=ContactDetails(name=f"{MARKER} Name", phone=PHONE, email=EMAIL),
        consents={"share_with_centre": True, "updates_by_email": True, "updates_by_sms": True},
    ).enquiry
    for name, data in [
        ("detail", None),
        ("export", None),
        ("note", {"body": f"{MARKER} note"}),
        ("claim", {}),
        ("release", {"reason": f"{MARKER} reason"}),
        ("note", {"body": ""}),  # refused
    ]:
        url = reverse(f"enquiries:{name}", args=[enquiry.pk])
        staff.get(url) if data is None else staff.post(url, data)

    notifications_send_due()
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=smtplib.SMTPServerDisconnected(f"lost {EMAIL}"),
    ):
        staff.post(reverse("enquiries:claim", args=[enquiry.pk]))
        notifications_send_due()

    assert len(every_log_record) > 0
    for needle in (MARKER, MARKER.lower(), "900417"):
        leaks = [line for line in every_log_record if needle in line]
        assert leaks == [], leaks[:3]
