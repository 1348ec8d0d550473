from django.core.management.base import BaseCommand

from concerns.delivery import pending_ids, retry_pending


class Command(BaseCommand):
    help = "Send again every concern e-mail still pending (acknowledgements and team notifications)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what is pending.")
        parser.add_argument(
            "--due", action="store_true", help="Only e-mails whose back-off has passed (the scheduler's way)."
        )

    def handle(self, *args, **options):
        if options["dry_run"]:
            self.stdout.write(f"{len(pending_ids(due_only=options['due']))} concern(s) with e-mail pending.")
            return
        result = retry_pending(due_only=options["due"])
        self.stdout.write(
            f"{result['delivered']} concern(s) delivered, {result['pending']} still pending (will be retried)."
        )
