"""One row per page across its translations, for admin listings and reports.

A page and its translations share a `translation_key`. Staff listings (reports, the forms index,
dashboards) show each group once: the first-created page (the source, in practice) with the
languages it exists in."""

from django.db.models import Min
from wagtail.models import Page


def first_of_each_translation(queryset):
    """`queryset` narrowed to one page per translation group: the lowest id among its rows."""
    firsts = queryset.order_by().values("translation_key").annotate(first=Min("pk")).values("first")
    return queryset.filter(pk__in=firsts)


def with_languages(pages, among=None) -> list:
    """Set `engage_languages` (language names, A to Z by code) on each page: the locales of its
    translation group, limited to the pages in `among` (a queryset) when given. One query."""
    pages = list(pages)
    source = among if among is not None else Page.objects.all()
    rows = (
        source.filter(translation_key__in={page.translation_key for page in pages})
        .select_related("locale")
        .order_by("locale__language_code")
        .only("translation_key", "locale__language_code")
    )
    languages: dict = {}
    for row in rows:
        languages.setdefault(row.translation_key, []).append(row.locale.get_display_name())
    for page in pages:
        page.engage_languages = ", ".join(languages.get(page.translation_key, []))
    return pages
