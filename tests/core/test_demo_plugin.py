"""The demo plug-in: loaders in order, data files, and the search indexing it defers."""

import datetime

import pytest
from django.db.models.signals import post_save
from modelsearch.signal_handlers import post_save_signal_handler

from core.demo import (
    auto_updated_search_models,
    data_files,
    draw_recording,
    loaders,
    read_data,
    suspend_search_auto_update,
)


def handler_connected(model):
    """Whether modelsearch's save handler is connected to `model` (and leave it as it was)."""
    connected = post_save.disconnect(post_save_signal_handler, sender=model)
    if connected:
        post_save.connect(post_save_signal_handler, sender=model)
    return connected


def test_modelsearch_still_indexes_on_save_with_the_handler_we_suspend():
    models = auto_updated_search_models()
    assert models
    assert all(handler_connected(model) for model in models)
    with suspend_search_auto_update(models):
        assert not any(handler_connected(model) for model in models)
    assert all(handler_connected(model) for model in models)


def test_loaders_run_in_their_order():
    names = [loader.name for loader in loaders()]
    assert names.index("home.demo.load_quartiers") < names.index("gazette.demo.load_gazettes")
    assert names[-1] == "home.demo.show_logins"


def test_data_files_are_yaml_with_real_dates():
    assert "planoise.yaml" in data_files("gazette")
    issue = read_data("gazette", "planoise.yaml")["issues"][0]
    assert isinstance(issue["date"], datetime.date)


def test_a_demo_recording_is_a_small_wav():
    sound = draw_recording("seed")
    assert sound.startswith(b"RIFF")
    assert sound[8:12] == b"WAVE"
    assert len(sound) < 64_000
    assert draw_recording("seed") == sound


@pytest.mark.django_db
def test_a_demo_recording_is_made_once(quartier):
    from core.demo import demo_recording

    first = demo_recording("La chorale", quartier.collection)
    assert first.file_extension == "wav"
    assert demo_recording("La chorale", quartier.collection) == first
