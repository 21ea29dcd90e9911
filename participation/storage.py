"""Where residents' photos wait for moderation: private storage, unguessable names."""

import uuid

from django.core.files.storage import storages


class StorageUnavailable(Exception):
    """The storage refused a photo: the contribution is not stored at all."""


def private_storage():
    return storages["private"]


def pending_photo_name(instance, filename):
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    return f"contributions/{uuid.uuid4().hex}.{extension}"
