"""One contract for every mailbox source, run against each of them.

The sources: MemorySource, MaildirSource on a Maildir and on a folder of .eml files, and
ImapSource against the real Dovecot the suite starts.  Each is driven through a small
harness that can add a message and take a snapshot of what fetching must never change.
"""

from __future__ import annotations

import base64
import os
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import pytest

from intake.config import MaildirMailbox
from intake.errors import MailboxError
from intake.fetch import Source
from intake.fetch.imap import ImapSource
from intake.fetch.maildir import MaildirSource
from intake.fetch.memory import MemorySource
from intake.models import RawMessage
from tests.fixtures_imap import ImapAccount

# -- messages ----------------------------------------------------------------------------


def message(n: int, body: str = "Số ca mắc mới: 12\r\n", message_id: str | None = "") -> bytes:
    """A small report from a commune: CRLF line ends, 8-bit UTF-8 header and body."""
    mid = f"Message-ID: <{message_id or f'report-{n}@xa-tan-phu.example.vn'}>\r\n"
    return (
        f'From: "UBND xã Tân Phú" <xa.tanphu@example.vn>\r\n'
        f"To: vanphong@example.vn\r\n"
        f"Subject: Báo cáo tuần {n}\r\n"
        f"Date: Thu, 20 Nov 2026 09:{n % 60:02d}:00 +0700\r\n"
        f"{mid if message_id is not None else ''}"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n"
        f"\r\n"
        f"Kính gửi Văn phòng,\r\n{body}Trân trọng.\r\n"
    ).encode()


def message_with_attachment(n: int, size: int = 200_000) -> bytes:
    """A report with a `size`-byte binary attachment, base64 in CRLF lines."""
    data = base64.encodebytes(random.Random(n).randbytes(size)).replace(b"\n", b"\r\n")
    return (
        (
            f"From: xa.tanphu@example.vn\r\n"
            f"Subject: Báo cáo tuần {n} (tệp đính kèm)\r\n"
            f"Message-ID: <report-{n}-xlsx@xa-tan-phu.example.vn>\r\n"
            f"MIME-Version: 1.0\r\n"
            f'Content-Type: multipart/mixed; boundary="b1"\r\n'
            f"\r\n"
            f"--b1\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n"
            f"\r\n"
            f"Gửi kèm báo cáo tuần.\r\n"
            f"--b1\r\n"
            f'Content-Type: application/octet-stream; name="bao-cao.xlsx"\r\n'
            f"Content-Transfer-Encoding: base64\r\n"
            f"\r\n"
        ).encode()
        + data
        + b"--b1--\r\n"
    )


# -- a ledger as the store keeps it, in memory ---------------------------------------------


@dataclass
class MemoryLedger:
    """Items seen, and messages recorded by their bytes, as the store keeps them."""

    items: set[tuple[str, int | None, str]] = field(default_factory=set)
    recorded: set[str] = field(default_factory=set)  # SHA-256 of the bytes

    def seen_items(self, source: str, uidvalidity: int | None) -> set[str]:
        return {i for s, v, i in self.items if s == source and v == uidvalidity}

    def record(self, raw: RawMessage) -> bool:
        """Record the item; whether its message is new."""
        assert raw.item is not None
        self.items.add((raw.source, raw.uidvalidity, raw.item))
        new = raw.sha256 not in self.recorded
        self.recorded.add(raw.sha256)
        return new


def drain(source: Source, ledger: MemoryLedger) -> list[RawMessage]:
    """What the pipeline does: take each new message, record it, tell the source."""
    got = []
    for raw in source.fetch_new(ledger):
        ledger.record(raw)
        source.done(raw)
        got.append(raw)
    return got


# -- one harness per source ---------------------------------------------------------------


class Harness(Protocol):
    source: Source

    def add(self, data: bytes) -> None: ...

    def snapshot(self) -> object:
        """What fetching must leave unchanged."""


class MemoryHarness:
    def __init__(self) -> None:
        self.source = MemorySource()

    def add(self, data: bytes) -> None:
        self.source.append(data)

    def snapshot(self) -> object:
        return list(self.source.items)


