"""Settings for tools/bench_alerts.py: the test settings, with background tasks queued in the
database as in production (django_tasks_db), so publishing only enqueues."""

from cms.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
