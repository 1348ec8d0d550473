"""The periodic jobs of ENGAGE_SCHEDULE, run on exactly one node.

Each job is a management command (with optional arguments) and a standard five-field cron
expression in TIME_ZONE. `manage.py run_scheduler` (APScheduler's CronTrigger) fires every job
on every node where it runs; before running, a node claims the run by inserting the row
(job, slot) into `ops_scheduledrun`, which is unique: the first node wins, the others skip.
So starting the scheduler on several servers (or twice on one) never runs a job twice, and a
scheduler that stops is replaced by any other. A job whose previous run (on any node) is still
going is skipped, unless that run is older than STALE_AFTER (its node died).
"""

import io
import logging
import os
import shlex
import socket
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db import close_old_connections as _close_old_connections
from django.utils import timezone

logger = logging.getLogger("engage.scheduler")

STALE_AFTER = timedelta(hours=2)


def close_old_connections() -> None:
    """Drop broken or expired connections between jobs (each job runs in a scheduler thread), but
    never inside a transaction (a caller's, or a test's)."""
    if not connection.in_atomic_block:
        _close_old_connections()


_CRON_DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _cron_day(value: str) -> str:
    if value.isdigit():
        number = int(value)
        if number > 7:
            raise ValueError(f"day of week {value} is out of range (0-7)")
        return _CRON_DAYS[number]
    return value


def _day_of_week(field: str) -> str:
    """Standard cron's day-of-week (0 or 7 = Sunday) in APScheduler 3's terms (names, not numbers:
    its numbers start at Monday)."""
    parts = []
    for part in field.split(","):
        base, _, step = part.partition("/")
        if "-" in base:
            start, end = (_cron_day(v) for v in base.split("-", 1))
            if start == "sun" and end != "sun" and not step:
                # 0-5 is Sunday to Friday; APScheduler's weeks start on Monday.
                parts.append("sun")
                start = "mon"
            base = f"{start}-{end}" if start != end else start
        elif base != "*":
            base = _cron_day(base)
        parts.append(f"{base}/{step}" if step else base)
    return ",".join(parts)


def parse_cron(expression: str) -> CronTrigger:
    """A CronTrigger for a standard five-field cron expression in TIME_ZONE; ValueError if invalid."""
    fields = (expression or "").split()
    if len(fields) != 5:
        raise ValueError(f"{expression!r} has {len(fields)} fields, not 5")
    minute, hour, day, month, dow = fields
    return CronTrigger(
        minute=minute, hour=hour, day=day, month=month, day_of_week=_day_of_week(dow), timezone=settings.TIME_ZONE
    )


def node_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def slot_for(moment: datetime) -> datetime:
    """The scheduled minute a firing belongs to (nodes' clocks may differ by a few seconds)."""
    return (moment + timedelta(seconds=30)).replace(second=0, microsecond=0)


def run_job(name: str, command: str, fired_at: datetime | None = None) -> str:
    """Claim this job's run for the current minute and run it; returns "ran", "failed" or "skipped"."""
    from .models import ScheduledRun

    close_old_connections()
    slot = slot_for(fired_at or timezone.now())
    try:
        running = ScheduledRun.objects.filter(
            job=name, status=ScheduledRun.RUNNING, started_at__gt=timezone.now() - STALE_AFTER
        ).exclude(slot=slot)
        if running.exists():
            logger.info("Job %s skipped: its previous run is still going.", name, extra={"job": name})
            return "skipped"
        try:
            with transaction.atomic():
                run = ScheduledRun.objects.create(job=name, slot=slot, node=node_name(), command=command)
        except IntegrityError:
            logger.debug("Job %s for %s is another node's.", name, slot)
            return "skipped"
        logger.info("Job %s started: %s", name, command, extra={"job": name})
        output = io.StringIO()
        argv = shlex.split(command)
        try:
            call_command(argv[0], *argv[1:], stdout=output, stderr=output)
        except BaseException as error:  # a failing job must not stop the scheduler
            close_old_connections()
            run.finish(ScheduledRun.FAILED, f"{output.getvalue()}\n{type(error).__name__}: {error}")
            logger.exception("Job %s failed.", name, extra={"job": name})
            if not isinstance(error, Exception):
                raise
            return "failed"
        run.finish(ScheduledRun.SUCCEEDED, output.getvalue())
        logger.info("Job %s finished: %s", name, output.getvalue().strip()[:500], extra={"job": name})
        return "ran"
    finally:
        close_old_connections()


def build_scheduler(scheduler_class=None):
    from apscheduler.schedulers.blocking import BlockingScheduler

    scheduler = (scheduler_class or BlockingScheduler)(timezone=settings.TIME_ZONE)
    for name, job in settings.ENGAGE_SCHEDULE.items():
        scheduler.add_job(
            run_job,
            trigger=parse_cron(job["cron"]),
            args=[name, job["command"]],
            id=name,
            name=name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=30,
        )
    return scheduler
