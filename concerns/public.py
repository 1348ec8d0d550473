"""Serving the public form pages: GET, POST, the thank-you page.

The order on a POST is the whole point of this app:
0. a body with more fields than `conf.public_max_fields()` is refused with a 400 form page;
1. validate on the server (errors re-render the form with the resident's answers kept); a form
   sent back faster than the time trap allows is shown again (answers kept, a fresh token) with
   "please check and send", never filed as spam behind a false thank-you;
2. a replayed one-time token redirects to the thank-you page of the submission it created;
3. the per-client rate limit answers 429, the form re-rendered with the answers kept;
4. the submission is stored in one transaction, before anything else happens;
5. its e-mails are queued as a background task after the commit (never sent in the request), and
   the form's extensions (`SurveyForm`'s hook) act, each in its own savepoint;
6. Post/Redirect/Get to the thank-you page.
Every response carries `Cache-Control: private, no-store`.

`ServingMixin` composes this onto the form page model the way Wagtail's `FormMixin` composes
form handling: the page's `route`, `serve`, `render_landing_page` and `thank_you_url` are these,
and these call the page's own `get_form`, `process_form_submission` and `get_submission_class`.
Storing a concern sends `concern_stored` after the commit; the tasks module queues its e-mails
(connected in `ConcernsConfig.ready`), so this module imports neither the models nor the tasks.
"""

import logging
import re

from django.core import signing
from django.db import IntegrityError, InterfaceError, OperationalError, connection, transaction
from django.dispatch import Signal
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.url_routing import RouteResult

from . import conf, spam
from .choices import split_category

logger = logging.getLogger("engage.concerns")

_REFERENCE_SALT = "concerns.thank-you"

THANK_YOU = "thank-you"

# Sent on commit when a concern that is not spam has been stored: `submission_id`.
concern_stored = Signal()

__all__ = ["THANK_YOU", "ServingMixin", "concern_stored", "render_landing", "serve", "sign_reference", "split_category"]


def sign_reference(reference: str) -> str:
    return signing.dumps(reference, salt=_REFERENCE_SALT, compress=False)


def read_reference(value: str) -> str | None:
    try:
        reference = signing.loads(value or "", salt=_REFERENCE_SALT)
    except signing.BadSignature:
        return None
    return reference if isinstance(reference, str) else None


