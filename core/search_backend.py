"""The search backend: modelsearch's database backend, fed only with plain words.

Every search goes through it: the public search and every admin search (pages, images,
documents, snippets, choosers). What visitors type reaches SQLite's full-text search (FTS5)
or PostgreSQL's tsquery, whose own syntax (quotes, `*`, `-`, `^`, `NEAR(…)`, `OR`, `NOT`,
`:`…) turns some texts into errors. So the query is cut down to its words first: letters
(accents kept: the SQLite index ignores them), digits, and apostrophes and hyphens inside a
word (« aujourd'hui », « Saint-Denis »); lowercased, so that `OR`, `NOT` or `NEAR` are
ordinary words. A query with no word left finds nothing.

Then both what is indexed and what is searched become French stems (`core.search_text`):
accents, elided articles, plural and feminine endings no longer matter, on SQLite and on
PostgreSQL alike. Autocomplete (completing a word as it is typed) gets the words without
their accents, unstemmed. On PostgreSQL the stems then go through the `quartiers_french`
text search configuration (French stemmer and `unaccent`, created by core's migration 0005).

settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
After a change to the normalisation: `manage.py update_index`.
"""

import re
import unicodedata
from copy import copy
from functools import cache

from django.utils.encoding import force_str
from modelsearch.backends import database
from modelsearch.backends.base import EmptySearchResults
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

from .search_text import autocomplete_text, index_text

# A word: letters and digits (not "_"), with single apostrophes or hyphens inside it.
WORD_RE = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
# Beyond these, a query is not a search (a pasted text, an attack): the rest is left out.
MAX_WORDS = 32
MAX_WORD_LENGTH = 64


def clean_search_text(text):
    """The words of `text`, lowercased, once each, separated by spaces ("" if none)."""
    words = []
    text = unicodedata.normalize("NFC", text).translate(APOSTROPHES)
    for word in WORD_RE.findall(text):
        word = word.lower()
        if len(word) <= MAX_WORD_LENGTH and word not in words:
            words.append(word)
            if len(words) == MAX_WORDS:
                break
    return " ".join(words)


def map_query_texts(query, function):
    """`query` (a string or a modelsearch query) with `function` applied to its texts.

    A string gives a string. In a query object, a text that becomes "" is dropped, with what
    only it made up; None when nothing is left.
    """
    if isinstance(query, str):
        return function(query)
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        text = function(query.query_string)
        if not text:
            return None
        mapped = copy(query)
        mapped.query_string = text
        return mapped
    if isinstance(query, (And, Or)):
        subqueries = [map_query_texts(subquery, function) for subquery in query.subqueries]
        subqueries = [subquery for subquery in subqueries if subquery is not None]
        return type(query)(subqueries) if subqueries else None
    if isinstance(query, Not):
        subquery = map_query_texts(query.subquery, function)
        return None if subquery is None else Not(subquery)
    if isinstance(query, Boost):
        subquery = map_query_texts(query.subquery, function)
        return None if subquery is None else Boost(subquery, query.boost)
    return query  # MATCH_ALL, None: no text in them


def clean_search_query(query):
    """`query` (a string or a modelsearch query) with its texts cleaned (see the module)."""
    return map_query_texts(query, clean_search_text)


def prepare_value(value):
    """A field's value as text, the way modelsearch's indexers join lists and dicts."""
    if isinstance(value, list):
        return ", ".join(prepare_value(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(prepare_value(item) for item in value.values())
    return value if isinstance(value, str) else force_str(value)


def _unwrapped(obj):
    return obj.obj if isinstance(obj, NormalisedObject) else obj


def normalised_field(field):
    """A copy of a search field whose value is the normalised text of the original's."""
    copied = copy(field)
    if isinstance(field, RelatedFields):
        copied.fields = [normalised_field(sub_field) for sub_field in field.fields]
        copied.get_value = lambda obj: field.get_value(_unwrapped(obj))
    elif isinstance(field, (SearchField, AutocompleteField)):
        normalise = autocomplete_text if isinstance(field, AutocompleteField) else index_text
        copied.get_value = lambda obj: normalise(prepare_value(field.get_value(_unwrapped(obj))))
    return copied


class NormalisedObject:
    """What modelsearch's indexers read of an object (`pk`, its search fields), normalised."""

    def __init__(self, obj, search_fields):
        self.obj = obj
        self.pk = obj.pk
        self.search_fields = search_fields

    def get_search_fields(self):
        return self.search_fields


def _with_normalised_items(index_class):
    class NormalisedIndex(index_class):
        def add_items(self, model, objs):
            fields = [normalised_field(field) for field in model.get_search_fields()]
            return super().add_items(model, [NormalisedObject(obj, fields) for obj in objs])

    return NormalisedIndex


class CleanQueryMixin:
    """Clean every query before the backend compiles it (search and autocomplete)."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if query is not None:
            normalise = (
                autocomplete_text
                if query_compiler_class is self.autocomplete_query_compiler_class
                else index_text
            )
            query = map_query_texts(clean_search_query(query), normalise)
            if query is None:
                return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


@cache
def _with_clean_queries(backend_class):
    attributes = {
        "__module__": __name__,
        "index_class": _with_normalised_items(backend_class.index_class),
    }
    return type(backend_class.__name__, (CleanQueryMixin, backend_class), attributes)


def SearchBackend(params):
    """The database backend modelsearch picks for this database (SQLite FTS5, PostgreSQL…),
    with clean, normalised queries and a normalised index."""
    backend_class = type(database.SearchBackend(params))
    return _with_clean_queries(backend_class)(params)
