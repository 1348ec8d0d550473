"""Site-wide settings editors change in the admin: the numbers and links residents need."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="help")
class ContactSettings(BaseGenericSetting):
    """How to reach the police. Shown in every page's footer and in "if it's happening now"
    blocks, so a changed number changes everywhere at once.

    The two sentences are shown through the catalogue (`{% translate contacts.… %}`): while they keep
    their default wording every language reads them translated; reworded, they show as written."""

    emergency_number = models.CharField(_("emergency number"), max_length=20, default="999")
    non_emergency_number = models.CharField(_("non-emergency number"), max_length=20, default="101")
    online_reporting_url = models.URLField(_("online reporting link"), default="https://www.met.police.uk/ro/report/")
    online_reporting_label = models.CharField(
        _("online reporting link text"), max_length=100, default=gettext_noop("Report a crime online")
    )
    crimestoppers_number = models.CharField(_("Crimestoppers number"), max_length=20, default="0800 555 111")
    crimestoppers_url = models.URLField(_("Crimestoppers website"), default="https://crimestoppers-uk.org/")
    text_relay_number = models.CharField(
        _("text relay number"),
        max_length=20,
        default="18001 101",
        help_text=_("For deaf, hard of hearing or speech-impaired callers using Relay UK."),
    )
    emergency_sms_info = models.CharField(
        _("emergency SMS"),
        max_length=255,
        default=gettext_noop("If you cannot speak, text 999 once you have registered with the emergencySMS service."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("emergency_number"), FieldPanel("emergency_sms_info")], heading=_("Emergency")),
        MultiFieldPanel(
            [
                FieldPanel("non_emergency_number"),
                FieldPanel("online_reporting_url"),
                FieldPanel("online_reporting_label"),
                FieldPanel("text_relay_number"),
            ],
            heading=_("Non-emergency"),
        ),
        MultiFieldPanel([FieldPanel("crimestoppers_number"), FieldPanel("crimestoppers_url")], heading=_("Anonymous")),
    ]

    class Meta:
        verbose_name = _("contact numbers")

    @staticmethod
    def tel(number: str) -> str:
        return "".join(ch for ch in number if ch.isdigit() or ch == "+")

    @property
    def emergency_tel(self) -> str:
        return self.tel(self.emergency_number)

    @property
    def non_emergency_tel(self) -> str:
        return self.tel(self.non_emergency_number)

    @property
    def crimestoppers_tel(self) -> str:
        return self.tel(self.crimestoppers_number)

    @property
    def text_relay_tel(self) -> str:
        return self.tel(self.text_relay_number)
