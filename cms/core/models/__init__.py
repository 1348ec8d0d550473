from .base import BasePage
from .mixins import REVIEW_WARNING_DAYS, ListingFieldsMixin, ReviewDateMixin, SocialFieldsMixin, review_models
from .settings import ContactSettings

__all__ = [
    "REVIEW_WARNING_DAYS",
    "BasePage",
    "ContactSettings",
    "ListingFieldsMixin",
    "ReviewDateMixin",
    "SocialFieldsMixin",
    "review_models",
]
