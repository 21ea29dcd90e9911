"""The hourly limit per address: exact under concurrency, forgotten after the hour."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.utils import timezone

from participation.models import SendingCount
from participation.ratelimit import WINDOW, give_back_slot, take_slot

pytestmark = pytest.mark.django_db


def request_from(address):
    return RequestFactory().post("/", REMOTE_ADDR=address)


@override_settings(PARTICIPATION_RATE_LIMIT=3)
def test_the_limit_refuses_without_counting_further():
    resident = request_from("192.0.2.10")
    assert [take_slot(resident) for _ in range(5)] == [True, True, True, False, False]
    assert SendingCount.objects.get().sent == 3
    # Another address has its own hour.
    assert take_slot(request_from("192.0.2.11"))


@override_settings(PARTICIPATION_RATE_LIMIT=1)
def test_a_slot_given_back_can_be_taken_again():
    resident = request_from("192.0.2.10")
    assert take_slot(resident)
    give_back_slot(resident)
    assert take_slot(resident)
    assert not take_slot(resident)


@override_settings(PARTICIPATION_RATE_LIMIT=1)
def test_an_hour_later_the_count_starts_again_and_old_rows_are_erased():
    resident, neighbour = request_from("192.0.2.10"), request_from("192.0.2.11")
    assert take_slot(resident)
    assert take_slot(neighbour)
    assert not take_slot(resident)
    SendingCount.objects.update(window_started_at=timezone.now() - WINDOW - timedelta(seconds=1))
    assert take_slot(resident)
    assert SendingCount.objects.count() == 1  # the neighbour's finished hour is gone


def test_the_address_is_not_stored():
    take_slot(request_from("192.0.2.10"))
    digest = SendingCount.objects.get().address_digest
    assert "192.0.2.10" not in digest
    assert len(digest) == 64


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's in-memory test database is one connection; "
    "test_concurrent_submissions.py checks SQLite with two gunicorn workers.",
)
@pytest.mark.django_db(transaction=True)
@override_settings(PARTICIPATION_RATE_LIMIT=10)
def test_many_workers_at_once_take_exactly_the_limit():
    results = []
    barrier = threading.Barrier(20)

    def send():
        barrier.wait()
        try:
            results.append(take_slot(request_from("192.0.2.10")))
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 10 + [True] * 10
    assert SendingCount.objects.get().sent == 10
