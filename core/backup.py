"""Backup and restore of a whole instance: its database and its uploaded files.

A backup is a folder: `database.sqlite3` (SQLite's online backup API, safe while the site
runs) or `database.dump` (`pg_dump --format=custom`), `media.tar.gz` (the public media and
the private storage of pending photos, when they are on disk) and `manifest.json` (what was
saved, with the page and revision counts to check a restore against). Files on object
storage are not in it: the bucket's own versioning and replication keep them (docs/deploy.md).
"""

import json
import os
import sqlite3
import subprocess
import tarfile
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
DATABASE_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.dump"}
# The storages whose files a backup carries, by their name in the archive.
FILE_STORAGES = ("default", "private")


class BackupError(Exception):
    """A backup or a restore that cannot go on; its message says why, in French."""


def counts():
    return {"pages": Page.objects.count(), "revisions": Revision.objects.count()}


def disk_locations():
    """The storages kept on this machine's disk, by name: {name: folder}."""
    return {
        name: Path(storages[name].location)
        for name in FILE_STORAGES
        if isinstance(storages[name], FileSystemStorage)
    }


def vendor():
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(
            _("Cette base de données n'est pas prise en charge : %s.") % connection.vendor
        )
    return connection.vendor


def backup(destination):
    destination = Path(destination)
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(_("Le dossier %s n'est pas vide.") % destination)
    destination.mkdir(parents=True, exist_ok=True)
    kind = vendor()
    database_file = destination / DATABASE_FILES[kind]
    if kind == "sqlite":
        connection.ensure_connection()
        with closing(sqlite3.connect(database_file)) as target:
            connection.connection.backup(target)
    else:
        run_postgresql_tool(
            "pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", database_file
        )
    locations = disk_locations()
    with tarfile.open(destination / MEDIA_ARCHIVE, "w:gz") as archive:
        for name, folder in locations.items():
            if folder.is_dir():
                archive.add(folder, arcname=name)
    manifest = {
        "format": FORMAT,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "database": kind,
        "storages": sorted(locations),
        **counts(),
    }
    (destination / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return manifest


def restore(source):
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(_("%s n'est pas une sauvegarde lisible.") % source) from error
    kind = vendor()
    if manifest.get("format") != FORMAT or manifest.get("database") != kind:
        raise BackupError(
            _("Cette sauvegarde vient d'une base %(saved)s ; celle-ci est une base %(here)s.")
            % {"saved": manifest.get("database"), "here": kind}
        )
    if connection.introspection.table_names():
        raise BackupError(
            _("La base de données n'est pas vide : on ne restaure que dans une base neuve.")
        )
    locations = disk_locations()
    for name in manifest["storages"]:
        if name not in locations:
            raise BackupError(_("Le stockage « %s » n'est pas sur le disque ici.") % name)
        if locations[name].is_dir() and any(locations[name].iterdir()):
            raise BackupError(_("Le dossier %s n'est pas vide.") % locations[name])
    database_file = source / DATABASE_FILES[kind]
    if kind == "sqlite":
        connection.close()
        target_file = settings.DATABASES["default"]["NAME"]
        with (
            closing(sqlite3.connect(database_file)) as saved,
            closing(sqlite3.connect(target_file)) as target,
        ):
            saved.backup(target)
    else:
        run_postgresql_tool(
            "pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", database_file
        )
    with tarfile.open(source / MEDIA_ARCHIVE, "r:gz") as archive:
        for name in manifest["storages"]:
            members = [
                member
                for member in archive.getmembers()
                if member.name == name or member.name.startswith(f"{name}/")
            ]
            for member in members:
                member.name = member.name.removeprefix(name).lstrip("/") or "."
            locations[name].mkdir(parents=True, exist_ok=True)
            archive.extractall(locations[name], members=members, filter="data")
    return manifest, counts()


def run_postgresql_tool(tool, *args):
    """pg_dump or pg_restore on the project's database, its password through the environment."""
    database = settings.DATABASES["default"]
    env = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    command = [tool, *map(str, args)]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            command += [option, str(database[key])]
    command += ["--dbname", database["NAME"]]
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)  # noqa: S603
    except FileNotFoundError as error:
        raise BackupError(_("%s est introuvable : installez postgresql-client.") % tool) from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{tool} : {error.stderr.strip()}") from error
