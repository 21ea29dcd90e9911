"""Residents' plain text, made into the page's rich text (escaped, one idea a paragraph)."""

from django.utils.html import escape
from django.utils.text import Truncator

CHAPO_WORDS = 40


def paragraphs(text):
    """Paragraphs separated by blank lines; single line breaks kept inside a paragraph."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [" ".join(line.strip() for line in block.splitlines()) for block in blocks if block]


def paragraph_html(text):
    return f"<p>{escape(text)}</p>"


def chapo_and_body(text, chapo_max):
    """A short first paragraph becomes the chapô; a long one is also kept in the body."""
    parts = paragraphs(text)
    if len(parts) > 1 and len(parts[0]) <= chapo_max:
        return parts[0], parts[1:]
    chapo = Truncator(parts[0]).words(CHAPO_WORDS, truncate=" …")[:chapo_max]
    return chapo, parts
