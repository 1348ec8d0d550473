"""The "Advice for <borough>" section: editor-chosen advice first, then advice tagged like the
borough's current priorities; cached, so a warm borough page stays within its budget."""

import pytest

from advice.tests.factories import AdvicePageFactory, AsbCategoryFactory, CrimeTypeFactory

pytestmark = pytest.mark.django_db


def feature(borough, *pages):
    relation = borough.featured_advice
    for order, page in enumerate(pages):
        relation.add(relation.model(page=page, sort_order=order))
    borough.save_revision().publish()


def section_html(html: str) -> str:
    start = html.index('<section class="section advice-for-borough"')
    return html[start : html.index("</section>", start)]


def test_borough_without_featured_or_matching_advice_has_no_advice_section(client, borough, advice_index):
    AdvicePageFactory(parent=advice_index)
    html = client.get(borough.url).content.decode()
    assert "advice-for-borough" not in html


def test_featured_advice_comes_first_in_the_editors_order(client, borough, advice_index):
    first = AdvicePageFactory(parent=advice_index, title="Zebra crossings")
    second = AdvicePageFactory(parent=advice_index, title="Alarms")
    draft = AdvicePageFactory(parent=advice_index, title="Draft advice")
    feature(borough, first, second, draft)
    draft.unpublish()
    html = section_html(client.get(borough.url).content.decode())
    assert '<h2 id="advice-for-borough-heading">Advice for Hackney</h2>' in html
    assert html.index("Zebra crossings") < html.index("Alarms")
    assert "Draft advice" not in html
    assert f'href="{advice_index.url}"' in html


def test_advice_matching_current_priorities_follows(client, borough, borough_index, advice_index, make_priority):
    from boroughs.tests.factories import BoroughPageFactory  # another borough, for contrast

    street, noise = AsbCategoryFactory(), AsbCategoryFactory()
    robbery = CrimeTypeFactory()
    featured = AdvicePageFactory(parent=advice_index, title="Featured", asb_categories=[street])
    by_category = AdvicePageFactory(parent=advice_index, title="Night out", asb_categories=[street])
    by_crime = AdvicePageFactory(parent=advice_index, title="If you are robbed", crime_types=[robbery])
    resolved_only = AdvicePageFactory(parent=advice_index, title="Noise", asb_categories=[noise])
    elsewhere = AdvicePageFactory(parent=advice_index, title="Elsewhere", asb_categories=[AsbCategoryFactory()])
    feature(borough, featured)
    make_priority(borough, asb_categories=[street])
    make_priority(borough, crime_types=[robbery], status="in_progress")
    make_priority(borough, asb_categories=[noise], status="resolved")
    lambeth = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth")
    make_priority(lambeth, asb_categories=list(elsewhere.asb_categories.all()))

    html = section_html(client.get(borough.url).content.decode())
    assert html.index("Featured") < html.index("If you are robbed") < html.index("Night out")
    assert html.count(">Featured<") == 1  # not repeated among the matches
    assert resolved_only.title not in html
    assert elsewhere.title not in html
    assert by_category.url in html
    assert by_crime.url in html


@pytest.mark.parametrize("count", [3, 30])
def test_warm_borough_page_stays_within_budget(
    client, borough, advice_index, make_priority, django_assert_max_num_queries, count
):
    categories = [AsbCategoryFactory() for _ in range(5)]
    pages = [AdvicePageFactory(parent=advice_index, asb_categories=categories[n % 5 : n % 5 + 1]) for n in range(count)]
    feature(borough, *pages[:3])
    for n in range(count):
        make_priority(borough, asb_categories=categories[n % 5 : n % 5 + 2])
    client.get(borough.url)
    with django_assert_max_num_queries(12) as captured:
        response = client.get(borough.url)
    assert response.status_code == 200
    assert "Advice for Hackney" in response.content.decode()
    print(f"borough page, {count} advice pages and priorities: {len(captured)} queries (warm)")


@pytest.mark.parametrize("count", [3, 30])
def test_building_the_section_takes_constant_queries(
    borough, advice_index, make_priority, django_assert_max_num_queries, count
):
    from boroughs.sections import borough_advice

    categories = [AsbCategoryFactory() for _ in range(5)]
    pages = [AdvicePageFactory(parent=advice_index, asb_categories=categories[n % 5 : n % 5 + 1]) for n in range(count)]
    feature(borough, *pages[:3])
    for n in range(count):
        make_priority(borough, asb_categories=categories[n % 5 : n % 5 + 2])
    with django_assert_max_num_queries(8) as captured:
        advice = borough_advice(borough)
    assert len(advice["featured"]) == 3
    assert len(advice["matched"]) == min(count - 3, 6)
    print(f"borough advice section, {count} advice pages and priorities: {len(captured)} queries (cold)")


def test_publishing_advice_refreshes_the_cached_section(client, borough, advice_index):
    page = AdvicePageFactory(parent=advice_index, title="Before")
    feature(borough, page)
    assert "Before" in client.get(borough.url).content.decode()
    page.title = "After"
    page.save_revision().publish()
    html = client.get(borough.url).content.decode()
    assert "After" in html
    assert ">Before<" not in html
