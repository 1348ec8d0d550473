"""The translation coverage report (Reports → Translation coverage): per borough and section and per
locale, pages translated, missing (still an alias of English) and out of date since the English
source changed, with links into wagtail-localize. Read through the admin as each role sees it."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from boroughs.tests.factories import WardPageFactory
from governance.tests.conftest import SHARED, build_governance
from tests.shared_data import share

from .conftest import is_denied

pytestmark = pytest.mark.django_db

# Hackney, Lambeth, Camden, the roles and their users are built once for the module.
globals().update(share(build_governance, SHARED))

URL = "/admin/reports/translation-coverage/"


@pytest.fixture
def locale_ar(db):
    locale, _ = Locale.objects.get_or_create(language_code="ar")
    return locale


@pytest.fixture
def translated(hackney, locale_pl, locale_ar):
    """Hackney in Polish: the borough page translated through wagtail-localize, its ward still an
    alias of English. Nothing in Arabic yet (the borough an alias)."""
    source, _ = TranslationSource.get_or_create_from_instance(hackney.borough)
    polish = hackney.borough.copy_for_translation(locale_pl, copy_parents=True)
    polish.save_revision().publish()
    hackney.ward.copy_for_translation(locale_pl, alias=True)
    hackney.borough.copy_for_translation(locale_ar, copy_parents=True, alias=True)
    return {"source": source, "polish": polish}


def report(client, user, language=None):
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def row(html, area, locale):
    match = re.search(rf'<tr data-area="{area}" data-locale="{locale}">(.*?)</tr>', html, re.S)
    assert match, f"no row for {area} / {locale}"
    return match.group(1)


def count(cells, name):
    return re.search(rf'data-count="{name}">([^<]*)<', cells).group(1).strip()


def english_total(area):
    return Page.objects.descendant_of(area.borough, inclusive=True).count()


def test_url_name_and_dashboard_link(client, users, hackney):
    assert reverse("translation_coverage_report") == URL
    client.force_login(users["hackney_editor"])
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


def test_central_sees_translated_missing_and_out_of_date(client, users, hackney, lambeth, translated):
    total = english_total(hackney)
    html = report(client, users["central"])
    polish = row(html, "hackney", "pl")
    assert count(polish, "translated") == f"1 of {total}"
    assert count(polish, "missing") == str(total - 1)
    assert count(polish, "out-of-date") == "0"
    arabic = row(html, "hackney", "ar")
    assert count(arabic, "translated") == f"0 of {total}"
    assert count(arabic, "missing") == str(total)
    # Links into wagtail-localize: translate the English borough, edit the Polish one
    assert reverse("wagtail_localize:submit_page_translation", args=[hackney.borough.pk]) in arabic
    assert reverse("wagtailadmin_pages:edit", args=[translated["polish"].pk]) in polish
    assert row(html, "lambeth", "pl")  # every borough for Central communications


def test_english_change_after_sync_is_out_of_date(client, users, hackney, translated):
    source = translated["source"]
    TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=timezone.now() - datetime.timedelta(days=2))
    hackney.borough.title = "Hackney (new)"
    hackney.borough.save_revision().publish()
    html = report(client, users["translator"])
    polish = row(html, "hackney", "pl")
    assert count(polish, "out-of-date") == "1"
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in polish
    assert count(row(html, "hackney", "ar"), "out-of-date") == "0"  # an alias follows English
    # Syncing (wagtail-localize re-extracts the source) brings it up to date
    source.refresh_from_db()
    source.update_from_db()
    assert count(row(report(client, users["translator"]), "hackney", "pl"), "out-of-date") == "0"


def test_editor_sees_only_their_borough(client, users, hackney, lambeth, translated):
    html = report(client, users["hackney_editor"])
    assert row(html, "hackney", "pl")
    assert 'data-area="lambeth"' not in html
    html = report(client, users["lambeth_editor"])
    assert 'data-area="hackney"' not in html
    assert row(html, "lambeth", "ar")


def test_site_sections_for_central_only(client, users, hackney, home_page):
    from advice.tests.factories import AdviceIndexPageFactory

    AdviceIndexPageFactory(parent=home_page, slug="advice")
    assert row(report(client, users["central"]), "advice", "pl")
    assert 'data-area="advice"' not in report(client, users["hackney_editor"])


def test_handler_is_refused_and_has_no_menu_item(client, users):
    client.force_login(users["hackney_handler"])
    assert is_denied(client.get(URL))
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize(
    ("language", "heading", "translated_label"),
    [("pl", "Stan tłumaczeń", "Przetłumaczone"), ("ar", "نسبة الترجمة", "مترجمة")],
)
def test_report_in_the_editors_language(client, users, hackney, translated, language, heading, translated_label):
    html = report(client, users["central"], language=language)
    assert heading in html
    assert translated_label in html


def test_queries_do_not_grow_with_pages(client, users, hackney, lambeth, translated):
    client.force_login(users["central"])
    client.get(URL)
    with CaptureQueriesContext(connection) as before:
        client.get(URL)
    for n in range(5):
        WardPageFactory(parent=hackney.borough, title=f"Ward {n}", slug=f"ward-{n}")
        WardPageFactory(parent=lambeth.borough, title=f"Ward {n}", slug=f"ward-{n}")
    with CaptureQueriesContext(connection) as after:
        html = client.get(URL).content.decode()
    assert len(after) == len(before)
    assert count(row(html, "hackney", "pl"), "translated") == f"1 of {english_total(hackney)}"
