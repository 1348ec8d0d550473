"""The concern form page and the priority survey page, one of each under every borough."""

from django.db import models, transaction
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.forms.utils import get_field_clean_name

from boroughs.models import BoroughPage
from cms.core.models import BasePage

from ..choices import split_category
from ..forms import CORE_FIELD_NAMES, ConcernCoreForm, SurveyForm
from ..public import ServingMixin, concern_stored, sign_reference
from .submissions import ConcernSubmission, Delivery, SurveyResponse


def make_reference(code: str, when, pk: int) -> str:
    """HAC-2026-000123: the borough's code, the year (London time) and the zero-padded id."""
    return f"{(code or 'MET').upper()}-{timezone.localtime(when).year}-{pk:06d}"


class ConcernFormPageAdminForm(WagtailAdminFormPageForm):
    """Refuses an extra question whose name would overwrite one of the core questions."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("form_fields")
        if formset is None:
            return cleaned
        for form in formset.forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            label = form.cleaned_data.get("label") or ""
            name = form.instance.clean_name or get_field_clean_name(label)
            if name in CORE_FIELD_NAMES:
                form.add_error(
                    "label",
                    _("“%(label)s” is already one of the form's core questions; choose another label.")
                    % {"label": label},
                )
        return cleaned


class ConcernFormField(AbstractFormField):
    """An extra question an editor adds to one borough's concern form."""

    page = ParentalKey("concerns.ConcernFormPage", on_delete=models.CASCADE, related_name="form_fields")


class ProtectedFormPage(ServingMixin, FormMixin, BasePage):
    """Shared serving for our form pages (concerns.public.ServingMixin): never cached,
    Post/Redirect/Get, a thank-you route.

    Subclasses define `form_class`, `submission_model`, `rate_scope` and `process_form_submission`."""

    base_form_class = ConcernFormPageAdminForm
    form_class: type = ConcernCoreForm
    submission_model: type = ConcernSubmission
    rate_scope = "form"

    class Meta:
        abstract = True

    @cached_property
    def borough(self) -> BoroughPage | None:
        """The parent borough (one query, only the columns a submission needs)."""
        return (
            BoroughPage.objects.filter(path=self.path[: -self.steplen])
            .only("id", "title", "code", "email", "path", "depth", "locale_id", "translation_key")
            .first()
        )

    def get_form_fields(self):
        return []

    def get_form_class(self):
        extra = self.form_builder(self.get_form_fields()).formfields
        extra = {name: field for name, field in extra.items() if name not in CORE_FIELD_NAMES}
        return type(self.form_class.__name__, (self.form_class,), extra)

    def get_submissions(self):
        """Submissions to every translation of this form, in one list."""
        return self.submission_model._default_manager.filter(form_translation_key=self.translation_key)


