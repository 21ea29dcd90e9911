"""With the database task queue, e-mails to residents leave the request for the worker."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from participation.models import Contribution

from .test_article import send_article

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    call_command("db_worker", batch=True, no_startup_delay=True, stdout=io.StringIO())


def test_the_receipt_is_queued_then_sent_by_the_worker(client, participer, database_queue):
    response = send_article(client, participer)
    assert response.status_code == 302
    assert Contribution.objects.count() == 1
    assert mail.outbox == []
    queued = DBTaskResult.objects.filter(task_path__endswith=".send_resident_email")
    assert queued.count() == 1
    run_worker()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["fatou@example.org"]
    assert Contribution.objects.get().token in mail.outbox[0].body
