"""The audit trail of personal data: who viewed, exported or deleted residents' submissions.

Entries are Wagtail page log entries on the form page, so they appear in the site history report
and in the page's history, and the "Personal data access" report lists only them. Entries name
submissions by id and reference, never by a resident's details."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter, log

VIEW = "engage.submission.view"
EXPORT = "engage.submission.export"
DELETE = "engage.submission.delete"
ACTIONS = (VIEW, EXPORT, DELETE)


def _what(data) -> str:
    if data.get("reference"):
        return str(data["reference"])
    count = int(data.get("count") or 0)
    return ngettext("%(count)d submission", "%(count)d submissions", count) % {"count": count}


class ViewFormatter(LogFormatter):
    label = _("View personal data")

    def format_message(self, log_entry):
        return _("Viewed the personal data of %(what)s") % {"what": _what(log_entry.data)}


class ExportFormatter(LogFormatter):
    label = _("Export submissions")

    def format_message(self, log_entry):
        data = log_entry.data
        what = _what(data) if "count" in data else _("submissions")
        message = _("Exported %(what)s as %(format)s") % {"what": what, "format": str(data.get("format", "")).upper()}
        filters = ", ".join(f"{key}={','.join(map(str, values))}" for key, values in data.get("filters", {}).items())
        return f"{message} ({filters})" if filters else message


class DeleteFormatter(LogFormatter):
    label = _("Delete submissions")

    def format_message(self, log_entry):
        references = ", ".join(str(ref) for ref in log_entry.data.get("references", []) if ref)
        message = _("Deleted %(what)s") % {"what": _what(log_entry.data)}
        return f"{message}: {references}" if references else message


def register_actions(actions):
    actions.register_action(VIEW)(ViewFormatter)
    actions.register_action(EXPORT)(ExportFormatter)
    actions.register_action(DELETE)(DeleteFormatter)


def record(action: str, form_page, user, **data):
    """Write one entry against `form_page` (any page instance; logged on its specific page)."""
    return log(instance=form_page.specific, action=action, user=user, data=data)
