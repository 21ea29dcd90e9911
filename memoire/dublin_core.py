"""The archive in Dublin Core terms, so that a municipal archive service can take it over.

The same terms describe an item (or a collection) in its page's `<meta name="DC.…">`
elements (the DC-HTML convention: the fifteen elements as `DC.`, the other terms as
`DCTERMS.`) and in the quartier's JSON export (`…/memoire/export/`, every term as
`dcterms:`). Dates are in the Extended Date/Time Format (EDTF): "1975~" is "about 1975",
"196X" the 1960s, "1958/1962" a range, "1981-21" spring 1981.
"""

import mimetypes
from collections import defaultdict

from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.renditions import PHOTO

from .models.item import ItemKind, PersonRole

DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
DCMITYPE = "http://purl.org/dc/dcmitype/"
# The fifteen elements of the Dublin Core Metadata Element Set.
ELEMENTS = {
    "contributor",
    "coverage",
    "creator",
    "date",
    "description",
    "format",
    "identifier",
    "language",
    "publisher",
    "relation",
    "rights",
    "source",
    "subject",
    "title",
    "type",
}
DCMI_TYPES = {
    ItemKind.PHOTO: "StillImage",
    ItemKind.TESTIMONY: "Text",
    ItemKind.AUDIO: "Sound",
    ItemKind.VIDEO: "MovingImage",
    ItemKind.ARCHIVE: "Text",
}
LANGUAGE = "fr"


def meta_name(term):
    """ "title" → "DC.title", "spatial" → "DCTERMS.spatial" (DC-HTML)."""
    return f"DC.{term}" if term in ELEMENTS else f"DCTERMS.{term}"


def unique(values):
    seen = []
    for value in values:
        value = str(value).strip() if value is not None else ""
        if value and value not in seen:
            seen.append(value)
    return seen


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


def recording_documents(item):
    return [block.value["file"] for block in item.recordings if block.value.get("file")]


def item_terms(
    item, request, archive=None, collections=(), images=None, documents=None, pair_url=""
):
    """(term, values) pairs describing an item, in a fixed order; empty terms are left out.

    `images` and `documents` default to the item's own (the page has them loaded); the
    export passes them in, fetched for every item at once.
    """
    images = item.photo_images() if images is None else images
    documents = recording_documents(item) if documents is None else documents
    links = item.people_links
    speakers = [link.person.name for link in links if link.role == PersonRole.SPEAKING]
    shown = [link.person.name for link in links if link.role == PersonRole.SHOWN]
    place = item.place
    spatial = [place.name] if place else []
    if place and place.has_coordinates:
        spatial.append(f"name={place.name}; east={place.longitude}; north={place.latitude}")
    terms = [
        ("title", [item.title]),
        ("description", [item.description]),
        ("date", [item.date_edtf]),
        ("temporal", [item.date_text]),
        ("spatial", spatial),
        ("type", [DCMI_TYPES[item.kind]]),
        ("format", [mimetypes.guess_type(document.filename)[0] for document in documents]),
        ("subject", [*(tag.name for tag in item.tag_list), *shown]),
        ("creator", [*speakers, *(image.credit for image in images)]),
        ("contributor", [item.contributor.name if item.contributor_id else ""]),
        ("source", [item.source]),
        ("rights", [item.get_licence_display()]),
        ("license", [item.licence_uri]),
        ("language", [LANGUAGE]),
        ("publisher", [archive.title if archive else ""]),
        ("identifier", [item.get_full_url(request)]),
        ("isPartOf", [collection.get_full_url(request) for collection in collections]),
        ("relation", [pair_url]),
    ]
    return [(term, unique(values)) for term, values in terms if unique(values)]


def collection_terms(collection, request, archive=None, items=(), item_urls=None):
    terms = [
        ("title", [collection.title]),
        ("description", [collection.summary]),
        ("date", [collection.date_edtf]),
        ("temporal", [collection.date_text]),
        ("type", ["Collection"]),
        ("contributor", [partner.name for partner in collection.partners.all()]),
        ("language", [LANGUAGE]),
        ("publisher", [archive.title if archive else ""]),
        ("identifier", [collection.get_full_url(request)]),
        ("hasPart", item_urls or [item.get_full_url(request) for item in items]),
    ]
    return [(term, unique(values)) for term, values in terms if unique(values)]


