"""Settings for tools/bench_find.py: the dev settings made production-like where it costs time
(DEBUG off, so no query log and cached templates; errors-only logging). Never used elsewhere."""

from cms.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
