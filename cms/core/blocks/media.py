"""Media blocks: an image that always has alt text, and a video from allow-listed providers."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


class AccessibleImageBlock(blocks.StructBlock):
    """An image with required alternative text, or an explicit "decorative" choice."""

    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Alternative text"),
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    decorative = blocks.BooleanBlock(
        required=False,
        label=_("This image is decorative"),
        help_text=_("Tick only if the image adds nothing to the text; it will be hidden from screen readers."),
    )
    caption = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(_("Add alternative text, or tick “This image is decorative”."))
                }
            )
        return value


# Video hosts we embed. Each maps a URL to a privacy-respecting player URL without calling out.
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d{5,12}$")


def video_player_url(url: str) -> str | None:
    """Return the embeddable player URL for an allow-listed video URL, else None."""
    try:
        parsed = urlparse(url)
    except ValueError:
        return None
    if parsed.scheme != "https":
        return None
    host = (parsed.hostname or "").lower()
    path = parsed.path.strip("/")
    video_id = None
    if host in {"www.youtube.com", "youtube.com", "m.youtube.com"}:
        if path == "watch":
            video_id = (parse_qs(parsed.query).get("v") or [""])[0]
        elif path.startswith(("embed/", "shorts/")):
            video_id = path.split("/", 1)[1]
        if video_id and _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        if _YOUTUBE_ID.match(path):
            return f"https://www.youtube-nocookie.com/embed/{path}"
    elif host in {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}:
        video_id = path.rsplit("/", 1)[-1]
        if _VIMEO_ID.match(video_id):
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return None


class VideoEmbedValue(blocks.StructValue):
    def player_url(self) -> str | None:
        return video_player_url(self.get("url") or "")


class VideoEmbedBlock(blocks.StructBlock):
    """A YouTube or Vimeo video. Other providers are refused: they may track residents or
    disappear. Played from youtube-nocookie / Vimeo with do-not-track; no call is made on save."""

    url = blocks.URLBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(max_length=150, help_text=_("What the video is about; read out by screen readers."))
    transcript = blocks.TextBlock(required=False, help_text=_("A text version of what is said."))

    class Meta:
        icon = "media"
        template = "components/blocks/video.html"
        value_class = VideoEmbedValue

    def clean(self, value):
        value = super().clean(value)
        if not video_player_url(value.get("url") or ""):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Only https YouTube and Vimeo video links can be embedded."))}
            )
        return value
