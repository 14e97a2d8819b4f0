"""A daemon's machine vanishes (switched off, its cable pulled) while it works a mailbox.

Nothing is closed: the database server frees what the vanished daemon held (the
mailbox's lease, the schema's write lock, a transaction cut short) only when it gives up
on its connections, and another daemon takes the mailbox over only then.  The other
machine is a network namespace (tests/netns.py) whose address is taken away.
"""

from __future__ import annotations

import email
import email.message
import os
import secrets
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake import lease
from intake.database import DEAD_PEER_SECONDS, PgConnection
from tests.fixtures_imap import ImapAccount
from tests.fixtures_pg import Database
from tests.helpers_e2e import (
    OFFICE,
    REPO,
    ReportMaker,
    all_processed,
    assert_once_and_current,
    imap_section,
    wait_for,
    week_ends,
    write_config,
)
from tests.netns import Machine
from tests.postgres import Postgres
from tests.servers import Dovecot
from tests.test_offices import daemon, last_thursday, recorded

pytestmark = [pytest.mark.servers, pytest.mark.slow]

GIVEN_UP = DEAD_PEER_SECONDS + 15  # the server's probes, and our polling, with room


@pytest.fixture
def machine() -> Iterator[Machine]:
    with Machine() as other:
        yield other


@pytest.fixture
def server(machine: Machine) -> Iterator[Postgres]:
    """A PostgreSQL server that the other machine reaches too."""
    with Postgres(also_on=(machine.outside,)) as running:
        yield running


def test_what_a_vanished_daemon_held_is_freed_within_half_a_minute(
    machine: Machine, server: Postgres
) -> None:
    """GIVEN a daemon on another machine holding a mailbox's lease and, in a transaction
    it has just begun, the office's write lock
    WHEN its machine vanishes at once (the server's last answers still on their way)
    THEN within about half a minute the lease can be taken and the office written here."""
    url, schema = server.url_at(machine.outside), server.schema("vanish")
    box = f"imap://u{secrets.token_hex(3)}@h:993/INBOX"
    here = PgConnection.open(server.url, schema)  # opening takes the write lock a moment
    holder = machine.popen(
        [sys.executable, "-c", _HOLD.format(url=url, schema=schema, box=box)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    assert lease.PostgresLease.take(server.url, box) is None  # held over there

    machine.vanish()
    cut = time.monotonic()
    taken: list[lease.PostgresLease] = []

    def free() -> bool:
        taken.extend(filter(None, [lease.PostgresLease.take(server.url, box)]))
        return bool(taken)

    wait_for(free, GIVEN_UP, "the vanished daemon's lease is free")
    here.raw.execute("SET lock_timeout = '10s'")  # the write lock is free by now too
    here.execute("BEGIN IMMEDIATE")
    here.execute("COMMIT")
    freed = time.monotonic() - cut
    taken[0].release()
    here.raw.close()
    assert DEAD_PEER_SECONDS - 5 <= freed <= GIVEN_UP, freed


_HOLD = textwrap.dedent(
    """\
    import time
    from intake import lease
    from intake.database import PgConnection

    held = lease.PostgresLease.take("{url}", "{box}")
    assert held is not None
    store = PgConnection.open("{url}", "{schema}")
    store.execute("BEGIN IMMEDIATE")  # the office's write lock, until COMMIT
    store.execute("SELECT 1").fetchone()  # sent, and answered: the lock is held
    print("holding", flush=True)
    time.sleep(600)
    """
)


def test_a_daemon_whose_machine_vanishes_mid_batch_is_taken_over_and_nothing_is_lost(
    tmp_path: Path, machine: Machine, server: Postgres
) -> None:
    """GIVEN an office whose mailbox (300 messages) and PostgreSQL server both machines
    reach, a daemon working it on the other machine and one waiting here
    WHEN the other machine vanishes in the middle of a batch
    THEN the daemon here takes the mailbox over once the server has given the vanished
    one up, and every message is recorded once and processed, each unit-week has one
    current report (its last-sent one), and no message is acknowledged twice."""
    with Dovecot(also_on=(machine.outside,)) as dovecot:
        account = ImapAccount(dovecot, f"vanish{secrets.token_hex(3)}", secrets.token_hex(8))
        dovecot.add_user(account.username, account.password)
        database = Database("postgresql", server.url_at(machine.outside), server.schema("office"))
        folder, data = tmp_path / "offices", tmp_path / "data"
        folder.mkdir()
        data.mkdir()
        write_config(
            folder / "tam_duong.toml",
            mailbox=imap_section(account, data) | {"host": machine.outside},
            smtp={"kind": "file", "dir": data / "sent", "sender": OFFICE},
            data_dir=data,
            extra={"storage": {**database.settings, "archive": data / "archive"}},
        )
        sent = ReportMaker(seed=31).backlog(
            week_ends(last_thursday(), 1), total=300, attachment_share=0.2
        )
        account.append_many([s.data for s in sent])

        with (tmp_path / "there.log").open("w") as there_log:
            there = machine.popen(
                [sys.executable, "run_daemon.py", "--config", str(folder)],
                cwd=REPO,
                stdout=there_log,
                stderr=subprocess.STDOUT,
            )
            wait_for(lambda: recorded(database) >= 1, 60, "the daemon there records a message")
        with (tmp_path / "here.log").open("w") as here_log:
            here = daemon(folder, here_log)
            try:
                wait_for(lambda: recorded(database) >= 40, 60, "40 messages are recorded")
                machine.vanish()
                os.killpg(there.pid, signal.SIGKILL)  # gone: nothing it does reaches us now
                cut = time.monotonic()
                assert recorded(database) < len(sent), "the daemon there finished too soon"

                wait_for(
                    lambda: all_processed(database, len(sent)),
                    GIVEN_UP + 60,
                    "the mailbox is read here",
                )
                took = time.monotonic() - cut
            finally:
                os.killpg(here.pid, signal.SIGTERM)
                here.wait(30)
    assert "this daemon works it now" in (tmp_path / "here.log").read_text()
    assert took >= DEAD_PEER_SECONDS - 5, "taken over before the server gave the other up"

    assert_once_and_current(database, sent)
    answered = [
        parsed["In-Reply-To"]
        for parsed in (message_from_path(p) for p in (data / "sent").glob("*.eml"))
        if parsed["Auto-Submitted"] == "auto-replied"
    ]
    assert answered and len(answered) == len(set(answered)), "a message acknowledged twice"


def message_from_path(path: Path) -> email.message.Message:
    return email.message_from_bytes(path.read_bytes())
