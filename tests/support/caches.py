"""Cache settings for "the cache is down" tests: nothing listens on port 1."""

STOPPED_REDIS = "redis://127.0.0.1:1/0"

# Django's own Redis backend: every call raises.
RAISING = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": STOPPED_REDIS,
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}

# django-redis as production configures it (CACHE_URL=redis://...): errors
# are swallowed and calls answer None.
IGNORING = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": STOPPED_REDIS,
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.2,
            "SOCKET_TIMEOUT": 0.2,
        },
    }
}
