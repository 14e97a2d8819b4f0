#!/usr/bin/env python3
"""`intake report` at a province's scale and at a nation's (issue 12, item 5).

    .venv/bin/python bench/report.py                         # 100, 1,000 and 10,000 units
    .venv/bin/python bench/report.py --sizes 100,3321 --keep
    .venv/bin/python bench/report.py --intake "/other/checkout/.venv/bin/intake"

For each size it generates a directory of communes (bench/directory.py's names), two
weekly forms (config/forms' weekly_propaganda, which every unit must send, and
social_media), a configuration with the [official] letterhead, and a database with a
report of each form from every unit for the week ending 26 November 2026 (most on time,
some late, some held for review), stored through `Store.add_report`.  Then it times

    intake report --config ... --period-end 2026-11-26 --now 2026-11-27T09:00

as a subprocess (the workbook and the official docx, as configured by default; start-up
included), and, as the baseline, a subprocess that reads the same rows from the database
and writes them with openpyxl's write-only mode, one sheet per form, timing itself from
its first query to the saved file.  Peak memory is each child's own maximum resident set
(os.wait4).  Each runs `--repeat` times (3) and the fastest run counts, the machine
being shared.  The last line is

    report: units=… seconds=… peak_mib=… baseline_seconds=…

for the largest size.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: the baseline's child imports openpyxl alone
    from intake.models import Unit
    from intake.store import Store

ROOT = Path(__file__).resolve().parent.parent
ICT = timezone(timedelta(hours=7))
PERIOD_END = date(2026, 11, 26)  # a Thursday
DEADLINE = datetime(2026, 11, 26, 16, tzinfo=ICT)
NOW = "2026-11-27T09:00"
FORMS = ("weekly_propaganda", "social_media")
FIGURES = {
    "weekly_propaganda": {
        "items": (2, 30),
        "minutes": (15, 120),
        "broadcasts": (6, 90),
        "listeners": (500, 50_000),
    },
    "social_media": {"groups": (1, 20), "group_members": (10, 900), "posts": (1, 60)},
}

CONFIG = """\
[office]
name = "Phòng Văn hóa và Thông tin huyện Tam Đường"
emails = ["sangnq.tamduong@laichau.gov.vn"]

[mailbox]
kind = "maildir"
path = "maildir"

[smtp]
kind = "file"
dir = "sent"
sender = "sangnq.tamduong@laichau.gov.vn"

[storage]
database = "data/intake.sqlite"
archive = "data/archive"

[directory]
units = "units.csv"
forms = "forms"

[period]
deadline = "thursday 16:00"
timezone = "Asia/Ho_Chi_Minh"
late_grace_hours = 48

[report]
output_dir = "out"
send_at = "thursday 16:30"
to = ["vanhoa.tamduong@laichau.gov.vn"]

