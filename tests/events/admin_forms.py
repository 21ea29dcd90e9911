"""The event editor's form data, as the admin posts it."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def event_form(**fields):
    return nested_form_data(
        {
            "title": "Rencontre au snack",
            "slug": "rencontre-au-snack",
            "start": "2027-03-12 18:30",
            "end": "2027-03-12 20:30",
            "recurrence_interval": "1",
            "kind": "rencontre",
            "audience": "tout-public",
            "price_kind": "gratuit",
            "registration": "aucune",
            "status": "prevu",
            "body": streamfield([]),
            "organisers": streamfield([]),
            "programme": streamfield([]),
            "exceptions": streamfield([]),
            "event_guests": inline_formset([]),
            "comments": inline_formset([]),
            **fields,
        }
    )


def add_event(client, agenda, data):
    return client.post(
        reverse("wagtailadmin_pages:add", args=["events", "eventpage", agenda.pk]), data
    )
