"""An event of the agenda: its dates (once, over several days, or repeating), its place,
its price, its registration, its status, its programme and the people behind it."""

import datetime
from itertools import groupby

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Subquery, Value
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import dateformat, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import StoryBlock
from core.models import BasePage, PortalPageQuerySet
from core.stream import stream_text

from .. import recurrence
from ..blocks import OrganisersBlock, ProgrammeBlock, SkippedDatesBlock
from ..choices import (
    FREE_PRICE_KINDS,
    Audience,
    EventKind,
    Frequency,
    PriceKind,
    Registration,
    Status,
)
from ..formatting import date_label, hours_label, time_label, when_label
from ..queries import PublishedInSqlMixin

#: How many next dates a repeating event lists.
NEXT_DATES = 8
#: The fields whose change changes the dates (saving only others keeps them).
DATE_FIELDS = {
    "start",
    "end",
    "all_day",
    "recurrence_frequency",
    "recurrence_interval",
    "recurrence_until",
    "exceptions",
}


def parent_path(expression):
    """The path of the parent page of the page whose path is `expression`."""
    return Substr(expression, 1, Length(expression) - Value(Page.steplen))


def show_dates(events, attribute):
    """Set `shown_start`, `shown_when` and `shown_hours` from the annotation `attribute`."""
    this_year = timezone.localdate().year
    for event in events:
        event.shown_start = getattr(event, attribute)
        event.shown_when = event.when_at(event.shown_start)
        event.shown_hours = event.hours_at(event.shown_start)
        event.shown_other_year = recurrence.local(event.shown_start).year != this_year
    return events


class EventQuerySet(PublishedInSqlMixin, PortalPageQuerySet):
    def with_listing_data(self):
        """The venue, the listing image and the series' title and address, in the same
        query, whatever the count (the images' sizes come from Wagtail's rendition cache)."""
        from .series import EventSeriesPage

        series = EventSeriesPage.objects.filter(path=parent_path(OuterRef("path")))
        return self.select_related("venue", "listing_image").annotate(
            series_title=Subquery(series.values("title")[:1]),
            series_url_path=Subquery(series.values("url_path")[:1]),
        )

    def upcoming(self, now):
        """Events with a date not over yet, with `next_start` and `next_end` of that date."""
        dates = EventOccurrence.objects.filter(event=OuterRef("pk"), end__gt=now).order_by("start")
        return self.annotate(
            next_start=Subquery(dates.values("start")[:1]),
            next_end=Subquery(dates.values("end")[:1]),
        ).filter(next_start__isnull=False)

    def over(self, now):
        """Events whose every date is over, with `last_start`, the start of the last one."""
        dates = EventOccurrence.objects.filter(event=OuterRef("pk"))
        return (
            self.exclude(Exists(dates.filter(end__gt=now)))
            .annotate(last_start=Subquery(dates.order_by("-start").values("start")[:1]))
            .filter(last_start__isnull=False)
        )

    def started_between(self, first, last):
        """Events with a date starting in [first, last), with `first_start`, the first."""
        dates = EventOccurrence.objects.filter(
            event=OuterRef("pk"), start__gte=first, start__lt=last
        ).order_by("start")
        return self.annotate(
            first_start=Subquery(dates.values("start")[:1]),
        ).filter(first_start__isnull=False)

    def free(self):
        return self.filter(price_kind__in=FREE_PRICE_KINDS)


EventManager = PageManager.from_queryset(EventQuerySet)


