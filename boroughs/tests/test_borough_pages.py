import pytest
from django.core.exceptions import ValidationError

from boroughs.models import BoroughIndexPage, BoroughPage
from boroughs.tests.factories import (
    BcuFactory,
    BoroughPageFactory,
    BoroughTeamMemberFactory,
    FrontCounterFactory,
    PriorityActionFactory,
    PriorityIndexPageFactory,
    PriorityPageFactory,
    UpdateIndexPageFactory,
    UpdatePageFactory,
    WardPageFactory,
)
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_borough_page_renders_bcu_and_contacts(client, borough):
    FrontCounterFactory(page=borough, name="Dalston front counter", address="1 Example Street\nLondon\nE8 0XX")
    response = client.get(borough.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"{borough.bcu.name} Basic Command Unit" in html
    assert borough.phone in html
    assert f'href="mailto:{borough.email}"' in html
    assert "Dalston front counter" in html
    assert "<bdi>1 Example Street</bdi><br><bdi>London</bdi><br><bdi>E8 0XX</bdi>" in html  # isolated (bidi)
    # breadcrumbs: home > your area > borough (current)
    assert '<span aria-current="page">Hackney</span>' in html


def test_borough_index_groups_by_bcu(client, borough_index):
    central_east = BcuFactory(name="Central East")
    north = BcuFactory(name="North")
    BoroughPageFactory(parent=borough_index, title="Hackney", bcu=central_east)
    BoroughPageFactory(parent=borough_index, title="Enfield", bcu=north)
    html = client.get(borough_index.url).content.decode()
    assert html.index("Central East") < html.index("Hackney") < html.index("North") < html.index("Enfield")


def test_tree_rules():
    assert BoroughIndexPage.parent_page_types == ["home.HomePage"]
    assert BoroughIndexPage.subpage_types == ["boroughs.BoroughPage"]
    assert BoroughPage.parent_page_types == ["boroughs.BoroughIndexPage"]
    assert BoroughIndexPage.max_count_per_parent == 1


def test_borough_cannot_be_created_under_home(home_page, borough_index):
    assert not BoroughPage.can_create_at(home_page)
    assert BoroughPage.can_create_at(borough_index)
    assert not BoroughIndexPage.can_create_at(home_page)  # one per home page
    assert not HomePage.can_create_at(borough_index)


@pytest.mark.parametrize("code", ["HA", "H4C", "HACK", ""])
def test_borough_code_must_be_three_letters(borough, code):
    borough.code = code
    with pytest.raises(ValidationError) as error:
        borough.full_clean()
    assert "code" in error.value.message_dict


def test_borough_code_unique_within_locale(borough_index, borough):
    other = BoroughPageFactory(parent=borough_index, code="LAM")
    other.code = "hac"
    with pytest.raises(ValidationError, match="already uses this code"):
        other.full_clean()


@pytest.mark.parametrize("counters", [3, 30])
def test_borough_query_budget_does_not_grow(client, borough_index, django_assert_max_num_queries, counters):
    borough = BoroughPageFactory(parent=borough_index)
    for _ in range(counters):
        FrontCounterFactory(page=borough)
        BoroughPageFactory(parent=borough_index)
        BoroughTeamMemberFactory(page=borough)
        WardPageFactory(parent=borough)
    you_said = PriorityIndexPageFactory(parent=borough)
    news = UpdateIndexPageFactory(parent=borough)
    for _ in range(counters):
        priority = PriorityPageFactory(parent=you_said, status="in_progress")
        for _ in range(3):
            PriorityActionFactory(page=priority)
        UpdatePageFactory(parent=news)
    PriorityActionFactory.create_batch(counters, page=priority)
    client.get(borough.url)
    with django_assert_max_num_queries(12):
        response = client.get(borough.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="team-member"') == counters
    assert html.count('class="update-card"') == 3


def test_front_counters_follow_a_publish_and_a_preview_shows_its_own(client, borough):
    """The live page's front counters come from the content cache; a publish shows a change at
    once, and a preview shows the draft's counters, never the cached live ones."""
    from django.core.cache import cache

    from boroughs.models import FrontCounter

    cache.clear()
    FrontCounterFactory(page=borough, name="Dalston front counter")
    borough.save_revision().publish()
    assert "Dalston front counter" in client.get(borough.url).content.decode()

    page = BoroughPage.objects.get(pk=borough.pk)
    page.front_counters = [FrontCounter(name="Hoxton front counter", address="2 Example Street", opening_hours="")]
    revision = page.save_revision()
    preview = revision.as_object().make_preview_request().content.decode()
    assert "Hoxton front counter" in preview and "Dalston front counter" not in preview
    assert "Dalston front counter" in client.get(borough.url).content.decode()  # the draft is not live

    revision.publish()
    live = client.get(borough.url).content.decode()
    assert "Hoxton front counter" in live and "Dalston front counter" not in live
