"""Shared fixtures: the site built by the migrations, a home page, and a borough to test with."""

import pytest
from wagtail.models import Locale, Site

from home.models import HomePage


@pytest.fixture
def locale_en(db):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def home_page(db) -> HomePage:
    """The English home page the data migration created, as the default site's root."""
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def site(home_page) -> Site:
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def borough_index(home_page):
    from boroughs.tests.factories import BoroughIndexPageFactory

    return BoroughIndexPageFactory(parent=home_page)


@pytest.fixture
def borough(borough_index):
    from boroughs.tests.factories import BoroughPageFactory

    return BoroughPageFactory(parent=borough_index, title="Hackney", slug="hackney", code="HAC")
