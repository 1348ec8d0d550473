from django.core.management.base import BaseCommand

from alerts.digest import send_digests


class Command(BaseCommand):
    help = "Send the weekly alert digest to digest subscribers (nothing when there is nothing)."

    def handle(self, *args, **options):
        counts = send_digests()
        self.stdout.write(f"{counts['digests']} digests sent with {counts['items']} items.")
