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
in two queries instead of two per path level (once the request's site and its localized root page
are cached, per host and language; on an empty cache at most three more): it reads every page on
the path at once (by `url_path` under
that root), then follows them as Wagtail's `Page.route` would (each a child of the one before, the
last one live). Where one of them overrides `route()` (a routable meetings index, a form's
thank-you step), that page's own `route()` gets the rest of the path, as Wagtail would hand it.
View restrictions cost no query while no page has one (`private_paths`, cached).
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .cache import cached
from .models.queryset import private_paths


def _routes_itself(content_type_id: int) -> bool:
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model is None or model.route is not Page.route


def _site(request: HttpRequest) -> Site | None:
    """`Site.find_for_request(request)`, cached per host and port (a site saved bumps the version)."""
    if not hasattr(request, "_wagtail_site"):
        hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        request._wagtail_site = cached(f"site-for:{hostname}:{port}", lambda: Site.find_for_request(request))
    return request._wagtail_site


def _localized_root(site: Site) -> dict | None:
    """What routing needs of `site.root_page.localized` in the active language, cached."""

    def compute():
        root = site.root_page.localized
        return {"pk": root.pk, "path": root.path, "url_path": root.url_path, "content_type_id": root.content_type_id}

    return cached(f"route-root:{site.pk}:{translation.get_language()}", compute)


def _route_within(page_pk: int, content_type_id: int, request: HttpRequest, components: list[str]):
    """What `page.specific.route(request, components)` answers (None for Http404), memoised as
    Wagtail memoises `route_for_request`."""
    page = ContentType.objects.get_for_id(content_type_id).model_class().objects.get(pk=page_pk)
    try:
        result = page.route(request, components)
    except Http404:
        result = None
    request._wagtail_route_for_request = result
    return result


def find_route(request: HttpRequest, path: str) -> RouteResult | None:
    """`Page.route_for_request(request, path)`, memoised on the request as Wagtail does."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = _site(request)
    if site is None:
        request._wagtail_route_for_request = None
        return None
    root = _localized_root(site)
    components = [component for component in path.split("/") if component]
    if _routes_itself(root["content_type_id"]):
        return _route_within(root["pk"], root["content_type_id"], request, components)
    prefixes, url = [], root["url_path"]
    for component in components:
        url = f"{url}{component}/"
        prefixes.append(url)
    rows = {
        row[0]: row
        for row in Page.objects.filter(path__startswith=root["path"], url_path__in=prefixes).values_list(
            "url_path", "pk", "path", "depth", "live", "content_type_id"
        )
    }
    parent_path, found = root["path"], (root["pk"], None, root["content_type_id"])
    for position, url in enumerate(prefixes):
        row = rows.get(url)
        if row is None:
            request._wagtail_route_for_request = None  # Wagtail: no such child, Http404
            return None
        _url, pk, tree_path, depth, live, content_type_id = row
        if depth != len(parent_path) // Page.steplen + 1 or not tree_path.startswith(parent_path):
            return Page.route_for_request(request, path)  # inconsistent url_path: let Wagtail walk
        if _routes_itself(content_type_id):  # it routes the rest of the path itself
            return _route_within(pk, content_type_id, request, components[position + 1 :])
        parent_path, found = tree_path, (pk, live, content_type_id)
    pk, live, content_type_id = found
    page = ContentType.objects.get_for_id(content_type_id).model_class().objects.get(pk=pk)
    result = RouteResult(page) if page.live else None
    request._wagtail_route_for_request = result
    return result


def view_restrictions(page: Page) -> list:
    """`page.get_view_restrictions()` as a list; no query while no page has a restriction."""
    return list(page.get_view_restrictions()) if private_paths() else []


def _compute(request: HttpRequest, path: str):
    route = find_route(request, path)
    if route is None:
        return None
    page, args, kwargs = route
    restrictions = view_restrictions(page)
    page.get_view_restrictions = lambda: restrictions  # Wagtail's serve hook asks again
    if args or kwargs or not page.live:
        return None
    return {"site": request._wagtail_site, "model": page._meta.label_lower, "pk": page.pk, "restrictions": restrictions}


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
