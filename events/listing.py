"""The agenda's lists, for one quartier (AgendaPage) or all of them (/agendas/).

Upcoming events first (each event once, at its next date), a month view, and the past
in an archive by year; the filters of the address apply to all of them. Each list takes a
fixed number of queries, whatever the number of events.
"""

import calendar
import datetime
from collections import defaultdict
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils import dateformat, timezone
from django.utils.functional import cached_property

from core.queries import attach_quartiers

from .forms import AgendaFilterForm
from .models import EventOccurrence, EventPage
from .models.event import show_dates
from .recurrence import DAY, PARIS, local, midnight

EVENTS_PER_PAGE = 20
ARCHIVE_PER_PAGE = 30
#: The month view exists from this year to a few years ahead; other years are a 404.
FIRST_YEAR = 2000
YEARS_AHEAD = 10


def paginate(request, items, per_page):
    """A page of items: a junk number gives the first page, one out of range a 404."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as error:
        raise Http404 from error


def month_bounds(year, month):
    first = datetime.date(year, month, 1)
    following = (first + datetime.timedelta(days=31)).replace(day=1)
    return first, following


class Agenda:
    """The events below `root` that visitors may see, filtered by the request's address."""

    def __init__(self, root, request, base_url, now=None, with_quartiers=False):
        self.root = root
        self.request = request
        self.base_url = base_url
        self.now = now or timezone.now()
        self.with_quartiers = with_quartiers
        self.form = AgendaFilterForm(request.GET)
        if not self.form.is_valid():
            raise Http404
        self.filters = self.form.active()

    def all_events(self):
        return EventPage.objects.published().descendant_of(self.root)

    def events(self):
        events = self.all_events()
        if "type" in self.filters:
            events = events.filter(kind=self.filters["type"])
        if "public" in self.filters:
            events = events.filter(audience=self.filters["public"])
        if self.filters.get("gratuit"):
            events = events.free()
        return events

    @cached_property
    def querystring(self):
        """The filters as an address's query ("?type=atelier"), or ""."""
        params = {name: "1" if value is True else value for name, value in self.filters.items()}
        return f"?{urlencode(params)}" if params else ""

    @property
    def index_url(self):
        return self.base_url + self.querystring

    def month_url(self, year, month):
        return f"{self.base_url}mois/{year}/{month}/{self.querystring}"

    def archive_url(self, year=None):
        if year is None:
            return f"{self.base_url}archives/{self.querystring}"
        return f"{self.base_url}archives/{year}/{self.querystring}"

    @cached_property
    def this_month_url(self):
        today = local(self.now).date()
        return self.month_url(today.year, today.month)

    def decorate(self, events):
        """Across quartiers, each event's quartier (one query)."""
        if self.with_quartiers:
            attach_quartiers(events)
        return events

    def upcoming(self):
        events = self.events().upcoming(self.now).with_listing_data().order_by("next_start", "pk")
        page = paginate(self.request, events, EVENTS_PER_PAGE)
        page.object_list = show_dates(self.decorate(list(page.object_list)), "next_start")
        return page

    @cached_property
    def years(self):
        """The years with past dates (whatever the filters), newest first."""
        return sorted(self.past_years, reverse=True)

    @property
    def year_links(self):
        return [{"year": year, "url": self.archive_url(year)} for year in self.years]

    @cached_property
    def past_years(self):
        years = (
            EventOccurrence.objects.filter(event__in=self.all_events(), start__lt=self.now)
            .annotate(year=ExtractYear("start", tzinfo=PARIS))
            .order_by()
            .values_list("year", flat=True)
            .distinct()
        )
        return set(years)

    def archive(self, year):
        """What happened in `year` (until now), in date order; a year without any is a 404.

        Without a year: the latest year that has something (an empty list if none has)."""
        if year is None:
            if not self.years:
                return None
            year = self.years[0]
        if year not in self.years:
            raise Http404
        first = midnight(datetime.date(year, 1, 1))
        last = min(midnight(datetime.date(year + 1, 1, 1)), self.now)
        events = (
            self.events()
            .started_between(first, last)
            .with_listing_data()
            .order_by("first_start", "pk")
        )
        page = paginate(self.request, events, ARCHIVE_PER_PAGE)
        page.object_list = show_dates(self.decorate(list(page.object_list)), "first_start")
        page.year = year
        return page

    @classmethod
    def check_month(cls, year, month, today=None):
        today = today or timezone.localdate()
        if not (FIRST_YEAR <= year <= today.year + YEARS_AHEAD and 1 <= month <= 12):
            raise Http404

    def month(self, year, month):
        """The month as weeks of days (Monday first), each day with its dates."""
        today = local(self.now).date()
        self.check_month(year, month, today)
        first_day, next_first_day = month_bounds(year, month)
        occurrences = list(
            EventOccurrence.objects.filter(
                event__in=self.events(),
                start__lt=midnight(next_first_day),
                end__gt=midnight(first_day),
            )
            .select_related("event", "event__venue")
            .order_by("start", "event_id")
        )
        if self.with_quartiers:
            attach_quartiers(
                list({occurrence.event_id: occurrence.event for occurrence in occurrences}.values())
            )
        by_day = defaultdict(list)
        for occurrence in occurrences:
            day = max(local(occurrence.start).date(), first_day)
            last = min(
                local(occurrence.end - datetime.timedelta(microseconds=1)).date(),
                next_first_day - DAY,
            )
            while day <= last:
                by_day[day].append(occurrence)
                day += DAY
        weeks = [
            [
                {
                    "date": day,
                    "in_month": day.month == month,
                    "today": day == today,
                    "entries": by_day.get(day, []) if day.month == month else [],
                }
                for day in week
            ]
            for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
        ]
        previous_month = first_day - DAY
        return {
            "year": year,
            "month": month,
            "first_day": first_day,
            "label": dateformat.format(first_day, "F Y"),
            "weeks": weeks,
            "days": [(day, by_day[day]) for day in sorted(by_day)],
            "count": sum(len(entries) for entries in by_day.values()),
            "previous": self.month_link(previous_month.year, previous_month.month, today),
            "next": self.month_link(next_first_day.year, next_first_day.month, today),
            "weekdays": [
                dateformat.format(datetime.date(2024, 1, number), "l") for number in range(1, 8)
            ],
        }

    def month_link(self, year, month, today):
        try:
            self.check_month(year, month, today)
        except Http404:
            return None
        return {
            "url": self.month_url(year, month),
            "label": dateformat.format(datetime.date(year, month, 1), "F Y"),
        }
