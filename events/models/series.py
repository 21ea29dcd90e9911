"""A recurring thing with editions: the yearly festival, the CLIC à oreilles meetups."""

from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from core.blocks import StoryBlock
from core.models import BasePage, PortalPageQuerySet

from ..choices import EventKind
from ..queries import PublishedInSqlMixin
from .event import EventOccurrence, EventPage, show_dates


class SeriesQuerySet(PublishedInSqlMixin, PortalPageQuerySet):
    pass


#: Upcoming editions shown on a series page.
UPCOMING_COUNT = 6
#: Photos of past editions shown on a series page, newest first.
PHOTO_COUNT = 8


class EventSeriesPage(BasePage):
    """Each child is an edition (a festival's year, with its theme) or a meetup."""

    search_kind = "evenement"

    intro = models.TextField(
        _("en deux phrases"),
        max_length=600,
        help_text=_("Ce que c'est, pour qui, depuis quand. Des mots simples."),
    )
    kind = models.CharField(
        _("type d'événements"),
        max_length=20,
        choices=EventKind.choices,
        default=EventKind.FESTIVAL,
    )
    organiser = models.CharField(
        _("qui l'organise"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple « l'espace informatique, avec les associations du quartier »."),
    )
    since = models.PositiveSmallIntegerField(_("depuis l'année"), null=True, blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("présentation"), blank=True)

    objects = PageManager.from_queryset(SeriesQuerySet)()

    parent_page_types = ["events.AgendaPage"]
    subpage_types = ["events.EventPage"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("kind"), FieldPanel("since")]), FieldPanel("organiser")],
            heading=_("La série"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("organiser"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("série d'événements")
        verbose_name_plural = _("séries d'événements")

    @property
    def summary(self):
        return self.listing_summary or self.intro

    def editions(self):
        return EventPage.objects.child_of(self).published()

    def split_editions(self, now=None):
        """(upcoming, past) editions, in one query: the next first, the latest first."""
        now = now or timezone.now()
        dates = EventOccurrence.objects.filter(event=OuterRef("pk")).order_by("start")
        editions = list(
            self.editions()
            .annotate(
                next_start=Subquery(dates.filter(end__gt=now).values("start")[:1]),
                first_start=Subquery(dates.values("start")[:1]),
            )
            .filter(first_start__isnull=False)
            .with_listing_data()
        )
        upcoming = sorted(
            (edition for edition in editions if edition.next_start is not None),
            key=lambda edition: (edition.next_start, edition.pk),
        )[:UPCOMING_COUNT]
        past = sorted(
            (edition for edition in editions if edition.next_start is None),
            key=lambda edition: (edition.first_start, edition.pk),
            reverse=True,
        )
        return show_dates(upcoming, "next_start"), show_dates(past, "first_start")

    def get_context(self, request, *args, **kwargs):
        from ..ical import calendar_links
        from ..structured_data import series_structured_data

        context = super().get_context(request, *args, **kwargs)
        upcoming, past = self.split_editions()
        context.update(
            agenda=getattr(self, "routed_agenda", None) or self.get_parent(),
            next_edition=upcoming[0] if upcoming else None,
            upcoming=upcoming,
            past=past,
            past_photos=[edition for edition in past if edition.listing_image][:PHOTO_COUNT],
            calendar=calendar_links(request, self.get_url(request)),
            structured_data=series_structured_data(self, request, upcoming + past),
        )
        return context

    def calendar_events(self):
        return self.editions()

    def calendar_name(self):
        return self.title
