"""WAGTAILFRONTENDCACHE from the environment: which CDN or proxy a publish purges.

- `ENGAGE_PURGE_HTTP_URL`: Varnish or nginx (HTTP `PURGE` to that address, `Host` kept);
- `CLOUDFLARE_BEARER_TOKEN` + `CLOUDFLARE_ZONE_ID`: Cloudflare's purge API;
- `CLOUDFRONT_DISTRIBUTION_ID`: CloudFront invalidations (needs boto3 installed where it runs).

None set: nothing is purged (no shared cache in front of the site). See cms/core/frontend_cache.py.
"""

import os


def frontend_cache_settings(environ=os.environ) -> dict:
    """WAGTAILFRONTENDCACHE from the environment (empty: nothing to purge)."""
    backends = {}
    if environ.get("ENGAGE_PURGE_HTTP_URL"):
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["ENGAGE_PURGE_HTTP_URL"],
        }
    if environ.get("CLOUDFLARE_BEARER_TOKEN") and environ.get("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": environ["CLOUDFLARE_BEARER_TOKEN"],
            "ZONEID": environ["CLOUDFLARE_ZONE_ID"],
        }
    if environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends
