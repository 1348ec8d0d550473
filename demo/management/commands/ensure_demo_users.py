"""Create the demo role users (development only) and print how to log in as each."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.users import ensure_demo_users


class Command(BaseCommand):
    help = "Create the demo editor, concern handler and approver users if missing, and print their logins."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="Create the users but print nothing.")

    def handle(self, *args, **options):
        if not getattr(settings, "ENGAGE_DEMO_USERS", False):
            raise CommandError("ensure_demo_users is for development settings only.")
        users = ensure_demo_users()
        if options["quiet"] or options["verbosity"] == 0:
            return
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("  Demo users (same admin address):"))
        for spec, password in users:
            shown = password or "(changed since it was generated; use `manage.py changepassword`)"
            self.stdout.write(f"    {spec.description:<34} {spec.username:<18} {shown}")
