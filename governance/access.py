"""Who may reach residents' submissions, and who may submit or sync translations.

Submissions: a superuser (a central administrator) sees every form's submissions; anyone else
sees only the form pages under a borough they handle, through a `BoroughGroup` with the
"handlers" role — in every locale, because a form's translations share one list of submissions.
Editing a page grants nothing here: that is the difference from stock Wagtail.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.permissions import user_can_edit_snippet_type

from boroughs.models import BoroughPage

from .models import BoroughGroup, BoroughRole

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def handled_borough_paths(user) -> list[str]:
    """Tree paths of every locale's version of the boroughs this user handles concerns for."""
    if not user.is_active or not user.is_authenticated:
        return []
    keys = BoroughGroup.objects.filter(group__user=user, role=BoroughRole.HANDLERS).values("borough__translation_key")
    return list(BoroughPage.objects.filter(translation_key__in=keys).values_list("path", flat=True))


def form_pages_for_user(user):
    """Form pages whose submissions this user may see (not `.specific`)."""
    forms = Page.objects.filter(content_type__in=get_form_types())
    if not user.is_active or not user.is_authenticated:
        return forms.none()
    if user.is_superuser:
        return forms
    paths = handled_borough_paths(user)
    if not paths:
        return forms.none()
    return forms.filter(reduce(or_, (Q(path__startswith=path) for path in paths)))


def can_view_submissions(user, page_id) -> bool:
    return form_pages_for_user(user).filter(pk=page_id).exists()


def can_view_submissions_with_key(user, translation_key) -> bool:
    """For a stored submission: may the user see the form (any translation) it was sent to?"""
    return form_pages_for_user(user).filter(translation_key=translation_key).exists()


def can_translate(user, instance) -> bool:
    """Submit or sync translations of `instance`: the site-wide permission AND the right to edit
    the source (a page in the user's part of the tree, or a snippet type they may change)."""
    if not user.is_active or not user.has_perm(SUBMIT_TRANSLATION):
        return False
    if user.is_superuser:
        return True
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    if isinstance(instance, TranslatableMixin):
        return user_can_edit_snippet_type(user, type(instance))
    return False
