"""Outside the language prefix, so the addresses community groups paste never change:

    /embed/<page id>/                 an article, to show in an iframe on another site
    /oembed?url=…                     oEmbed 1.0 (JSON)
    /feeds/<lang>/….rss|.atom         RSS and Atom feeds (see feeds.py)
    /api/v2/pages|images|documents/   Wagtail's read-only JSON API (see api.py)

Feeds, oEmbed and the API may be read from any origin (cors.py); only the embed view may be
framed by other sites (cms/core/middleware.py).
"""

from django.urls import include, path
from wagtail.utils.urlpatterns import decorate_urlpatterns

from . import feeds, views
from .api import api_router
from .cors import cors_allow_get
from .decorators import not_found_stays_put


def _feed_patterns(suffix: str, feed_class: type[feeds.ArticleFeed], name: str) -> list:
    return [
        path(f"{suffix}.rss", not_found_stays_put(cors_allow_get(feed_class())), name=f"{name}_rss"),
        path(f"{suffix}.atom", not_found_stays_put(cors_allow_get(feeds.atom(feed_class)())), name=f"{name}_atom"),
    ]


def _api_view(view):
    return not_found_stays_put(cors_allow_get(view))


public_patterns = [
    path("embed/<int:page_id>/", views.embed, name="embed"),
    path("oembed", views.oembed, name="oembed"),
    *_feed_patterns("feeds/<str:lang>/site", feeds.SiteFeed, "site_feed"),
    *_feed_patterns("feeds/<str:lang>/advice", feeds.AdviceFeed, "advice_feed"),
    *_feed_patterns("feeds/<str:lang>/strategy", feeds.StrategyFeed, "strategy_feed"),
    *_feed_patterns("feeds/<str:lang>/boroughs/<slug:slug>", feeds.BoroughFeed, "borough_feed"),
]

urlpatterns = [
    path("", include((public_patterns, "syndication"))),
    # Wagtail's API reverses its own URLs in the "wagtailapi" namespace.
    path("api/v2/", include((decorate_urlpatterns(api_router.get_urlpatterns(), _api_view), "wagtailapi"))),
]
