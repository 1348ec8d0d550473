"""Fixtures: a borough with wards, the taxonomy, its concern form and survey, and helpers that
post the form the way a browser would (token and time-trap fields from a rendered form)."""

import time

import pytest
from django.core.cache import cache

from advice.tests.factories import AsbCategoryFactory, CrimeTypeFactory
from boroughs.tests.factories import WardPageFactory
from concerns import spam

from .factories import ConcernFormPageFactory, SurveyPageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def wards(borough):
    return build_wards(borough)


def build_wards(borough) -> list:
    return [
        WardPageFactory(parent=borough, title="Dalston", slug="dalston"),
        WardPageFactory(parent=borough, title="Hoxton East", slug="hoxton-east"),
    ]


@pytest.fixture
def taxonomy(locale_en):
    return build_taxonomy()


def build_taxonomy() -> dict:
    return {
        "noise": AsbCategoryFactory(name="Noise", slug="noise"),
        "littering": AsbCategoryFactory(name="Littering", slug="littering"),
        "burglary": CrimeTypeFactory(name="Burglary", slug="burglary"),
        "robbery": CrimeTypeFactory(name="Robbery", slug="robbery"),
    }


@pytest.fixture
def concern_page(borough, wards, taxonomy):
    return build_concern_page(borough)


def build_concern_page(borough):
    borough.email = "hackney.team@example.org"
    borough.save()
    return ConcernFormPageFactory(parent=borough)


def build_hackney_with_concern_form() -> dict:
    """What the `concern_page` fixture and those it needs build, as one dict (tests/shared_data.py)."""
    from boroughs.tests.factories import BoroughIndexPageFactory, BoroughPageFactory
    from home.models import HomePage

    borough_index = BoroughIndexPageFactory(parent=HomePage.objects.get(locale__language_code="en"))
    borough = BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
    wards = build_wards(borough)
    taxonomy = build_taxonomy()
    concern_page = build_concern_page(borough)
    return {
        "borough_index": borough_index,
        "borough": borough,
        "wards": wards,
        "taxonomy": taxonomy,
        "concern_page": concern_page,
    }


@pytest.fixture
def survey_page(borough, wards, taxonomy):
    return SurveyPageFactory(parent=borough)


def signals(seconds_ago: float = 60) -> dict:
    """The hidden fields a rendered form carries, rendered `seconds_ago`."""
    return {
        spam.TOKEN_FIELD: spam.new_token(),
        spam.STAMP_FIELD: spam.new_stamp(time.time() - seconds_ago),
        spam.HONEYPOT_FIELD: "",
    }


@pytest.fixture
def concern_data(wards, taxonomy):
    def build(**overrides):
        data = {
            **signals(),
            "ward": str(wards[0].pk),
            "category": f"asb:{taxonomy['noise'].pk}",
            "description": "Loud music from a flat until 3am most nights.",
            "location": "Dalston Lane",
            "happens_when": "Weekends",
            "name": "Alex Resident",
            "email": "alex@example.org",
            "phone": "020 7946 0999",
            "consent": "on",
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return build


@pytest.fixture
def survey_data(wards, taxonomy):
    def build(**overrides):
        data = {
            **signals(),
            "concerns": [f"asb:{taxonomy['noise'].pk}", f"crime:{taxonomy['burglary'].pk}"],
            "ward": str(wards[1].pk),
            "comment": "More patrols at night, please.",
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return build
