"""POST /<lang>/feedback/: store one answer, then back to the page (no JavaScript needed).

The box sits on every page, which may be served from a shared page cache: so it carries no CSRF
token (this view is exempt: an anonymous yes/no cannot be forged "as" anyone) and no one-time
token check; the concern form's honeypot, time trap and rate limit guard it. Caught bots and
floods get the same thank-you and store nothing."""

from django.http import HttpResponseRedirect
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cms.core.models.queryset import pages
from concerns.spam import over_rate_limit

from .forms import PREFIX, FeedbackForm
from .models import PageFeedback
from .scrub import scrub


def _back(page, request, outcome: str):
    url = page.get_url(request) if page is not None else "/"
    return HttpResponseRedirect(f"{url or '/'}?feedback={outcome}#feedback")


@csrf_exempt
@require_POST
def submit(request):
    form = FeedbackForm(request.POST, prefix=PREFIX)
    page_id = request.POST.get(f"{PREFIX}-page", "")
    page = pages().live().public().filter(pk=int(page_id)).first() if page_id.isdigit() and len(page_id) < 12 else None
    if page is None:
        return HttpResponseRedirect("/")
    if not form.is_valid():
        return _back(page, request, "missing")
    _token, spam_reason = form.classify()
    if spam_reason or over_rate_limit(request, "feedback"):
        return _back(page, request, "thanks")
    PageFeedback.objects.create(
        page=page,
        translation_key=page.translation_key,
        language=(translation.get_language() or "")[:10],
        useful=form.cleaned_data["useful"],
        comment=scrub(form.cleaned_data["comment"]),
    )
    return _back(page, request, "thanks")
