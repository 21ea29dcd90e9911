"""The digital space's hours move to one OpenStreetMap `opening_hours` string.

Each quartier's rows (day, opens, closes) become a string such as
`Mo 14:00-18:00; Tu,Th 09:00-12:00,14:00-18:00`, on the page and in every one of its
revisions (so that editing or reverting a page keeps its hours). Nothing is added to
what the rows said. Going back turns the string into rows again.
"""

import datetime

from django.db import migrations

import core.opening_hours

OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")


def _hhmm(value):
    return str(value)[:5]


def rows_to_osm(rows):
    """[(weekday, opens, closes)] → "Mo-We 09:00-12:00; Fr 14:00-18:00" ("" if no rows)."""
    by_day = {}
    for weekday, opens, closes in sorted(rows, key=lambda row: (row[0], _hhmm(row[1]))):
        by_day.setdefault(int(weekday), []).append(f"{_hhmm(opens)}-{_hhmm(closes)}")
    rules = []
    days = sorted(by_day)
    index = 0
    while index < len(days):
        hours = ",".join(by_day[days[index]])
        group = [days[index]]
        while (
            index + 1 < len(days)
            and days[index + 1] == group[-1] + 1
            and ",".join(by_day[days[index + 1]]) == hours
        ):
            index += 1
            group.append(days[index])
        if len(group) == 1:
            selector = OSM_DAYS[group[0]]
        elif len(group) == 2:
            selector = f"{OSM_DAYS[group[0]]},{OSM_DAYS[group[1]]}"
        else:
            selector = f"{OSM_DAYS[group[0]]}-{OSM_DAYS[group[-1]]}"
        rules.append(f"{selector} {hours}")
        index += 1
    return "; ".join(rules)


def osm_to_rows(expression):
    """The regular week of `expression` as (weekday, "HH:MM", "HH:MM") rows."""
    schedule = core.opening_hours.Schedule(expression)
    rows = []
    for day in schedule.regular_week(datetime.date(2025, 1, 6)):
        for slot in day.slots:
            closes = "23:59" if slot.end.date() != day.date else f"{slot.end:%H:%M}"
            rows.append((day.date.weekday(), f"{slot.start:%H:%M}", closes))
    return rows


def _quartier_revisions(apps):
    Revision = apps.get_model("wagtailcore", "Revision")
    return Revision.objects.filter(
        content_type__app_label="home", content_type__model="quartierpage"
    )


def forwards(apps, schema_editor):
    QuartierPage = apps.get_model("home", "QuartierPage")
    OpeningHours = apps.get_model("home", "OpeningHours")
    for quartier in QuartierPage.objects.all():
        rows = OpeningHours.objects.filter(quartier=quartier).values_list(
            "weekday", "opens", "closes"
        )
        quartier.epn_opening_hours = rows_to_osm(rows)
        quartier.save(update_fields=["epn_opening_hours"])
    for revision in _quartier_revisions(apps).iterator():
        content = revision.content or {}
        if "opening_hours" not in content and "epn_opening_hours" in content:
            continue
        rows = [
            (row.get("weekday"), row.get("opens"), row.get("closes"))
            for row in content.pop("opening_hours", None) or []
            if row.get("weekday") is not None and row.get("opens") and row.get("closes")
        ]
        content["epn_opening_hours"] = rows_to_osm(rows)
        revision.content = content
        revision.save(update_fields=["content"])


def backwards(apps, schema_editor):
    QuartierPage = apps.get_model("home", "QuartierPage")
    OpeningHours = apps.get_model("home", "OpeningHours")
    for quartier in QuartierPage.objects.all():
        for order, (weekday, opens, closes) in enumerate(osm_to_rows(quartier.epn_opening_hours)):
            OpeningHours.objects.create(
                quartier=quartier, weekday=weekday, opens=opens, closes=closes, sort_order=order
            )
    for revision in _quartier_revisions(apps).iterator():
        content = revision.content or {}
        expression = content.pop("epn_opening_hours", "")
        content["opening_hours"] = [
            {
                "pk": None,
                "quartier": content.get("pk"),
                "sort_order": order,
                "weekday": weekday,
                "opens": f"{opens}:00",
                "closes": f"{closes}:00",
            }
            for order, (weekday, opens, closes) in enumerate(osm_to_rows(expression))
        ]
        revision.content = content
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_create_homepage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="quartierpage",
            name="epn_opening_hours",
            field=core.opening_hours.OpeningHoursField(
                blank=True,
                help_text="Au format OpenStreetMap, par exemple : Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off. Mo lundi, Tu mardi, We mercredi, Th jeudi, Fr vendredi, Sa samedi, Su dimanche ; « ; » sépare les jours, « , » les créneaux d'un même jour. « PH off » : fermé les jours fériés.",
                max_length=255,
                verbose_name="horaires d'ouverture",
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.DeleteModel(name="OpeningHours"),
    ]
