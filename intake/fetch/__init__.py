"""Stage 1, fetch: read new messages from a mailbox.

A source yields each message it has not given before as a RawMessage.  What "before"
means is kept by the caller's Ledger (the store), so that a restart, a reconnect or a
server that renumbers its UIDs never yields a message twice:

- an item (IMAP UID under its UIDVALIDITY, or a Maildir key) already in the ledger is
  skipped without fetching its body;
- an item whose Message-ID the ledger already knows is linked to it and skipped;
- everything else is fetched and yielded; the caller archives it and records the item
  before it asks for the next one.

Sources never change the mailbox unless configured to (`after = "flag"` or "move").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from intake.models import RawMessage


class Ledger(Protocol):
    """What a source asks of the store to skip what it has already processed."""

    def seen_items(self, source: str, uidvalidity: int | None) -> set[str]:
        """The items of `source` (under `uidvalidity`) already recorded."""

    def known_message_ids(self, message_ids: Iterable[str]) -> set[str]:
        """Those of `message_ids` (as written in the header, <...>) already archived."""

    def link(self, source: str, uidvalidity: int | None, item: str, message_id: str) -> None:
        """Record that `item` is the already-archived message `message_id`."""


class Source(Protocol):
    name: str

    def fetch_new(self, ledger: Ledger) -> Iterator[RawMessage]:
        """Yield the messages not yet in the ledger, oldest first."""

    def wait(self, timeout: float) -> None:
        """Return when new mail may have arrived (IMAP IDLE), or after `timeout` s."""

    def done(self, message: RawMessage) -> None:
        """Called once `message` is stored: flag or move it if so configured."""

    def close(self) -> None: ...
