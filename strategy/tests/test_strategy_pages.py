import pytest

from home.models import HomePage
from strategy.models import StrategyIndexPage, StrategyPage
from strategy.tests.factories import (
    DocumentFactory,
    StrategyCommitmentFactory,
    StrategyDocumentFactory,
    StrategyIndexPageFactory,
    StrategyPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def strategy_index(home_page):
    return StrategyIndexPageFactory(parent=home_page)


def section(heading, text="<p>Some text.</p>"):
    return ("section", {"heading": heading, "content": [("text", text)]})


def statistic(figure, borough=None):
    return (
        "statistic",
        {
            "figure": figure,
            "measure": "knife crime",
            "period": "2025, year to date",
            "comparison": "",
            "source": "Met Engage",
            "source_url": "",
            "borough": borough,
        },
    )


def test_tree_rules(home_page, strategy_index):
    assert StrategyIndexPage.parent_page_types == ["home.HomePage"]
    assert StrategyIndexPage.subpage_types == ["strategy.StrategyPage"]
    assert StrategyPage.parent_page_types == ["strategy.StrategyIndexPage"]
    assert StrategyPage.subpage_types == []
    assert StrategyPage.is_article
    assert StrategyIndexPage in HomePage.allowed_subpage_models()
    assert not StrategyIndexPage.can_create_at(home_page)  # one per home page
    assert StrategyPage.can_create_at(strategy_index)
    assert not StrategyPage.can_create_at(home_page)
    assert StrategyIndexPage(title="x").show_in_menus  # appears in the main navigation by default


def test_strategy_page_has_contents_commitments_documents_and_borough_highlights(client, strategy_index, borough):
    strategy = StrategyPageFactory(
        parent=strategy_index,
        title="New Met for London: Phase 2",
        status=StrategyPage.Status.CONSULTATION,
        sections=[section("Why now"), section("Where you live"), section("Why now", "<p>Again.</p>")],
        highlights=[statistic("-19%", borough)],
    )
    StrategyCommitmentFactory(page=strategy, title="Technology and data", sort_order=2)
    StrategyCommitmentFactory(page=strategy, title="Precise community crime-fighting", sort_order=1)
    StrategyDocumentFactory(page=strategy, title="Full strategy", document=DocumentFactory(size=1_258_291))
    StrategyDocumentFactory(page=strategy, title="Data tables", document=DocumentFactory(size=2048, extension="xlsx"))
    response = client.get(strategy.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Open for consultation" in html and "Published 1 December 2025" in html
    # Table of contents: every section heading, linked to a unique anchor
    assert '<a href="#why-now">Why now</a>' in html
    assert '<a href="#where-you-live">Where you live</a>' in html
    assert '<a href="#why-now-3">Why now</a>' in html
    assert '<h2 id="why-now" tabindex="-1">Why now</h2>' in html
    assert '<h2 id="why-now-3" tabindex="-1">Why now</h2>' in html
    assert html.index("Precise community crime-fighting") < html.index("Technology and data")
    assert 'Full strategy</a> <span class="muted">(PDF, 1.2\xa0MB)</span>' in html
    assert "(Excel spreadsheet, 2.0\xa0KB)" in html
    assert f'<a href="{borough.url}">More about Hackney</a>' in html
    assert "-19%" in html


def test_index_lists_strategies_newest_first(client, strategy_index):
    import datetime

    StrategyPageFactory(parent=strategy_index, title="Older plan", publication_date=datetime.date(2023, 1, 1))
    StrategyPageFactory(
        parent=strategy_index,
        title="Newer plan",
        publication_date=datetime.date(2025, 12, 1),
        status=StrategyPage.Status.SUPERSEDED,
    )
    html = client.get(strategy_index.url).content.decode()
    assert html.index("Newer plan") < html.index("Older plan")
    assert "Superseded" in html


@pytest.mark.parametrize("count", [3, 30])
def test_strategy_page_query_budget_is_constant(client, strategy_index, borough, django_assert_max_num_queries, count):
    strategy = StrategyPageFactory(
        parent=strategy_index,
        sections=[section(f"Section {i}") for i in range(count)],
        highlights=[statistic(f"{i}%", borough) for i in range(count)],
    )
    for _ in range(count):
        StrategyCommitmentFactory(page=strategy)
        StrategyDocumentFactory(page=strategy)
    client.get(strategy.url)
    with django_assert_max_num_queries(14):
        response = client.get(strategy.url)
    assert response.status_code == 200
    assert response.content.decode().count("More about Hackney") == count


@pytest.mark.parametrize("count", [3, 30])
def test_strategy_index_query_budget_is_constant(client, strategy_index, django_assert_max_num_queries, count):
    for _ in range(count):
        StrategyPageFactory(parent=strategy_index)
    client.get(strategy_index.url)
    with django_assert_max_num_queries(10):
        response = client.get(strategy_index.url)
    assert response.status_code == 200
