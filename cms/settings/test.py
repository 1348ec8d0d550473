"""Test settings: fast hashing, plain static storage, local-memory cache, immediate tasks."""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105  (tests only)
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = ENGAGE_BASE_URL = "http://testserver"
ENGAGE_DEMO_USERS = True
# Demo users' generated passwords: never into the working tree from a test run (demo/users.py).
ENGAGE_DEMO_CREDENTIALS_FILE = os.path.join(tempfile.gettempdir(), "engage-test-demo-users-credentials")
# Playwright's sync API runs an event loop in the test thread; the live server is separate.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Serve static files from the apps and static/ directly; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
