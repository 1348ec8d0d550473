"""One answer to "was this page useful?". Nothing identifies the reader: no address, no account,
no time of day (the date only), and e-mail addresses and phone numbers are removed from the comment
before it is stored (feedback/scrub.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+", db_index=True
    )
    # The page's translations share one report: answers are grouped by translation_key.
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("what was missing"), blank=True)
    created_on = models.DateField(_("date"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_on", "-pk"]

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.useful else 'no'}"
