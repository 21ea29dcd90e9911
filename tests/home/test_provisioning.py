"""Every quartier gets every installed section and its permissions, whenever it was made."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Collection

from gazette.models import GazetteIndexPage
from home.factories import QuartierPageFactory
from home.signals import last_migrated_app, provision_after_migrate

pytestmark = pytest.mark.django_db


def forget_the_gazette(quartier):
    """The state of a quartier created before the gazette app was installed."""
    group = quartier.animateurs_group
    group.permissions.remove(*group.permissions.filter(content_type__app_label="gazette"))
    group.permissions.remove(*group.permissions.filter(codename__endswith="_contributor"))
    quartier.get_children().delete()
    return group


def assert_has_the_gazette(quartier, group):
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    assert gazette.slug == "gazette"
    assert gazette.live
    assert group.permissions.filter(codename="add_contributor").exists()
    assert group.permissions.filter(codename="view_rubrique").exists()


def test_provision_quartiers_brings_a_section_installed_later(quartier, capsys):
    group = forget_the_gazette(quartier)
    call_command("provision_quartiers")
    assert_has_the_gazette(quartier, group)
    assert "1 quartier(s)" in capsys.readouterr().out


def test_migrate_provisions_every_quartier_after_the_last_app(quartier, other_quartier):
    groups = [forget_the_gazette(quartier), forget_the_gazette(other_quartier)]
    provision_after_migrate(sender=object())
    assert not GazetteIndexPage.objects.exists()
    provision_after_migrate(sender=last_migrated_app())
    assert_has_the_gazette(quartier, groups[0])
    assert_has_the_gazette(other_quartier, groups[1])


def test_sections_are_matched_by_type_not_by_address(quartier):
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    gazette.slug = "journal"
    gazette.save_revision().publish()
    call_command("provision_quartiers")
    assert GazetteIndexPage.objects.child_of(quartier).count() == 1


def test_same_title_quartiers_share_nothing(home):
    first = QuartierPageFactory(title="Les Tilleuls", slug="les-tilleuls", city="Blanc-Mesnil")
    second = QuartierPageFactory(title="Les Tilleuls", slug="les-tilleuls-2", city="Blanc-Mesnil")
    assert first.collection_id != second.collection_id
    assert first.animateurs_group_id != second.animateurs_group_id
    assert Collection.objects.filter(name__startswith="Les Tilleuls").count() == 2
    assert Group.objects.filter(name__startswith="Animateurs · Les Tilleuls").count() == 2


def test_an_old_revision_does_not_take_the_collection_away(quartier):
    collection_id = quartier.collection_id
    revision = quartier.latest_revision
    revision.content["collection"] = None
    revision.content["animateurs_group"] = None
    revision.save()
    revision.publish()
    quartier.refresh_from_db()
    assert quartier.collection_id == collection_id
    assert quartier.animateurs_group_id is not None
