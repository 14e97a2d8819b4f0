"""Stage "archive": keep the raw bytes of every message before anything reads them.

Files are named by the SHA-256 of their content (`ab/abcdef....eml`), written under
`.partial/`, flushed to disk and renamed into place, so that a crash leaves either the whole
message or nothing, and the same message fetched twice is stored once.
"""

from __future__ import annotations

import os
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
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = folder / PARTIAL
        partial.mkdir(exist_ok=True)
        tmp = partial / f"{raw.sha256}.{os.getpid()}"
        with open(tmp, "wb") as f:
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
