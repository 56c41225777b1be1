"""Probe: script injection in notification e-mails. The help-seeker's free
text is never put in an e-mail at all, and anything the HTML part shows is
escaped."""

from __future__ import annotations

import pytest
from django.core import mail

from referrals.messages import Message
from referrals.services import ContactDetails
from referrals.services.delivery import notifications_send_due

from ..factories import caseworker, housing_answers, submit
from .payloads import MARKER, PAYLOADS, hostile_answers, hostile_name

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("payload", PAYLOADS)
def test_free_text_never_reaches_a_notification_e_mail(riverside, payload):
    caseworker(riverside, "river-alerts")
    mail.outbox.clear()
    submit(
        answers=housing_answers(contact_method="email", **hostile_answers(payload)),
        contact=ContactDetails(name=hostile_name(payload), email="person@example.org"),
        consents={"share_with_centre": True, "updates_by_email": True},
    )
    notifications_send_due()
    assert len(mail.outbox) >= 2  # the person's confirmation and the centre's alert
    for email in mail.outbox:
        parts = [email.subject, email.body, *(content for content, _type in email.alternatives)]
        for part in parts:
            assert MARKER not in str(part)
            assert "window.__xss" not in str(part)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_html_part_escapes_whatever_it_is_given(payload):
    html = Message(
        subject=payload, paragraphs=[payload], footer=[payload], link="/status/", link_text=payload
    ).html()
    assert "<script>window" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
