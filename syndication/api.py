"""Wagtail's read-only API v2 at /api/v2/: pages, images and documents.

Pages are live and public only (Wagtail's own rule), and here also unexpired. Filters, besides
Wagtail's (`type`, `locale`, `child_of`, `descendant_of`, `search`, fields…):
`?borough=<slug>` keeps the pages under that borough (in every locale, or the one `locale` names).

Malformed input is a 400 with a message, never a 500 (`SafeQueryMixin`): a NUL byte anywhere in
the query (PostgreSQL refuses it in a string), an offset or limit beyond what a database integer
holds, a `search_operator` other than `and`/`or`, a non-numeric `id` for `find`. A `search` keeps its words only (no punctuation, at most 200 characters).
"""

import re

from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from boroughs.models import BoroughPage

from .embeddable import unexpired

# Far beyond any real listing, far below PostgreSQL's bigint (OFFSET 2**63 is a database error).
MAX_OFFSET = 10**9
SEARCH_OPERATORS = ("and", "or")
MAX_SEARCH_LENGTH = 200
_WORDS = re.compile(r"\w+")


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        for name in ("offset", "limit"):
            raw = request.GET.get(name, "").strip()
            if raw.isdigit() and (len(raw) > 10 or int(raw) > MAX_OFFSET):
                raise BadRequestError(f"{name} cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class SafeQueryMixin:
    """Refuse, with a 400 and a message, the query values the database or search backend would
    turn into a 500."""

    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                raise BadRequestError("query parameters cannot contain NUL characters")
        if "search" in request.GET:
            # Words only: the search backends' query parsers fail (500) on some punctuation
            # (SQLite's FTS5 on `">`), and punctuation never helps find a page.
            query = request.GET.copy()
            query["search"] = " ".join(_WORDS.findall(request.GET["search"]))[:MAX_SEARCH_LENGTH]
            request._request.GET = query
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        find_id = request.GET.get("id")
        if find_id is not None and not (find_id.isascii() and find_id.isdigit() and len(find_id) < 19):
            raise BadRequestError("id must be a positive integer")


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


class EngagePagesAPIViewSet(SafeQueryMixin, PagesAPIViewSet):
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


class EngageImagesAPIViewSet(SafeQueryMixin, ImagesAPIViewSet):
    pass


class EngageDocumentsAPIViewSet(SafeQueryMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", EngagePagesAPIViewSet)
api_router.register_endpoint("images", EngageImagesAPIViewSet)
api_router.register_endpoint("documents", EngageDocumentsAPIViewSet)
