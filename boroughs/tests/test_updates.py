import datetime

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from boroughs.models import BoroughPage, UpdateIndexPage, UpdatePage
from boroughs.tests.factories import UpdateIndexPageFactory, UpdatePageFactory

pytestmark = pytest.mark.django_db

STATISTIC = {
    "figure": "-19%",
    "measure": "knife-related crime",
    "period": "2025/26 year to date",
    "comparison": "compared with last year",
    "source": "Metropolitan Police, Hackney update to residents",
    "source_url": "",
    "borough": None,
}


@pytest.fixture
def news(borough):
    return UpdateIndexPageFactory(parent=borough)


def test_tree_rules(borough, news):
    assert UpdateIndexPage.parent_page_types == ["boroughs.BoroughPage"]
    assert UpdateIndexPage.subpage_types == ["boroughs.UpdatePage"]
    assert UpdateIndexPage.max_count_per_parent == 1
    assert UpdatePage.parent_page_types == ["boroughs.UpdateIndexPage"]
    assert UpdatePage.subpage_types == []
    assert "boroughs.UpdateIndexPage" in BoroughPage.subpage_types
    assert not UpdateIndexPage.can_create_at(borough)  # one per borough
    assert UpdatePage.can_create_at(news)
    assert not UpdatePage.can_create_at(borough)
    assert UpdatePage.is_article


def test_update_renders_body_and_statistics_accessibly(client, news):
    update = UpdatePageFactory(
        parent=news,
        title="What you told us on 19 November",
        date=datetime.date(2025, 12, 16),
        summary="The three priorities you set.",
        body=[
            {"type": "heading", "value": {"text": "What we are doing", "level": "h2"}},
            {"type": "text", "value": "<p>Patrols after school.</p>"},
            {"type": "statistics", "value": {"heading": "Hackney so far this year", "statistics": [STATISTIC]}},
        ],
    )
    response = client.get(update.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>What you told us on 19 November</h1>" in html
    assert '<time datetime="2025-12-16">16 December 2025</time>' in html
    assert '<h2 id="what-we-are-doing">What we are doing</h2>' in html
    assert "Patrols after school." in html
    # the figure is written once (a hidden copy for screen readers showed twice where CSS was absent)
    assert '<p class="statistic__figure">-19%</p>' in html
    assert html.count("-19%") == 1  # the figure once, not again for screen readers
    assert '<p class="statistic__measure">knife-related crime, compared with last year' in html
    assert "Period: 2025/26 year to date" in html
    assert "Source: Metropolitan Police, Hackney update to residents" in html


def test_index_lists_newest_first_ten_to_a_page(client, news):
    for day in range(1, 13):
        UpdatePageFactory(parent=news, title=f"Update of {day} March", date=datetime.date(2025, 3, day))
    html = client.get(news.url).content.decode()
    assert html.count('class="update-card"') == 10
    assert html.index("Update of 12 March") < html.index("Update of 11 March")
    assert "Update of 2 March" not in html
    assert 'rel="next"' in html
    page_two = client.get(news.url + "?page=2").content.decode()
    assert page_two.count('class="update-card"') == 2
    assert "Update of 1 March" in page_two
    assert 'aria-current="page"><span class="visually-hidden">Page </span>2</a>' in page_two


@pytest.mark.parametrize("number", ["abc", "0", "-1", "999", "1.5", "%00"])
def test_bad_page_numbers_never_fail(client, news, number):
    UpdatePageFactory.create_batch(11, parent=news)
    response = client.get(news.url, {"page": number})
    assert response.status_code == 200
    assert response.content.decode().count('class="update-card"') in (10, 1)


def test_borough_page_shows_latest_three_updates(client, borough, news):
    for day in range(1, 6):
        UpdatePageFactory(parent=news, title=f"Update of {day} May", date=datetime.date(2025, 5, day))
    html = client.get(borough.url).content.decode()
    assert html.count('class="update-card"') == 3
    assert "Update of 5 May" in html and "Update of 3 May" in html and "Update of 2 May" not in html
    assert f'<a href="{news.url}">All news and updates</a>' in html


@pytest.mark.parametrize("size", [3, 30])
def test_index_query_budget_does_not_grow(client, news, django_assert_max_num_queries, size):
    UpdatePageFactory.create_batch(size, parent=news)
    client.get(news.url)
    with django_assert_max_num_queries(12):
        response = client.get(news.url)
    assert response.content.decode().count('class="update-card"') == min(size, 10)


@pytest.mark.parametrize("size", [3, 30])
def test_update_query_budget_does_not_grow(client, news, django_assert_max_num_queries, size):
    update = UpdatePageFactory(
        parent=news,
        body=[{"type": "statistics", "value": {"heading": "Figures", "statistics": [STATISTIC] * size}}],
    )
    client.get(update.url)
    with django_assert_max_num_queries(12):
        response = client.get(update.url)
    assert response.content.decode().count('class="statistic"') == size


@pytest.mark.parametrize("missing", ["period", "source"])
def test_admin_refuses_a_statistic_without_period_or_source(admin_client, news, missing):
    statistic = {**STATISTIC, "borough": "", missing: ""}
    data = nested_form_data(
        {
            "title": "Figures for residents",
            "slug": "figures-for-residents",
            "date": "2025-12-16",
            "summary": "Our figures.",
            "body": streamfield(
                [
                    (
                        "statistics",
                        {
                            "heading": "",
                            "statistics": {
                                "count": "1",
                                "0": {"value": statistic, "deleted": "", "order": "0", "id": ""},
                            },
                        },
                    )
                ]
            ),
        }
    )
    pages_before = Page.objects.count()
    response = admin_client.post(f"/admin/pages/add/boroughs/updatepage/{news.pk}/", data)
    assert response.status_code == 200
    assert f"A figure must say its {missing}." in response.content.decode()
    assert Page.objects.count() == pages_before
    # and with both it is saved
    data[f"body-0-value-statistics-0-value-{missing}"] = STATISTIC[missing]
    response = admin_client.post(f"/admin/pages/add/boroughs/updatepage/{news.pk}/", data)
    assert response.status_code == 302
    assert UpdatePage.objects.filter(slug="figures-for-residents").exists()
