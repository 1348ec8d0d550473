"""Staff views: what was sent and how residents rated it (per message, borough and topic), a
message to a borough's subscribers (or force-wide, with the permission), the subscriber counts,
and the addresses and their export (dedicated permissions; every export is audited)."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from concerns.admin_views import spreadsheet_safe
from concerns.models import ConcernSubmission
from concerns.models.submissions import Status as ConcernStatus
from concerns.permissions import can_handle, submissions_for_user

from . import matching, permissions, replies
from .models import Alert, ConcernReply, Delivery, ExportRecord, Subscriber, SubscriberArea
from .signals import _enqueue_fan_out

FORCEWIDE = "force"


def _visible_alerts(user):
    alerts = Alert.objects.all()
    if permissions.sees_everything(user):
        return alerts
    return alerts.filter(Q(borough_key__in=permissions.borough_keys_for_user(user)) | Q(borough_key__isnull=True))


def _rate(useful: int, total: int) -> int | None:
    return round(100 * useful / total) if total else None


def rating_rows(alerts, group_by: str) -> list[dict]:
    rows = (
        alerts.values(group_by)
        .annotate(useful=Count("ratings", filter=Q(ratings__useful=True)), rated=Count("ratings"))
        .order_by(group_by)
    )
    return [
        {
            "label": row[group_by],
            "useful": row["useful"],
            "rated": row["rated"],
            "rate": _rate(row["useful"], row["rated"]),
        }
        for row in rows
    ]


class AlertReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "alerts/admin/report.html"
    page_title = _("Alerts")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        alerts = _visible_alerts(self.request.user)
        listing = alerts.annotate(
            sent=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT), distinct=True),
            failed=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED), distinct=True),
            useful=Count("ratings", filter=Q(ratings__useful=True), distinct=True),
            rated=Count("ratings", distinct=True),
        )[:100]
        for alert in listing:
            alert.rate = _rate(alert.useful, alert.rated)
        kinds = dict(Alert.Kind.choices)
        by_topic = rating_rows(alerts, "kind")
        for row in by_topic:
            row["label"] = kinds.get(row["label"], row["label"])
        by_borough = rating_rows(alerts, "borough_title")
        for row in by_borough:
            row["label"] = row["label"] or _("Whole force")
        context.update({"alerts": listing, "by_topic": by_topic, "by_borough": by_borough})
        return context


class ComposeForm(forms.Form):
    borough = forms.ChoiceField(label=_("Send to the subscribers of"))
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(str(b.translation_key), b.title) for b in permissions.boroughs_for_user(user)]
        if permissions.can_send_forcewide(user):
            choices.insert(0, (FORCEWIDE, _("Whole force")))
        self.fields["borough"].choices = choices
        self.boroughs = {str(b.translation_key): b for b in permissions.boroughs_for_user(user)}


class ComposeView(WagtailAdminTemplateMixin, TemplateView):
    """Preview shows how many subscribers it will reach; sending only enqueues the fan-out."""

    template_name = "alerts/admin/compose.html"
    page_title = _("Send a message to subscribers")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.boroughs_for_user(request.user) and not permissions.can_send_forcewide(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = ComposeForm(request.POST, user=request.user)
        context = self.get_context_data(form=form)
        if not form.is_valid():
            return self.render_to_response(context)
        choice = form.cleaned_data["borough"]
        borough = form.boroughs.get(choice)
        borough_key = borough.translation_key if borough else None
        reach = matching.subscribers_for(borough_key, None, [], frequency=None).count()
        if request.POST.get("action") != "send":
            context.update({"preview": True, "reach": reach})
            return self.render_to_response(context)
        alert = Alert.objects.create(
            kind=Alert.Kind.MESSAGE,
            borough_key=borough_key,
            borough_title=borough.title if borough else "",
            title=form.cleaned_data["title"],
            body=form.cleaned_data["body"],
            created_by=request.user,
        )
        from django.db import transaction

        transaction.on_commit(lambda: _enqueue_fan_out(alert.pk))
        messages.success(
            request, _("Your message is being sent (subscribers it will reach: %(count)d).") % {"count": reach}
        )
        return redirect("alerts_admin:report")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ComposeForm(user=self.request.user))
        return context


class SubscribersView(WagtailAdminTemplateMixin, TemplateView):
    """Counts per borough for everyone who works on a borough; addresses only with the permission."""

    template_name = "alerts/admin/subscribers.html"
    page_title = _("Subscribers")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.boroughs_for_user(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        boroughs = permissions.boroughs_for_user(user)
        confirmed = SubscriberArea.objects.filter(subscriber__status=Subscriber.Status.CONFIRMED)
        counts = dict(
            confirmed.values("borough_key")
            .annotate(n=Count("subscriber", distinct=True))
            .values_list("borough_key", "n")
        )
        context["counts"] = [(b.title, counts.get(b.translation_key, 0)) for b in boroughs]
        context["can_view_addresses"] = permissions.can_view_addresses(user)
        context["can_export"] = permissions.can_export(user)
        if context["can_view_addresses"]:
            keys = [b.translation_key for b in boroughs]
            context["subscribers"] = (
                Subscriber.objects.filter(areas__borough_key__in=keys).distinct().order_by("-created_at")[:200]
            )
        return context


def export_subscribers(request):
    user = request.user
    if not permissions.can_export(user) or not permissions.can_view_addresses(user):
        raise PermissionDenied
    boroughs = permissions.boroughs_for_user(user)
    keys = [b.translation_key for b in boroughs]
    subscribers = (
        Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, areas__borough_key__in=keys)
        .distinct()
        .order_by("pk")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="alert-subscribers.csv"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    writer.writerow(["email", "language", "frequency", "confirmed_at"])
    count = 0
    for subscriber in subscribers.iterator():
        writer.writerow(
            [
                spreadsheet_safe(subscriber.email),
                subscriber.language,
                subscriber.frequency,
                subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else "",
            ]
        )
        count += 1
    ExportRecord.objects.create(user=user, count=count, boroughs=[b.title for b in boroughs])
    return response


def report_url() -> str:
    return reverse("alerts_admin:report")


class ReplyForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ConcernStatus.choices)
    text = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Say what the team did, in plain words. The resident sees exactly the preview."),
    )


class ConcernRepliesView(WagtailAdminTemplateMixin, TemplateView):
    """Concerns this handler may write to (e-mail given and consent)."""

    template_name = "alerts/admin/concern_replies.html"
    page_title = _("Updates to residents")
    header_icon = "mail"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submissions"] = (
            submissions_for_user(self.request.user)
            .filter(consent=True, is_spam=False, erased_at__isnull=True)
            .exclude(email="")
            .order_by("-submit_time")[:100]
        )
        return context


class ConcernReplyView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "alerts/admin/concern_reply.html"
    page_title = _("Updates to residents")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        self.submission = (
            ConcernSubmission.objects.select_related("borough", "asb_category", "crime_type")
            .filter(pk=kwargs["pk"])
            .first()
        )
        if self.submission is None or not can_handle(request.user, self.submission):
            raise PermissionDenied
        if not replies.can_reply(self.submission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        submission = self.submission
        if "form" not in context:
            opening = _("You told us about %(what)s.") % {"what": submission.category_label.lower()}
            context["form"] = ReplyForm(initial={"status": submission.status, "text": opening + " "})
        context["submission"] = submission
        context["replies"] = ConcernReply.objects.filter(submission=submission).order_by("-created_at")
        return context

    def post(self, request, *args, **kwargs):
        form = ReplyForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        status, text = form.cleaned_data["status"], form.cleaned_data["text"].strip()
        if request.POST.get("action") != "send":
            message = replies.build(self.submission, status, text)
            preview = {"subject": message.subject, "text": message.body, "to": message.to[0]}
            return self.render_to_response(self.get_context_data(form=form, preview=preview))
        replies.record_and_queue(self.submission, request.user, status, text)
        messages.success(request, _("Your update is being sent to the resident."))
        return redirect("alerts_admin:concern_replies")
