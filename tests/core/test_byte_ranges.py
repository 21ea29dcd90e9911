"""Recordings in pieces: phones' players ask for byte ranges (core/byte_ranges.py)."""

import pytest

from core.byte_ranges import requested_range
from core.factories import RecordingFactory

SOUND = b"OggS fake sound"  # what RecordingFactory stores: 15 bytes


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-1", (0, 1)),
        ("bytes=5-", (5, 14)),
        ("bytes=-3", (12, 14)),
        ("bytes=-100", (0, 14)),
        ("bytes=10-1000", (10, 14)),
        (None, None),
        ("bytes=0-1,4-5", None),  # several ranges: the whole file
        ("items=0-1", None),
        ("bytes=-", None),
    ],
)
def test_the_range_asked_for(header, expected):
    assert requested_range(header, len(SOUND)) == expected


@pytest.mark.parametrize("header", ["bytes=15-", "bytes=20-30", "bytes=-0", "bytes=5-2"])
def test_a_range_outside_the_file_is_refused(header):
    with pytest.raises(ValueError, match="bytes="):
        requested_range(header, len(SOUND))


@pytest.mark.django_db
def test_a_recording_comes_whole_or_in_pieces(client):
    document = RecordingFactory()
    whole = client.get(document.url)
    assert whole.status_code == 200
    assert whole["Accept-Ranges"] == "bytes"
    assert "Content-Encoding" not in whole
    assert b"".join(whole.streaming_content) == SOUND

    piece = client.get(document.url, HTTP_RANGE="bytes=5-8")
    assert piece.status_code == 206
    assert piece["Content-Range"] == f"bytes 5-8/{len(SOUND)}"
    assert piece["Content-Length"] == "4"
    assert b"".join(piece.streaming_content) == b"fake"

    end = client.get(document.url, HTTP_RANGE="bytes=-5")
    assert b"".join(end.streaming_content) == b"sound"


@pytest.mark.django_db
def test_a_range_outside_the_recording_is_a_416_and_a_changed_file_comes_whole(client):
    document = RecordingFactory()
    refused = client.get(document.url, HTTP_RANGE="bytes=100-")
    assert refused.status_code == 416
    assert refused["Content-Range"] == f"bytes */{len(SOUND)}"

    stale = client.get(document.url, HTTP_RANGE="bytes=0-3", HTTP_IF_RANGE='"an old version"')
    assert stale.status_code == 200
    assert b"".join(stale.streaming_content) == SOUND
    current = client.get(document.url, HTTP_RANGE="bytes=0-3", HTTP_IF_RANGE=stale["ETag"])
    assert current.status_code == 206
    assert b"".join(current.streaming_content) == b"OggS"
