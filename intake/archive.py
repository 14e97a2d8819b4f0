"""Stage "archive": keep the raw bytes of every message before anything reads them.

Files are named by the SHA-256 of their content (`ab/abcdef....eml`), written under
`.partial/`, flushed to disk and renamed into place, so that a crash leaves either the whole
message or nothing, and the same message fetched twice is stored once.  Mail is private:
folders are made 0700 and files 0600, whatever the umask.

Messages are archived a batch at a time (`write_all`): every file of the batch is written,
then flushed, renamed into place, and the folders holding them flushed.  Only then does
the caller record them in the ledger: a message the ledger names is always on disk, and
a crash before leaves it unrecorded, to be fetched again (its file, if it reached its
place, was flushed before the rename and is kept as it is).  On Linux each flush is one
syncfs(2) of the archive's filesystem: a batch of 50 messages spread over as many
two-letter folders took about 95 fsyncs, most of the daemon's time on a slow disk;
elsewhere each file and folder is fsynced.

`content_sha256` says when two messages with different bytes are the same letter: a
server that added a header on the way, a mailbox copied with its Received lines.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from intake.errors import StoreError
from intake.models import RawMessage

PARTIAL = ".partial"  # files being written; what a crash leaves here is removed at start


def relative_path(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256}.eml"


def write(raw: RawMessage, folder: Path) -> str:
    """Write `raw` into the archive (once), durably; return its path relative to `folder`."""
    return write_all([raw], folder)[0]


def write_all(raws: Sequence[RawMessage], folder: Path) -> list[str]:
    """Write `raws` into the archive (each once) and flush them to disk together; return
    their paths relative to `folder`, in their order.  When it returns, every file and
    the folder entry naming it are on disk; a file already in place was flushed before it
    was renamed there, and is left as it is."""
    rels = [relative_path(raw.sha256) for raw in raws]
    todo = {
        rel: raw for rel, raw in zip(rels, raws, strict=True) if not _in_place(folder, rel, raw)
    }
    try:
        partial = folder / PARTIAL
        private_folder(partial)
        written = [(_write_partial(partial, raw), folder / rel) for rel, raw in todo.items()]
        if written and not _sync_filesystem(partial):
            for tmp, _ in written:
                _flush(tmp)
        for parent in {path.parent for _, path in written}:
            private_folder(parent)
        for tmp, path in written:
            os.replace(tmp, path)
        if rels and not _sync_filesystem(folder):
            for parent in {(folder / rel).parent for rel in rels}:
                _flush(parent)
            if written:
                _flush(folder)  # a two-letter folder made for this batch
    except OSError as e:
        raise StoreError(
            f"cannot write to the archive {folder}: {e.strerror}",
            hint="check that the [storage] archive folder is writable and the disk not full",
        ) from e
    return rels


def _in_place(folder: Path, rel: str, raw: RawMessage) -> bool:
    try:
        return (folder / rel).stat().st_size == len(raw.data)
    except OSError:  # not there (or not readable: writing it says why)
        return False


def _write_partial(partial: Path, raw: RawMessage) -> Path:
    tmp = partial / f"{raw.sha256}.{os.getpid()}"
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
        f.write(raw.data)
    return tmp


def _flush(path: Path) -> None:
    """fsync a file or a folder (opened read-only: fsync needs no more)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _syncfs() -> Any:
    try:
        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):  # not Linux
        return None


_SYNCFS = _syncfs()


def _sync_filesystem(path: Path) -> bool:
    """Flush everything written to the filesystem holding `path`, and wait (syncfs(2),
    which reports write errors since Linux 5.8); False where there is no syncfs."""
    global _SYNCFS
    if _SYNCFS is None:
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        if _SYNCFS(fd) != 0:
            code = ctypes.get_errno()
            if code in (errno.ENOSYS, errno.EINVAL):  # a kernel or sandbox without it
                _SYNCFS = None
                return False
            raise OSError(code, os.strerror(code), str(path))
    finally:
        os.close(fd)
    return True


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
    for chunk in _body_chunks(data, cut):
        digest.update(b"\n".join([line.rstrip() for line in chunk.split(b"\n")]))
    return digest.hexdigest()


_CHUNK = 1 << 20


def _body_chunks(data: bytes, start: int) -> Iterator[bytes]:
    """The body from `start`, blank lines at its head skipped, in pieces of about a
    megabyte that end at a line end (one is added to the last line if it has none): a
    message of tens of megabytes is never copied whole, and each piece's lines are
    stripped in one comprehension (a generator of lines cost ten times more)."""
    while start < len(data) and data[start] in b"\r\n":
        start += 1
    while start < len(data):
        end = data.find(b"\n", start + _CHUNK)
        end = len(data) if end < 0 else end + 1
        chunk = data[start:end]
        yield chunk if chunk.endswith(b"\n") else chunk + b"\n"
        start = end


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
