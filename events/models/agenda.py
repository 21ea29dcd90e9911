"""A quartier's agenda: its section page, with the month view, the archive and its venues."""

from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from core.models import AlternateLink, SectionPage
from core.queries import attach_quartiers

from .event import EventOccurrence, EventPage, show_dates
from .series import EventSeriesPage
from .snippets import Venue

PORTAL_TEASER_COUNT = 3
#: Sub-addresses of the agenda page (its month view, archive, venues), not its children.
OWN_ROUTES = ("mois", "archives", "lieux")
#: An event's address below the agenda has at most 3 parts: series/event/programme.
MAX_ROUTE_DEPTH = 3
#: How many upcoming and past events a venue's page lists.
VENUE_EVENT_COUNT = 30


class AgendaPage(RoutablePageMixin, SectionPage):
    """The agenda section of a quartier: upcoming events first, then the past by year."""

    intro = models.TextField(
        _("présentation"),
        blank=True,
        max_length=600,
        help_text=_("Une ou deux phrases : ce qu'on trouve ici, et comment proposer un événement."),
    )

    section_slug = "agenda"
    section_label = _("Agenda")
    section_description = _("Les rendez-vous du quartier : fêtes, ateliers, rencontres.")
    section_order = 20
    # Animateurs enter the quartier's venues and guests once, and reuse them.
    animateur_permissions = (
        "events.add_venue",
        "events.change_venue",
        "events.delete_venue",
        "events.view_venue",
        "events.add_guest",
        "events.change_guest",
        "events.delete_guest",
        "events.view_guest",
    )
    latest_page_types = ("events.EventPage",)
    teaser_template = "events/section_teaser.html"
    portal_teaser_template = "events/portal_teaser.html"

    subpage_types = ["events.EventPage", "events.EventSeriesPage"]

    content_panels = [*SectionPage.content_panels, FieldPanel("intro")]
    search_fields = [
        *SectionPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("venue_directory"),
    ]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    @classmethod
    def portal_links(cls):
        return [
            AlternateLink(
                _("L'agenda de tous les quartiers"), reverse("events_calendar"), "text/calendar"
            )
        ]

    def venue_directory(self):
        """The quartier's venues, for the site search: a venue's name finds its agenda."""
        venues = Venue.objects.filter(quartier__path=self.path[: -self.steplen])
        return "\n".join(f"{venue.name} {venue.address_line}" for venue in venues)

    def get_teaser(self):
        """The next date of the quartier's agenda."""
        return (
            EventOccurrence.objects.filter(
                event__in=EventPage.objects.published().descendant_of(self),
                end__gt=timezone.now(),
            )
            .select_related("event")
            .order_by("start", "event_id")
            .first()
        )

    @classmethod
    def get_portal_teaser(cls, root):
        """The next events across the quartiers below `root`, each with its quartier."""
        events = list(
            EventPage.objects.published()
            .descendant_of(root)
            .upcoming(timezone.now())
            .with_listing_data()
            .order_by("next_start", "pk")[:PORTAL_TEASER_COUNT]
        )
        if not events:
            return None
        show_dates(events, "next_start")
        attach_quartiers(events)
        return {"events": events, "url": reverse("events_agenda")}

    # Routing: an event in one query (Wagtail would take two a level, so four for an
    # edition of a series), with its venue, listing image and series.

    def route(self, request, path_components):
        if self.live and path_components and path_components[0] not in OWN_ROUTES:
            found = self.find_descendant(path_components)
            if found is not None:
                page, remaining = found
                page.routed_agenda = self
                return page.route(request, remaining)
        return super().route(request, path_components)

    def find_descendant(self, components):
        """(the event or series that `components` start with, the components left), or None."""
        prefixes = [
            self.url_path + "/".join(components[:length]) + "/"
            for length in range(1, min(len(components), MAX_ROUTE_DEPTH) + 1)
        ]
        event = (
            EventPage.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .with_listing_data()
            .order_by("-depth")
            .first()
        )
        if event is not None:
            return event, components[event.depth - self.depth :]
        series = EventSeriesPage.objects.filter(
            url_path=prefixes[0], path__startswith=self.path
        ).first()
        if series is not None:
            return series, components[1:]
        return None

    # Pages

    def agenda(self, request):
        from ..listing import Agenda

        return Agenda(self, request, self.get_url(request))

    def get_context(self, request, *args, **kwargs):
        from ..ical import calendar_links

        context = super().get_context(request, *args, **kwargs)
        context.update(
            agenda_page=self,
            calendar=calendar_links(request, self.get_url(request)),
        )
        return context

    @path("", name="index")
    def index_route(self, request, *args, **kwargs):
        agenda = self.agenda(request)
        return self.render(
            request,
            context_overrides={
                "agenda": agenda,
                "events": agenda.upcoming(),
                "series_list": self.series_list(),
            },
        )

    def series_list(self):
        return list(EventSeriesPage.objects.child_of(self).published().order_by("title"))

    @path("mois/<int:year>/<int:month>/", name="month")
    def month_route(self, request, year, month):
        agenda = self.agenda(request)
        return self.render(
            request,
            template="events/agenda_month.html",
            context_overrides={"agenda": agenda, "month": agenda.month(year, month)},
        )

    @staticmethod
    def archive_context(agenda, year):
        events = agenda.archive(year)
        return {"agenda": agenda, "year": events.year if events else None, "events": events}

    @path("archives/", name="archives")
    @path("archives/<int:year>/", name="archive")
    def archive_route(self, request, year=None):
        agenda = self.agenda(request)
        return self.render(
            request,
            template="events/agenda_archive.html",
            context_overrides=self.archive_context(agenda, year),
        )

    def venues(self):
        """The quartier's venues that have hosted or will host a published event here."""
        events = EventPage.objects.published().descendant_of(self)
        return (
            Venue.objects.filter(quartier__path=self.path[: -self.steplen])
            .annotate(event_count=Count("events", filter=Q(events__in=events), distinct=True))
            .filter(event_count__gt=0)
            .order_by("name")
        )

    @path("lieux/", name="venues")
    def venues_route(self, request):
        return self.render(
            request,
            template="events/venue_list.html",
            context_overrides={"venues": self.venues()},
        )

    @path("lieux/<slug:slug>/", name="venue")
    def venue_route(self, request, slug):
        venue = Venue.objects.filter(quartier__path=self.path[: -self.steplen], slug=slug).first()
        if venue is None:
            raise Http404
        now = timezone.now()
        events = EventPage.objects.published().descendant_of(self).filter(venue=venue)
        upcoming = show_dates(
            list(
                events.upcoming(now)
                .with_listing_data()
                .order_by("next_start", "pk")[:VENUE_EVENT_COUNT]
            ),
            "next_start",
        )
        past = show_dates(
            list(
                events.over(now)
                .with_listing_data()
                .order_by("-last_start", "-pk")[:VENUE_EVENT_COUNT]
            ),
            "last_start",
        )
        return self.render(
            request,
            template="events/venue_page.html",
            context_overrides={"venue": venue, "upcoming": upcoming, "past": past},
        )

    def get_sitemap_urls(self, request=None):
        """The agenda, and the page of each venue that has hosted one of its events."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for venue in self.venues():
            urls.append({"location": f"{base}{self.reverse_subpage('venue', args=[venue.slug])}"})
        return urls

    def calendar_events(self):
        return EventPage.objects.published().descendant_of(self)

    def calendar_name(self):
        quartier = self.get_parent()
        return gettext("Agenda · %(quartier)s") % {"quartier": quartier.title}
