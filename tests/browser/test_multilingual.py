"""Reading in another language in a real browser: an advice page in Arabic (right to left) and
in Polish, each scanned with axe on a phone and a desktop; the switcher moves between them."""

import pytest

from tests.browser.conftest import VIEWPORTS

pytestmark = [pytest.mark.browser]

ADVICE = "/en/advice/protect-your-phone-in-the-street/"


def test_advice_in_arabic_and_polish(demo_server, page, axe_violations):
    page.goto(f"{demo_server.url}{ADVICE}")
    switcher = page.get_by_role("navigation", name="Choose a language")
    with page.expect_navigation():
        switcher.get_by_role("link", name="العربية").click()
    assert page.url.startswith(f"{demo_server.url}/ar/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    # The layout mirrors: the main heading starts at the right-hand edge of its column.
    heading = page.get_by_role("heading", level=1)
    box, main = heading.bounding_box(), page.locator("main").bounding_box()
    assert box["x"] + box["width"] > main["x"] + main["width"] - 40
    arabic_url = page.url
    polish_url = page.get_by_role("navigation").get_by_role("link", name="Polski").get_attribute("href")
    reports = []
    for name, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        for url in (arabic_url, f"{demo_server.url}{polish_url}"):
            page.goto(url)
            report = axe_violations(page, f"{url} [{name}]")
            if report:
                reports.append(report)
    assert not reports, "\n\n".join(reports)
    page.goto(f"{demo_server.url}{polish_url}")
    assert page.evaluate("document.documentElement.lang") == "pl"
    assert "Przejdź" in page.locator(".skip-link").inner_text()


def test_untranslated_page_shows_english_with_a_notice(demo_server, page):
    page.goto(f"{demo_server.url}/ur/your-area/lambeth/")
    # The page is the reader's (WCAG 3.1.2): <html> in Urdu, the English content marked as English.
    assert page.evaluate("document.documentElement.lang") == "ur"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.get_by_role("heading", level=1).get_attribute("lang") == "en"
    notice = page.locator(".fallback-notice")
    assert notice.get_attribute("lang") == "ur"
    assert notice.get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "Lambeth"
