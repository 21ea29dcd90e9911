"""Atom feeds of the gazette: one per quartier, one across all quartiers."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.typography import french_text

FEED_SIZE = 20


class GazetteFeed(Feed):
    """The newest published articles below `root`, as Atom."""

    feed_type = Atom1Feed

    def __init__(self, root, title, description, link_page):
        super().__init__()
        self.root = root
        self.feed_title = title
        self.feed_description = description
        self.link_page = link_page
        self.request = None

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.feed_title

    def subtitle(self):
        return self.feed_description

    def link(self):
        return self.link_page.get_url(self.request) or "/"

    def feed_url(self):
        return self.request.path if self.request else None

    def items(self):
        from .models import ArticlePage

        return (
            ArticlePage.objects.published()
            .descendant_of(self.root)
            .with_listing_data()
            .newest_first()[:FEED_SIZE]
        )

    def item_title(self, item):
        return french_text(item.title)

    def item_description(self, item):
        return french_text(item.chapo)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.publication_date, datetime.time(9))
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(author.name for author in item.authors) or None

    def item_categories(self, item):
        names = [item.rubrique.name] if item.rubrique_id else []
        return names + [tag.name for tag in item.tag_list]


def all_quartiers_feed(root, request):
    feed = GazetteFeed(
        root=root,
        title=_("Les gazettes des quartiers"),
        description=_("Les derniers articles écrits par les habitants de tous les quartiers."),
        link_page=root,
    )
    return feed(request)
