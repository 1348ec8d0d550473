"""A new resident finds their area by postcode, searches the site and tells us a page helped,
in English, Polish and Arabic (right to left), with axe checking every page on the way."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_postcode_in_lower_case_without_a_space_lands_on_the_ward(demo_server, page, axe_violations, language):
    page.goto(f"{demo_server.url}/{language}/")
    box = page.locator("#postcode-header")
    box.fill("e84qs")
    box.press("Enter")
    expect(page).to_have_url(f"{demo_server.url}/{language}/your-area/hackney/london-fields/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("London Fields")
    # An outward code: the boroughs and wards it spans; a malformed one: the message, the A to Z, the value kept.
    page.goto(f"{demo_server.url}/{language}/postcode/?postcode=E8")
    expect(page.locator(".find-areas").get_by_role("link").first).to_be_visible()
    report = axe_violations(page)
    page.goto(f"{demo_server.url}/{language}/postcode/?postcode=not+a+postcode")
    expect(page.locator("#postcode-page")).to_have_value("not a postcode")
    expect(page.locator("#postcode-page")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".find-az").get_by_role("link")).to_have_count(32)
    report += axe_violations(page)
    page.goto(f"{demo_server.url}/{language}/postcode/?postcode=bn1+1aa")
    expect(page.get_by_text("Sussex Police")).to_be_visible()
    report += axe_violations(page)
    assert not report, report


@pytest.mark.parametrize("language", ["en", "pl", "ar"])
def test_search_e_scooter_finds_the_advice_and_the_hackney_priority(demo_server, page, axe_violations, language):
    page.goto(f"{demo_server.url}/{language}/")
    box = page.locator("#search-header")
    box.fill("e-scooter")
    box.press("Enter")
    results = page.locator(".search-results")
    expect(results.locator('a[href$="/advice/illegal-e-bikes-e-scooters-and-dangerous-riding/"]')).to_have_count(1)
    expect(results.locator('a[href*="/hackney/"][href*="e-scooters"]').first).to_be_visible()
    expect(page.locator("mark").first).to_be_visible()
    report = axe_violations(page)
    page.locator('.search-facets input[name="type"][value="priorities"]').check()
    page.locator('.search-facets button[type="submit"]').click()
    expect(results.locator('a[href$="/advice/illegal-e-bikes-e-scooters-and-dangerous-riding/"]')).to_have_count(0)
    page.goto(f"{demo_server.url}/{language}/search/?q=zzzyxq")
    expect(page.locator("#postcode-no-results")).to_be_visible()
    report += axe_violations(page)
    assert not report, report


@pytest.mark.parametrize("language", ["en", "ar"])
def test_tell_the_advice_page_it_helped_and_see_it_in_the_report(demo_server, page, axe_violations, language):
    url = f"{demo_server.url}/{language}/advice/illegal-e-bikes-e-scooters-and-dangerous-riding/"
    page.goto(url)
    feedback = page.locator("#feedback")
    report = axe_violations(page)
    feedback.locator('input[value="yes"]').check()
    feedback.locator("textarea").fill("Clear. Call me on 07700 900123")
    feedback.locator('button[type="submit"]').click()
    expect(page).to_have_url(f"{url}?feedback=thanks#feedback")
    expect(feedback.get_by_role("status")).to_be_visible()
    report += axe_violations(page)
    assert not report, report
    stored = demo_server.shell(
        "import json; from feedback.models import PageFeedback as F; "
        "f = F.objects.filter(page__slug='illegal-e-bikes-e-scooters-and-dangerous-riding', "
        f"language='{language}').latest('pk'); "
        "print(json.dumps([f.useful, f.comment, f.language]))"
    )
    assert stored[0] is True and "900123" not in stored[1] and stored[2] == language
