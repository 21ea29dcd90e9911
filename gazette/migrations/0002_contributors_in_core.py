"""Contributors move to `core` (they belong to a quartier, and every section credits them);
the article body's photos use Wagtail's ImageBlock, which carries their alt text."""

import django.db.models.deletion
import wagtail.fields
from django.core.management.color import no_style
from django.db import migrations, models
from wagtail.blocks.migrations.migrate_operation import MigrateStreamData
from wagtail.blocks.migrations.operations import BaseBlockOperation

STEPLEN = 4  # Wagtail's page path step


def copy_contributors(apps, schema_editor):
    """Each gazette contributor becomes a core contributor with the same key, in the
    quartier of the first article they wrote."""
    OldContributor = apps.get_model("gazette", "Contributor")
    Contributor = apps.get_model("core", "Contributor")
    ArticleAuthor = apps.get_model("gazette", "ArticleAuthor")
    QuartierPage = apps.get_model("home", "QuartierPage")
    quartiers = {page.path: page.pk for page in QuartierPage.objects.all()}
    first_path = {}
    for link in ArticleAuthor.objects.select_related("article").order_by("article__path"):
        first_path.setdefault(link.contributor_id, link.article.path)

    def quartier_of(path):
        prefixes = (path[:end] for end in range(STEPLEN, len(path) + 1, STEPLEN))
        return next((quartiers[prefix] for prefix in prefixes if prefix in quartiers), None)

    Contributor.objects.bulk_create(
        Contributor(
            pk=old.pk,
            name=old.name,
            bio=old.bio,
            user_id=old.user_id,
            quartier_id=quartier_of(first_path.get(old.pk, "")),
        )
        for old in OldContributor.objects.all()
    )
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Contributor]):
            cursor.execute(sql)


class PhotoToImageBlock(BaseBlockOperation):
    """{"image": 12, "alt": "…", "caption": "…"} → ImageBlock's {"image", "alt_text", "decorative"}."""

    def apply(self, block_value):
        image = block_value.get("image")
        if not isinstance(image, int):
            return block_value
        alt_text = block_value.get("alt") or block_value.get("caption") or ""
        return {
            "image": {"image": image, "alt_text": alt_text, "decorative": False},
            "caption": block_value.get("caption", ""),
        }

    @property
    def operation_name_fragment(self):
        return "photo_to_image_block"


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('gazette', '0001_initial'),
    ]

    operations = [
        migrations.RunPython(copy_contributors, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='articleauthor',
            name='contributor',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='article_links', to='core.contributor', verbose_name='auteur ou autrice'),
        ),
        migrations.AlterField(
            model_name='articlepage',
            name='body',
            field=wagtail.fields.StreamField([('paragraph', 0), ('heading', 1), ('photo', 4), ('gallery', 7), ('quote', 10), ('media', 15)], block_lookup={0: ('core.blocks.ParagraphBlock', (), {}), 1: ('core.blocks.HeadingBlock', (), {}), 2: ('wagtail.images.blocks.ImageBlock', [], {'label': 'photo'}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'légende', 'max_length': 255, 'required': False}), 4: ('wagtail.blocks.StructBlock', [[('image', 2), ('caption', 3)]], {}), 5: ('wagtail.blocks.CharBlock', (), {'label': 'titre de la galerie', 'max_length': 255, 'required': False}), 6: ('wagtail.blocks.ListBlock', (4,), {'label': 'photos', 'min_num': 2}), 7: ('wagtail.blocks.StructBlock', [[('title', 5), ('photos', 6)]], {}), 8: ('wagtail.blocks.TextBlock', (), {'label': 'ce que la personne a dit'}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': 'Un prénom, un pseudonyme ou « une habitante ». Avec son accord.', 'label': 'qui parle', 'max_length': 255, 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('text', 8), ('attribution', 9)]], {}), 11: ('wagtail.blocks.CharBlock', (), {'label': 'titre', 'max_length': 255}), 12: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'help_text': 'Un enregistrement du quartier (MP3, OGG, WAV, MP4, WebM).', 'label': 'fichier son ou vidéo', 'required': False}), 13: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'Si la vidéo est publiée ailleurs, par exemple sur une web TV.', 'label': "ou l'adresse d'une vidéo en ligne", 'required': False}), 14: ('wagtail.blocks.TextBlock', (), {'help_text': 'Tout ce qui est dit, écrit. Pour les personnes sourdes et pour la lecture.', 'label': 'transcription'}), 15: ('wagtail.blocks.StructBlock', [[('title', 11), ('file', 12), ('embed', 13), ('transcript', 14)]], {})}, verbose_name="texte de l'article"),
        ),
        MigrateStreamData(
            app_name="gazette",
            model_name="ArticlePage",
            field_name="body",
            operations_and_block_paths=[
                (PhotoToImageBlock(), "photo"),
                (PhotoToImageBlock(), "gallery.photos.item"),
            ],
        ),
        migrations.DeleteModel(
            name='Contributor',
        ),
    ]
