#!/usr/bin/env python3
"""Benchmark: from APPEND to the report stored, with the daemon waiting in IDLE.

Issue 12's bar: pushed mail must stay within 1.2x of a bare IDLE client seeing EXISTS.

    .venv/bin/python bench/push.py                 # 40 messages
    .venv/bin/python bench/push.py --messages 100

It starts the suite's throwaway Dovecot (tests/servers.py), a mailbox, and the real
daemon (`run_daemon.py --config ...`, no --once: it reads, then waits in IDLE), and
beside it a bare imapclient session in IDLE on the same folder.  Then, one at a time, it
APPENDs a weekly report through a third connection and measures, from just before the
APPEND:

- the bare client: until its IDLE reports the new EXISTS;
- intake: until the daemon has stored the message (its `messages` row is `processed`,
  read from the database every 2 ms through a read-only connection).

Both watch the same APPENDs, so they share the machine's load.  The last line is

    push: intake_p95_ms=… idle_p95_ms=… ratio=…

Run by hand, never by the suite.
"""

from __future__ import annotations

import argparse
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.helpers_e2e import ReportMaker, imap_section, units, write_config  # noqa: E402
from tests.servers import Dovecot  # noqa: E402

MAKER = ReportMaker(seed=7, domain_tag="push")


class Account:
    """What tests.helpers_e2e.imap_section needs of a mailbox."""

    def __init__(self, dovecot: Dovecot, username: str, password: str) -> None:
        self.server, self.host, self.port = dovecot, dovecot.host, dovecot.port
        self.username, self.password = username, password


class BareIdle:
    """An imapclient session in IDLE that notes when it sees each new EXISTS."""

    def __init__(self, dovecot: Dovecot, account: Account) -> None:
        self.client = dovecot.connect(account.username, account.password)
        self.exists = int(self.client.select_folder("INBOX")[b"EXISTS"])
        self.seen: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        self.client.idle()
        while not self.stop.is_set():
            for response in self.client.idle_check(timeout=0.5):
                if len(response) > 1 and response[1] == b"EXISTS":
                    now = time.perf_counter()
                    for n in range(self.exists + 1, int(response[0]) + 1):
                        self.seen.setdefault(n, now)
                    self.exists = max(self.exists, int(response[0]))
        self.client.idle_done()
        self.client.logout()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=40, help="how many (default 40)")
    parser.add_argument("--keep", action="store_true", help="keep the tmp folder")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="intake-push-"))
    daemon = None
    try:
        with Dovecot() as dovecot:
            account = Account(dovecot, "push", secrets.token_urlsafe(12))
            dovecot.add_user(account.username, account.password)
            config = write_config(
                work / "intake.toml",
                mailbox=imap_section(account, work),
                smtp={"kind": "file", "dir": work / "sent", "sender": "intake@vanphong.vn"},
                data_dir=work,
            )
            database = work / "data" / "intake.sqlite"
            daemon = subprocess.Popen(
                [sys.executable, "run_daemon.py", "--config", str(config)],
                cwd=REPO,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            _wait_for(lambda: _state(database, "last_fetch") is not None, 30, "daemon start")
            bare = BareIdle(dovecot, account)
            time.sleep(1)  # both in IDLE
            intake_ms, idle_ms = [], []
            for n in range(args.messages):
                week_end = date.fromordinal(date(2021, 1, 7).toordinal() + 7 * (n // 14))
                sent = MAKER.report(units()[n % 14], week_end)
                before = _processed(database)
                started = time.perf_counter()
                dovecot.append(account.username, account.password, sent.data)
                stored = _wait_for(
                    lambda before=before: _processed(database) > before, 30, "the report"
                )
                _wait_for(lambda n=n: bare.exists >= n + 1, 30, "EXISTS")
                intake_ms.append((stored - started) * 1000)
                idle_ms.append((bare.seen[bare.exists] - started) * 1000)
                time.sleep(0.3)
            bare.stop.set()
            bare.thread.join(5)
    finally:
        if daemon is not None:
            daemon.terminate()
            daemon.wait(10)
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    intake_p95, idle_p95 = _p95(intake_ms), _p95(idle_ms)
    print(f"intake: median {statistics.median(intake_ms):.0f} ms, p95 {intake_p95:.0f} ms")
    print(f"bare IDLE: median {statistics.median(idle_ms):.0f} ms, p95 {idle_p95:.0f} ms")
    print(
        f"push: intake_p95_ms={intake_p95:.0f} idle_p95_ms={idle_p95:.0f}"
        f" ratio={intake_p95 / idle_p95:.2f}"
    )
    return 0


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _wait_for(condition, timeout: float, what: str) -> float:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return time.perf_counter()
        time.sleep(0.002)
    raise SystemExit(f"FAIL: waited {timeout} s for {what}")


def _query(database: Path, sql: str) -> tuple | None:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute(sql).fetchone()
    except sqlite3.OperationalError:  # not created yet
        return None


def _state(database: Path, key: str) -> str | None:
    row = _query(database, f"SELECT value FROM state WHERE key = '{key}'")
    return row[0] if row else None


def _processed(database: Path) -> int:
    row = _query(database, "SELECT count(*) FROM messages WHERE state = 'processed'")
    return int(row[0]) if row else 0


if __name__ == "__main__":
    sys.exit(main())
