"""Files answered in pieces: `Range: bytes=…` on the files Django streams.

Phones' audio and video players (Safari above all) ask for a recording in pieces and will
not play one that comes only whole. Wagtail's document view streams documents whole, and
whitenoise only handles static files, so this answers a single byte range on any file
response (206 with its `Content-Range`, 416 when it lies outside the file). Several ranges
in one request, rare, get the whole file, as HTTP allows.

It also drops the `Content-Encoding: None` that Wagtail's document view sends for a file
of no known encoding: "None" is no encoding a player knows.
"""

import re

from django.http import FileResponse, HttpResponse

SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def requested_range(header, size):
    """(first, last) byte of `header`'s single range in a file of `size` bytes; None for
    the whole file; ValueError when no byte of the file is in it."""
    match = SINGLE_RANGE.match(header.replace(" ", "")) if header else None
    if match is None or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if not first:  # the last N bytes
        if int(last) == 0 or size == 0:
            raise ValueError(header)
        return max(size - int(last), 0), size - 1
    first = int(first)
    last = min(int(last), size - 1) if last else size - 1
    if first >= size or first > last:
        raise ValueError(header)
    return first, last


def _piece(file, length):
    while length > 0:
        data = file.read(min(CHUNK, length))
        if not data:
            return
        length -= len(data)
        yield data


def _still_the_same(request, response):
    """`If-Range`: the piece only if the visitor's copy is still the file's version."""
    validator = request.headers.get("If-Range")
    return validator is None or validator in (response.get("ETag"), response.get("Last-Modified"))


class ByteRangeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not isinstance(response, FileResponse)
            or response.status_code != 200
            or not response.has_header("Content-Length")
            or not hasattr(response.file_to_stream, "seek")
        ):
            return response
        response["Accept-Ranges"] = "bytes"
        if response.get("Content-Encoding") == "None":
            # Wagtail's document view writes the file's unknown encoding as "None".
            del response["Content-Encoding"]
        size = int(response["Content-Length"])
        if request.method not in ("GET", "HEAD") or not _still_the_same(request, response):
            return response
        try:
            byte_range = requested_range(request.headers.get("Range"), size)
        except ValueError:
            # The file only: closing the response would signal the end of the request.
            response.file_to_stream.close()
            refused = HttpResponse(status=416)
            refused["Content-Range"] = f"bytes */{size}"
            return refused
        if byte_range is None:
            return response
        first, last = byte_range
        file = response.file_to_stream
        file.seek(first)
        response.streaming_content = _piece(file, last - first + 1)
        response.status_code = 206
        response["Content-Length"] = last - first + 1
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
        return response
