"""System checks an operator meets at start-up (`manage.py check`, and every process's start).

- ops.E001: production (DEBUG off) without a shared cache, unless ENGAGE_SINGLE_PROCESS=true.
  Each process would keep its own cache: content stays stale on the others for hours and the
  concern rate limit is multiplied by the number of processes.
- ops.E002: a job in ENGAGE_SCHEDULE names a management command that does not exist, or has a
  cron expression that cannot be parsed.
"""

from django.conf import settings
from django.core.checks import Error, register

_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
)


@register("caches", deploy=False)
def check_shared_cache(app_configs, **kwargs):
    if settings.DEBUG or not getattr(settings, "ENGAGE_REQUIRE_SHARED_CACHE", False):
        return []
    if getattr(settings, "ENGAGE_SINGLE_PROCESS", False):
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in _LOCAL_CACHES:
        return [
            Error(
                "Production has no shared cache: each app process would keep its own copy of "
                "cached content and its own concern rate limit.",
                hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/0), or ENGAGE_SINGLE_PROCESS=true "
                "when exactly one app process (one gunicorn worker) serves the site.",
                id="ops.E001",
            )
        ]
    return []


@register()
def check_schedule(app_configs, **kwargs):
    from django.core.management import get_commands

    from .scheduler import parse_cron

    commands = get_commands()
    errors = []
    for name, job in getattr(settings, "ENGAGE_SCHEDULE", {}).items():
        command = (job or {}).get("command", "")
        if command.split()[0:1] and command.split()[0] not in commands:
            errors.append(
                Error(
                    f"Scheduled job {name!r} runs {command!r}, which is not a management command.",
                    hint="Fix the command name in ENGAGE_SCHEDULE (cms/settings/base.py).",
                    id="ops.E002",
                )
            )
        elif not command.strip():
            errors.append(Error(f"Scheduled job {name!r} has no command.", id="ops.E002"))
        try:
            parse_cron((job or {}).get("cron", ""))
        except ValueError as error:
            errors.append(
                Error(
                    f"Scheduled job {name!r} has an invalid cron expression: {error}",
                    hint="Use five fields: minute hour day-of-month month day-of-week.",
                    id="ops.E002",
                )
            )
    return errors
