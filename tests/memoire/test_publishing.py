"""What the admin refuses, in French, without changing anything: a recording without its
transcript, a photo of people who did not agree, an unreadable date, another quartier's
records. Drafts may wait; publishing may not."""

from html import unescape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.blocks import photo_data
from core.factories import RecordingFactory
from core.models import ConsentCheckedApprovalTask
from images.models import PeopleConsent
from memoire.factories import MemoirePersonFactory, MemoirePlaceFactory
from memoire.models import ItemKind, MemoireCollectionPage, MemoireItemPage

pytestmark = pytest.mark.django_db

NO_TRANSCRIPT = "« La chorale » n'a pas encore de transcription."
NO_CONSENT = "La photo « Le bal » montre des personnes qui n'ont pas donné leur accord."


def recording_value(document, transcript=""):
    return {"title": "La chorale", "file": document.pk, "embed": "", "transcript": transcript}


def item_form(action, **fields):
    data = {
        "title": "La chorale de 1975",
        "slug": "la-chorale-de-1975",
        "kind": ItemKind.AUDIO,
        "description": "La chorale du centre social chante pour la fête.",
        "date_text": "vers 1975",
        "place": "",
        "photos": streamfield([]),
        "recordings": streamfield([]),
        "text": rich_text(""),
        "contributor": "",
        "item_people": inline_formset([]),
        "source": "",
        "licence": "tous-droits",
        "paired_item": "",
        "tags": "",
        "comments": inline_formset([]),
        action: "1",
    }
    data.update(fields)
    return nested_form_data(data)


def add_url(archive):
    return reverse("wagtailadmin_pages:add", args=["memoire", "memoireitempage", archive.pk])


def page_text(response):
    return unescape(response.content.decode())


@pytest.fixture
def recording(quartier):
    return RecordingFactory(collection=quartier.collection, title="La chorale")


@pytest.fixture
def admin_client(client, animateur):
    client.force_login(animateur)
    return client


def assert_refused(response, message):
    assert response.status_code == 200
    assert message in page_text(response)
    assert not Page.objects.filter(slug="la-chorale-de-1975").exists()


def test_publishing_a_recording_without_transcript_is_refused(admin_client, archive, recording):
    recordings = streamfield([("recording", recording_value(recording))])
    response = admin_client.post(
        add_url(archive), item_form("action-publish", recordings=recordings)
    )
    assert_refused(response, NO_TRANSCRIPT)
    assert "Vous pouvez enregistrer un brouillon." in page_text(response)


def test_a_draft_waits_for_its_transcript_then_is_published(admin_client, archive, recording):
    recordings = streamfield([("recording", recording_value(recording))])
    response = admin_client.post(add_url(archive), item_form("action-draft", recordings=recordings))
    assert response.status_code == 302
    draft = MemoireItemPage.objects.get(slug="la-chorale-de-1975")
    assert not draft.live
    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    written = streamfield([("recording", recording_value(recording, "Nous chantons."))])
    response = admin_client.post(edit, item_form("action-publish", recordings=written))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live


def test_an_audio_item_needs_a_sound(admin_client, archive):
    response = admin_client.post(add_url(archive), item_form("action-publish"))
    assert_refused(response, "Un enregistrement audio a besoin d'un fichier son")


def test_a_video_item_needs_a_video(admin_client, archive, recording):
    recordings = streamfield([("recording", recording_value(recording, "Nous chantons."))])
    response = admin_client.post(
        add_url(archive),
        item_form("action-publish", kind=ItemKind.VIDEO, recordings=recordings),
    )
    assert_refused(response, "Une vidéo a besoin d'un fichier vidéo")


def test_a_photo_item_needs_a_photo(admin_client, archive):
    response = admin_client.post(add_url(archive), item_form("action-publish", kind=ItemKind.PHOTO))
    assert_refused(response, "Ajoutez au moins une photo")


def test_a_photo_without_consent_blocks_publishing(admin_client, archive, make_image):
    image = make_image(title="Le bal", people=PeopleConsent.NOT_CONSENTED)
    photos = streamfield([("photo", photo_data(image.pk, "Le bal du 14 juillet"))])
    response = admin_client.post(
        add_url(archive), item_form("action-publish", kind=ItemKind.PHOTO, photos=photos)
    )
    assert_refused(response, NO_CONSENT)
    # The same photo may wait in a draft.
    response = admin_client.post(
        add_url(archive), item_form("action-draft", kind=ItemKind.PHOTO, photos=photos)
    )
    assert response.status_code == 302


def test_the_workflow_sees_the_items_photos(animateur, make_item, make_image):
    image = make_image(title="Le bal", people=PeopleConsent.NOT_CONSENTED)
    item = make_item(image=image, live=False)
    state = item.get_workflow().start(item, animateur)
    task = state.current_task_state.task.specific
    assert isinstance(task, ConsentCheckedApprovalTask)
    assert [name for name, _label, _data in task.get_actions(item, animateur)] == ["reject"]
    with pytest.raises(PermissionDenied):
        task.on_action(state.current_task_state, animateur, "approve")
    item.refresh_from_db()
    assert not item.live


