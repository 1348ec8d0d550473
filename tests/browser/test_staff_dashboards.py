"""Each staff role signs in to the demo and finds its day's work on the admin's first screen:
the Hackney editor their borough, the central approver the review queue with boroughs, the
Hackney handler their concerns and the export. Each dashboard panel passes axe (WCAG 2.2 A/AA)
in a phone and a desktop viewport."""

import hashlib

import pytest

from tests.browser.conftest import VIEWPORTS, WCAG_TAGS, format_violations
from tests.templatedb import file_lock

pytestmark = [pytest.mark.browser]

PREPARE = """
import json
from django.contrib.auth import get_user_model
from wagtail.models import Workflow
from boroughs.models import WardPage
from demo.users import ensure_demo_users
ensure_demo_users()
User = get_user_model()
for name, password in {passwords!r}.items():
    user = User.objects.get(username=name)
    user.set_password(password)
    user.save()
editor = User.objects.get(username="hackney-editor")
ward = WardPage.objects.filter(url_path__contains="/hackney/", locale__language_code="en").first()
if not ward.workflow_in_progress:  # the other test process may have started it on the shared server
    ward.save_revision(user=editor)
    Workflow.objects.get(name="Central approval").start(ward, editor)
print(json.dumps(ward.title))
"""

ROLES = {
    "hackney-editor": "#borough-hackney-section",
    "central-approver": "#review-queue-section",
    "hackney-handler": "#concern-queue-section",
}


@pytest.fixture(scope="module")
def staff(demo_server, migrated_template):
    # The same passwords in every test process sharing this demo server (each process runs this
    # module fixture), and new ones for every server: derived from the server's own database path.
    seed = demo_server.env["DATABASE_URL"]
    passwords = {name: hashlib.sha256(f"{seed}:{name}".encode()).hexdigest()[:24] for name in ROLES}
    # One test process at a time: both may prepare at once, and only one may start the workflow.
    with file_lock(migrated_template.shared_dir / "staff-dashboards.lock"):
        ward_title = demo_server.shell(PREPARE.format(passwords=passwords))
    return {"passwords": passwords, "ward": ward_title}


def sign_in(page, server, username, password):
    page.context.clear_cookies()
    page.goto(f"{server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/admin/")


@pytest.mark.parametrize("username", list(ROLES))
def test_each_role_finds_its_work_on_the_dashboard(demo_server, page, axe, staff, username):
    sign_in(page, demo_server, username, staff["passwords"][username])
    panel = page.locator(ROLES[username])
    assert panel.is_visible()
    text = panel.inner_text()
    if username == "hackney-editor":
        assert "Hackney" in text and "Add an update" in text and "Translation coverage" in text
        assert staff["ward"] in text  # awaiting approval
        assert page.locator("#review-queue-section").count() == 0
        assert "pages in Hackney" in page.locator(".w-summary").inner_text()
    elif username == "central-approver":
        row = panel.locator("tr", has_text=staff["ward"])
        assert "Hackney" in row.inner_text()
    else:
        assert "Hackney" in text and "Export CSV" in text
        assert page.locator("#borough-hackney-section").count() == 0
    reports = []
    for name, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        results = axe.run(
            page,
            context={"include": [[ROLES[username]], [".w-summary"]]},
            options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
        )
        violations = results.response.get("violations", [])
        if violations:
            reports.append(format_violations(f"{username} dashboard", name, violations))
    assert not reports, "\n\n".join(reports)
