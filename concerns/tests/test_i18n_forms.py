"""Forms in every language: the wards and categories are offered in every locale, a submission
stores language-independent keys plus the resident's language, the handler finds it under the
English category (with the language shown), and each form answers in the reader's language."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from concerns.models import ConcernSubmission, SurveyResponse
from tests.shared_data import share

from .conftest import build_hackney_with_concern_form, signals
from .factories import SurveyPageFactory

pytestmark = pytest.mark.django_db


def build_synced() -> dict:
    """Arabic and Polish synced from English: the borough, its wards and its forms exist there as
    aliases. Built once for the module (tests/shared_data.py)."""
    data = build_hackney_with_concern_form()
    data["survey_page"] = SurveyPageFactory(parent=data["borough"])
    english = Locale.objects.get(language_code="en")
    for code in ("ar", "pl"):
        LocaleSynchronization.objects.create(locale=Locale.objects.get(language_code=code), sync_from=english)
    return {**data, "synced": None}


globals().update(
    share(
        build_synced,
        ["borough_index", "borough", "wards", "taxonomy", "concern_page", "survey_page", "synced"],
    )
)


@pytest.fixture
def polish_noise(taxonomy):
    """The Noise category translated into Polish (as wagtail-localize would)."""
    polish = taxonomy["noise"].copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.name = "Hałas"
    polish.save()
    return polish


def in_locale(page, code):
    return Page.objects.get(translation_key=page.translation_key, locale__language_code=code).specific


@pytest.fixture
def handler(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("handler", "h@example.org", "pw-long-enough-1"))
    return client


def concern(wards, taxonomy, **overrides):
    return {
        **signals(),
        "ward": str(wards[0].pk),
        "category": f"asb:{taxonomy['noise'].pk}",
        "description": "Loud music until 3am.",
        **overrides,
    }


def test_every_locale_offers_the_boroughs_wards_and_every_category(client, synced, concern_page, wards, polish_noise):
    for code in ("pl", "ar"):
        page = in_locale(concern_page, code)
        html = client.get(page.url).content.decode()
        assert f'<html lang="{code}"' in html
        for ward in wards:
            assert f'value="{ward.pk}"' in html and ward.title in html  # the English ward's key
        assert f'action="{page.url}"' in html  # posts to the reader's own language
    polish = client.get(in_locale(concern_page, "pl").url).content.decode()
    assert "Hałas" in polish and "Littering" in polish  # translated where translated, English otherwise


@pytest.mark.parametrize(("code", "language_name"), [("pl", "Polish"), ("ar", "Arabic")])
def test_a_concern_in_another_language_is_found_under_its_english_category(
    client, handler, synced, concern_page, wards, taxonomy, polish_noise, code, language_name
):
    page = in_locale(concern_page, code)
    response = client.post(page.url, concern(wards, taxonomy))
    assert response.status_code == 303
    assert response["Location"].startswith(f"{page.url}thank-you/")
    thanks = client.get(response["Location"]).content.decode()
    assert f'<html lang="{code}"' in thanks
    assert 'rel="alternate" hreflang' not in thanks  # a thank-you page is no translation of the form

    submission = ConcernSubmission.objects.get()
    assert submission.language == code
    assert submission.asb_category_id == taxonomy["noise"].pk  # the English category, not "Hałas"
    assert submission.ward_id == wards[0].pk
    assert submission.borough_id == concern_page.get_parent().pk

    url = reverse("wagtailforms:list_submissions", args=[concern_page.pk])
    html = handler.get(f"{url}?category=asb:{taxonomy['noise'].pk}").content.decode()
    assert submission.reference in html
    assert "<td>Noise</td>" in html
    assert f"<td>{language_name}</td>" in html
    other = handler.get(f"{url}?category=asb:{taxonomy['littering'].pk}").content.decode()
    assert submission.reference not in other


def test_a_concern_stored_with_a_translated_category_is_still_found(
    handler, concern_page, borough, wards, taxonomy, polish_noise
):
    from .factories import ConcernSubmissionFactory

    legacy = ConcernSubmissionFactory(page=concern_page, borough=borough, asb_category=polish_noise, language="pl")
    url = reverse("wagtailforms:list_submissions", args=[concern_page.pk])
    html = handler.get(f"{url}?category=asb:{taxonomy['noise'].pk}").content.decode()
    assert legacy.reference in html
    assert "<td>Noise</td>" in html  # the handler's language, not "Hałas"


def test_a_ward_of_another_borough_is_a_field_error_in_the_readers_language(
    client, synced, concern_page, borough_index, wards, taxonomy
):
    from boroughs.tests.factories import BoroughPageFactory, WardPageFactory

    lambeth = BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth", code="LAM")
    brixton = WardPageFactory(parent=lambeth, title="Brixton", slug="brixton")
    page = in_locale(concern_page, "ar")
    response = client.post(page.url, concern(wards, taxonomy, ward=str(brixton.pk)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "اختر من القائمة إحدى دوائر هذه البلدية." in html
    assert ConcernSubmission.objects.count() == 0


def test_the_survey_posts_to_the_readers_language_and_answers_in_it(client, synced, survey_page, wards, taxonomy):
    page = in_locale(survey_page, "pl")
    html = client.get(page.url).content.decode()
    assert f'action="{page.url}"' in html
    response = client.post(page.url, {**signals(), "concerns": [f"asb:{taxonomy['noise'].pk}"], "ward": ""})
    assert response.status_code == 303 and response["Location"].startswith(f"{page.url}thank-you/")
    assert '<html lang="pl"' in client.get(response["Location"]).content.decode()
    answer = SurveyResponse.objects.get()
    assert list(answer.asb_categories.values_list("pk", flat=True)) == [taxonomy["noise"].pk]
    # An invalid answer comes back in Polish, not English.
    bad = client.post(page.url, {**signals(), "concerns": ["asb:999999"]}).content.decode()
    assert "Wybierz z listy, czego to dotyczy." in bad
