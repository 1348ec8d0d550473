import pytest
from wagtail.models import Page

from boroughs.models import BoroughIndexPage
from boroughs.tests.factories import BoroughPageFactory
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_home_page_renders_and_links_every_borough(client, home_page, borough_index):
    boroughs = [BoroughPageFactory(parent=borough_index, title=name) for name in ("Camden", "Lambeth", "Hackney")]
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert home_page.hero_heading in html
    for borough in boroughs:
        assert f'href="{borough.url}"' in html
    # A-Z: letters in order, each linked to its group
    assert html.index('href="#boroughs-c"') < html.index('href="#boroughs-h"') < html.index('href="#boroughs-l"')
    assert "Skip to main content" in html


def test_root_redirects_to_language_prefix(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_home_page_tree_rules():
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert {m._meta.label for m in HomePage.allowed_subpage_models()} == {
        "boroughs.BoroughIndexPage",
        "advice.AdviceIndexPage",
        "advice.AsbPage",
        "strategy.StrategyIndexPage",
    }
    assert BoroughIndexPage in HomePage.allowed_subpage_models()


def test_only_one_home_page_can_be_created(home_page):
    root = Page.get_first_root_node()
    assert not HomePage.can_create_at(root)
    assert not HomePage.can_create_at(home_page)


@pytest.mark.parametrize("extra", [0, 12])
def test_home_page_query_budget_does_not_grow(client, home_page, borough_index, django_assert_max_num_queries, extra):
    for _ in range(3 + extra):
        BoroughPageFactory(parent=borough_index)
    client.get("/en/")  # warm the per-process caches (locales, navigation)
    with django_assert_max_num_queries(12):
        response = client.get("/en/")
    assert response.status_code == 200
