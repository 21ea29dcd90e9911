"""create_quartier, add_animateur and load_demo, including their bad input."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    ReferenceIndex,
    Revision,
    Site,
    WorkflowPage,
)

from home.models import QuartierPage
from images.models import PortalImage

pytestmark = pytest.mark.django_db


def snapshot():
    """What a command could change, to show that it changed nothing."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "groups": Group.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": Site.objects.count(),
        "collections": Collection.objects.count(),
        "images": PortalImage.objects.count(),
        "workflows": WorkflowPage.objects.count(),
        "latest_revision": list(
            Page.objects.order_by("pk").values_list("latest_revision_id", flat=True)
        ),
    }


def test_create_quartier_provisions_everything(home, capsys):
    call_command("create_quartier", "--name", "Le Val Fourré", "--city", "Mantes-la-Jolie")
    quartier = QuartierPage.objects.get(slug="le-val-fourre")
    assert quartier.live
    assert quartier.get_parent().specific == home
    assert "Le Val Fourré" in capsys.readouterr().out

    assert quartier.collection.name == "Le Val Fourré"
    group = quartier.animateurs_group
    assert group.name == "Animateurs · Le Val Fourré"
    assert group.permissions.filter(codename="access_admin").exists()
    page_permissions = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )
    assert page_permissions == {
        (quartier.pk, codename)
        for codename in ("add_page", "change_page", "publish_page", "lock_page")
    }
    collections = set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection_id", flat=True
        )
    )
    assert collections == {quartier.collection_id}

    workflow = WorkflowPage.objects.get(page=quartier).workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [group]
    assert quartier.get_workflow() == workflow


def test_create_quartier_with_slug_and_hostname(home):
    call_command(
        "create_quartier",
        "--name",
        "Planoise",
        "--city",
        "Besançon",
        "--slug",
        "planoise-besancon",
        "--hostname",
        "Planoise.Example.org",
    )
    quartier = QuartierPage.objects.get(slug="planoise-besancon")
    site = Site.objects.get(hostname="planoise.example.org")
    assert site.root_page.specific == quartier
    assert quartier.full_url == "http://planoise.example.org/"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--name", "Planoise", "--city", "Besançon"], "déjà prise"),
        (["--name", "Autre", "--city", "Besançon", "--slug", "planoise"], "déjà prise"),
        (
            ["--name", "Autre", "--city", "Brest", "--hostname", "pas un domaine!"],
            "nom de domaine valable",
        ),
        (
            ["--name", "Autre", "--city", "Brest", "--hostname", "planoise.example.org"],
            "déjà utilisé",
        ),
        (["--name", "   ", "--city", "Brest"], "nom du quartier"),
        (["--name", "Autre", "--city", ""], "ville"),
        (["--name", "???", "--city", "Brest"], "--slug"),
    ],
)
def test_create_quartier_bad_input_changes_nothing(make_quartier, arguments, message):
    make_quartier("Planoise", "Besançon", hostname="planoise.example.org")
    before = snapshot()
    with pytest.raises(CommandError) as error:
        call_command("create_quartier", *arguments)
    assert message in str(error.value)
    assert snapshot() == before


def test_create_quartier_exits_non_zero_with_a_french_message(home):
    import subprocess
    import sys

    # The same slug twice: the second run fails.
    call_command("create_quartier", "--name", "Planoise", "--city", "Besançon")
    with pytest.raises(CommandError, match="L'adresse « planoise » est déjà prise"):
        call_command("create_quartier", "--name", "Planoise", "--city", "Besançon")
    # And the process exit code is non-zero (argument errors are caught by argparse).
    result = subprocess.run(
        [sys.executable, "manage.py", "create_quartier", "--city", "Brest"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0


def test_add_animateur_creates_the_user_and_joins_the_group(quartier, capsys):
    call_command("add_animateur", "nadia", quartier.slug, "--email", "nadia@example.org")
    user = get_user_model().objects.get(username="nadia")
    assert user.email == "nadia@example.org"
    assert not user.has_usable_password()
    assert list(user.groups.all()) == [quartier.animateurs_group]
    assert "changepassword nadia" in capsys.readouterr().out


def test_add_animateur_keeps_an_existing_user(quartier, other_quartier):
    user = get_user_model().objects.create_user("karim", password="secret")
    call_command("add_animateur", "karim", other_quartier.slug)
    call_command("add_animateur", "karim", quartier.slug)
    user.refresh_from_db()
    assert user.check_password("secret")
    assert set(user.groups.all()) == {quartier.animateurs_group, other_quartier.animateurs_group}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["nadia", "inconnu"], "Aucun quartier n'a l'adresse « inconnu »"),
        (
            ["nadia", "planoise", "--email", "pas-une-adresse"],
            "n'est pas une adresse e-mail valable",
        ),
        (["  ", "planoise"], "nom d'utilisateur"),
    ],
)
def test_add_animateur_bad_input_changes_nothing(quartier, arguments, message):
    before = snapshot()
    with pytest.raises(CommandError) as error:
        call_command("add_animateur", *arguments)
    assert message in str(error.value)
    assert snapshot() == before


def test_load_demo_builds_the_demo_once_and_keeps_accounts_to_demo_mode(home, capsys):
    """The one full demo build of the unit tests (the browser tests build their own)."""
    call_command("load_demo")
    quartiers = QuartierPage.objects.live()
    assert quartiers.count() == 11
    assert {"bellefontaine", "planoise", "noyer-renard", "val-fourre"} <= set(
        quartiers.values_list("slug", flat=True)
    )
    assert all(quartier.photo_id for quartier in quartiers)
    assert all(quartier.epn_schedule for quartier in quartiers)
    assert get_user_model().objects.filter(username="admin", is_superuser=True).exists()
    animateur = get_user_model().objects.get(username="animateur-bellefontaine")
    assert animateur.groups.get() == QuartierPage.objects.get(slug="bellefontaine").animateurs_group
    assert "admin / quartiers" in capsys.readouterr().out
    # Search and reference indexes are built once, at the end of the load.
    assert QuartierPage.objects.live().search("Cyber-base Planoise").count() >= 1
    planoise = QuartierPage.objects.get(slug="planoise")
    assert ReferenceIndex.get_references_to(planoise.photo).exists()

    before = snapshot()
    call_command("load_demo")
    assert snapshot() == before

    # Without demo mode, the demo accounts go; the content stays.
    capsys.readouterr()
    with override_settings(DEMO_MODE=False):
        call_command("load_demo")
    assert QuartierPage.objects.count() == 11
    assert not get_user_model().objects.filter(username__startswith="animateur-").exists()
    assert not get_user_model().objects.filter(username="admin").exists()
    assert "admin / quartiers" not in capsys.readouterr().out


def test_creating_a_quartier_in_the_admin_provisions_it(client, home, django_user_model):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    admin = django_user_model.objects.create_superuser("root", password="secret")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=["home", "quartierpage", home.pk])
    response = client.post(
        url,
        nested_form_data(
            {
                "title": "Clairs-Soleils",
                "slug": "clairs-soleils",
                "city": "Besançon",
                "intro": rich_text("<p>Bienvenue.</p>"),
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    quartier = QuartierPage.objects.get(slug="clairs-soleils")
    assert quartier.live
    assert quartier.animateurs_group.name == "Animateurs · Clairs-Soleils"
    assert WorkflowPage.objects.filter(page=quartier).exists()
    assert all(section.live for section in quartier.get_children())
