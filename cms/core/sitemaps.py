"""A sitemap index split by locale and section, each part bounded and cached.

    /sitemap.xml                        index: one entry per part
    /sitemap-<lang>-<section>.xml?p=N   a part: the live, public pages of one top-level section
                                        (a child of the home page, or the home page itself) in one
                                        locale, at most PART_SIZE per page number

Every locale is its own set of parts (with every page in every locale, as aliases, the site has
eleven times the pages: no part grows with the number of locales). Each `<url>` lists
`xhtml:link` alternates for every locale the page exists in (its live public translations and
aliases, matched by `translation_key`), and all addresses are absolute from `absolute_url`.

Parts and the index are cached under the content version (cms/core/cache.py): a publish anywhere
makes them current at once, and the page cache and CDN purge (frontend_cache.py) do the rest.
"""

import math

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import Substr
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Page, Site

from .baseurl import absolute_url
from .cache import cached
from .models.queryset import pages

PART_SIZE = 1000
_STEP = 4  # characters per tree level in Page.path
HOME_SECTION = "home"


def _site(request) -> Site:
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


def _homes(site: Site) -> dict[str, Page]:
    """language code → the home page of that locale (the site root and its translations)."""
    homes = Page.objects.filter(translation_key=site.root_page.translation_key).select_related("locale")
    return {home.locale.language_code: home for home in homes}


def _sections(request) -> list[dict]:
    """[{name, lang, prefix, depth, count}] for every (locale, top-level section) with live pages."""

    def compute():
        site = _site(request)
        sections = []
        for lang, home in _homes(site).items():
            if home.live:
                sections.append({"name": f"{lang}-{HOME_SECTION}", "path": home.path, "exact": True, "count": 1})
            depth = home.depth + 1
            counts = (
                pages()
                .live()
                .public()
                .filter(path__startswith=home.path, depth__gte=depth)
                .annotate(top=Substr("path", 1, depth * _STEP))
                .values("top")
                .annotate(n=Count("id"))
                .order_by("top")
            )
            tops = {row["top"]: row["n"] for row in counts}
            slugs = dict(Page.objects.filter(path__in=list(tops)).values_list("path", "slug"))
            for top, n in tops.items():
                if top in slugs:
                    sections.append({"name": f"{lang}-{slugs[top]}", "path": top, "exact": False, "count": n})
        return sections

    return cached(f"sitemap:sections:{request.get_host()}", compute)


def index(request) -> HttpResponse:
    def compute():
        parts = []
        for section in _sections(request):
            location = absolute_url(reverse("sitemap_part", kwargs={"section": section["name"]}))
            pages = max(1, math.ceil(section["count"] / PART_SIZE))
            parts += [{"location": location if p == 1 else f"{location}?p={p}"} for p in range(1, pages + 1)]
        return render_to_string("sitemap_index.xml", {"sitemaps": parts})

    body = cached(f"sitemap:index:{request.get_host()}", compute)
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def _page_number(request) -> int:
    try:
        number = int(request.GET.get("p", "1"))
    except ValueError:
        raise Http404("No such sitemap page") from None
    if number < 1:
        raise Http404("No such sitemap page")
    return number


def _alternates(part: list[Page]) -> dict:
    """translation_key → [{lang_code, location}] of the live public pages sharing it."""
    keys = {page.translation_key for page in part}
    translations = (
        pages()
        .live()
        .public()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .only("id", "path", "depth", "url_path", "translation_key", "locale__language_code")
    )
    by_key: dict = {}
    order = [code for code, _name in settings.LANGUAGES]
    for page in translations:
        url = page.get_url()
        if url:
            by_key.setdefault(page.translation_key, []).append(
                {"lang_code": page.locale.language_code, "location": absolute_url(url)}
            )
    for items in by_key.values():
        items.sort(key=lambda item: order.index(item["lang_code"]) if item["lang_code"] in order else len(order))
    return by_key


def part(request, section: str) -> HttpResponse:
    number = _page_number(request)
    found = next((s for s in _sections(request) if s["name"] == section), None)
    if found is None or (number - 1) * PART_SIZE >= found["count"]:
        raise Http404("No such sitemap part")

    def compute():
        lookup = {"path": found["path"]} if found["exact"] else {"path__startswith": found["path"]}
        start = (number - 1) * PART_SIZE
        part = list(
            pages()
            .live()
            .public()
            .filter(**lookup)
            .order_by("path")
            .only("id", "path", "depth", "url_path", "translation_key", "last_published_at", "locale_id")[
                start : start + PART_SIZE
            ]
        )
        alternates = _alternates(part)
        urlset = []
        for page in part:
            url = page.get_url()
            if not url:
                continue
            own = alternates.get(page.translation_key, [])
            urlset.append(
                {
                    "location": absolute_url(url),
                    "lastmod": page.last_published_at,
                    "alternates": own if len(own) > 1 else [],
                }
            )
        return render_to_string("sitemap.xml", {"urlset": urlset})

    body = cached(f"sitemap:part:{request.get_host()}:{section}:{number}", compute)
    return HttpResponse(body, content_type="application/xml; charset=utf-8")
