"""Several offices in one deployment (intake/offices.py) and the mailbox lease (lease.py)."""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from intake import config as config_module
from intake import lease
from intake.database import DEAD_PEER_SECONDS, SERVER_WATCH
from intake.errors import ConfigError
from intake.offices import configurations
from tests.fixtures_imap import ImapAccount
from tests.fixtures_pg import Database
from tests.fixtures_smtp import Receiver
from tests.helpers_e2e import (
    OFFICE,
    REPO,
    ReportMaker,
    all_processed,
    assert_once_and_current,
    imap_section,
    query,
    run_ok,
    wait_for,
    week_ends,
    write_config,
)
from tests.postgres import Postgres
from tests.servers import Dovecot, free_port

SMTP_FILE = {"kind": "file", "dir": "sent", "sender": OFFICE}


def office(folder: Path, name: str, mailbox: dict, storage: dict | None = None) -> Path:
    data = folder.parent / f"data-{name}"
    return write_config(
        folder / f"{name}.toml",
        mailbox=mailbox,
        smtp={**SMTP_FILE, "dir": data / "sent"},
        data_dir=data,
        extra={"storage": storage} if storage else None,
    )


def test_each_office_of_a_folder_is_loaded(tmp_path: Path) -> None:
    folder = tmp_path / "offices"
    folder.mkdir()
    office(folder, "tam_duong", {"kind": "maildir", "path": tmp_path / "a"})
    office(folder, "sin_ho", {"kind": "maildir", "path": tmp_path / "b"})
    assert [c.path.stem for c in configurations(folder)] == ["sin_ho", "tam_duong"]


@pytest.mark.parametrize("shared", ["mailbox", "schema", "sqlite file"])
def test_two_offices_sharing_a_mailbox_or_a_database_are_refused(
    tmp_path: Path, shared: str
) -> None:
    folder = tmp_path / "offices"
    folder.mkdir()
    url = "postgresql://intake@127.0.0.1:1/intake"
    first = {"database": url, "schema": "tam_duong", "archive": tmp_path / "a"}
    second = {
        "mailbox": {"database": url, "schema": "sin_ho", "archive": tmp_path / "b"},
        "schema": {"database": url, "schema": "tam_duong", "archive": tmp_path / "b"},
        "sqlite file": None,
    }[shared]
    if shared == "sqlite file":
        first = None
    box = {"kind": "maildir", "path": tmp_path / "box"}
    office(folder, "tam_duong", box, first)
    other_box = box if shared == "mailbox" else {"kind": "maildir", "path": tmp_path / "c"}
    if shared == "sqlite file":  # both under one data folder
        path = office(folder, "sin_ho", other_box)
        path.write_text(
            path.read_text().replace(
                str(tmp_path / "data-sin_ho"), str(tmp_path / "data-tam_duong")
            )
        )
    else:
        office(folder, "sin_ho", other_box, second)
    with pytest.raises(ConfigError) as refused:
        configurations(folder)
    assert "sin_ho.toml" in str(refused.value) and "tam_duong.toml" in str(refused.value)
    assert "each office needs its own" in str(refused.value)


def test_an_empty_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no office configuration"):
        configurations(tmp_path)


def test_the_sqlite_lease_is_held_by_one_daemon_until_it_lets_go(tmp_path: Path) -> None:
    cfg = config_module.load(office(tmp_path, "x", {"kind": "maildir", "path": tmp_path / "m"}))
    held = lease.take(cfg)
    assert held is not None and held.alive()
    # another process cannot take it (flock is per open file: a child process tries)
    probe = (
        "import sys; from intake import config, lease;"
        f"sys.exit(0 if lease.take(config.load({str(cfg.path)!r})) is None else 1)"
    )
    assert subprocess.run([sys.executable, "-c", probe], cwd=REPO).returncode == 0
    held.release()
    assert subprocess.run([sys.executable, "-c", probe], cwd=REPO).returncode == 1


def test_the_lease_key_names_the_mailbox_the_same_everywhere() -> None:
    assert lease.key("imap://a@h:993/INBOX") == lease.key("imap://a@h:993/INBOX")
    assert lease.key("imap://a@h:993/INBOX") != lease.key("imap://b@h:993/INBOX")
    assert -(2**63) <= lease.key("x") < 2**63


