"""Every page type that exists, in a phone and a desktop viewport, with zero axe violations
of WCAG 2.2 A/AA. New page types are covered as soon as `load_demo` creates one."""

import pytest

from tests.browser.conftest import VIEWPORTS

pytestmark = [pytest.mark.browser]


PAGE_TYPES_CODE = """
import json
from wagtail.models import Page, get_page_models
urls, missing = {}, []
for model in get_page_models():
    if model is Page or model._meta.abstract:
        continue
    page = model.objects.live().public().filter(locale__language_code="en").order_by("path").first()
    if page is None:
        missing.append(model.__name__)
    else:
        urls[model.__name__] = page.url
print(json.dumps({"urls": urls, "missing": missing}))
"""


@pytest.mark.long
@pytest.mark.parametrize("viewport", VIEWPORTS)  # one test per viewport: the two test processes share them
def test_every_page_type_passes_axe(demo_server, page, axe_violations, viewport):
    # The scan is only as good as the demo content: every concrete page type must have a live page.
    found = demo_server.shell(PAGE_TYPES_CODE)
    assert found["missing"] == [], f"load_demo creates no live page of: {found['missing']}"
    urls = found["urls"]
    urls["Not found (404)"] = "/en/this-page-does-not-exist/"
    reports = []
    page.set_viewport_size(VIEWPORTS[viewport])
    for label, url in urls.items():
        response = page.goto(f"{demo_server.url}{url}")
        assert response is not None
        expected = 404 if "404" in label else 200
        assert response.status == expected, f"{label} {url} answered {response.status}"
        report = axe_violations(page, f"{label} {url} [{viewport}]")
        if report:
            reports.append(report)
    assert not reports, "\n\n".join(reports)


def test_keyboard_user_can_skip_to_content(demo_server, page):
    page.goto(f"{demo_server.url}/en/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_phone_menu_toggles(demo_server, page):
    page.set_viewport_size(VIEWPORTS["phone"])
    page.goto(f"{demo_server.url}/en/")
    toggle = page.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not page.locator("#primary-nav-list").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("link", name="Your area").is_visible()


def test_resident_reaches_borough_in_two_clicks(demo_server, page):
    page.goto(f"{demo_server.url}/en/")
    page.get_by_role("link", name="Lambeth", exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Lambeth"
    assert "Central South Basic Command Unit" in page.content()
