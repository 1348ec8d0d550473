"""The meeting page's admin form: checks that need the inline write-up rows as well as the page."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

WRITEUP_RELATIONS = ("concerns", "questions", "actions")


class MeetingPageForm(WagtailAdminPageForm):
    def writeup_rows(self) -> int:
        """How many concern, question and action rows the editor is saving (not deleting)."""
        count = 0
        for name in WRITEUP_RELATIONS:
            formset = self.formsets.get(name)
            if formset is None:
                continue
            formset.is_valid()  # populates cleaned_data; errors are reported by the formset itself
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data and not data.get("DELETE") and (form.has_changed() or form.instance.pk):
                    count += 1
        return count

    def clean(self):
        cleaned_data = super().clean()
        start = cleaned_data.get("start")
        status = cleaned_data.get("status")
        rows = self.writeup_rows()
        if rows and start and start > timezone.now():
            self.add_error(
                "start",
                forms.ValidationError(
                    _(
                        "This meeting has not taken place yet, so it cannot have concerns, questions or "
                        "actions. Remove them, or correct the start time."
                    )
                ),
            )
        elif rows and status and status != "took_place" and "status" not in self.errors:
            self.add_error(
                "status", forms.ValidationError(_("Mark the meeting as “Took place” to publish its write-up."))
            )
        return cleaned_data