class EventPage(RoutablePageMixin, BasePage):
    """One event: a meetup, a workshop (maybe weekly), a festival's edition…

    Only a title and a start are required, so that a resident's plain answers (what,
    when, where, who organises, free or not) make a draft event (see `events.drafts`).
    """

    search_kind = "evenement"

    @property
    def search_date(self):
        """The date shown in search results: the next one (a weekly workshop that began
        in October shows next week's), or the last one once every date is over."""
        now = timezone.now()
        spans = self.occurrence_spans()
        upcoming = [start for start, end in spans if end > now]
        if upcoming:
            return upcoming[0]
        return spans[-1][0] if spans else self.start

    start = models.DateTimeField(
        _("début"),
        help_text=_("Le jour et l'heure où ça commence (heure de Paris)."),
    )
    end = models.DateTimeField(
        _("fin"),
        null=True,
        blank=True,
        help_text=_(
            "Facultatif. Le jour et l'heure où ça finit. Sur plusieurs jours : le dernier jour."
        ),
    )
    all_day = models.BooleanField(
        _("toute la journée"),
        default=False,
        help_text=_(
            "Cochez si l'heure ne compte pas (une fête, un festival sur plusieurs jours). "
            "Seuls les jours sont alors gardés."
        ),
    )
    recurrence_frequency = models.CharField(
        _("se répète"),
        max_length=10,
        blank=True,
        choices=Frequency.choices,
        help_text=_("Pour un atelier chaque semaine, par exemple. Laissez vide si c'est une fois."),
    )
    recurrence_interval = models.PositiveSmallIntegerField(
        _("tous les combien ?"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("1 : à chaque fois. 2 : une semaine (ou un mois) sur deux."),
    )
    recurrence_until = models.DateField(
        _("jusqu'au"),
        null=True,
        blank=True,
        help_text=_("Le dernier jour possible. Obligatoire si l'événement se répète."),
    )

    venue = models.ForeignKey(
        "events.Venue",
        verbose_name=_("lieu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text=_("Choisissez un lieu du quartier, ou créez-le une fois pour toutes."),
    )
    place = models.CharField(
        _("ou le lieu, en quelques mots"),
        max_length=255,
        blank=True,
        help_text=_("Si le lieu n'est pas dans la liste : son nom et son adresse."),
    )

    kind = models.CharField(
        _("type d'événement"), max_length=20, choices=EventKind.choices, default=EventKind.OTHER
    )
    audience = models.CharField(
        _("pour qui ?"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    theme = models.CharField(
        _("thème"),
        max_length=255,
        blank=True,
        help_text=_("Le thème de l'édition, par exemple « les réseaux sociaux »."),
    )

    price_kind = models.CharField(
        _("prix"), max_length=25, choices=PriceKind.choices, default=PriceKind.FREE
    )
    price_amount = models.DecimalField(
        _("prix en euros"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Seulement si c'est payant. Par exemple 3 ou 2.50."),
    )
    price_conditions = models.CharField(
        _("conditions"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple : « gratuit pour les adhérents du centre social, 2 € sinon »."),
    )

    registration = models.CharField(
        _("inscription"), max_length=20, choices=Registration.choices, default=Registration.NONE
    )
    registration_url = models.URLField(_("lien pour s'inscrire"), blank=True)
    registration_details = models.CharField(
        _("comment s'inscrire"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple : « à l'accueil ou au 01 99 00 00 00, avant le 10 juin »."),
    )
    capacity = models.PositiveIntegerField(_("nombre de places"), null=True, blank=True)
    is_full = models.BooleanField(
        _("complet"), default=False, help_text=_("Cochez quand il n'y a plus de place.")
    )

    status = models.CharField(
        _("état"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    status_note = models.CharField(
        _("précision sur l'état"),
        max_length=255,
        blank=True,
        help_text=_("Par exemple : « Reporté au samedi 21 juin, même heure. » ou la raison."),
    )

    wheelchair = models.BooleanField(_("accessible en fauteuil roulant"), default=False)
    hearing_loop = models.BooleanField(_("boucle magnétique"), default=False)
    sign_language = models.BooleanField(_("traduit en langue des signes (LSF)"), default=False)
    easy_to_read = models.BooleanField(
        _("documents faciles à lire et à comprendre (FALC)"), default=False
    )
    accessibility_notes = models.CharField(
        _("accessibilité : précisions"), max_length=300, blank=True
    )

    body = StreamField(StoryBlock(), verbose_name=_("présentation"), blank=True)
    organisers = StreamField(
        OrganisersBlock(), verbose_name=_("qui organise, avec quels partenaires"), blank=True
    )
    programme = StreamField(
        ProgrammeBlock(),
        verbose_name=_("programme"),
        blank=True,
        help_text=_(
            "Pour un festival ou une journée : chaque moment avec son heure. "
            "Les heures doivent être dans les dates de l'événement."
        ),
    )
    exceptions = StreamField(
        SkippedDatesBlock(),
        verbose_name=_("les dates où il n'a pas lieu"),
        blank=True,
        help_text=_("Pour un événement qui se répète : vacances, jour férié…"),
    )

    objects = EventManager()

    parent_page_types = ["events.AgendaPage", "events.EventSeriesPage"]
    subpage_types: list[str] = []

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("Quand"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("recurrence_frequency"),
                FieldRowPanel([FieldPanel("recurrence_interval"), FieldPanel("recurrence_until")]),
                FieldPanel("exceptions"),
            ],
            heading=_("Répétition"),
        ),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("place")], heading=_("Où")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("audience")]),
                FieldPanel("theme"),
            ],
            heading=_("Quoi, pour qui"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("price_kind"),
                FieldRowPanel([FieldPanel("price_amount"), FieldPanel("price_conditions")]),
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldPanel("registration_details"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("is_full")]),
            ],
            heading=_("Prix et inscription"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_note")],
            heading=_("Prévu, reporté ou annulé"),
            help_text=_("Un événement annulé reste en ligne et dit qu'il est annulé."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("wheelchair"),
                FieldPanel("hearing_loop"),
                FieldPanel("sign_language"),
                FieldPanel("easy_to_read"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Accessibilité"),
            classname="collapsed",
        ),
        FieldPanel("organisers"),
        InlinePanel("event_guests", label=_("invité ou invitée"), heading=_("Les invités")),
        FieldPanel("programme"),
    ]

    def kind_words(self):
        """The words people search an event by: « événement », « rendez-vous », its kind."""
        return " ".join([str(_("événement")), str(_("rendez-vous")), self.get_kind_display()])

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("theme"),
        index.SearchField("place"),
        index.SearchField("body"),
        index.RelatedFields(
            "venue",
            [index.SearchField("name"), index.SearchField("street"), index.SearchField("city")],
        ),
        index.SearchField("organisers"),
        index.SearchField("programme"),
        index.SearchField("kind_words"),
        index.RelatedFields(
            "event_guests", [index.RelatedFields("guest", [index.SearchField("name")])]
        ),
        index.FilterField("start"),
        index.FilterField("kind"),
        index.FilterField("audience"),
        index.FilterField("price_kind"),
    ]

    class Meta:
        verbose_name = _("événement")
        verbose_name_plural = _("événements")

    # Validation

    def normalise_dates(self):
        """An all-day event starts at midnight (Paris) and its end is its last day's midnight."""
        if self.all_day and self.start:
            self.start = recurrence.midnight(recurrence.local(self.start).date())
            if self.end:
                self.end = recurrence.midnight(recurrence.local(self.end).date())
                if self.end == self.start:
                    self.end = None

    def clean(self):
        super().clean()
        self.normalise_dates()
        errors = {}
        errors.update(self.date_errors())
        errors.update(self.recurrence_errors())
        errors.update(self.registration_errors())
        if not errors and self.start:
            errors.update(self.programme_errors())
            errors.update(self.exception_errors())
        if errors:
            raise ValidationError(errors)

    def date_errors(self):
        if not self.start or not self.end:
            return {}
        if (self.end < self.start) if self.all_day else (self.end <= self.start):
            return {
                "end": _(
                    "La fin (%(end)s) est avant le début (%(start)s). Vérifiez le jour et l'heure."
                )
                % {"end": self.label_of(self.end), "start": self.label_of(self.start)}
            }
        return {}

    def label_of(self, moment):
        if self.all_day:
            return date_label(moment)
        return f"{date_label(moment)}, {time_label(moment)}"

    def recurrence_errors(self):
        frequency, until = self.recurrence_frequency, self.recurrence_until
        if not frequency:
            if until:
                return {
                    "recurrence_until": _(
                        "Choisissez comment l'événement se répète, ou videz « jusqu'au »."
                    )
                }
            return {}
        if until is None:
            return {
                "recurrence_until": _(
                    "Un événement qui se répète doit s'arrêter un jour : remplissez « jusqu'au »."
                )
            }
        if not self.start:
            return {}
        first_day = recurrence.local(self.start).date()
        if until < first_day:
            return {
                "recurrence_until": _("« Jusqu'au » (%(until)s) est avant le début (%(start)s).")
                % {"until": date_label(until), "start": date_label(first_day)}
            }
        if self.end and recurrence.local(self.end).date() != first_day:
            return {
                "recurrence_frequency": _(
                    "Un événement qui se répète commence et finit le même jour. "
                    "Pour un événement sur plusieurs jours, ne le faites pas répéter."
                )
            }
        if len(self.rule_starts()) > recurrence.MAX_OCCURRENCES:
            return {
                "recurrence_until": _(
                    "Cela fait plus de %(max)s dates. Choisissez un « jusqu'au » plus proche."
                )
                % {"max": recurrence.MAX_OCCURRENCES}
            }
        return {}

    def registration_errors(self):
        # A price may stay to be told (a resident's proposal says "paid", not how much).
        errors = {}
        if self.registration == Registration.LINK and not self.registration_url:
            errors["registration_url"] = _("Donnez le lien pour s'inscrire.")
        if self.registration == Registration.CAPACITY and not self.capacity:
            errors["capacity"] = _("Indiquez le nombre de places.")
        return errors

    def programme_errors(self):
        """Programme items outside the event's (first) date: refused, each one shown."""
        first, last = self.start, self.span_of(self.start)
        refused = {}
        for position, block in enumerate(self.programme):
            item = block.value
            start, end = item["start"], item.get("end")
            if start is None or (end is not None and end <= start):
                continue
            if start < first or (end or start) > last:
                refused[position] = gettext(
                    "« %(title)s » (%(moment)s) est en dehors des dates de l'événement "
                    "(%(when)s). Corrigez l'heure ou le jour."
                ) % {"title": item["title"], "moment": self.label_of(start), "when": self.when}
        if not refused:
            return {}
        # The full messages above the form, each item marked where it is.
        return {
            NON_FIELD_ERRORS: list(refused.values()),
            "programme": StreamBlockValidationError(
                block_errors={
                    position: StructBlockValidationError(
                        block_errors={"start": ValidationError(gettext("En dehors des dates."))}
                    )
                    for position in refused
                }
            ),
        }

    def exception_errors(self):
        """A date "without the event" must be one of its dates, and it must repeat."""
        if not len(self.exceptions):
            return {}
        if not self.is_recurring:
            message = gettext(
                "Les dates sans l'événement servent seulement pour un événement qui se répète. "
                "Videz-les, ou choisissez comment il se répète."
            )
            return {
                NON_FIELD_ERRORS: [message],
                "exceptions": StreamBlockValidationError(
                    non_block_errors=[ValidationError(message)]
                ),
            }
        dates = {recurrence.local(start).date() for start in self.rule_starts()}
        refused = {
            position: block.value["date"]
            for position, block in enumerate(self.exceptions)
            if block.value["date"] not in dates
        }
        if not refused:
            return {}
        return {
            NON_FIELD_ERRORS: [
                gettext("Le %(date)s n'est pas un jour de cet événement : il n'y a rien à enlever.")
                % {"date": date_label(day)}
                for day in refused.values()
            ],
            "exceptions": StreamBlockValidationError(
                block_errors={
                    position: StructBlockValidationError(
                        block_errors={
                            "date": ValidationError(gettext("Ce n'est pas un jour de l'événement."))
                        }
                    )
                    for position in refused
                }
            ),
        }

    # Dates

    @property
    def is_recurring(self):
        return bool(self.recurrence_frequency and self.recurrence_until)

    def rule_starts(self):
        """Every start the rule makes, exceptions included (at most MAX_OCCURRENCES + 1)."""
        if not self.is_recurring:
            return [self.start]
        return recurrence.rule_starts(
            self.start, self.recurrence_frequency, self.recurrence_interval, self.recurrence_until
        )

    def span_of(self, start):
        """The end of the date starting at `start`: the real end, or the end of the day.

        The same wall-clock length in Paris for each date of a repeating event.
        """
        if self.all_day:
            last = recurrence.local(self.end or self.start).date()
            days = (last - recurrence.local(self.start).date()).days
            return recurrence.midnight(
                recurrence.local(start).date() + datetime.timedelta(days + 1)
            )
        if self.end:
            length = recurrence.naive_local(self.end) - recurrence.naive_local(self.start)
            return recurrence.in_paris(recurrence.naive_local(start) + length)
        return recurrence.midnight(recurrence.local(start).date() + recurrence.DAY)

    def real_end_of(self, start):
        """The end to show for the date starting at `start`, or None when there is none."""
        if self.end is None and not self.all_day:
            return None
        if self.all_day:
            return self.span_of(start) - recurrence.DAY
        return self.span_of(start)

    def skipped_dates(self):
        """[(date, reason)] of the dates a repeating event skips, in date order."""
        return sorted((block.value["date"], block.value["reason"]) for block in self.exceptions)

    def upcoming_exceptions(self):
        today = timezone.localdate()
        return [
            {"date": day, "label": date_label(day), "reason": reason}
            for day, reason in self.skipped_dates()
            if day >= today
        ]

    def exception_dates(self):
        return {day for day, _reason in self.skipped_dates()}

    def occurrence_spans(self):
        """(start, end) of each date, exceptions left out; `end` as in `span_of`."""
        if not self.start:
            return []
        skipped = self.exception_dates() if self.is_recurring else set()
        return [
            (start, self.span_of(start))
            for start in self.rule_starts()[: recurrence.MAX_OCCURRENCES]
            if recurrence.local(start).date() not in skipped
        ]

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or DATE_FIELDS & set(update_fields):
            self.normalise_dates()
        super().save(*args, **kwargs)
        # The page's row holds its live content (or a never-published draft): saving a
        # revision only updates a few fields, and the dates stay those that are live.
        if update_fields is None or DATE_FIELDS & set(update_fields):
            self.refresh_occurrences()

    def refresh_occurrences(self):
        EventOccurrence.objects.filter(event=self).delete()
        EventOccurrence.objects.bulk_create(
            EventOccurrence(event=self, start=start, end=end)
            for start, end in self.occurrence_spans()
        )

    # What visitors read

    @property
    def is_cancelled(self):
        return self.status == Status.CANCELLED

    @property
    def is_postponed(self):
        return self.status == Status.POSTPONED

    @property
    def is_free(self):
        return self.price_kind in FREE_PRICE_KINDS

    @property
    def summary(self):
        return self.listing_summary or stream_text(self.body)[:300]

    @property
    def when(self):
        """The event's first date (or its only one), in words."""
        return when_label(self.start, self.real_end_of(self.start), self.all_day)

    @property
    def hours(self):
        return hours_label(self.start, self.real_end_of(self.start), self.all_day)

    def when_at(self, start):
        return when_label(start, self.real_end_of(start), self.all_day)

    def hours_at(self, start):
        return hours_label(start, self.real_end_of(start), self.all_day)

    @property
    def schedule(self):
        """How a repeating event repeats, in words: « Chaque mardi, de 18 h à 20 h, … »."""
        if not self.is_recurring:
            return ""
        first = recurrence.local(self.start)
        weekday = dateformat.format(first.date(), "l")
        interval = self.recurrence_interval or 1
        if self.recurrence_frequency == Frequency.DAILY:
            rhythm = (
                gettext("Chaque jour")
                if interval == 1
                else ngettext("Tous les %(n)s jour", "Tous les %(n)s jours", interval)
                % {"n": interval}
            )
        elif self.recurrence_frequency == Frequency.WEEKLY:
            if interval == 1:
                rhythm = gettext("Chaque %(weekday)s") % {"weekday": weekday}
            elif interval == 2:
                rhythm = gettext("Un %(weekday)s sur deux") % {"weekday": weekday}
            else:
                rhythm = gettext("Un %(weekday)s toutes les %(n)s semaines") % {
                    "weekday": weekday,
                    "n": interval,
                }
        else:
            number = recurrence.week_of_month(first.date())
            rank = {
                1: gettext("1er"),
                2: gettext("2e"),
                3: gettext("3e"),
                4: gettext("4e"),
                -1: gettext("dernier"),
            }[number]
            if interval == 1:
                rhythm = gettext("Le %(rank)s %(weekday)s de chaque mois") % {
                    "rank": rank,
                    "weekday": weekday,
                }
            else:
                rhythm = gettext("Le %(rank)s %(weekday)s, tous les %(n)s mois") % {
                    "rank": rank,
                    "weekday": weekday,
                    "n": interval,
                }
        return gettext("%(rhythm)s, %(hours)s, du %(first)s au %(last)s") % {
            "rhythm": rhythm,
            "hours": self.hours_phrase,
            "first": date_label(first.date(), weekday=False),
            "last": date_label(self.recurrence_until, weekday=False),
        }

    @property
    def hours_phrase(self):
        end = self.real_end_of(self.start)
        if self.all_day:
            return gettext("toute la journée")
        if end is None:
            return gettext("à %(time)s") % {"time": time_label(self.start)}
        return gettext("de %(start)s à %(end)s") % {
            "start": time_label(self.start),
            "end": time_label(end),
        }

    @property
    def place_name(self):
        return self.venue.name if self.venue_id else self.place

    @property
    def location_text(self):
        """The place in one line, for calendars: name and address."""
        if self.venue_id:
            return ", ".join(part for part in (self.venue.name, self.venue.address_line) if part)
        return self.place

    @property
    def price_text(self):
        if self.price_kind == PriceKind.PAID and self.price_amount is not None:
            amount = f"{self.price_amount:.2f}".replace(".", ",").removesuffix(",00")
            return gettext("%(amount)s €") % {"amount": amount}
        if self.price_kind == PriceKind.PAID:
            return gettext("Payant (prix à préciser)")
        if self.price_kind == PriceKind.FREE_WITH_CONDITIONS:
            if not self.price_conditions:
                return gettext("Gratuit sous conditions")
            return gettext("Gratuit sous conditions : %(conditions)s") % {
                "conditions": self.price_conditions
            }
        return gettext("Gratuit")

    def accessibility_features(self):
        """The event's accessibility, as plain sentences (the venue's included)."""
        venue = self.venue if self.venue_id else None
        features = []
        if self.wheelchair or (venue and venue.wheelchair):
            features.append(gettext("Accessible en fauteuil roulant"))
        if self.hearing_loop or (venue and venue.hearing_loop):
            features.append(gettext("Boucle magnétique pour les personnes malentendantes"))
        if self.sign_language:
            features.append(gettext("Traduit en langue des signes française (LSF)"))
        if self.easy_to_read:
            features.append(gettext("Documents faciles à lire et à comprendre (FALC)"))
        return features

    def next_dates(self, now=None, limit=NEXT_DATES):
        """The next dates, worked out from the rule (no query): [{start, when}]."""
        now = now or timezone.now()
        return [
            {"start": start, "when": self.when_at(start)}
            for start, end in self.occurrence_spans()
            if end > now
        ][:limit]

    def programme_days(self):
        """The programme's items in time order, grouped by day: [(day, [items])]."""
        items = sorted(
            (block.value for block in self.programme if block.value["start"]),
            key=lambda item: item["start"],
        )
        return [
            (day, list(day_items))
            for day, day_items in groupby(
                items, key=lambda item: recurrence.local(item["start"]).date()
            )
        ]

    def organisers_by_role(self):
        """([organisers], [partners]), each {name, website}."""
        return (
            [block.value for block in self.organisers if block.block_type == "organiser"],
            [block.value for block in self.organisers if block.block_type == "partner"],
        )

    def guests(self):
        return [link.guest for link in self.event_guests.select_related("guest")]

    def agenda(self):
        """Its agenda: given by the agenda's route (no query), or looked up."""
        agenda = getattr(self, "routed_agenda", None)
        if agenda is None:
            from .agenda import AgendaPage

            agenda = AgendaPage.objects.ancestor_of(self).first()
        return agenda

    def series(self, request=None):
        """{title, url} of its series, or None: from the listing's annotations if any."""
        if self.depth is None:
            return None
        title = getattr(self, "series_title", None)
        if title is None and not hasattr(self, "series_url_path"):
            from .series import EventSeriesPage

            parent = (
                EventSeriesPage.objects.filter(path=self.path[: -Page.steplen])
                .only("title", "url_path", "path", "depth")
                .first()
            )
            if parent is None:
                return None
            return {"title": parent.title, "url": parent.get_url(request)}
        if title is None:
            return None
        url = self.get_url(request)
        return {"title": title, "url": url.rstrip("/").rsplit("/", 1)[0] + "/" if url else ""}

    def get_context(self, request, *args, **kwargs):
        from ..ical import calendar_links
        from ..structured_data import event_structured_data

        context = super().get_context(request, *args, **kwargs)
        agenda = self.agenda()
        series = self.series(request)
        organisers, partners = self.organisers_by_role()
        guests = self.guests()
        programme = self.programme_days()
        next_dates = self.next_dates() if self.is_recurring else []
        context.update(
            agenda=agenda,
            series=series,
            organisers=organisers,
            partners=partners,
            guests=guests,
            programme=programme,
            next_dates=next_dates,
            exceptions=self.upcoming_exceptions() if self.is_recurring else [],
            calendar=calendar_links(request, self.get_url(request)),
            structured_data=event_structured_data(
                self,
                request,
                series=series,
                programme=programme,
                guests=guests,
                organisers=organisers,
            ),
        )
        return context

    @path("programme/", name="programme")
    def programme_view(self, request):
        """The programme alone, laid out to be printed and pinned on a wall."""
        programme = self.programme_days()
        if not programme:
            raise Http404
        return TemplateResponse(
            request,
            "events/event_programme.html",
            {**super().get_context(request), "programme": programme},
        )


class EventOccurrence(models.Model):
    """One date of an event (a repeating event has many), made from its live dates.

    Lists, the month view and the teasers read these, in a fixed number of queries.
    `end` is the real end, or the end of the day when the event gives none.
    """

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("événement"),
        on_delete=models.CASCADE,
        related_name="occurrences",
    )
    start = models.DateTimeField(_("début"), db_index=True)
    end = models.DateTimeField(_("fin"), db_index=True)

    class Meta:
        verbose_name = _("date d'un événement")
        verbose_name_plural = _("dates des événements")
        ordering = ["start"]
        indexes = [models.Index(fields=["event", "start"], name="events_occurrence_event_start")]

    def __str__(self):
        return f"{self.event_id} {self.start:%Y-%m-%d %H:%M}"

    @property
    def when(self):
        return self.event.when_at(self.start)

    @property
    def hours(self):
        return self.event.hours_at(self.start)


class EventGuest(Orderable):
    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_guests")
    guest = models.ForeignKey(
        "events.Guest",
        verbose_name=_("invité ou invitée"),
        on_delete=models.PROTECT,
        related_name="event_links",
    )

    panels = [FieldPanel("guest")]

    class Meta(Orderable.Meta):
        verbose_name = _("invité de l'événement")
        verbose_name_plural = _("invités de l'événement")

    def __str__(self):
        return str(self.guest)
