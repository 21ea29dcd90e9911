"""French words for search: the same normalisation for what is indexed and what is typed.

Every text the search index stores, and every query, goes through `index_text`: accents
removed (« école » = « ecole »), elided articles dropped (« l'école » = « école »), and a
light French stemmer (plural and feminine endings: « associations » = « association »,
« journaux » = « journal », « animatrice » = « animateur »). Both database backends
(SQLite FTS5, PostgreSQL) then compare the same words, so they answer the same way.

The stemmer is deliberately light: it only removes endings people drop or add when they
type, so a word is never confused with an unrelated one.
"""

import re
import unicodedata

# A word, with the apostrophe that may follow it (an elided article: l', d', qu').
WORD_RE = re.compile(r"([^\W_]+)(['’ʼ‘])?")
ELIDED = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"})
MIN_STEM_LENGTH = 4
# (ending, replacement), the first that applies, on a word without its plural mark.
FEMININE_ENDINGS = (
    ("trice", "teur"),
    ("euse", "eur"),
    ("ive", "if"),
    ("iere", "ier"),
    ("enne", "en"),
)


def unaccent(text):
    """`text` lowercased, without accents or ligatures (« Œuvre Été » → « oeuvre ete »)."""
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def plain_words(text):
    """The words of `text`, unaccented and lowercased, without elided articles."""
    return [
        word
        for word, apostrophe in WORD_RE.findall(unaccent(text))
        if not (apostrophe and word in ELIDED)
    ]


def stem(word):
    """A light French stem of an unaccented lowercase word."""
    if len(word) < MIN_STEM_LENGTH or not word.isalpha():
        return word
    if word.endswith("eaux"):
        word = word[:-1]
    elif word.endswith("aux") and len(word) > MIN_STEM_LENGTH:
        word = word[:-2] + "l"
    elif word.endswith(("s", "x")) and not word.endswith("ss"):
        word = word[:-1]
    for ending, replacement in FEMININE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + replacement
    stripped = word.rstrip("e")
    return stripped if len(stripped) >= MIN_STEM_LENGTH - 1 else word


def stems(text):
    """The stems of the words of `text`, in order."""
    return [stem(word) for word in plain_words(text)]


def index_text(text):
    """What the search index stores for `text`, and what a query becomes: its stems."""
    return " ".join(stems(text))


def autocomplete_text(text):
    """What the index stores to complete a word as it is typed: the words, unstemmed."""
    return " ".join(plain_words(text))
