"""Settings shared by every environment; each environment module adjusts these."""

import hashlib
import os
import tempfile
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
# `.localhost` (any subdomain; RFC 6761 loopback names) lets the demo's second site answer on
# pohjois-pohjanmaa.localhost; production sets its own list and never falls back to this one.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,.localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    # Our apps, lowest layer first: each may import only the ones above it.
    "sitewide",
    # Plain text pages, the accessibility statement and its feedback messages.
    "pages",
    # The site's name, logo, favicon, header colour and footer contacts (Wagtail site settings).
    "identity",
    "keywords",
    "contacts",
    "network",
    "news",
    "home",
    "search",
    # Following keywords, networks or all news by email; nothing imports it.
    "subscriptions",
    # Import from WordPress (manage.py import_wordpress, admin); nothing imports it.
    "wordpress",
    # Benchmark data and runner (manage.py fill_bench_data); nothing imports it.
    "bench",
    "wagtail.contrib.forms",
    "wagtail.contrib.table_block",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "csp",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Outermost: the security headers on every response, even one made from an early error.
    "sitewide.middleware.BaselineHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Early, so that a database error anywhere below becomes the friendly 503.
    "sitewide.middleware.DatabaseOutageMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above sessions and CSRF, so that it sees every cookie the response sets.
    "sitewide.frontcache.FrontCacheMiddleware",
    # Fragments computed while making the response go to Redis together (sitewide/fragments.py).
    "sitewide.fragments.FragmentWritesMiddleware",
    "sitewide.middleware.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Guesses at page and collection passwords, per restriction and client.
    "sitewide.middleware.PasswordRateLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Django's, plus same-origin posts without a token from session-less visitors (cacheable forms).
    "sitewide.csrf.SameOriginCsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A page's route from the cache instead of routing queries (sitewide/routecache.py); it
    # sets the site first, as the next does for every other view.
    "sitewide.routecache.CachedRouteMiddleware",
    # The request's Wagtail site from the cache instead of a query per request.
    "sitewide.sites.CachedSiteMiddleware",
    # A language prefix the site does not offer is 404 there (sitewide/languages.py).
    "sitewide.languages.SiteLanguageMiddleware",
    # `/?p=123` and the like: the home page answers `/`, so Wagtail's 404-only lookup misses them.
    "wordpress.middleware.WordPressQueryRedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    "sitewide.middleware.SecurityHeadersMiddleware",
    # Last, as django-axes asks: it turns lockouts into its lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # A ceiling of failures per user name across all addresses (sitewide.loginlimits).
    "sitewide.loginlimits.UsernameCeilingBackend",
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "osallisuus.urls"

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
            ],
        },
    },
]

WSGI_APPLICATION = "osallisuus.wsgi.application"