class FolderHarness:
    """A Maildir (files in new/, as a delivery agent leaves them) or a folder of .eml."""

    def __init__(self, path: Path, maildir: bool) -> None:
        self.path, self.maildir = path, maildir
        for sub in ("cur", "new", "tmp") if maildir else ():
            (path / sub).mkdir(parents=True)
        path.mkdir(exist_ok=True)
        self.source = MaildirSource(MaildirMailbox(kind="maildir", path=path))
        self.count = 0
        self.clock = datetime(2026, 11, 20, 2, 0, tzinfo=UTC).timestamp()

    def add(self, data: bytes) -> None:
        self.count += 1
        name = f"{1_790_000_000 + self.count}.M{self.count}P1.host" if self.maildir else None
        target = self.path / "new" / name if name else self.path / f"{self.count:03d}.eml"
        target.write_bytes(data)
        self.clock += 60  # one minute apart, so "oldest first" is well defined
        os.utime(target, (self.clock, self.clock))

    def snapshot(self) -> object:
        return sorted(str(p.relative_to(self.path)) for p in self.path.rglob("*"))


class ImapHarness:
    def __init__(self, account: ImapAccount, tmp_path: Path) -> None:
        self.account = account
        self.source = ImapSource(account.config(tmp_path))

    def add(self, data: bytes) -> None:
        self.account.append(data)

    def snapshot(self) -> object:
        # \Recent belongs to whichever session saw the message first: not ours to keep
        return {uid: set(f) - {b"\\Recent"} for uid, f in self.account.flags().items()}


