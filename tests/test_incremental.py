"""Mailbox passes that cost what is new, not what the mailbox holds (issue 12, item 4).

A pass asks only for the UIDs above the highest one recorded under the folder's
UIDVALIDITY; a full pass runs for a new or renumbered folder and every reconcile_hours,
and finds what the server showed out of order.  The ledger is asked about candidates by
its index, never listed whole.  The real Dovecot tests are marked `servers`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from intake import migrations
from intake.config import MaildirMailbox
from intake.fetch import Source
from intake.fetch.imap import ImapSource
from intake.fetch.maildir import MaildirSource
from intake.fetch.memory import MemorySource
from intake.models import RawMessage
from intake.store import Store
from tests.fixtures_imap import ImapAccount
from tests.fixtures_pg import Database
from tests.servers import Dovecot
from tests.test_fetch_contract import FolderHarness, message

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class NoListing(Store):
    """The store, failing a test that makes it list every item it has seen."""

    def seen_items(self, source: str, uidvalidity: int | None) -> set[str]:
        raise AssertionError("a pass listed the whole ledger")


@pytest.fixture
def store(database: Database) -> Iterator[Store]:
    opened = database.open()
    yield NoListing(opened.conn, opened.where)
    opened.close()


def record(store: Store, raw: RawMessage) -> bool:
    """What the pipeline does with a fetched message: record it (after archiving it)."""
    return store.record_message(raw, f"archive/{raw.sha256}", {}, NOW)[1]


def drain(source: Source, store: Store, skip: tuple[str, ...] = ()) -> list[str]:
    """Fetch and record everything new (but the items `skip`); the items fetched."""
    got = []
    for raw in source.fetch_new(store):
        assert raw.item is not None
        got.append(raw.item)
        if raw.item not in skip:
            record(store, raw)
    return got


def messages_recorded(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]


# -- in memory: the rules ---------------------------------------------------------------


def test_a_pass_starts_above_the_last_uid_recorded(store: Store) -> None:
    """GIVEN a fetched mailbox WHEN two messages arrive THEN the next pass starts above
    the last UID recorded and yields only them; the first pass was a full one."""
    source = MemorySource([message(1), message(2), message(3)], clock=Clock())
    assert drain(source, store) == ["1", "2", "3"]

    source.append(message(4))
    source.append(message(5))

    assert drain(source, store) == ["4", "5"]
    assert drain(source, store) == []
    assert source.starts == [None, 3, 5]


def test_a_message_shown_below_the_last_uid_is_found_by_the_reconcile(store: Store) -> None:
    """GIVEN UIDs 1, 2 and 4 recorded WHEN UID 3 turns up late THEN passes above 4 miss
    it, and the full pass reconcile_hours after the last one reads it, once."""
    clock = Clock()
    source = MemorySource([message(1), message(2)], clock=clock)
    source.append(message(4), item=4)
    assert drain(source, store) == ["1", "2", "4"]

    source.append(message(3), item=3)
    clock.advance(minutes=59)
    assert drain(source, store) == []

    clock.advance(minutes=1)
    assert drain(source, store) == ["3"]
    assert drain(source, store) == []
    assert source.starts == [None, 4, None, 4]


def test_every_pass_is_full_with_a_reconcile_of_zero(store: Store) -> None:
    """GIVEN reconcile_hours = 0 WHEN passes run THEN each one looks at every message."""
    source = MemorySource([message(1)], reconcile=timedelta(0), clock=Clock())
    drain(source, store)
    source.append(message(2))

    assert drain(source, store) == ["2"]
    assert source.starts == [None, None]


def test_a_pass_cut_short_leaves_the_reconcile_due(store: Store) -> None:
    """GIVEN a first (full) pass WHEN it stops after one message (a crash) THEN the next
    pass is a full one again, and reads the rest."""
    source = MemorySource([message(1), message(2), message(3)], clock=Clock())
    record(store, next(source.fetch_new(store)))

    assert drain(source, store) == ["2", "3"]
    assert source.starts == [None, None]


def test_a_renumbered_mailbox_is_fetched_once_more_and_recorded_once(store: Store) -> None:
    """GIVEN a fetched mailbox WHEN it is renumbered (new UIDVALIDITY) THEN a full pass
    fetches every message once more, none is a new message, and passes go on above the
    new numbers."""
    source = MemorySource([message(1), message(2)], clock=Clock())
    drain(source, store)

    source.renumber()

    assert [record(store, raw) for raw in source.fetch_new(store)] == [False, False]
    assert messages_recorded(store) == 2
    source.append(message(3))
    assert drain(source, store) == ["3"]
    assert source.starts == [None, None, 2]


def test_a_restart_mid_pass_loses_nothing_and_records_nothing_twice(tmp_path: Path) -> None:
    """GIVEN a pass that stopped after two of five new messages (the daemon killed)
    WHEN intake starts again on the same database THEN it reads the other three, once."""
    clock = Clock()
    source = MemorySource([message(1)], clock=clock)
    first = Store.open(tmp_path / "intake.sqlite")
    drain(source, first)
    for n in range(2, 7):
        source.append(message(n))
    passing = source.fetch_new(first)
    record(first, next(passing))
    record(first, next(passing))
    first.close()  # killed: the pass goes no further

    again = Store.open(tmp_path / "intake.sqlite")
    clock.advance(minutes=1)
    assert drain(source, again) == ["4", "5", "6"]
    assert messages_recorded(again) == 6
    again.close()


# -- the store ------------------------------------------------------------------------


def test_known_items_answers_for_many_candidates(store: Store) -> None:
    """GIVEN 1,200 items recorded WHEN asked about 1,300 candidates THEN exactly the
    recorded ones are known (asked in chunks)."""
    for n in range(1, 1201):
        raw = RawMessage(f"{n}".encode(), "imap://x", str(n), 7)
        record(store, raw)

    known = store.known_items("imap://x", 7, [str(n) for n in range(1, 1301)])

    assert known == {str(n) for n in range(1, 1201)}
    assert store.known_items("imap://x", 8, ["1"]) == set()
    assert store.last_uid("imap://x", 7) == 1200 and store.last_uid("imap://x", 8) is None


def test_the_migration_numbers_the_uids_of_an_existing_ledger(tmp_path: Path) -> None:
    """GIVEN a ledger from before the uid column WHEN the migration runs THEN IMAP items
    get their number (1000 above 999, not below "999" as text) and Maildir items none."""
    conn = sqlite3.connect(tmp_path / "old.sqlite", isolation_level=None)
    old = [m for m in migrations.MIGRATIONS if m[0] < "0008"]
    migrations.apply(conn, old)
    conn.execute(
        "INSERT INTO messages (id, sha256, archive_path, size, source, fetched_at)"
        " VALUES (1, 'a', 'p', 1, 's', 't')"
    )
    rows = [("imap://x", 5, "999"), ("imap://x", 5, "1000"), ("maildir://m", 0, "1790.M1P2")]
    conn.executemany("INSERT INTO mailbox_items VALUES (?, ?, ?, 1)", rows)
    conn.close()

    store = Store.open(tmp_path / "old.sqlite")

    assert store.last_uid("imap://x", 5) == 1000
    (maildir,) = store.conn.execute("SELECT uid FROM mailbox_items WHERE uidvalidity = 0")
    assert maildir[0] is None
    store.close()


# -- Maildir ---------------------------------------------------------------------------


def test_a_maildir_pass_asks_the_ledger_about_its_files_only(tmp_path: Path, store: Store) -> None:
    """GIVEN a Maildir read once WHEN a file arrives THEN a pass yields it alone, without
    listing the ledger."""
    folder = FolderHarness(tmp_path / "Maildir", maildir=True)
    for n in range(3):
        folder.add(message(n))
    source = MaildirSource(MaildirMailbox(kind="maildir", path=folder.path))
    assert len(drain(source, store)) == 3

    folder.add(message(9))

    assert len(got := drain(source, store)) == 1
    assert got[0].startswith(f"{1_790_000_000 + 4}.")
    assert drain(source, store) == []


# -- IMAP, on the real Dovecot ------------------------------------------------------------


class Spy:
    """The SEARCH criteria and the UIDs whose bodies the source asked the server for."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.searches: list[Any] = []
        self.bodies: list[int] = []
        search, fetch = IMAPClient.search, IMAPClient.fetch

        def spied_search(client: IMAPClient, criteria: Any = "ALL", charset: Any = None) -> Any:
            self.searches.append(criteria)
            return search(client, criteria, charset)

        def spied_fetch(client: IMAPClient, uids: Any, data: Any, modifiers: Any = None) -> Any:
            if b"BODY.PEEK[]" in data:
                self.bodies.extend(uids)
            return fetch(client, uids, data, modifiers)

        monkeypatch.setattr(IMAPClient, "search", spied_search)
        monkeypatch.setattr(IMAPClient, "fetch", spied_fetch)

    def clear(self) -> None:
        self.searches.clear()
        self.bodies.clear()


