"""Demo texts of the gazettes, one module per quartier (slug with "-" → "_")."""

from importlib import import_module


def gazette_data(quartier_slug):
    """The GAZETTE dict of a quartier, or None when it has no demo texts."""
    try:
        module = import_module(f"{__name__}.{quartier_slug.replace('-', '_')}")
    except ModuleNotFoundError:
        return None
    return module.GAZETTE
