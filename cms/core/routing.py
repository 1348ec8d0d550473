"""Cached page routing: one query to find the page a URL serves, instead of two per path level.

Wagtail routes `/en/your-area/hackney/you-said-we-did/` by walking the tree: the site (one
query), the localized home page (two), then a child lookup and a specific-page fetch per level,
then the page's ancestors and their view restrictions (two more). A priority page costs ten
queries before it renders anything.

`prime_route(request, path)` caches, under the content version (cms/core/cache.py), which page a
host + language + path routes to (its model and id), the request's `Site`, and the page's view
restrictions. On a hit it fetches the live page in one query and hands Wagtail's serve view a
ready route (`request._wagtail_site`, `request._wagtail_route_for_request`: the attributes
Wagtail itself memoises them in). Everything that changes routing (publish, unpublish, move,
delete, a site, locale or view restriction saved) bumps the content version.

Only plain routes are cached: a page that routes a sub-path itself (`RoutablePageMixin`, args or
kwargs in the route) is routed by Wagtail as before.
"""

from django.apps import apps
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from .cache import cached


def _compute(request: HttpRequest, path: str):
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    page, args, kwargs = route
    if args or kwargs or not page.live:
        return None
    return {
        "site": request._wagtail_site,
        "model": page._meta.label_lower,
        "pk": page.pk,
        "restrictions": list(page.get_view_restrictions()),
    }


def prime_route(request: HttpRequest, path: str) -> None:
    if hasattr(request, "_wagtail_route_for_request") or getattr(request, "is_preview", False):
        return
    key = f"route:{request.get_host()}:{translation.get_language()}:{path}"
    entry = cached(key, lambda: _compute(request, path))
    if entry is None or hasattr(request, "_wagtail_route_for_request"):
        return  # nothing to prime, or computed just now (Wagtail memoised the route itself)
    model = apps.get_model(entry["model"])
    page = model.objects.filter(pk=entry["pk"]).live().first()
    if page is None:  # changed under us: let Wagtail route it
        return
    restrictions = entry["restrictions"]
    page.get_view_restrictions = lambda: restrictions
    request._wagtail_site = entry["site"]
    request._wagtail_route_for_request = RouteResult(page)
