"""Write demo/po/demo.pot: every segment of the demo content that is translated."""

from django.core.management.base import BaseCommand

from demo.translations import CATALOGUE_DIR, export_pot


class Command(BaseCommand):
    help = "Export the demo content's translatable segments as a PO template."

    def handle(self, *args, **options):
        path = CATALOGUE_DIR / "demo.pot"
        count = export_pot(path)
        self.stdout.write(f"{count} messages written to {path}")
