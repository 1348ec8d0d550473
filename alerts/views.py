"""Public views: sign up, confirm, manage, one-click unsubscribe, rate, and the archive.

Every response that involves a person's links is `private, no-store`. A bad link (tampered,
expired, for an erased subscriber) renders a clear page in the reader's language with status 400
or 410 and changes nothing. Sign-up gives the same answer whatever the address's state.
"""

import logging

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from boroughs.models import BoroughPage
from cms.core.baseurl import absolute_url
from concerns import spam

from . import links
from .forms import ManageForm, SignupForm
from .models import Alert, Delivery, Rating, Subscriber
from .services import erase_subscriber, unsubscribe

logger = logging.getLogger("engage.alerts")

RATE_SCOPE = "alerts-signup"


def _no_store(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def _render(request, template, context=None, status=200):
    return _no_store(TemplateResponse(request, f"alerts/{template}.html", context or {}, status=status))


def _bad_link(request, reason: str):
    status = 410 if reason in ("expired", "gone") else 400
    return _render(request, "bad_link", {"reason": reason}, status=status)


def _see_other(url: str):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _initial_areas(request) -> dict:
    initial = {}
    for name in ("boroughs", "wards"):
        values = [value for value in request.GET.getlist(name[:-1]) if len(value) <= 40]
        if values:
            initial[name] = values
    return initial


def signup(request):
    if request.method in ("GET", "HEAD"):
        form = SignupForm(initial=_initial_areas(request))
        return _render(request, "signup", {"form": form})
    if request.method != "POST":
        return _no_store(HttpResponseNotAllowed(["GET", "HEAD", "POST"]))
    form = SignupForm(request.POST)
    if not form.is_valid():
        return _render(request, "signup", {"form": form})
    token, spam_reason = form.classify()
    if spam.over_rate_limit(request, RATE_SCOPE):
        message = _(
            "You have sent several forms in a short time, so we could not accept this one yet. "
            "Your answers are still below: please wait a few minutes and send it again."
        )
        return _render(request, "signup", {"form": form, "form_message": message}, status=429)
    if spam_reason:
        logger.info("Dropped an alerts sign-up flagged as spam (%s).", spam_reason)
    elif not cache.add(f"engage:alerts:token:{token}", 1, 24 * 3600):
        pass  # a double click or a replayed form: the first one did the work
    else:
        from .services import sign_up

        sign_up(form, request)
    return _see_other(reverse("alerts:check_email"))


def check_email(request):
    return _render(request, "check_email")


def _subscriber_from(kind: str, token: str):
    """(subscriber, None) or (None, reason)."""
    try:
        payload = links.read(kind, token)
    except links.BadLink as error:
        return None, error.reason
    subscriber = Subscriber.objects.filter(pk=payload.get("s")).first()
    if subscriber is None:
        return None, "gone"
    if "v" in payload and payload["v"] != subscriber.link_version:
        return None, "expired"
    return subscriber, None


def confirm(request, token):
    subscriber, reason = _subscriber_from("confirm", token)
    if subscriber is None:
        return _bad_link(request, reason)
    if request.method == "POST":
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
            already = subscriber.status != Subscriber.Status.PENDING
            if not already:
                subscriber.status = Subscriber.Status.CONFIRMED
                subscriber.confirmed_at = timezone.now()
                subscriber.save(update_fields=["status", "confirmed_at"])
        return _render(request, "confirmed", {"already": already, "manage_url": links.manage_url(subscriber)})
    if request.method not in ("GET", "HEAD"):
        return _no_store(HttpResponseNotAllowed(["GET", "HEAD", "POST"]))
    if subscriber.status != Subscriber.Status.PENDING:
        return _render(request, "confirmed", {"already": True, "manage_url": links.manage_url(subscriber)})
    return _render(request, "confirm", {"subscriber": subscriber})


def manage(request, token):
    subscriber, reason = _subscriber_from("manage", token)
    if subscriber is None:
        return _bad_link(request, reason)
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _render(request, "unsubscribed", {"resubscribe_url": reverse("alerts:signup")})
    action = request.POST.get("action", "save") if request.method == "POST" else ""
    initial = {
        "boroughs": [str(a.borough_key) for a in subscriber.areas.filter(ward_key__isnull=True)],
        "wards": [str(a.ward_key) for a in subscriber.areas.filter(ward_key__isnull=False)],
        "topics": list(subscriber.topics.values_list("key", flat=True)),
        "language": subscriber.language,
        "frequency": subscriber.frequency,
    }
    saved = ""
    if request.method == "POST":
        if action == "unsubscribe":
            unsubscribe(subscriber)
            return _render(request, "unsubscribed", {"resubscribe_url": reverse("alerts:signup")})
        if action == "erase":
            erase_subscriber(subscriber)
            return _render(request, "erased")
        if action in ("pause", "resume"):
            subscriber.status = Subscriber.Status.PAUSED if action == "pause" else Subscriber.Status.CONFIRMED
            subscriber.save(update_fields=["status"])
            form = ManageForm(initial=initial)
            saved = action
        else:
            form = ManageForm(request.POST)
            if form.is_valid():
                with transaction.atomic():
                    form.save_choices(subscriber)
                    subscriber.save(update_fields=["language", "frequency"])
                saved = "save"
    elif request.method in ("GET", "HEAD"):
        form = ManageForm(initial=initial)
    else:
        return _no_store(HttpResponseNotAllowed(["GET", "HEAD", "POST"]))
    return _render(request, "manage", {"form": form, "subscriber": subscriber, "saved": saved})


@csrf_exempt
def one_click_unsubscribe(request, token):
    """RFC 8058: a POST (from the mail client, no cookies, no CSRF token) only unsubscribes.
    A GET shows a page with one button (link scanners must not unsubscribe anyone)."""
    try:
        payload = links.read("unsubscribe", token)
    except links.BadLink as error:
        return _bad_link(request, error.reason)
    subscriber = Subscriber.objects.filter(pk=payload.get("s")).first()
    if request.method == "POST":
        if subscriber is not None:
            unsubscribe(subscriber)
        return _render(request, "unsubscribed", {"resubscribe_url": reverse("alerts:signup")})
    if request.method not in ("GET", "HEAD"):
        return _no_store(HttpResponseNotAllowed(["GET", "HEAD", "POST"]))
    if subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return _render(request, "unsubscribed", {"resubscribe_url": reverse("alerts:signup")})
    return _render(request, "unsubscribe", {})


def rate(request, token):
    """One click records the rating; the page then offers an optional comment (POST)."""
    try:
        payload = links.read("rate", token)
    except links.BadLink as error:
        return _bad_link(request, error.reason)
    delivery = Delivery.objects.select_related("alert").filter(pk=payload.get("d")).first()
    if delivery is None:
        return _bad_link(request, "gone")
    useful = bool(payload.get("u"))
    if request.method not in ("GET", "HEAD", "POST"):
        return _no_store(HttpResponseNotAllowed(["GET", "HEAD", "POST"]))
    error = ""
    comment_saved = False
    with transaction.atomic():
        rating, _created = Rating.objects.select_for_update().get_or_create(
            delivery=delivery, defaults={"alert": delivery.alert, "useful": useful}
        )
        if request.method == "POST":
            comment = (request.POST.get("comment") or "").replace("\x00", "").strip()
            if len(comment) > 1000:
                error = _("Write at most 1,000 characters.")
            else:
                rating.comment = comment
                comment_saved = True
        if not error:
            rating.useful = useful
            rating.save()
    status = 400 if error else 200
    context = {"rating": rating, "alert": delivery.alert, "error": error, "comment_saved": comment_saved}
    return _render(request, "rated", context, status=status)


# The public archive: every message's web copy, per borough, and feeds.


def archive(request, borough_slug=None):
    alerts = Alert.objects.all()
    borough = None
    if borough_slug is not None:
        borough = BoroughPage.objects.live().public().filter(slug=borough_slug).order_by("locale_id").first()
        if borough is None:
            raise Http404
        alerts = alerts.filter(borough_key=borough.translation_key)
    page = Paginator(alerts.only("id", "title", "summary", "created_at", "borough_title", "kind"), 20).get_page(
        request.GET.get("page")
    )
    return TemplateResponse(request, "alerts/archive.html", {"alerts": page, "borough": borough})


def message(request, pk):
    alert = get_object_or_404(Alert, pk=pk)
    return TemplateResponse(request, "alerts/message.html", {"alert": alert})


class ArchiveFeed(Feed):
    description_template = None

    def get_object(self, request, borough_slug=None):
        if borough_slug is None:
            return None
        borough = BoroughPage.objects.live().public().filter(slug=borough_slug).order_by("locale_id").first()
        if borough is None:
            raise Http404
        return borough

    def title(self, obj):
        return _("Engage alerts: %(borough)s") % {"borough": obj.title} if obj else _("Engage alerts")

    def link(self, obj):
        if obj:
            return absolute_url(reverse("alerts:archive_borough", args=[obj.slug]))
        return absolute_url(reverse("alerts:archive"))

    def description(self, obj):
        return _("Messages sent to residents who signed up for alerts.")

    def items(self, obj):
        alerts = Alert.objects.all()
        if obj is not None:
            alerts = alerts.filter(borough_key=obj.translation_key)
        return alerts[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return absolute_url(item.get_absolute_url())

    def item_pubdate(self, item):
        return item.created_at