@pytest.fixture(params=["memory", "maildir", "eml-folder", "imap"])
def mailbox(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    kind = request.param
    if kind == "memory":
        harness: Any = MemoryHarness()
    elif kind == "imap":
        harness = ImapHarness(request.getfixturevalue("imap_account"), tmp_path)
    else:
        harness = FolderHarness(tmp_path / "mail", maildir=kind == "maildir")
    yield harness
    harness.source.close()


# -- the contract -----------------------------------------------------------------------


def test_new_messages_are_yielded_once_oldest_first_byte_identical(mailbox: Any) -> None:
    """GIVEN three messages (8-bit Vietnamese, 200 KB attachment) WHEN fetched THEN
    each comes once, oldest first, byte for byte as stored."""
    sent = [message(1), message_with_attachment(2), message(3, body="Tử vong: 0\r\n")]
    for data in sent:
        mailbox.add(data)

    got = drain(mailbox.source, ledger := MemoryLedger())

    assert [m.data for m in got] == sent
    assert len({m.item for m in got}) == 3
    assert drain(mailbox.source, ledger) == []


def test_raw_messages_carry_their_origin(mailbox: Any) -> None:
    """GIVEN one message WHEN fetched THEN it names its source, a string item and an
    aware arrival time."""
    mailbox.add(message(1))

    (raw,) = drain(mailbox.source, MemoryLedger())

    assert raw.source == mailbox.source.name
    assert isinstance(raw.item, str) and raw.item
    assert raw.arrived_at is not None and raw.arrived_at.utcoffset() is not None
    assert abs(raw.arrived_at - datetime.now(UTC)) < timedelta(days=400)


def test_message_added_later_is_yielded_next_time(mailbox: Any) -> None:
    """GIVEN a fetched mailbox WHEN a message arrives THEN the next fetch yields only it."""
    mailbox.add(message(1))
    drain(mailbox.source, ledger := MemoryLedger())

    mailbox.add(message(2))

    assert [m.data for m in drain(mailbox.source, ledger)] == [message(2)]


def test_one_message_id_on_different_mail_never_hides_any_of_it(mailbox: Any) -> None:
    """GIVEN three different reports under one Message-ID WHEN fetched THEN all three are
    yielded: a Message-ID anyone can write is not proof of sameness."""
    sent = [message(n, message_id="shared@xa-tan-phu.example.vn") for n in (1, 2, 3)]
    for data in sent:
        mailbox.add(data)

    got = drain(mailbox.source, ledger := MemoryLedger())

    assert [m.data for m in got] == sent
    assert drain(mailbox.source, ledger) == []


def test_same_mail_twice_in_the_mailbox_is_recorded_once(mailbox: Any) -> None:
    """GIVEN the same mail twice in the mailbox WHEN fetched THEN both items are yielded,
    and the ledger records the message once (by its bytes)."""
    mailbox.add(message(1))
    mailbox.add(message(1))

    ledger = MemoryLedger()
    news = [ledger.record(raw) for raw in mailbox.source.fetch_new(ledger)]

    assert news == [True, False]


def test_message_without_message_id_is_yielded(mailbox: Any) -> None:
    """GIVEN mail with no Message-ID header WHEN fetched THEN it is yielded all the same."""
    mailbox.add(message(1, message_id=None))
    mailbox.add(message(2, message_id=None))

    assert len(drain(mailbox.source, MemoryLedger())) == 2


def test_fetching_leaves_the_mailbox_unchanged(mailbox: Any) -> None:
    """GIVEN a mailbox (after = "keep") WHEN fetched twice THEN nothing in it changed:
    no flag set (no \\Seen), no file renamed."""
    for n in range(3):
        mailbox.add(message(n))
    before = mailbox.snapshot()

    drain(mailbox.source, ledger := MemoryLedger())
    drain(mailbox.source, ledger)

    assert mailbox.snapshot() == before
    if isinstance(mailbox, ImapHarness):
        assert all(b"\\Seen" not in flags for flags in before.values())  # type: ignore[attr-defined]


# -- what only one source has to get right --------------------------------------------------


@pytest.fixture
def maildir(tmp_path: Path) -> FolderHarness:
    return FolderHarness(tmp_path / "Maildir", maildir=True)


def test_maildir_file_marked_read_by_a_mail_program_is_not_new(maildir: FolderHarness) -> None:
    """GIVEN a fetched Maildir message WHEN a mail program moves it to cur/ and flags it
    THEN it is the same item, not yielded again."""
    maildir.add(message(1))
    drain(maildir.source, ledger := MemoryLedger())

    (new,) = (maildir.path / "new").iterdir()
    new.rename(maildir.path / "cur" / f"{new.name}:2,S")

    assert drain(maildir.source, ledger) == []


def test_maildir_file_renamed_while_fetching_is_still_read(maildir: FolderHarness) -> None:
    """GIVEN a fetch under way WHEN a mail program renames a file not yet read THEN the
    message is found under its new name and yielded."""
    maildir.add(message(1))
    maildir.add(message(2))
    messages = maildir.source.fetch_new(MemoryLedger())
    first = next(messages)

    for path in (maildir.path / "new").iterdir():
        path.rename(maildir.path / "cur" / f"{path.name}:2,S")

    assert [first.data, *(m.data for m in messages)] == [message(1), message(2)]


def test_eml_folder_ignores_other_files(tmp_path: Path) -> None:
    """GIVEN a folder with .eml files and other files WHEN fetched THEN only the .eml come."""
    (tmp_path / "a.eml").write_bytes(message(1))
    (tmp_path / "B.EML").write_bytes(message(2))
    (tmp_path / "notes.txt").write_text("không phải thư")
    source = MaildirSource(MaildirMailbox(kind="maildir", path=tmp_path))

    assert sorted(str(m.item) for m in drain(source, MemoryLedger())) == ["B.EML", "a.eml"]


def test_missing_folder_is_a_mailbox_error(tmp_path: Path) -> None:
    """GIVEN a path that does not exist WHEN checked or fetched THEN MailboxError names it."""
    source = MaildirSource(MaildirMailbox(kind="maildir", path=tmp_path / "nowhere"))

    with pytest.raises(MailboxError, match="does not exist"):
        source.check()
    with pytest.raises(MailboxError, match="nowhere"):
        drain(source, MemoryLedger())


def test_maildir_wait_returns_early_when_mail_arrives(maildir: FolderHarness) -> None:
    """GIVEN a source waiting on a Maildir WHEN a file arrives THEN wait() returns within
    about a second, long before its timeout."""
    later = threading.Timer(0.2, maildir.add, [message(1)])
    later.start()

    started = time.monotonic()
    maildir.source.wait(10)
    later.join()

    assert time.monotonic() - started < 3


def test_memory_renumbering_records_nothing_twice() -> None:
    """GIVEN fetched messages WHEN the memory mailbox renumbers them THEN they are fetched
    once more under the new UIDVALIDITY, recorded as known, and then left alone."""
    source = MemorySource([message(1), message(2)])
    drain(source, ledger := MemoryLedger())

    source.renumber()

    again = list(source.fetch_new(ledger))
    assert [(m.uidvalidity, m.item) for m in again] == [(2, "1"), (2, "2")]
    assert [ledger.record(m) for m in again] == [False, False]
    assert list(source.fetch_new(ledger)) == []
