"""The public search: its scope and kinds, synonyms, suggestions, excerpts and ordering.

The backend (`core.search_backend`) makes the words French-aware; this module decides what
is searched (published pages of the current quartier or of every quartier, of one kind),
adds the synonyms the administrators keep, puts upcoming events before past ones, suggests a
corrected query from the words of the published pages, and highlights the words found.
"""

import difflib
import re

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelsearch.query import Or, PlainText
from wagtail.models import Page, get_page_models

from .models import SearchSynonym
from .request_cache import memoize
from .search_backend import clean_search_text
from .search_text import plain_words, stem, stems
from .specific import pages_as_their_types

KINDS = {
    "article": _("article"),
    "evenement": _("événement"),
    "souvenir": _("souvenir"),
    "acteur": _("acteur"),
    "page": _("page"),
}
KIND_FILTERS = {
    "article": _("Articles"),
    "evenement": _("Événements"),
    "souvenir": _("Souvenirs"),
    "acteur": _("Acteurs"),
    "page": _("Autres pages"),
}
EXCERPT_WORDS = 30
VOCABULARY_TIMEOUT = 600
SUGGESTION_CUTOFF = 0.75
MIN_SUGGESTED_LENGTH = 4
TEXT_WORD_RE = re.compile(r"\S+")
# A word of the text: its punctuation before, the word, its punctuation after.
WORD_PARTS_RE = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)


def kind_of(page):
    return getattr(page.specific_class, "search_kind", "page") if page.specific_class else "page"


def kind_models(kind):
    return [model for model in get_page_models() if getattr(model, "search_kind", "page") == kind]


def published_pages(scope):
    return Page.objects.live().public().descendant_of(scope, inclusive=True)


def of_kind(pages, kind):
    """`pages` of one kind; "page" is every page that is none of the others."""
    if kind == "page":
        others = [model for other in KINDS if other != "page" for model in kind_models(other)]
        types = ContentType.objects.get_for_models(*others, for_concrete_models=False).values()
        return pages.exclude(content_type__in=types)
    types = ContentType.objects.get_for_models(*kind_models(kind), for_concrete_models=False)
    return pages.filter(content_type__in=types.values())


def past_event_ids(now):
    """The pks of events whose every date is over (the models whose manager knows `over`)."""
    querysets = [
        model.objects.over(now).values("pk")
        for model in kind_models("evenement")
        if hasattr(model.objects, "over")
    ]
    return [pk for queryset in querysets for pk in queryset.values_list("pk", flat=True)]


def synonym_groups():
    """The synonyms list, read once per request (each result's excerpt uses it too)."""
    return memoize(
        "search-synonyms",
        lambda: [
            [plain_words(term) for term in synonym.term_list()]
            for synonym in SearchSynonym.objects.all()
        ],
    )


def query_texts(text):
    """The query's cleaned words, then the same query with each synonym found replaced."""
    words = plain_words(clean_search_text(text))
    if not words:
        return []
    texts = [" ".join(words)]
    word_stems = [stem(word) for word in words]
    for group in synonym_groups():
        for term in group:
            term_stems = [stem(word) for word in term]
            start = _find(word_stems, term_stems)
            if start is None:
                continue
            for other in group:
                if other is not term:
                    replaced = words[:start] + other + words[start + len(term) :]
                    if " ".join(replaced) not in texts:
                        texts.append(" ".join(replaced))
    return texts


def _find(sequence, part):
    if not part:
        return None
    for start in range(len(sequence) - len(part) + 1):
        if sequence[start : start + len(part)] == part:
            return start
    return None


def build_query(texts, operator):
    queries = [PlainText(text, operator=operator) for text in texts]
    return queries[0] if len(queries) == 1 else Or(queries)


