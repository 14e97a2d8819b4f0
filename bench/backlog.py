#!/usr/bin/env python3
"""Benchmark: a district's whole year of mail, processed by one `run_daemon.py --once`.

Claim: about 2,000 messages (52 weeks x 14 units, resends; the mix of issue 12: about
1,282 in the body, 401 with an xlsx, 217 with a docx, 100 auto-replies, bounces and
questions) in a fresh mailbox are processed by one --once run in well under a minute on
a 2-core machine.  The baseline, measured in the same run, is a raw batched
`UID FETCH BODY.PEEK[]` of the same mailbox with imapclient.

    .venv/bin/python bench/backlog.py                  # 2,000 messages
    .venv/bin/python bench/backlog.py --messages 500 --keep
    .venv/bin/python bench/backlog.py --profile /tmp/backlog.prof   # cProfile, main process
    .venv/bin/python bench/backlog.py --postgresql     # stored on a PostgreSQL server
    .venv/bin/python bench/backlog.py --postgresql --latency-ms 0.25   # ... over a network

It starts the test suite's throwaway Dovecot (tests/servers.py), delivers the messages
straight into the Maildir, writes a configuration (file transport, everything in a tmp
folder), runs the daemon once as a subprocess and prints what it did.  It exits non-zero
if any message was quarantined, if a report was not read, or if a current figure is not
the one of the last-sent report of its unit and week.  Run by hand, never by the suite.
Its last line is `backlog: intake_msg_s=... raw_fetch_msg_s=... ratio_pct=...`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "corpus"))

from builders import Para, Table, docx, official_header, to_tcvn3  # noqa: E402
from imapclient import IMAPClient  # noqa: E402

from tests.fixtures_pg import Database  # noqa: E402
from tests.helpers_e2e import (  # noqa: E402
    FIELDS,
    XLSX_TYPE,
    ReportMaker,
    Sent,
    Unit,
    current_values,
    daemon_command,
    duration,
    latest_by_unit_week,
    query,
    run_daemon,
    table_counts,
    thousands,
    units,
    week_ends,
    write_config,
)
from tests.postgres import Postgres  # noqa: E402
from tests.servers import Dovecot  # noqa: E402

LAST_WEEK = date(2021, 12, 30)  # a Thursday: weeks end on the deadline's weekday
NOW = "2021-12-30T16:31+07:00"  # the report of the last week is due: it is built too
WEEKS = 52
# Issue 12's mailbox of 2,000: 1,282 reports in the body, 401 with an xlsx, 217 with a
# docx, 100 that are not reports.
ATTACHMENT_SHARE = (401 + 217) / (2000 - 100)
DOCX_SHARE = 217 / (401 + 217)  # of the reports with an attachment
VNTIME_SHARE = 0.2  # of the docx: typed in TCVN3 with the .VnTime fonts
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
FETCH_BATCH = 500  # UIDs per raw FETCH of the baseline
FETCH_PASSES = 3  # the baseline is the fastest of these (one takes about 0.4 s)


class MixedReportMaker(ReportMaker):
    """ReportMaker's reports, a share of those with an attachment sent as a Word report:
    the official layout with a table of figures, or paragraphs typed in .VnTime."""

    def report(
        self,
        unit: Unit,
        week_end: date,
        *,
        attachment: bool = False,
        resend: bool = False,
        late: bool = False,
    ) -> Sent:
        if not attachment or self.random.random() >= DOCX_SHARE:
            return super().report(unit, week_end, attachment=attachment, resend=resend, late=late)
        figures = self.figures()
        when = self.send_time(unit, week_end, late)
        m = self.message(
            unit,
            self.subject(unit, week_end, resend),
            when,
            f"{unit.name} gửi báo cáo tuần (file word đính kèm).\n",
        )
        legacy = self.random.random() < VNTIME_SHARE
        m.add_attachment(
            word_report(unit, when.date(), figures, legacy),
            maintype=DOCX_TYPE[0],
            subtype=DOCX_TYPE[1],
            filename=f"BC tuan {unit.short}.docx",
        )
        return Sent(m.as_bytes(), unit.id, week_end, when, figures, attachment=True)


def word_report(unit: Unit, day: date, figures: dict[str, int], legacy: bool) -> bytes:
    """A commune's weekly report as a docx (Decree 30/2020's layout), dated `day`."""
    items, minutes, broadcasts, listeners = (figures[k] for k in FIELDS)
    if legacy:
        lines = [
            f"{unit.name} báo cáo kết quả tuyên truyền trong tuần như sau:",
            f"- Số tin, bài: {items}",
            f"- Độ dài: {duration(minutes)}",
            f"- Số lượng phát sóng: {broadcasts} lượt",
            f"- Ước số lượng người nghe: {thousands(listeners)} người",
        ]
        return docx(
            Para(to_tcvn3(f"UBND {unit.name}".upper()), bold=True, font=".VnTimeH"),
            Para(to_tcvn3("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"), bold=True, font=".VnTimeH"),
            *(Para(to_tcvn3(line), font=".VnTime") for line in lines),
        )
    rows = [
        ["STT", "Nội dung", "Số lượng", "Ghi chú"],
        ["1", "Số tin, bài", str(items), ""],
        ["2", "Độ dài tin, bài (phút)", str(minutes), ""],
        ["3", "Số lượng phát sóng", str(broadcasts), ""],
        ["4", "Ước số lượng người nghe", thousands(listeners), ""],
    ]
    place = unit.short.split(" ", 1)[-1]
    return docx(
        official_header(
            "UBND HUYỆN TAM ĐƯỜNG",
            f"UBND {unit.name.upper()}",
            "Số:    /BC-UBND",
            f"{place}, ngày {day.day} tháng {day.month} năm {day.year}",
        ),
        Para(""),
        Para("BÁO CÁO", bold=True, align="center", size=14),
        Para("Kết quả công tác tuyên truyền tuần", bold=True, align="center"),
        Para("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.", align="center"),
        Para(f"{unit.name} báo cáo kết quả tuyên truyền trong tuần như sau:"),
        Table(rows),
        Para("Nơi nhận:", bold=True, italic=True, size=12),
        Para("- Như trên;\n- Lưu: VT.", size=11),
        Para("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True, align="right"),
    )


def attachment_kind(message: bytes) -> str:
    """ "xlsx", "docx" or "body": how a generated message carries its figures."""
    text = message.decode("ascii", "replace")
    for kind, (_, subtype) in (("xlsx", XLSX_TYPE), ("docx", DOCX_TYPE)):
        if subtype in text:
            return kind
    return "body"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000, help="how many (default 2000)")
    parser.add_argument("--keep", action="store_true", help="keep the tmp folder")
    parser.add_argument(
        "--profile",
        type=Path,
        help="run the first --once under cProfile (the main process; the workers are not"
        " profiled) and write its stats here, for pstats; the rate is then the profiled one",
    )
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="store in a PostgreSQL server of its own (Debian's, as the tests start it)",
    )
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=0.0,
        help="with --postgresql: reach the server through a proxy that delays each way by"
        " this much, as a server on another machine (0.25 ms each way: a LAN's round trip)",
    )
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    try:
        with Dovecot() as dovecot, contextlib.ExitStack() as stack:
            store: Any = work / "data" / "intake.sqlite"
            if args.postgresql:
                server = stack.enter_context(Postgres())
                url = server.url
                if args.latency_ms:
                    proxy = stack.enter_context(
                        DelayProxy(server.host, server.port, args.latency_ms)
                    )
                    url = url.replace(f":{server.port}/", f":{proxy.port}/")
                    print(f"latency:    {args.latency_ms} ms each way (proxy on port {proxy.port})")
                store = Database("postgresql", url, "backlog")
            return bench(dovecot, work, args.messages, args.profile, store)
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def bench(
    dovecot: Dovecot, work: Path, total: int, profile: Path | None = None, database: Any = None
) -> int:
    """`database`: the SQLite file (by default) or a tests.fixtures_pg.Database."""
    database = database or work / "data" / "intake.sqlite"
    started = time.perf_counter()
    weeks = weeks_for(total)
    maker = MixedReportMaker(seed=2021, domain_tag="bench")
    sent = maker.backlog(week_ends(LAST_WEEK, weeks), total, attachment_share=ATTACHMENT_SHARE)
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
        extra={"storage": database.settings} if isinstance(database, Database) else None,
    )

    fetched, raw_seconds = raw_fetch(dovecot, user, password)
    done, seconds = timed_run(config, profile)
    if done.returncode != 0:
        return failed(done)
    mix = Counter(attachment_kind(s.data) if s.is_report else "not a report" for s in sent)
    print(f"machine:    {machine()}")
    print(f"database:   {'PostgreSQL' if isinstance(database, Database) else 'SQLite'}")
    print(
        f"generated:  {len(sent)} messages ({weeks} weeks) in {generated:.1f} s,"
        f" delivered in {delivered:.1f} s"
    )
    print(f"mix:        {dict(sorted(mix.items()))}")
    print(
        f"raw fetch:  {fetched} messages in {raw_seconds:.2f} s"
        f" ({FETCH_BATCH} UIDs a FETCH, fastest of {FETCH_PASSES})"
    )
    code = report(database, sent, seconds, done.stderr)
    intake_rate = sum(n for (n,) in query(database, "SELECT count(*) FROM messages")) / seconds
    raw_rate = fetched / raw_seconds

    before = table_counts(database)
    again, seconds = timed_run(config)  # everything known: the ledger skips it all
    if again.returncode != 0:
        return failed(again)
    print(f"second run: {seconds:.1f} s, {last_run_line(again.stderr)}")
    if table_counts(database) != before:
        print("FAIL: the second run changed the database", file=sys.stderr)
        code = 1
    print(
        f"backlog: intake_msg_s={intake_rate:.0f} raw_fetch_msg_s={raw_rate:.0f}"
        f" ratio_pct={100 * intake_rate / raw_rate:.1f}"
    )
    return code


class DelayProxy:
    """A TCP proxy on a free loopback port that forwards each chunk after `ms`
    milliseconds, both ways: a database server a network away."""

    def __init__(self, host: str, port: int, ms: float) -> None:
        self.target, self.delay = (host, port), ms / 1000
        self.listener = socket.create_server((host, 0))
        self.port = self.listener.getsockname()[1]

    def __enter__(self) -> DelayProxy:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.listener.close()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                client, _ = self.listener.accept()
                server = socket.create_connection(self.target)
                for end in (client, server):  # as libpq and the server set theirs
                    end.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                for a, b in ((client, server), (server, client)):
                    threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while chunk := source.recv(65536):
                time.sleep(self.delay)
                sink.sendall(chunk)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


def raw_fetch(dovecot: Dovecot, user: str, password: str) -> tuple[int, float]:
    """The baseline: every message of the mailbox fetched whole, FETCH_BATCH UIDs at a
    time, by a bare imapclient after login; (messages, seconds) of the fastest of
    FETCH_PASSES passes.  Opening the folder first, untimed, lets Dovecot index the new
    Maildir files for both runs alike."""
    with IMAPClient(dovecot.host, dovecot.port, ssl=False) as client:
        client.login(user, password)
        status = client.select_folder("INBOX", readonly=True)
        last = int(status[b"UIDNEXT"]) - 1
        passes = [fetch_all(client, last) for _ in range(FETCH_PASSES)]
        client.logout()
    return min(passes, key=lambda p: p[1])


def fetch_all(client: IMAPClient, last: int) -> tuple[int, float]:
    fetched = 0
    started = time.perf_counter()
    for low in range(1, last + 1, FETCH_BATCH):
        uids = range(low, min(last, low + FETCH_BATCH - 1) + 1)
        fetched += len(client.fetch(list(uids), ["BODY.PEEK[]"]))
    return fetched, time.perf_counter() - started


def timed_run(
    config: Path, profile: Path | None = None
) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    cpu = _children_cpu()
    if profile is None:
        done = run_daemon(config, NOW, timeout=600)
    else:
        command = daemon_command(config, NOW)
        command[1:1] = ["-m", "cProfile", "-o", str(profile.resolve())]
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    print(
        f"cpu:        {_children_cpu() - cpu:.1f} s of CPU in {seconds:.1f} s (daemon and workers)"
    )
    return done, seconds


def _children_cpu() -> float:
    """CPU seconds (user and system) of the child processes waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


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


def report(database: Any, sent: list, seconds: float, log: str) -> int:
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


def figures_differ(database: Any, sent: list) -> int:
    expected = latest_by_unit_week(sent)
    current = current_values(database)
    return sum(1 for key, figures in expected.items() if current.get(key) != figures)


def held_reasons(database: Any) -> Counter:
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
