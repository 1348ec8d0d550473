"""Demo translations through wagtail-localize, exchanged as PO files.

What is translated in every locale (the multilingual issue's demo set): the home page, "Your area",
Hackney and its "Tell us what worries you" form, the advice index and three advice pages, the
anti-social behaviour page and its 13 categories.

- `export_pot(path)` writes every translatable segment of those objects (as wagtail-localize
  segments them) to a PO template: one msgid per distinct English text.
- `demo/po/<language>.po` holds a translator's msgstr for each msgid.
- `load_translations(home, log)` creates each object's translation in each locale that has a PO file,
  through wagtail-localize's own models (TranslationSource, Translation, StringTranslation), so
  editors can re-sync, edit, or export/import them as PO files in the admin like any other.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from advice.models import AdviceIndexPage, AdvicePage, AsbCategory, AsbPage
from boroughs.models import BoroughIndexPage, BoroughPage
from concerns.models import ConcernFormPage
from home.models import HomePage

from .base import DemoLog

CATALOGUE_DIR = Path(__file__).resolve().parent / "po"
ADVICE_SLUGS = [
    "protect-your-phone-in-the-street",
    "how-to-report-anti-social-behaviour",
    "staying-safe-on-a-night-out",
]


def demo_objects() -> list:
    """The objects to translate, parents before children (a translated page needs its parent)."""
    locale = Locale.get_default()
    home = HomePage.objects.get(locale=locale)
    objects: list = [home]
    your_area = BoroughIndexPage.objects.child_of(home).first()
    hackney = BoroughPage.objects.child_of(your_area).filter(slug="hackney").first() if your_area else None
    if your_area and hackney:
        objects += [your_area, hackney]
        objects += list(ConcernFormPage.objects.child_of(hackney))
    advice_index = AdviceIndexPage.objects.child_of(home).first()
    if advice_index:
        objects.append(advice_index)
        pages = {p.slug: p for p in AdvicePage.objects.child_of(advice_index).filter(slug__in=ADVICE_SLUGS)}
        objects += [pages[slug] for slug in ADVICE_SLUGS if slug in pages]
    objects += list(AsbPage.objects.child_of(home))
    objects += list(AsbCategory.objects.filter(locale=locale).order_by("sort_order"))
    return [obj.specific if isinstance(obj, Page) else obj for obj in objects]


def _source_for(obj) -> TranslationSource:
    source, created = TranslationSource.get_or_create_from_instance(obj)
    if not created:
        source.update_from_db()
    return source


def export_pot(path: Path) -> int:
    """Write the PO template of every demo segment; return the number of msgids."""
    pot = polib.POFile(wrapwidth=0)
    pot.metadata = {"Content-Type": "text/plain; charset=utf-8", "Language": ""}
    seen: dict[str, polib.POEntry] = {}
    for obj in demo_objects():
        source = _source_for(obj)
        label = f"{obj._meta.label}:{getattr(obj, 'slug', obj.pk)}"
        for segment in (
            StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
        ):
            text = segment.string.data
            if text not in seen:
                seen[text] = polib.POEntry(msgid=text, msgstr="", occurrences=[(label, segment.context.path)])
                pot.append(seen[text])
    pot.save(str(path))
    return len(seen)


def _catalogue(language_code: str) -> dict[str, str]:
    path = CATALOGUE_DIR / f"{language_code}.po"
    if not path.exists():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr and not entry.obsolete}


def load_translations(home: Page, log: DemoLog) -> None:
    """Translate the demo set into every locale that has a PO file. Run it last: it translates
    pages the other loaders create."""
    objects = demo_objects()
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        catalogue = _catalogue(code)
        if not catalogue:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        created = 0
        for obj in objects:
            if obj.get_translations().filter(locale=locale).exists():
                continue
            with transaction.atomic():
                source = _source_for(obj)
                Translation.objects.get_or_create(source=source, target_locale=locale)
                for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
                    text = catalogue.get(segment.string.data)
                    if text:
                        StringTranslation.objects.update_or_create(
                            translation_of=segment.string,
                            locale=locale,
                            context=segment.context,
                            defaults={"data": text, "translation_type": "manual"},
                        )
                if isinstance(obj, Page):
                    # Save as a draft, then publish a freshly loaded revision now: wagtail-localize's
                    # own publish runs on commit from a stale page object, which would reset the
                    # translated parent's child count inside load_demo's single transaction.
                    translated, _created = source.create_or_update_translation(locale, publish=False, fallback=True)
                    Page.objects.get(pk=translated.pk).get_latest_revision().publish()
                else:
                    source.create_or_update_translation(locale, publish=True, fallback=True)
            created += 1
        log.step(f"Translations into {code}", created, len(objects))
