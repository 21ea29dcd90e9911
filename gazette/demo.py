"""Demo content of the gazettes: for each quartier, its articles and two issues.

The texts are in `gazette/demo_data/<quartier>.yaml`; their structure is checked by
`tests/gazette/test_demo_data.py`.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from core.demo import data_path, demo_recording, paragraphs, read_data, register
from core.models import Contributor
from home.demo import photos_of
from home.models import QuartierPage

from .models import (
    ArticleAuthor,
    ArticlePage,
    GazetteIndexPage,
    GazetteIssuePage,
    IssueArticle,
    Rubrique,
)


def gazette_data(quartier_slug):
    """The demo gazette of a quartier, or None when it has none."""
    name = f"{quartier_slug}.yaml"
    return read_data("gazette", name) if data_path("gazette", name).exists() else None


def rubrique(slug):
    names = read_data("gazette", "rubriques.yaml")
    found, _created = Rubrique.objects.get_or_create(
        slug=slug, defaults={"name": names.get(slug, slug.replace("-", " ").capitalize())}
    )
    return found


def contributor(name, quartier, gazette_name):
    """A quartier's contributor: the same name in two quartiers is two people."""
    found, _created = Contributor.objects.get_or_create(
        name=name,
        quartier=quartier,
        defaults={"bio": _("Écrit pour %(gazette)s.") % {"gazette": gazette_name}},
    )
    return found


def body_blocks(article, photos, quartier):
    """The StreamField data of an article from its data file's `body`."""
    date = article["date"]
    blocks = []
    for number, block in enumerate(article["body"], start=1):
        ((block_type, value),) = block.items()
        title = f"{article['title']} · {number}"
        if block_type == "paragraph":
            value = paragraphs([value])
        elif block_type == "photo":
            value = photos.block_value(title, value, date)
        elif block_type == "gallery":
            value = {
                "title": value["title"],
                "photos": [
                    photos.block_value(f"{title}.{index}", photo, date)
                    for index, photo in enumerate(value["photos"], start=1)
                ],
            }
        elif block_type == "media":
            recording = demo_recording(value["title"], quartier.collection, seed=title)
            value = {
                "title": value["title"],
                "file": recording.pk,
                "embed": None,
                "transcript": value["transcript"],
            }
        blocks.append({"type": block_type, "value": value})
    return blocks


def first_image_id(blocks):
    for block in blocks:
        if block["type"] == "photo":
            return block["value"]["image"]["image"]
        if block["type"] == "gallery":
            return block["value"]["photos"][0]["image"]["image"]
    return None


def publish(page, date):
    page.save_revision(log_action=False).publish(log_action=False)
    # The demo's articles were "published" on their date, for the portal's "what is new".
    published_at = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))
    type(page).objects.filter(pk=page.pk).update(first_published_at=published_at)


def create_article(gazette, quartier, article, photos):
    date = article["date"]
    blocks = body_blocks(article, photos, quartier)
    image_id = first_image_id(blocks)
    if image_id is None:
        image_id = photos(article["title"], article["authors"][0], date).pk
    page = ArticlePage(
        title=article["title"],
        slug=article["slug"],
        chapo=article["chapo"],
        publication_date=date,
        rubrique=rubrique(article["rubrique"]),
        body=blocks,
        easy_read=paragraphs(article.get("easy_read") or []),
        listing_image_id=image_id,
        live=False,
    )
    page.article_authors = [
        ArticleAuthor(contributor=contributor(name, quartier, gazette.title), sort_order=order)
        for order, name in enumerate(article["authors"])
    ]
    page.tags.add(*article["tags"])
    gazette.add_child(instance=page)
    publish(page, date)
    return page


def create_issue(gazette, issue, articles, photos):
    date = issue["date"]
    credit = articles[0].authors[0].name if articles and articles[0].authors else ""
    cover = photos(
        _("Couverture du numéro %(number)s de %(gazette)s")
        % {"number": issue["number"], "gazette": gazette.title},
        credit or _("Un habitant du quartier"),
        date,
    )
    page = GazetteIssuePage(
        title=issue["title"],
        slug=f"numero-{issue['number']}",
        number=issue["number"],
        date=date,
        cover=cover,
        listing_image=cover,
        listing_summary=issue["editorial"][0] if issue["editorial"] else "",
        editorial=paragraphs(issue["editorial"]),
        live=False,
    )
    page.issue_articles = [
        IssueArticle(article=article, sort_order=order) for order, article in enumerate(articles)
    ]
    gazette.add_child(instance=page)
    publish(page, date)


def load_gazette(quartier, data, log):
    gazette = GazetteIndexPage.objects.child_of(quartier).first()
    if gazette is None:
        return
    if gazette.title != data["name"] or gazette.intro != data["intro"]:
        gazette.title = data["name"]
        gazette.intro = data["intro"]
        gazette.listing_summary = data["intro"]
        gazette.save_revision(log_action=False).publish(log_action=False)
    photos = photos_of(quartier)
    existing = set(ArticlePage.objects.child_of(gazette).values_list("slug", flat=True))
    for article in data["articles"]:
        if article["slug"] not in existing:
            create_article(gazette, quartier, article, photos)
            log(f"  article {quartier.slug}/{article['slug']}")
    by_slug = {page.slug: page for page in ArticlePage.objects.child_of(gazette)}
    existing_issues = set(GazetteIssuePage.objects.child_of(gazette).values_list("slug", flat=True))
    for issue in data["issues"]:
        if f"numero-{issue['number']}" in existing_issues:
            continue
        articles = [
            by_slug[article["slug"]]
            for article in data["articles"]
            if article.get("issue") == issue["number"]
            and not IssueArticle.objects.filter(article=by_slug[article["slug"]]).exists()
        ]
        create_issue(gazette, issue, articles, photos)
        log(f"  issue {quartier.slug}/{issue['number']}")


@register(order=20)
def load_gazettes(log):
    for quartier in QuartierPage.objects.order_by("path"):
        data = gazette_data(quartier.slug)
        if data is not None:
            load_gazette(quartier, data, log)
