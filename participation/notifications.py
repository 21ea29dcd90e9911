"""E-mails to a resident who gave an address: received, then published or not retained.

Written after the database commit, sent as background work (`tasks.py`). Once the
outcome is handed over, the address is erased from the contribution: the portal keeps it
no longer than it needs it.
"""

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .tasks import send_resident_email


def send(subject, template, email, context):
    body = render_to_string(template, context)
    send_resident_email.enqueue(subject, body, email)


def notify_received(contribution, email, status_link):
    send(
        _("Merci ! Votre contribution « %(title)s » est arrivée") % {"title": contribution.title},
        "participation/email/received.txt",
        email,
        {"contribution": contribution, "status_link": status_link},
    )


def notify_outcome(contribution, status_link):
    """Tell the resident the outcome, then forget their address."""
    email = contribution.email
    if not email:
        return
    if contribution.status == contribution.Status.PUBLISHED:
        subject = _("« %(title)s » est publiée") % {"title": contribution.title}
        template = "participation/email/published.txt"
    else:
        subject = _("« %(title)s » n'a pas été retenue") % {"title": contribution.title}
        template = "participation/email/rejected.txt"
    page_url = contribution.page.get_full_url() if contribution.page else ""
    send(
        subject,
        template,
        email,
        {"contribution": contribution, "status_link": status_link, "page_url": page_url},
    )
    type(contribution).objects.filter(pk=contribution.pk).update(email="")
    contribution.email = ""