# The embedded default is a SQLite file in the project; production sets DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default is written by several processes at once (the server, the
    # scheduled-publish loop, commands, and the shared cache below): readers never wait for the
    # writer (WAL), and a writer waits its turn instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_caches(url: str) -> dict:
    """The cache aliases on Redis at `url`.

    `default` answers like an empty cache while Redis is down (a page never 500s for it);
    `ratelimit` raises instead, so the limiter knows it cannot count and logs that.
    """
    common = {
        "LOCATION": url,
        "KEY_PREFIX": "osallisuus",
        # A Redis that does not answer must not hold requests for long.
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    return {
        "default": {"BACKEND": "sitewide.cache.FailSoftRedisCache", **common},
        "ratelimit": {"BACKEND": "django.core.cache.backends.redis.RedisCache", **common},
    }


REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
else:
    # Without Redis, the app's caches live in the database, so that every process (the server's
    # workers, the scheduled-publish loop, management commands) sees one truth: a publish in
    # any of them is served at once by all (docs/caching.md). `manage.py createcachetable`.
    # Room for the fragments and their generation counters (sitewide/fragments.py).
    CACHES = {
        "default": {
            "BACKEND": "sitewide.cache.SharedDatabaseCache",
            "LOCATION": "osallisuus_cache",
            "OPTIONS": {"MAX_ENTRIES": 50_000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish is the primary language of the public site; unprefixed URLs are Finnish.
LANGUAGE_CODE = "fi"
# Each language's name is written in that language, as switchers show them; not translated.
# Django knows no Sámi language: sitewide.languages adds them to LANG_INFO at start-up, their
# formats are in osallisuus/formats/, and their interface falls back to Finnish (docs/
# translations.md). Which of these a site offers is its own setting (SiteLanguages).
LANGUAGES = [
    ("fi", "suomi"),
    ("sv", "svenska"),
    ("en", "English"),
    ("se", "davvisámegiella"),
    ("smn", "anarâškielâ"),
    ("sms", "sääʹmǩiõll"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["osallisuus.formats"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Languages whose interface catalogue (locale/<code>) is translated and reviewed. Elsewhere the
# interface is the Finnish source text, and pages mark it lang="fi" (docs/translations.md).
INTERFACE_REVIEWED_LANGUAGES = ["fi", "sv", "en"]
# The admin stays in the languages it has reviewed translations for.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fi", "Suomi"), ("sv", "Svenska"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Osallisuus"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend, minus a scan of the whole index per save on PostgreSQL.
        "BACKEND": "sitewide.search_backend",
        # Used on PostgreSQL: stems Finnish inflections. SQLite ignores it.
        "SEARCH_CONFIG": "finnish",
    }
}
# Past what PostgreSQL search can answer in time (docs/scaling.md), OpenSearch takes over:
# set OPENSEARCH_URL (comma-separated for a cluster) and install opensearch-py, then run
# `manage.py update_index`. OPENSEARCH_VERSION=2 selects the backend for OpenSearch 2.x.
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
if OPENSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch"
            + ("2" if os.environ.get("OPENSEARCH_VERSION", "3").startswith("2") else "3"),
            "URLS": env_list("OPENSEARCH_URL"),
            "INDEX_PREFIX": os.environ.get("OPENSEARCH_INDEX_PREFIX", "osallisuus_"),
            "TIMEOUT": int(os.environ.get("OPENSEARCH_TIMEOUT", "5")),
        }
    }
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents always download; none is rendered inline in the site's origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# Content Security Policy (django-csp): everything on public pages comes from the site itself;
# no inline scripts. The admin's exceptions are in sitewide.middleware.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # The video players news.embeds allows, and nothing else (a test keeps them in step).
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "sitewide.views.csrf_failure"
# Where a login or page password form goes when its `next`/`return_url` is missing or leads
# off the site (Django's default, /accounts/profile/, does not exist here).
LOGIN_REDIRECT_URL = "/"
# W003 knows only Django's own CsrfViewMiddleware; sitewide.W003 checks for its subclass instead.
SILENCED_SYSTEM_CHECKS = ["security.W003"]

# Admin login limits (django-axes): five failures per user name and address lock both out for
# an hour; administrators lift lockouts in the admin (Kirjautumisestot) or with `axes_reset`.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_LOCKOUT_CALLABLE = "sitewide.loginlimits.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
# Lockouts and rate limits count the same client: an IPv4 address, or an IPv6 /64
# (sitewide.clientaddress.client_block).
AXES_CLIENT_IP_CALLABLE = "sitewide.clientaddress.client_block"
# Across all addresses, at most this many failed logins per user name in the window; the
# window is not extended by later failures, so the real user waits at most that long.
LOGIN_USERNAME_FAILURE_LIMIT = 30
LOGIN_USERNAME_WINDOW_SECONDS = 15 * 60

# Addresses (or networks, e.g. 10.0.0.0/8) of our own proxies (Varnish, nginx). Only a request
# arriving from one of them has its X-Forwarded-For read; the right-most address there that is
# not a proxy of ours is the client. Empty: REMOTE_ADDR is the client.
FORWARDED_FOR_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")

# Search requests per address per minute before a friendly 429.
SEARCH_RATE_LIMIT = 60
SEARCH_RATE_WINDOW_SECONDS = 60
# Suggestions while typing (/haku/ehdotukset/) that reach the app, per address per minute:
# the field asks after each pause in typing (150 ms), about one request per character, and
# the front cache answers the common prefixes; a flood gets a JSON 429 (search.views).
SUGGESTIONS_RATE_LIMIT = 120
SUGGESTIONS_RATE_WINDOW_SECONDS = 60
FEEDBACK_RATE_LIMIT = 5
# Contact cards: email addresses shown and vCards given per client (IPv6: per /64) in the
# window, so that the directory cannot be harvested by walking it (contacts.views).
CONTACT_DETAILS_RATE_LIMIT = 30
CONTACT_DETAILS_RATE_WINDOW_SECONDS = 10 * 60
# Who is emailed about new accessibility feedback (comma-separated). Empty: every active user
# who may handle feedback in the admin (pages.feedback.feedback_recipients).
FEEDBACK_NOTIFY_EMAILS = env_list("FEEDBACK_NOTIFY_EMAILS")
# Guesses at one page's or collection's password per client (IPv6: per /64) in the window.
PASSWORD_RATE_LIMIT = 10
PASSWORD_RATE_WINDOW_SECONDS = 15 * 60
FEEDBACK_RATE_WINDOW_SECONDS = 600

# One case-insensitive keyword vocabulary: "Sote" and "sote" are the same keyword.
TAGGIT_CASE_INSENSITIVE = True

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "osallisuus@localhost")

SEARCH_QUERY_MAX_LENGTH = 200

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Network sign-ups: kept this many months (the privacy notice promises 12), and at most
# SIGNUP_RATE_LIMIT form posts per address in SIGNUP_RATE_WINDOW_SECONDS.
SIGNUP_RETENTION_MONTHS = 12
SIGNUP_RATE_LIMIT = 5
SIGNUP_RATE_WINDOW_SECONDS = 600

# Front cache (Varnish + xkey, see docs/caching.md): where to send purges (comma-separated base
# URLs, empty = no front cache), how long it keeps a page that no edit purges, and how long a
# purge may take before it is given up (logged, never shown to the editor).
FRONTCACHE_URLS = env_list("FRONTCACHE_URLS")
FRONTCACHE_TTL = int(os.environ.get("FRONTCACHE_TTL", "86400"))
FRONTCACHE_TIMEOUT = float(os.environ.get("FRONTCACHE_TIMEOUT", "0.5"))
# Pages whose content changes with the clock (upcoming events, sign-up deadlines) at most this.
FRONTCACHE_TIME_SENSITIVE_TTL = int(os.environ.get("FRONTCACHE_TIME_SENSITIVE_TTL", "300"))
# Fragments and values cached under front-cache keys (sitewide/fragments.py): forgotten by the
# purges; the TTL only bounds how long entries nobody reads any more stay in Redis.
FRAGMENT_CACHE_TTL = int(os.environ.get("FRAGMENT_CACHE_TTL", "86400"))

# WordPress import in the admin (wordpress app): where a copy of the old site's
# wp-content/uploads lies on the server, so that the admin import brings images too.
WORDPRESS_UPLOADS_DIR = os.environ.get("WORDPRESS_UPLOADS_DIR", "")
# Uploaded exports and run status files: a private folder (made 0700) of this deployment's own
# (default: under the system temp folder, named after this checkout); stale ones are removed
# after an hour. The upload limit must fit nginx's client_max_body_size (deploy/nginx).
WORDPRESS_IMPORT_TMP = os.environ.get(
    "WORDPRESS_IMPORT_TMP",
    str(
        Path(tempfile.gettempdir())
        / f"osallisuus-wordpress-{hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:12]}"
    ),
)
WORDPRESS_MAX_EXPORT_SIZE = int(os.environ.get("WORDPRESS_MAX_EXPORT_SIZE", 11 * 1024 * 1024))

# Background work (django-tasks): Wagtail's own tasks run in the request as before; the
# subscription mails go through the database queue that `manage.py db_worker --backend
# subscriptions --queue-name subscriptions` works off (docs/subscriptions.md).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "subscriptions": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["subscriptions"],
    },
}
# Follow-by-email (subscriptions): form posts per client and confirmation mails per address in
# their windows; how long a send may stay claimed before another run takes it over; the hour
# (Helsinki) of the Monday digest; how long withdrawn subscriptions and their consent records
# are kept as proof of consent; the shared secret of the bounce/complaint webhook.
SUBSCRIPTIONS_RATE_LIMIT = 5
SUBSCRIPTIONS_RATE_WINDOW_SECONDS = 600
SUBSCRIPTIONS_ADDRESS_RATE_LIMIT = 3
SUBSCRIPTIONS_ADDRESS_RATE_WINDOW_SECONDS = 3600
SUBSCRIPTIONS_CLAIM_TIMEOUT_SECONDS = 600
SUBSCRIPTIONS_DIGEST_HOUR = 7
SUBSCRIPTIONS_WITHDRAWN_RETENTION_DAYS = int(
    os.environ.get("SUBSCRIPTIONS_WITHDRAWN_RETENTION_DAYS", "365")
)
SUBSCRIPTIONS_WEBHOOK_SECRET = os.environ.get("SUBSCRIPTIONS_WEBHOOK_SECRET", "")
