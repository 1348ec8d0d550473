"""Local-disk media for a single server (no object storage configured).

WhiteNoise serves static files only, so production answered 404 for every uploaded image.
This view serves MEDIA_ROOT under MEDIA_URL, with one exception: `documents/` is never served
from here, because a document in a restricted collection must pass Wagtail's privacy check
(WAGTAILDOCS_SERVE_METHOD = "serve_view" sends every document link through /documents/<id>/).
nginx's alias in deploy/nginx.conf does the same and takes the load off Python when present.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

PRIVATE_PREFIXES = ("documents/",)


def media(request, path):
    normalised = posixpath.normpath(path).lstrip("/")
    if normalised.startswith(PRIVATE_PREFIXES) or normalised.startswith("..") or normalised == ".":
        raise Http404
    response = serve(request, normalised, document_root=settings.MEDIA_ROOT)
    # Renditions and originals never change under the same name (Wagtail names them by content).
    patch_cache_control(response, public=True, max_age=60 * 60 * 24 * 7)
    return response
