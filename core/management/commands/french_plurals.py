"""Write the French catalogue of the site's plural messages.

The site is written in French, so its messages need no translation, except one thing:
without a catalogue, gettext picks the plural with the English rule (one, else plural),
and a tile says "0 lieux utiles". French says "0 lieu utile": singular for 0 and 1. This
command extracts the messages (`makemessages`, so GNU gettext must be installed), keeps
the plural ones, each translated by itself, and compiles `locale/fr/LC_MESSAGES/django.mo`.
Run it after adding or changing a message with a plural (`make messages`).
"""

import contextlib
import re

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

HEADER = r"""# Plural messages of Quartiers, written by `manage.py french_plurals`: do not edit.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: fr\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"
"""
ENTRY = re.compile(
    r'^((?:#, .*\n)?)msgid (".*")\nmsgid_plural (".*")\nmsgstr\[0\] ""\nmsgstr\[1\] ""$',
    re.MULTILINE,
)
IGNORED = [".venv", "var", "node_modules", "tests", "static"]


def catalogue_path():
    return settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def plural_catalogue(extracted):
    """The .po text of the plural entries of `extracted` (a .po without wrapping)."""
    entries = sorted(
        f"{flags}msgid {singular}\nmsgid_plural {plural}\n"
        f"msgstr[0] {singular}\nmsgstr[1] {plural}\n"
        for flags, singular, plural in ENTRY.findall(extracted)
    )
    return HEADER + "".join(f"\n{entry}" for entry in entries)


def extracted_messages():
    """Every message of the code, as `makemessages` writes them, without translations;
    the catalogue in place is left as it was."""
    path = catalogue_path()
    kept = path.read_bytes() if path.exists() else None
    path.unlink(missing_ok=True)  # or makemessages would merge its translations in
    try:
        with contextlib.chdir(settings.BASE_DIR):
            call_command(
                "makemessages",
                locale=["fr"],
                ignore_patterns=IGNORED,
                no_wrap=True,
                no_location=True,
                verbosity=0,
            )
        return path.read_text(encoding="utf-8")
    finally:
        if kept is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(kept)


class Command(BaseCommand):
    help = "Écrit le catalogue français des messages au pluriel (0 et 1 au singulier)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Vérifie seulement que le catalogue est à jour (échoue sinon).",
        )

    def handle(self, *args, check=False, **options):
        catalogue = plural_catalogue(extracted_messages())
        path = catalogue_path()
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != catalogue:
                raise CommandError(
                    "Le catalogue des pluriels n'est pas à jour : lancez « make messages »."
                )
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(catalogue, encoding="utf-8")
        with contextlib.chdir(settings.BASE_DIR):
            call_command("compilemessages", locale=["fr"], ignore_patterns=IGNORED, verbosity=0)
        count = catalogue.count("msgid_plural")
        self.stdout.write(f"{count} messages au pluriel dans {path}")
