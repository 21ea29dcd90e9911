"""schema.org data for articles, as JSON-LD."""

import datetime

from django.utils import timezone

from core.renditions import SHARE


def _datetime(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0))).isoformat()


def article_structured_data(article, request, gazette, authors, tags):
    """A schema.org NewsArticle; the template serializes it with `ld_json`."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.chapo,
        "inLanguage": "fr-FR",
        "datePublished": _datetime(article.publication_date),
        "mainEntityOfPage": article.get_full_url(request),
        "url": article.get_full_url(request),
        "isAccessibleForFree": True,
        "author": [{"@type": "Person", "name": author.name} for author in authors],
    }
    if article.last_published_at:
        data["dateModified"] = article.last_published_at.isoformat()
    if gazette:
        data["publisher"] = {
            "@type": "Organization",
            "name": gazette.title,
            "url": gazette.get_full_url(request),
        }
        data["isPartOf"] = {"@type": "Periodical", "name": gazette.title}
    if article.rubrique_id:
        data["articleSection"] = article.rubrique.name
    if tags:
        data["keywords"] = ", ".join(tag.name for tag in tags)
    image = article.share_image
    if image:
        rendition = image.get_rendition(SHARE)
        data["image"] = request.build_absolute_uri(rendition.url) if request else rendition.url
    return data
