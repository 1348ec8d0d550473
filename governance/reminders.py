"""The weekly review reminder: each borough's editors are e-mailed what in their borough is past
its review date or due within REVIEW_WARNING_DAYS; Central communications get the site-wide
content (advice, strategies) that sits outside every borough.

One message per person, in their admin language (Account → preferred language), listing each
page once (a page and its translations share a review), with a link to edit it. Nothing is sent
to someone with nothing due, an inactive account or no e-mail address."""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from boroughs.models import BoroughIndexPage
from cms.core.baseurl import absolute_url
from cms.core.models import REVIEW_WARNING_DAYS

from .dashboard import due_for_review, translation_paths
from .models import BoroughGroup, BoroughRole, SiteGroup, SiteRole


@dataclass
class Reminder:
    area: str  # the borough's title, or "" for site-wide content
    users: list
    items: list


def reminders() -> list[Reminder]:
    """What is due, and for whom: one Reminder per borough (its editors) and one for the content
    outside the boroughs (Central communications)."""
    result = []
    links = BoroughGroup.objects.filter(role=BoroughRole.EDITORS).select_related("borough", "group")
    for link in sorted(links, key=lambda link: link.borough.title):
        items = due_for_review(translation_paths(link.borough))
        if items:
            result.append(Reminder(link.borough.title, list(link.group.user_set.all()), items))
    central = SiteGroup.objects.filter(role=SiteRole.CENTRAL).select_related("group").first()
    if central is not None:
        # every locale's home page: the pages directly under the tree root (home sits above us)
        homes = list(Page.objects.filter(depth=2).values_list("path", flat=True))
        boroughs = list(BoroughIndexPage.objects.values_list("path", flat=True))
        items = due_for_review(homes, exclude_paths=boroughs)
        if items:
            result.append(Reminder("", list(central.group.user_set.all()), items))
    return result


def _language(user) -> str:
    profile = UserProfile.get_for_user(user)
    return profile.get_preferred_language() or settings.LANGUAGE_CODE


def message_for(user, reminder: Reminder) -> EmailMultiAlternatives:
    with translation.override(_language(user)):
        count = len(reminder.items)
        if reminder.area:
            subject = ngettext(
                "%(count)d page in %(area)s is due for review",
                "%(count)d pages in %(area)s are due for review",
                count,
            ) % {"count": count, "area": reminder.area}
        else:
            subject = ngettext(
                "%(count)d site-wide page is due for review",
                "%(count)d site-wide pages are due for review",
                count,
            ) % {"count": count}
        items = [
            {**item, "url": absolute_url(reverse("wagtailadmin_pages:edit", args=[item["pk"]]))}
            for item in reminder.items
        ]
        context = {
            "user": user,
            "area": reminder.area,
            "items": items,
            "warning_days": REVIEW_WARNING_DAYS,
            "dashboard_url": absolute_url(reverse("wagtailadmin_home")),
        }
        body = render_to_string("governance/email/review_reminder.txt", context)
    return EmailMultiAlternatives(subject=subject, body=body, to=[user.email])


def send_review_reminders() -> int:
    """Send this week's reminders; returns how many e-mails were sent."""
    Locale.get_default()  # fails early, before any mail, if the site has no locales
    messages = [
        message_for(user, reminder)
        for reminder in reminders()
        for user in reminder.users
        if user.is_active and user.email
    ]
    if not messages:
        return 0
    with get_connection() as connection:
        return connection.send_messages(messages) or 0
