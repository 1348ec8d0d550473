"""Create a development administrator if there is none, and say how to log in.

Development only: refuses to run unless settings.ENGAGE_DEMO_USERS is True (dev and test).
The generated password is kept in `.dev-admin-credentials` (git-ignored, readable only by
you) so every `make run` can print it again."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".dev-admin-credentials"
USERNAME = "admin"


class Command(BaseCommand):
    help = "Create the development admin account if none exists, and print how to log in."

    def handle(self, *args, **options):
        if not getattr(settings, "ENGAGE_DEMO_USERS", False):
            raise CommandError("ensure_dev_admin is for development settings only.")
        User = get_user_model()
        user = User.objects.filter(username=USERNAME).first()
        password = None
        if user is None:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(USERNAME, "admin@example.org", password)
            CREDENTIALS_FILE.write_text(f"{USERNAME}\n{password}\n")
            CREDENTIALS_FILE.chmod(0o600)
        elif CREDENTIALS_FILE.exists():
            lines = CREDENTIALS_FILE.read_text().splitlines()
            if len(lines) >= 2 and user.check_password(lines[1]):
                password = lines[1]
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("  Admin:    ") + f"{base}/admin/")
        self.stdout.write(self.style.SUCCESS("  Username: ") + USERNAME)
        if password:
            self.stdout.write(self.style.SUCCESS("  Password: ") + password)
        else:
            self.stdout.write(
                "  Password: (changed since it was generated; reset it with "
                "`.venv/bin/python manage.py changepassword admin`)"
            )
