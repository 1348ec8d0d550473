"""Alerts in a real browser: the sign-up page (from a ward page's call to action), its error state
and a sign-up sent through; the manage page of that subscriber. Every state is scanned with axe
(WCAG 2.2 A/AA), in English and in Arabic (right to left)."""

import pytest

pytestmark = [pytest.mark.browser]

LATEST_MANAGE = (
    "import json; from alerts.models import Subscriber as S; from alerts import links; "
    "s = S.objects.get(email='browser.resident@example.org'); "
    "print(json.dumps({'url': links.manage_url(s).split('//', 1)[1].split('/', 1)[1], 'status': s.status}))"
)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_sign_up_and_manage_pages_pass_axe(demo_server, page, axe_violations, language):
    page.goto(f"{demo_server.url}/{language}/your-area/hackney/dalston/")
    page.locator(".alerts-cta a.button").click()
    page.wait_for_load_state()
    assert f"/{language}/alerts/?ward=" in page.url
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator("input[name=wards]:checked").count() == 1  # the ward is preselected
    assert axe_violations(page, f"sign-up [{language}]") == ""

    page.locator("button[type=submit]").last.click()  # no address, no consent
    page.wait_for_load_state()
    assert page.locator("#error-summary").is_visible()
    assert axe_violations(page, f"sign-up errors [{language}]") == ""

    page.fill("input[name=email]", "browser.resident@example.org")
    page.check("input[name=consent]")
    page.locator("button[type=submit]").last.click()
    page.wait_for_load_state()
    assert "/alerts/check-your-email/" in page.url
    assert axe_violations(page, f"check your e-mail [{language}]") == ""

    found = demo_server.shell(LATEST_MANAGE)
    assert found["status"] == "pending"
    page.goto(f"{demo_server.url}/{found['url']}")
    assert page.locator("input[name=wards]:checked").count() == 1
    assert axe_violations(page, f"manage [{language}]") == ""


@pytest.mark.parametrize("language", ["pl", "ar"])
def test_survey_opt_in_passes_axe_with_its_errors(demo_server, page, axe_violations, language):
    page.goto(f"{demo_server.url}/{language}/your-area/hackney/priority-survey/")
    assert page.locator("input[name=alerts_email]").is_visible()
    assert axe_violations(page, f"survey with opt-in [{language}]") == ""

    page.locator("input[name=concerns]").first.check()
    page.fill("input[name=alerts_email]", "browser.survey@example.org")  # consent box left unticked
    page.locator("button[type=submit]").last.click()
    page.wait_for_load_state()
    assert page.locator("#error-summary").is_visible()
    assert page.locator("input[name=alerts_email]").input_value() == "browser.survey@example.org"
    assert axe_violations(page, f"survey opt-in errors [{language}]") == ""