[official]
parent_body = "UBND HUYỆN TAM ĐƯỜNG"
issuing_body = "PHÒNG VĂN HÓA VÀ THÔNG TIN"
symbol = "BC-VHTT"
place = "Tam Đường"
recipients = ["Sở Thông tin và Truyền thông tỉnh Lai Châu"]
copies_to = ["Như trên", "UBND huyện (b/c)", "Lưu: VT"]
signer_title = "TRƯỞNG PHÒNG"
signer_name = "Đỗ Trọng Thi"
"""


def make_deployment(folder: Path, count: int) -> Path:
    """A configuration, a directory of `count` units and a report of each form from
    each unit in the database; returns the configuration file."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from directory import communes  # bench/directory.py, beside this file

    from intake.store import Store

    units = communes(count)
    (folder / "forms").mkdir(parents=True)
    (folder / "maildir").mkdir()
    for form in FORMS:
        shutil.copy(ROOT / "config" / "forms" / f"{form}.toml", folder / "forms")
    with open(folder / "units.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "code", "name", "aliases", "emails"])
        for u in units:
            writer.writerow([u.id, u.code, u.name, ";".join(u.aliases), ";".join(u.emails)])
    config = folder / "intake.toml"
    config.write_text(CONFIG, encoding="utf-8")
    store = Store.open(folder / "data" / "intake.sqlite")
    try:
        _fill(store, units)
    finally:
        store.close()
    return config


def _fill(store: Store, units: list[Unit]) -> None:
    from intake.models import Report, Status

    rng = random.Random(5)
    stored = datetime(2026, 11, 27, 8, tzinfo=ICT)
    for unit in units:
        for form in FORMS:
            roll = rng.random()
            late = roll < 0.05
            received = DEADLINE + (timedelta(hours=5) if late else -timedelta(hours=30))
            status = Status.NEEDS_REVIEW if roll > 0.97 else Status.ACCEPTED
            values = {k: float(rng.randint(*bounds)) for k, bounds in FIGURES[form].items()}
            report = Report(
                unit.id, form, PERIOD_END, values, status, received_at=received, late=late
            )
            store.add_report(None, report, stored)


def run(command: list[str]) -> tuple[float, float, str]:
    """Run `command`; its seconds, its own peak resident memory in MiB and its output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)  # the child's own rusage, reaped
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        if child.returncode:
            sys.exit(f"{' '.join(command)} failed:\n{err.read().decode(errors='replace')}")
        return seconds, usage.ru_maxrss / 1024, out.read().decode()  # KiB on Linux


def baseline(database: Path, output: Path) -> None:
    """The same rows, written with openpyxl's write-only mode: a sheet per form; prints
    the seconds it took, reading the database included (not starting Python)."""
    from openpyxl import Workbook

    started = time.perf_counter()
    conn = sqlite3.connect(database)
    workbook = Workbook(write_only=True)
    for form in FORMS:
        sheet = workbook.create_sheet(form)
        keys = list(FIGURES[form])
        sheet.append(["STT", "Đơn vị", *keys, "Ngày nhận", "Tình trạng"])
        rows = conn.execute(
            "SELECT r.id, r.unit, r.received_at, r.status FROM reports r"
            " WHERE r.form = ? AND r.is_current = 1 ORDER BY r.unit",
            (form,),
        ).fetchall()
        values: dict[int, dict[str, float]] = {}
        for report, field, value in conn.execute(
            "SELECT v.report, v.field, v.value FROM report_values v"
            " JOIN reports r ON r.id = v.report WHERE r.form = ? AND r.is_current = 1",
            (form,),
        ):
            values.setdefault(report, {})[field] = value
        totals = dict.fromkeys(keys, 0.0)
        for n, (report, unit, received, state) in enumerate(rows, start=1):
            figures = [values.get(report, {}).get(k) for k in keys]
            for k, v in zip(keys, figures, strict=True):
                totals[k] += v or 0
            sheet.append([n, unit, *figures, received, state])
        sheet.append(["", "Tổng cộng", *totals.values()])
    workbook.save(output)
    print(time.perf_counter() - started)


def measure(count: int, command: list[str], repeat: int, keep: bool) -> dict[str, float]:
    folder = Path(tempfile.mkdtemp(prefix=f"bench-report-{count}-"))
    try:
        started = time.perf_counter()
        config = make_deployment(folder, count)
        generated = time.perf_counter() - started
        intake = [*command, "report", "--config", str(config)]
        intake += ["--period-end", PERIOD_END.isoformat(), "--now", NOW]
        runs = [run(intake) for _ in range(repeat)]
        seconds, peak = min(r[0] for r in runs), max(r[1] for r in runs)
        this = [sys.executable, __file__, "--baseline", str(folder / "data" / "intake.sqlite")]
        runs = [run([*this, str(folder / "out" / "baseline.xlsx")]) for _ in range(repeat)]
        base_seconds, base_peak = min(float(r[2].split()[-1]) for r in runs), runs[0][1]
        sizes = {p.suffix: p.stat().st_size for p in (folder / "out").glob("tong-hop-*")}
    finally:
        if keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder)
    print(
        f"{count} units x {len(FORMS)} forms (generated in {generated:.1f} s):"
        f" intake report {seconds:.2f} s, {peak:.0f} MiB peak"
        f" (xlsx {sizes.get('.xlsx', 0) / 1e3:.0f} kB, docx {sizes.get('.docx', 0) / 1e3:.0f} kB);"
        f" openpyxl write-only {base_seconds:.2f} s, {base_peak:.0f} MiB",
        flush=True,
    )
    return {"units": count, "seconds": seconds, "peak": peak, "baseline": base_seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="units, comma-separated")
    parser.add_argument("--keep", action="store_true", help="keep the tmp folders")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest")
    parser.add_argument(
        "--intake",
        default=str(Path(sys.executable).parent / "intake"),
        help="the command to time (another checkout's, to compare), the venv's by default",
    )
    parser.add_argument("--baseline", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        baseline(*args.baseline)
        return
    command = shlex.split(args.intake)
    results = [measure(int(n), command, args.repeat, args.keep) for n in args.sizes.split(",")]
    last = results[-1]
    print(
        f"report: units={last['units']} seconds={last['seconds']:.2f}"
        f" peak_mib={last['peak']:.0f} baseline_seconds={last['baseline']:.2f}"
    )


if __name__ == "__main__":
    main()
