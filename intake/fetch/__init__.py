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

The sources: `imap.ImapSource`, `maildir.MaildirSource` (a Maildir or a folder of .eml
files) and `memory.MemorySource` (for tests); `make_source` builds one from the
[mailbox] section.  All of them share `MessageIdFilter` for the Message-ID step, and one
contract test suite (tests/test_fetch_contract.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from email.parser import HeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING, Protocol

from intake.models import RawMessage

if TYPE_CHECKING:
    from intake.config import ImapMailbox, MaildirMailbox


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

    def check(self) -> str:
        """Connect and open the mailbox now; raise MailboxError, or describe it in a line."""

    def close(self) -> None: ...


# ---------------------------------------------------------------------------
# Shared by the sources.

_MSGID = re.compile(rb"<[^<>\s]+>")


def message_id_of(header: bytes) -> str | None:
    """The Message-ID of a message's header block, as written (<...>), or None.

    `header` may be the whole message or only its beginning; it is parsed only up to
    the first blank line.  The form is the one intake.mime gives, so that the ledger
    compares like with like.
    """
    ends = [i for i in (header.find(b"\r\n\r\n"), header.find(b"\n\n")) if i >= 0]
    header = header[: min(ends)] if ends else header
    # latin-1 maps bytes to characters one to one: 8-bit headers parse as plain text
    parsed = HeaderParser(policy=compat32).parsestr(header.decode("latin-1"), headersonly=True)
    value = parsed.get("Message-ID")
    if value is None:
        return None
    raw = value.encode("latin-1")
    match = _MSGID.search(raw)
    found = match[0] if match else raw.strip()
    return found.decode("utf-8", "replace") or None


class MessageIdFilter:
    """The Message-ID step of fetch_new, for one run over one source.

    `known(candidates)` links the items whose Message-ID the ledger already knows and
    returns the others.  `still_new(item, message_id)` is asked just before a message is
    yielded: if an earlier message of this run had the same Message-ID and the caller
    has archived it since, the item is linked instead (the same mail twice in a folder).
    """

    def __init__(self, ledger: Ledger, source: str, uidvalidity: int | None) -> None:
        self.ledger, self.source, self.uidvalidity = ledger, source, uidvalidity
        self._yielded: set[str] = set()

    def known(self, candidates: Iterable[tuple[str, str | None]]) -> list[str]:
        """Of (item, Message-ID) pairs, link the known ones; return the other items."""
        candidates = list(candidates)
        ids = {mid for _, mid in candidates if mid}
        known = self.ledger.known_message_ids(ids) if ids else set()
        fresh = []
        for item, mid in candidates:
            if mid and mid in known:
                self.ledger.link(self.source, self.uidvalidity, item, mid)
            else:
                fresh.append(item)
        return fresh

    def still_new(self, item: str, message_id: str | None) -> bool:
        if not message_id:
            return True
        if message_id in self._yielded and self.ledger.known_message_ids([message_id]):
            self.ledger.link(self.source, self.uidvalidity, item, message_id)
            return False
        self._yielded.add(message_id)
        return True


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
