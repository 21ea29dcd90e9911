"""Demo content, built by code: each app adds its part with `@register`.

An app plugs in by having a `demo.py` module whose loaders are decorated with
`@register(order=…)`. `manage.py load_demo` runs every loader in order. A loader
must be idempotent: it looks for what exists and creates only what is missing.
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.db.models.signals import post_save
from django.utils.module_loading import autodiscover_modules
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as search_on_save
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

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

    searched = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in searched:
        post_save.disconnect(search_on_save, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="demo-deferred-indexing")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="demo-deferred-indexing")
        for model in searched:
            post_save.connect(search_on_save, sender=model)
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
