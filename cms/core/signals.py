"""Bump the content version (see cache.py) when, and only when, what readers see changes.

The version moves on:
- a page published, unpublished, moved or deleted (`page_published`, `page_unpublished`,
  `post_page_move`, `post_delete`), and a page saved while live outside the draft machinery
  (a page created live in code, or an alias created live by locale synchronisation);
- a snippet or setting of a content app (`settings.ENGAGE_CONTENT_APPS`) saved or deleted; for a
  snippet with draft state (`DraftStateMixin`), only when it is published, unpublished, or saved
  while live (never a draft);
- an image or document saved or deleted; a locale, site or page view restriction saved or deleted.

It never moves on what only editors or residents see: revisions, drafts (a page or snippet saved
with only its draft bookkeeping fields), log entries, workflow and task states, locks, comments,
form submissions, residents' concerns, image renditions (created lazily while pages render).
An alias published with its original (`page_published` with `alias=True`) bumps nothing more:
the original's publish already did.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.images.models import AbstractRendition
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .cache import bump_content_version

# Fields Wagtail writes when it records a draft, a revision, a lock or a workflow step: saving only
# these changes nothing a reader sees.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "approved_go_live_at",
        "locked",
        "locked_by",
        "locked_at",
        "wagtail_admin_comments",
        "numchild",
        "translation_key",
    }
)
# Models outside the content apps whose rows change what readers see.
_CONTENT_MODELS = (Locale, Site, PageViewRestriction)
_MEDIA_APPS = {"wagtailimages", "wagtaildocs"}


def bump(**kwargs) -> None:
    """Bump now, and again when the surrounding transaction commits.

    The second bump closes a race: another process that reads between our first bump and the
    commit would cache the old rows under the new version.
    """
    bump_content_version()
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        transaction.on_commit(bump_content_version)


def _parent_of(instance):
    """The page or snippet a ParentalKey child (an inline row) belongs to, or None."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, ParentalKey):
            return getattr(instance, field.name, None)
    return None


def is_content(sender) -> bool:
    label = sender._meta.app_label
    if issubclass(sender, AbstractRendition):
        return False
    return (
        issubclass(sender, Page)
        or issubclass(sender, _CONTENT_MODELS)
        or label in settings.ENGAGE_CONTENT_APPS
        or label in _MEDIA_APPS
    )


def _visible(instance) -> bool:
    """Is this row (or the page or snippet it belongs to) public?"""
    if isinstance(instance, DraftStateMixin):
        return instance.live
    parent = _parent_of(instance)
    if isinstance(parent, DraftStateMixin):
        return parent.live
    return True


def on_save(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not is_content(sender):
        return
    if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
        return
    if _visible(instance):
        bump()


def on_delete(sender, instance, **kwargs):
    if is_content(sender) and _visible(instance):
        bump()


def on_publish(sender, instance=None, alias=False, **kwargs):
    if not alias:
        bump()


def connect() -> None:
    page_published.connect(on_publish, dispatch_uid="engage-content-published")
    page_unpublished.connect(bump, dispatch_uid="engage-content-unpublished")
    published.connect(on_publish, dispatch_uid="engage-snippet-published")
    unpublished.connect(bump, dispatch_uid="engage-snippet-unpublished")
    post_page_move.connect(bump, dispatch_uid="engage-content-moved")
    post_save.connect(on_save, dispatch_uid="engage-content-saved")
    post_delete.connect(on_delete, dispatch_uid="engage-content-deleted")
