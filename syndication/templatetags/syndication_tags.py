"""Discovery links in <head> and the "Embed this" disclosure, for every page from base.html.

    {% syndication_head_links page %}   oEmbed discovery (embeddable pages) and RSS/Atom autodiscovery
    {% embed_this page %}               the iframe code and feed links (embeddable pages only)

What a page offers (is it embeddable, which feeds are its own) is cached with the content
version (cms.core.cache), so a warm page spends no query on it.
"""

from urllib.parse import urlencode

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from boroughs.models import BoroughPage
from cms.core.baseurl import absolute_url
from cms.core.cache import cached
from cms.core.rendered import cached_inclusion_tag
from cms.core.templatetags.core_tags import page_locale

from ..embeddable import embed_url, is_embeddable, page_url
from ..views import iframe_code

register = template.Library()


def _boroughs_by_path() -> dict[str, tuple[str, str]]:
    """{tree path: (slug, title)} of every borough page, in every locale: one query per content version."""
    return cached(
        "syndication:boroughs-by-path",
        lambda: {path: (slug, title) for path, slug, title in BoroughPage.objects.values_list("path", "slug", "title")},
    )


def _offer(page) -> dict:
    """{"embeddable": bool, "borough": (slug, title) | None, "section": "advice" | "strategy" | None}."""

    def compute():
        if isinstance(page, BoroughPage):
            borough = (page.slug, page.title)
        else:  # the shallowest borough above the page (its ancestors' paths are its path's prefixes)
            boroughs, step = _boroughs_by_path(), Page.steplen
            prefixes = (page.path[:end] for end in range(step, len(page.path), step))
            borough = next((boroughs[prefix] for prefix in prefixes if prefix in boroughs), None)
        app_label = type(page)._meta.app_label
        return {
            "embeddable": is_embeddable(page),
            "borough": borough,
            "section": app_label if app_label in ("advice", "strategy") else None,
        }

    return cached(f"syndication:offer:{page.pk}", compute)


def _feeds(request, page, offer: dict) -> list[dict]:
    locale = page_locale(page)
    lang = locale.language_code if locale else "en"
    feeds = []

    def add(name: str, title: str, **kwargs):
        feeds.append(
            {
                "title": title,
                "rss": absolute_url(reverse(f"syndication:{name}_rss", kwargs={"lang": lang, **kwargs})),
                "atom": absolute_url(reverse(f"syndication:{name}_atom", kwargs={"lang": lang, **kwargs})),
            }
        )

    if offer["borough"]:
        slug, title = offer["borough"]
        add("borough_feed", _("%(borough)s police") % {"borough": title}, slug=slug)
    if offer["section"] == "advice":
        add("advice_feed", _("Crime prevention advice"))
    elif offer["section"] == "strategy":
        add("strategy_feed", _("Neighbourhood policing plans"))
    add("site_feed", _("Everything new on Engage"))
    return feeds


def _usable(context, page) -> bool:
    request = context.get("request")
    return (
        request is not None and isinstance(page, Page) and bool(page.pk) and not getattr(request, "is_preview", False)
    )


@cached_inclusion_tag(register, "components/embed_head_links.html", takes_context=True)
def syndication_head_links(context, page=None):
    if not _usable(context, page):
        return {}
    request = context["request"]
    offer = _offer(page)
    oembed = None
    if offer["embeddable"]:
        query = urlencode({"url": page_url(request, page), "format": "json"})
        oembed = {"href": request.build_absolute_uri(f"{reverse('syndication:oembed')}?{query}"), "title": page.title}
    return {"oembed": oembed, "feeds": _feeds(request, page, offer)}


@register.inclusion_tag("components/embed_this.html", takes_context=True)
def embed_this(context, page=None):
    if not _usable(context, page):
        return {}
    offer = _offer(page)
    if not offer["embeddable"]:
        return {}
    request = context["request"]
    return {
        "embed": {"id": page.pk, "url": embed_url(request, page), "code": iframe_code(request, page)},
        "page_address": page_url(request, page),
        "feeds": _feeds(request, page, offer),
    }
