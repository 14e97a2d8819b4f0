"""Read messages from a folder on disk: a Maildir, or a plain folder of .eml files.

A Maildir (a folder with cur/ and new/) is what a local delivery agent or a mail program
writes; a folder of .eml files is what an office gets when it exports mail by hand.

- An item is the unique part of a Maildir file name (before ":2,...", so that a mail
  program marking a message read, or moving it from new/ to cur/, does not make it a new
  item), or the file name of an .eml file.
- There is no UIDVALIDITY: a file name never changes its meaning.
- Messages come oldest first, by (file time, item); arrived_at is the file time, UTC.
- A pass lists the file names, asks the ledger which items it has not recorded (in
  chunks, by its index: the store never lists them all), and looks at the time of
  those files only.
- Files are only read: never renamed, moved or flagged, since the office may read the
  same folder with its own mail program.  `done()` does nothing.
- `wait()` looks at the folder once a second and returns early when it changed, or when
  its stop event is set.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from loguru import logger

from intake.check import Answer
from intake.config import MaildirMailbox
from intake.errors import MailboxError
from intake.fetch import Ledger, pause, unknown
from intake.i18n import N_, Words
from intake.models import RawMessage

HINT = Words("check [mailbox] path: a Maildir (with cur/ and new/) or a folder of .eml files")


@dataclass(frozen=True)
class _Entry:
    item: str
    path: Path
    mtime: float


class MaildirSource:
    def __init__(self, config: MaildirMailbox, poll_interval: float = 1.0) -> None:
        self.path = Path(config.path).absolute()
        self.name = f"maildir://{self.path}"
        self.poll_interval = poll_interval

    # -- the Source protocol -----------------------------------------------------

    def fetch_new(self, ledger: Ledger) -> Iterator[RawMessage]:
        files = self._files()
        todo = unknown(ledger, self.name, None, list(files))
        for entry in self._dated({item: files[item] for item in todo}):
            data = self._read(entry)
            if data is not None:
                arrived = datetime.fromtimestamp(entry.mtime, UTC)
                yield RawMessage(data, self.name, entry.item, None, arrived)

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        """Sleep `timeout` seconds, or less if a file appears, goes or is renamed, or
        `stop` is set."""
        deadline = time.monotonic() + timeout
        before = self._signature()
        while (left := deadline - time.monotonic()) > 0:
            pause(min(self.poll_interval, left), stop)
            if (stop is not None and stop.is_set()) or self._signature() != before:
                return

    def done(self, message: RawMessage) -> None:
        pass  # the folder is never changed

    def check(self) -> str:
        """Raise MailboxError if the folder cannot be read; else describe it."""
        entries = self._files()
        layout = N_("Maildir") if self._is_maildir() else N_("folder of .eml files")
        return Answer(
            Words(
                "{path}: {layout}, {count} messages",
                path=self.path,
                layout=Words(layout),
                count=len(entries),
            )
        )

    def close(self) -> None:
        pass

    # -- the folder ----------------------------------------------------------------

    def _is_maildir(self) -> bool:
        return (self.path / "cur").is_dir() or (self.path / "new").is_dir()

    def _folders(self) -> list[Path]:
        if self._is_maildir():
            return [d for d in (self.path / "new", self.path / "cur") if d.is_dir()]
        return [self.path]

    def _files(self) -> dict[str, Path]:
        """The file of each message in the folder; raise MailboxError if unreadable."""
        self._check_folder()
        maildir = self._is_maildir()
        files: dict[str, Path] = {}
        try:
            for folder in self._folders():
                for item, path in _scan(folder, maildir):
                    files.setdefault(item, path)
        except OSError as e:
            raise self._unreadable(e) from e
        return files

    def _dated(self, files: dict[str, Path]) -> list[_Entry]:
        """`files` oldest first, by (file time, item); one gone since it was listed is
        left for the next pass."""
        entries = []
        for item, path in files.items():
            try:
                entries.append(_Entry(item, path, path.stat().st_mtime))
            except FileNotFoundError:
                continue
            except OSError as e:
                raise self._unreadable(e) from e
        return sorted(entries, key=lambda e: (e.mtime, e.item))

    def _unreadable(self, error: OSError) -> MailboxError:
        return MailboxError(
            Words("cannot read {path}: {error}", path=self.path, error=error.strerror), hint=HINT
        )

    def _check_folder(self) -> None:
        if not self.path.exists():
            raise MailboxError(Words("folder {path} does not exist", path=self.path), hint=HINT)
        if not self.path.is_dir():
            raise MailboxError(Words("{path} is not a folder", path=self.path), hint=HINT)
        if not os.access(self.path, os.R_OK | os.X_OK):
            raise MailboxError(
                Words("cannot read folder {path}: permission denied", path=self.path),
                hint=Words("let the user intake runs as read the folder and its files"),
            )

    def _read(self, entry: _Entry, limit: int = -1) -> bytes | None:
        """The file's bytes (the first `limit` of them), following a renamed Maildir file.

        None if the file is gone (deleted by the office's mail program) or unreadable;
        an unreadable file is logged and tried again on the next run.
        """
        path: Path | None = entry.path
        try:
            try:
                return _read_file(entry.path, limit)
            except FileNotFoundError:
                path = self._find(entry.item)
                return _read_file(path, limit) if path else None
        except FileNotFoundError:
            return None
        except OSError as e:
            logger.warning("cannot read {}: {}; will try again", path, e.strerror)
            return None

    def _find(self, item: str) -> Path | None:
        """Where the Maildir file of `item` is now (its flags or its folder changed)."""
        if not self._is_maildir():
            return None
        for folder in self._folders():
            for found, path in _scan(folder, maildir=True):
                if found == item:
                    return path
        return None

    def _signature(self) -> tuple[int, ...]:
        try:
            return tuple(os.stat(d).st_mtime_ns for d in self._folders())
        except OSError:
            return ()


def _read_file(path: Path, limit: int) -> bytes:
    with open(path, "rb") as f:
        return f.read(limit)


def _scan(folder: Path, maildir: bool) -> Iterator[tuple[str, Path]]:
    """(item, file) of each message file of `folder`, without looking at the files."""
    with os.scandir(folder) as it:
        for entry in it:
            name = entry.name
            if name.startswith(".") or not entry.is_file():
                continue
            if maildir:
                item = name.split(":", 1)[0]
            elif name.lower().endswith(".eml"):
                item = name
            else:
                continue
            yield item, Path(entry.path)
