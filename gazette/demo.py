"""Demo content of the gazettes: for each quartier, its articles and two issues."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from home.demo import paragraphs
from home.demo_data import QUARTIERS
from home.models import QuartierPage
from images.generated import demo_image
from portal.demo import register

from .demo_articles import gazette_data
from .models import (
    ArticleAuthor,
    ArticlePage,
    Contributor,
    GazetteIndexPage,
    GazetteIssuePage,
    IssueArticle,
    Rubrique,
)

RUBRIQUES = {
    "vie-du-quartier": "Vie du quartier",
    "portraits": "Portraits",
    "associations": "Associations",
    "emploi": "Emploi",
    "jeunesse": "Jeunesse",
    "histoire": "Histoire",
    "culture": "Culture",
    "numerique": "Numérique",
}


def rubrique(slug):
    found, _created = Rubrique.objects.get_or_create(
        slug=slug, defaults={"name": RUBRIQUES.get(slug, slug.replace("-", " ").capitalize())}
    )
    return found


def contributor(name, gazette_name):
    found, _created = Contributor.objects.get_or_create(
        name=name,
        defaults={"bio": _("Écrit pour %(gazette)s.") % {"gazette": gazette_name}},
    )
    return found


class PhotoMaker:
    """Generated photos of one quartier, credited to the resident who "took" them."""

    def __init__(self, quartier, palette):
        self.quartier = quartier
        self.palette = palette

    def __call__(self, title, credit, date=None):
        return demo_image(
            title[:255],
            self.quartier.collection,
            self.palette,
            credit=credit,
            seed=title,
            date_taken=date,
        )


def body_blocks(article, photos, date):
    blocks = []
    for number, (block_type, value) in enumerate(article["body"], start=1):
        if block_type == "paragraph":
            blocks.append({"type": "paragraph", "value": paragraphs([value])})
        elif block_type == "heading":
            blocks.append({"type": "heading", "value": value})
        elif block_type == "photo":
            image = photos(f"{article['title']} · photo {number}", value["credit"], date)
            blocks.append(
                {
                    "type": "photo",
                    "value": {"image": image.pk, "alt": "", "caption": value["caption"]},
                }
            )
        elif block_type == "quote":
            blocks.append({"type": "quote", "value": value})
    return blocks


def first_image_id(blocks):
    return next((block["value"]["image"] for block in blocks if block["type"] == "photo"), None)


def publish(page, date):
    page.save_revision(log_action=False).publish(log_action=False)
    # The demo's articles were "published" on their date, for the portal's "what is new".
    published_at = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))
    type(page).objects.filter(pk=page.pk).update(first_published_at=published_at)


def create_article(gazette, article, gazette_name, photos):
    date = datetime.date.fromisoformat(article["date"])
    blocks = body_blocks(article, photos, date)
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
        ArticleAuthor(contributor=contributor(name, gazette_name), sort_order=order)
        for order, name in enumerate(article["authors"])
    ]
    page.tags.add(*article["tags"])
    gazette.add_child(instance=page)
    publish(page, date)
    return page


def create_issue(gazette, issue, articles, photos):
    date = datetime.date.fromisoformat(issue["date"])
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


def load_gazette(quartier, entry, data, log):
    gazette = GazetteIndexPage.objects.child_of(quartier).first()
    if gazette is None:
        return
    if gazette.title != data["name"] or gazette.intro != data["intro"]:
        gazette.title = data["name"]
        gazette.intro = data["intro"]
        gazette.listing_summary = data["intro"]
        gazette.save_revision(log_action=False).publish(log_action=False)
    photos = PhotoMaker(quartier, entry["photo_palette"])
    existing = set(ArticlePage.objects.child_of(gazette).values_list("slug", flat=True))
    for article in data["articles"]:
        if article["slug"] not in existing:
            create_article(gazette, article, data["name"], photos)
            log(f"  article {entry['slug']}/{article['slug']}")
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
        log(f"  issue {entry['slug']}/{issue['number']}")


@register(order=20)
def load_gazettes(log):
    for entry in QUARTIERS:
        quartier = QuartierPage.objects.filter(slug=entry["slug"]).first()
        data = gazette_data(entry["slug"])
        if quartier is None or data is None:
            continue
        load_gazette(quartier, entry, data, log)
