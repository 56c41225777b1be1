"""The fixed-window limiter on the cache (portal/rate_limits.py)."""

from __future__ import annotations

import logging

import pytest
from django.test import RequestFactory, override_settings

from portal import rate_limits
from portal.rate_limits import Limit
from tests.support.caches import IGNORING, RAISING

THREE_A_MINUTE = Limit("test-three", 3, 60)
ONE_A_MINUTE = Limit("test-one", 1, 60)
START = 6_000_000.0  # the start of a 60-second window


def test_a_limit_allows_its_count_then_refuses_until_the_window_ends():
    decisions = [rate_limits.hit([(THREE_A_MINUTE, "a")], now=START + 15) for _ in range(4)]
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert decisions[-1].limit == "test-three"
    assert decisions[-1].retry_after == 45
    assert rate_limits.hit([(THREE_A_MINUTE, "a")], now=START + 60).allowed


def test_keys_are_counted_separately():
    assert rate_limits.hit([(ONE_A_MINUTE, "a")], now=START).allowed
    assert not rate_limits.hit([(ONE_A_MINUTE, "a")], now=START).allowed
    assert rate_limits.hit([(ONE_A_MINUTE, "b")], now=START).allowed


def test_a_refusal_does_not_count_against_later_limits():
    shared = Limit("test-shared", 2, 60)
    assert rate_limits.hit([(ONE_A_MINUTE, "a"), (shared, "all")], now=START).allowed
    for _ in range(3):
        refused = rate_limits.hit([(ONE_A_MINUTE, "a"), (shared, "all")], now=START)
        assert refused.limit == "test-one"
    assert rate_limits.hit([(ONE_A_MINUTE, "b"), (shared, "all")], now=START).allowed


def test_a_count_of_zero_switches_a_limit_off():
    off = Limit("test-off", 0, 60)
    assert all(rate_limits.hit([(off, "a")], now=START).allowed for _ in range(5))


@pytest.mark.parametrize("caches", [RAISING, IGNORING], ids=["raising", "django-redis-ignoring"])
def test_with_the_cache_down_the_limiter_fails_open_and_says_so(caches, caplog):
    with override_settings(CACHES=caches), caplog.at_level(logging.WARNING, "portal.rate_limits"):
        decisions = [rate_limits.hit([(ONE_A_MINUTE, "client-key-7")]) for _ in range(2)]
    assert all(d.allowed for d in decisions)
    assert "test-one" in caplog.text and "the cache is unavailable" in caplog.text
    assert "client-key-7" not in caplog.text


def test_the_client_key_is_a_hash_of_the_trusted_address_only():
    factory = RequestFactory()
    plain = factory.get("/", REMOTE_ADDR="203.0.113.9")
    spoofed = factory.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.1")
    other = factory.get("/", REMOTE_ADDR="203.0.113.10")
    with override_settings(TRUSTED_PROXY_COUNT=0):
        assert rate_limits.client_key(plain) == rate_limits.client_key(spoofed)
        assert rate_limits.client_key(plain) != rate_limits.client_key(other)
        assert "203.0.113.9" not in rate_limits.client_key(plain)
    behind_proxy = factory.get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9"
    )
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert rate_limits.client_key(behind_proxy) == rate_limits.client_key(plain)
