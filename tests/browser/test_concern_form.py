"""The concern form in a real browser, by keyboard only: the error state (focus on the summary,
links to fields) and a concern sent through to its thank-you page with a reference number.
Every state is scanned with axe (WCAG 2.2 A/AA)."""

import re

import pytest

pytestmark = [pytest.mark.browser]

FORM = "/en/your-area/hackney/tell-us/"


def active_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


COUNT = "from concerns.models import ConcernSubmission as C; print(C.objects.count())"
LATEST = (
    "import json; from concerns.models import ConcernSubmission as C; s = C.objects.latest('pk'); "
    "print(json.dumps({'reference': s.reference, 'description': s.description, 'is_spam': s.is_spam}))"
)


def test_concern_form_by_keyboard(demo_server, page, axe_violations):
    # The demo server's settings turn off the time trap: the browser is faster than any resident.
    before = demo_server.shell(COUNT)
    page.goto(f"{demo_server.url}{FORM}")
    assert page.get_by_role("heading", level=1).inner_text() == "Tell us what worries you"
    assert axe_violations(page, "concern form") == ""

    # Send the empty form from the keyboard.
    page.get_by_role("button", name="Send to the team").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert summary.get_attribute("role") == "alert"
    assert active_id(page) == "error-summary"  # focus moved to the summary
    assert page.title().startswith("Error:")
    assert axe_violations(page, "concern form with errors") == ""

    # The first error links to its field: Tab to it, Enter, and the ward select has focus.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#id_ward"
    page.keyboard.press("Enter")
    assert active_id(page) == "id_ward"
    assert page.locator("#id_ward").get_attribute("aria-invalid") == "true"
    assert "id_ward_error" in page.locator("#id_ward").get_attribute("aria-describedby")

    # Fill it in, by keyboard only, in tab order.
    page.keyboard.press("ArrowDown")  # the first ward
    page.keyboard.press("Tab")
    assert active_id(page) == "id_category"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    assert active_id(page) == "id_description"
    page.keyboard.type("Motorbikes on the towpath every evening, <b>fast</b>.")
    page.keyboard.press("Tab")
    page.keyboard.type("Canal towpath")
    page.keyboard.press("Tab")
    page.keyboard.type("After 9pm")
    page.keyboard.press("Tab")
    assert active_id(page) == "id_name"
    page.keyboard.type("Alex Demo")
    page.keyboard.press("Tab")
    page.keyboard.type("alex.demo@example.org")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # no phone
    assert active_id(page) == "id_consent"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Send to the team"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # Thank-you page, with the reference.
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you: we have your concern"
    text = page.locator("main").inner_text()
    reference = re.search(r"HAC-\d{4}-\d{6}", text)
    assert reference is not None
    assert axe_violations(page, "thank-you page") == ""
    assert demo_server.shell(COUNT) == before + 1
    stored = demo_server.shell(LATEST)
    assert stored["reference"] == reference.group(0)
    assert stored["description"] == "Motorbikes on the towpath every evening, <b>fast</b>."
    assert not stored["is_spam"]

    # A refresh of the thank-you page shows the same reference and stores nothing more.
    page.reload()
    assert reference.group(0) in page.locator("main").inner_text()
    assert demo_server.shell(COUNT) == before + 1
