"""Demo content of the memory archives: for some quartiers, places, people, items and a
collection, from the study's memory projects (Sainte-Musse's documentary, "Raconte-moi
Planoise", Le Hublot's shows projected on façades).

The texts are in `memoire/demo_data/<quartier>.yaml`; their structure is checked by
`tests/memoire/test_demo_data.py`. Photos are drawn by code: an old photo is a sepia
print, and the two photos of a then-and-now pair share their `scene`, so the same
skyline appears at two times. Recordings are short generated sounds, each with its
transcript. Loading twice creates nothing more.
"""

import datetime
import io

from django.core.files import File
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import ImageOps
from wagtail.documents import get_document_model

from core.blocks import photo_data
from core.demo import data_path, demo_recording, draw_recording, paragraphs, read_data, register
from core.models import Contributor
from home.demo import photos_of
from home.models import QuartierPage
from images.generated import draw_quartier
from images.models import PortalImage

from .models import (
    CollectionItem,
    CollectionPartner,
    FilmChapter,
    MemoireCollectionPage,
    MemoireIndexPage,
    MemoireItemPage,
    MemoireItemPerson,
    MemoirePerson,
    MemoirePlace,
)
from .periods import parse_period

OLD_PHOTO_BEFORE = 1990  # photos taken before then are drawn as sepia prints


def memoire_data(quartier_slug):
    """The demo archive of a quartier, or None when it has none."""
    name = f"{quartier_slug}.yaml"
    return read_data("memoire", name) if data_path("memoire", name).exists() else None


def demo_photo(quartier, title, credit, scene, date, people):
    """The demo photo called `title` in the quartier's collection, drawn on first use."""
    existing = PortalImage.objects.filter(title=title, collection=quartier.collection).first()
    if existing:
        return existing
    palette = photos_of(quartier).palette
    drawing = draw_quartier(scene, palette)
    if date and date.year < OLD_PHOTO_BEFORE:
        drawing = ImageOps.colorize(ImageOps.grayscale(drawing), "#2b1d0e", "#f3e4c4")
    buffer = io.BytesIO()
    drawing.save(buffer, format="JPEG", quality=80, optimize=True)
    image = PortalImage(
        title=title[:255],
        collection=quartier.collection,
        credit=credit,
        date_taken=date,
        people=people,
    )
    image.file = ImageFile(buffer, name=f"{slugify(title)[:60] or 'photo'}.jpg")
    image.save()
    return image


def film_recording(title, collection, seconds):
    """A longer demo recording (a film's soundtrack extract), made on first use."""
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    document = document_model(title=title, collection=collection)
    sound = draw_recording(title, seconds=seconds)
    document.file = File(io.BytesIO(sound), name=f"{slugify(title)[:60] or 'film'}.wav")
    document.file_size = len(sound)
    document.save()
    return document


def recording(title, collection, seed):
    """`core.demo.demo_recording`, with its size known (the page says how big it is)."""
    document = demo_recording(title, collection, seed=seed)
    if document.file_size is None:
        document.get_file_size()
    return document


def ensure_places(quartier, rows):
    places = {}
    for row in rows:
        place, _created = MemoirePlace.objects.get_or_create(
            quartier=quartier,
            name=row["name"],
            defaults={
                "kind": row["kind"],
                "description": row.get("description", ""),
                "latitude": row.get("latitude"),
                "longitude": row.get("longitude"),
            },
        )
        places[row["name"]] = place
    return places


def ensure_people(quartier, rows):
    people = {}
    for row in rows:
        person, _created = MemoirePerson.objects.get_or_create(
            quartier=quartier,
            name=row["name"],
            defaults={"description": row.get("description", "")},
        )
        people[row["name"]] = person
    return people


def contributor(name, quartier):
    found, _created = Contributor.objects.get_or_create(
        name=name,
        quartier=quartier,
        defaults={"bio": _("A confié des souvenirs à la mémoire du quartier.")},
    )
    return found


def publish(page, when):
    page.save_revision(log_action=False).publish(log_action=False)
    # Published on the day the data file says, for the portal's "what's new".
    published_at = timezone.make_aware(datetime.datetime.combine(when, datetime.time(10)))
    type(page).objects.filter(pk=page.pk).update(first_published_at=published_at)


