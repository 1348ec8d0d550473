"""Demo users: development settings only, generated passwords, stored outside git, idempotent."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo.users import DEMO_USERS
from governance.models import BoroughGroup, SiteGroup

pytestmark = pytest.mark.django_db


@pytest.fixture
def credentials(settings, tmp_path):
    settings.ENGAGE_DEMO_CREDENTIALS_FILE = str(tmp_path / "demo-users")
    return tmp_path / "demo-users"


@pytest.fixture
def demo_boroughs(borough_index):
    from boroughs.tests.factories import BoroughPageFactory

    BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
    BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth", code="LAM")
    call_command("setup_roles", verbosity=0)


def test_creates_each_role_user_with_a_generated_password(credentials, demo_boroughs, capsys):
    call_command("ensure_demo_users")
    out = capsys.readouterr().out
    stored = json.loads(credentials.read_text())
    assert oct(credentials.stat().st_mode)[-3:] == "600"
    User = get_user_model()
    for spec in DEMO_USERS:
        user = User.objects.get(username=spec.username)
        assert user.check_password(stored[spec.username])
        assert len(stored[spec.username]) >= 16
        assert stored[spec.username] in out
    handler = User.objects.get(username="hackney-handler")
    assert BoroughGroup.objects.get(group__in=handler.groups.all()).borough.slug == "hackney"
    assert SiteGroup.objects.filter(group__user__username="central-approver", role="central").exists()


def test_second_run_keeps_users_and_passwords(credentials, demo_boroughs, capsys):
    call_command("ensure_demo_users", quiet=True)
    first = credentials.read_text()
    call_command("ensure_demo_users")
    assert credentials.read_text() == first
    assert get_user_model().objects.filter(username__in=[s.username for s in DEMO_USERS]).count() == 4
    assert json.loads(first)["hackney-editor"] in capsys.readouterr().out


def test_passwords_differ_between_databases(credentials, demo_boroughs):
    call_command("ensure_demo_users", quiet=True)
    first = json.loads(credentials.read_text())
    get_user_model().objects.filter(username__in=first).delete()
    call_command("ensure_demo_users", quiet=True)
    assert json.loads(credentials.read_text())["hackney-editor"] != first["hackney-editor"]


def test_refuses_without_demo_settings(settings, credentials):
    settings.ENGAGE_DEMO_USERS = False
    with pytest.raises(CommandError):
        call_command("ensure_demo_users")
    assert not credentials.exists()
