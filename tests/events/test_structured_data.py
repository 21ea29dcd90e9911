"""schema.org Event as JSON-LD: status, place, offers, programme (subEvent), series."""

import datetime
import json
import re

import pytest

from .conftest import paris

pytestmark = pytest.mark.django_db

JSON_LD_RE = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, url):
    html = client.get(url).content.decode()
    (data,) = [json.loads(text) for text in JSON_LD_RE.findall(html)]
    return data


def test_event_json_ld(client, make_series, make_event, venue, guest):
    series = make_series(title="Festival des usages")
    event = make_event(
        parent=series,
        title="Édition 2027",
        start=paris(2027, 6, 11, 17),
        end=paris(2027, 6, 12, 18),
        venue=venue,
        guests=[guest],
        organisers=["EMA"],
        price_kind="payant",
        price_amount="3",
        registration="places-limitees",
        capacity=50,
        is_full=True,
        programme=[
            {
                "start": paris(2027, 6, 12, 10),
                "end": paris(2027, 6, 12, 11),
                "title": "Démo",
                "room": "Salle 2",
            }
        ],
    )
    data = json_ld(client, event.url)
    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["startDate"] == "2027-06-11T17:00:00+02:00"
    assert data["endDate"] == "2027-06-12T18:00:00+02:00"
    assert data["location"]["name"] == venue.name
    assert data["location"]["address"]["postalCode"] == "25000"
    assert data["offers"]["price"] == "3.00"
    assert data["offers"]["priceCurrency"] == "EUR"
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert data["isAccessibleForFree"] is False
    assert data["organizer"] == [{"@type": "Organization", "name": "EMA"}]
    assert data["performer"][0]["name"] == guest.name
    assert data["subEvent"][0]["name"] == "Démo"
    assert data["subEvent"][0]["location"]["name"] == "Salle 2"
    assert data["superEvent"] == {
        "@type": "EventSeries",
        "name": "Festival des usages",
        "url": f"http://testserver{series.url}",
    }


def test_cancelled_and_recurring_json_ld(client, make_event):
    cancelled = make_event(status="annule", place="Place du marché")
    data = json_ld(client, cancelled.url)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["location"] == {"@type": "Place", "name": "Place du marché"}
    assert data["offers"]["price"] == "0"
    weekly = make_event(
        start=paris(2027, 1, 5, 14),
        end=paris(2027, 1, 5, 16),
        recurrence_frequency="semaine",
        recurrence_until=datetime.date(2027, 6, 29),
        exceptions=[datetime.date(2027, 2, 16)],
    )
    schedule = json_ld(client, weekly.url)["eventSchedule"]
    assert schedule["repeatFrequency"] == "P1W"
    assert schedule["byDay"] == "https://schema.org/Tuesday"
    assert schedule["startTime"] == "14:00"
    assert schedule["exceptDate"] == ["2027-02-16"]


def test_json_ld_cannot_be_broken_out_of(client, make_event):
    event = make_event(title="Fin </script><script>alert(1)</script>")
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(client, event.url)["name"] == event.title
