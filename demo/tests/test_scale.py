"""`make_scale_data` at a small size, on a small site shaped like the demo (two boroughs with their
indexes, an advice index, aliases in Arabic and Polish): scale pages of every type, aliased in
every locale their parent exists in, live, rendering, in the tree and the search index; idempotent.
(The full demo takes most of the suite's time to load; test_load_demo covers it.)"""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.html import escape
from wagtail.models import Locale, Page

from advice.models import AdvicePage
from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory
from boroughs.models import PriorityPage, UpdatePage, WardPage
from boroughs.tests.factories import (
    BoroughIndexPageFactory,
    BoroughPageFactory,
    PriorityIndexPageFactory,
    UpdateIndexPageFactory,
)
from demo.advice import load_taxonomy
from demo.base import DemoLog
from meetings.models import MeetingPage
from meetings.tests.factories import MeetingIndexPageFactory

pytestmark = pytest.mark.django_db

LOCALES = ["en", "ar", "pl"]
SCALE_TYPES = [WardPage, PriorityPage, MeetingPage, UpdatePage, AdvicePage]


@pytest.fixture
def small_site(home_page):
    """Two boroughs with the indexes the demo gives each, one advice page, everything aliased in
    Arabic and Polish as the demo's locale synchronisation does."""
    load_taxonomy(home_page, DemoLog())
    your_area = BoroughIndexPageFactory(parent=home_page)
    pages = [your_area]
    for name in ["Hackney", "Lambeth"]:
        borough = BoroughPageFactory(parent=your_area, title=name, slug=name.lower())
        pages += [
            borough,
            PriorityIndexPageFactory(parent=borough),
            MeetingIndexPageFactory(parent=borough),
            UpdateIndexPageFactory(parent=borough),
        ]
    advice = AdviceIndexPageFactory(parent=home_page)
    pages += [advice, AdvicePageFactory(parent=advice, title="Lock your shed")]
    for code in LOCALES[1:]:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        for page in pages:
            page.copy_for_translation(locale, copy_parents=True, alias=True)
    return home_page


def counts() -> dict[tuple[str, str], int]:
    return {
        (model.__name__, code): model.objects.filter(locale__language_code=code).count()
        for model in SCALE_TYPES
        for code in LOCALES
    }


def test_make_scale_data_builds_every_type_in_every_locale_and_is_idempotent(client, small_site, capsys):
    before, pages_before = counts(), Page.objects.count()
    call_command("make_scale_data", "--skip-demo", "--scale", "0.01")
    out = capsys.readouterr().out
    assert "Scale data ready" in out
    after = counts()
    # At 0.01: one of each kind per borough, one more advice page; each aliased in ar and pl.
    for model in SCALE_TYPES:
        added = {code: after[(model.__name__, code)] - before[(model.__name__, code)] for code in LOCALES}
        assert added == dict.fromkeys(LOCALES, 1 if model is AdvicePage else 2), model
    assert Page.objects.count() - pages_before == 9 * 3

    priority = PriorityPage.objects.filter(locale__language_code="en").order_by("-pk").first()
    assert priority.live and priority.actions.count() >= 2
    assert priority.asb_categories.exists() or priority.crime_types.exists()
    alias = PriorityPage.objects.get(translation_key=priority.translation_key, locale__language_code="ar")
    assert alias.alias_of_id == priority.pk and alias.url.startswith("/ar/")
    assert alias.actions.count() == priority.actions.count()
    newest = [
        model.objects.filter(locale__language_code=code).order_by("-pk").first()
        for model in SCALE_TYPES
        for code in LOCALES
    ]
    for page in newest:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode(), page.url
    for parent in {page.get_parent() for page in newest}:  # the tree is consistent
        assert parent.numchild == Page.objects.child_of(parent).count()
        assert client.get(parent.url).status_code == 200
    listing = client.get(priority.get_parent().url).content.decode()
    assert escape(priority.title) in listing
    results = client.get("/en/search/", {"q": priority.title})
    assert escape(priority.title) in results.content.decode()

    call_command("make_scale_data", "--skip-demo", "--scale", "0.01")
    assert counts() == after
    assert "Scale data ready: 0 pages created" in capsys.readouterr().out


def test_make_scale_data_refuses_a_site_without_the_demo(db, capsys):
    with pytest.raises(CommandError, match="load_demo"):
        call_command("make_scale_data", "--skip-demo", "--scale", "0.01")
