"""Make sure the site root exists: the default locale, the English home page and the default
Site. The data migration does this on a fresh database; `load_demo` calls this too, so the
demo can be rebuilt after `manage.py flush` (and in browser tests, which flush between tests)."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from cms.core.models import ContactSettings

from .models import HomePage

HOME_DEFAULTS = {
    "title": "Engage",
    "slug": "home",
    "hero_heading": "Your neighbourhood police, in the open",
    "hero_text": (
        "Find your borough's neighbourhood team, see what they have agreed to work on and what they "
        "have done about it, come to a meeting, and tell them what worries you."
    ),
}


def ensure_site_root() -> HomePage:
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=locale)
        home = root.add_child(instance=HomePage(locale=locale, **HOME_DEFAULTS))
        home.save_revision().publish()
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=base.hostname or "localhost",
            port=base.port or (443 if base.scheme == "https" else 80),
            root_page=home,
            is_default_site=True,
            site_name="Engage",
        )
    ContactSettings.load()
    return home
