"""French typographic spacing, applied when text is shown (what is stored never changes).

A narrow no-break space (U+202F) goes before « ; ! ? », after « and before »; a no-break
space (U+00A0) goes before « : » and between the groups of a number like « 10 000 ». Only
the spaces the writer typed are replaced (none is added, except inside « »), so URLs such as
"https://exemple.fr/?a=1" keep their shape. In HTML only the text between tags changes:
tags, attributes, comments and the content of <code>, <pre>, <kbd>, <samp>, <script>,
<style> and <textarea> stay as they are. Applying it twice gives the same text.
"""

import re

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"
SPACES = "[ \u00a0\u202f]"

RULES = (
    (re.compile(rf"{SPACES}+(?=[;!?])"), NARROW_NBSP),
    (re.compile(rf"{SPACES}+(?=:)"), NBSP),
    (re.compile(rf"«{SPACES}*"), "«" + NARROW_NBSP),
    (re.compile(rf"{SPACES}*»"), NARROW_NBSP + "»"),
)
# "10 000", "1 250 000": groups of three digits after one to three, nothing digit-like around.
NUMBER_RE = re.compile(rf"(?<![\d.,]\s)(?<![\d.,])\b\d{{1,3}}(?:{SPACES}\d{{3}})+\b(?!\.\d)")
NUMBER_SPACE_RE = re.compile(SPACES)

# What is not text: a comment, a tag, or an element whose content is left alone, whole.
UNTOUCHED_RE = re.compile(
    r"<!--.*?-->"
    r"|<(code|pre|kbd|samp|script|style|textarea)\b[^>]*>.*?</\1\s*>"
    r"|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)


def french_text(text):
    """`text` (plain text, no HTML) with French typographic spacing."""
    for pattern, space in RULES:
        text = pattern.sub(space, text)
    return NUMBER_RE.sub(lambda match: NUMBER_SPACE_RE.sub(NBSP, match.group()), text)


def french_html(html):
    """`html` with French typographic spacing in its text, nowhere else."""
    parts = []
    position = 0
    for match in UNTOUCHED_RE.finditer(html):
        parts.append(french_text(html[position : match.start()]))
        parts.append(match.group())
        position = match.end()
    parts.append(french_text(html[position:]))
    return "".join(parts)