def meta_elements(terms):
    """(name, value) of the page's `<meta>` elements, one per value."""
    return [(meta_name(term), value) for term, values in terms for value in values]


def as_json(terms):
    return {f"dcterms:{term}": values for term, values in terms}


# The JSON export


def stream_ids(stream, block_type, key):
    """Keys of the images or documents a stream refers to, read from its raw data."""
    ids = []
    for block in stream.raw_data:
        value = (block.get("value") or {}).get(key) if block.get("type") == block_type else None
        if isinstance(value, dict):
            value = value.get("image")
        if value:
            ids.append(value)
    return ids


def export_media(items, request):
    """For each item, its images (with their photo-size rendition) and its documents, in a
    fixed number of queries: every item's media are fetched at once."""
    image_ids = {item.pk: stream_ids(item.photos, "photo", "image") for item in items}
    document_ids = {item.pk: stream_ids(item.recordings, "recording", "file") for item in items}
    all_images = {pk for ids in image_ids.values() for pk in ids}
    all_documents = {pk for ids in document_ids.values() for pk in ids}
    images = {
        image.pk: image
        for image in get_image_model().objects.filter(pk__in=all_images).prefetch_renditions(PHOTO)
    }
    documents = {
        document.pk: document
        for document in get_document_model().objects.filter(pk__in=all_documents)
    }
    media = defaultdict(lambda: {"images": [], "documents": []})
    for item in items:
        media[item.pk]["images"] = [images[pk] for pk in image_ids[item.pk] if pk in images]
        media[item.pk]["documents"] = [
            documents[pk] for pk in document_ids[item.pk] if pk in documents
        ]
    return media


def media_entries(images, documents, request):
    entries = [
        {
            "dcterms:type": "StillImage",
            "dcterms:title": image.title,
            "dcterms:creator": image.credit,
            "dcterms:rights": image.get_licence_display(),
            # A display size: the original file is never published.
            "url": absolute(request, image.get_rendition(PHOTO).url),
        }
        for image in images
    ]
    entries += [
        {
            "dcterms:type": "Sound"
            if document.file_extension.lower() not in ("mp4", "webm", "ogv")
            else "MovingImage",
            "dcterms:title": document.title,
            "dcterms:format": mimetypes.guess_type(document.filename)[0] or "",
            "url": absolute(request, document.url),
        }
        for document in documents
    ]
    return entries


def archive_export(archive, request):
    """A quartier's published archive: its items and its collections, in Dublin Core terms."""
    items = list(archive.items().timeline_order().with_page_data())
    urls = {item.pk: item.get_full_url(request) for item in items}
    collections = list(archive.collections().prefetch_related("collection_items", "partners"))
    collections_of = defaultdict(list)
    for collection in collections:
        collection.entry_ids = [
            entry.item_id
            for entry in sorted(collection.collection_items.all(), key=lambda e: e.sort_order or 0)
        ]
        for item_id in collection.entry_ids:
            collections_of[item_id].append(collection)
    media = export_media(items, request)
    paired = {}
    for item in items:
        if item.paired_item_id in urls:
            paired[item.pk] = urls[item.paired_item_id]
            paired.setdefault(item.paired_item_id, urls[item.pk])
    entries = []
    for item in items:
        terms = item_terms(
            item,
            request,
            archive=archive,
            collections=collections_of[item.pk],
            images=media[item.pk]["images"],
            documents=media[item.pk]["documents"],
            pair_url=paired.get(item.pk, ""),
        )
        entries.append(
            {
                "@id": urls[item.pk],
                **as_json(terms),
                "media": media_entries(
                    media[item.pk]["images"], media[item.pk]["documents"], request
                ),
            }
        )
    return {
        "@context": {"dcterms": DCTERMS, "dcmitype": DCMITYPE},
        "@id": archive.get_full_url(request),
        "dcterms:title": archive.title,
        "dcterms:description": archive.intro,
        "dcterms:language": LANGUAGE,
        "dcterms:modified": timezone.now().isoformat(timespec="seconds"),
        "item_count": len(entries),
        "items": entries,
        "collections": [
            {
                "@id": collection.get_full_url(request),
                **as_json(
                    collection_terms(
                        collection,
                        request,
                        archive=archive,
                        item_urls=[urls[pk] for pk in collection.entry_ids if pk in urls],
                    )
                ),
            }
            for collection in collections
        ],
    }
