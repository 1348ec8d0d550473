"""Listing cards that show a page still in English (an alias) inside another language's page mark
that content lang="en" dir="ltr" (WCAG 3.1.2); cards of real translations, and every card on an
English page, carry no such attribute."""

import re

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory
from boroughs.tests.factories import (
    PriorityIndexPageFactory,
    PriorityPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
)
from meetings.tests.factories import MeetingIndexPageFactory, MeetingPageFactory

pytestmark = pytest.mark.django_db

EN = ' lang="en" dir="ltr"'


def sync(code: str) -> Locale:
    locale = Locale.objects.get(language_code=code)
    LocaleSynchronization.objects.create(locale=locale, sync_from=Locale.objects.get(language_code="en"))
    return locale


def translate(page, locale, title, **fields):
    """Turn the locale's alias of `page` into a real translation with its own title."""
    target = Page.objects.get(translation_key=page.translation_key, locale=locale)
    Page.objects.filter(pk=target.pk).update(alias_of=None)
    target = Page.objects.get(pk=target.pk).specific
    target.title = title
    for name, value in fields.items():
        setattr(target, name, value)
    target.save_revision().publish()
    return target


@pytest.fixture
def advice(home_page):
    index = AdviceIndexPageFactory(parent=home_page, title="Advice", slug="advice")
    AdvicePageFactory(parent=index, title="Protect your phone", slug="protect-your-phone", summary="Lock it.")
    return AdvicePageFactory(
        parent=index, title="Keep your bike safe", slug="keep-your-bike-safe", summary="Two locks."
    )


def card(html, title):
    return re.search(
        rf'<li class="card advice-card">(?:(?!</li>).)*{re.escape(title)}(?:(?!</li>).)*</li>', html, re.S
    ).group(0)


def test_arabic_advice_listing_marks_english_cards(client, advice):
    arabic = sync("ar")
    translate(advice, arabic, "حافظ على أمان دراجتك", summary="قفلان.")
    html = client.get("/ar/advice/").content.decode()
    english_card = card(html, "Protect your phone")
    assert (
        f'<h3 class="advice-card__title"{EN}><a href="/ar/advice/protect-your-phone/">Protect your phone</a></h3>'
        in english_card
    )
    assert f'<p class="advice-card__summary"{EN}>Lock it.</p>' in english_card
    arabic_card = card(html, "حافظ على أمان دراجتك")
    assert 'lang="en"' not in arabic_card
    assert '<p class="advice-card__summary">قفلان.</p>' in arabic_card


def test_polish_listing_marks_english_cards_and_english_listing_does_not(client, advice):
    sync("pl")
    polish = client.get("/pl/advice/").content.decode()
    assert f'<h3 class="advice-card__title"{EN}><a href="/pl/advice/keep-your-bike-safe/">' in polish
    english = client.get("/en/advice/").content.decode()
    assert 'class="advice-card__title"><a href="/en/advice/keep-your-bike-safe/">' in english
    assert EN not in card(english, "Keep your bike safe")


def test_arabic_borough_lists_english_updates_priorities_and_meetings_marked(client, borough):
    updates = UpdateIndexPageFactory(parent=borough)
    UpdatePageFactory(parent=updates, title="New patrols in Dalston", slug="new-patrols", summary="More officers.")
    priorities = PriorityIndexPageFactory(parent=borough)
    PriorityPageFactory(parent=priorities, title="Bike theft", slug="bike-theft", summary="Thefts at the station.")
    meetings = MeetingIndexPageFactory(parent=borough)
    MeetingPageFactory(parent=meetings, title="Ward panel", slug="ward-panel", venue_name="Dalston Library")
    sync("ar")
    html = client.get("/ar/your-area/hackney/").content.decode()
    assert '<html lang="ar" dir="rtl"' in html
    assert (
        f'<h3 class="update-card__title"{EN}><a href="/ar/your-area/hackney/news-and-updates/new-patrols/">New patrols in Dalston</a></h3>'
        in html
    )
    assert f"<p{EN}>More officers.</p>" in html
    assert f'<a href="/ar/your-area/hackney/meetings/ward-panel/"{EN}>Ward panel</a>' in html
    assert f"<span{EN}>Dalston Library</span>" in html
    # "You said, we did" in summary on the borough page
    summary = html.split('id="priorities-summary-heading"')[1].split("</section>")[0]
    assert (
        f'<h3 class="priority-card__title"{EN}><a href="/ar/your-area/hackney/you-said-we-did/bike-theft/">Bike theft</a></h3>'
        in summary
    )
    listing = client.get("/ar/your-area/hackney/you-said-we-did/").content.decode()
    assert (
        f'<h3 class="priority-card__title"{EN}><a href="/ar/your-area/hackney/you-said-we-did/bike-theft/">Bike theft</a></h3>'
        in listing
    )
    assert f"<p{EN}>Thefts at the station.</p>" in listing
    english = client.get("/en/your-area/hackney/").content.decode()
    assert '<h3 class="update-card__title"><a href="/en/your-area/hackney/news-and-updates/new-patrols/">' in english
