"""The abstract page every page model of the site subclasses."""

from typing import ClassVar

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page

from .mixins import ListingFieldsMixin, SocialFieldsMixin
from .queryset import EngagePageManager


class BasePage(ListingFieldsMixin, SocialFieldsMixin, Page):
    """Abstract: no table, no join. Gives every page listing and social fields and a template
    path convention: `templates/pages/<model_name_in_snake_case>.html`.

    Subclasses must state `parent_page_types` and `subpage_types` (a system check enforces it).
    """

    # Set on subclasses that residents can embed, feed or otherwise treat as an article.
    is_article: ClassVar[bool] = False

    # Read-only API (syndication): what every page exposes; subclasses extend it.
    api_fields: ClassVar[list] = [
        APIField("listing_summary"),
        APIField("listing_image", serializer=ImageRenditionField("fill-640x360")),
    ]

    promote_panels: ClassVar[list] = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        FieldPanel("show_in_menus"),
        *ListingFieldsMixin.listing_panels,
        *SocialFieldsMixin.social_panels,
    ]

    # `.public()` without a query of its own (cms/core/models/queryset.py).
    objects = EngagePageManager()

    class Meta:
        abstract = True

    # A subclass may name another template; by default it is derived from the class name.
    page_template: ClassVar[str | None] = None

    def get_template(self, request, *args, **kwargs):
        if self.page_template:
            return self.page_template
        name = "".join(f"_{c.lower()}" if c.isupper() else c for c in type(self).__name__).lstrip("_")
        return f"pages/{name}.html"

    def get_breadcrumbs(self):
        """Ancestors below the tree root, home page first (one query)."""
        return self.get_ancestors().filter(depth__gt=1).specific(defer=True)
