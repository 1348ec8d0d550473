import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Locale, PageViewRestriction

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory
from boroughs.tests.factories import BoroughPageFactory, PriorityIndexPageFactory, PriorityPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("index_updates")]  # tests/indexing.py


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def advice_index(home_page):
    return AdviceIndexPageFactory(parent=home_page)


@pytest.fixture
def scooter_advice(advice_index):
    return AdvicePageFactory(
        parent=advice_index,
        title="E-scooter theft",
        slug="e-scooter-theft",
        summary="How to keep your e-scooter from being stolen.",
    )


@pytest.fixture
def hackney_priority(borough):
    index = PriorityIndexPageFactory(parent=borough)
    return PriorityPageFactory(
        parent=index,
        title="E-scooters on the pavement",
        summary="Residents asked us to stop e-scooters riding on pavements.",
    )


def search(client, language="en", **params):
    return client.get(f"/{language}/search/", params)


def test_finds_advice_and_the_hackney_priority(client, scooter_advice, hackney_priority):
    response = search(client, q="e-scooter")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{scooter_advice.url}"' in html
    assert f'href="{hackney_priority.url}"' in html
    assert "<mark>" in html
    assert "2 results for" in html


def test_title_match_ranks_above_a_single_mention(client, advice_index):
    mention = AdvicePageFactory(
        parent=advice_index,
        title="Keeping your home safe",
        slug="home-safe",
        summary="Lock the shed where you keep the bicycle.",
    )
    titled = AdvicePageFactory(
        parent=advice_index, title="Bicycle theft", slug="bicycle-theft", summary="Mark and register it."
    )
    html = search(client, q="bicycle").content.decode()
    assert html.index(f'href="{titled.url}"') < html.index(f'href="{mention.url}"')


def test_filters_by_type_and_borough_with_counts(client, scooter_advice, hackney_priority, borough_index):
    camden = BoroughPageFactory(parent=borough_index, title="Camden", slug="camden", code="CMD")
    camden_priority = PriorityPageFactory(
        parent=PriorityIndexPageFactory(parent=camden),
        title="Scooters in the park",
        summary="E-scooter riders in the park.",
    )
    html = search(client, q="e-scooter").content.decode()
    assert "Advice (1)" in html and "Local priorities (2)" in html
    assert "Hackney (1)" in html and "Camden (1)" in html
    html = search(client, q="e-scooter", type="priorities").content.decode()
    assert f'href="{scooter_advice.url}"' not in html and f'href="{camden_priority.url}"' in html
    html = search(client, q="e-scooter", type="priorities", borough="hackney").content.decode()
    assert f'href="{hackney_priority.url}"' in html and f'href="{camden_priority.url}"' not in html
    assert "1 result for" in html


def test_drafts_private_and_expired_pages_are_never_found(client, advice_index, scooter_advice):
    draft = AdvicePageFactory(parent=advice_index, title="E-scooter draft", slug="draft", live=False)
    private = AdvicePageFactory(parent=advice_index, title="E-scooter private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    html = search(client, q="e-scooter").content.decode()
    assert f'href="{scooter_advice.url}"' in html
    assert "E-scooter draft" not in html and draft.title not in html
    assert "E-scooter private" not in html


def test_expired_pages_are_never_found_and_pages_expiring_later_are(client, advice_index, scooter_advice):
    expired = AdvicePageFactory(parent=advice_index, title="E-scooter expired", slug="expired")
    expired.expire_at = timezone.now() - datetime.timedelta(hours=1)
    expired.save(update_fields=["expire_at"])
    later = AdvicePageFactory(parent=advice_index, title="E-scooter amnesty", slug="amnesty")
    later.expire_at = timezone.now() + datetime.timedelta(days=7)
    later.save(update_fields=["expire_at"])
    html = search(client, q="e-scooter").content.decode()
    assert "E-scooter expired" not in html
    assert f'href="{later.url}"' in html and f'href="{scooter_advice.url}"' in html


def test_polish_reader_gets_polish_pages_and_labelled_english_fallbacks(client, scooter_advice, hackney_priority):
    polish = Locale.objects.get(language_code="pl")
    advice_pl = scooter_advice.copy_for_translation(polish, copy_parents=True)
    advice_pl.title = "Kradzież e-hulajnogi"
    advice_pl.summary = "Jak chronić e-scooter przed kradzieżą."
    advice_pl.save_revision().publish()
    html = search(client, "pl", q="e-scooter").content.decode()
    # The Polish advice, once (not also its English original), and the English-only priority, labelled.
    assert f'href="{advice_pl.url}"' in html and f'href="{scooter_advice.url}"' not in html
    # The English-only priority stays under /pl/ (served in English with the site's notice).
    assert f'href="/pl/{hackney_priority.url[4:]}" lang="en"' in html
    with translation.override("pl"):
        assert translation.gettext("In English") in html
    assert 'lang="pl"' in html


def test_promoted_results_come_first_and_searching_writes_no_row(client, scooter_advice, hackney_priority):
    query = Query.objects.create(query_string="e-scooter")
    SearchPromotion.objects.create(query=query, page=hackney_priority, sort_order=0, description="Our local priority.")
    queries, hits = Query.objects.count(), QueryDailyHits.objects.count()
    html = search(client, q="E-scooter").content.decode()
    assert "Recommended" in html and "Our local priority." in html
    assert html.index(f'href="{hackney_priority.url}"') < html.index(f'href="{scooter_advice.url}"')
    assert html.count(f'href="{hackney_priority.url}"') == 1
    search(client, q="something never searched before")
    assert (Query.objects.count(), QueryDailyHits.objects.count()) == (queries, hits)


def test_no_results_offers_the_postcode_box_and_the_advice_index(client, advice_index, borough_index):
    html = search(client, q="zzzyxq").content.decode()
    assert "No pages match your search" in html
    assert 'name="postcode"' in html
    assert f'href="{advice_index.url}"' in html


def test_pagination_keeps_the_query(client, advice_index):
    for n in range(12):
        AdvicePageFactory(parent=advice_index, title=f"Burglary advice {n}", slug=f"burglary-{n}", summary="Burglary.")
    html = search(client, q="burglary").content.decode()
    assert "Page 1 of 2" in html and "?q=burglary&amp;page=2" in html
    html = search(client, q="burglary", page="2").content.decode()
    assert html.count('class="search-result"') == 2
    assert search(client, q="burglary", page="999").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        'bike AND "theft" OR -lock',
        "bike\x00theft",
        "x" * 10_000,
        "سرقة الدراجات",
        "کرائم",
        "自行车 盗窃",
        "বাইক চুরি",
        "kradzież roweru",
        "'; DROP TABLE wagtailcore_page; --",
        "(((",
        "*",
        "<script>alert(1)</script>",
    ],
)
def test_hostile_and_every_script_queries_answer_clearly(client, scooter_advice, query):
    for language in ("en", "ar"):
        response = search(client, language, q=query)
        assert response.status_code == 200
        html = response.content.decode()
        assert "<script>alert(1)" not in html
        assert "x" * 201 not in html


def test_empty_search_shows_just_the_box(client, home_page):
    response = search(client)
    assert response.status_code == 200
    assert "results for" not in response.content.decode()