@pytest.fixture
def imap(imap_account: ImapAccount, tmp_path: Path) -> Iterator[tuple[ImapSource, Clock]]:
    clock = Clock()
    source = ImapSource(imap_account.config(tmp_path, batch_size=3), clock=clock)
    yield source, clock
    source.close()


@pytest.mark.servers
def test_imap_asks_only_for_the_new_uids(
    imap_account: ImapAccount,
    imap: tuple[ImapSource, Clock],
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """GIVEN five messages read WHEN two arrive THEN the pass searches UID 6:* and fetches
    the bodies of 6 and 7 only; WHEN none arrives THEN it fetches nothing (the server's
    answer to 8:* names UID 7 all the same)."""
    source, clock = imap
    imap_account.append_many([message(n) for n in range(1, 6)])
    assert drain(source, store) == ["1", "2", "3", "4", "5"]
    spy = Spy(monkeypatch)

    imap_account.append_many([message(6), message(7)])
    clock.advance(minutes=1)
    assert drain(source, store) == ["6", "7"]
    assert spy.searches == [["UID", "6:*"]] and spy.bodies == [6, 7]

    spy.clear()
    assert drain(source, store) == []
    assert spy.searches == [["UID", "8:*"]] and spy.bodies == []


@pytest.mark.servers
def test_imap_reconcile_reads_what_a_pass_missed_below_the_last_uid(
    imap_account: ImapAccount, imap: tuple[ImapSource, Clock], store: Store
) -> None:
    """GIVEN UIDs 1 to 5 of which 3 and 4 were not recorded (the server's answer lacked
    them) WHEN passes run THEN those above 5 miss them, and the full pass an hour after
    the last one reads them, once."""
    source, clock = imap
    imap_account.append_many([message(n) for n in range(1, 6)])
    assert drain(source, store, skip=("3", "4")) == ["1", "2", "3", "4", "5"]

    clock.advance(minutes=30)
    assert drain(source, store) == []

    clock.advance(minutes=30)
    assert drain(source, store) == ["3", "4"]
    clock.advance(minutes=1)
    assert drain(source, store) == []
    assert messages_recorded(store) == 5


@pytest.mark.servers
def test_imap_renumbered_folder_is_fetched_once_more_and_recorded_once(
    dovecot: Dovecot, imap_account: ImapAccount, imap: tuple[ImapSource, Clock], store: Store
) -> None:
    """GIVEN three messages read WHEN the server renumbers the folder THEN a full pass
    fetches them once more and records no new message; then passes go on above 3."""
    source, clock = imap
    imap_account.append_many([message(1), message(2), message(3)])
    drain(source, store)
    old = source.uidvalidity

    dovecot.reset_uidvalidity(imap_account.username)
    clock.advance(minutes=1)

    assert [record(store, raw) for raw in source.fetch_new(store)] == [False, False, False]
    assert source.uidvalidity != old and messages_recorded(store) == 3
    imap_account.append(message(4))
    assert drain(source, store) == ["4"]
    assert store.last_uid(source.name, source.uidvalidity or 0) == 4


@pytest.mark.servers
def test_imap_restart_mid_pass_loses_nothing_and_records_nothing_twice(
    imap_account: ImapAccount, tmp_path: Path
) -> None:
    """GIVEN two messages read, then seven new ones WHEN the daemon dies after recording
    four of them (the connection dropped, the database closed) THEN the next start reads
    the other three, once, starting above the last UID recorded."""
    config = imap_account.config(tmp_path, batch_size=3)
    clock = Clock()
    database = tmp_path / "intake.sqlite"
    imap_account.append_many([message(1), message(2)])
    first, store = ImapSource(config, clock=clock), Store.open(database)
    drain(first, store)
    imap_account.append_many([message(n) for n in range(3, 10)])
    passing = first.fetch_new(store)
    for _ in range(4):
        record(store, next(passing))
    first._drop()  # killed mid-pass: no LOGOUT
    store.close()

    clock.advance(minutes=1)
    again, store = ImapSource(config, clock=clock), Store.open(database)
    try:
        assert drain(again, store) == ["7", "8", "9"]
        assert drain(again, store) == []
        items = store.conn.execute("SELECT item FROM mailbox_items ORDER BY uid").fetchall()
        assert [int(i) for (i,) in items] == list(range(1, 10))
        assert messages_recorded(store) == 9
    finally:
        again.close()
        store.close()
