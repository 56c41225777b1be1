"""Local development: SQLite, no services, verbose errors."""

from .base import *  # noqa: F403
from .base import BASE_DIR, env

# The default SQLite database lives here; git ignores it.
(BASE_DIR / "var").mkdir(exist_ok=True)

DEBUG = env.bool("DEBUG", default=True)
DEMO_CONTENT_ALLOWED = True
# A fixed key is fine for a local demo; production refuses it (see production.py).
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405, S105
ALLOWED_HOSTS = ALLOWED_HOSTS + ["[::1]", "testserver"]  # noqa: F405
# Fixed, published keys so a local database stays readable between runs.
# Not secret: production refuses them (see production.py).
FIELD_ENCRYPTION_KEYS = FIELD_ENCRYPTION_KEYS or [  # noqa: F405
    "ZGV2LW9ubHktZmllbGQta2V5LW5vdC1hLXNlY3JldCE=",
]
LOOKUP_HASH_KEY = LOOKUP_HASH_KEY or "dev-only-lookup-hash-key-not-a-secret"  # noqa: F405, S105
