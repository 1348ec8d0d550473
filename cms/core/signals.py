"""Bump the content version (see cache.py) whenever editorial content changes."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.images.models import AbstractRendition
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import bump_content_version


def _on_model_change(sender, instance, **kwargs):
    # A rendition is derived from an image and is created lazily while a page renders: not a
    # content change, and bumping on it would empty the cache on public reads.
    if isinstance(instance, AbstractRendition):
        return
    if isinstance(instance, Page) or sender._meta.app_label in settings.ENGAGE_CONTENT_APPS:
        bump_content_version()


def connect() -> None:
    page_published.connect(bump_content_version, dispatch_uid="engage-content-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="engage-content-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="engage-content-moved")
    post_save.connect(_on_model_change, dispatch_uid="engage-content-saved")
    post_delete.connect(_on_model_change, dispatch_uid="engage-content-deleted")