def photo_blocks(quartier, entry, date):
    blocks = []
    for number, photo in enumerate(entry.get("photos", []), start=1):
        image = demo_photo(
            quartier,
            f"{entry['title']} · {number}",
            photo["credit"],
            scene=photo.get("scene", f"{entry['slug']}-{number}"),
            date=date,
            people=photo.get("people", "personne"),
        )
        blocks.append(
            {"type": "photo", "value": photo_data(image.pk, photo["caption"], photo.get("alt"))}
        )
    return blocks


def recording_blocks(quartier, entry):
    return [
        {
            "type": "recording",
            "value": {
                "title": row["title"],
                "file": recording(row["title"], quartier.collection, seed=entry["slug"]).pk,
                "embed": None,
                "transcript": row["transcript"],
            },
        }
        for row in entry.get("recordings", [])
    ]


def create_item(archive, quartier, entry, places, people, existing, when):
    date_text = str(entry.get("date") or "")  # "1961" is a number in YAML
    period = parse_period(date_text) if date_text else None
    photos = photo_blocks(quartier, entry, period.start if period else None)
    item = MemoireItemPage(
        title=entry["title"],
        slug=entry["slug"],
        kind=entry["kind"],
        description=entry["description"],
        date_text=date_text,
        place=places.get(entry.get("place")),
        photos=photos,
        recordings=recording_blocks(quartier, entry),
        text=paragraphs(entry.get("text") or []),
        contributor=contributor(entry["contributor"], quartier)
        if entry.get("contributor")
        else None,
        source=entry.get("source", ""),
        licence=entry.get("licence", "tous-droits"),
        paired_item=existing.get(entry.get("pair")),
        listing_image_id=photos[0]["value"]["image"]["image"] if photos else None,
        live=False,
    )
    item.item_people = [
        MemoireItemPerson(person=people[row["name"]], role=row["role"], sort_order=order)
        for order, row in enumerate(entry.get("people", []))
    ]
    item.tags.add(*entry.get("tags", []))
    archive.add_child(instance=item)
    publish(item, when)
    return item


def create_collection(archive, quartier, data, items, when):
    film = data.get("film")
    blocks = []
    if film:
        recording = film_recording(film["title"], quartier.collection, film["seconds"])
        blocks = [
            {
                "type": "recording",
                "value": {
                    "title": film["title"],
                    "file": recording.pk,
                    "embed": None,
                    "transcript": film["transcript"],
                },
            }
        ]
    cover = items[data["items"][0]]
    collection = MemoireCollectionPage(
        title=data["title"],
        slug=data["slug"],
        date_text=str(data["date"]),
        intro=paragraphs(data["intro"]),
        listing_summary=data["summary"],
        listing_image_id=cover.listing_image_id,
        film=blocks,
        live=False,
    )
    collection.partners = [
        CollectionPartner(name=row["name"], role=row.get("role", ""), sort_order=order)
        for order, row in enumerate(data["partners"])
    ]
    collection.collection_items = [
        CollectionItem(item=items[slug], sort_order=order)
        for order, slug in enumerate(data["items"])
    ]
    collection.chapters = [
        FilmChapter(time_code=row["time"], title=row["title"], sort_order=order)
        for order, row in enumerate((film or {}).get("chapters", []))
    ]
    archive.add_child(instance=collection)
    publish(collection, when)
    return collection


def load_archive(quartier, data, log):
    archive = MemoireIndexPage.objects.child_of(quartier).first()
    if archive is None:
        return
    if archive.title != data["name"] or archive.intro != data["intro"]:
        archive.title = data["name"]
        archive.intro = data["intro"]
        archive.listing_summary = data["intro"]
        archive.save_revision(log_action=False).publish(log_action=False)
    places = ensure_places(quartier, data["places"])
    people = ensure_people(quartier, data.get("people", []))
    existing = {item.slug: item for item in MemoireItemPage.objects.child_of(archive)}
    published = data["published"]
    for number, entry in enumerate(data["items"]):
        if entry["slug"] not in existing:
            when = published + datetime.timedelta(days=number)
            existing[entry["slug"]] = create_item(
                archive, quartier, entry, places, people, existing, when
            )
            log(f"  memory {quartier.slug}/{entry['slug']}")
    collections = set(
        MemoireCollectionPage.objects.child_of(archive).values_list("slug", flat=True)
    )
    for entry in data["collections"]:
        if entry["slug"] not in collections:
            create_collection(archive, quartier, entry, existing, published)
            log(f"  collection {quartier.slug}/{entry['slug']}")


@register(order=30)
def load_memoires(log):
    for quartier in QuartierPage.objects.order_by("path"):
        data = memoire_data(quartier.slug)
        if data is not None:
            load_archive(quartier, data, log)
