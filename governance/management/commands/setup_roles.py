"""Create or repair the editorial roles, their permissions and the "Central approval" workflow.

Safe to run at any time: a second run changes nothing, and a run after someone changed a managed
group's permissions by hand puts them back as documented in docs/governance.md. Run it after
adding a borough or a locale."""

from django.core.management.base import BaseCommand

from governance.roles import setup_roles


class Command(BaseCommand):
    help = "Create or repair the per-borough and site-wide roles and the approval workflow (idempotent)."

    def handle(self, *args, **options):
        report = setup_roles()
        for note in report.notes:
            self.stderr.write(note)
        if options["verbosity"] > 0:
            self.stdout.write(self.style.SUCCESS(f"Roles ready: {report}."))
