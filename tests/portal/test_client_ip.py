import pytest
from django.test import RequestFactory, override_settings

from portal.client_ip import client_ip


def request(remote="203.0.113.1", forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_without_trusted_proxies_the_header_is_ignored():
    assert client_ip(request(forwarded="192.0.2.1")) == "203.0.113.1"


@override_settings(TRUSTED_PROXY_COUNT=1)
@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("198.51.100.7", "198.51.100.7"),
        ("1.1.1.1, 198.51.100.7", "198.51.100.7"),
        ("not-an-address, 198.51.100.7", "198.51.100.7"),
        ("198.51.100.7, not-an-address", "10.0.0.2"),
        ("", "10.0.0.2"),
        (" 2001:db8::1 ", "2001:db8::1"),
    ],
)
def test_with_one_proxy_the_rightmost_entry_counts(forwarded, expected):
    assert client_ip(request(remote="10.0.0.2", forwarded=forwarded)) == expected


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_with_two_proxies_the_entry_the_outer_proxy_added_counts():
    assert client_ip(request("10.0.0.3", "6.6.6.6, 198.51.100.7, 10.0.0.2")) == "198.51.100.7"
    # Fewer hops than proxies: someone reached the inner proxy directly.
    assert client_ip(request("10.0.0.3", "198.51.100.7")) == "10.0.0.3"
