"""Weekly: e-mail each borough's editors (and Central communications) the pages due for review."""

from django.core.management.base import BaseCommand

from governance.reminders import send_review_reminders


class Command(BaseCommand):
    help = "E-mail each borough's editors the pages past or near their review date (run weekly)."

    def handle(self, *args, **options):
        sent = send_review_reminders()
        self.stdout.write(f"{sent} review reminder(s) sent.")
