"""A query string with a NUL character is a 404, before any view reads it.

PostgreSQL refuses NUL characters in text, so a `?rubrique=%00` reaching a query would be
a 500; no address of the site ever needs one. Forms are already safe: Django's text
fields refuse NUL characters with a message.
"""

from django.http import Http404


def has_nul(query):
    return any(
        "\x00" in key or any("\x00" in value for value in values) for key, values in query.lists()
    )


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_nul(request.GET):
            raise Http404
        return self.get_response(request)
