"""Production: every secret from the environment, and no start without them.

Required: SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS (comma-separated host names).
Shared cache: REDIS_URL, or ENGAGE_SINGLE_PROCESS=true for exactly one app process.
Optional: AWS_STORAGE_BUCKET_NAME and friends (media on S3), SENTRY_DSN, EMAIL_HOST and friends,
ENGAGE_BASE_URL (the public origin, e.g. https://engage.example.org), SECURE_SSL_REDIRECT (default on), SECURE_HSTS_SECONDS.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _require(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Production settings need the environment variable {name}.")
    return value


SECRET_KEY = _require("SECRET_KEY")
_require("DATABASE_URL")  # base.py has already parsed it into DATABASES
ALLOWED_HOSTS = [host.strip() for host in _require("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Shared state (content version, page cache, the concern rate limit) lives in Redis, shared by
# every app process. Without REDIS_URL the operator must declare a single process
# (ENGAGE_SINGLE_PROCESS=true), or the system check ops.E001 refuses to start (ops/checks.py).
# When Redis is unreachable the backend fails soft: pages are served uncached (cms/core/cache_backends.py).
ENGAGE_REQUIRE_SHARED_CACHE = True
ENGAGE_SINGLE_PROCESS = os.environ.get("ENGAGE_SINGLE_PROCESS", "false").lower() == "true"
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "cms.core.cache_backends.FailSoftRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "engage",
        }
    }

# Media: S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set, else MEDIA_ROOT on
# this server's disk (one server only; served by nginx or ops.media, never documents/).
# Documents are always served through Wagtail's view, which checks collection privacy first.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or MEDIA_ROOT  # noqa: F405
STATIC_ROOT = os.environ.get("STATIC_ROOT") or STATIC_ROOT  # noqa: F405
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    from ops.storage import s3_storages

    # Private originals and documents (signed URLs), public renditions: see ops/storage.py.
    STORAGES = s3_storages(os.environ, STORAGES["staticfiles"])  # noqa: F405
    WAGTAILIMAGES_RENDITION_STORAGE = "public_media"
else:
    # Local disk: /media/ is served by ops.media (or nginx's alias), except documents/.
    ENGAGE_SERVE_MEDIA = True

# Sentry, when SENTRY_DSN is set: errors and slow transactions, without personal data.
if os.environ.get("SENTRY_DSN"):
    import sentry_sdk

    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
    )

# Logs: one JSON object per line on stderr, each with the request id (ops/logging.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "ops.logging.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["request_id"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "engage": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# E-mail goes out through the background worker (`manage.py db_worker`), never in a request.
TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
# Results of finished background tasks are kept 14 days (failed ones too), then pruned.
ENGAGE_SCHEDULE = {
    **ENGAGE_SCHEDULE,  # noqa: F405
    "prune-task-results": {"command": "prune_db_task_results --min-age-days 14", "cron": "15 4 * * *"},
}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
EMAIL_TIMEOUT = 10

ENGAGE_DEMO_USERS = False

# Behind a load balancer every request comes from the proxy: name the header that carries the
# client's address (e.g. HTTP_X_FORWARDED_FOR; the last address, added by our own proxy, is used),
# so the concern form's per-client rate limit applies per resident, not per proxy.
ENGAGE_CLIENT_IP_HEADER = os.environ.get("ENGAGE_CLIENT_IP_HEADER", "REMOTE_ADDR")
