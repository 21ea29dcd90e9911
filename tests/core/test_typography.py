"""French typographic spacing: a table of texts and HTML, what they become, and the filter."""

import pytest
from django.template import Context, Template
from django.utils.safestring import mark_safe

from core.typography import french_html, french_text

NNBSP = "\u202f"
NBSP = "\u00a0"

TEXTS = [
    ("Quoi ?", f"Quoi{NNBSP}?"),
    ("Ah ! Oui ; non ?!", f"Ah{NNBSP}! Oui{NNBSP}; non{NNBSP}?!"),
    ("Horaires : lundi", f"Horaires{NBSP}: lundi"),
    ("« Bonjour »", f"«{NNBSP}Bonjour{NNBSP}»"),
    ("«Bonjour»", f"«{NNBSP}Bonjour{NNBSP}»"),
    ("Quoi  ?", f"Quoi{NNBSP}?"),
    (f"Quoi{NBSP}?", f"Quoi{NNBSP}?"),
    ("10 000 habitants", f"10{NBSP}000 habitants"),
    ("1 250 000 euros", f"1{NBSP}250{NBSP}000 euros"),
    ("en 2024 300 personnes", "en 2024 300 personnes"),
    ("le 12 mars 2026", "le 12 mars 2026"),
    ("Quoi?", "Quoi?"),
    ("10:30", "10:30"),
    ("https://exemple.fr/?a=1", "https://exemple.fr/?a=1"),
    ("Voir https://exemple.fr/?a=1&b=2 !", f"Voir https://exemple.fr/?a=1&b=2{NNBSP}!"),
    ("", ""),
]

HTML = [
    (
        '<a href="x?y=1" title="Quoi ?">Quoi ?</a>',
        f'<a href="x?y=1" title="Quoi ?">Quoi{NNBSP}?</a>',
    ),
    (
        '<p>Lien : <a href="https://exemple.fr/?a=1">https://exemple.fr/?a=1</a> !</p>',
        f'<p>Lien{NBSP}: <a href="https://exemple.fr/?a=1">https://exemple.fr/?a=1</a>{NNBSP}!</p>',
    ),
    (
        "<p>On code : <code>a ; b ?</code> fini ?</p>",
        f"<p>On code{NBSP}: <code>a ; b ?</code> fini{NNBSP}?</p>",
    ),
    ("<pre>x : y\n« z »</pre>", "<pre>x : y\n« z »</pre>"),
    ("<script>if (a < b) { c ? d : e; }</script>", "<script>if (a < b) { c ? d : e; }</script>"),
    ("<style>a { color : red ; }</style>", "<style>a { color : red ; }</style>"),
    ("<!-- note : rien ? -->Fin !", f"<!-- note : rien ? -->Fin{NNBSP}!"),
    ("<p>« <em>Oui</em> »</p>", f"<p>«{NNBSP}<em>Oui</em>{NNBSP}»</p>"),
    ("<p>Tom &amp; Léa ; Ana &lt;3 ?</p>", f"<p>Tom &amp; Léa{NNBSP}; Ana &lt;3{NNBSP}?</p>"),
    ('<img alt="Quoi ?" src="a.jpg?x=1 ;">', '<img alt="Quoi ?" src="a.jpg?x=1 ;">'),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_french_text(text, expected):
    assert french_text(text) == expected
    assert french_text(expected) == expected  # idempotent


@pytest.mark.parametrize(("html", "expected"), HTML)
def test_french_html_changes_only_the_text_between_tags(html, expected):
    assert french_html(html) == expected
    assert french_html(expected) == expected  # idempotent


def render(source, **context):
    return Template("{% load typography %}" + source).render(Context(context))


def test_filter_escapes_plain_text_first():
    html = render("{{ value|typographie }}", value='<b>Quoi ?</b> "Oui" !')
    assert html == f"&lt;b&gt;Quoi{NNBSP}?&lt;/b&gt; &quot;Oui&quot;{NNBSP}!"


def test_filter_keeps_safe_html_as_html():
    value = mark_safe('<a href="x?y=1" title="Quoi ?">Quoi ?</a>')
    assert render("{{ value|typographie }}", value=value) == (
        f'<a href="x?y=1" title="Quoi ?">Quoi{NNBSP}?</a>'
    )


def test_filter_without_autoescape_gives_the_text():
    html = render("{% autoescape off %}{{ value|typographie }}{% endautoescape %}", value="a<b ?")
    assert html == f"a<b{NNBSP}?"


def test_filter_leaves_empty_values_alone():
    assert render("[{{ value|typographie }}]", value=None) == "[None]"
    assert render("[{{ value|typographie|default:'-' }}]", value="") == "[-]"
