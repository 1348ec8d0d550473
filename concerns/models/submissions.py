"""What residents send: concern submissions, staff notes on them, and priority survey responses.

Personal details (name, e-mail, phone) live in their own columns, never in `form_data`, so the
retention job can erase them (concerns/retention.py). Every foreign key to content is SET_NULL:
deleting a page, ward or category never deletes what a resident told us.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission

ERASED = "[erased]"


class Status(models.TextChoices):
    NEW = "new", _("New")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    PASSED_TO_WARD = "passed_to_ward", _("Passed to ward team")
    CLOSED = "closed", _("Closed")


class Delivery(models.TextChoices):
    NOT_NEEDED = "not_needed", _("Not needed")
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed (gave up)")


class ConcernSubmission(AbstractFormSubmission):
    """One concern. `form_data` holds only the answers to editors' extra questions."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("form page"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    form_translation_key = models.UUIDField(_("form translation key"), db_index=True)
    reference = models.CharField(_("reference"), max_length=24, blank=True, db_index=True)
    borough = models.ForeignKey(
        "boroughs.BoroughPage",
        verbose_name=_("borough"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="concern_submissions",
    )
    ward = models.ForeignKey(
        "boroughs.WardPage", verbose_name=_("ward"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    asb_category = models.ForeignKey(
        "advice.AsbCategory",
        verbose_name=_("ASB category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    crime_type = models.ForeignKey(
        "advice.CrimeType",
        verbose_name=_("crime type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.TextField(_("what is happening"))
    location = models.CharField(_("where"), max_length=300, blank=True)
    happens_when = models.CharField(_("when"), max_length=300, blank=True)
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    consent = models.BooleanField(_("may contact"), default=False)
    language = models.CharField(_("language"), max_length=10, blank=True)

    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    token = models.CharField(_("one-time token"), max_length=64, unique=True)
    is_spam = models.BooleanField(_("spam"), default=False, db_index=True)
    spam_reason = models.CharField(_("spam reason"), max_length=40, blank=True)

    ack_status = models.CharField(
        _("acknowledgement"), max_length=12, choices=Delivery.choices, default=Delivery.NOT_NEEDED, db_index=True
    )
    notify_status = models.CharField(
        _("team notification"), max_length=12, choices=Delivery.choices, default=Delivery.NOT_NEEDED, db_index=True
    )
    delivery_attempts = models.PositiveSmallIntegerField(_("delivery attempts"), default=0)
    last_delivery_error = models.TextField(_("last delivery error"), blank=True)
    last_delivery_at = models.DateTimeField(_("last delivery attempt"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal details erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("concern")
        verbose_name_plural = _("concerns")
        indexes = [models.Index(fields=["submit_time"], name="concern_submit_time_idx")]

    def __str__(self):
        return self.reference or f"#{self.pk}"

    @property
    def category_label(self) -> str:
        """The category in the active language (the handler's), whichever language it was sent in."""
        from ..choices import category_name

        if self.asb_category_id and self.asb_category:
            return category_name(self.asb_category)
        if self.crime_type_id and self.crime_type:
            return category_name(self.crime_type)
        return str(_("Something else"))

    @property
    def ward_label(self) -> str:
        from ..choices import ward_name

        return ward_name(self.ward) if self.ward_id and self.ward else str(_("Not sure / whole borough"))

    @property
    def language_label(self) -> str:
        """The language the resident wrote in, named in the active language ("Arabic")."""
        from ..choices import language_name

        return language_name(self.language)

    def get_data(self):
        """Core answers and editors' extra questions, for the submissions list and its export."""
        return {
            **(self.form_data or {}),
            "reference": self.reference,
            "submit_time": self.submit_time,
            "status": self.get_status_display(),
            "ward": self.ward_label,
            "category": self.category_label,
            "description": self.description,
            "location": self.location,
            "happens_when": self.happens_when,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "consent": _("Yes") if self.consent else _("No"),
            "language": self.language_label,
        }


class ConcernNote(models.Model):
    """An internal note on a concern: who wrote it, when, and any status change it records."""

    submission = models.ForeignKey(ConcernSubmission, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    text = models.TextField(_("note"), blank=True)
    old_status = models.CharField(_("status before"), max_length=20, choices=Status.choices, blank=True)
    new_status = models.CharField(_("status after"), max_length=20, choices=Status.choices, blank=True)

    class Meta:
        verbose_name = _("concern note")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.submission} {self.created_at:%Y-%m-%d %H:%M}"


class SurveyResponse(models.Model):
    """One resident's answer to a borough's priority survey: up to three concerns."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("survey page"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    form_translation_key = models.UUIDField(_("survey translation key"), db_index=True)
    borough = models.ForeignKey(
        "boroughs.BoroughPage", verbose_name=_("borough"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    ward = models.ForeignKey(
        "boroughs.WardPage", verbose_name=_("ward"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    asb_categories = models.ManyToManyField("advice.AsbCategory", verbose_name=_("ASB categories"), blank=True)
    crime_types = models.ManyToManyField("advice.CrimeType", verbose_name=_("crime types"), blank=True)
    comment = models.TextField(_("comment"), blank=True)
    submit_time = models.DateTimeField(_("submit time"), auto_now_add=True, db_index=True)
    token = models.CharField(_("one-time token"), max_length=64, unique=True)
    is_spam = models.BooleanField(_("spam"), default=False, db_index=True)
    spam_reason = models.CharField(_("spam reason"), max_length=40, blank=True)
    erased_at = models.DateTimeField(_("comment erased"), null=True, blank=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"

    def get_data(self) -> dict:
        """The row Wagtail's submissions list and export show (SurveyPage.get_data_fields)."""
        concerns = [c.name for c in self.asb_categories.all()] + [c.name for c in self.crime_types.all()]
        return {"submit_time": self.submit_time, "concerns": ", ".join(concerns), "comment": self.comment}
