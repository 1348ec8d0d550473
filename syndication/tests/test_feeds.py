import datetime
import re

import feedparser
import pytest

from tests.shared_data import share

from .conftest import build_content

pytestmark = pytest.mark.django_db

FEEDS = ["site", "advice", "boroughs/hackney"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, f"{url}: {feed.get('bozo_exception')}"
    return response, feed


# The content (published, draft, private and expired) is built once for the module.
globals().update(share(build_content, ["content", "advice_index", "borough"]))


@pytest.mark.parametrize("suffix", ["rss", "atom"])
@pytest.mark.parametrize("name", FEEDS)
def test_feeds_parse_and_carry_only_published_items(client, content, name, suffix):
    response, feed = parse(client, f"/feeds/en/{name}.{suffix}")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert feed.version == ("rss20" if suffix == "rss" else "atom10")
    titles = {entry.title for entry in feed.entries}
    assert not titles & {"Draft advice", "Private advice", "Expired advice"}
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/en/")
        assert entry.published_parsed is not None
        assert entry.summary


def test_site_feed_has_every_kind_of_article(client, content):
    _, feed = parse(client, "/feeds/en/site.rss")
    assert {e.title for e in feed.entries} == {
        "Keep your bike safe",
        "Bike marking in Dalston",
        "Speeding on Mare Street",
    }
    assert feed.feed.link == "http://testserver/en/"
    assert feed.feed.language == "en"


def test_borough_feed_has_its_updates_and_priority_changes(client, content):
    _, feed = parse(client, "/feeds/en/boroughs/hackney.atom")
    entries = {e.title: e for e in feed.entries}
    assert set(entries) == {"Bike marking in Dalston", "Speeding on Mare Street"}
    assert feed.feed.link == "http://testserver/en/your-area/hackney/"
    priority = entries["Speeding on Mare Street"]
    assert "Speed camera van twice a week." in priority.summary  # the latest action
    assert "In progress" in priority.summary


def test_dates_carry_a_timezone(client, content):
    rss = client.get("/feeds/en/site.rss").content.decode()
    pub_dates = re.findall(r"<pubDate>([^<]+)</pubDate>", rss)
    assert len(pub_dates) == 3
    assert all(re.search(r" [+-]\d{4}$", value) for value in pub_dates)
    atom = client.get("/feeds/en/site.atom").content.decode()
    stamps = re.findall(r"<(?:updated|published)>([^<]+)</", atom)
    assert stamps and all(re.search(r"[+-]\d\d:\d\d$|Z$", value) for value in stamps)
    advice = content["advice"]
    _, feed = parse(client, "/feeds/en/advice.atom")
    published = datetime.datetime(*feed.entries[0].published_parsed[:6], tzinfo=datetime.UTC)
    assert abs(published - advice.first_published_at) < datetime.timedelta(seconds=1)


def test_advice_feed_links_to_the_advice_index(client, content, advice_index):
    _, feed = parse(client, "/feeds/en/advice.rss")
    assert [e.title for e in feed.entries] == ["Keep your bike safe"]
    assert feed.feed.link == f"http://testserver{advice_index.url}"


def test_autodiscovery_links(client, content, home_page, borough, advice_index):
    home = client.get("/en/").content.decode()
    assert 'type="application/rss+xml" href="http://testserver/feeds/en/site.rss"' in home
    assert 'type="application/atom+xml" href="http://testserver/feeds/en/site.atom"' in home
    borough_html = client.get(borough.url).content.decode()
    assert 'href="http://testserver/feeds/en/boroughs/hackney.rss"' in borough_html
    update_html = client.get(content["update"].url).content.decode()
    assert 'href="http://testserver/feeds/en/boroughs/hackney.atom"' in update_html
    advice_html = client.get(content["advice"].url).content.decode()
    assert 'href="http://testserver/feeds/en/advice.rss"' in advice_html
