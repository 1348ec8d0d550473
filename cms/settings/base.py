"""Settings shared by every environment.

Nothing here is a secret and nothing here is insecure by default: `DEBUG` is off, and each
environment module (`dev`, `test`, `production`) states what it changes and why.
"""

import os
from pathlib import Path

import dj_database_url

from .frontend_cache import frontend_cache_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms"

DEBUG = False

ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # Our apps first, so their templates and static files win over third-party ones.
    "cms.core",
    "home",
    "boroughs",
    "advice",
    "meetings",
    "strategy",
    "syndication",
    "concerns",
    # Roles, submission guards and audit; after the domains it imports, before the admin apps.
    "governance",
    # Alerts: residents' subscriptions and the e-mails sent on publish; imports the domains.
    "alerts",
    # Finding things (issue 18): postcodes, site search, page feedback; they import the domains, never the reverse.
    "places",
    "search",
    "feedback",
    # The demo site's content and `load_demo`; imports every app above, nothing imports it.
    "demo",
    # Operations: health/readiness, the job scheduler, request ids, shared-service checks.
    "ops",
    # wagtail-localize: translation of pages and snippets, and locale synchronisation.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    # Promoted search results editors manage (read-only from the public search: no query logging).
    "wagtail.contrib.search_promotions",
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
    "wagtail.api.v2",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Admin sign-in throttling and lockout (docs/security.md).
    "axes",
]

MIDDLEWARE = [
    # A request id on every log line and response (ops/logging.py); outermost.
    "ops.logging.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Performance (docs/performance.md): brotli or gzip (never beside a CSRF token and reflected input),
    # 304s for ETag/Last-Modified, then the anonymous page cache, which answers before sessions.
    "cms.core.compression.SafeCompressionMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "cms.core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Guards who may reach submissions and translation views, and audits personal-data access.
    "governance.middleware.GovernanceMiddleware",
    # Frame-ancestors policy: nothing may be framed except the embed view (cms/core/middleware.py).
    "cms.core.middleware.FramingPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy (django-csp) and Permissions-Policy; below the framing middleware,
    # which adds frame-ancestors to the policy written here (cms/core/security.py).
    "cms.core.security.EngageCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # An upload that the media storage refuses: a clear admin message, not a 500 (ops/middleware.py).
    "ops.middleware.StorageErrorMiddleware",
    # Last, as django-axes requires: answers a locked-out sign-in with the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: DATABASE_URL selects it (PostgreSQL in production and CI). Without it, dev and test
# use an embedded SQLite file; production refuses to start (see production.py).
DATABASE_URL = os.environ.get("DATABASE_URL", "")
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. English is the source language; the others are London's most spoken
# languages after English. Arabic and Urdu are right-to-left (Django's LANGUAGES_BIDI knows).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("pl", "Polski"),
    ("bn", "বাংলা"),
    ("tr", "Türkçe"),
    ("ro", "Română"),
    ("pt", "Português"),
    ("es", "Español"),
    ("so", "Soomaali"),
    ("zh-hans", "简体中文"),
    ("ar", "العربية"),
    ("ur", "اردو"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A resident's form post is small; anything larger is refused before a view sees it.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# Background tasks (Wagtail's own, and our e-mail delivery). Production runs the database-backed
# worker (`manage.py db_worker`); dev and test run tasks immediately.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Wagtail
WAGTAIL_SITE_NAME = "Engage"
ENGAGE_FORCE_NAME = "Metropolitan Police Service"
# Wagtail's database backend (PostgreSQL full text; on SQLite, terms match as prefixes: search/backends.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The admin makes no calls to other sites: no release check, no Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Rich text: an explicit allow-list per editor, never the full default set.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]},
    },
}

# Sign-in lockout (django-axes): 5 wrong passwords lock that account, and separately that client
# address, for 15 minutes; the address is the one the concern form's rate limit uses.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.core.clientip.axes_client_ip"
AXES_LOCKOUT_TEMPLATE = "core/lockout.html"
AXES_VERBOSE = False

# Content-Security-Policy (django-csp, cms/core/security.py; docs/security.md). Public pages: no
# inline code, nothing from another origin; frame-src only where a video block renders.
# Documents are left out: Chromium shows no PDF under object-src 'none' (they still get
# frame-ancestors 'none' from FramingPolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/documents/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "frame-src": ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
    },
}
# The admin (directives only): Wagtail's editor needs inline scripts and styles, images from data:/blob: (uploads)
# and the video players in page previews.
ENGAGE_ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
LANGUAGE_COOKIE_SAMESITE = "Lax"

SESSION_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "cms.core.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Engage <no-reply@engage.example.org>")
# Moderation e-mails (submitted for approval, approved, rejected) go to the approvers' group.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAIL_WORKFLOW_ENABLED = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"engage": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

LANGUAGE_COOKIE_NAME = "engage_language"

# Apps whose saved or deleted rows change what residents see; they invalidate cached fragments
# (cms/core/cache.py). Apps that hold residents' submissions must not be listed here, nor
# wagtailcore (revisions, log entries, workflow states): cms/core/signals.py handles pages itself.
ENGAGE_CONTENT_APPS = {
    "core",
    "home",
    "boroughs",
    "advice",
    "meetings",
    "strategy",
    "wagtailimages",
    "wagtaildocs",
}

# Anonymous page cache and HTTP caching (cms/core/pagecache.py, docs/performance.md).
ENGAGE_PAGE_CACHE = os.environ.get("ENGAGE_PAGE_CACHE", "true").lower() != "false"
ENGAGE_PAGE_CACHE_TIMEOUT = 60 * 60
ENGAGE_PAGE_CACHE_EXCLUDE = ("/admin/", "/django-admin/", "/documents/", "/_util/", "/static/", "/media/", "/i18n/")
ENGAGE_BROWSER_MAX_AGE = 60
ENGAGE_SHARED_MAX_AGE = int(os.environ.get("ENGAGE_SHARED_MAX_AGE", "300"))
# CDN / reverse-proxy purge on publish (cms/settings/frontend_cache.py).
WAGTAILFRONTENDCACHE = frontend_cache_settings()

# The one origin every absolute URL is built from (cms/core/baseurl.py): canonical links, sitemap,
# feeds, calendars, API, e-mails. Production requires it; `make run` sets it to where it serves.
ENGAGE_BASE_URL = (
    os.environ.get("ENGAGE_BASE_URL") or os.environ.get("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_BASE_URL = ENGAGE_BASE_URL

# Periodic jobs: each a management command, run on exactly one node by the scheduler
# (docs/operations.md). `cron` is a standard five-field cron expression in TIME_ZONE.
ENGAGE_SCHEDULE = {
    "publish-scheduled-pages": {"command": "publish_scheduled", "cron": "* * * * *"},
    # --due: only e-mails whose back-off has passed (5 min, doubling per attempt, up to 6 hours).
    "retry-concern-emails": {"command": "retry_concern_emails --due", "cron": "*/5 * * * *"},
    "erase-expired-concerns": {"command": "erase_expired_concerns", "cron": "30 3 * * *"},
    "send-review-reminders": {"command": "send_review_reminders", "cron": "0 7 * * 1"},
    # Alerts (docs/alerts.md): retry due e-mails, weekly digest, erase stale and departed subscribers.
    "send-pending-alerts": {"command": "send_pending_alerts", "cron": "* * * * *"},
    "send-alert-digests": {"command": "send_alert_digests", "cron": "0 8 * * 1"},
    "erase-stale-subscribers": {"command": "erase_stale_subscribers", "cron": "45 3 * * *"},
}
