from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.core import i18n, sitemaps
from cms.core.views import favicon, robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A sitemap index split by locale and section (cms/core/sitemaps.py).
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.part, name="sitemap_part"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Calendar feeds (/calendars/<borough>.ics, /calendars/all.ics): outside the language prefix.
    path("", include("meetings.urls")),
    # Embed view, oEmbed, RSS/Atom feeds and the JSON API: outside the language prefix (syndication/urls.py).
    path("", include("syndication.urls")),
]

# /health/, /ready/ and (local disk only) /media/ without documents/: outside the language prefix (ops/urls.py).
urlpatterns += [path("", include("ops.urls"))]

# Every page lives under its language prefix: /en/, /pl/, /ar/ ... Wagtail's own URLs, with its page
# view wrapped so an untranslated page falls back to English instead of a 404 (cms/core/i18n.py).
page_urls = [pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", "") != "wagtail_serve"]
page_urls.append(re_path(wagtail_urls.serve_pattern, i18n.serve, name="wagtail_serve"))
urlpatterns += i18n_patterns(
    # Engage alerts: sign-up, signed links, the public archive (alerts/urls.py).
    path("alerts/", include("alerts.urls")),
    # Postcode lookup (/<lang>/postcode/), site search (/<lang>/search/) and page feedback
    # (/<lang>/feedback/): before the page catch-all.
    path("", include("places.urls")),
    path("", include("search.urls")),
    path("", include("feedback.urls")),
    path("", include(page_urls)),
    prefix_default_language=True,
)
