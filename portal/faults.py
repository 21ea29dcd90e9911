"""When the database does not answer: a French 503 page that asks to come back, not a 500.

Django turns an exception raised anywhere in a request (a view, a middleware, Wagtail's site
lookup) into the response of `handler500`, called while that exception is being handled. A
database that refuses connections or drops them raises OperationalError or InterfaceError:
those get "site momentanément indisponible", status 503 and Retry-After, rendered without the
database. Nothing is kept between requests, and Django opens a new connection at the next
one: the site comes back by itself when the database does.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults

DATABASE_DOWN = (OperationalError, InterfaceError)
# What a browser, a crawler or a load balancer is told to wait before trying again.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return unavailable()
    return defaults.server_error(request)


def unavailable():
    # No request context: its context processors could query the database that is down.
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
