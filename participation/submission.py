"""A contribution, from the resident's answers to a draft page in the quartier's workflow.

Everything happens in one transaction: the contributor, the draft page and its revision,
the contribution, its photos (written to private storage) and the workflow. If any step
fails, nothing stays: rows are rolled back, files already written are deleted, and no
e-mail is sent (e-mails leave only after the commit).
"""

from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction

from .contributors import contributor_for
from .kinds import PageKind
from .models.contribution import Contribution, ContributionPhoto
from .notifications import notify_received
from .residents import residents_user
from .storage import StorageUnavailable, private_storage


@dataclass
class Submission:
    kind: object
    quartier: object
    data: dict
    photos: list = field(default_factory=list)
    entered_by: object = None


def submit(submission, status_url):
    """Store a contribution; `status_url(contribution)` gives its private status link."""
    data = submission.data
    written = []
    try:
        with transaction.atomic():
            contribution = create_contribution(submission, written)
            email = data.get("email", "")
            if email:
                link = status_url(contribution)
                transaction.on_commit(lambda: notify_received(contribution, email, link))
    except BaseException:
        storage = private_storage()
        for name in written:
            storage.delete(name)
        raise
    return contribution


def create_contribution(submission, written):
    kind, quartier, data = submission.kind, submission.quartier, submission.data
    section = kind.section(quartier)
    contributor = contributor_for(
        quartier, data["public_name"], data.get("email", ""), known=data.get("known_contributor")
    )
    requester = residents_user()
    page = None
    if isinstance(kind, PageKind):
        page = kind.build_page(section, data, contributor)
        page.owner = requester
        section.add_child(instance=page)
        page.save_revision(user=requester, log_action=True)
    contribution = Contribution.objects.create(
        quartier=quartier,
        kind=kind.slug,
        title=kind.title(data),
        contributor=contributor,
        page=page,
        email=data.get("email", ""),
        photos_show=data.get("photos_show", ""),
        licence=data.get("licence") or Contribution._meta.get_field("licence").default,
        people=data.get("people") or Contribution._meta.get_field("people").default,
        entered_by=submission.entered_by,
        oral_consent=bool(data.get("oral_consent")),
    )
    for position, photo in enumerate(submission.photos):
        stored = ContributionPhoto(contribution=contribution, position=position)
        try:
            stored.file.save(f"photo.{photo.extension}", ContentFile(photo.data), save=False)
        except Exception as error:
            # Whatever the storage raises (a full disk, an object store that does not answer).
            raise StorageUnavailable from error
        written.append(stored.file.name)
        stored.save()
    if page is None:
        kind.record(contribution, data)
    else:
        page.get_workflow().start(page, requester)
    return contribution
