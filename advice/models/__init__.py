from .pages import (
    REVIEW_WARNING_DAYS,
    AdviceIndexPage,
    AdvicePage,
    AsbPage,
    advice_due_for_review,
    asb_page_url,
)
from .taxonomy import AdviceTopic, AsbCategory, CrimeType

__all__ = [
    "REVIEW_WARNING_DAYS",
    "AdviceIndexPage",
    "AdvicePage",
    "AdviceTopic",
    "AsbCategory",
    "AsbPage",
    "CrimeType",
    "advice_due_for_review",
    "asb_page_url",
]
