"""Who sees which answers: superusers and Central communications see every page's; a borough's
editors (and its concern handlers) see the pages under their borough, in every locale
(governance's per-borough groups); nobody else sees any."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page

from boroughs.models import BoroughPage
from governance.models import BoroughGroup, SiteGroup, SiteRole


def sees_everything(user) -> bool:
    if not user.is_active or not user.is_authenticated:
        return False
    return user.is_superuser or SiteGroup.objects.filter(group__user=user, role=SiteRole.CENTRAL).exists()


def borough_paths(user) -> list[str]:
    """Tree paths of every locale's version of the boroughs this user works for."""
    if not user.is_active or not user.is_authenticated:
        return []
    keys = BoroughGroup.objects.filter(group__user=user).values("borough__translation_key")
    return list(BoroughPage.objects.filter(translation_key__in=keys).values_list("path", flat=True))


def visible_pages(user):
    """Pages whose feedback this user may read (a queryset of Page)."""
    if sees_everything(user):
        return Page.objects.all()
    paths = borough_paths(user)
    if not paths:
        return Page.objects.none()
    return Page.objects.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))


def can_see_report(user) -> bool:
    return sees_everything(user) or bool(borough_paths(user))
