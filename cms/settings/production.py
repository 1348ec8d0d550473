"""Production: every secret from the environment, and no start without them.

Required: SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS (comma-separated host names).
Optional: REDIS_URL (shared cache when several app processes run), EMAIL_HOST and friends,
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

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "engage",
        }
    }

# E-mail goes out through the background worker (`manage.py db_worker`), never in a request.
TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
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