class ConcernFormPage(ProtectedFormPage):
    """ "Tell us what worries you": a resident's concern for the borough's police teams."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the form: what to use it for, and what not to."),
    )
    thank_you_text = models.TextField(
        _("thank-you text"),
        blank=True,
        help_text=_("Shown under the reference number once a concern is sent."),
    )

    landing_page_template = "pages/concern_form_page_landing.html"
    form_class = ConcernCoreForm
    submission_model = ConcernSubmission
    rate_scope = "concern"

    content_panels = [
        FormSubmissionsPanel(),
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [InlinePanel("form_fields", label=_("Extra question"))],
            heading=_("Extra questions (after the core questions every borough asks)"),
        ),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["boroughs.BoroughPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("concern form page")

    def get_form_fields(self):
        return self.form_fields.all()

    def get_submission_class(self):
        return ConcernSubmission

    def get_data_fields(self):
        core = [
            ("reference", _("Reference")),
            ("submit_time", _("Received")),
            ("status", _("Status")),
            ("ward", _("Ward")),
            ("category", _("Category")),
            ("description", _("What is happening")),
            ("location", _("Where")),
            ("happens_when", _("When")),
            ("name", _("Name")),
            ("email", _("Email")),
            ("phone", _("Phone")),
            ("consent", _("May contact")),
        ]
        extra = [(f.clean_name, f.label) for f in self.get_form_fields() if f.clean_name not in CORE_FIELD_NAMES]
        return core + extra

    def thank_you_url(self, request, submission) -> str:
        return f"{super().thank_you_url(request, submission)}?ref={sign_reference(submission.reference)}"

    def process_form_submission(self, form, *, token: str = "", spam_reason: str = "", language: str = ""):
        """Store the concern (called inside a transaction), and queue its e-mails for after the commit."""
        data = form.cleaned_data
        borough = self.borough
        kind, pk = split_category(data["category"])
        ward = data["ward"]
        is_spam = bool(spam_reason)
        submission = ConcernSubmission.objects.create(
            page=self,
            form_translation_key=self.translation_key,
            borough=borough,
            ward_id=int(ward) if ward.isdigit() else None,
            asb_category_id=pk if kind == "asb" else None,
            crime_type_id=pk if kind == "crime" else None,
            description=data["description"],
            location=data.get("location", ""),
            happens_when=data.get("happens_when", ""),
            name=data.get("name", ""),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            consent=bool(data.get("consent")),
            language=language,
            token=token,
            is_spam=is_spam,
            spam_reason=spam_reason,
            form_data={name: data.get(name) for name in form.extra_field_names},
            ack_status=Delivery.PENDING
            if (not is_spam and data.get("email") and data.get("consent"))
            else "not_needed",
            notify_status=Delivery.PENDING if (not is_spam and borough and borough.email) else "not_needed",
        )
        submission.reference = make_reference(borough.code if borough else "", submission.submit_time, submission.pk)
        ConcernSubmission.objects.filter(pk=submission.pk).update(reference=submission.reference)
        if not is_spam:
            transaction.on_commit(lambda: concern_stored.send(sender=type(self), submission_id=submission.pk))
        return submission


class SurveyPage(ProtectedFormPage):
    """The borough's priority survey: residents choose up to three concerns."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Why the survey matters and how the team uses it.")
    )
    publish_results = models.BooleanField(
        _("publish “You told us”"),
        default=False,
        help_text=_(
            "Show the survey's results on the borough page. Only concerns chosen by at least five "
            "people are shown; smaller counts are grouped as “other concerns”."
        ),
    )
    results_introduction = models.TextField(
        _("“You told us” introduction"),
        blank=True,
        help_text=_("One or two sentences shown above the results, e.g. what the team will do."),
    )

    landing_page_template = "pages/survey_page_landing.html"
    form_class = SurveyForm
    submission_model = SurveyResponse
    rate_scope = "survey"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("publish_results"), FieldPanel("results_introduction")],
            heading=_("You told us"),
        ),
    ]
    parent_page_types = ["boroughs.BoroughPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("priority survey page")

    def get_submission_class(self):
        return SurveyResponse

    def get_data_fields(self):
        return [("submit_time", _("Received")), ("concerns", _("Concerns")), ("comment", _("Comment"))]

    def process_form_submission(self, form, *, token: str = "", spam_reason: str = "", language: str = ""):
        data = form.cleaned_data
        borough = self.borough
        ward = data.get("ward") or ""
        response = SurveyResponse.objects.create(
            page=self,
            form_translation_key=self.translation_key,
            borough=borough,
            ward_id=int(ward) if ward.isdigit() else None,
            comment=data.get("comment", ""),
            token=token,
            is_spam=bool(spam_reason),
            spam_reason=spam_reason,
        )
        asb, crime = [], []
        for value in data["concerns"]:
            kind, pk = split_category(value)
            (asb if kind == "asb" else crime).append(pk)
        if asb:
            response.asb_categories.add(*asb)
        if crime:
            response.crime_types.add(*crime)
        return response
