"""A resident finds a past meeting in their borough, reads what was raised, follows an action to
the local priority it changed, and downloads the next meeting to their calendar (a past meeting
offers only the feed of future ones)."""

import pytest

pytestmark = [pytest.mark.browser]


def test_resident_reads_lambeth_meeting_and_follows_an_action(demo_server, page):
    page.goto(f"{demo_server.url}/en/")
    page.get_by_role("link", name="Lambeth", exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Lambeth"

    page.get_by_role("link", name="All meetings in Lambeth, with write-ups of past meetings").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Meetings"
    past = page.locator("section", has=page.get_by_role("heading", name="Past meetings and what was said"))
    assert "Tuesday 9 December 2025, 6:30pm to 8:30pm" in past.inner_text()
    past.get_by_role("link", name="Community Crime Fighting").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Community Crime Fighting"
    assert "Ark Evelyn Grace Academy" in page.content()
    concerns = page.get_by_role("heading", name="Concerns raised, most raised first")
    assert concerns.is_visible()
    writeup = page.locator("section.writeup").inner_text()
    assert writeup.index("Vauxhall") < writeup.index("illegal bikes and e-scooters")
    assert "violence against women and girls" in writeup

    # A past meeting offers no calendar entry, only the feed of the borough's future meetings
    assert page.get_by_role("link", name="Download this meeting (.ics file)").count() == 0
    assert page.get_by_role("link", name="Subscribe to every Lambeth meeting").is_visible()
    meeting_url = page.url

    # An action leads to the priority it created, which links back to the meeting
    page.get_by_role("link", name="Local priority: Illegal bikes and e-scooters").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Illegal bikes and e-scooters"
    assert page.get_by_role("link", name="Community Crime Fighting").is_visible()

    # The next Lambeth meeting downloads as an .ics file served as text/calendar
    page.goto(meeting_url.rsplit("/", 2)[0] + "/")
    page.get_by_role("link", name="Vauxhall ward panel").first.click()
    calendar_link = page.get_by_role("link", name="Download this meeting (.ics file)")
    calendar_response = page.request.get(f"{demo_server.url}{calendar_link.get_attribute('href')}")
    assert calendar_response.headers["content-type"].startswith("text/calendar")
    with page.expect_download() as download_info:
        calendar_link.click()
    download = download_info.value
    assert download.suggested_filename.startswith("vauxhall-ward-panel")
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), encoding="utf-8") as ics:
        body = ics.read()
    assert body.startswith("BEGIN:VCALENDAR") and "SUMMARY:Vauxhall ward panel" in body
