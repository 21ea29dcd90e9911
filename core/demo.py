"""The demo plug-in: each app adds its part of the demo content with `@register`.

An app plugs in by having a `demo.py` module whose loaders are decorated with
`@register(order=…)`. `manage.py load_demo` runs every loader in order. A loader
must be idempotent: it looks for what exists and creates only what is missing.
The demo's texts live in data files (`<app>/demo_data/*.yaml`), read with `read_data`.
"""

import io
import math
import random
import wave
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from django.apps import apps
from django.core.files import File
from django.db.models.signals import post_save
from django.utils.html import escape
from django.utils.module_loading import autodiscover_modules
from django.utils.text import slugify
from modelcluster.models import get_all_child_relations
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as search_on_save
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .models import quartier_model

DATA_FOLDER = "demo_data"

_loaders = []


@dataclass(frozen=True)
class Loader:
    order: int
    name: str
    function: object


def register(order):
    def decorator(function):
        _loaders.append(Loader(order, f"{function.__module__}.{function.__name__}", function))
        return function

    return decorator


def loaders():
    autodiscover_modules("demo")
    unique = {loader.name: loader for loader in _loaders}
    return sorted(unique.values(), key=lambda loader: (loader.order, loader.name))


def data_path(app_label, name):
    return Path(apps.get_app_config(app_label).path) / DATA_FOLDER / name


@cache
def read_data(app_label, name):
    """The YAML data file `<app>/demo_data/<name>`, parsed (dates become `date` objects)."""
    with data_path(app_label, name).open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def data_files(app_label):
    """The names of an app's demo data files."""
    folder = data_path(app_label, "")
    return sorted(path.name for path in folder.glob("*.yaml")) if folder.is_dir() else []


def paragraphs(texts):
    """Rich text HTML from plain paragraphs (the demo's texts hold no markup)."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


RECORDING_RATE = 8000  # Hz: a few seconds of 8-bit mono sound weigh a few dozen kB


def draw_recording(seed, seconds=4):
    """A short WAV of soft tones standing for an interview (no download, no voice)."""
    rng = random.Random(seed)  # noqa: S311 (a drawing, not a secret)
    notes = [rng.choice((262, 294, 330, 349, 392, 440)) for _note in range(seconds * 2)]
    frames = bytearray()
    per_note = RECORDING_RATE // 2
    for frequency in notes:
        for sample in range(per_note):
            fade = min(1, sample / 400, (per_note - sample) / 400)
            value = math.sin(2 * math.pi * frequency * sample / RECORDING_RATE)
            frames.append(128 + round(60 * fade * value))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(1)
        recording.setframerate(RECORDING_RATE)
        recording.writeframes(bytes(frames))
    return buffer.getvalue()


def demo_recording(title, collection, seed=None):
    """The demo recording called `title` in `collection`, made on first use only."""
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    data = draw_recording(seed or title)
    document = document_model(title=title, collection=collection, file_size=len(data))
    name = f"{slugify(title)[:60] or 'enregistrement'}.wav"
    document.file = File(io.BytesIO(data), name=name)
    document._set_document_file_metadata()
    document.save()
    return document


@contextmanager
def suspend_search_auto_update(models):
    """Disconnect modelsearch's save handler from `models`, and reconnect it after.

    modelsearch has no public switch for this; `tests/core/test_demo_plugin.py` fails if
    the handler it disconnects is not the one modelsearch connects.
    """
    for model in models:
        post_save.disconnect(search_on_save, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(search_on_save, sender=model)


def auto_updated_search_models():
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


@contextmanager
def deferred_indexing():
    """Index each saved object once at the end, not at each of its many saves.

    A demo page is saved several times (created, revised, published); the search and
    reference indexes only need its final state.
    """
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(sender, instance.pk)] = None

    searched = auto_updated_search_models()
    post_save.connect(remember, weak=False, dispatch_uid="demo-deferred-indexing")
    try:
        with suspend_search_auto_update(searched), disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-deferred-indexing")
    for model, pk in saved:
        instance = model._default_manager.filter(pk=pk).first()
        if instance is None:
            continue
        if model in searched:
            search_index.insert_or_update_object(instance)
        if ReferenceIndex.is_indexed(model):
            ReferenceIndex.create_or_update_for_object(instance)


def load_all(log=print):
    with deferred_indexing():
        for loader in loaders():
            log(f"· {loader.name}")
            loader.function(log)


def content_pages():
    """The demo's content: the live pages inside the sections that have no pages below
    (articles, issues, events, memories, collections, actors…)."""
    quartier = quartier_model().objects.first()
    if quartier is None:
        return Page.objects.none()
    return Page.objects.live().filter(numchild=0, depth__gte=quartier.depth + 2).order_by("path")


def unique_child_relations(model):
    """The child relations of `model` that a copy cannot repeat (an issue's articles: an
    article is in one issue at most)."""
    return [
        relation.get_accessor_name()
        for relation in get_all_child_relations(model)
        if any(
            field.unique and not field.primary_key and field is not relation.field
            for field in relation.related_model._meta.concrete_fields
        )
    ]


def multiply_content(scale, log=print):
    """Copy each content page beside itself until there are `scale` times as many: the
    same quartiers, with `scale` times the articles, events, memories and actors. For
    measuring that a page's queries do not grow with the content (`load_demo --scale`).
    Copies are marked "-copie-N" in their slug; running it again adds nothing."""
    originals = [page for page in content_pages().specific() if "-copie-" not in page.slug]
    with deferred_indexing():
        for page in originals:
            parent = page.get_parent()
            for number in range(2, scale + 1):
                slug = f"{page.slug}-copie-{number}"
                if parent.get_children().filter(slug=slug).exists():
                    continue
                page.copy(
                    to=parent,
                    update_attrs={"slug": slug},
                    exclude_fields=unique_child_relations(type(page)),
                    copy_revisions=False,
                    keep_live=True,
                    reset_translation_key=True,
                    log_action=None,
                )
    log(f"· {len(originals) * (scale - 1)} copies ({scale} ×)")
