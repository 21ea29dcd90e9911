"""The search backend: modelsearch's database backend, fed only with plain words.

Every search goes through it: the public search and every admin search (pages, images,
documents, snippets, choosers). What visitors type reaches SQLite's full-text search (FTS5)
or PostgreSQL's tsquery, whose own syntax (quotes, `*`, `-`, `^`, `NEAR(…)`, `OR`, `NOT`,
`:`…) turns some texts into errors. So the query is cut down to its words first: letters
(accents kept: the SQLite index ignores them), digits, and apostrophes and hyphens inside a
word (« aujourd'hui », « Saint-Denis »); lowercased, so that `OR`, `NOT` or `NEAR` are
ordinary words. A query with no word left finds nothing.

settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
"""

import re
import unicodedata
from copy import copy
from functools import cache

from modelsearch.backends import database
from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText

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


def clean_search_query(query):
    """`query` (a string or a modelsearch query) with its texts cleaned.

    A string gives a string ("" when no word is left). In a query object, a text with no word
    left is dropped, with what only it made up; None when nothing is left.
    """
    if isinstance(query, str):
        return clean_search_text(query)
    if isinstance(query, (PlainText, Phrase, Fuzzy)):
        text = clean_search_text(query.query_string)
        if not text:
            return None
        cleaned = copy(query)
        cleaned.query_string = text
        return cleaned
    if isinstance(query, (And, Or)):
        subqueries = [clean_search_query(subquery) for subquery in query.subqueries]
        subqueries = [subquery for subquery in subqueries if subquery is not None]
        return type(query)(subqueries) if subqueries else None
    if isinstance(query, Not):
        subquery = clean_search_query(query.subquery)
        return None if subquery is None else Not(subquery)
    if isinstance(query, Boost):
        subquery = clean_search_query(query.subquery)
        return None if subquery is None else Boost(subquery, query.boost)
    return query  # MATCH_ALL, None: no text in them


class CleanQueryMixin:
    """Clean every query before the backend compiles it (search and autocomplete)."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if query is not None:
            query = clean_search_query(query)
            if query is None:
                return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


@cache
def _with_clean_queries(backend_class):
    return type(backend_class.__name__, (CleanQueryMixin, backend_class), {"__module__": __name__})


def SearchBackend(params):
    """The database backend modelsearch picks for this database (SQLite FTS5, PostgreSQL…),
    with clean queries."""
    backend_class = type(database.SearchBackend(params))
    return _with_clean_queries(backend_class)(params)
