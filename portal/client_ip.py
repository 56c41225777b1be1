"""The client's address, as far as we can trust it.

X-Forwarded-For is a list a client can start with anything it likes; each
proxy appends the address it saw. With TRUSTED_PROXY_COUNT proxies in front
of us, the only entry we can believe is the one the outermost trusted proxy
appended: the TRUSTED_PROXY_COUNT-th from the right. Anything left of it was
written by the client. With no trusted proxy the header is ignored.

Sign-in lockout (django-axes) keys on this address, and so will the public
rate limits: a forged header must never give an attacker a fresh address.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        # Fewer hops than proxies we run: the request bypassed one of them.
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
