"""Every page in every locale (wagtail-localize locale synchronisation: aliases of English pages),
and mixed-language pages marked up for the reader (WCAG 3.1.2)."""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory

pytestmark = pytest.mark.django_db


def sync(code: str) -> Locale:
    """Sync a locale from English: wagtail-localize creates an alias of every English page."""
    locale = Locale.objects.get(language_code=code)
    LocaleSynchronization.objects.create(locale=locale, sync_from=Locale.objects.get(language_code="en"))
    return locale


@pytest.fixture
def advice(home_page):
    index = AdviceIndexPageFactory(parent=home_page, title="Advice", slug="advice")
    return AdvicePageFactory(parent=index, title="Protect your phone", slug="protect-your-phone")


def test_a_synced_locale_has_every_page_as_an_alias_of_the_english_one(client, advice):
    arabic = sync("ar")
    alias = Page.objects.get(translation_key=advice.translation_key, locale=arabic)
    assert alias.alias_of_id == advice.pk
    assert alias.url == "/ar/advice/protect-your-phone/"
    assert client.get("/ar/advice/").status_code == 200
    # Listings in the reader's locale now list it (the advice index is a per-locale query).
    assert 'href="/ar/advice/protect-your-phone/"' in client.get("/ar/advice/").content.decode()


def test_an_alias_is_marked_english_inside_a_page_in_the_readers_language(client, advice):
    sync("ar")
    html = client.get("/ar/advice/protect-your-phone/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="en" dir="ltr">Protect your phone</h1>' in html
    assert '<div class="fallback-notice" role="note" lang="ar" dir="rtl">' in html
    assert "لم تُترجم هذه الصفحة" in html or "fallback-notice" in html
    # Canonical and og:url name the English original; no hreflang for a page that is not a translation.
    assert '<link rel="canonical" href="http://testserver/en/advice/protect-your-phone/">' in html
    assert '<meta property="og:url" content="http://testserver/en/advice/protect-your-phone/">' in html
    assert 'rel="alternate" hreflang' not in html
    # The switcher is there, and offers the reader's language as the current one.
    assert '<span aria-current="true" lang="ar">العربية</span>' in html
    assert '<a href="/en/advice/protect-your-phone/" lang="en" hreflang="en">English</a>' in html
    # Breadcrumbs stay in the reader's language prefix.
    assert 'href="/en/advice/"' not in html.split('class="breadcrumbs')[1].split("</nav>")[0]


def test_hreflang_lists_only_real_translations(client, advice):
    sync("ar")
    polish = advice.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish.save_revision().publish()
    html = client.get("/en/advice/protect-your-phone/").content.decode()
    assert '<link rel="alternate" hreflang="pl" href="http://testserver/pl/advice/protect-your-phone/">' in html
    assert 'hreflang="ar" href' not in html  # Arabic is only an alias
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/en/advice/protect-your-phone/">' in html
    # The translation itself is not marked as foreign content.
    polish_html = client.get("/pl/advice/protect-your-phone/").content.decode()
    assert "fallback-notice" not in polish_html
    assert '<link rel="canonical" href="http://testserver/pl/advice/protect-your-phone/">' in polish_html


def test_publishing_the_english_page_updates_its_aliases(client, advice):
    sync("pl")
    advice.title = "Keep your phone safe"
    advice.save_revision().publish()
    html = client.get("/pl/advice/protect-your-phone/").content.decode()
    assert '<h1 lang="en" dir="ltr">Keep your phone safe</h1>' in html


def test_unknown_language_prefix_is_a_404_in_the_site_design(client, home_page):
    response = client.get("/xx/your-area/", follow=True)
    assert response.status_code == 404
    assert "Skip to main content" in response.content.decode() or "skip-link" in response.content.decode()
