"""RSS 2.0 and Atom feeds, per locale, with Django's syndication framework.

    /feeds/<lang>/site.rss|atom                 every article of the site
    /feeds/<lang>/boroughs/<slug>.rss|atom      a borough's updates, meetings and priorities
    /feeds/<lang>/advice.rss|atom               crime-prevention advice
    /feeds/<lang>/strategy.rss|atom             strategy documents

Items are live, public, unexpired article-like pages (see embeddable.py), newest change first.
A priority's date is that of its latest action: a new action is a change residents follow.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page, Site

from advice.models import AdvicePage
from boroughs.models import BoroughPage, PriorityAction, PriorityPage
from cms.core.baseurl import absolute_url

from .embeddable import page_url, public_articles, site_roots

FEED_LENGTH = 50


@dataclass
class FeedSource:
    request: object
    locale: Locale
    title: str
    description: str
    link: str
    pages: list = field(default_factory=list)


def _midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _locale_or_404(lang: str) -> Locale:
    if lang not in dict(settings.LANGUAGES):
        raise Http404("Unknown language.")
    locale = Locale.objects.filter(language_code=lang).first()
    if locale is None:
        raise Http404("Unknown language.")
    return locale


def _home(request, locale: Locale) -> Page | None:
    site = Site.find_for_request(request)
    return next((root for root in site_roots(site) if root.locale_id == locale.id), None)


def feed_items(request, queryset) -> list:
    """The newest FEED_LENGTH pages of `queryset` (specific), each with `feed_url`,
    `feed_published`, `feed_updated` and `feed_description` set; a constant number of queries."""
    pages = list(public_articles(queryset).order_by("-last_published_at", "-pk")[:FEED_LENGTH].specific())
    priority_ids = [p.pk for p in pages if isinstance(p, PriorityPage)]
    latest_actions: dict[int, PriorityAction] = {}
    if priority_ids:
        actions = PriorityAction.objects.filter(page_id__in=priority_ids).order_by("page_id", "-date", "-sort_order")
        for action in actions:
            latest_actions.setdefault(action.page_id, action)
    for page in pages:
        published = page.first_published_at or page.last_published_at or timezone.now()
        description = page.get_summary()
        action = latest_actions.get(page.pk)
        if action is not None:
            published = max(published, _midnight(action.date))
            status = page.get_status_display() if hasattr(page, "get_status_display") else ""
            latest = _("Latest action (%(date)s): %(text)s") % {"date": date_format(action.date), "text": action.text}
            description = " ".join(
                part for part in [description, f"{_('Status')}: {status}." if status else "", latest] if part
            )
        page.feed_published = published
        page.feed_updated = max(published, page.last_published_at or published)
        page.feed_url = page_url(request, page)
        page.feed_description = description
    pages.sort(key=lambda p: p.feed_updated, reverse=True)
    return pages


class ArticleFeed(Feed):
    """RSS 2.0; `AtomFeed` below is the same feed in Atom 1.0."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        lang = kwargs.get("lang", "")
        with translation.override(lang if lang in dict(settings.LANGUAGES) else None):
            return super().__call__(request, *args, **kwargs)

    def source(self, request, locale: Locale, **kwargs) -> FeedSource:
        raise NotImplementedError

    def get_object(self, request, lang: str, **kwargs) -> FeedSource:
        return self.source(request, _locale_or_404(lang), **kwargs)

    def title(self, obj: FeedSource) -> str:
        return obj.title

    def description(self, obj: FeedSource) -> str:
        return obj.description

    def subtitle(self, obj: FeedSource) -> str:
        return obj.description

    # Every absolute URL from the one configured origin (cms.core.baseurl), not the request's host.

    def link(self, obj: FeedSource) -> str:
        return absolute_url(obj.link)

    def feed_url(self, obj: FeedSource) -> str:
        return absolute_url(obj.request.get_full_path())

    def feed_copyright(self) -> str:
        return settings.ENGAGE_FORCE_NAME

    def author_name(self) -> str:
        return settings.ENGAGE_FORCE_NAME

    def items(self, obj: FeedSource):
        return obj.pages

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.feed_description

    def item_link(self, item) -> str:
        return absolute_url(item.feed_url)

    def item_guid(self, item) -> str:
        return absolute_url(item.feed_url)

    def item_pubdate(self, item):
        return item.feed_published

    def item_updateddate(self, item):
        return item.feed_updated


class SiteFeed(ArticleFeed):
    def source(self, request, locale, **kwargs):
        home = _home(request, locale)
        if home is None:
            raise Http404("No site in this language.")
        pages = feed_items(request, Page.objects.filter(locale=locale).descendant_of(home))
        return FeedSource(
            request,
            locale,
            _("%(site)s: everything new") % {"site": settings.WAGTAIL_SITE_NAME},
            _("News, meetings, local priorities, advice and plans from your neighbourhood police."),
            page_url(request, home),
            pages,
        )


class BoroughFeed(ArticleFeed):
    def source(self, request, locale, slug: str = "", **kwargs):
        home = _home(request, locale)
        borough = None
        if home is not None:
            borough = BoroughPage.objects.live().public().filter(locale=locale, slug=slug).descendant_of(home).first()
        if borough is None:
            raise Http404("No borough with this name.")
        pages = feed_items(request, Page.objects.descendant_of(borough))
        return FeedSource(
            request,
            locale,
            _("%(borough)s police: updates, meetings and priorities") % {"borough": borough.title},
            _("What the %(borough)s neighbourhood teams are doing, and when you can meet them.")
            % {"borough": borough.title},
            page_url(request, borough),
            pages,
        )


class SectionFeed(ArticleFeed):
    """All pages of one model (advice, strategy), linked to that model's index page."""

    model_label = ""
    feed_title = ""
    feed_description = ""

    def source(self, request, locale, **kwargs):
        try:
            model = apps.get_model(self.model_label)
        except LookupError as error:
            raise Http404("This feed does not exist.") from error
        home = _home(request, locale)
        if home is None:
            raise Http404("No site in this language.")
        index_models = [apps.get_model(label) for label in model.parent_page_types if label != "wagtailcore.Page"]
        index = (
            Page.objects.live().public().filter(locale=locale).type(*index_models).descendant_of(home).first()
            if index_models
            else None
        )
        pages = feed_items(request, model.objects.filter(locale=locale).descendant_of(home))
        return FeedSource(
            request, locale, str(self.feed_title), str(self.feed_description), page_url(request, index or home), pages
        )


class AdviceFeed(SectionFeed):
    model_label = AdvicePage._meta.label
    feed_title = gettext_lazy("Crime prevention advice")
    feed_description = gettext_lazy("New and updated advice from the police on keeping yourself and your home safe.")


class StrategyFeed(SectionFeed):
    model_label = "strategy.StrategyPage"
    feed_title = gettext_lazy("Neighbourhood policing plans")
    feed_description = gettext_lazy("Strategy documents: what the police plan to do and what they committed to.")


def atom(feed_class: type[ArticleFeed]) -> type[ArticleFeed]:
    return type(f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": Atom1Feed})
