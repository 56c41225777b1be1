"""Test settings: fast, deterministic, no network.

DATABASE_URL selects PostgreSQL (as CI does); without it the suite runs on
SQLite and PostgreSQL-only tests are skipped with their reason.
"""

from .base import *  # noqa: F403

DEBUG = False
DEMO_CONTENT_ALLOWED = True
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "signpost-tests",
    }
}
WAGTAILADMIN_BASE_URL = "http://testserver"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
FIELD_ENCRYPTION_KEYS = ["dGVzdC1vbmx5LWZpZWxkLWtleS1ub3QtYS1zZWNyZXQ="]
LOOKUP_HASH_KEY = "test-only-lookup-hash-key"  # noqa: S105
SMS_BACKEND = "locmem"
INSIGHT_CACHE_SECONDS = 0  # tests change facts between requests
# Existing flow tests send at once and many times; abuse tests set these explicitly.
REFERRAL_MIN_FILL_SECONDS = 0
REFERRAL_SUBMISSIONS_PER_CLIENT = 0
REFERRAL_SUBMISSIONS_GLOBAL = 0
