"""Background work of participation: the e-mails to residents leave the request.

With `TASKS_BACKEND=database` a worker (`manage.py db_worker`) sends them, so that a slow
or failing mail server never holds up an animateur's decision or a resident's sending.
"""

from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task


@task()
def send_resident_email(subject, body, address):
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
