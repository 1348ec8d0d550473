"""Make rendered page content safe to show inside another site's page.

The embed view promises the embedding site (and its visitors) no cookies, no forms and no
requests to third parties. Blocks are rendered with their normal templates, then:
1. BeautifulSoup rewrites what must change rather than vanish: every iframe (video players)
   becomes a plain link to what it would have shown; images served from another host are
   dropped (ours are same-origin renditions); every link opens in the top window;
2. nh3 (an allow-list sanitiser, html5ever's parser) keeps only the tags, attributes and URL
   schemes listed below and drops everything else with its content where it is code (scripts,
   styles, forms, objects, frames, event handlers, javascript: URLs). This is the safety
   boundary: a tag nobody listed never reaches an embedding site.
"""

from urllib.parse import urlsplit

import nh3
from bs4 import BeautifulSoup
from django.utils.translation import gettext as _

# What an embedded article may contain (the block templates' output, nothing more).
ALLOWED_TAGS = {
    "a", "abbr", "article", "aside", "b", "blockquote", "br", "caption", "dd", "details", "div", "dl",
    "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "header", "footer", "hr", "i",
    "img", "li", "mark", "ol", "p", "picture", "section", "small", "source", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "lang", "dir", "title", "role", "hidden"},
    "a": {"href", "target", "hreflang"},
    "img": {"src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"},
    "source": {"srcset", "sizes", "type", "media"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "time": {"datetime"},
    "ol": {"start", "reversed"},
    "details": {"open"},
}
# Dropped with everything inside them (the rest of a disallowed tag keeps its text).
DROP_WITH_CONTENT = {"script", "style", "noscript", "template", "form", "select", "textarea", "button",
                     "object", "embed", "iframe", "frame", "frameset", "video", "audio", "svg", "math"}  # fmt: skip
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def _is_external(src: str, own_host: str) -> bool:
    parts = urlsplit(src.strip())
    if parts.scheme in ("", None) and not parts.netloc:
        return False  # relative: same origin
    return parts.netloc.lower() != own_host.lower()


def make_embed_safe(html: str, own_host: str) -> str:
    soup = BeautifulSoup(html or "", "html.parser")
    for frame in soup.find_all(["iframe", "video", "audio", "frame", "frameset"]):
        src = frame.get("src") or ""
        if urlsplit(src).scheme in ("http", "https"):
            paragraph = soup.new_tag("p", attrs={"class": "embed-media-link"})
            link = soup.new_tag("a", href=src, target="_top")
            title = frame.get("title") or _("the video")
            link.string = _("Watch %(title)s on the provider's website") % {"title": title}
            paragraph.append(link)
            frame.replace_with(paragraph)
        else:
            frame.decompose()
    for image in soup.find_all(["img", "source"]):
        if any(_is_external(part.split()[0], own_host) for part in image.get("srcset", "").split(",") if part.strip()):
            del image["srcset"]
        if image.get("src") and _is_external(image["src"], own_host):
            image.decompose()
    for link in soup.find_all("a", href=True):
        if not link["href"].startswith("#"):
            link["target"] = "_top"
    return nh3.clean(
        str(soup),
        tags=ALLOWED_TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        generic_attribute_prefixes={"aria-", "data-"},
        url_schemes=URL_SCHEMES,
        link_rel=None,
    )
