"""Make rendered page content safe to show inside another site's page.

The embed view promises the embedding site (and its visitors) no cookies, no forms and no
requests to third parties. Blocks are rendered with their normal templates, then this pass:
- turns every iframe (video players) into a plain link to what it would have shown;
- drops scripts, styles, forms and form controls, objects and embeds;
- drops images served from another host (ours are same-origin renditions);
- makes every link open in the top window, not inside the frame.
"""

from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.utils.translation import gettext as _

_DROP = [
    "script",
    "style",
    "link",
    "meta",
    "base",
    "noscript",
    "object",
    "embed",
    "form",
    "input",
    "button",
    "select",
    "textarea",
]


def _is_external(src: str, own_host: str) -> bool:
    parts = urlsplit(src.strip())
    if parts.scheme in ("", None) and not parts.netloc:
        return False  # relative: same origin
    return parts.netloc.lower() != own_host.lower()


def make_embed_safe(html: str, own_host: str) -> str:
    soup = BeautifulSoup(html or "", "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
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
    for tag in soup.find_all(True):
        for attribute in [name for name in tag.attrs if name.lower().startswith("on")]:
            del tag[attribute]
    for link in soup.find_all("a", href=True):
        if not link["href"].startswith("#"):
            link["target"] = "_top"
    return str(soup)
