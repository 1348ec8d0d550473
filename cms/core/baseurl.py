"""One canonical origin for every absolute URL the site hands out.

Canonical links, og:url, the sitemap, feeds, calendars, JSON-LD, API `html_url` and e-mails all
build absolute URLs with `absolute_url(path)`, from the single setting `ENGAGE_BASE_URL`
(environment variable of the same name; `make run` sets it to the address it serves on).
"""

from urllib.parse import urljoin

from django.conf import settings


def base_url() -> str:
    """The configured origin, without a trailing slash (for example "https://engage.example.org")."""
    return settings.ENGAGE_BASE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """`path` ("/en/your-area/") made absolute on the configured origin; absolute URLs pass through."""
    if path.startswith(("http://", "https://")):
        return path
    return urljoin(base_url() + "/", path.lstrip("/"))
