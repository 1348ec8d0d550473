from django.core.management.base import BaseCommand

from alerts.delivery import send_pending


class Command(BaseCommand):
    help = "Fan out alerts whose fan-out never ran and retry alert e-mails that are due."

    def handle(self, *args, **options):
        counts = send_pending()
        self.stdout.write(f"{counts['sent']} sent, {counts['pending']} still pending, {counts['failed']} failed.")