class ChainedResults:
    """Two search results one after the other, sliceable for a Paginator; the pages of a
    slice come as their own types in one query, whatever the mix of types."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def count(self):
        return self.first.count() + self.second.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        start, stop = index.start or 0, index.stop
        first_count = self.first.count()
        items = list(self.first[start : min(stop, first_count)]) if start < first_count else []
        if stop > first_count:
            items += list(self.second[max(start - first_count, 0) : stop - first_count])
        types = {item.specific_class for item in items} - {None}
        by_pk = {
            page.pk: page
            for page in pages_as_their_types(
                Page.objects.filter(pk__in=[item.pk for item in items]), types
            )
        }
        return [by_pk[item.pk] for item in items if item.pk in by_pk]


def search(scope, text, kind, now):
    """The published pages below `scope` that contain every word of `text` (or of one of
    its synonym variants), of `kind` if given; upcoming and timeless pages first, past
    events last."""
    texts = query_texts(text)
    if not texts:
        return None
    pages = published_pages(scope)
    if kind in KINDS:
        pages = of_kind(pages, kind)
    past = past_event_ids(now)
    query = build_query(texts, "and")
    return ChainedResults(
        pages.exclude(pk__in=past).search(query),
        pages.filter(pk__in=past).search(query),
    )


def vocabulary(scope):
    """The words of the published pages' titles and descriptions below `scope`, cached."""
    key = f"search-vocabulary:{scope.pk}:{vocabulary_version()}"
    words = cache.get(key)
    if words is None:
        words = set()
        for title, description in published_pages(scope).values_list("title", "search_description"):
            words.update(plain_words(f"{title} {description}"))
        words = sorted(word for word in words if len(word) >= MIN_SUGGESTED_LENGTH)
        cache.set(key, words, VOCABULARY_TIMEOUT)
    return words


def vocabulary_version():
    return cache.get_or_set("search-vocabulary-version", 1, None)


def forget_vocabulary():
    """Called when a page is published or unpublished: the next suggestion rereads it."""
    try:
        cache.incr("search-vocabulary-version")
    except ValueError:
        cache.set("search-vocabulary-version", 1, None)


def suggestion(scope, text):
    """The query with its unknown words replaced by the closest known ones, or None."""
    words = plain_words(clean_search_text(text))
    known = vocabulary(scope)
    known_stems = {stem(word) for word in known}
    corrected = []
    for word in words:
        if len(word) < MIN_SUGGESTED_LENGTH or stem(word) in known_stems:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, known, n=1, cutoff=SUGGESTION_CUTOFF)
        corrected.append(close[0] if close else word)
    return " ".join(corrected) if corrected != words else None


def excerpt(text, query):
    """About 30 words of `text` around the first word found, found words in <mark>, escaped."""
    searched = set(stems(query)) | {
        stem(word) for extra in query_texts(query)[1:] for word in plain_words(extra)
    }
    words = TEXT_WORD_RE.findall(text)
    found = [any(stem(w) in searched for w in plain_words(word)) for word in words]
    first = found.index(True) if True in found else 0
    start = max(0, first - EXCERPT_WORDS // 3)
    shown = []
    for word, is_found in zip(
        words[start : start + EXCERPT_WORDS], found[start : start + EXCERPT_WORDS], strict=True
    ):
        if is_found:
            before, core, after = WORD_PARTS_RE.match(word).groups()
            shown.append(f"{escape(before)}<mark>{escape(core)}</mark>{escape(after)}")
        else:
            shown.append(escape(word))
    prefix = "…\u00a0" if start else ""
    suffix = "\u00a0…" if start + EXCERPT_WORDS < len(words) else ""
    return mark_safe(prefix + " ".join(shown) + suffix)  # noqa: S308 (each word escaped)


def actor_names(scope, text, limit):
    """Published actors below `scope` one of whose title's words starts like each word of
    `text` (accents and case ignored), by title."""
    typed = plain_words(text)
    if not typed:
        return []
    actors = of_kind(published_pages(scope), "acteur").order_by("title")
    matches = [
        pk
        for pk, title in actors.values_list("pk", "title")
        if all(any(word.startswith(part) for word in plain_words(title)) for part in typed)
    ][:limit]
    by_pk = {page.pk: page for page in Page.objects.filter(pk__in=matches).specific()}
    return [by_pk[pk] for pk in matches if pk in by_pk]
