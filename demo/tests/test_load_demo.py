"""`load_demo` builds the whole demo site and is idempotent.

The first load is the session's demo template (demo/tests/conftest.py, tests/templatedb.py: built
once, also for the browser tests); each test checks its own copy of it. The crawl of each language
is a test of its own, so that the two test processes share them."""

import pytest
from django.apps import apps
from django.core.management import call_command

from boroughs.models import Bcu, BoroughPage
from demo.tests.advice_checks import advice_snapshot, assert_advice_demo
from demo.tests.i18n_checks import CRAWLED_LANGUAGES, assert_arabic_write_up, assert_language_parity
from demo.tests.neighbourhood_checks import assert_neighbourhoods_demo
from demo.tests.translation_checks import assert_translations_demo


def all_counts() -> dict[str, int]:
    return {
        model._meta.label: model.objects.count() for model in apps.get_models() if model._meta.app_label != "sessions"
    }


@pytest.mark.long
def test_load_demo_builds_the_whole_site_and_is_idempotent(demo_site, client, capsys):
    """One load (the slowest step of the suite, shared), then every app's checks, then a second run."""
    out = demo_site  # what the first `load_demo` printed
    assert "Boroughs: 32 (32 new)" in out
    assert BoroughPage.objects.live().filter(locale__language_code="en").count() == 32
    assert Bcu.objects.count() == 12
    hackney = BoroughPage.objects.get(slug="hackney", locale__language_code="en")
    assert hackney.bcu.name == "Central East"
    assert hackney.phone.startswith("020 7946 0")  # Ofcom's drama range: clearly fictional
    assert hackney.email.endswith("@example.org")
    assert not BoroughPage.objects.filter(title__icontains="City of London").exists()
    assert_advice_demo(client)
    assert_neighbourhoods_demo()
    assert_translations_demo(client)
    assert_arabic_write_up(client)  # every language's crawl: test_every_language_reaches_the_whole_site

    before, advice = all_counts(), advice_snapshot()
    call_command("load_demo")
    assert all_counts() == before
    assert advice_snapshot() == advice
    assert "0 created" in capsys.readouterr().out


@pytest.mark.long
@pytest.mark.parametrize("lang", CRAWLED_LANGUAGES)
def test_every_language_reaches_the_whole_site(demo_site, client, lang):
    """A reader of each language: all 32 boroughs, every page type, no link out of the language."""
    assert_language_parity(client, lang)
