"""Page querysets whose `.public()` costs no query of its own.

Wagtail's `PageQuerySet.public()` reads every `PageViewRestriction` each time it is called, to
exclude the restricted sections. A borough page calls it about a dozen times while its sections
are built (wards, priorities, updates, advice, meetings, forms), each time for the same answer.
Here the restricted sections' paths are read once and cached under the content version
(cms/core/cache.py): saving or deleting a view restriction, and moving a page, bump the version
(cms/core/signals.py), so the cached paths are never stale. The result is the same rows.

Every page model of the site has this manager (`BasePage.objects`); for Wagtail's own `Page`
model, `pages()` is `Page.objects` with this queryset.
"""

from django.db.models import Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from ..cache import cached


def private_paths() -> list[str]:
    """The tree paths of the pages with a view restriction (each restricts its whole section)."""
    return cached("private-paths", lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))


class EngagePageQuerySet(PageQuerySet):
    def private_q(self) -> Q:
        """Wagtail's: the restricted sections, each page inclusive of its descendants (a tree path
        starts with its ancestors' paths), or no page at all when nothing is restricted."""
        q = Q()
        for path in private_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


class EngagePageManager(PageManager.from_queryset(EngagePageQuerySet)):
    pass


def pages() -> EngagePageQuerySet:
    """`Page.objects`, with the cached `.public()`."""
    return EngagePageQuerySet(Page).order_by("path")
