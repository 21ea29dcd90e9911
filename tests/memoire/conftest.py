import pytest

from core.factories import ContributorFactory, RecordingFactory
from images.factories import PortalImageFactory
from memoire.factories import (
    MemoireCollectionPageFactory,
    MemoireItemPageFactory,
    MemoirePersonFactory,
    MemoirePlaceFactory,
)
from memoire.models import ItemKind, MemoireIndexPage


@pytest.fixture
def archive(quartier):
    return MemoireIndexPage.objects.child_of(quartier).get()


@pytest.fixture
def other_archive(other_quartier):
    return MemoireIndexPage.objects.child_of(other_quartier).get()


@pytest.fixture
def place(quartier):
    return MemoirePlaceFactory(quartier=quartier, name="La tour B")


@pytest.fixture
def person(quartier):
    return MemoirePersonFactory(quartier=quartier, name="Mme Rose")


@pytest.fixture
def contributor(quartier):
    return ContributorFactory(quartier=quartier, name="Tonton Marcel")


@pytest.fixture
def make_image(quartier):
    def make(title="Photo", credit="Karim B.", **kwargs):
        kwargs.setdefault("collection", quartier.collection)
        return PortalImageFactory(title=title, credit=credit, **kwargs)

    return make


@pytest.fixture
def make_item(archive):
    """An item of the archive: a photo by default (`image=` to choose it), else `kind=…`."""

    def make(parent=None, live=True, kind=ItemKind.PHOTO, image=None, recording=None, **fields):
        if kind in (ItemKind.PHOTO, ItemKind.ARCHIVE) or image is not None:
            fields["photos__0"] = "photo"
            if image is not None:
                fields["photos__0__photo__image__image__image"] = image
        if kind in (ItemKind.AUDIO, ItemKind.VIDEO) or recording is not None:
            fields["recordings__0"] = "recording"
            if recording is not None:
                fields["recordings__0__recording__file__document"] = recording
            elif kind == ItemKind.VIDEO:
                fields["recordings__0__recording__file__document"] = RecordingFactory(
                    file__filename="film.webm"
                )
        return MemoireItemPageFactory(parent=parent or archive, published=live, kind=kind, **fields)

    return make


@pytest.fixture
def make_collection(archive):
    def make(items=(), live=True, parent=None, **fields):
        return MemoireCollectionPageFactory(
            parent=parent or archive, items=items, published=live, **fields
        )

    return make


KINDS = [ItemKind.PHOTO, ItemKind.ARCHIVE, ItemKind.TESTIMONY]
DATES = ["vers 1952", "1958–1962", "années 60", "printemps 1971", "12 mars 1974", "1985", "2011"]


def add_items(archive, count, image, places=(), start=0):
    """`count` published items, fast (no revision, no search indexing): for query counts.

    They spread over kinds, dates, places and a few themes, and show the same photo.
    """
    from contextlib import ExitStack

    from wagtail.signal_handlers import disable_reference_index_auto_update

    from core.blocks import photo_data
    from core.demo import suspend_search_auto_update
    from memoire.models import MemoireItemPage

    items = []
    with ExitStack() as stack:
        stack.enter_context(suspend_search_auto_update([MemoireItemPage]))
        stack.enter_context(disable_reference_index_auto_update())
        for number in range(start, start + count):
            kind = KINDS[number % len(KINDS)]
            item = MemoireItemPage(
                title=f"Souvenir en nombre {number}",
                slug=f"souvenir-en-nombre-{number}",
                kind=kind,
                description="Un souvenir parmi beaucoup d'autres.",
                date_text=DATES[number % len(DATES)] if number % 11 else "",
                place=places[number % len(places)] if places else None,
                photos=[{"type": "photo", "value": photo_data(image.pk, "Une photo")}],
                text="<p>Un texte.</p>",
                live=True,
            )
            item.tags.add("quartier", f"theme-{number % 5}")
            archive.add_child(instance=item)
            items.append(item)
    return items
