"""Media storage settings from the environment (used by cms/settings/production.py and tests).

With AWS_STORAGE_BUCKET_NAME set, media goes to S3-compatible object storage (django-storages),
in one bucket, two ways:
- "default" (documents, original images): private objects (ACL private), reachable only through
  a signed, expiring URL (`querystring_auth`). Documents are always served through Wagtail's
  view (WAGTAILDOCS_SERVE_METHOD = "serve_view"), which checks collection privacy first, so a
  restricted document is never publicly readable.
- "public_media" (image renditions, WAGTAILIMAGES_RENDITION_STORAGE): public-read objects with
  plain URLs (cacheable, the same on every server), optionally behind AWS_S3_CUSTOM_DOMAIN.

Importable from settings: nothing here touches Django's app registry.
"""

from collections.abc import Mapping


def s3_storages(env: Mapping[str, str], staticfiles: dict) -> dict:
    from botocore.config import Config

    common = {
        "bucket_name": env["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env.get("AWS_S3_REGION_NAME") or None,
        "access_key": env.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": env.get("AWS_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
        # Short timeouts and few retries: an unreachable bucket fails an upload quickly and clearly.
        "client_config": Config(
            connect_timeout=float(env.get("AWS_S3_CONNECT_TIMEOUT", "3")),
            read_timeout=float(env.get("AWS_S3_READ_TIMEOUT", "10")),
            retries={"max_attempts": 2, "mode": "standard"},
            max_pool_connections=20,
            s3={"addressing_style": env.get("AWS_S3_ADDRESSING_STYLE", "auto")},
        ),
    }
    if (env.get("AWS_S3_ENDPOINT_URL") or "").startswith("http://"):
        common["url_protocol"] = "http:"
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**common, "default_acl": "private", "querystring_auth": True},
        },
        "public_media": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "default_acl": "public-read",
                "querystring_auth": False,
                "custom_domain": env.get("AWS_S3_CUSTOM_DOMAIN") or None,
            },
        },
        "staticfiles": staticfiles,
    }
