"""E-mails to a resident who gave an address: received, then published or not retained.

Sent only after the database commit. Once the outcome is sent, the address is erased:
the portal keeps it no longer than it needs it.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


def send(subject, template, email, context):
    body = render_to_string(template, context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


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
