"""French plurals: 0 and 1 take the singular (`manage.py french_plurals` writes the catalogue)."""

import shutil

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import ngettext

from core.management.commands.french_plurals import plural_catalogue

SINGULAR, PLURAL = "%(counter)s lieu utile", "%(counter)s lieux utiles"


@pytest.mark.parametrize(("count", "expected"), [(0, SINGULAR), (1, SINGULAR), (2, PLURAL)])
def test_french_counts_zero_and_one_in_the_singular(count, expected):
    with translation.override("fr"):
        assert ngettext(SINGULAR, PLURAL, count) == expected


def test_the_catalogue_keeps_the_plural_messages_each_translated_by_itself():
    extracted = (
        'msgid ""\nmsgstr ""\n\n'
        'msgid "Bonjour"\nmsgstr ""\n\n'
        '#, python-format\nmsgid "%(n)s jour"\nmsgid_plural "%(n)s jours"\n'
        'msgstr[0] ""\nmsgstr[1] ""\n'
    )
    catalogue = plural_catalogue(extracted)
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in catalogue
    assert (
        '#, python-format\nmsgid "%(n)s jour"\nmsgid_plural "%(n)s jours"\n'
        'msgstr[0] "%(n)s jour"\nmsgstr[1] "%(n)s jours"\n'
    ) in catalogue
    assert "Bonjour" not in catalogue


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext is not installed.")
def test_the_catalogue_has_every_plural_message_of_the_code():
    call_command("french_plurals", "--check")
