#!/usr/bin/env python3
"""Benchmark: a pass with 10 new messages, with 2,000 and with 50,000 in the mailbox.

Issue 12, item 4: the cost of a pass must follow the new mail, not the mailbox.

    .venv/bin/python bench/incremental.py                     # 2,000 and 50,000
    .venv/bin/python bench/incremental.py --large 10000 --repeat 3

For each size it starts a mailbox on the test suite's throwaway Dovecot
(tests/servers.py), writes that many small messages straight into its Maildir, moves
them to cur/ as a mail program does once it has shown them (a readonly session never
moves them out of new/), and records every one of them in a fresh ledger through
`Store.record_message`, as if an earlier run had read them (their bodies are neither
archived nor read).  A real pass must then agree: it fetches nothing.

Then, `--repeat` times after one warm-up, it APPENDs 10 new weekly reports (through
Dovecot, which indexes them as its delivery agent would) and times one
`pipeline.run_once` without publishing: search, fetch, archive, read and store the 10,
checking that it read exactly them.  Twice a round:

- as the daemon runs: on its open connection, once its IDLE wait has returned
  (`source.wait`), the figure of the last line.  Dovecot brings an open session up to
  date with another's APPEND in about 0.12 s at 50,000 messages in a Maildir (it reads
  the folder's whole UID list again) and 0.005 s at 2,000; the daemon's session pays
  that while it waits in IDLE, before the pass, and so does this one;
- after dropping the connection, as a `--once` run from cron does: login and SELECT
  included.  Dovecot's SELECT of a 50,000-message Maildir takes it about 0.2 s whatever
  the client asks next, so this figure is printed, not compared.

The last line is

    incremental: small_s=… large_s=… ratio=…

with the median seconds of a pass on the open connection at each size.  Run by hand,
never by the suite.
"""

from __future__ import annotations

import argparse
import contextlib
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from loguru import logger

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from intake.app import App  # noqa: E402
from intake.models import RawMessage  # noqa: E402
from intake.pipeline import run_once  # noqa: E402
from tests.helpers_e2e import ReportMaker, imap_section, units, write_config  # noqa: E402
from tests.servers import Dovecot  # noqa: E402

NOW = datetime(2021, 12, 27, 10, 0, tzinfo=UTC)  # a Monday: no reminder or report due
NEW = 10
MAKER = ReportMaker(seed=12, domain_tag="incr")  # the new reports of every pass


class Account:
    """What tests.helpers_e2e.imap_section needs of a mailbox."""

    def __init__(self, dovecot: Dovecot, username: str, password: str) -> None:
        self.server, self.host, self.port = dovecot, dovecot.host, dovecot.port
        self.username, self.password = username, password


@dataclass
class Mailbox:
    size: int
    account: Account
    app: App


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000, help="default 2000")
    parser.add_argument("--large", type=int, default=50000, help="default 50000")
    parser.add_argument("--repeat", type=int, default=9, help="timed rounds (9)")
    parser.add_argument("--keep", action="store_true", help="keep the tmp folder")
    args = parser.parse_args(argv)
    logger.remove()
    logger.add(sys.stderr, level="WARNING")

    work = Path(tempfile.mkdtemp(prefix="intake-incr-"))
    try:
        with Dovecot() as dovecot, contextlib.ExitStack() as stack:
            boxes = [
                stack.enter_context(mailbox(dovecot, work, size))
                for size in (args.small, args.large)
            ]
            small, large = measure(boxes, args.repeat)
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"incremental: small_s={small:.3f} large_s={large:.3f} ratio={large / small:.2f}")
    return 0


@contextlib.contextmanager
def mailbox(dovecot: Dovecot, work: Path, size: int) -> Iterator[Mailbox]:
    """A new mailbox of `size` messages, all recorded by its App; a real pass agrees."""
    work = work / str(size)
    work.mkdir(parents=True)
    account = Account(dovecot, f"incr{size}", secrets.token_urlsafe(12))
    dovecot.add_user(account.username, account.password)
    started = time.perf_counter()
    filler = [old_message(n) for n in range(size)]
    dovecot.deliver_files(account.username, filler)
    seen_by_a_mail_program(dovecot.maildir_path(account.username))
    delivered = time.perf_counter() - started

    config = write_config(
        work / "intake.toml",
        mailbox=imap_section(account, work),
        smtp={"kind": "file", "dir": work / "sent", "sender": "intake@vanphong.example.vn"},
        data_dir=work,
    )
    app = App.open(config)
    try:
        started = time.perf_counter()
        record_all(app, dovecot, account, filler)
        recorded = time.perf_counter() - started
        started = time.perf_counter()
        check = run_once(app, NOW, publish_due=False)
        first = time.perf_counter() - started
        if check.fetched:
            raise SystemExit(f"FAIL: the ledger disagrees: a pass fetched {check.fetched}")
        print(
            f"{size} messages: delivered in {delivered:.1f} s, recorded in {recorded:.1f} s,"
            f" a pass over them {first:.2f} s (0 fetched)"
        )
        yield Mailbox(size, account, app)
    finally:
        app.close()


