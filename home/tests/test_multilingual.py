"""Reading the site in another language: language switcher, hreflang, right-to-left, the
untranslated-page fallback, and the demo translations made through wagtail-localize."""

import pytest
from wagtail.models import Locale

from advice.tests.factories import AdviceIndexPageFactory, AdvicePageFactory

pytestmark = pytest.mark.django_db


def translate(page, code):
    """Publish a translation of `page` (and, as copies, any untranslated parents) into `code`."""
    locale = Locale.objects.get(language_code=code)
    translated = page.copy_for_translation(locale, copy_parents=True)
    translated.save_revision().publish()
    return translated.specific_class.objects.get(pk=translated.pk)


@pytest.fixture
def advice(home_page):
    index = AdviceIndexPageFactory(parent=home_page)
    return AdvicePageFactory(parent=index, title="Protect your phone", slug="protect-your-phone")


def test_every_site_language_has_a_locale():
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {"en", "pl", "bn", "tr", "ro", "pt", "es", "so", "zh-hans", "ar", "ur"} <= codes


def test_switcher_and_hreflang_list_the_languages_a_page_exists_in(client, home_page, advice):
    polish = translate(advice, "pl")
    arabic = translate(advice, "ar")
    html = client.get(advice.url).content.decode()
    assert '<nav class="language-switcher"' in html
    assert f'<a href="{polish.url}" lang="pl" hreflang="pl">Polski</a>' in html
    assert f'<a href="{arabic.url}" lang="ar" hreflang="ar">العربية</a>' in html
    assert '<span aria-current="true" lang="en">English</span>' in html
    assert 'hreflang="es"' not in html  # not translated into Spanish: not offered
    assert f'<link rel="alternate" hreflang="pl" href="http://testserver{polish.url}">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="http://testserver{advice.url}">' in html


def test_untranslated_page_has_no_switcher_or_alternates(client, home_page, advice):
    html = client.get(advice.url).content.decode()
    assert "language-switcher" not in html
    assert 'rel="alternate" hreflang' not in html


def test_right_to_left_pages_say_so(client, home_page, advice):
    for code in ("ar", "ur"):
        page = translate(advice, code)
        html = client.get(page.url).content.decode()
        assert f'<html lang="{code}" dir="rtl">' in html
    polish = translate(advice, "pl")
    assert '<html lang="pl" dir="ltr">' in client.get(polish.url).content.decode()


def test_untranslated_page_falls_back_to_english_with_a_notice_in_the_readers_language(client, home_page, advice):
    translate(home_page, "pl")  # Polish home exists, the advice page does not
    response = client.get(f"/pl/{advice.get_parent().slug}/{advice.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl" dir="ltr">' in html  # the page is the reader's ...
    assert f'<h1 lang="en" dir="ltr">{advice.title}</h1>' in html  # ... its content still English
    assert '<div class="fallback-notice" role="note" lang="pl" dir="ltr">' in html  # ... the notice Polish
    assert "Ta strona nie została jeszcze przetłumaczona" in html
    assert f'<link rel="canonical" href="http://testserver{advice.url}">' in html  # ENGAGE_BASE_URL


def test_fallback_notice_is_right_to_left_in_arabic(client, home_page, advice):
    html = client.get(f"/ar/{advice.get_parent().slug}/{advice.slug}/").content.decode()
    assert 'class="fallback-notice" role="note" lang="ar" dir="rtl"' in html


def test_unknown_path_in_another_language_is_still_404(client, home_page):
    assert client.get("/pl/no-such-page/").status_code == 404


def test_site_chrome_is_translated(client, home_page):
    html = client.get("/pl/").content.decode()
    assert "Przejdź do głównej treści" in html  # "Skip to main content", from the Polish catalogue
    assert "Skip to main content" not in html
