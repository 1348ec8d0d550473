from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale

from boroughs.tests.factories import BoroughPageFactory, WardPageFactory

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "ONSPD_SAMPLE_engage_demo.csv"


@pytest.fixture
def hackney_with_codes(borough):
    borough.gss_code = "E09000012"
    borough.save_revision().publish()
    return borough


@pytest.fixture
def wards(hackney_with_codes):
    return {
        "london-fields": WardPageFactory(
            parent=hackney_with_codes, title="London Fields", slug="london-fields", gss_code="E05009381"
        ),
        "dalston": WardPageFactory(parent=hackney_with_codes, title="Dalston", slug="dalston", gss_code="E05009370"),
    }


@pytest.fixture
def lambeth(borough_index):
    return BoroughPageFactory(parent=borough_index, title="Lambeth", slug="lambeth", code="LAM", gss_code="E09000022")


@pytest.fixture
def sample(db):
    call_command("import_onspd", str(SAMPLE), verbosity=0)


@pytest.fixture
def polish_wards(wards):
    """Polish translations of Hackney and London Fields (copy_for_translation, published)."""
    polish = Locale.objects.get(language_code="pl")
    borough = wards["london-fields"].get_parent().specific
    borough_pl = borough.copy_for_translation(polish, copy_parents=True)
    borough_pl.title = "Hackney (PL)"
    borough_pl.save_revision().publish()
    ward_pl = wards["london-fields"].copy_for_translation(polish)
    ward_pl.title = "London Fields po polsku"
    ward_pl.save_revision().publish()
    return ward_pl


@pytest.fixture(autouse=True)
def _clear_cache():
    """Lookups read a cached map of borough and ward pages: start and end each test without it."""
    cache.clear()
    yield
    cache.clear()