@pytest.mark.servers
def test_the_postgres_lease_goes_to_the_next_daemon_when_its_holder_ends(
    postgres: Postgres,
) -> None:
    box = f"imap://u{secrets.token_hex(3)}@h:993/INBOX"
    first = lease.PostgresLease.take(postgres.url, box)
    assert first is not None and first.alive()
    assert lease.PostgresLease.take(postgres.url, box) is None
    other = lease.PostgresLease.take(postgres.url, box + "2")  # another mailbox is free
    assert other is not None
    first.release()  # as a killed daemon's connection ends
    second = lease.PostgresLease.take(postgres.url, box)
    assert second is not None
    for held in (other, second):
        held.release()


@pytest.mark.servers
def test_the_server_probes_a_lease_s_connection_to_free_a_vanished_machine_s_mailbox(
    postgres: Postgres,
) -> None:
    """A machine switched off closes nothing: the server lets its lease go only when its
    keepalive probes, or the answer it was sending, go unanswered.  The lease's session
    asks for that soon (half a minute at most), not after the system's two hours or
    quarter of an hour.  (tests/test_vanished.py switches a machine off.)"""
    held = lease.PostgresLease.take(postgres.url, f"imap://u{secrets.token_hex(3)}@h:993/INBOX")
    assert held is not None
    try:
        shown = {
            setting: held.conn.execute(f"SHOW {setting}").fetchone()[0] for setting in SERVER_WATCH
        }
    finally:
        held.release()
    assert shown == {
        "tcp_keepalives_idle": "10",
        "tcp_keepalives_interval": "5",
        "tcp_keepalives_count": "3",
        "tcp_user_timeout": "25000",  # ms
    }
    assert DEAD_PEER_SECONDS <= 30


# -- two daemons, two mailboxes, one PostgreSQL ---------------------------------------------


