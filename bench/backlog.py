#!/usr/bin/env python3
"""Benchmark: a district's whole year of mail, processed by one `run_daemon.py --once`.

Claim: about 2,000 messages (52 weeks x 14 units, resends, a third with an xlsx
attached, some auto-replies, bounces and questions) in a fresh mailbox are processed by
one --once run in well under a minute on a 2-core machine.

    .venv/bin/python bench/backlog.py                  # 2,000 messages
    .venv/bin/python bench/backlog.py --messages 500 --keep

It starts the test suite's throwaway Dovecot (tests/servers.py), delivers the messages
straight into the Maildir, writes a configuration (file transport, everything in a tmp
folder), runs the daemon once as a subprocess and prints what it did.  It exits non-zero
if any message was quarantined, if a report was not read, or if a current figure is not
the one of the last-sent report of its unit and week.  Run by hand, never by the suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.helpers_e2e import (  # noqa: E402
    ReportMaker,
    current_values,
    latest_by_unit_week,
    query,
    run_daemon,
    table_counts,
    units,
    week_ends,
    write_config,
)
from tests.servers import Dovecot  # noqa: E402

LAST_WEEK = date(2021, 12, 30)  # a Thursday: weeks end on the deadline's weekday
NOW = "2021-12-30T16:31+07:00"  # the report of the last week is due: it is built too
WEEKS = 52


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000, help="how many (default 2000)")
    parser.add_argument("--keep", action="store_true", help="keep the tmp folder")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    try:
        with Dovecot() as dovecot:
            return bench(dovecot, work, args.messages)
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def bench(dovecot: Dovecot, work: Path, total: int) -> int:
    started = time.perf_counter()
    weeks = weeks_for(total)
    sent = ReportMaker(seed=2021, domain_tag="bench").backlog(week_ends(LAST_WEEK, weeks), total)
    generated = time.perf_counter() - started
    user, password = "backlog", secrets.token_urlsafe(12)
    dovecot.add_user(user, password)
    started = time.perf_counter()
    dovecot.deliver_files(user, [s.data for s in sent])
    delivered = time.perf_counter() - started
    config = write_config(
        work / "intake.toml",
        mailbox=mailbox(dovecot, user, password, work),
        smtp={"kind": "file", "dir": work / "out" / "sent", "sender": "intake@vanphong.example.vn"},
        data_dir=work,
    )

    database = work / "data" / "intake.sqlite"
    done, seconds = timed_run(config)
    if done.returncode != 0:
        return failed(done)
    print(f"machine:    {machine()}")
    print(
        f"generated:  {len(sent)} messages ({weeks} weeks) in {generated:.1f} s,"
        f" delivered in {delivered:.1f} s"
    )
    code = report(database, sent, seconds, done.stderr)

    before = table_counts(database)
    again, seconds = timed_run(config)  # everything known: the ledger skips it all
    if again.returncode != 0:
        return failed(again)
    print(f"second run: {seconds:.1f} s, {last_run_line(again.stderr)}")
    if table_counts(database) != before:
        print("FAIL: the second run changed the database", file=sys.stderr)
        code = 1
    return code


def timed_run(config: Path) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    done = run_daemon(config, NOW, timeout=600)
    return done, time.perf_counter() - started


def failed(done: subprocess.CompletedProcess) -> int:
    print(done.stderr, file=sys.stderr)
    print(f"run_daemon.py failed with exit code {done.returncode}", file=sys.stderr)
    return 1


def weeks_for(total: int) -> int:
    """52 weeks for a year's mail; fewer for a smaller run, so that units still resend."""
    return max(1, min(WEEKS, total // (2 * len(units()))))


def mailbox(dovecot: Dovecot, user: str, password: str, work: Path) -> dict:
    password_file = work / "imap.password"
    password_file.write_text(password + "\n")
    password_file.chmod(0o600)
    return {
        "kind": "imap",
        "host": dovecot.host,
        "port": dovecot.port,
        "security": "none",
        "username": user,
        "password_file": password_file,
    }


def report(database: Path, sent: list, seconds: float, log: str) -> int:
    """Print the numbers; return the exit code."""
    reports = [s for s in sent if s.is_report]
    states = Counter(dict(query(database, "SELECT state, count(*) FROM messages GROUP BY state")))
    kinds = Counter(dict(query(database, "SELECT kind, count(*) FROM messages GROUP BY kind")))
    statuses = Counter(
        dict(query(database, "SELECT status, count(*) FROM reports GROUP BY status"))
    )
    messages = sum(states.values())
    accepted = statuses.get("accepted", 0)
    held = sum(n for status, n in statuses.items() if status != "accepted")
    wrong = figures_differ(database, sent)

    print(f"messages:   {messages} recorded of {len(sent)} delivered")
    print(f"seconds:    {seconds:.1f} (the whole subprocess, start-up included)")
    print(f"rate:       {messages / seconds:.0f} messages/second")
    print(f"reports:    {accepted} accepted, {held} held for review, of {len(reports)} sent")
    print(f"kinds:      {dict(sorted(kinds.items()))}")
    print(f"states:     {dict(sorted(states.items()))}")
    print(f"run:        {last_run_line(log)}")
    for reason, n in held_reasons(database).most_common(5):
        print(f"held:       {n} x {reason}")

    problems = []
    if states.get("quarantined"):
        problems.append(f"{states['quarantined']} messages quarantined")
    if messages != len(sent):
        problems.append(f"{len(sent) - messages} messages not recorded")
    if accepted + held != len(reports) or kinds.get("report", 0) != len(reports):
        problems.append(f"{len(reports)} reports sent, {accepted + held} read")
    if wrong:
        problems.append(f"{wrong} unit-weeks whose current figures are not the last sent")
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    return 1 if problems else 0


def figures_differ(database: Path, sent: list) -> int:
    expected = latest_by_unit_week(sent)
    current = current_values(database)
    return sum(1 for key, figures in expected.items() if current.get(key) != figures)


def held_reasons(database: Path) -> Counter:
    rows = query(database, "SELECT problems FROM reports WHERE status != 'accepted'")
    return Counter(p["message"] for (problems,) in rows for p in json.loads(problems))


def last_run_line(log: str) -> str:
    lines = [line for line in log.splitlines() if "run finished:" in line]
    return lines[-1].split("run finished: ", 1)[1] if lines else "(no summary line)"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


if __name__ == "__main__":
    sys.exit(main())
