"""A resident's crawl of the site from `/<lang>/`, by clicks alone (links in the HTML).

`crawl(client, lang)` follows every link under the reader's own language prefix, breadth first, up
to `max_clicks` clicks from the home page, and records which page types and boroughs it reached and
every link that leaves the reader's language (outside the language switcher, whose job that is).
"""

import re
from collections import deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
_PREFIX = re.compile(r"^/(" + "|".join(re.escape(code) for code in LANGUAGE_CODES) + r")(/|$)")


class _Links(HTMLParser):
    """Every <a href> outside <nav class="language-switcher">."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self._stack: list[bool] = []  # one entry per open <nav>: is it the switcher?

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav":
            self._stack.append("language-switcher" in (attrs.get("class") or ""))
        elif tag == "a" and attrs.get("href") and not any(self._stack):
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "nav" and self._stack:
            self._stack.pop()


@dataclass
class CrawlResult:
    pages: dict[str, int] = field(default_factory=dict)  # path → clicks from the home page
    page_types: dict[str, str] = field(default_factory=dict)  # model name → first path reached
    boroughs: set[str] = field(default_factory=set)  # slugs of the borough pages reached
    foreign_links: list[tuple[str, str]] = field(default_factory=list)  # (page, link to another language)
    errors: list[tuple[str, int]] = field(default_factory=list)  # (path, status) of broken links


def crawl(client, lang: str, *, max_clicks: int = 4) -> CrawlResult:
    result = CrawlResult()
    start = f"/{lang}/"
    queue = deque([(start, 0)])
    result.pages[start] = 0
    while queue:
        path, clicks = queue.popleft()
        response = client.get(path)
        if response.status_code != 200:
            result.errors.append((path, response.status_code))
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        page = (response.context or {}).get("page") if response.context is not None else None
        if page is not None:
            name = type(page).__name__
            result.page_types.setdefault(name, path)
            if name == "BoroughPage":
                result.boroughs.add(page.slug)
        parser = _Links()
        parser.feed(response.content.decode())
        for href in parser.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue
            match = _PREFIX.match(parts.path)
            if match is None:
                continue  # calendars, feeds, documents: outside every language prefix
            if match.group(1) != lang:
                result.foreign_links.append((path, href))
                continue
            if clicks + 1 <= max_clicks and parts.path not in result.pages:
                result.pages[parts.path] = clicks + 1
                queue.append((parts.path, clicks + 1))
    return result
