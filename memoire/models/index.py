"""A quartier's memory archive: a timeline by decade, filters that combine, collections."""

from dataclasses import dataclass

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from core.models import SectionPage
from core.queries import attach_quartiers
from core.restrictions import private_q

from ..periods import FIRST_YEAR, decade_label
from ..queries import attach_card_images, pick_of_the_day
from .collection import MemoireCollectionPage
from .item import ItemKind, MemoireItemPage
from .period import overlaps_decade
from .snippets import MemoirePlace

ITEMS_PER_PAGE = 24
MAX_FILTER_LENGTH = 100
UNKNOWN_DECADE = "inconnue"
# The URL's words for the filters: ?decennie=1960&lieu=la-tour-b&theme=ecole&type=photo
DECADE_PARAM, PLACE_PARAM, THEME_PARAM, KIND_PARAM = "decennie", "lieu", "theme", "type"
TIMELINE_LEVELS = 10  # bar heights of the timeline (CSS classes timeline__bar--0…10)
THEMES_SHOWN = 8  # the most used themes; the others behind "Voir les autres thèmes"


class CountedPaginator(Paginator):
    """A paginator told its count (the timeline's aggregate has it): one query less."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @property
    def count(self):
        return self.known_count


def all_decades():
    """Every decade a date may fall in, oldest first."""
    return list(range(FIRST_YEAR, timezone.localdate().year // 10 * 10 + 1, 10))


@dataclass
class Filters:
    """The active filters; `decade` is a year (1960), UNKNOWN_DECADE or None (any)."""

    decade: object = None
    place: MemoirePlace | None = None
    theme: Tag | None = None
    kind: str | None = None

    def __bool__(self):
        return any(value is not None for value in (self.decade, self.place, self.theme, self.kind))

    @property
    def kind_label(self):
        return ItemKind(self.kind).label if self.kind else ""

    @property
    def decade_label(self):
        if self.decade == UNKNOWN_DECADE:
            return _("date inconnue")
        return decade_label(self.decade) if self.decade is not None else ""

    def apply(self, items, skip=None):
        """`items` with every active filter but `skip` (to count what another choice gives)."""
        if self.decade is not None and skip != DECADE_PARAM:
            items = items.in_decade(None if self.decade == UNKNOWN_DECADE else self.decade)
        if self.place is not None and skip != PLACE_PARAM:
            items = items.at_place(self.place)
        if self.theme is not None and skip != THEME_PARAM:
            items = items.tagged(self.theme)
        if self.kind is not None and skip != KIND_PARAM:
            items = items.of_kind(self.kind)
        return items


class MemoireIndexPage(RoutablePageMixin, SectionPage):
    """The memory section of a quartier; its title is the archive's own name."""

    intro = models.TextField(
        _("présentation"),
        blank=True,
        max_length=600,
        help_text=_("Deux ou trois phrases : ce qu'on trouve ici, et comment confier un souvenir."),
    )

    section_slug = "memoire"
    section_label = _("Mémoire")
    section_description = _(
        "Les photos, les voix et les souvenirs du quartier, d'hier à aujourd'hui."
    )
    section_order = 30
    # Animateurs enter the places and people of memories, and the residents who bring them.
    animateur_permissions = (
        "memoire.add_memoireplace",
        "memoire.change_memoireplace",
        "memoire.view_memoireplace",
        "memoire.add_memoireperson",
        "memoire.change_memoireperson",
        "memoire.view_memoireperson",
        "core.add_contributor",
        "core.change_contributor",
        "core.view_contributor",
    )
    latest_page_types = ("memoire.MemoireItemPage", "memoire.MemoireCollectionPage")
    teaser_template = "memoire/section_teaser.html"
    portal_teaser_template = "memoire/portal_teaser.html"

    subpage_types = ["memoire.MemoireItemPage", "memoire.MemoireCollectionPage"]

    content_panels = [*SectionPage.content_panels, FieldPanel("intro")]
    search_fields = [*SectionPage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("mémoire du quartier")
        verbose_name_plural = _("mémoires des quartiers")

    # Teasers: a memory of the day

    def get_teaser(self):
        """The quartier's memory of the day (a different one each day)."""
        items = self.items().only("title", "url_path", "date_text", "path", "depth")
        return pick_of_the_day(items)

    @classmethod
    def get_portal_teaser(cls, root):
        """A memory of the day across the quartiers below `root`, with its photo."""
        items = (
            MemoireItemPage.objects.descendant_of(root)
            .published()
            .filter(first_photo__isnull=False)
            .with_card_data()
        )
        item = pick_of_the_day(items)
        if item is None:
            return None
        attach_quartiers([item])
        attach_card_images([item])
        return item

    # Queries

    @cached_property
    def private_q(self):
        """Pages behind a view restriction, read once for all of the request's queries."""
        return private_q()

    def items(self):
        """The archive's published items (live, not behind a view restriction)."""
        return MemoireItemPage.objects.child_of(self).live().exclude(self.private_q)

    def collections(self):
        return (
            MemoireCollectionPage.objects.child_of(self)
            .live()
            .exclude(self.private_q)
            .order_by("-date_sort", "title")
        )

    @staticmethod
    def _value(request, name):
        return request.GET.get(name, "").strip()[:MAX_FILTER_LENGTH]

    def read_filters(self, request):
        """The filters of the query string; junk or an unknown value is a 404."""
        filters = Filters()
        decade = self._value(request, DECADE_PARAM)
        if decade == UNKNOWN_DECADE:
            filters.decade = UNKNOWN_DECADE
        elif decade:
            if not decade.isdigit() or int(decade) not in all_decades():
                raise Http404
            filters.decade = int(decade)
        place = self._value(request, PLACE_PARAM)
        if place:
            # A place of this quartier (the archive's parent), by its address.
            quartier_path = self.path[: -self.steplen]
            filters.place = MemoirePlace.objects.filter(
                quartier__path=quartier_path, slug=place
            ).first()
            if filters.place is None:
                raise Http404
        theme = self._value(request, THEME_PARAM)
        if theme:
            filters.theme = Tag.objects.filter(slug=theme).first()
            if filters.theme is None:
                raise Http404
        kind = self._value(request, KIND_PARAM)
        if kind:
            if kind not in ItemKind.values:
                raise Http404
            filters.kind = kind
        return filters

    @staticmethod
    def kind_counts():
        return {f"kind_{kind}": Count("pk", filter=Q(kind=kind)) for kind in ItemKind.values}

    def timeline_counts(self, items, filters):
        """The decades' counts (each under the other filters), the number of results and,
        without a decade or kind filter, the kinds' counts: in one query."""
        decades = all_decades()
        expressions = {
            **{f"d{decade}": Count("pk", filter=overlaps_decade(decade)) for decade in decades},
            "unknown": Count("pk", filter=Q(date_start__isnull=True)),
            "total": Count("pk"),
        }
        if filters.decade is None and filters.kind is None:
            expressions.update(self.kind_counts())
        counts = filters.apply(items, skip=DECADE_PARAM).aggregate(**expressions)
        if filters.decade == UNKNOWN_DECADE:
            counts["results"] = counts["unknown"]
        elif filters.decade is not None:
            counts["results"] = counts[f"d{filters.decade}"]
        else:
            counts["results"] = counts["total"]
        return counts

    @staticmethod
    def decade_facet(counts):
        """Each decade from the first to the last with items, and its count."""
        present = [decade for decade in all_decades() if counts[f"d{decade}"]]
        if not present:
            return []
        top = max(counts[f"d{decade}"] for decade in present)
        entries = []
        for decade in range(present[0], present[-1] + 1, 10):
            count = counts[f"d{decade}"]
            entries.append(
                {
                    "value": decade,
                    "label": decade_label(decade),
                    "count": count,
                    "level": max(1, round(count / top * TIMELINE_LEVELS)) if count else 0,
                }
            )
        return entries

    def kind_facet(self, items, filters, counts):
        """The kinds' counts under the other filters (from `counts` when it has them)."""
        if "kind_photo" not in counts:
            counts = filters.apply(items, skip=KIND_PARAM).aggregate(**self.kind_counts())
        return [
            {"value": kind.value, "label": kind.label, "count": counts[f"kind_{kind.value}"]}
            for kind in ItemKind
            if counts[f"kind_{kind.value}"]
        ]

    def place_facet(self, items):
        return (
            MemoirePlace.objects.filter(items__in=items.values("pk"))
            .annotate(item_count=Count("items"))
            .order_by("name")
        )

    def theme_facet(self, items):
        return (
            Tag.objects.filter(memoire_memoireitemtag_items__content_object__in=items.values("pk"))
            .annotate(item_count=Count("memoire_memoireitemtag_items"))
            .order_by("-item_count", "name")
        )

    def paginate(self, request, items, count):
        """A page of the timeline: a junk number gives the first page, one out of range a 404."""
        paginator = CountedPaginator(items.timeline_order().with_card_data(), ITEMS_PER_PAGE, count)
        try:
            page = paginator.page(request.GET.get("page") or 1)
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage as error:
            raise Http404 from error
        page.object_list = list(page.object_list)
        for item in page.object_list:
            item.decade_heading = (
                decade_label(item.date_sort.year // 10 * 10)
                if item.date_sort
                else _("Date inconnue")
            )
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.read_filters(request)
        items = self.items()
        counts = self.timeline_counts(items, filters)
        results = self.paginate(request, filters.apply(items), counts["results"])
        themes = list(self.theme_facet(filters.apply(items, skip=THEME_PARAM)))
        collections = list(self.collections()) if not filters and results.number == 1 else []
        attach_card_images([*results.object_list, *collections])
        context.update(
            archive=self,
            filters=filters,
            results=results,
            decades=self.decade_facet(counts),
            undated_count=counts["unknown"],
            kinds=self.kind_facet(items, filters, counts),
            places=self.place_facet(filters.apply(items, skip=PLACE_PARAM)),
            themes=themes[:THEMES_SHOWN],
            more_themes=themes[THEMES_SHOWN:],
            collections=collections,
            unknown_decade=UNKNOWN_DECADE,
            empty_archive=not filters and not counts["total"],
        )
        return context

    @path("export/", name="export")
    def export_view(self, request):
        """The quartier's published archive in Dublin Core terms, as JSON."""
        from ..dublin_core import archive_export

        response = JsonResponse(
            archive_export(self, request), json_dumps_params={"ensure_ascii": False, "indent": 1}
        )
        response["Content-Disposition"] = (
            f'inline; filename="memoire-{self.get_parent().slug}.json"'
        )
        return response

    def export_url(self):
        return self.url + self.reverse_subpage("export")
