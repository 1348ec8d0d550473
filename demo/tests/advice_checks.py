"""Checks of the advice demo content, run by demo/tests/test_load_demo.py after one load_demo
(loading the whole demo is the slowest thing the suite does, so it is done once)."""

from wagtail.models import Page

from advice.models import AdviceIndexPage, AdvicePage, AdviceTopic, AsbCategory, AsbPage
from demo.base import data


def featured_slugs(slug: str) -> list[str]:
    borough = Page.objects.get(slug=slug, locale__language_code="en").specific
    return [item.page.slug for item in borough.featured_advice.all()]


def assert_advice_demo(client):
    """After load_demo: every advice page, all 13 categories, featured advice (that a rerun adds none
    and keeps Hackney's featured advice is checked with `advice_snapshot` around the test's one rerun)."""
    demo_content = data("advice")
    assert AsbCategory.objects.filter(locale__language_code="en").count() == 13
    assert AdviceTopic.objects.filter(locale__language_code="en").count() == len(demo_content["advice_topics"]) >= 8
    assert (
        AdvicePage.objects.live().filter(locale__language_code="en").count() == len(demo_content["advice_pages"]) >= 12
    )
    assert AdviceIndexPage.objects.get(locale__language_code="en").show_in_menus
    asb = AsbPage.objects.get(locale__language_code="en")
    assert (asb.slug, asb.show_in_menus) == ("anti-social-behaviour", True)
    assert not AdvicePage.objects.filter(topic__isnull=True).exists()
    street = AsbCategory.objects.get(slug="street-drinking", locale__language_code="en")
    assert street.advice_pages.filter(slug="staying-safe-on-a-night-out").exists()
    assert 2 <= len(featured_slugs("hackney")) <= 3
    assert 2 <= len(featured_slugs("lambeth")) <= 3

    # The demo pages render, and Hackney shows its featured advice.
    for url in ("/en/advice/", "/en/anti-social-behaviour/", "/en/advice/protect-your-phone-in-the-street/"):
        assert client.get(url).status_code == 200
    assert "Advice for Hackney" in client.get("/en/your-area/hackney/").content.decode()


def advice_snapshot() -> tuple:
    """What a rerun of load_demo must leave as it was: the advice counts and Hackney's featured advice."""
    return (AdvicePage.objects.count(), AdviceTopic.objects.count(), featured_slugs("hackney"))
