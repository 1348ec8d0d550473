"""Reading the site in another language.

- `page_languages(page)`: the languages a page exists in (live, public translations and aliases),
  for the language switcher (every language) and `hreflang` alternates (real translations only).
  Cached under the content version.
- `localized_url(page)`: the URL of `page`'s counterpart in the reader's language (its translation,
  or its alias: with locale synchronisation every page exists in every locale), so a link chosen in
  English content (a page chooser, a foreign key) never takes a reader out of their language.
  Cached per page and language: no query on a warm page, however many links it has.
- `is_alias(page)`: the page is a wagtail-localize alias, i.e. its content is still the English
  original's (templates mark it `lang="en" dir="ltr"` and say so in the reader's language).
- `serve`: Wagtail's page view, plus a fallback: when a page has not been translated into the
  language of the URL (/pl/your-area/hackney/ with no Polish Hackney page), the English page is
  served under that URL instead of a 404, and templates show a short notice in the reader's
  language (`page.locale` differs from the active language). The canonical link still points to
  the English page.
"""

from django.conf import settings
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page

from .cache import cached
from .models.queryset import pages
from .routing import prime_route

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def page_languages(page) -> list[dict]:
    """[{code, name, url, alias}] for each live public translation of `page` (itself included) in
    the order of settings.LANGUAGES; `alias` marks a locale that still shows the English content."""
    if page is None or not getattr(page, "pk", None):
        return []

    def compute():
        translations = (
            pages()
            .filter(translation_key=page.translation_key)
            .live()
            .public()
            .select_related("locale")
            .only("id", "url_path", "path", "depth", "locale__language_code", "translation_key", "alias_of_id")
        )
        by_code = {t.locale.language_code: t for t in translations}
        return [
            {"code": code, "name": name, "url": by_code[code].get_url(), "alias": bool(by_code[code].alias_of_id)}
            for code, name in settings.LANGUAGES
            if code in by_code
        ]

    return cached(f"languages:{page.translation_key}", compute)


def _language_codes() -> dict[int, str]:
    """{locale id: language code}, cached: a page's language without a query for its locale."""
    return cached("language-codes", lambda: dict(Locale.objects.values_list("id", "language_code")))


def localized_url(page) -> str:
    """The URL of this page in the active language (its translation or alias), else its own URL."""
    if page is None or not getattr(page, "pk", None):
        return ""
    language = translation.get_language() or settings.LANGUAGE_CODE

    def compute():
        if getattr(page, "locale_id", None) and _language_codes().get(page.locale_id) == language:
            return page.url or ""
        counterpart = (
            Page.objects.filter(translation_key=page.translation_key, locale__language_code=language)
            .live()
            .only("id", "url_path", "path", "depth", "locale_id")
            .first()
        )
        return (counterpart or page).url or ""

    return cached(f"localized-url:{page.pk}:{language}", compute)


def is_alias(page) -> bool:
    return bool(getattr(page, "alias_of_id", None))


def serve(request, path):
    prime_route(request, path)  # cms/core/routing.py: one query instead of two per level
    try:
        return wagtail_views.serve(request, path)
    except Http404:
        language = translation.get_language()
        if not language or language == settings.LANGUAGE_CODE:
            raise
        # Route the same path through the default language's tree.
        if hasattr(request, "_wagtail_route_for_request"):
            del request._wagtail_route_for_request
        with translation.override(settings.LANGUAGE_CODE):
            route = Page.route_for_request(request, path)
        if route is None:
            raise
        return wagtail_views.serve(request, path)
