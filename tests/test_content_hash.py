"""archive.content_sha256: the same letter is the same, whatever a server did to it on the
way; any change the sender made is another letter."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake import archive

LETTER = (
    b"From: Xa Ban Bo <banbo@example.vn>\r\nTo: vp@example.vn\r\nSubject: Bao cao tuan 12\r\n"
    b"Date: Thu, 25 Mar 2021 08:00:00 +0700\r\n\r\nSo tin, bai: 12\r\nUoc so nguoi nghe: 5.000\r\n"
)


def test_what_servers_do_on_the_way_does_not_count():
    relayed = b"Received: from mx (mx [10.0.0.1])\r\n\tby relay; Thu, 25 Mar 2021\r\n" + LETTER
    unix = LETTER.replace(b"\r\n", b"\n")
    padded = LETTER.replace(b"12\r\n", b"12   \r\n").replace(b"\r\n\r\n", b"\r\n\r\n\r\n")
    assert len({archive.content_sha256(m) for m in (LETTER, relayed, unix, padded)}) == 1


@pytest.mark.parametrize(
    "changed",
    [
        LETTER.replace(b"So tin, bai: 12", b"So tin, bai: 13"),
        LETTER.replace(b"tuan 12", b"tuan 13"),
        LETTER.replace(b"To: vp@", b"To: other@"),
        LETTER + b"\r\n",  # a line more, even blank
    ],
)
def test_what_the_sender_changed_does(changed):
    assert archive.content_sha256(changed) != archive.content_sha256(LETTER)


def defined(data: bytes) -> str:
    """The definition, line by line: the five fields as written, then each body line
    without its trailing spaces, blank lines at the head of the body skipped."""
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    cut = min(ends) if ends else len(data)
    fields: dict[bytes, bytes] = {}
    for match in archive._FIELD.finditer(data[:cut]):
        fields.setdefault(match[1].lower(), b" ".join(match[2].split()))
    digest = hashlib.sha256()
    for name in (b"from", b"to", b"cc", b"date", b"subject"):
        digest.update(name + b":" + fields.get(name, b"") + b"\n")
    body = data[cut:].lstrip(b"\r\n")
    for line in body.split(b"\n")[: -1 if body.endswith(b"\n") else None] if body else []:
        digest.update(line.rstrip() + b"\n")
    return digest.hexdigest()


PIECES = st.sampled_from(
    [b" ", b"\t", b"\r", b"\n", b"\r\n", b"\x0b", b"\x0c", b"a", b":", b"\xc3\xa1"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60), st.booleans(), st.sampled_from([1 << 20, 3, 7]))
def test_the_hash_is_the_definition_whatever_the_pieces(pieces, headed, chunk):
    """Read in pieces of any size (tens of megabytes are never copied whole), the hash is
    the line-by-line definition's."""
    data = (b"Subject: a\r\n\r\n" if headed else b"") + b"".join(pieces)
    original = archive._CHUNK
    archive._CHUNK = chunk
    try:
        assert archive.content_sha256(data) == defined(data)
    finally:
        archive._CHUNK = original


def test_a_long_run_of_spaces_is_read_in_linear_time():
    data = b"Subject: a\n\nx" + b" " * 5_000_000 + b"y\n" + b"z  \n" * 100_000
    assert archive.content_sha256(data) == defined(data)
