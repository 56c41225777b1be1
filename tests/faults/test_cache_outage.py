"""Redis stops: pages still render and public submissions are still accepted.

The cache is django-redis as configured from CACHE_URL (fail-soft options
from portal/settings/base.py), reached through a TcpProxy in front of the
machine's Redis, which the test cuts; Redis itself is never touched. Without
a Redis on this machine the tests are skipped with the reason.
"""

from __future__ import annotations

import socket
import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings

from referrals.models import Enquiry
from tests.knowledge.factories import publish_guide
from tests.referrals.factories import CentreFactory
from tests.referrals.flow_helpers import FlowDriver, housing_walk
from tests.support.tcp_proxy import TcpProxy

REDIS_PORT = 6379


def redis_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=0.5).close()
    except OSError:
        return False
    return True


pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not redis_running(), reason="needs Redis on 127.0.0.1:6379"),
]


def redis_cache_through(proxy: TcpProxy) -> dict:
    """The production cache settings (portal/settings/base.py) for a CACHE_URL at the proxy."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{proxy.port}/15",
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
            "KEY_PREFIX": f"signpost-faults-{uuid.uuid4().hex}",
        }
    }


@pytest.fixture
def redis_proxy():
    with TcpProxy(REDIS_PORT) as proxy:
        with override_settings(CACHES=redis_cache_through(proxy)):
            yield proxy
            cache.clear()  # only this test's keys would be left: the prefix is unique


def test_pages_render_and_submissions_are_accepted_without_redis(redis_proxy):
    guide = publish_guide(title="Getting your deposit back", slug="deposits")
    CentreFactory(slug="riverside", coverage=["E1"], weekly_capacity=100)
    client = Client()
    assert client.get(guide.url).status_code == 200
    cache.set("signpost-faults-probe", "1")
    assert cache.get("signpost-faults-probe") == "1"  # Redis really was in use

    redis_proxy.cut()
    assert cache.get("signpost-faults-probe") is None  # a miss, not an error
    for url in (guide.url, "/en/", "/en/search/?q=deposit", "/en/get-help/"):
        assert client.get(url).status_code == 200, url
    driver = FlowDriver(client, "en")
    driver.get(driver.url(""))
    driver.answer_all(housing_walk())
    driver.contact()
    assert driver.send()["Location"] == "/en/get-help/sent/"
    assert driver.get("/en/get-help/sent/").status_code == 200
    assert Enquiry.objects.count() == 1

    data = client.get("/readyz")
    assert data.status_code == 503  # the cache is reported, the load balancer decides
    assert data.json()["checks"]["cache"]["ok"] is False

    redis_proxy.restore()
    assert client.get("/readyz").status_code == 200
