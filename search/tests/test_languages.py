"""Search in each language's own PostgreSQL text-search configuration (search/pg_languages.py).

Each case is a word form that only the language's stemmer joins to the form on the page: the
English configuration (the server's default, used for everything before) and `simple` miss it.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.models import Locale

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory

pytestmark = [
    pytest.mark.usefixtures("index_updates"),  # tests/indexing.py
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text-search configurations"),
]


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def advice_index(home_page):
    return AdviceIndexPageFactory(parent=home_page)


@pytest.fixture
def bike_advice(advice_index):
    return AdvicePageFactory(
        parent=advice_index,
        title="Bike theft",
        slug="bike-theft",
        summary="Register your bike and lock it to something solid.",
    )


def translate(page, language, title, summary):
    translated = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    translated.title = title
    translated.summary = summary
    translated.save_revision().publish()
    return translated


def results(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "title", "summary", "inflected"),
    [
        ("es", "Hurto de bicicletas", "Registre su bicicleta.", "hurtaron"),
        ("pt", "Furtos de bicicletas", "Registe a sua bicicleta.", "furtada"),
        ("tr", "Bisiklet hırsızlığı", "Bisikletinizi kaydettirin.", "hırsızlık"),  # noqa: RUF001 - Turkish dotless i
        ("ro", "Furtul bicicletelor", "Înregistrați-vă vehiculul.", "bicicleta"),
        ("ar", "سرقة الدراجات", "سجّل دراجتك.", "الدراجة"),
    ],
)
def test_the_readers_language_stems_an_inflected_form(client, bike_advice, language, title, summary, inflected):
    translated = translate(bike_advice, language, title, summary)
    html = results(client, language, inflected)
    assert f'href="{translated.url}"' in html


def test_a_language_without_a_configuration_matches_its_words(client, bike_advice):
    # No Polish configuration on a stock server: the page is indexed word for word ("simple").
    polish = translate(bike_advice, "pl", "Kradzież roweru", "Zarejestruj swój rower.")
    html = results(client, "pl", "kradzież roweru")
    assert f'href="{polish.url}"' in html and f'href="{bike_advice.url}"' not in html


def test_english_still_stems_for_every_reader(client, bike_advice):
    assert f'href="{bike_advice.url}"' in results(client, "en", "registering bikes")
    # A Spanish reader gets the English page (no translation) for an English word form.
    assert f'href="/es/{bike_advice.url[4:]}"' in results(client, "es", "bikes")


def test_the_other_languages_stemmer_does_not_leak_into_a_reader_of_english(client, bike_advice):
    translate(bike_advice, "es", "Hurto de bicicletas", "Registre su bicicleta.")
    # An English reader searches English pages (and their own language's), not the Spanish one.
    assert "Hurto de bicicletas" not in results(client, "en", "hurtaron")
