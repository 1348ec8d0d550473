"""The anti-social behaviour page: all 13 categories in 3 groups, and the taxonomy joining up
categories with advice and with boroughs' current priorities."""

import re

import pytest
from wagtail.models import Locale

from advice.models import AsbCategory
from advice.tests.factories import AdvicePageFactory, AsbCategoryFactory, AsbPageFactory
from demo.advice import load_taxonomy
from demo.base import DemoLog

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy(home_page):
    load_taxonomy(home_page, DemoLog())
    return {c.slug: c for c in AsbCategory.objects.all()}


def test_asb_page_lists_13_categories_in_3_groups(client, asb_page, taxonomy):
    response = client.get(asb_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<section class="section asb-group"') == 3
    assert html.count('<article class="asb-category"') == 13
    headings = re.findall(r'<h2 id="asb-group-(\w+)"', html)
    assert headings == ["personal", "nuisance", "environmental"]
    # Each group holds its own categories: 4 personal, 4 nuisance, 5 environmental.
    groups = re.split(r'<section class="section asb-group"', html)[1:]
    assert [g.count('<article class="asb-category"') for g in groups] == [4, 4, 5]
    assert 'id="asb-street-drinking"' in groups[2]
    assert 'href="#asb-street-drinking"' in html  # the contents list links to the stable anchor


def test_a_category_says_what_it_is_who_deals_how_to_report_and_when_urgent(client, asb_page, taxonomy):
    html = client.get(asb_page.url).content.decode()
    article = html.split('id="asb-street-drinking"')[1].split("</article>")[0]
    assert "Street drinking" in article
    assert "Groups drinking on benches" in article  # an example
    assert "The police and your local council" in article  # who deals with it
    assert "Report street drinking to the police online" in article  # how to report
    assert "When it is urgent" in article
    assert "Call 999 if there is violence" in article
    # Another body, with a link.
    vehicle = html.split('id="asb-vehicle-abandoned-not-stolen"')[1].split("</article>")[0]
    assert '<a href="https://www.gov.uk/report-untaxed-vehicle">DVLA (for untaxed vehicles)</a>' in vehicle


def test_a_category_lists_its_live_advice(client, asb_page, advice_index, taxonomy):
    street = taxonomy["street-drinking"]
    night_out = AdvicePageFactory(parent=advice_index, title="Staying safe on a night out", asb_categories=[street])
    AdvicePageFactory(parent=advice_index, title="Unpublished advice", asb_categories=[street], live=False)
    AdvicePageFactory(parent=advice_index, title="Noise advice", asb_categories=[taxonomy["noise"]])
    html = client.get(asb_page.url).content.decode()
    article = html.split('id="asb-street-drinking"')[1].split("</article>")[0]
    assert f'<a href="{night_out.url}">Staying safe on a night out</a>' in article
    assert "Unpublished advice" not in html
    assert "Noise advice" not in article


def test_a_category_lists_current_priorities_tagged_with_it(client, asb_page, borough, taxonomy, make_priority):
    assert make_priority is not None, "boroughs.PriorityPage should tag ASB categories (related_name='priorities')"
    street = taxonomy["street-drinking"]
    current = make_priority(
        borough, title="Drinking outside the station", status="in_progress", asb_categories=[street]
    )
    make_priority(borough, title="Old drinking problem", status="resolved", asb_categories=[street])
    make_priority(borough, title="Fireworks in the park", asb_categories=[taxonomy["fireworks"]])
    html = client.get(asb_page.url).content.decode()
    article = html.split('id="asb-street-drinking"')[1].split("</article>")[0]
    assert "Local police priorities" in article
    assert f'<a href="{current.url}">Hackney: Drinking outside the station</a>' in article
    assert "In progress" in article
    assert "Old drinking problem" not in html  # resolved priorities are not current
    assert "Fireworks in the park" not in article


def test_asb_page_shows_happening_now_contacts(client, asb_page, taxonomy):
    html = client.get(asb_page.url).content.decode()
    assert "If it&#x27;s happening now" in html or "If it's happening now" in html
    assert 'href="tel:999"' in html


def test_only_categories_in_the_pages_language_are_listed(client, asb_page, taxonomy):
    french = Locale.objects.create(language_code="fr")
    AsbCategoryFactory(name="Ivresse sur la voie publique", locale=french)
    html = client.get(asb_page.url).content.decode()
    assert html.count('<article class="asb-category"') == 13
    assert "Ivresse" not in html


@pytest.mark.parametrize("count", [3, 30])
def test_asb_page_query_budget_is_constant(
    client, home_page, advice_index, borough, taxonomy, make_priority, django_assert_max_num_queries, count
):
    page = AsbPageFactory(parent=home_page)
    categories = list(taxonomy.values())
    for n in range(count):
        AdvicePageFactory(parent=advice_index, asb_categories=categories[n % 13 : n % 13 + 2])
        make_priority(borough, asb_categories=categories[n % 13 : n % 13 + 3])
    client.get(page.url)
    with django_assert_max_num_queries(7) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="link-list asb-category__priorities"') > 0
    print(f"ASB page, {count} advice pages and {count} priorities: {len(captured)} queries (warm)")
    # Cold (content changed since the last request): still constant.
    with django_assert_max_num_queries(7) as cold:
        groups = page.get_groups()
    assert sum(len(g["categories"]) for g in groups) == 13
    print(f"ASB page, {count} advice pages and {count} priorities: {len(cold)} queries to build (cold)")
