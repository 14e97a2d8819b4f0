"""An in-memory mailbox for unit tests; it passes the same contract suite as the real ones.

Messages get items "1", "2", ... in the order they are appended, under a UIDVALIDITY
that `renumber()` changes, as an IMAP server does after a restore: the same messages,
new numbers.  Passes start above the last item recorded, as IMAP ones do (intake.fetch);
`starts` lists where each began (None: a full pass).  `done()` and `wait()` only record
that they were called.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta

from intake.check import Answer
from intake.fetch import Ledger, full_pass_done, pass_start, unknown
from intake.i18n import Words
from intake.models import RawMessage


class MemorySource:
    def __init__(
        self,
        messages: Iterable[bytes] = (),
        name: str = "memory://test",
        reconcile: timedelta = timedelta(hours=1),
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.name = name
        self.uidvalidity = 1
        self.reconcile = reconcile
        self.clock = clock or (lambda: datetime.now(UTC))
        self.done_items: list[str] = []
        self.waits: list[float] = []
        self.starts: list[int | None] = []
        self._messages: dict[int, tuple[bytes, datetime]] = {}
        self._next = 1
        for data in messages:
            self.append(data)

    def append(
        self, data: bytes, arrived_at: datetime | None = None, item: int | None = None
    ) -> str:
        """Add a message, under the next item or under `item` (a server that shows a
        message out of order); return its item."""
        item = item or self._next
        self._messages[item] = (data, arrived_at or datetime.now(UTC))
        self._next = max(self._next, item + 1)
        return str(item)

    def remove(self, item: str) -> None:
        del self._messages[int(item)]

    def renumber(self) -> None:
        """Give every message a new item under a new UIDVALIDITY."""
        self.uidvalidity += 1
        kept = [self._messages[k] for k in sorted(self._messages)]
        self._messages = {n: m for n, m in enumerate(kept, start=1)}
        self._next = len(kept) + 1

    @property
    def items(self) -> list[str]:
        return [str(k) for k in sorted(self._messages)]

    def fetch_new(self, ledger: Ledger) -> Iterator[RawMessage]:
        now = self.clock()
        after = pass_start(ledger, self.name, self.uidvalidity, self.reconcile, now)
        self.starts.append(after)
        keys = [str(k) for k in sorted(self._messages) if after is None or k > after]
        for item in unknown(ledger, self.name, self.uidvalidity, keys):
            if int(item) in self._messages:  # else removed meanwhile
                data, arrived_at = self._messages[int(item)]
                yield RawMessage(data, self.name, item, self.uidvalidity, arrived_at)
        if after is None:
            full_pass_done(ledger, self.name, now)

    def wait(self, timeout: float, stop: threading.Event | None = None) -> None:
        self.waits.append(timeout)

    def done(self, message: RawMessage) -> None:
        if message.item is not None:
            self.done_items.append(message.item)

    def check(self) -> str:
        return Answer(Words("{path}: {count} messages", path=self.name, count=len(self._messages)))

    def close(self) -> None:
        pass
