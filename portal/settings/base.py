"""Settings shared by every environment.

This is the one place that reads the environment: the other settings modules
only override values or validate what was read here.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
import environ
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

# --- Core -------------------------------------------------------------------

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

SITE_NAME = "Signpost"
WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = env.str("BASE_URL", default="http://127.0.0.1:8000")

# --- Applications -----------------------------------------------------------

INSTALLED_APPS = [
    # modeltranslation must come before anything whose models it patches.
    "modeltranslation",
    "portal",
    "knowledge",
    "referrals",
    "search",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.locales",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "portal.logging.RequestIdMiddleware",
    # Past capacity, readers get a quick 503 (off unless LOAD_SHED_CONCURRENCY).
    "portal.load_shedding.LoadSheddingMiddleware",
    # Lets services that write the audit trail know the client's address.
    "portal.audit.AuditContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "portal.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Staff sessions: idle and absolute limits, then the second-factor gate
    # (deny by default under STAFF_PATH_PREFIXES; see docs/security.md).
    "portal.staff_sessions.StaffSessionMiddleware",
    "portal.two_factor.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Counts arrivals at /<lang>/get-help/?from=<page id> (no SQL, nothing about the reader).
    "knowledge.page_views.GetHelpSourceMiddleware",
    # Turns a login lockout into the lockout page; axes wants to be last.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

# --- Data -------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'signpost.sqlite3'}"),
        conn_max_age=env.int("DB_CONN_MAX_AGE", default=0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHE_URL = env.str("CACHE_URL", default="")
REDIS_CACHE_OPTIONS = {
    "IGNORE_EXCEPTIONS": True,
    "SOCKET_CONNECT_TIMEOUT": env.float("CACHE_CONNECT_TIMEOUT", default=0.5),
    "SOCKET_TIMEOUT": env.float("CACHE_TIMEOUT", default=0.5),
}
if CACHE_URL:
    CACHES = {"default": env.cache_url("CACHE_URL")}
    # A cache outage degrades speed, never availability (see docs/deployment.md):
    # Redis errors read as misses and writes are dropped (logged), and a Redis
    # that hangs costs a request half a second at most.
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    if CACHES["default"]["BACKEND"].startswith("django_redis."):
        CACHES["default"].setdefault("OPTIONS", {}).update(REDIS_CACHE_OPTIONS)
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "signpost",
        }
    }
# Anonymous public pages are cached per language for this long (seconds);
# publishing, unpublishing, moving or deleting any page invalidates them.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)

# Rendered guide bodies are cached by content hash, interface language and
# glossary version (never stale); 0 turns the fragment cache off.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=86400)

TASKS = {
    "default": {
        "BACKEND": env.str(
            "TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend"
        ),
    }
}

# --- Languages --------------------------------------------------------------
# The language set is configuration: add a code here, add its catalogue under
# locales/, and run makemigrations for the translated reference data fields.

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("cy", "Cymraeg"),
    ("pl", "Polski"),
    ("ar", "العربية"),
    ("zh-hant", "繁體中文"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True
LOCALE_PATHS = [BASE_DIR / "locales"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_COOKIE_NAME = "signpost_language"
LANGUAGE_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static and media -------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env.str("STATIC_ROOT", default=str(BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.str("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

# --- Auth -------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "wagtailadmin_login"
# Private pages send readers to the staff sign-in (with its second factor).
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
# Axes refuses sign-ins while locked out; ModelBackend does the signing in.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# The staff area: every URL under these prefixes needs a signed-in user who
# has passed the second factor, unless it is on the short allowlist below
# (sign-in, sign-out, password reset, the second-factor views and the admin's
# static helpers). New staff views are covered without anyone remembering to.
STAFF_PATH_PREFIXES = ["/admin/", "/api/v1/staff/"]
STAFF_GATE_ALLOWLIST = [
    "/admin/login/",
    "/admin/logout/",
    "/admin/password_reset/",
    "/admin/jsi18n/",
    "/admin/sprite/",
    "/admin/two-factor/verify/",
    "/admin/two-factor/enrol/",
]
# Staff sessions end after this much inactivity, and this long after sign-in
# whatever happens (seconds).
STAFF_SESSION_IDLE_SECONDS = env.int("STAFF_SESSION_IDLE_SECONDS", default=30 * 60)
STAFF_SESSION_ABSOLUTE_SECONDS = env.int("STAFF_SESSION_ABSOLUTE_SECONDS", default=12 * 60 * 60)

# Second factor (django-otp): TOTP with ten single-use backup codes.
OTP_TOTP_ISSUER = SITE_NAME
# Wrong codes slow verification down exponentially: 1, 2, 4, 8 ... seconds.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
SECOND_FACTOR_BACKUP_CODES = 10

# Sign-in lockout (django-axes): keyed on the username and the client address
# together, so an attacker elsewhere cannot lock a member of staff out, and
# every lockout ends after the cool-off. The database handler keeps working
# when the cache is down: sign-in limiting fails closed.
AXES_HANDLER = "portal.lockout.FailClosedDatabaseHandler"
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# A lockout ends after the cool-off, however many attempts arrive meanwhile.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_USERNAME_CALLABLE = "portal.lockout.username_for_lockout"
AXES_CLIENT_IP_CALLABLE = "portal.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
# How many reverse proxies we trust to append to X-Forwarded-For (0: use the
# socket address and ignore the header, which a client can write anything in).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Request size: no public form comes near these; the Wagtail page editor
# posts many fields for a long StreamField, hence the higher field count.
# Too big or too many is a 400, never a 500.
# Load shedding per application process (portal/load_shedding.py); 0: off.
LOAD_SHED_CONCURRENCY = env.int("LOAD_SHED_CONCURRENCY", default=0)
LOAD_SHED_WAITING = env.int("LOAD_SHED_WAITING", default=16)
LOAD_SHED_WAIT_SECONDS = env.float("LOAD_SHED_WAIT_SECONDS", default=0.5)
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("DATA_UPLOAD_MAX_MEMORY_SIZE", default=1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = env.int("DATA_UPLOAD_MAX_NUMBER_FIELDS", default=5000)
# A failed CSRF check (usually a page left open too long) gets a friendly page.
CSRF_FAILURE_VIEW = "portal.csrf.csrf_failure"

# --- Security ---------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)
CSRF_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=False)


# Content Security Policy (django-csp 4). Public pages get this strict policy
# (no inline script or style; a nonce only if a template asks for one); the
# Wagtail admin, which needs inline script and style, gets CSP_STAFF_DIRECTIVES
# instead (see portal/csp.py and docs/security.md).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CSP_STAFF_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# --- Wagtail ----------------------------------------------------------------

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars from Gravatar would send a hash of each staff e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# --- Signpost ---------------------------------------------------------------

# Where the quick-exit control sends people: a neutral, fast site.
QUICK_EXIT_URL = env.str("QUICK_EXIT_URL", default="https://www.bbc.co.uk/weather")

_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _email.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Signpost <no-reply@signpost.example>")

# --- Referrals --------------------------------------------------------------

# Personal data is encrypted at rest with these Fernet keys, newest first
# (comma-separated). Separate from SECRET_KEY; rotate with
# `manage.py rotate_encryption_key` (see docs/referrals.md).
FIELD_ENCRYPTION_KEYS = env.list("FIELD_ENCRYPTION_KEYS", default=[])
# HMAC key for the e-mail and phone lookup hashes (and status-secret derivation).
LOOKUP_HASH_KEY = env.str("LOOKUP_HASH_KEY", default="")
# An enquiry with a key date (hearing, eviction, deadline) this close is urgent.
URGENT_WITHIN_DAYS = env.int("URGENT_WITHIN_DAYS", default=14)
# Urgent enquiries only go to centres open now or opening within this many hours.
ROUTING_URGENT_OPENS_WITHIN_HOURS = env.int("ROUTING_URGENT_OPENS_WITHIN_HOURS", default=18)
# Retention (docs/security.md, "Retention and subject rights"): how long
# after its last answer an unfinished self-assessment is kept, and how long
# after an enquiry is finished (marked as spam, closed, withdrawn) its
# personal data is kept before `manage.py apply_retention` deletes (spam) or
# anonymises (closed, withdrawn) it. Enquiries on legal hold are skipped.
RETENTION = {
    "unfinished": timedelta(hours=env.int("RETENTION_UNFINISHED_HOURS", default=24)),
    "spam": timedelta(days=env.int("RETENTION_SPAM_DAYS", default=30)),
    "closed": timedelta(days=env.int("RETENTION_CLOSED_DAYS", default=365)),
    "withdrawn": timedelta(days=env.int("RETENTION_WITHDRAWN_DAYS", default=30)),
}
# A self-assessment in progress lives in the session this long after the
# last answer (unfinished answers are not kept longer; see docs/referrals.md).
REFERRAL_SESSION_SECONDS = int(RETENTION["unfinished"].total_seconds())

# Public abuse resistance (see docs/security.md, "Abuse resistance"). A
# submission (HTML flow or API) counts against a per-client limit and a
# global one; a count of 0 switches a limit off. If the cache is down the
# limits fail open. The HTML flow also refuses a send sooner than
# REFERRAL_MIN_FILL_SECONDS after its first question was opened.
REFERRAL_SUBMISSIONS_PER_CLIENT = env.int("REFERRAL_SUBMISSIONS_PER_CLIENT", default=5)
REFERRAL_SUBMISSIONS_PER_CLIENT_SECONDS = env.int(
    "REFERRAL_SUBMISSIONS_PER_CLIENT_SECONDS", default=10 * 60
)
REFERRAL_SUBMISSIONS_GLOBAL = env.int("REFERRAL_SUBMISSIONS_GLOBAL", default=300)
REFERRAL_SUBMISSIONS_GLOBAL_SECONDS = env.int("REFERRAL_SUBMISSIONS_GLOBAL_SECONDS", default=60)
REFERRAL_MIN_FILL_SECONDS = env.int("REFERRAL_MIN_FILL_SECONDS", default=10)

# Notifications (the outbox): delivery attempts, back-off and who gets alerts.
# Attempt n that fails waits NOTIFICATION_RETRY_SECONDS * 2**(n-1) (capped at a
# day) before the next; after NOTIFICATION_MAX_ATTEMPTS it is marked failed.
NOTIFICATION_MAX_ATTEMPTS = env.int("NOTIFICATION_MAX_ATTEMPTS", default=6)
NOTIFICATION_RETRY_SECONDS = env.int("NOTIFICATION_RETRY_SECONDS", default=60)
# A worker that claimed a message and died lets another try after this long.
NOTIFICATION_CLAIM_SECONDS = env.int("NOTIFICATION_CLAIM_SECONDS", default=300)
# New enquiries in the network triage queue (no centre) are announced to these
# addresses; when empty, to the network administrators' e-mail addresses.
TRIAGE_ALERT_EMAILS = env.list("TRIAGE_ALERT_EMAILS", default=[])

# Text messages: "console" (prints them; the default), "locmem" (kept in
# referrals.sms.outbox, for tests), "notify" (GOV.UK Notify) or a dotted path.
# A provider that is selected but misconfigured stops the site from starting.
SMS_BACKEND = env.str("SMS_BACKEND", default="console")
# GOV.UK Notify: an API key and a text message template whose whole content is
# ((body)). NOTIFY_INBOUND_TOKEN is the bearer token Notify sends with received
# text messages (replies such as STOP) to /api/v1/sms/inbound/; empty: disabled.
NOTIFY_API_KEY = env.str("NOTIFY_API_KEY", default="")
NOTIFY_SMS_TEMPLATE_ID = env.str("NOTIFY_SMS_TEMPLATE_ID", default="")
NOTIFY_SMS_SENDER_ID = env.str("NOTIFY_SMS_SENDER_ID", default="")
NOTIFY_INBOUND_TOKEN = env.str("NOTIFY_INBOUND_TOKEN", default="")

# The insight dashboard, its exports and JSON keep a report this many seconds
# per scope, filters and language (0: always fresh).
INSIGHT_CACHE_SECONDS = env.int("INSIGHT_CACHE_SECONDS", default=300)
# --- Search -----------------------------------------------------------------
# "auto" follows the database (PostgreSQL full-text search or SQLite FTS5);
# "elasticsearch" also needs ELASTICSEARCH_URL and falls back to the database
# backend, with a warning in the log, whenever Elasticsearch cannot answer.

SEARCH_BACKENDS = ("auto", "sqlite", "postgres", "elasticsearch")
SEARCH_BACKEND = env.str("SEARCH_BACKEND", default="auto").strip().lower()
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env.str("ELASTICSEARCH_INDEX_PREFIX", default="signpost")
ELASTICSEARCH_TIMEOUT = env.float("ELASTICSEARCH_TIMEOUT", default=2.0)
if SEARCH_BACKEND not in SEARCH_BACKENDS:
    raise ImproperlyConfigured(
        f"SEARCH_BACKEND must be one of {', '.join(SEARCH_BACKENDS)} (got {SEARCH_BACKEND!r})."
    )
if SEARCH_BACKEND == "elasticsearch" and not ELASTICSEARCH_URL:
    raise ImproperlyConfigured(
        "SEARCH_BACKEND is 'elasticsearch' but ELASTICSEARCH_URL is not set, "
        "e.g. ELASTICSEARCH_URL=http://127.0.0.1:9200"
    )

# --- Logging ----------------------------------------------------------------
# One JSON object per line in production (LOG_FORMAT=json), plain text in
# development; always with the request id, never with personal data.

LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOG_FORMAT = env.str("LOG_FORMAT", default="plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "portal.logging.RequestIdFilter"},
        "personal_data": {"()": "portal.logging.PersonalDataFilter"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "portal.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id", "personal_data"],
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# --- Demo content -----------------------------------------------------------

# Demo content creates staff accounts with published passwords: never in production.
DEMO_CONTENT_ALLOWED = env.bool("DEMO_CONTENT_ALLOWED", default=False)
DEMO_CONTENT_LOADERS = [
    "knowledge.demo_content.load",
    "referrals.demo_content.load",
    "referrals.demo_statistics.load",
]
