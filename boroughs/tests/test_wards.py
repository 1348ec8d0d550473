import pytest
import wagtail_factories
from django.core.exceptions import ValidationError

from boroughs.models import BoroughPage, TeamMember, WardPage
from boroughs.tests.factories import BoroughTeamMemberFactory, TeamMemberFactory, WardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ward(borough):
    return WardPageFactory(
        parent=borough,
        title="Dalston",
        slug="dalston",
        contact_email="dalston.snt@example.org",
        contact_phone="020 7946 0204",
        surgeries="Dalston Library, first Saturday, 11am to 12 noon\nRidley Road Market, Thursdays, 2pm",
    )


def test_ward_page_shows_team_in_order_contacts_and_surgeries(client, ward):
    TeamMemberFactory(
        page=ward, rank="pcso", name="Tomasz Nowicki", role="Police Community Support Officer", sort_order=2
    )
    TeamMemberFactory(page=ward, rank="sergeant", name="Amira Okafor", role="Leads the Dalston ward team", sort_order=0)
    TeamMemberFactory(page=ward, rank="pc", name="Liam Garvey", role="Dedicated Ward Officer", sort_order=1)
    response = client.get(ward.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Dalston</h1>" in html
    assert html.index("Amira Okafor") < html.index("Liam Garvey") < html.index("Tomasz Nowicki")
    assert "Sergeant Amira Okafor" in html
    assert '<abbr title="Police Constable">PC</abbr> Liam Garvey' in html
    assert '<abbr title="Police Community Support Officer">PCSO</abbr> Tomasz Nowicki' in html
    assert 'href="mailto:dalston.snt@example.org"' in html
    assert 'href="tel:02079460204"' in html
    assert "<li>Dalston Library, first Saturday, 11am to 12 noon</li>" in html
    assert "<li>Ridley Road Market, Thursdays, 2pm</li>" in html


def test_ward_photo_is_shown_with_its_description(client, ward):
    image = wagtail_factories.ImageFactory()
    TeamMemberFactory(page=ward, name="Sana Qureshi", image=image, photo_alt_text="PC Sana Qureshi smiling, in uniform")
    html = client.get(ward.url).content.decode()
    assert 'alt="PC Sana Qureshi smiling, in uniform"' in html


def test_photo_without_description_is_refused(ward):
    member = TeamMember(
        page=ward, rank="pc", name="Liam Garvey", role="Officer", image=wagtail_factories.ImageFactory()
    )
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict == {"photo_alt_text": ["Describe the photo for people who cannot see it."]}


def test_tree_rules(borough, ward):
    assert WardPage.parent_page_types == ["boroughs.BoroughPage"]
    assert WardPage.subpage_types == []
    assert "boroughs.WardPage" in BoroughPage.subpage_types
    assert WardPage.can_create_at(borough)
    assert not WardPage.can_create_at(ward)
    assert not WardPage.can_create_at(borough.get_parent().specific)


def test_borough_page_shows_its_team_and_links_to_ward_teams(client, borough, ward):
    BoroughTeamMemberFactory(page=borough, rank="inspector", name="Naomi Achebe", role="Neighbourhood Inspector")
    html = client.get(borough.url).content.decode()
    assert "Hackney neighbourhood team" in html
    assert "Inspector Naomi Achebe" in html
    assert f'<a href="{ward.url}">Dalston</a>' in html


def test_borough_team_change_shows_at_once(client, borough):
    client.get(borough.url)  # warm the cache
    BoroughTeamMemberFactory(page=borough, name="Tom Ellery")
    assert "Tom Ellery" in client.get(borough.url).content.decode()


@pytest.mark.parametrize("size", [3, 30])
def test_ward_query_budget_does_not_grow(client, ward, django_assert_max_num_queries, size):
    for i in range(size):
        image = wagtail_factories.ImageFactory() if i % 3 == 0 else None
        TeamMemberFactory(page=ward, image=image, photo_alt_text="An officer" if image else "")
    client.get(ward.url)  # creates the photos' renditions, which (as new content) clears the cache
    client.get(ward.url)  # warm
    with django_assert_max_num_queries(12):
        response = client.get(ward.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="team-member"') == size
