"""Stage "archive": keep the raw bytes of every message before anything reads them.

Files are named by the SHA-256 of their content (`ab/abcdef....eml`), written under
`.partial/`, flushed to disk and renamed into place, so that a crash leaves either the whole
message or nothing, and the same message fetched twice is stored once.  Mail is private:
folders are made 0700 and files 0600, whatever the umask.

`content_sha256` says when two messages with different bytes are the same letter: a
server that added a header on the way, a mailbox copied with its Received lines.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

from intake.errors import StoreError
from intake.models import RawMessage

PARTIAL = ".partial"  # files being written; what a crash leaves here is removed at start


def relative_path(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256}.eml"


def write(raw: RawMessage, folder: Path) -> str:
    """Write `raw` into the archive (once); return its path relative to `folder`."""
    rel = relative_path(raw.sha256)
    path = folder / rel
    if path.exists() and path.stat().st_size == len(raw.data):
        return rel
    try:
        private_folder(path.parent)
        partial = folder / PARTIAL
        private_folder(partial)
        tmp = partial / f"{raw.sha256}.{os.getpid()}"
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
            f.write(raw.data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise StoreError(
            f"cannot write to the archive {folder}: {e.strerror}",
            hint="check that the [storage] archive folder is writable and the disk not full",
        ) from e
    return rel


def private_folder(path: Path) -> None:
    """Make `path` (and its missing parents) readable by intake's user only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)


# The header fields the sender wrote, which a server on the way does not change.
_WRITTEN = ("from", "to", "cc", "date", "subject")
_FIELD = re.compile(rb"^([!-9;-~]+):(.*(?:\r?\n[ \t].*)*)", re.MULTILINE)


def content_sha256(data: bytes) -> str:
    """The SHA-256 of what the sender wrote: From, To, Cc, Date and Subject as written
    (their first occurrence, spaces collapsed) and the body, line ends and trailing
    spaces ignored.  Header fields added or changed on the way (Received, X-..., a
    Message-ID added by a server) do not count."""
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    cut = min(ends) if ends else len(data)
    fields: dict[bytes, bytes] = {}
    for match in _FIELD.finditer(data[:cut]):
        name = match[1].lower()
        if name.decode("ascii", "replace") in _WRITTEN and name not in fields:
            fields[name] = b" ".join(match[2].split())
    digest = hashlib.sha256()
    for name in _WRITTEN:
        digest.update(name.encode() + b":" + fields.get(name.encode(), b"") + b"\n")
    for line in _lines(data, cut):
        digest.update(line.rstrip() + b"\n")
    return digest.hexdigest()


def _lines(data: bytes, start: int) -> Iterator[bytes]:
    """The body's lines from `start`, blank lines at its head skipped, one slice at a time:
    a message of tens of megabytes is never copied whole."""
    while start < len(data) and data[start] in b"\r\n":
        start += 1
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        yield data[start:end]
        start = end + 1


def clear_partial(folder: Path) -> int:
    """Remove what a crash left half-written; return how many files."""
    partial = folder / PARTIAL
    if not partial.is_dir():
        return 0
    removed = 0
    for leftover in partial.iterdir():
        leftover.unlink(missing_ok=True)
        removed += 1
    return removed


def read(folder: Path, rel: str) -> bytes:
    try:
        return (folder / rel).read_bytes()
    except OSError as e:
        raise StoreError(f"archived message {rel} cannot be read: {e.strerror}") from e
