import shutil
from html import unescape
from pathlib import Path

import pytest
from django.core.files.storage import storages
from wagtail.models import TaskState

from participation.models import ParticipationPage


@pytest.fixture(autouse=True)
def empty_private_storage():
    """Each test starts with no pending photo on disk."""
    folder = Path(storages["private"].location) / "contributions"
    shutil.rmtree(folder, ignore_errors=True)
    yield
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def participer(quartier):
    return ParticipationPage.objects.child_of(quartier).get()


@pytest.fixture
def other_participer(other_quartier):
    return ParticipationPage.objects.child_of(other_quartier).get()


def page_text(response):
    """The page as text: entities decoded, French no-break spaces (« 7 photos : ») as spaces."""
    return unescape(response.content.decode()).replace("\u202f", " ").replace("\u00a0", " ")


def form_url(page, kind):
    return page.url + page.reverse_subpage("form", args=[kind])


def approve(contribution, user):
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(contribution.page_id), status=TaskState.STATUS_IN_PROGRESS
    )
    task_state.task.specific.on_action(task_state, user, "approve")


def reject(contribution, user, comment):
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(contribution.page_id), status=TaskState.STATUS_IN_PROGRESS
    )
    task_state.task.specific.on_action(task_state, user, "reject", comment=comment)
