"""Template tags shared by every page: locale attributes, navigation, breadcrumbs."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_bidi, get_language_info, gettext
from wagtail.models import Locale, Page, Site

from cms.core import i18n
from cms.core.baseurl import absolute_url
from cms.core.cache import cached
from cms.core.dates import long_date as _long_date
from cms.core.i18n import page_languages
from cms.core.invisible import reveal, reveal_html
from cms.core.models.queryset import pages
from cms.core.numbers import number as _number
from cms.core.numbers import percent as _percent
from cms.core.rendered import cached_inclusion_tag
from cms.core.sections import render_sections as _render_sections
from cms.core.security import allow_video_frames

register = template.Library()


@register.simple_tag
def page_locale(page=None):
    """The locale whose language the page's content is in (falls back to the URL's language)."""
    if page is not None and getattr(page, "locale_id", None):
        return _locales_by_id().get(page.locale_id)
    return None


def _locales_by_id() -> dict[int, Locale]:
    return cached("locales", lambda: {locale.id: locale for locale in Locale.objects.all()})


@register.simple_tag(takes_context=True)
def html_lang_dir(context, page=None):
    """`<html lang dir>`: always the reader's language (the URL's), whatever language the content is
    in; content still in another language is marked where it is shown (`content_lang`)."""
    return {"lang": get_language() or settings.LANGUAGE_CODE, "dir": "rtl" if get_language_bidi() else "ltr"}


def content_locale(page):
    """The locale of the language the page's content is written in: an alias shows its original's
    content, a fallback page (served under another language's URL) its own."""
    if page is None or not getattr(page, "locale_id", None):
        return None
    alias_of_id = getattr(page, "alias_of_id", None)
    if alias_of_id:
        return _locales_by_id().get(_alias_original(alias_of_id)["locale_id"] or page.locale_id)
    return _locales_by_id().get(page.locale_id)


def _alias_original(alias_of_id: int) -> dict:
    """{"locale_id", "url"} of the page an alias shows (its canonical page), cached: one query per
    alias per content version, for both the content's language and the canonical link."""

    def compute():
        original = Page.objects.filter(pk=alias_of_id).only("id", "locale_id", "url_path", "path", "depth").first()
        return (
            {"locale_id": original.locale_id, "url": original.url or ""} if original else {"locale_id": None, "url": ""}
        )

    return cached(f"alias-original:{alias_of_id}", compute)


def foreign_content(page) -> dict | None:
    """{"lang", "dir"} of the page's content when it is not in the reader's language, else None."""
    locale = content_locale(page)
    if locale is None or locale.language_code == (get_language() or settings.LANGUAGE_CODE):
        return None
    return {"lang": locale.language_code, "dir": "rtl" if locale.is_bidi else "ltr"}


@register.simple_tag
def content_lang(page=None):
    """` lang="en" dir="ltr"` on an element showing the page's content, when that content is not in
    the reader's language (WCAG 3.1.2); nothing otherwise. Use: `<h1{% content_lang page %}>`."""
    foreign = foreign_content(page)
    if foreign is None:
        return ""
    return format_html(' lang="{}" dir="{}"', foreign["lang"], foreign["dir"])


@register.simple_tag(takes_context=True)
def render_sections(context, sections):
    """The sections other apps contribute to a page, each rendered once per content version."""
    return _render_sections(context, sections or ())


@register.filter
def number(value) -> str:
    """A count as the reader's language writes it (CLDR, cms/core/numbers.py): `{{ total|number }}`."""
    return _number(value)


@register.filter
def percent_of(value, total) -> str:
    """`value` as a share of `total`, as a percentage in the reader's language: `{{ n|percent_of:total }}`."""
    if not total:
        return ""
    return _percent(value / total)


@register.simple_tag
def alias_lang(alias=None):
    """` lang="en" dir="ltr"` on a listing card's title or summary when the listed page is an alias
    (still its English original) and the reader's language is not English; nothing otherwise.
    Use: `<h3{% alias_lang page.alias_of_id %}>` (or a card dict's `alias` flag)."""
    if not alias or (get_language() or settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return ""
    source = settings.LANGUAGE_CODE
    return format_html(' lang="{}" dir="{}"', source, "rtl" if get_language_info(source)["bidi"] else "ltr")


def _navigation_items(request) -> list[dict]:
    """Home (labelled "Home" in the reader's language, not with the site's name), then the home page's children marked "show in menus", in the current language.
    Cached until a page is published, moved, unpublished or deleted."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def compute():
        root = site.root_page.localized
        children = pages().child_of(root).live().public().in_menu().order_by("path")
        source = settings.LANGUAGE_CODE  # aliases (not yet translated) show the English title
        return [{"title": gettext("Home"), "url": root.url, "path": root.path, "lang": ""}] + [
            {"title": child.title, "url": child.url, "path": child.path, "lang": source if child.alias_of_id else ""}
            for child in children
        ]

    return cached(f"nav:{site.pk}:{get_language() or 'en'}", compute)


@register.simple_tag(takes_context=True)
def site_home_url(context) -> str:
    items = _navigation_items(context.get("request"))
    return items[0]["url"] if items else "/"


@cached_inclusion_tag(register, "components/primary_navigation.html", takes_context=True)
def primary_navigation(context, page=None):
    current_path = getattr(page, "path", "")
    items = []
    for item in _navigation_items(context.get("request")):
        is_home = len(item["path"]) <= 8
        current = bool(current_path) and (
            current_path == item["path"] or (not is_home and current_path.startswith(item["path"]))
        )
        items.append({**item, "current": current, "exact": current_path == item["path"]})
    return {"items": items}


@register.inclusion_tag("components/breadcrumbs.html")
def breadcrumbs(page):
    def compute():
        # In the reader's language: a fallback page's ancestors are its English ones, so each crumb
        # links to its counterpart under the reader's prefix; an alias's title is still English.
        ancestors = page.get_breadcrumbs() if hasattr(page, "get_breadcrumbs") else []
        return [
            {
                "title": crumb.title,
                "url": i18n.localized_url(crumb),
                "lang": settings.LANGUAGE_CODE if crumb.alias_of_id else "",
            }
            for crumb in ancestors
        ]

    language = get_language() or settings.LANGUAGE_CODE
    return {"crumbs": cached(f"crumbs:{page.pk}:{language}", compute), "page": page}


@register.simple_tag
def contact_settings():
    """The site's contact numbers, cached until an editor changes them."""
    from cms.core.models import ContactSettings

    return cached("contact-settings", ContactSettings.load)


@cached_inclusion_tag(register, "components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in every language it exists in, each named in its own language."""
    current = get_language() or "en"
    languages = page_languages(page)
    return {"languages": languages if len(languages) > 1 else [], "current": current}


@cached_inclusion_tag(register, "components/hreflang.html", takes_context=True)
def hreflang_links(context, page=None):
    """Alternates for search engines: only real translations (an alias repeats the English page,
    which its canonical link names instead), on the one configured origin."""
    languages = [{**item, "href": absolute_url(item["url"])} for item in page_languages(page) if not item["alias"]]
    if len(languages) < 2 or foreign_content(page) is not None:
        return {"languages": [], "default": None}
    default = next((item for item in languages if item["code"] == settings.LANGUAGE_CODE), None)
    return {"languages": languages, "default": default}


@register.simple_tag
def canonical_url(page=None) -> str:
    """The page's absolute URL, or its original's when its content is another page's (an alias, or
    the English page served under another language's URL)."""
    if page is None or not getattr(page, "pk", None):
        return ""
    alias_of_id = getattr(page, "alias_of_id", None)
    path = _alias_original(alias_of_id)["url"] if alias_of_id else (page.url or "")
    return absolute_url(path) if path else ""


@register.inclusion_tag("components/fallback_notice.html")
def fallback_notice(page=None):
    """A short notice, in the reader's language, when the page's content is in another language
    (an alias of the English page, or the English page served as a fallback)."""
    current = get_language() or settings.LANGUAGE_CODE
    return {"show": foreign_content(page) is not None, "current": current, "bidi": get_language_bidi()}


@register.simple_tag(takes_context=True)
def csp_allow_video(context):
    """Let the page being rendered frame the video players (cms/core/security.py). Outputs nothing."""
    allow_video_frames(context.get("request"))
    return ""


@register.filter
def reveal_invisible_text(value):
    """The same for plain text (the team's e-mail): `[U+202E]` markers, nothing escaped."""
    return reveal(value)


@register.filter(is_safe=True)
def reveal_invisible(value):
    """A submitted text with bidi-control and invisible characters shown as marked `[U+202E]` (cms/core/invisible.py)."""
    return reveal_html(value)


@register.filter
def localized_url(page) -> str:
    """`{{ linked_page|localized_url }}`: the linked page in the reader's language (cms.core.i18n)."""
    return i18n.localized_url(page)


@register.filter
def long_date(value) -> str:
    """`{{ page.date|long_date }}`: the date as the reader's language writes it (cms.core.dates)."""
    return _long_date(value)
