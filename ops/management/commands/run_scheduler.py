from django.conf import settings
from django.core.management.base import BaseCommand

from ops.scheduler import build_scheduler, run_job


class Command(BaseCommand):
    help = (
        "Run the periodic jobs of ENGAGE_SCHEDULE. Safe to run on several servers: each firing "
        "runs on exactly one of them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--list", action="store_true", help="Show the jobs and their next run, then exit.")
        parser.add_argument("--run", metavar="JOB", help="Run one job now (claimed like a scheduled run), then exit.")

    def handle(self, *args, **options):
        if options["run"]:
            job = settings.ENGAGE_SCHEDULE.get(options["run"])
            if job is None:
                self.stderr.write(f"No job {options['run']!r} in ENGAGE_SCHEDULE.")
                raise SystemExit(2)
            self.stdout.write(run_job(options["run"], job["command"]))
            return
        scheduler = build_scheduler()
        if options["list"]:
            from apscheduler.schedulers.background import BackgroundScheduler

            preview = build_scheduler(BackgroundScheduler)
            preview.start(paused=True)
            for job in preview.get_jobs():
                self.stdout.write(f"{job.id}: {settings.ENGAGE_SCHEDULE[job.id]['command']} next {job.next_run_time}")
            preview.shutdown(wait=False)
            return
        self.stdout.write(f"Scheduler started with {len(settings.ENGAGE_SCHEDULE)} job(s).")
        try:
            scheduler.start()
        except (KeyboardInterrupt, SystemExit):
            scheduler.shutdown(wait=True)
