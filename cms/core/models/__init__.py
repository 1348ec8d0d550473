from .base import BasePage
from .mixins import ListingFieldsMixin, SocialFieldsMixin
from .settings import ContactSettings

__all__ = ["BasePage", "ContactSettings", "ListingFieldsMixin", "SocialFieldsMixin"]