def _no_store(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    return response


def serve(page, request, *, thank_you: bool = False):
    if thank_you:
        if request.method not in ("GET", "HEAD"):
            return _no_store(HttpResponseNotAllowed(["GET", "HEAD"]))
        return _no_store(render_landing(page, request, None, signed_reference=request.GET.get("ref", "")))
    if request.method == "POST":
        try:
            return _no_store(_handle_post(page, request))
        except _DATABASE_DOWN:
            return _no_store(_database_unavailable(page, request))
    if request.method in ("GET", "HEAD"):
        return _no_store(render_form(page, request, page.get_form(page=page, user=request.user)))
    return _no_store(HttpResponseNotAllowed(["GET", "HEAD", "POST"]))


def render_form(page, request, form, *, status: int = 200, message: str = ""):
    context = page.get_context(request)
    context["form"] = form
    context["form_message"] = message
    context["retention_months"] = round(conf.retention_days() / 30.4)
    return TemplateResponse(request, page.get_template(request), context, status=status)


def render_landing(page, request, submission=None, *, signed_reference: str = ""):
    context = page.get_context(request)
    context["form_submission"] = submission
    reference = getattr(submission, "reference", "") or ""
    if signed_reference:
        reference = read_reference(signed_reference)
        if reference is None:
            raise Http404
    context["reference"] = reference
    return TemplateResponse(request, page.get_landing_page_template(request), context)


def _see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


_DATABASE_DOWN = (OperationalError, InterfaceError)
_CHOICE_VALUE = re.compile(r"^([a-z_]+:)?\d+$|^(on|true|false)$")


def _drop_connection() -> None:
    """Close the broken connection so the next query reconnects (never inside a transaction)."""
    if not connection.in_atomic_block:
        connection.close()


def _database_unavailable(page, request):
    """The database went away (a restart, a fail-over): 503 with the resident's answers re-shown,
    nothing stored. The broken connection is dropped so the next request reconnects by itself.
    The form page itself needs the database (ward and category choices); when it is still down,
    a page without it keeps the answers in the form so that "Send again" posts them once more."""
    logger.warning("Database unavailable while storing a %s submission: answered 503, answers kept.", page.rate_scope)
    message = _(
        "We could not save your answers just now because of a problem on our side. Nothing was sent. "
        "Your answers are still here: please send the form again in a minute."
    )
    _drop_connection()
    try:
        form = page.get_form(request.POST, page=page, user=request.user)
        form.is_valid()
        return render_form(page, request, form, status=503, message=message).render()
    except _DATABASE_DOWN:
        _drop_connection()
    answers = [
        (name, value) for name in request.POST if name != "csrfmiddlewaretoken" for value in request.POST.getlist(name)
    ]
    # What the resident wrote, shown back; choice ids, switches and the hidden signals stay hidden.
    written = [
        value
        for name, value in answers
        if name not in spam.SIGNAL_FIELDS and value.strip() and not _CHOICE_VALUE.match(value.strip())
    ]
    context = {"message": message, "answers": answers, "written": written, "action": request.path}
    return TemplateResponse(request, "concerns/unavailable.html", context, status=503).render()


def _field_count(request) -> int:
    """How many fields the body carries, counted without parsing it (parsing is what is refused)."""
    body = request.body
    if request.content_type == "multipart/form-data":
        return body.count(b"Content-Disposition")
    return body.count(b"&") + 1 if body else 0


def _handle_post(page, request):
    if _field_count(request) > conf.public_max_fields():
        message = _(
            "This form was sent with far more answers than it has questions, so we could not accept it. "
            "Nothing was saved. Please fill in the form below and send it again."
        )
        return render_form(page, request, page.get_form(page=page, user=request.user), status=400, message=message)

    form = page.get_form(request.POST, page=page, user=request.user)
    if not form.is_valid():
        return render_form(page, request, form)

    token, spam_reason = form.classify()
    if spam_reason == "too-fast":
        # Autofill can be faster than the time trap: show the answers again instead of filing a
        # resident's concern as spam. A fresh token and time stamp let the next send through.
        data = request.POST.copy()
        data[spam.TOKEN_FIELD] = spam.new_token()
        data[spam.STAMP_FIELD] = spam.new_stamp()
        message = _("Please check your answers below, then send the form again.")
        return render_form(page, request, page.get_form(data, page=page, user=request.user), message=message)
    model = page.get_submission_class()
    if token is not None:
        existing = model._default_manager.filter(token=token).first()
        if existing is not None:
            return _see_other(page.thank_you_url(request, existing))

    if spam.over_rate_limit(request, page.rate_scope):
        message = _(
            "You have sent several forms in a short time, so we could not accept this one yet. "
            "Your answers are still below: please wait a few minutes and send it again."
        )
        return render_form(page, request, form, status=429, message=message)

    token = token or spam.spam_token()
    try:
        with transaction.atomic():
            submission = page.process_form_submission(
                form, token=token, spam_reason=spam_reason, language=get_language() or ""
            )
    except IntegrityError:
        # The same token won a race with this request (a double click): one row, same reference.
        existing = model._default_manager.filter(token=token).first()
        if existing is None:
            raise
        return _see_other(page.thank_you_url(request, existing))
    if spam_reason:
        logger.info("Stored a %s submission flagged as spam (%s).", page.rate_scope, spam_reason)
    else:
        _after_stored(page, request, form, submission)
    return _see_other(page.thank_you_url(request, submission))


def _after_stored(page, request, form, submission) -> None:
    """The form's extensions act once the submission is stored (step 5): each in its own savepoint,
    so a failure there is logged and never loses, or shows an error about, the stored answer."""
    for extension in getattr(form, "extensions", ()):
        try:
            with transaction.atomic():
                extension.stored(request, form, submission)
        except Exception:
            logger.exception("A %s form extension failed after the submission was stored.", page.rate_scope)


class ServingMixin:
    """Serving for a protected form page (see the module docstring); put it before Wagtail's
    `FormMixin` in the page's bases. The page provides `get_form`, `get_submission_class`,
    `process_form_submission` and `rate_scope`."""

    def route(self, request, path_components):
        if self.live and path_components == [THANK_YOU]:
            return RouteResult(self, kwargs={"thank_you": True})
        return super().route(request, path_components)

    def serve(self, request, *args, thank_you=False, **kwargs):
        return serve(self, request, thank_you=thank_you)

    def thank_you_url(self, request, submission) -> str:
        # Under the URL the resident posted to, so the answer comes in their language.
        base = request.path if request.path.endswith("/") else self.get_url(request)
        return f"{base}{THANK_YOU}/"

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        return render_landing(self, request, form_submission)