def daemon(folder: Path, log: IO[str]) -> subprocess.Popen:
    """run_daemon.py over the folder of offices, in a process group of its own."""
    return subprocess.Popen(
        [sys.executable, "run_daemon.py", "--config", str(folder)],
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def last_thursday() -> date:
    today = date.today()
    return today - timedelta(days=(today.weekday() - 3) % 7)


def recorded(database: Database) -> int:
    try:
        return query(database, "SELECT count(*) FROM messages")[0][0]
    except Exception:  # the schema not created yet
        return 0


@pytest.mark.servers
@pytest.mark.slow
def test_two_daemons_one_killed_mid_batch_lose_nothing_and_count_nothing_twice(
    tmp_path: Path, dovecot: Dovecot, postgres: Postgres, smtp_receiver: Receiver
) -> None:
    """GIVEN two offices, each with its own mailbox of 70 messages (reports, resends,
    non-reports), in one folder, on one PostgreSQL server, and two daemons started on it
    WHEN the daemon working the mailboxes is SIGKILLed in the middle of a batch
    THEN the other takes both mailboxes over, and every message is recorded once,
    processed, each unit-week has one current report (its last-sent one), and no
    message is acknowledged twice."""
    folder = tmp_path / "offices"
    folder.mkdir()
    smtp = {"kind": "smtp", "host": smtp_receiver.host, "port": smtp_receiver.port}
    smtp |= {"security": "none", "sender": OFFICE}
    offices: dict[str, tuple[Database, list]] = {}
    for n, name in enumerate(["tam_duong", "sin_ho"]):
        account = ImapAccount(dovecot, f"office{n}{secrets.token_hex(3)}", secrets.token_hex(8))
        dovecot.add_user(account.username, account.password)
        database = Database("postgresql", postgres.url, postgres.schema(name))
        data = tmp_path / f"data-{name}"
        data.mkdir()
        write_config(
            folder / f"{name}.toml",
            mailbox=imap_section(account, data),
            smtp=smtp,
            data_dir=data,
            extra={"storage": {**database.settings, "archive": data / "archive"}},
        )
        # this week's reports: recent enough to be acknowledged (the daemon's clock is real)
        sent = ReportMaker(seed=20 + n, domain_tag=name).backlog(
            week_ends(last_thursday(), 1), total=70, attachment_share=0.1
        )
        account.append_many([s.data for s in sent])
        offices[name] = (database, sent)
    first_db = offices["tam_duong"][0]

    logs = [(tmp_path / f"{n}.log").open("w") for n in ("first", "second")]
    first = daemon(folder, logs[0])
    second = None
    try:
        wait_for(lambda: recorded(first_db) >= 1, 60, "the first daemon records a message")
        second = daemon(folder, logs[1])
        wait_for(lambda: recorded(first_db) >= 20, 60, "20 messages are recorded")
        os.killpg(first.pid, signal.SIGKILL)  # the daemon and its readers, as a power cut
        first.wait(10)
        at_kill = recorded(first_db)
        assert at_kill < 70, "the first daemon finished before it could be killed"

        for name, (database, sent) in offices.items():
            wait_for(
                lambda d=database, s=sent: all_processed(d, len(s)),
                120,
                f"{name}'s mailbox is read",
            )
    finally:
        for process in (first, second):
            if process and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(30)
        for file in logs:
            file.close()
    log = (tmp_path / "second.log").read_text()
    assert "this daemon works it now" in log

    for database, sent in offices.values():
        assert_once_and_current(database, sent)
    replies = [m.message()["In-Reply-To"] for m in smtp_receiver.of("ack")]
    assert replies and len(replies) == len(set(replies)), "a message acknowledged twice"


# -- the web desk of each office ----------------------------------------------------------


@pytest.mark.servers
def test_each_office_s_desk_shows_its_own_reports_to_its_own_accounts(
    tmp_path: Path, postgres: Postgres
) -> None:
    """GIVEN two offices on one PostgreSQL server, the demo week read by the first only,
    and an account in each WHEN each office's desk is served THEN an account signs in at
    its own office's desk only, and sees that office's reports only."""
    from intake.store import Store
    from intake.web import accounts
    from tests.web_desk import DESK_NOW, Client, Desk, _wait_up

    shutil.copytree(REPO / "config", tmp_path / "config")
    shutil.copytree(REPO / "demo" / "maildir", tmp_path / "demo" / "maildir")
    (tmp_path / "empty" / "cur").mkdir(parents=True)
    demo = (tmp_path / "config" / "demo.toml").read_text()
    configs: dict[str, Path] = {}
    for name, maildir in (("tam_duong", "../demo/maildir"), ("sin_ho", "../empty")):
        schema = postgres.schema(name)
        text = demo.replace('"../out/data/intake.sqlite"', f'"{postgres.url}"\nschema = "{schema}"')
        text = text.replace('path = "../demo/maildir"', f'path = "{maildir}"')
        text = text.replace('"../out/', f'"../out-{name}/')
        configs[name] = tmp_path / "config" / f"{name}.toml"
        configs[name].write_text(text)
        cfg = config_module.load(configs[name])
        store = Store.open(cfg.storage.database, cfg.storage.schema_name)
        try:
            login = f"canbo_{name}"
            accounts.add(store, login, "mat-khau-dai-" + name, "clerk", datetime.now(UTC), by="t")
        finally:
            store.close()
    run_ok(configs["tam_duong"])

    desks = []
    try:
        for name in configs:
            port = free_port()
            process = subprocess.Popen(
                [sys.executable, "-m", "intake.cli", "web", "--config", str(configs[name])]
                + ["--port", str(port), "--now", DESK_NOW],
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            desks.append(
                Desk(f"http://127.0.0.1:{port}", configs[name], tmp_path, tmp_path, process)
            )
            _wait_up(desks[-1])
        tam_duong, sin_ho = desks

        stranger = Client(sin_ho.base)
        stranger.login("canbo_tam_duong", "mat-khau-dai-tam_duong")
        assert stranger.get("/").status == 303  # still sent to sign in: no such account here

        own = Client(tam_duong.base)
        assert own.login("canbo_tam_duong", "mat-khau-dai-tam_duong").status == 303
        held_here = own.get("/held").text
        other = Client(sin_ho.base)
        assert other.login("canbo_sin_ho", "mat-khau-dai-sin_ho").status == 303
        held_there = other.get("/held").text
        assert "/reports/" in held_here and "/reports/" not in held_there
        # a session of one office's desk is no session at the other's
        other.set_cookie("intake_session", own.cookie("intake_session") or "")
        assert other.get("/").status == 303
    finally:
        for desk in desks:
            desk.process.terminate()
            desk.process.communicate(timeout=10)


def test_a_lease_that_cannot_be_asked_for_is_asked_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the database server down WHEN the daemon asks for its mailbox's lease THEN
    it logs the failure and asks again, and still stops on SIGTERM."""
    from types import SimpleNamespace

    from intake import offices

    cfg = config_module.load(office(tmp_path, "x", {"kind": "maildir", "path": tmp_path / "m"}))
    asked: list[int] = []

    def take(config: object) -> None:
        asked.append(1)
        if len(asked) == 1:
            raise OSError("connection refused")
        signal.raise_signal(signal.SIGTERM)  # the administrator stops it while it waits
        return None

    monkeypatch.setattr(offices.lease, "take", take)
    monkeypatch.setattr(offices, "LEASE_RETRY_SECONDS", 0.01)
    previous = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        offices.serve(SimpleNamespace(config=cfg), lambda: datetime.now(UTC))  # type: ignore[arg-type]
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    assert len(asked) == 2
