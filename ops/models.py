from django.db import models
from django.utils import timezone


class ScheduledRun(models.Model):
    """One run of a scheduled job (ops/scheduler.py). The unique (job, slot) pair is the claim
    that makes exactly one node run each firing; the rows are also the run log."""

    RUNNING, SUCCEEDED, FAILED = "running", "succeeded", "failed"
    STATUSES = [(RUNNING, "running"), (SUCCEEDED, "succeeded"), (FAILED, "failed")]

    job = models.CharField(max_length=100)
    slot = models.DateTimeField(help_text="The scheduled minute this run belongs to.")
    command = models.CharField(max_length=500)
    node = models.CharField(max_length=200)
    status = models.CharField(max_length=20, choices=STATUSES, default=RUNNING)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    output = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "slot"], name="ops_one_run_per_job_slot")]
        indexes = [models.Index(fields=["job", "status", "started_at"])]

    def __str__(self):
        return f"{self.job} at {self.slot:%Y-%m-%d %H:%M} ({self.status})"

    def finish(self, status: str, output: str) -> None:
        self.status = status
        self.output = output[-10_000:]
        self.finished_at = timezone.now()
        self.save(update_fields=["status", "output", "finished_at"])
