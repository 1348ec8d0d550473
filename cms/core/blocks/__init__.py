"""The shared blocks. Each domain's StreamBlock picks a deliberate subset of these."""

from .callouts import DetailsBlock, DoDontBlock, HappeningNowBlock, StepsBlock, WarningCalloutBlock
from .links import CallToActionBlock
from .media import AccessibleImageBlock, VideoEmbedBlock, video_player_url
from .statistics import StatisticBlock, StatisticsBlock
from .text import RICH_TEXT_FEATURES, HeadingBlock, SafeRichTextBlock, sanitise_rich_text

__all__ = [
    "RICH_TEXT_FEATURES",
    "AccessibleImageBlock",
    "CallToActionBlock",
    "DetailsBlock",
    "DoDontBlock",
    "HappeningNowBlock",
    "HeadingBlock",
    "SafeRichTextBlock",
    "StatisticBlock",
    "StatisticsBlock",
    "StepsBlock",
    "VideoEmbedBlock",
    "WarningCalloutBlock",
    "sanitise_rich_text",
    "video_player_url",
]
