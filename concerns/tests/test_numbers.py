"""Survey results ("You told us" on the borough page) print their numbers by CLDR rules in the
reader's language (Babel): grouping, percent sign and its place. Arabic and Urdu keep Latin digits
(Babel's default for "ar" and "ur"). Exact strings, read through the public pages."""

import re

import pytest
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

from cms.core.numbers import number, percent
from concerns.models import SurveyResponse
from tests.shared_data import share

from .conftest import build_taxonomy, build_wards
from .factories import SurveyPageFactory

pytestmark = pytest.mark.django_db

NBSP = "\xa0"


def many_answers(survey_page, category, count):
    """`count` responses choosing `category`, in two queries (bulk)."""
    first = SurveyResponse.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    SurveyResponse.objects.bulk_create(
        SurveyResponse(
            page=survey_page,
            form_translation_key=survey_page.translation_key,
            borough=survey_page.get_parent().specific,
            token=f"{category.slug}-{n}",
        )
        for n in range(count)
    )
    created = SurveyResponse.objects.filter(pk__gt=first)
    field = "asb_categories" if category._meta.model_name == "asbcategory" else "crime_types"
    through = getattr(SurveyResponse, field).through
    column = f"{category._meta.model_name}_id"
    through.objects.bulk_create(
        through(surveyresponse_id=pk, **{column: category.pk}) for pk in created.values_list("pk", flat=True)
    )


def build_results() -> dict:
    """Hackney's survey with 1,500 answers and published results, synchronised to Arabic, Polish
    and Turkish: built once for the module (tests/shared_data.py)."""
    from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory
    from home.models import HomePage

    borough_index = BoroughIndexPageFactory(parent=HomePage.objects.get(locale__language_code="en"))
    borough = BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
    build_wards(borough)
    taxonomy = build_taxonomy()
    survey_page = SurveyPageFactory(parent=borough)
    many_answers(survey_page, taxonomy["noise"], 1200)
    many_answers(survey_page, taxonomy["burglary"], 300)
    survey_page.publish_results = True
    survey_page.save_revision().publish()
    english = Locale.objects.get(language_code="en")
    for code in ("ar", "pl", "tr"):
        LocaleSynchronization.objects.create(locale=Locale.objects.get(language_code=code), sync_from=english)
    return {"results": borough}


globals().update(share(build_results, ["results"]))


def values(html):
    table = re.search(r'<table class="bar-chart">.*?</table>', html, re.S).group(0)
    return re.findall(
        r'<span class="bar-chart__value">([^<]*)</span> <span class="bar-chart__share">([^<]*)</span>', table
    ), table


@pytest.mark.parametrize(
    ("code", "expected", "total"),
    [
        ("en", [("1,200", "(80%)"), ("300", "(20%)")], "1,500"),
        ("pl", [(f"1{NBSP}200", "(80%)"), ("300", "(20%)")], f"1{NBSP}500"),
        ("ar", [("1,200", "(80%)"), ("300", "(20%)")], "1,500"),
        ("tr", [("1.200", "(%80)"), ("300", "(%20)")], "1.500"),
    ],
)
def test_you_told_us_numbers_in_the_readers_language(client, results, code, expected, total):
    html = client.get(f"/{code}/your-area/{results.slug}/").content.decode()
    assert f'<html lang="{code}"' in html
    rows, table = values(html)
    assert rows == expected
    caption = re.search(r"<caption>(.*?)</caption>", table, re.S).group(1)
    assert total in caption


def test_cldr_strings_per_language():
    assert [number(1234567, code) for code in ("en", "pl", "ar", "ur", "es", "zh-hans")] == [
        "1,234,567",
        f"1{NBSP}234{NBSP}567",
        "1,234,567",
        "1,234,567",
        "1.234.567",
        "1,234,567",
    ]
    assert [percent(0.42, code) for code in ("en", "pl", "ar", "tr", "es", "ro")] == [
        "42%",
        "42%",
        "42%",
        "%42",
        f"42{NBSP}%",
        f"42{NBSP}%",
    ]
