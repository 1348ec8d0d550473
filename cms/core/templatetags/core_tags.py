"""Template tags shared by every page: locale attributes, navigation, breadcrumbs."""

from django import template
from django.conf import settings
from django.utils.translation import get_language, get_language_bidi
from wagtail.models import Locale, Page, Site

from cms.core import i18n
from cms.core.cache import cached
from cms.core.i18n import page_languages

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
    locale = page_locale(page)
    if locale is not None:
        return {"lang": locale.language_code, "dir": "rtl" if locale.is_bidi else "ltr"}
    return {"lang": get_language() or "en", "dir": "rtl" if get_language_bidi() else "ltr"}


def _navigation_items(request) -> list[dict]:
    """Home, then the home page's children marked "show in menus", in the current language.
    Cached until a page is published, moved, unpublished or deleted."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def compute():
        root = site.root_page.localized
        children = Page.objects.child_of(root).live().public().in_menu().order_by("path")
        return [{"title": root.title, "url": root.url, "path": root.path}] + [
            {"title": child.title, "url": child.url, "path": child.path} for child in children
        ]

    return cached(f"nav:{site.pk}:{get_language() or 'en'}", compute)


@register.simple_tag(takes_context=True)
def site_home_url(context) -> str:
    items = _navigation_items(context.get("request"))
    return items[0]["url"] if items else "/"


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
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
        ancestors = page.get_breadcrumbs() if hasattr(page, "get_breadcrumbs") else []
        return [{"title": crumb.title, "url": crumb.url} for crumb in ancestors]

    return {"crumbs": cached(f"crumbs:{page.pk}", compute), "page": page}


@register.simple_tag
def contact_settings():
    """The site's contact numbers, cached until an editor changes them."""
    from cms.core.models import ContactSettings

    return cached("contact-settings", ContactSettings.load)


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    """Links to this page in every language it exists in, each named in its own language."""
    current = get_language() or "en"
    languages = page_languages(page)
    return {"languages": languages if len(languages) > 1 else [], "current": current}


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context, page=None):
    languages = page_languages(page)
    if len(languages) < 2:
        return {"languages": [], "default": None}
    default = next((item for item in languages if item["code"] == settings.LANGUAGE_CODE), None)
    return {"languages": languages, "default": default, "request": context.get("request")}


@register.inclusion_tag("components/fallback_notice.html")
def fallback_notice(page=None):
    """A short notice, in the reader's language, when the page is shown in another language."""
    locale = page_locale(page)
    current = get_language() or settings.LANGUAGE_CODE
    show = locale is not None and locale.language_code != current
    return {"show": show, "current": current, "bidi": get_language_bidi()}


@register.filter
def localized_url(page) -> str:
    """`{{ linked_page|localized_url }}`: the linked page in the reader's language (cms.core.i18n)."""
    return i18n.localized_url(page)
