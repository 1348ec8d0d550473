"""Wagtail's read-only API v2 at /api/v2/: pages, images and documents.

Pages are live and public only (Wagtail's own rule), and here also unexpired. Filters, besides
Wagtail's (`type`, `locale`, `child_of`, `descendant_of`, `search`, fields…):
`?borough=<slug>` keeps the pages under that borough (in every locale, or the one `locale` names).
"""

from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from boroughs.models import BoroughPage

from .embeddable import unexpired


class BoroughFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("borough")
        if slug is None:
            return queryset
        boroughs = BoroughPage.objects.live().public().filter(slug=slug.strip())
        if locale := request.GET.get("locale"):
            boroughs = boroughs.filter(locale__language_code=locale)
        paths = list(boroughs.values_list("path", "depth"))
        if not paths:
            raise BadRequestError("borough doesn't exist")
        within = Q()
        for path, depth in paths:
            within |= Q(path__startswith=path, depth__gt=depth)
        return queryset.filter(within)


class IndexedSearchFilter(SearchFilter):
    """Wagtail's `?search=`, on the filtered pages handed over as `id IN (…)`: the search index can
    filter only on indexed fields, and ours also filters on `expire_at` and the borough's paths
    (without this, `?search=` without `type=` answered 400 "cannot filter by 'expire_at'")."""

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            ordering = queryset.query.order_by
            queryset = queryset.model.objects.filter(pk__in=queryset.values("pk")).order_by(*ordering)
        return super().filter_queryset(request, queryset, view)


class EngagePagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [
        *[backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter],
        BoroughFilter,
        IndexedSearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["borough"])

    def get_base_queryset(self):
        return unexpired(super().get_base_queryset())

    def get_queryset(self):
        # Each listed page shows its locale: one join instead of a query per page.
        return super().get_queryset().select_related("locale")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", EngagePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
