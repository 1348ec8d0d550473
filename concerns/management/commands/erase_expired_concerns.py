from django.core.management.base import BaseCommand

from concerns import conf
from concerns.retention import cutoff, erase_expired


class Command(BaseCommand):
    help = (
        "Erase personal details and anonymise free text of concerns and survey responses older than "
        "ENGAGE_CONCERN_RETENTION_DAYS."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be erased; change nothing.")

    def handle(self, *args, **options):
        dry_run = options["dry_run"]
        counts = erase_expired(dry_run=dry_run)
        verb = "would erase" if dry_run else "erased"
        self.stdout.write(
            f"Retention {conf.retention_days()} days (before {cutoff():%Y-%m-%d %H:%M}): {verb} "
            f"{counts['concerns']} concern(s) and {counts['survey_responses']} survey response(s)."
        )
