"""Checks of the demo translations, run by demo/tests/test_load_demo.py after one load_demo."""

from wagtail.models import Locale
from wagtail_localize.models import Translation

from advice.models import AdvicePage, AsbCategory
from demo.translations import CATALOGUE_DIR, demo_objects
from home.models import HomePage


def assert_translations_demo(client):
    """After load_demo: the demo set is translated in every locale through wagtail-localize."""
    # Served in their own language, under their own URL (the translated tree is intact).
    html = client.get("/ar/advice/protect-your-phone-in-the-street/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<html lang="pl" dir="ltr">' in client.get("/pl/anti-social-behaviour/").content.decode()
    objects = demo_objects()
    assert len(objects) == 22  # home, your area, Hackney, its form, advice index, 3 advice, ASB page, 13 categories
    for code in ("pl", "ar"):
        locale = Locale.objects.get(language_code=code)
        for obj in objects:
            assert obj.get_translations().filter(locale=locale).exists(), (code, obj)
        assert Translation.objects.filter(target_locale=locale).count() >= len(objects)
    street_drinking_ar = AsbCategory.objects.get(slug="street-drinking", locale__language_code="ar")
    assert street_drinking_ar.name != "Street drinking"
    advice_pl = AdvicePage.objects.get(slug="protect-your-phone-in-the-street", locale__language_code="pl")
    assert advice_pl.title != "Protect your phone in the street"
    for code in ("pl", "bn", "tr", "ro", "pt", "es", "so", "zh-hans", "ar", "ur"):
        assert (CATALOGUE_DIR / f"{code}.po").exists(), code
        assert HomePage.objects.filter(locale__language_code=code).exists(), code
