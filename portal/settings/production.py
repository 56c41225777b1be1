"""Production: refuses to start without a real secret key, encryption keys
and host names."""

import base64
import binascii

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False
DEMO_CONTENT_ALLOWED = False

if not SECRET_KEY or len(SECRET_KEY) < 50 or SECRET_KEY.startswith(("dev-", "test-")):  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production."
    )
if not env.list("ALLOWED_HOSTS", default=[]):
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the host names this site answers to.")

# Values published in dev.py and test.py: never accepted here.
_PUBLISHED_KEYS = {
    "ZGV2LW9ubHktZmllbGQta2V5LW5vdC1hLXNlY3JldCE=",
    "dGVzdC1vbmx5LWZpZWxkLWtleS1ub3QtYS1zZWNyZXQ=",
}


def _is_fernet_key(key: str) -> bool:
    try:
        return len(base64.urlsafe_b64decode(key.encode())) == 32
    except (binascii.Error, ValueError):
        return False


if not FIELD_ENCRYPTION_KEYS:  # noqa: F405
    raise ImproperlyConfigured(
        "FIELD_ENCRYPTION_KEYS must list at least one Fernet key (newest first) in production."
    )
for _key in FIELD_ENCRYPTION_KEYS:  # noqa: F405
    if _key in _PUBLISHED_KEYS or not _is_fernet_key(_key) or _key == SECRET_KEY:  # noqa: F405
        raise ImproperlyConfigured(
            "Each FIELD_ENCRYPTION_KEYS entry must be a real Fernet key (32 random bytes, "
            "url-safe base64), different from SECRET_KEY and from the development keys."
        )
if (
    len(LOOKUP_HASH_KEY) < 32  # noqa: F405
    or LOOKUP_HASH_KEY.startswith(("dev-", "test-"))  # noqa: F405
    or LOOKUP_HASH_KEY == SECRET_KEY  # noqa: F405
):
    raise ImproperlyConfigured(
        "LOOKUP_HASH_KEY must be a random value of at least 32 characters in production, "
        "different from SECRET_KEY."
    )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
# Always on behind TLS. Only the local production-like stack (deploy/stack.sh),
# which serves plain HTTP on loopback, turns them off with SECURE_COOKIES=false.
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
LOGGING["handlers"]["console"]["formatter"] = env.str("LOG_FORMAT", default="json")  # noqa: F405
