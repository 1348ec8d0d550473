"""A clear admin error when the media storage is unreachable.

With the object storage down, saving an upload raises from boto (or OSError from a full disk)
before any row is written, and the admin would show a bare 500. Here the editor gets a message
saying that nothing was saved and to try again later, on the page they came from, with a 503.
"""

import logging

from django.contrib import messages
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext as _

logger = logging.getLogger("engage.storage")


def _storage_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError]
    try:
        from botocore.exceptions import BotoCoreError, ClientError

        errors += [BotoCoreError, ClientError]
    except ImportError:  # pragma: no cover - botocore is installed with django-storages[s3]
        pass
    return tuple(errors)


STORAGE_ERRORS = _storage_errors()


class StorageErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not request.path.startswith("/admin/"):
            return None
        if not isinstance(exception, STORAGE_ERRORS) or not request.FILES:
            return None
        logger.error("Upload failed, media storage unavailable: %s: %s", type(exception).__name__, exception)
        message = _(
            "The file could not be stored because the media storage is unavailable. Nothing was saved: please try again later."
        )
        if request.headers.get("x-requested-with") == "XMLHttpRequest" or "json" in request.headers.get("accept", ""):
            return JsonResponse({"success": False, "error_message": message}, status=503)
        messages.error(request, message)
        response = HttpResponseRedirect(request.get_full_path())
        response.status_code = 303
        return response
