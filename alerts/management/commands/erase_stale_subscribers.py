from django.core.management.base import BaseCommand

from alerts.retention import erase_stale


class Command(BaseCommand):
    help = "Erase sign-ups unconfirmed after 7 days and addresses unsubscribed for 30 days (keyed hash kept)."

    def handle(self, *args, **options):
        counts = erase_stale()
        self.stdout.write(f"{counts['unconfirmed']} unconfirmed and {counts['unsubscribed']} unsubscribed erased.")
