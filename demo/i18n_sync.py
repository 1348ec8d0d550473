"""Every page in every locale: wagtail-localize's locale synchronisation for the demo.

Each non-English locale is "synced from" English (`LocaleSynchronization`, the "Synchronise content
from another locale" setting on a locale in the admin). wagtail-localize then gives every English
page an *alias* page in that locale (`alias_of` = the English page): the same content, under the
reader's language prefix (/ar/your-area/hackney/), listed by every per-locale query (boroughs,
meetings, advice, navigation). Wagtail republishes the aliases whenever the English page is
published; translating an alias in the admin turns it into a real translation.

Pages created in the admin get their aliases from wagtail-localize's `after_create_page` hook;
pages created by code (the demo loaders) get them here, so this runs after the other content loaders
(demo.loaders.LOADERS).
Idempotent: pages that already have an alias or a translation in a locale are left alone.
"""

import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import PageIndex, synchronize_tree

from advice.models import CrimeType
from cms.core.baseurl import base_url
from strategy.models import StrategyIndexPage

from .base import DemoLog


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


DATA = Path(__file__).resolve().parent / "data" / "i18n.json"


def _translate(obj, locale: Locale, catalogue: dict[str, dict[str, str]]) -> bool:
    """Translate `obj` into `locale` through wagtail-localize (as a translator would in the admin),
    with the segments this catalogue knows; the others keep the English text. False if it was
    already translated (not an alias)."""
    existing = obj.get_translations().filter(locale=locale).first()
    if existing is not None and not getattr(existing, "alias_of_id", None):
        return False
    with transaction.atomic():
        source, created = TranslationSource.get_or_create_from_instance(obj)
        if not created:
            source.update_from_db()
        Translation.objects.get_or_create(source=source, target_locale=locale)
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            text = catalogue.get(segment.string.data, {}).get(locale.language_code)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text, "translation_type": "manual"},
                )
        if isinstance(obj, Page):
            translated, _created = source.create_or_update_translation(locale, publish=False, fallback=True)
            Page.objects.get(pk=translated.pk).get_latest_revision().publish()
        else:
            source.create_or_update_translation(locale, publish=True, fallback=True)
    return True


def load_taxonomy_translations(log: DemoLog) -> None:
    """Every crime type, and the Strategy section's title (shown in every navigation), in every
    language (demo/data/i18n.json). The 13 ASB categories are translated by the demo translations."""
    catalogue = {key: value for key, value in json.loads(DATA.read_text()).items() if not key.startswith("_")}
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    objects = [*CrimeType.objects.filter(locale=english).order_by("pk")]
    objects += [page.specific for page in StrategyIndexPage.objects.filter(locale=english)]
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        created = sum(_translate(obj, locale, catalogue) for obj in objects)
        log.step(f"Crime types and Strategy in {code}", created, len(objects))


def load_locale_sync(home, log: DemoLog) -> None:
    """Align the Site with ENGAGE_BASE_URL, sync every locale from English, then translate the
    taxonomy the demo translations leave in English.

    What saving the "Synchronise content" setting does (wagtail-localize's `sync_trees`: its
    `synchronize_tree`, run at once), with one index of the pages shared by all ten locales instead
    of one built per locale (each takes three queries per page; syncing a locale adds only its own
    aliases, which no other locale's sync looks at)."""
    align_site_with_base_url()
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    page_index = PageIndex.from_database().sort_by_tree_position()
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        before = Page.objects.filter(locale=locale).count()
        sync = LocaleSynchronization.objects.filter(locale=locale).first()
        if sync is None:
            # bulk_create: no post_save, whose receiver would build its own index of the pages.
            LocaleSynchronization.objects.bulk_create([LocaleSynchronization(locale=locale, sync_from=source)])
        elif sync.sync_from_id != source.pk:
            LocaleSynchronization.objects.filter(pk=sync.pk).update(sync_from=source)
        synchronize_tree(source, locale, page_index=page_index)
        after = Page.objects.filter(locale=locale).count()
        log.step(f"Pages in {code} (aliases of English pages where not translated)", after - before, after)
    load_taxonomy_translations(log)
