"""The advice index and advice pages: what residents see, tree rules, the review-date rule and
query budgets."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advice.models import AdviceIndexPage, AdvicePage, AsbPage
from advice.models.pages import ADVICE_PER_PAGE
from advice.tests.factories import (
    AdviceIndexPageFactory,
    AdvicePageFactory,
    AdviceTopicFactory,
    AsbCategoryFactory,
    CrimeTypeFactory,
    in_days,
)
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_index_groups_advice_by_topic_in_topic_order(client, advice_index):
    burglary = AdviceTopicFactory(name="Burglary", slug="burglary", sort_order=2)
    fraud = AdviceTopicFactory(name="Fraud and scams", slug="fraud", sort_order=1, summary="Spot a scam.")
    AdvicePageFactory(parent=advice_index, title="Lock your shed", topic=burglary, summary="Sheds get broken into.")
    AdvicePageFactory(parent=advice_index, title="Courier fraud", topic=fraud)
    AdvicePageFactory(parent=advice_index, title="Draft advice", topic=fraud, live=False)
    response = client.get(advice_index.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index('id="topic-fraud"') < html.index("Courier fraud") < html.index('id="topic-burglary"')
    assert html.index('id="topic-burglary"') < html.index("Lock your shed")
    assert 'href="#topic-burglary"' in html
    assert "Spot a scam." in html
    assert "Sheds get broken into." in html
    assert "Draft advice" not in html


def test_advice_page_renders_its_blocks_and_tags(client, advice_index, asb_page):
    street_drinking = AsbCategoryFactory(name="Street drinking", slug="street-drinking")
    robbery = CrimeTypeFactory(name="Robbery")
    topic = AdviceTopicFactory(name="Personal safety")
    page = AdvicePageFactory(
        parent=advice_index,
        title="Staying safe on a night out",
        topic=topic,
        summary="Plan how you will get home.",
        body=[
            ("steps", {"heading": "Before you go", "steps": [{"title": "Charge your phone", "text": ""}]}),
            ("do_dont", {"heading": "On the night", "dos": ["Stay with friends"], "donts": ["Walk home alone"]}),
            ("happening_now", {"heading": "If it's happening now"}),
        ],
        asb_categories=[street_drinking],
        crime_types=[robbery],
    )
    sibling = AdvicePageFactory(parent=advice_index, title="Spiking", topic=topic)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Staying safe on a night out</h1>" in html
    assert "Plan how you will get home." in html
    assert "Charge your phone" in html
    assert "<li>Walk home alone</li>" in html
    assert 'href="tel:999"' in html
    # Tags join up: the category links to its anchor on the ASB page.
    assert f'href="{asb_page.url}#asb-street-drinking">Street drinking</a>' in html
    assert "<li>Robbery</li>" in html
    assert f'href="{sibling.url}">Spiking</a>' in html
    assert "More on Personal safety" in html


def test_tree_rules(home_page, advice_index):
    assert AdviceIndexPage.parent_page_types == ["home.HomePage"]
    assert AdviceIndexPage.subpage_types == ["advice.AdvicePage"]
    assert AdvicePage.parent_page_types == ["advice.AdviceIndexPage"]
    assert AdvicePage.subpage_types == []
    assert AsbPage.parent_page_types == ["home.HomePage"]
    assert AsbPage.subpage_types == []
    assert AdvicePage.is_article is True
    assert AdvicePage.can_create_at(advice_index)
    assert not AdvicePage.can_create_at(home_page)
    assert not AdviceIndexPage.can_create_at(home_page)  # one per home page
    assert AsbPage.can_create_at(home_page)
    assert {AdviceIndexPage, AsbPage} <= set(HomePage.allowed_subpage_models())


def test_only_one_asb_page_per_home(home_page, asb_page):
    assert not AsbPage.can_create_at(home_page)
    assert not AsbPage.can_create_at(asb_page)


def test_review_date_in_the_past_is_refused_for_new_advice(advice_index):
    page = AdvicePage(
        title="Old", slug="old", summary="x", topic=AdviceTopicFactory(), review_date=in_days(-1), body=[]
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "review_date" in error.value.message_dict
    assert "has not passed yet" in error.value.message_dict["review_date"][0]


def test_existing_advice_past_its_review_date_stays_editable(advice_index):
    page = AdvicePageFactory(parent=advice_index, review_date=in_days(10))
    AdvicePage.objects.filter(pk=page.pk).update(review_date=in_days(-20))
    page = AdvicePage.objects.get(pk=page.pk)
    page.title = "Fixed the wording"
    page.full_clean()  # no error: editors must be able to fix overdue advice
    page.save_revision().publish()
    assert AdvicePage.objects.get(pk=page.pk).title == "Fixed the wording"


def _create_form(topic, review_date: str) -> dict:
    return nested_form_data(
        {
            "title": "Lock your bike",
            "slug": "lock-your-bike",
            "summary": "Bikes are stolen every day.",
            "topic": topic.pk,
            "review_date": review_date,
            "body": streamfield([("text", rich_text("<p>Use two locks.</p>"))]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        }
    )


def test_admin_shows_a_clear_error_for_a_past_review_date(admin_client, advice_index):
    url = f"/admin/pages/add/advice/advicepage/{advice_index.pk}/"
    response = admin_client.post(url, _create_form(AdviceTopicFactory(), in_days(-3).isoformat()))
    assert response.status_code == 200
    assert "New advice needs a review date that has not passed yet" in response.content.decode()
    assert not AdvicePage.objects.exists()  # nothing half-saved


def test_admin_creates_advice_with_a_future_review_date(admin_client, advice_index):
    url = f"/admin/pages/add/advice/advicepage/{advice_index.pk}/"
    response = admin_client.post(url, _create_form(AdviceTopicFactory(), in_days(90).isoformat()))
    assert response.status_code == 302
    page = AdvicePage.objects.get(slug="lock-your-bike")
    assert page.review_date == in_days(90)


@pytest.mark.parametrize("count", [3, 30])
def test_advice_index_query_budget_is_constant(client, home_page, django_assert_max_num_queries, count):
    index = AdviceIndexPageFactory(parent=home_page)
    topics = [AdviceTopicFactory() for _ in range(3)]
    for n in range(count):
        AdvicePageFactory(parent=index, topic=topics[n % 3])
    client.get(index.url)
    with django_assert_max_num_queries(7) as captured:
        response = client.get(index.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="card advice-card"') == min(count, ADVICE_PER_PAGE)
    print(f"advice index, {count} pages: {len(captured)} queries")
    # Cold (content changed since the last request): the same whatever the amount of advice.
    with django_assert_max_num_queries(5) as cold:
        listing = index.get_listing(1)
    assert sum(len(group["advice"]) for group in listing["groups"]) == min(count, ADVICE_PER_PAGE)
    assert listing["count"] == count
    print(f"advice index, {count} pages: {len(cold)} queries to build a page (cold)")


@pytest.mark.parametrize("count", [3, 30])
def test_advice_page_query_budget_is_constant(client, advice_index, django_assert_max_num_queries, count):
    topic = AdviceTopicFactory()
    page = AdvicePageFactory(
        parent=advice_index,
        topic=topic,
        asb_categories=[AsbCategoryFactory() for _ in range(count)],
        crime_types=[CrimeTypeFactory() for _ in range(count)],
    )
    for _ in range(count):
        AdvicePageFactory(parent=advice_index, topic=topic)
    client.get(page.url)
    with django_assert_max_num_queries(9) as captured:
        response = client.get(page.url)
    assert response.status_code == 200
    print(f"advice page, {count} tags of each kind: {len(captured)} queries")


def test_draft_advice_is_not_found(client, advice_index):
    page = AdvicePageFactory(parent=advice_index, live=False)
    assert client.get(f"{advice_index.url}{page.slug}/").status_code == 404


def test_deleting_a_topic_keeps_its_advice(client, advice_index):
    topic = AdviceTopicFactory(name="Old topic")
    page = AdvicePageFactory(parent=advice_index, topic=topic, title="Still here")
    topic.delete()
    assert Page.objects.filter(pk=page.pk).exists()
    html = client.get(advice_index.url).content.decode()
    assert "Other advice" in html
    assert "Still here" in html


def test_admin_forms_render(admin_client, advice_index, asb_page):
    AsbCategoryFactory(name="Street drinking")
    response = admin_client.get(f"/admin/pages/add/advice/advicepage/{advice_index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="checkbox" name="asb_categories"' in html
    assert "Street drinking" in html
    assert "Review by" in html
    assert admin_client.get(f"/admin/pages/{asb_page.pk}/edit/").status_code == 200
    assert admin_client.get(f"/admin/pages/{advice_index.pk}/edit/").status_code == 200


def cards(html: str) -> int:
    return html.count('class="card advice-card"')


def test_one_page_of_advice_has_no_page_links(client, advice_index):
    AdvicePageFactory(parent=advice_index, title="Lock your shed")
    html = client.get(advice_index.url).content.decode()
    assert cards(html) == 1
    assert 'class="pagination"' not in html
