"""Checks of multilingual parity on the whole demo, run by demo/tests/test_load_demo.py on copies of
the demo: a resident of each language reaches every borough and every page type by clicks alone,
and no link outside the language switcher leaves their language."""

from django.apps import apps
from wagtail.models import Page

from boroughs.models import BoroughPage

from .i18n_crawl import crawl

CRAWLED_LANGUAGES = ("ar", "ur", "pl", "zh-hans")

# English chrome that must never reach a reader of another language (footer, banner, navigation).
ENGLISH_CHROME = (
    "Skip to main content",
    "Your neighbourhood police",
    "In an emergency, call",
    "Contact the police",
    "Report a crime online",
    "If you cannot speak, text 999",
    "Stay anonymous",
    "About Engage",
    "Choose a language",
    ">Strategy<",
)


def demo_page_types() -> set[str]:
    """Every page model of which the demo has a live English page."""
    names = set()
    for model in apps.get_models():
        is_page_type = issubclass(model, Page) and model is not Page and not model._meta.abstract
        if is_page_type and model.objects.live().filter(locale__language_code="en").exists():
            names.add(model.__name__)
    return names


def assert_language_parity(client, lang: str) -> None:
    """A reader of `lang` reaches every borough and every page type by clicks, never leaves the
    language, and sees no English chrome on any page type."""
    expected_types = demo_page_types()
    boroughs = set(BoroughPage.objects.filter(locale__language_code="en").values_list("slug", flat=True))
    assert len(boroughs) == 32
    result = crawl(client, lang, max_clicks=4)
    assert result.errors == [], (lang, result.errors[:10])
    assert result.foreign_links == [], (lang, result.foreign_links[:10])
    assert result.boroughs == boroughs, (lang, sorted(boroughs - result.boroughs))
    assert expected_types <= set(result.page_types), (lang, sorted(expected_types - set(result.page_types)))
    # Every page type, rendered in this language, carries no English chrome.
    for name, path in result.page_types.items():
        html = client.get(path).content.decode()
        left = [text for text in ENGLISH_CHROME if text in html]
        assert left == [], (lang, name, path, left)


def assert_arabic_write_up(client) -> None:
    """ "Done when": from /ar/, Lambeth's 9 December 2025 write-up, reached by clicks, in Arabic chrome."""
    html = client.get("/ar/your-area/lambeth/meetings/community-crime-fighting-9-december-2025/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<h1 lang="en" dir="ltr">' in html  # the write-up is still English: marked so
