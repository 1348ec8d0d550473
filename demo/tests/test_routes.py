"""The one-query route (cms/core/routing.py `find_route`) finds exactly what Wagtail's own routing
finds, for every page of the demo in English, Arabic and Polish, for drafts, for paths that do not
exist, and for the paths that pages route themselves (a meetings index, a form's thank-you step)."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, Site

from cms.core.routing import find_route


def _routes(path: str, lang: str):
    site = Site.objects.get(is_default_site=True)
    with translation.override(lang):
        fast_request = RequestFactory().get("/", HTTP_HOST=f"{site.hostname}:{site.port}")
        wagtail_request = RequestFactory().get("/", HTTP_HOST=f"{site.hostname}:{site.port}")
        fast = find_route(fast_request, path)
        wagtail = Page.route_for_request(wagtail_request, path)
    assert fast_request._wagtail_route_for_request is fast  # memoised where Wagtail looks for it
    return fast, wagtail


def _same(fast, wagtail) -> bool:
    if fast is None or wagtail is None:
        return fast is wagtail
    return (type(fast[0]), fast[0].pk, fast[1], fast[2]) == (type(wagtail[0]), wagtail[0].pk, wagtail[1], wagtail[2])


@pytest.mark.parametrize("lang", ["en", "ar", "pl"])
def test_every_demo_path_routes_as_wagtail_routes_it(demo_site, lang):
    root = Site.objects.get(is_default_site=True).root_page
    with translation.override(lang):
        home = root.localized
    under_home = Page.objects.filter(path__startswith=home.path).exclude(pk=home.pk)
    hackney = under_home.get(depth=home.depth + 2, slug="hackney")
    # Every page of one borough (every depth, every kind of borough page), the first of each page
    # type elsewhere, and the pages above them.
    first_of_each = {}
    for pk, content_type_id in under_home.order_by("path").values_list("pk", "content_type_id"):
        first_of_each.setdefault(content_type_id, pk)
    pages = under_home.filter(path__startswith=hackney.path) | under_home.filter(pk__in=first_of_each.values())
    pages = pages | under_home.filter(depth__lte=home.depth + 2)
    assert len(first_of_each) >= 15 and pages.count() > 60
    paths = ["", "no-such-page/", "your-area/no-such-borough/", "your-area/hackney/no-such/deeper/"]
    for page in pages.specific(defer=True):
        relative = page.url_path[len(home.url_path) :]
        paths.append(relative)
        if type(page).route is not Page.route:  # it routes what lies below it itself
            paths += [relative + "thank-you/", relative + "2025/", relative + "no-such/"]
    differ, fast_routes = [], []
    for path in paths:
        fast, wagtail = _routes(path, lang)
        fast_routes.append(fast)
        if not _same(fast, wagtail):
            differ.append((path, fast, wagtail))
    assert differ == []
    # The check sees the cases that matter: pages routing themselves, and misses.
    assert any(route is not None and route[2] for route in fast_routes)  # a thank-you step (kwargs)
    assert any(route is None for route in fast_routes)


def test_a_draft_is_not_routed(demo_site):
    page = Page.objects.filter(depth__gte=4, locale__language_code="en", live=True).order_by("path").first()
    Page.objects.filter(pk=page.pk).update(live=False)
    home = Site.objects.get(is_default_site=True).root_page
    fast, wagtail = _routes(page.url_path[len(home.url_path) :], "en")
    assert fast is None and wagtail is None


def test_a_ward_page_is_found_in_a_few_queries_whatever_its_depth(demo_site, django_assert_max_num_queries):
    ward = Page.objects.filter(locale__language_code="ar", depth=6).order_by("path").first()
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override("ar"):
        home = home.localized
        request = RequestFactory().get("/", HTTP_HOST="testserver")
        Site.find_for_request(request)
        with django_assert_max_num_queries(4):  # Wagtail's walk: two per level, ten here
            route = find_route(request, ward.url_path[len(home.url_path) :])
    assert route[0].pk == ward.pk


def test_with_the_site_and_its_localized_root_cached_a_route_takes_two_queries(
    demo_site, django_assert_max_num_queries
):
    wards = list(Page.objects.filter(locale__language_code="pl", depth=6).order_by("path")[:2])
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override("pl"):
        home = home.localized
        first = RequestFactory().get("/", HTTP_HOST="testserver")
        assert find_route(first, wards[0].url_path[len(home.url_path) :])[0].pk == wards[0].pk  # caches both
        second = RequestFactory().get("/", HTTP_HOST="testserver")
        with django_assert_max_num_queries(2):  # the pages on the path, then the last as its own type
            route = find_route(second, wards[1].url_path[len(home.url_path) :])
    assert route[0].pk == wards[1].pk
