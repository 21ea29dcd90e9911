from .collection import CollectionItem, CollectionPartner, FilmChapter, MemoireCollectionPage
from .index import MemoireIndexPage
from .item import (
    ItemKind,
    ItemLicence,
    MemoireItemPage,
    MemoireItemPerson,
    MemoireItemTag,
    PersonRole,
)
from .snippets import MemoirePerson, MemoirePlace, PlaceKind

__all__ = [
    "CollectionItem",
    "CollectionPartner",
    "FilmChapter",
    "ItemKind",
    "ItemLicence",
    "MemoireCollectionPage",
    "MemoireIndexPage",
    "MemoireItemPage",
    "MemoireItemPerson",
    "MemoireItemTag",
    "MemoirePerson",
    "MemoirePlace",
    "PersonRole",
    "PlaceKind",
]
