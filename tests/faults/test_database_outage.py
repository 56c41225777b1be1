"""PostgreSQL goes away in the middle of a stream of submissions.

The application talks to the test database through a TcpProxy that the test
cuts (every open connection dropped, new ones refused, as in a restart) and
restores. The shared PostgreSQL server is never touched.

What must hold: every confirmation shown has its enquiry stored; every
failure is a 503 page, in the person's language, saying the enquiry was not
sent and that their answers are kept; the answers do survive (sending again
later works, once, without typing anything); and the application reconnects
by itself on the first request after the database is back.
"""

from __future__ import annotations

import re
from unittest import mock

import pytest
from django.db import close_old_connections, connection
from django.test import Client

from referrals.models import Enquiry
from referrals.services import enquiry_submit
from tests.referrals.factories import CentreFactory
from tests.referrals.flow_helpers import FlowDriver, housing_walk
from tests.support.tcp_proxy import TcpProxy

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NOT_SENT = {"en": "Your enquiry has not been sent", "cy": "Nid yw eich ymholiad wedi"}
REFERENCE = re.compile(r'<strong class="reference" dir="ltr">(SP-[0-9A-Z-]+)</strong>')


class ServerClient(Client):
    """The test client plus what the WSGI server does around each request:
    Django's request_started/finished connection housekeeping (the test
    client switches it off), which is what reconnects after an outage."""

    def __init__(self):
        super().__init__(raise_request_exception=False)

    def request(self, **request):
        close_old_connections()
        try:
            return super().request(**request)
        finally:
            close_old_connections()


@pytest.fixture
def proxied_database():
    """Point the application's connections at a proxy in front of the test database."""
    settings_dict = connection.settings_dict
    original = {key: settings_dict[key] for key in ("HOST", "PORT", "CONN_MAX_AGE")}
    proxy = TcpProxy(int(original["PORT"] or 5432), original["HOST"] or "127.0.0.1")
    connection.close()
    # Persistent connections with health checks, as in production (deploy/stack.sh).
    settings_dict.update(HOST="127.0.0.1", PORT=proxy.port, CONN_MAX_AGE=60)
    yield proxy
    proxy.restore()
    connection.close()
    settings_dict.update(original)
    proxy.close()


def at_consent(lang: str) -> FlowDriver:
    driver = FlowDriver(ServerClient(), lang)
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    assert driver.contact().status_code == 303
    assert driver.get(driver.url("consent/")).status_code == 200
    return driver


def send(driver: FlowDriver) -> str | None:
    """Send; the reference on the confirmation page, or None for a failure page."""
    response = driver.send()
    if response.status_code in (302, 303):
        confirmation = driver.get(response["Location"])
        if confirmation.status_code == 200:
            return REFERENCE.search(confirmation.content.decode()).group(1)
        response = confirmation
    html = response.content.decode()
    assert response.status_code == 503, (response.status_code, html[:500])
    assert NOT_SENT[driver.lang] in html
    assert "no-store" in response["Cache-Control"]
    return None


def test_a_database_restart_in_a_stream_of_submissions_loses_nothing(proxied_database):
    proxy = proxied_database
    CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    drivers = [at_consent("cy" if i % 2 else "en") for i in range(10)]

    def cut_then_submit(**kwargs):
        proxy.cut()  # the session is read; the database goes before the insert
        return enquiry_submit(**kwargs)

    def submit_then_cut(**kwargs):
        result = enquiry_submit(**kwargs)
        proxy.cut()  # stored and committed; the database goes before the session is saved
        return result

    confirmed: dict[int, str] = {}
    failed: list[int] = []
    for i, driver in enumerate(drivers):
        side_effect = {3: cut_then_submit, 7: submit_then_cut}.get(i)
        if i in (6, 9):
            proxy.restore()
        if side_effect:
            with mock.patch("referrals.views.flow.enquiry_submit", side_effect=side_effect):
                reference = send(driver)
        else:
            reference = send(driver)
        if reference:
            confirmed[i] = reference
        else:
            failed.append(i)

    # Cut at 3, restored at 6: 3, 4 and 5 failed; cut again after 7 was stored, so 7 and 8 failed.
    assert failed == [3, 4, 5, 7, 8]
    # The first request after the database came back (6, then 9) went through by itself.
    assert set(confirmed) == {0, 1, 2, 6, 9}
    stored = set(Enquiry.objects.values_list("reference", flat=True))
    assert set(confirmed.values()) <= stored
    assert len(stored) == 6  # 7 was stored although its person saw the failure page

    # The answers were kept: sending again, without typing anything, goes through once.
    for i in failed:
        confirmed[i] = send(drivers[i])
        assert confirmed[i]
    assert len(set(confirmed.values())) == len(drivers)
    assert set(Enquiry.objects.values_list("reference", flat=True)) == set(confirmed.values())


def test_the_api_answers_503_while_the_database_is_away(proxied_database):
    proxy = proxied_database
    client = ServerClient()
    proxy.cut()
    response = client.post(
        "/api/v1/referrals/",
        {"answers": {}, "contact": {}, "consents": {}, "language": "en"},
        content_type="application/json",
        headers={"idempotency-key": "x" * 32},
    )
    assert response.status_code == 503
    proxy.restore()
    assert client.get("/readyz").status_code == 200
