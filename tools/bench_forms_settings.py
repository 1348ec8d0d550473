"""Settings for the server tools/bench_forms.py starts: dev settings with the concern form's
rate limit and time trap switched off (the benchmark is one client posting many forms fast),
e-mail to nowhere, and tasks queued in the database as in production. Never used elsewhere."""

import os

from cms.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ENGAGE_CONCERN_RATE_LIMIT = (0, 0)
ENGAGE_CONCERN_MIN_SECONDS = 0
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

if not os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("BENCH_SQLITE", "/tmp/engage-bench-forms.sqlite3"),  # noqa: S108 (scratch data)
            # Concurrent writers: take the write lock at BEGIN and wait for it, instead of failing.
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 30},
        }
    }
