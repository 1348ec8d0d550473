"""No Content-Security-Policy violation anywhere: every page type (English and Arabic), the embed
view, and the admin's page editor. Violations are collected both from `securitypolicyviolation`
events (registered before any page script runs) and from the browser console."""

import pytest

from tests.browser.test_accessibility import PAGE_TYPES_CODE

pytestmark = [pytest.mark.browser]

COLLECT = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
});
"""

ADMIN_CODE = """
import json
from django.contrib.auth import get_user_model
from wagtail.models import Page
from advice.models import AdvicePage
User = get_user_model()
user, _ = User.objects.get_or_create(username="csp-check", defaults={"is_superuser": True, "is_staff": True})
user.is_superuser = True
user.set_password("csp-check-password-1")
user.save()
page = AdvicePage.objects.live().filter(locale__language_code="en").first()
print(json.dumps({"edit": f"/admin/pages/{page.pk}/edit/", "embed": f"/embed/{page.pk}/"}))
"""


@pytest.fixture
def csp_page(page):
    console = []
    page.add_init_script(COLLECT)
    page.on("console", lambda message: console.append(message.text))

    def violations(label: str) -> list[str]:
        found = page.evaluate("window.__cspViolations || []")
        found += [text for text in console if "Content Security Policy" in text or "Content-Security-Policy" in text]
        console.clear()
        return [f"{label}: {violation}" for violation in found]

    page.csp_violations = violations
    return page


def test_no_page_type_reports_a_csp_violation(demo_server, csp_page):
    found = demo_server.shell(PAGE_TYPES_CODE)
    admin = demo_server.shell(ADMIN_CODE)
    urls = {}
    for name, url in found["urls"].items():
        urls[f"{name} (en)"] = url
        urls[f"{name} (ar)"] = "/ar/" + url.split("/", 2)[-1]
    urls["Not found (404)"] = "/en/this-page-does-not-exist/"
    urls["Embed"] = admin["embed"]
    problems = []
    for label, url in urls.items():
        response = csp_page.goto(f"{demo_server.url}{url}")
        assert response is not None
        assert "default-src 'self'" in response.headers.get("content-security-policy", ""), label
        csp_page.wait_for_load_state("load")
        problems += csp_page.csp_violations(f"{label} {url}")
    assert problems == []


def test_the_admin_page_editor_loads_without_csp_violations(demo_server, csp_page):
    admin = demo_server.shell(ADMIN_CODE)
    csp_page.goto(f"{demo_server.url}/admin/login/")
    csp_page.fill("#id_username", "csp-check")
    csp_page.fill("#id_password", "csp-check-password-1")
    csp_page.click("button[type=submit]")
    csp_page.wait_for_url(f"{demo_server.url}/admin/")
    problems = csp_page.csp_violations("dashboard")
    csp_page.goto(f"{demo_server.url}{admin['edit']}")
    csp_page.wait_for_load_state("networkidle")
    assert csp_page.locator("[data-draftail-input], .Draftail-Editor").count() > 0  # the editor started
    problems += csp_page.csp_violations("page editor")
    assert problems == []
