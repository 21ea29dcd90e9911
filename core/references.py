"""What a page shows and refers to: images and records of a quartier, wherever they sit.

Read from a page (its fields, StreamFields and child objects) or from its admin form's
cleaned data, so that a save or a publish can be refused before anything is stored.
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.images import get_image_model


def instance_values(instance):
    """(field, value) of the foreign keys and StreamFields of a model instance."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, models.ForeignKey):
            yield field, getattr(instance, field.name, None)
        elif isinstance(field, StreamField):
            yield field, getattr(instance, field.attname)


def form_values(model, cleaned_data):
    """(field, value) of the foreign keys and StreamFields in a model form's cleaned data."""
    for name, value in cleaned_data.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, models.ForeignKey | StreamField):
            yield field, value


def page_values(page):
    """The values of a page and of its child objects (authors, issue entries…)."""
    yield from instance_values(page)
    for relation in get_all_child_relations(page):
        for child in getattr(page, relation.get_accessor_name()).all():
            yield from instance_values(child)


def image_ids(values):
    image_model = get_image_model()
    ids = set()
    for field, value in values:
        if value is None:
            continue
        if isinstance(field, models.ForeignKey) and field.related_model is image_model:
            ids.add(value.pk)
        elif isinstance(field, StreamField):
            ids.update(
                int(object_id)
                for model, object_id, _path, _content in field.stream_block.extract_references(
                    value
                )
                if model is image_model
            )
    return ids


def owned_records(values):
    """Records of one quartier (contributors, venues…) among the values."""
    return [
        value
        for field, value in values
        if isinstance(field, models.ForeignKey)
        and value is not None
        and hasattr(value, "quartier_id")
    ]


def images_without_consent(ids):
    """The images among `ids` that show people who did not agree to be published."""
    from images.models import PeopleConsent

    if not ids:
        return []
    return list(
        get_image_model()
        .objects.filter(pk__in=ids, people=PeopleConsent.NOT_CONSENTED)
        .order_by("title")
    )
