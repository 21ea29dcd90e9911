"""The agenda across all quartiers (outside the page tree), and every page's .ics file."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Page, PageViewRestriction

from core.site_roots import current_site, current_site_root

from .ical import calendar_response, recent_and_upcoming, with_calendar_data
from .listing import Agenda
from .models import AgendaPage, EventPage, EventSeriesPage


def portal_agenda(request):
    root = current_site_root(request)
    if root is None:
        raise Http404
    return Agenda(root, request, reverse("events_agenda"), with_quartiers=True)


def portal_calendar_links(request):
    ics = reverse("events_calendar")
    absolute = request.build_absolute_uri(ics)
    return {"ics": ics, "webcal": "webcal://" + absolute.split("://", 1)[-1]}


def render_portal(request, template, agenda, **context):
    context.update(agenda=agenda, portal=True, calendar=portal_calendar_links(request))
    return render(request, template, context)


@require_GET
def agenda(request):
    agenda = portal_agenda(request)
    return render_portal(request, "events/portal_agenda.html", agenda, events=agenda.upcoming())


@require_GET
def month(request, year, month):
    agenda = portal_agenda(request)
    return render_portal(
        request, "events/agenda_month.html", agenda, month=agenda.month(year, month)
    )


@require_GET
def archive(request, year=None):
    agenda = portal_agenda(request)
    events = agenda.archive(year)
    return render_portal(
        request,
        "events/agenda_archive.html",
        agenda,
        year=events.year if events else None,
        events=events,
    )


@require_GET
def calendar(request):
    """Every quartier's agenda in one calendar."""
    root = current_site_root(request)
    if root is None:
        raise Http404
    events = EventPage.objects.published().descendant_of(root)
    return calendar_response(
        recent_and_upcoming(events),
        _("L'agenda des quartiers"),
        request,
        url=request.build_absolute_uri(reverse("events_agenda")),
    )


CALENDAR_PAGE_TYPES = (AgendaPage, EventSeriesPage, EventPage)


@require_GET
def page_calendar(request, path):
    """`<page address>agenda.ics`: the calendar of an agenda, a series or an event."""
    site = current_site(request)
    if site is None:
        raise Http404
    root = site.root_page
    page = Page.objects.live().filter(url_path=root.url_path + path).first()
    if page is None:
        raise Http404
    page = page.specific
    if not isinstance(page, CALENDAR_PAGE_TYPES):
        raise Http404
    if PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists():
        raise Http404
    url = page.get_full_url(request)
    if isinstance(page, EventPage):
        events = with_calendar_data(EventPage.objects.filter(pk=page.pk))
        return calendar_response(events, page.title, request, url=url)
    return calendar_response(
        recent_and_upcoming(page.calendar_events()), page.calendar_name(), request, url=url
    )