def test_no_other_way_publishes_a_recording_without_transcript(make_item, recording):
    item = make_item(kind=ItemKind.AUDIO, recording=recording, live=False)
    item.recordings = [("recording", {**recording_value(recording), "file": recording})]
    revision = item.save_revision()
    with pytest.raises(ValidationError, match="n'a pas encore de transcription"):
        revision.publish()
    assert not MemoireItemPage.objects.get(pk=item.pk).live


def test_an_unreadable_date_is_refused_with_examples(admin_client, archive, recording):
    recordings = streamfield([("recording", recording_value(recording, "Nous chantons."))])
    response = admin_client.post(
        add_url(archive),
        item_form("action-draft", recordings=recordings, date_text="vers l'an dernier"),
    )
    assert_refused(response, "« vers l'an dernier » : cette date n'est pas comprise.")
    assert "vers 1975, 1958–1962, printemps 1981" in page_text(response)


def test_another_quartiers_place_and_people_are_refused(
    admin_client, archive, other_quartier, recording
):
    place = MemoirePlaceFactory(quartier=other_quartier, name="La tour de Brest")
    person = MemoirePersonFactory(quartier=other_quartier, name="Yann")
    recordings = streamfield([("recording", recording_value(recording, "Nous chantons."))])
    response = admin_client.post(
        add_url(archive),
        item_form(
            "action-draft",
            recordings=recordings,
            place=place.pk,
            item_people=inline_formset([{"person": person.pk, "role": "parle"}]),
        ),
    )
    assert_refused(response, "« La tour de Brest » est enregistré dans un autre quartier.")
    assert "« Yann » est enregistré dans un autre quartier." in page_text(response)


def test_a_pair_from_another_quartier_is_refused(admin_client, archive, other_archive, recording):
    from memoire.factories import MemoireItemPageFactory

    elsewhere = MemoireItemPageFactory(parent=other_archive, title="Brest en 1960")
    recordings = streamfield([("recording", recording_value(recording, "Nous chantons."))])
    response = admin_client.post(
        add_url(archive),
        item_form("action-draft", recordings=recordings, paired_item=elsewhere.pk),
    )
    assert_refused(
        response, "Le souvenir « Brest en 1960 » n'est pas dans la mémoire de ce quartier."
    )


def collection_form(**fields):
    data = {
        "title": "Le projet",
        "slug": "le-projet",
        "date_text": "2010",
        "intro": rich_text("<p>Un projet.</p>"),
        "partners": inline_formset([]),
        "collection_items": inline_formset([]),
        "film": streamfield([]),
        "chapters": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "1",
    }
    data.update(fields)
    return nested_form_data(data)


def add_collection_url(archive):
    return reverse("wagtailadmin_pages:add", args=["memoire", "memoirecollectionpage", archive.pk])


def test_a_collection_holds_items_of_its_own_archive_only(
    admin_client, archive, other_archive, make_item
):
    from memoire.factories import MemoireItemPageFactory

    mine = make_item(title="À nous")
    elsewhere = MemoireItemPageFactory(parent=other_archive, title="Brest en 1960")
    items = inline_formset([{"item": mine.pk}, {"item": elsewhere.pk}])
    response = admin_client.post(
        add_collection_url(archive), collection_form(collection_items=items)
    )
    assert response.status_code == 200
    assert "Le souvenir « Brest en 1960 » n'est pas dans la mémoire de ce quartier." in page_text(
        response
    )
    assert not MemoireCollectionPage.objects.exists()


def test_a_collection_holds_an_item_once(admin_client, archive, make_item):
    mine = make_item(title="À nous")
    items = inline_formset([{"item": mine.pk}, {"item": mine.pk}])
    response = admin_client.post(
        add_collection_url(archive), collection_form(collection_items=items)
    )
    assert response.status_code == 200
    assert "Corrigez les données en double" in page_text(response)
    assert not MemoireCollectionPage.objects.exists()


def test_a_chapter_needs_a_time_code(admin_client, archive):
    chapters = inline_formset([{"time_code": "douze", "title": "Début"}])
    response = admin_client.post(add_collection_url(archive), collection_form(chapters=chapters))
    assert response.status_code == 200
    assert "« douze » : écrivez le moment du film en minutes et secondes" in page_text(response)
    assert not MemoireCollectionPage.objects.exists()


def test_a_film_needs_its_transcript_to_be_published(admin_client, archive, recording):
    film = streamfield([("recording", recording_value(recording))])
    response = admin_client.post(add_collection_url(archive), collection_form(film=film))
    assert response.status_code == 200
    assert "Le film « La chorale » a besoin de sa transcription avant de publier." in page_text(
        response
    )
    assert not MemoireCollectionPage.objects.exists()


def test_a_collection_is_published_from_the_admin(admin_client, archive, make_item, recording):
    mine = make_item(title="À nous")
    film = streamfield([("recording", recording_value(recording, "Bonjour."))])
    chapters = inline_formset([{"time_code": "0:00", "title": "Début"}])
    partners = inline_formset([{"name": "Lycée Cisson", "role": "a filmé"}])
    response = admin_client.post(
        add_collection_url(archive),
        collection_form(
            film=film,
            chapters=chapters,
            partners=partners,
            collection_items=inline_formset([{"item": mine.pk}]),
        ),
    )
    assert response.status_code == 302
    collection = MemoireCollectionPage.objects.get(slug="le-projet")
    assert collection.live
    assert collection.items() == [mine]
