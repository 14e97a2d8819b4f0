"""Stage 1, fetch: read new messages from a mailbox.

A source yields each message it has not given before as a RawMessage.  What "before"
means is kept by the caller's Ledger (the store), so that a restart, a reconnect or a
server that renumbers its UIDs never yields a message twice:

- an item (IMAP UID under its UIDVALIDITY, or a Maildir key) already in the ledger is
  skipped without fetching its body;
- everything else is fetched and yielded; the caller archives and records the items in
  the order they came, a batch at a time (pipeline.ARCHIVE_BATCH: the batch is flushed
  to disk at once), so a crash leaves the last ones unrecorded, to be fetched again.

A pass costs what is new, not what the mailbox holds (a MarkedLedger, as the store is):
an IMAP pass asks the server only for the UIDs above the highest one recorded under the
folder's UIDVALIDITY, and the ledger is asked about those candidates only, by its index.
Since items are recorded in UID order, a crash or a dropped connection leaves no gap
below that mark.  A full pass (every UID) runs when nothing is recorded under the
UIDVALIDITY (a new or renumbered folder) and every [mailbox] reconcile_hours: it finds a
message the server showed late or out of order.  A Maildir has no UIDs: it lists its
files, and asks the ledger about their names in chunks.  A ledger that can only list
everything it has seen (`Ledger`) gets full passes.

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
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol, runtime_checkable

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


@runtime_checkable
class MarkedLedger(Ledger, Protocol):
    """A ledger that answers about a few items without listing them all (the store)."""

    def known_items(self, source: str, uidvalidity: int | None, items: Sequence[str]) -> set[str]:
        """Those of `items` already recorded for `source` under `uidvalidity`."""

    def last_uid(self, source: str, uidvalidity: int) -> int | None:
        """The highest IMAP UID recorded for `source` under `uidvalidity`, if any."""

    def reconciled_at(self, source: str) -> datetime | None:
        """When the last full pass over `source` that went to its end began."""

    def mark_reconciled(self, source: str, at: datetime) -> None: ...


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


def pass_start(
    ledger: Ledger, source: str, uidvalidity: int, every: timedelta, now: datetime
) -> int | None:
    """The UID a pass may start above (the highest recorded), or None for a full pass:
    the ledger keeps no marks, nothing is recorded under `uidvalidity`, or the last full
    pass over `source` began `every` ago or more (or never ran to its end)."""
    if not isinstance(ledger, MarkedLedger):
        return None
    last = ledger.reconciled_at(source)
    if last is None or not timedelta(0) <= now - last < every:  # due, or the clock went back
        return None
    return ledger.last_uid(source, uidvalidity)


def unknown(
    ledger: Ledger, source: str, uidvalidity: int | None, items: Sequence[str]
) -> list[str]:
    """Those of `items` not yet in the ledger, in their order."""
    if isinstance(ledger, MarkedLedger):
        known = ledger.known_items(source, uidvalidity, items)
    else:
        known = ledger.seen_items(source, uidvalidity)
    return [item for item in items if item not in known]


def full_pass_done(ledger: Ledger, source: str, now: datetime) -> None:
    """Note that a full pass over `source`, begun at `now`, went to its end."""
    if isinstance(ledger, MarkedLedger):
        ledger.mark_reconciled(source, now)


def make_source(mailbox: ImapMailbox | MaildirMailbox) -> Source:
    """The source for the [mailbox] section of the configuration."""
    if mailbox.kind == "imap":
        from intake.fetch.imap import ImapSource

        return ImapSource(mailbox)
    from intake.fetch.maildir import MaildirSource

    return MaildirSource(mailbox)
