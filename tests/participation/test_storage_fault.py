"""The storage refuses a resident's photo: a clear message, nothing half-saved."""

from html import unescape

import pytest
from django.core import mail
from django.core.files.storage import storages
from wagtail.models import Page

from core.models import Contributor
from participation.factories import phone_photo
from participation.models import Contribution, SendingCount

from .test_article import private_files, send_article

pytestmark = pytest.mark.django_db


def test_a_storage_failure_keeps_nothing_and_says_so(
    client, participer, monkeypatch, django_capture_on_commit_callbacks
):
    saved = []
    original = type(storages["private"]).save

    def save_then_fail(storage, name, content, *args, **kwargs):
        if saved:
            raise ConnectionError("object storage does not answer")
        saved.append(original(storage, name, content, *args, **kwargs))
        return saved[-1]

    monkeypatch.setattr(type(storages["private"]), "save", save_then_fail)
    pages, contributors = Page.objects.count(), Contributor.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = send_article(client, participer, photos=[phone_photo(), phone_photo("b.jpg")])
    html = unescape(response.content.decode())
    assert response.status_code == 503
    assert "Votre contribution n'est pas partie" in html
    assert "Rien n'a été envoyé" in html
    assert "La fête des voisins" in html  # what the resident wrote is still in the form
    assert len(saved) == 1  # the first photo was written, then deleted
    assert private_files() == []
    assert not Contribution.objects.exists()
    assert Page.objects.count() == pages
    assert Contributor.objects.count() == contributors
    assert mail.outbox == []
    # A failure on our side does not count against the resident's hourly limit.
    assert SendingCount.objects.get().sent == 0
