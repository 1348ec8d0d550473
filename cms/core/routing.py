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

On a miss (the first request for a path after each publish), `find_route` gives Wagtail's answer
in at most four queries instead of two per path level: it reads every page on the path at once (by
`url_path` under the localized site root) and, where none of them overrides `route()`, follows
them as Wagtail's `Page.route` would (each a child of the one before, the last one live). Where one
does (a routable meetings index, a form's thank-you step), Wagtail routes the path itself.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .cache import cached


def _routes_itself(content_type_id: int) -> bool:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model is None or model.route is not Page.route


def find_route(request: HttpRequest, path: str) -> RouteResult | None:
    """`Page.route_for_request(request, path)`, memoised on the request as Wagtail does."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = Site.find_for_request(request)
    root = site.root_page.localized if site is not None else None
    components = [component for component in path.split("/") if component]
    if root is None or _routes_itself(root.content_type_id):
        return Page.route_for_request(request, path)
    prefixes, url = [], root.url_path
    for component in components:
        url = f"{url}{component}/"
        prefixes.append(url)
    rows = {
        row[0]: row
        for row in Page.objects.filter(path__startswith=root.path, url_path__in=prefixes).values_list(
            "url_path", "pk", "path", "depth", "live", "content_type_id"
        )
    }
    parent_path, found = root.path, None
    for url in prefixes:
        row = rows.get(url)
        if row is None:
            request._wagtail_route_for_request = None  # Wagtail: no such child, Http404
            return None
        _url, pk, tree_path, depth, live, content_type_id = row
        if depth != len(parent_path) // Page.steplen + 1 or not tree_path.startswith(parent_path):
            return Page.route_for_request(request, path)  # inconsistent url_path: let Wagtail walk
        if _routes_itself(content_type_id):
            return Page.route_for_request(request, path)
        parent_path, found = tree_path, (pk, live, content_type_id)
    if found is None:  # the root itself
        result = RouteResult(root.specific) if root.live else None
    else:
        pk, live, content_type_id = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        result = RouteResult(model.objects.get(pk=pk)) if live else None
    request._wagtail_route_for_request = result
    return result


def _compute(request: HttpRequest, path: str):
    route = find_route(request, path)
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
