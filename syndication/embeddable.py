"""Which pages may leave the site, and where they live.

A page is *syndicated* (embedded, described by oEmbed, listed in a feed) only if it is
article-like (`BasePage.is_article`), live, not expired, public (no view restriction on it or
an ancestor) and in the tree of the site the request came to. Everything else is a 404, so a
draft, a private page or a page that was unpublished never leaves the site by this route.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_from_path
from wagtail.models import Locale, Page, Site, get_page_models

from cms.core.baseurl import absolute_url, base_url


def article_models() -> list[type[Page]]:
    return [m for m in get_page_models() if getattr(m, "is_article", False) and not m._meta.abstract]


def article_content_types() -> list[ContentType]:
    return list(ContentType.objects.get_for_models(*article_models()).values())


def unexpired(queryset):
    """Live pages whose expiry time has passed are hidden even before Wagtail's
    `publish_scheduled` job unpublishes them."""
    return queryset.filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))


def public_articles(queryset=None):
    """Live, public, unexpired article-like pages (a Page queryset; call .specific() to use)."""
    queryset = Page.objects.all() if queryset is None else queryset
    return unexpired(queryset.live().public().filter(content_type__in=article_content_types()))


def site_roots(site: Site | None) -> list[Page]:
    """The site's root page and its translations: one root per locale."""
    if site is None:
        return []
    root = site.root_page
    return [root, *Page.objects.translation_of(root).only("id", "path", "url_path", "locale_id", "depth")]


def in_site(page: Page, site: Site | None) -> bool:
    return any(page.path.startswith(root.path) for root in site_roots(site))


def get_embeddable_page(request, page_id: int):
    """The specific page with this id if it may be embedded from this site, else Http404."""
    # A number beyond a database integer is no page (SQLite raises OverflowError on it).
    page = public_articles().filter(pk=page_id).first() if page_id < 2**63 else None
    if page is None or not in_site(page, Site.find_for_request(request)):
        raise Http404("No embeddable page with this id.")
    return page.specific


def is_embeddable(page) -> bool:
    if not getattr(type(page), "is_article", False) or not page.pk or not page.live:
        return False
    return public_articles().filter(pk=page.pk).exists()


def embed_url(request, page) -> str:
    return absolute_url(reverse("syndication:embed", args=[page.pk]))


def page_url(request, page) -> str:
    """The page's absolute URL on the site's one origin (ENGAGE_BASE_URL)."""
    return absolute_url(page.get_url(request))


def _site_for_host(request, parts) -> Site | None:
    if parts.netloc.lower() in (request.get_host().lower(), urlsplit(base_url()).netloc.lower()):
        return Site.find_for_request(request)
    return Site.objects.filter(hostname=(parts.hostname or "").lower()).select_related("root_page").first()


def page_for_url(request, url: str):
    """The page a public URL of this site points at (its specific instance), or None.

    Only URLs of a site of this installation, with a language prefix (/en/advice/…), name a
    page. A URL on another host, or a path that is not a page, is None.
    """
    if "\x00" in url:  # PostgreSQL refuses NUL in a string: no page has one in its address
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    site = _site_for_host(request, parts)
    if site is None:
        return None
    path = parts.path or "/"
    language = get_language_from_path(path)
    if not language or language not in dict(settings.LANGUAGES):
        return None
    locale = Locale.objects.filter(language_code=language).first()
    root = next((r for r in site_roots(site) if r.locale_id == getattr(locale, "id", None)), None)
    if root is None:
        return None
    rest = path[len(language) + 2 :]
    components = [c for c in rest.split("/") if c]
    url_path = root.url_path + "".join(f"{c}/" for c in components)
    page = Page.objects.filter(url_path=url_path, locale_id=locale.id, path__startswith=root.path).first()
    return page.specific if page is not None else None
