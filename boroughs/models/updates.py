"""Borough updates: news for residents, like a Met Engage email made public, newest first."""

from datetime import date

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from cms.core.fields import StreamField
from cms.core.models import BasePage

from ..blocks import UpdateStreamBlock

UPDATES_PER_PAGE = 10


def latest_updates(queryset):
    """Live updates, newest first, with only what a listing shows (one query)."""
    return (
        queryset.live()
        .public()
        .only("id", "title", "slug", "url_path", "path", "depth", "locale_id", "alias_of", "date", "summary")
        .order_by("-date", "-first_published_at", "-pk")
    )


class UpdateIndexPage(BasePage):
    """A borough's "News and updates": every update, newest first, ten to a page."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    parent_page_types = ["boroughs.BoroughPage"]
    subpage_types = ["boroughs.UpdatePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news and updates page")

    def get_updates(self):
        return latest_updates(UpdatePage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.get_updates(), UPDATES_PER_PAGE)
        # get_page() turns a missing, malformed or out-of-range number into a real page: never a 500.
        context["updates"] = paginator.get_page(request.GET.get("page"))
        return context


class UpdatePage(BasePage):
    """One update to residents: what the team heard, what it is doing, and sourced figures."""

    is_article = True

    date = models.DateField(_("date"), default=date.today)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences: what this update is about."))
    body = StreamField(UpdateStreamBlock(), verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("date"), FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("summary"), index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("date"), APIField("summary"), APIField("body")]
    parent_page_types = ["boroughs.UpdateIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("update")
        verbose_name_plural = _("updates")

    def get_summary(self) -> str:
        return self.listing_summary or self.summary
