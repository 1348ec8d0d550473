"""The scheduler: cron expressions as cron means them, each firing run on exactly one node,
failures recorded and logged, and concern e-mails retried with back-off."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from ops import scheduler
from ops.models import ScheduledRun

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("cron", "after", "expected"),
    [
        ("* * * * *", datetime(2026, 3, 2, 10, 0, 30), datetime(2026, 3, 2, 10, 1)),
        ("*/5 * * * *", datetime(2026, 3, 2, 10, 1), datetime(2026, 3, 2, 10, 5)),
        ("30 3 * * *", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 3, 3, 30)),
        # Day of week as cron counts it: 0 and 7 are Sunday, 1 is Monday (2026-03-02 is a Monday).
        ("0 9 * * 0", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 8, 9, 0)),
        ("0 9 * * 7", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 8, 9, 0)),
        ("0 9 * * 1", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 9, 9, 0)),
        ("0 9 * * 1-5", datetime(2026, 3, 6, 10, 0), datetime(2026, 3, 9, 9, 0)),
        ("0 9 * * 0-2", datetime(2026, 3, 3, 10, 0), datetime(2026, 3, 8, 9, 0)),
        ("0 9 * * sat", datetime(2026, 3, 2, 10, 0), datetime(2026, 3, 7, 9, 0)),
    ],
)
def test_cron_expressions_mean_what_cron_means(cron, after, expected):
    trigger = scheduler.parse_cron(cron)
    assert trigger.get_next_fire_time(None, after.replace(tzinfo=LONDON)) == expected.replace(tzinfo=LONDON)


@pytest.mark.parametrize("cron", ["", "* * * *", "60 * * * *", "* * * * 8", "x y z a b"])
def test_invalid_cron_expressions_are_refused(cron):
    with pytest.raises(ValueError):
        scheduler.parse_cron(cron)


def test_a_firing_runs_on_exactly_one_node(settings, monkeypatch):
    calls = []
    monkeypatch.setattr(scheduler, "call_command", lambda *args, **kwargs: calls.append(args))
    fired = timezone.now().replace(second=0, microsecond=0)
    # Three nodes fire the same minute (clocks a few seconds apart): one runs it.
    outcomes = [
        scheduler.run_job("publish-scheduled-pages", "publish_scheduled", fired + timedelta(seconds=s))
        for s in (0, 2, -3)
    ]
    assert outcomes == ["ran", "skipped", "skipped"]
    assert calls == [("publish_scheduled",)]
    # The next minute runs again.
    assert scheduler.run_job("publish-scheduled-pages", "publish_scheduled", fired + timedelta(minutes=1)) == "ran"
    runs = ScheduledRun.objects.filter(job="publish-scheduled-pages")
    assert runs.count() == 2 and set(runs.values_list("status", flat=True)) == {"succeeded"}


def test_a_job_still_running_elsewhere_is_not_started_again(monkeypatch):
    monkeypatch.setattr(scheduler, "call_command", lambda *args, **kwargs: None)
    ScheduledRun.objects.create(job="long", slot=timezone.now() - timedelta(minutes=3), command="x", node="other")
    assert scheduler.run_job("long", "publish_scheduled") == "skipped"
    ScheduledRun.objects.filter(job="long").update(started_at=timezone.now() - timedelta(hours=3))  # that node died
    assert scheduler.run_job("long", "publish_scheduled") == "ran"


def test_a_failing_job_is_recorded_and_logged_and_the_next_one_runs(caplog):
    assert scheduler.run_job("broken", "erase_expired_concerns --no-such-option") == "failed"
    run = ScheduledRun.objects.get(job="broken")
    assert run.status == "failed" and run.finished_at is not None
    assert "Job broken failed." in caplog.text
    assert scheduler.run_job("fine", "erase_expired_concerns --dry-run") == "ran"
    assert ScheduledRun.objects.get(job="fine").status == "succeeded"


def test_run_scheduler_runs_a_named_job_and_lists_them(capsys):
    call_command("run_scheduler", "--run", "publish-scheduled-pages")
    assert capsys.readouterr().out.strip() == "ran"
    call_command("run_scheduler", "--list")
    out = capsys.readouterr().out
    for name in ("publish-scheduled-pages", "retry-concern-emails", "erase-expired-concerns"):
        assert name in out


def test_every_scheduled_command_runs(settings):
    """Each agreed job's command and arguments are accepted by its command (no typo in an option),
    including production's task pruning against the database task backend."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    settings.ENGAGE_SCHEDULE = {
        **settings.ENGAGE_SCHEDULE,
        "prune-task-results": {"command": "prune_db_task_results --min-age-days 14", "cron": "15 4 * * *"},
    }
    for name, job in settings.ENGAGE_SCHEDULE.items():
        assert scheduler.run_job(name, job["command"]) == "ran", ScheduledRun.objects.get(job=name).output


def test_scheduler_starts_every_job_in_the_schedule(settings):
    from apscheduler.schedulers.background import BackgroundScheduler

    settings.ENGAGE_SCHEDULE = {
        **settings.ENGAGE_SCHEDULE,
        "later-engineer-job": {"command": "publish_scheduled --dry-run", "cron": "0 7 * * 1"},
    }
    built = scheduler.build_scheduler(BackgroundScheduler)
    assert {job.id for job in built.get_jobs()} == set(settings.ENGAGE_SCHEDULE)
    assert mail.outbox == []
