"""Every page in every locale: wagtail-localize's locale synchronisation for the demo.

Each non-English locale is "synced from" English (`LocaleSynchronization`, the "Synchronise content
from another locale" setting on a locale in the admin). wagtail-localize then gives every English
page an *alias* page in that locale (`alias_of` = the English page): the same content, under the
reader's language prefix (/ar/your-area/hackney/), listed by every per-locale query (boroughs,
meetings, advice, navigation). Wagtail republishes the aliases whenever the English page is
published; translating an alias in the admin turns it into a real translation.

Pages created in the admin get their aliases from wagtail-localize's `after_create_page` hook;
pages created by code (the demo loaders) get them here, so this runs after every other loader.
Idempotent: pages that already have an alias or a translation in a locale are left alone.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization

from cms.core.baseurl import base_url
from cms.core.demo import DemoLog


def align_site_with_base_url() -> None:
    """The default Wagtail Site answers on ENGAGE_BASE_URL's host and port, so what Wagtail itself
    builds from it (`page.full_url`, the API's `html_url`) agrees with the configured origin."""
    parts = urlsplit(base_url())
    hostname = parts.hostname or "localhost"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()


def load_locale_sync(log: DemoLog) -> None:
    align_site_with_base_url()
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        before = Page.objects.filter(locale=locale).count()
        sync, created = LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
        if not created:
            if sync.sync_from_id != source.pk:
                sync.sync_from = source
                sync.save()  # its post_save synchronises the trees
            else:
                sync.sync_trees()
        # (created: wagtail-localize's post_save receiver has just synchronised the trees)
        after = Page.objects.filter(locale=locale).count()
        log.step(f"Pages in {code} (aliases of English pages where not translated)", after - before, after)
