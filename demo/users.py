"""Demo users for development: a Hackney editor and concern handler, a Lambeth editor and a
Central communications approver. Only where settings.ENGAGE_DEMO_USERS is True.

Passwords are generated, never fixed, and kept in the git-ignored `.demo-users-credentials`
(readable only by you) so `make run` can print them again. Who they are: demo/data/users.json."""

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale

from boroughs.models import BoroughPage
from governance.models import BoroughGroup, SiteGroup

from .base import DemoLog
from .base import data as demo_data


@dataclass(frozen=True)
class DemoUser:
    username: str
    description: str
    borough_slug: str = ""
    borough_role: str = ""
    site_role: str = ""


DEMO_USERS = tuple(DemoUser(**spec) for spec in demo_data("users"))


def credentials_file() -> Path:
    default = Path(settings.BASE_DIR) / ".demo-users-credentials"
    return Path(getattr(settings, "ENGAGE_DEMO_CREDENTIALS_FILE", default))


def _read_credentials() -> dict[str, str]:
    path = credentials_file()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text())
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _group_for(spec: DemoUser):
    if spec.site_role:
        link = SiteGroup.objects.filter(role=spec.site_role).select_related("group").first()
    else:
        borough = BoroughPage.objects.filter(slug=spec.borough_slug, locale=Locale.get_default()).first()
        link = BoroughGroup.objects.filter(borough=borough, role=spec.borough_role).select_related("group").first()
    return link.group if link else None


def ensure_demo_users() -> list[tuple[DemoUser, str | None]]:
    """Create the demo users that are missing (with generated passwords) and return each one with
    its password, or None when the stored one no longer works (changed since)."""
    if not getattr(settings, "ENGAGE_DEMO_USERS", False):
        raise RuntimeError("Demo users exist only where settings.ENGAGE_DEMO_USERS is True.")
    User = get_user_model()
    stored = _read_credentials()
    result = []
    changed = False
    for spec in DEMO_USERS:
        group = _group_for(spec)
        if group is None:
            continue  # the roles (or that borough) are not there yet: run setup_roles first
        user = User.objects.filter(username=spec.username).first()
        password = stored.get(spec.username)
        if user is None:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                spec.username,
                f"{spec.username}@example.org",
                password,
                first_name=spec.description.split()[0],
                last_name=" ".join(spec.description.split()[1:]),
            )
            stored[spec.username] = password
            changed = True
        elif not password or not user.check_password(password):
            password = None
        user.groups.add(group)
        result.append((spec, password))
    if changed:
        path = credentials_file()
        path.write_text(json.dumps(stored, indent=2) + "\n")
        path.chmod(0o600)
    return result


def load_roles_and_users(home, log: DemoLog) -> None:
    """Roles and the approval workflow for every borough (governance's `setup_roles`), then, where
    settings.ENGAGE_DEMO_USERS is True, the demo users."""
    call_command("setup_roles", verbosity=0)
    if getattr(settings, "ENGAGE_DEMO_USERS", False):
        ensure_demo_users()
