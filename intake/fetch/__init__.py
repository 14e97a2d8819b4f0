"""Stage 1, fetch: read new messages from a mailbox.

A source yields each message it has not given before as a RawMessage.  What "before"
means is kept by the caller's Ledger (the store), so that a restart, a reconnect or a
server that renumbers its UIDs never yields a message twice:

- an item (IMAP UID under its UIDVALIDITY, or a Maildir key) already in the ledger is
  skipped without fetching its body;
- everything else is fetched and yielded; the caller archives it and records the item
  before it asks for the next one.

A source never skips a message for its Message-ID: anyone can reuse one, and ten
reports under one Message-ID are ten reports.  The store decides what is the same
message, by the SHA-256 of its bytes and then by its content (store.record_message); a
renumbered IMAP folder is fetched once more and recorded once.

Sources never change the mailbox unless configured to (`after = "flag"` or "move").

Their errors are MailboxErrors; a login the server refuses is a LoginRefused, which the
daemon does not retry every few seconds: a wrong password stays wrong until an
administrator changes it.  `wait` returns soon after its `stop` event is set, so that
SIGTERM stops the daemon within a second even while it waits for mail.

The sources: `imap.ImapSource`, `maildir.MaildirSource` (a Maildir or a folder of .eml
files) and `memory.MemorySource` (for tests); `make_source` builds one from the
[mailbox] section.  All of them share one contract test suite
(tests/test_fetch_contract.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from intake.errors import MailboxError
from intake.models import RawMessage

if TYPE_CHECKING:
    from intake.config import ImapMailbox, MaildirMailbox


class LoginRefused(MailboxError):
    """The server refused the username or the password (not a network failure)."""


class Ledger(Protocol):
    """What a source asks of the store to skip what it has already processed."""

    def seen_items(self, source: str, uidvalidity: int | None) -> set[str]:
        """The items of `source` (under `uidvalidity`) already recorded."""


class Source(Protocol):
    name: str

    def fetch_new(self, ledger: Ledger) -> Iterator[RawMessage]:
        """Yield the messages not yet in the ledger, oldest first."""

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        """Return when new mail may have arrived (IMAP IDLE), after `timeout` s, or
        within STOP_CHECK_SECONDS of `stop` being set."""

    def done(self, message: RawMessage) -> None:
        """Called once `message` is stored: flag or move it if so configured."""

    def check(self) -> str:
        """Connect and open the mailbox now; raise MailboxError, or describe it in a line."""

    def close(self) -> None: ...


# ---------------------------------------------------------------------------
# Shared by the sources.

STOP_CHECK_SECONDS = 0.2  # how often a wait looks at its stop event


def pause(seconds: float, stop: threading.Event | None) -> None:
    """Sleep `seconds`, or less if `stop` is set meanwhile."""
    if stop is None:
        stop = threading.Event()
    deadline = time.monotonic() + seconds
    while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
        stop.wait(min(left, STOP_CHECK_SECONDS))


def backoff_delays(first: float = 1, cap: float = 300) -> Iterator[float]:
    """Seconds to wait between retries after mailbox errors: 1, 2, 4, ... then 300, 300..."""
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, cap)


def make_source(mailbox: ImapMailbox | MaildirMailbox) -> Source:
    """The source for the [mailbox] section of the configuration."""
    if mailbox.kind == "imap":
        from intake.fetch.imap import ImapSource

        return ImapSource(mailbox)
    from intake.fetch.maildir import MaildirSource

    return MaildirSource(mailbox)
