"""Media on S3-compatible object storage (several application servers share it).

Originals of images, documents and residents' pending photos stay private: signed URLs, or
streamed by the application (documents, pending photos). Image renditions are public, in
their own location (or bucket), so that browsers and a CDN fetch them directly, with a long
cache lifetime (their names change with their content).
"""

from .env import env_str

S3_BACKEND = "storages.backends.s3.S3Storage"
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"


def object_storages():
    """The STORAGES entries for S3 from the environment, or {} without S3_BUCKET."""
    bucket = env_str("S3_BUCKET")
    if not bucket:
        return {}
    common = {
        "bucket_name": bucket,
        "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
        "region_name": env_str("S3_REGION") or None,
        "access_key": env_str("S3_ACCESS_KEY_ID") or None,
        "secret_key": env_str("S3_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
    }
    private = {**common, "default_acl": "private", "querystring_auth": True}
    # Providers without ACLs make the public bucket readable by a policy: S3_PUBLIC_ACL=none.
    public_acl = env_str("S3_PUBLIC_ACL", "public-read")
    public = {
        **common,
        "bucket_name": env_str("S3_PUBLIC_BUCKET") or bucket,
        "location": "renditions",
        "default_acl": None if public_acl == "none" else public_acl,
        "querystring_auth": False,
        "custom_domain": env_str("S3_PUBLIC_DOMAIN") or None,
        "object_parameters": {"CacheControl": RENDITION_CACHE_CONTROL},
    }
    return {
        "default": {"BACKEND": S3_BACKEND, "OPTIONS": {**private, "location": "media"}},
        "private": {"BACKEND": S3_BACKEND, "OPTIONS": {**private, "location": "private"}},
        "renditions": {"BACKEND": S3_BACKEND, "OPTIONS": public},
    }
