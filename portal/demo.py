"""Demo content, built by code: each app adds its part with `@register`.

An app plugs in by having a `demo.py` module whose loaders are decorated with
`@register(order=…)`. `manage.py load_demo` runs every loader in order. A loader
must be idempotent: it looks for what exists and creates only what is missing.
"""

from dataclasses import dataclass

from django.utils.module_loading import autodiscover_modules

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


def load_all(log=print):
    for loader in loaders():
        log(f"· {loader.name}")
        loader.function(log)
