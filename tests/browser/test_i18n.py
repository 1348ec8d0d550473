"""Every resident in their own language, in a real browser: left-to-right values (phone numbers,
addresses, references) read in the right order inside right-to-left pages, and every page type in
Arabic and Polish passes axe on a phone and a desktop."""

import pytest

from tests.browser.conftest import VIEWPORTS
from tests.browser.test_accessibility import PAGE_TYPES_CODE

pytestmark = [pytest.mark.browser]

# x of the first and of the last character of an element's text, as laid out on screen.
EDGES = """el => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) { if (walker.currentNode.data.trim()) nodes.push(walker.currentNode); }
  const first = nodes[0], last = nodes[nodes.length - 1];
  const range = document.createRange();
  range.setStart(first, 0); range.setEnd(first, 1);
  const a = range.getBoundingClientRect().left;
  const end = last.data.trimEnd().length;
  range.setStart(last, end - 1); range.setEnd(last, end);
  return [a, range.getBoundingClientRect().left];
}"""


def reads_left_to_right(locator) -> bool:
    first, last = locator.evaluate(EDGES)
    return first < last


def test_phone_numbers_and_addresses_read_in_order_in_arabic(demo_server, page):
    page.goto(f"{demo_server.url}/ar/your-area/hackney/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    values = {
        "borough phone": page.locator("main a[href^='tel:']", has_text="020 7946 0110").first,
        "text relay": page.locator("footer a[href^='tel:']", has_text="18001 101").first,
        "Crimestoppers": page.locator("footer a[href^='tel:']", has_text="0800 555 111").first,
        "street address": page.locator("main address bdi", has_text="1 Example Street").first,
        "postcode": page.locator("main address bdi", has_text="E8 0XX").first,
        "e-mail": page.locator("main a[href^='mailto:']").first,
    }
    wrong = [name for name, locator in values.items() if not reads_left_to_right(locator)]
    assert wrong == [], f"read right to left: {wrong}"
    # The same number, rendered without isolation, would read backwards: the check can fail.
    page.evaluate(
        """() => { const p = document.createElement('p'); p.id = 'control';
        p.textContent = '020 7946 0110'; document.querySelector('main').prepend(p); }"""
    )
    assert not reads_left_to_right(page.locator("#control"))


@pytest.mark.long
@pytest.mark.parametrize("lang", ["ar", "pl"])  # one test per language: the two test processes share them
def test_every_page_type_in_arabic_and_in_polish_passes_axe(demo_server, page, axe_violations, lang):
    found = demo_server.shell(PAGE_TYPES_CODE)
    assert found["missing"] == []
    reports = []
    for name, viewport in VIEWPORTS.items():
        page.set_viewport_size(viewport)
        for label, url in found["urls"].items():
            localized = f"/{lang}/" + url.removeprefix("/en/")
            response = page.goto(f"{demo_server.url}{localized}")
            assert response is not None and response.status == 200, f"{label} {localized}"
            assert page.evaluate("document.documentElement.lang") == lang
            report = axe_violations(page, f"{label} {localized} [{name}]")
            if report:
                reports.append(report)
    assert not reports, "\n\n".join(reports)
