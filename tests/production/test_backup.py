"""`manage.py backup` then `manage.py restore` into a fresh instance: same tree, same counts,
images that render, residents' pending photos still there.

The instance under test is built by subprocesses with their own PORTAL_VAR_DIR, on the engine
of the current test run: SQLite in `make test`, PostgreSQL (scratch databases made and dropped
here) in CI's PostgreSQL run.
"""

import json
import uuid

import psycopg
import pytest
from django.conf import settings

from .conftest import POSTGRES_URL, manage, production_env

ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

BUILD = """
from home.quartiers import create_quartier
from images.factories import PortalImageFactory
from participation.factories import submitted_contribution
quartier = create_quartier("Planoise", "Besançon")
image = PortalImageFactory(title="La fontaine")
image.get_rendition("fill-80x60")
submitted_contribution(quartier, photos=1, title="Le marché", text="Un texte.", email="")
"""

INSPECT = """
import json
from django.core.files.storage import storages
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from participation.models import ContributionPhoto
image = get_image_model().objects.get(title="La fontaine")
existing = image.renditions.get(filter_spec="fill-80x60")
fresh = image.get_rendition("NEW_SIZE")
pending = ContributionPhoto.objects.get()
print(json.dumps({
    "pages": Page.objects.count(),
    "revisions": Revision.objects.count(),
    "existing": storages["default"].exists(existing.file.name),
    "fresh": [fresh.width, fresh.height],
    "pending": storages["private"].exists(pending.file.name),
}))
"""


def run(*args, env):
    result = manage(*args, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def inspect(env, new_size):
    script = INSPECT.replace("NEW_SIZE", new_size)
    return json.loads(run("shell", "-c", script, env=env).strip().splitlines()[-1])


@pytest.fixture
def database_urls():
    """Two database URLs for the saved instance and the restored one."""
    if not ON_POSTGRESQL:
        yield {"saved": None, "restored": None}
        return
    names = {
        role: f"quartiers_backup_{role}_{uuid.uuid4().hex[:8]}" for role in ("saved", "restored")
    }
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        for name in names.values():
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {role: f"postgres://postgres@127.0.0.1:5432/{name}" for role, name in names.items()}
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
            for name in names.values():
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def instance_env(var_dir, database_url):
    env = production_env(PORTAL_VAR_DIR=str(var_dir))
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def test_a_backup_restores_into_a_fresh_instance(tmp_path, database_urls):
    saved = instance_env(tmp_path / "saved", database_urls["saved"])
    run("migrate", "--noinput", "-v0", env=saved)
    run("shell", "-c", BUILD, env=saved)
    before = inspect(saved, "width-20")
    run("backup", str(tmp_path / "backup"), env=saved)
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert manifest["database"] == ("postgresql" if ON_POSTGRESQL else "sqlite")
    assert (manifest["pages"], manifest["revisions"]) == (before["pages"], before["revisions"])

    restored = instance_env(tmp_path / "restored", database_urls["restored"])
    output = run("restore", str(tmp_path / "backup"), env=restored)
    assert f"{before['pages']} pages" in output
    fixtree = run("fixtree", "--noinput", env=restored)
    assert "Problems" not in fixtree
    assert fixtree.count("No problems found") == 2  # the page tree and the collection tree
    # A size the saved instance never made: drawn from the restored original.
    after = inspect(restored, "width-40")
    assert after["fresh"] == [40, 30]
    assert {**after, "fresh": None} == {**before, "fresh": None}
    assert after["existing"] is True
    assert after["pending"] is True

    again = manage("restore", str(tmp_path / "backup"), env=restored)
    assert again.returncode != 0
    assert "La base de données n'est pas vide" in again.stderr


def test_a_backup_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "backup").mkdir()
    (tmp_path / "backup" / "old.txt").write_text("déjà là")
    result = manage("backup", str(tmp_path / "backup"), env=instance_env(tmp_path / "var", None))
    assert result.returncode != 0
    assert "n'est pas vide" in result.stderr
    assert [path.name for path in (tmp_path / "backup").iterdir()] == ["old.txt"]