def measure(boxes: list[Mailbox], repeat: int) -> list[float]:
    """The median seconds of a pass with NEW new messages in each mailbox, on the open
    connection.  The mailboxes take turns, so that both see the same load of the
    machine; the first round starts the reading workers and is not counted."""
    kept: dict[int, list[float]] = {box.size: [] for box in boxes}
    login: dict[int, list[float]] = {box.size: [] for box in boxes}
    for week in range(0, 2 * (repeat + 1), 2):
        for box in boxes:
            kept[box.size].append(timed_pass(box, week, reconnect=False))
            login[box.size].append(timed_pass(box, week + 1, reconnect=True))
    medians = []
    for box in boxes:
        show(f"{box.size} messages: a pass with {NEW} new, login included:", login[box.size][1:])
        medians.append(show(f"{box.size} messages: a pass with {NEW} new:", kept[box.size][1:]))
    return medians


def show(what: str, times: list[float]) -> float:
    median = statistics.median(times)
    print(f"{what} median {median:.3f} s ({' '.join(f'{t:.3f}' for t in times)})")
    return median


def seen_by_a_mail_program(maildir: Path) -> None:
    """Move the messages of new/ to cur/, flagged seen, as a mail program does."""
    for path in (maildir / "new").iterdir():
        path.rename(maildir / "cur" / f"{path.name}:2,S")


def old_message(n: int) -> bytes:
    return (
        f"From: xa{n % 300}@example.vn\r\n"
        f"To: vanphong@example.vn\r\n"
        f"Subject: Thư cũ số {n}\r\n"
        f"Message-ID: <old-{n}@incr.example.vn>\r\n"
        f"Date: Mon, 01 Mar 2021 09:00:00 +0700\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n"
        f"\r\n"
        f"Thư đã đọc từ trước, số {n}.\r\n"
    ).encode()


def record_all(app: App, dovecot: Dovecot, account: Account, filler: list[bytes]) -> None:
    """Record every message of the mailbox in the ledger, by its UID, as read and done."""
    by_id = {f"<old-{n}@incr.example.vn>": data for n, data in enumerate(filler)}
    with dovecot.connect(account.username, account.password) as client:
        uidvalidity = int(client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"])
        uids = sorted(client.search("ALL"))
        heads = {}
        for start in range(0, len(uids), 2000):  # a longer UID list is refused
            chunk = uids[start : start + 2000]
            heads |= client.fetch(chunk, [b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    name = app.source.name
    for uid in uids:
        header = heads[uid][b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode()
        data = by_id[header.split(":", 1)[1].strip()]
        raw = RawMessage(data, name, str(uid), uidvalidity, NOW)
        app.store.record_message(raw, "bench/not-archived", {}, NOW)
    app.store.conn.execute("UPDATE messages SET state = 'processed', kind = 'other'")


def timed_pass(box: Mailbox, week: int, reconnect: bool) -> float:
    """Deliver NEW reports, then time one pass; check it read them."""
    week_end = date.fromordinal(date(2021, 1, 7).toordinal() + 7 * week)
    sent = [MAKER.report(unit, week_end) for unit in units()[:NEW]]
    box.account.server.append_many(
        box.account.username, box.account.password, [s.data for s in sent]
    )
    if reconnect:
        box.app.source.close()  # it logs in, as a --once run or after a dropped connection
    else:
        box.app.source.wait(10)  # the daemon's IDLE, which returns on the new mail
    started = time.perf_counter()
    stats = run_once(box.app, NOW, publish_due=False)
    seconds = time.perf_counter() - started
    if stats.fetched != NEW or stats.processed != NEW:
        raise SystemExit(f"FAIL: a pass fetched {stats.fetched}, read {stats.processed}")
    return seconds


if __name__ == "__main__":
    sys.exit(main())
