"""The postcode box's answers (GET, no JavaScript needed) and "Use my location"."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from boroughs.models import BoroughIndexPage

from .lookup import borough_a_to_z, index_page, lookup, nearest
from .postcodes import MAX_INPUT

# What is echoed back into the box: enough to see a typo, never 10,000 characters.
MAX_ECHO = 40


def borough_index() -> dict | None:
    return index_page(BoroughIndexPage)


@require_GET
def postcode_lookup(request):
    text = request.GET.get("postcode", "")
    # NUL and other control characters are not part of any postcode: treat as malformed, echo without them.
    echo = "".join(ch for ch in text[:MAX_ECHO] if ch.isprintable())
    if not text.strip():
        result = None
    else:
        result = lookup(text if "\x00" not in text else "\x00")
        if result.kind == "ward":
            return HttpResponseRedirect(result.page["url"])
    status = 200 if result is None or result.found else 404 if result.kind == "unknown" else 400
    context = {
        "result": result,
        "postcode_value": echo,
        "max_length": MAX_INPUT,
        "boroughs": [] if result is not None and result.found else borough_a_to_z(),
        "borough_index": borough_index(),
    }
    return render(request, "places/lookup.html", context, status=status)


@require_GET
def near_me(request):
    """The browser's position (sent only here, by places.js) → the nearest postcode → its answer."""
    try:
        latitude = float(request.GET.get("lat", ""))
        longitude = float(request.GET.get("lng", ""))
    except ValueError:
        latitude = longitude = None
    postcode = nearest(latitude, longitude) if latitude is not None else None
    if postcode is None:
        context = {
            "result": None,
            "location_failed": True,
            "postcode_value": "",
            "max_length": MAX_INPUT,
            "boroughs": borough_a_to_z(),
            "borough_index": borough_index(),
        }
        return render(request, "places/lookup.html", context, status=404)
    return HttpResponseRedirect(f"{reverse('places:lookup')}?{urlencode({'postcode': postcode.display})}")
