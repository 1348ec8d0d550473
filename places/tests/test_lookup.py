import pytest
from django.utils import translation

from places.lookup import nearest
from places.postcodes import classify

pytestmark = pytest.mark.django_db


def lookup(client, value, language="en"):
    return client.get(f"/{language}/postcode/", {"postcode": value})


@pytest.mark.parametrize(
    "typed", ["e84qs", "E8 4QS", "  e8   4qs ", "\uff25\uff18 \uff14\uff31\uff33", "E8\u00a04QS", "e8-4qs"]
)
def test_full_postcode_goes_to_its_ward_page(client, sample, wards, typed):
    response = lookup(client, typed)
    assert response.status_code == 302
    assert response["Location"] == wards["london-fields"].url
    # And the ward page is where the resident lands: its team.
    assert client.get(response["Location"]).status_code == 200


def test_full_postcode_goes_to_the_polish_ward_page_for_a_polish_reader(client, sample, polish_wards):
    response = lookup(client, "e84qs", "pl")
    assert response.status_code == 302
    assert response["Location"] == polish_wards.url
    assert response["Location"].startswith("/pl/")


def test_an_untranslated_ward_keeps_the_reader_in_their_language(client, sample, wards):
    response = lookup(client, "E8 4QS", "ar")
    assert response["Location"] == "/ar/your-area/hackney/london-fields/"
    assert client.get(response["Location"]).status_code == 200


def test_outward_code_lists_boroughs_and_wards(client, sample, wards, lambeth):
    response = lookup(client, "e8")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Areas in E8" in html
    assert f'href="{wards["london-fields"].url}"' in html and f'href="{wards["dalston"].url}"' in html
    assert ">Hackney</a>" in html
    assert "Lambeth" not in html.split("find-areas")[1].split("</ul>")[0]


def test_postcode_without_a_ward_page_goes_to_its_borough(client, sample, lambeth):
    html = lookup(client, "SW2 1RW").content.decode()
    assert "SW2 1RW is in" in html and f'href="{lambeth.url}"' in html


def test_city_of_london_is_policed_by_its_own_force(client, sample):
    html = lookup(client, "ec2v7hh").content.decode()
    assert "EC2V 7HH is in the City of London" in html
    assert "City of London Police" in html and "police.uk" in html


def test_outside_london_names_the_force_with_a_link(client, sample):
    response = lookup(client, "bn1 1aa")
    html = response.content.decode()
    assert response.status_code == 200
    assert "BN1 1AA is outside London" in html
    assert "Sussex Police" in html
    assert 'href="https://www.police.uk/pu/find-a-police-force/"' in html
    assert "Police Scotland" in lookup(client, "EH1").content.decode()


@pytest.mark.parametrize("typed", ["E8 9ZZ", "E8 7XX"])
def test_unknown_or_terminated_postcode_is_explained_with_the_a_to_z(client, sample, wards, typed):
    response = lookup(client, typed)
    html = response.content.decode()
    assert response.status_code == 404
    assert "We could not find" in html
    assert "Choose your borough" in html and ">Hackney</a>" in html
    assert f'value="{typed}"' in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize(
    "typed", ["hello", "<script>alert(1)</script>", "E8 4QS 4QS", "x" * 10_000, "E8\x004QS", "١٢٣"]
)
def test_malformed_input_is_a_clear_400_that_keeps_what_was_typed(client, sample, typed):
    response = lookup(client, typed)
    html = response.content.decode()
    assert response.status_code == 400
    assert "That does not look like a postcode" in html
    assert "<script>alert(1)" not in html
    assert "x" * 41 not in html
    if typed == "hello":
        assert 'value="hello"' in html


def test_empty_box_shows_the_form(client, sample):
    response = lookup(client, "")
    assert response.status_code == 200
    assert 'name="postcode"' in response.content.decode()


def test_arabic_reader_gets_the_answer_in_arabic(client, sample):
    response = lookup(client, "hello", "ar")
    html = response.content.decode()
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    with translation.override("ar"):
        arabic = translation.gettext("That does not look like a postcode")
    assert arabic != "That does not look like a postcode"
    assert arabic in html


def test_classify_is_strict():
    assert classify("sw1a 1aa") == ("full", "SW1A1AA")
    assert classify("SW1A") == ("outward", "SW1A")
    assert classify("1AA")[0] == "malformed"
    assert classify("E8 4QSX")[0] == "malformed"


def test_use_my_location_finds_the_nearest_postcode(client, sample, wards):
    point = nearest(51.5406, -0.0612)
    assert point.postcode == "E84QS"
    response = client.get("/en/postcode/near/", {"lat": "51.5406", "lng": "-0.0612"})
    assert response.status_code == 302
    assert response["Location"] == "/en/postcode/?postcode=E8+4QS"
    # Outside London, or nonsense: a clear answer, not a 500.
    for params in ({"lat": "55.95", "lng": "-3.19"}, {"lat": "nan", "lng": "x"}, {}):
        response = client.get("/en/postcode/near/", params)
        assert response.status_code == 404
        assert "We could not find a London postcode near your location" in response.content.decode()


def test_header_and_home_page_have_the_postcode_box(client, home_page, sample):
    for language in ("en", "ar"):
        html = client.get(f"/{language}/").content.decode()
        assert html.count('name="postcode"') == 2
        assert 'name="q"' in html
