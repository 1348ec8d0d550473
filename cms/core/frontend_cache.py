"""Purge CDNs and reverse proxies when content changes (Wagtail's `frontend_cache`).

The backends are configured from the environment (cms/settings/frontend_cache.py):

- `ENGAGE_PURGE_HTTP_URL`: Varnish or nginx (HTTP `PURGE` to that address, `Host` kept);
- `CLOUDFLARE_BEARER_TOKEN` + `CLOUDFLARE_ZONE_ID`: Cloudflare's purge API;
- `CLOUDFRONT_DISTRIBUTION_ID`: CloudFront invalidations (needs boto3 installed where it runs).

Wagtail purges a published or unpublished page itself, in every language
(WAGTAILFRONTENDCACHE_LANGUAGES defaults to our content languages). On top of that, when a page
is published, unpublished or moved, we purge where it is listed: its ancestors (the index that
lists it, the borough page whose sections show it, the home page), the sitemap and its parts,
and the feeds and calendars it can appear in, in every language. Purging an address nothing has
cached is a no-op, so a feed named by each ancestor's slug is purged without knowing which
ancestor is the borough (the core imports no domain app).

The purge runs as a background task (Wagtail enqueues it), never delaying the editor's publish.
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished, post_page_move

from .baseurl import absolute_url

_SITE_FEEDS = ("site_feed", "advice_feed", "strategy_feed")
_FORMATS = ("rss", "atom")
# Extra addresses (outside the language prefix) that list pages; the page's sitemap part (first
# page of it) is added per language in `listing_urls`.
EXTRA_PATHS: list[str] = ["/sitemap.xml"]


def _reverse(name: str, **kwargs) -> str | None:
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


def listing_urls(page) -> list[str]:
    """Absolute addresses outside the page itself that list or summarise `page`."""
    paths = list(EXTRA_PATHS)
    ancestors = list(page.get_ancestors().filter(depth__gte=2).specific(defer=True))
    slugs = {ancestor.slug for ancestor in ancestors if ancestor.depth >= 3}
    top = next((ancestor.slug for ancestor in ancestors if ancestor.depth == 3), page.slug)
    for code, _name in settings.LANGUAGES:
        paths.append(_reverse("sitemap_part", section=f"{code}-{top}"))  # its sitemap part
        for fmt in _FORMATS:
            paths += [_reverse(f"syndication:{feed}_{fmt}", lang=code) for feed in _SITE_FEEDS]
            paths += [_reverse(f"syndication:borough_feed_{fmt}", lang=code, slug=slug) for slug in slugs]
    paths.append(_reverse("meetings:calendar_all"))
    paths += [_reverse("meetings:calendar_borough", slug=slug) for slug in slugs]
    urls = [absolute_url(path) for path in paths if path]
    for ancestor in ancestors:  # index, borough and home pages (Wagtail adds every language)
        url = ancestor.get_full_url()
        if url:
            urls.append(url)
    return list(dict.fromkeys(urls))


def purge_listings(sender=None, instance=None, alias=False, **kwargs) -> None:
    if alias or instance is None or not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_urls(listing_urls(instance))
    if kwargs.get("url_path_before") is not None:  # a move: the page itself, at its new address
        batch.add_page(instance)
    batch.purge()


def connect() -> None:
    page_published.connect(purge_listings, dispatch_uid="engage-purge-published")
    page_unpublished.connect(purge_listings, dispatch_uid="engage-purge-unpublished")
    post_page_move.connect(purge_listings, dispatch_uid="engage-purge-moved")
