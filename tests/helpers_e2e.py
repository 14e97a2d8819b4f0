"""Shared by the end-to-end tests and the backlog benchmark: configs, runs, workbooks, mail.

    write_config(path, mailbox=..., smtp=..., data_dir=...)   a TOML config in a tmp folder
    run_daemon(config)                 `run_daemon.py --config ... --once --now ...`, as a
                                       subprocess of its own (the real command)
    read_table(xlsx, "weekly_propaganda")   totals and statuses of one form's sheet
    query(database, sql)               read the SQLite file read-only (the daemon may run)
    ReportMaker                        realistic weekly reports from the units of the
                                       directory: body lines or an xlsx, resends, and mail
                                       that is not a report (auto-replies, bounces, questions)

Nothing here starts a server; the fixtures in fixtures_imap.py and fixtures_smtp.py do.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

REPO = Path(__file__).resolve().parent.parent
UNITS_CSV = REPO / "config" / "units.csv"
FORMS_DIR = REPO / "config" / "forms"
DEMO_MAILDIR = REPO / "demo" / "maildir"
DEMO_EXPECTED = REPO / "demo" / "expected.json"
DEMO_NOW = json.loads(DEMO_EXPECTED.read_text(encoding="utf-8"))["now"]

OFFICE = "sangnq.tamduong@laichau.gov.vn"
ICT = timezone(timedelta(hours=7))
XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
TOTALS_LABEL = "Tổng cộng"
STATUS_LABEL = "Tình trạng"


# -- configuration and runs ----------------------------------------------------------


def toml_value(value: Any) -> str:
    """One TOML value: strings, paths, numbers, booleans and lists of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Path):
        value = str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML for {value!r}")


def toml_text(sections: Mapping[str, Mapping[str, Any]]) -> str:
    lines = []
    for name, values in sections.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {toml_value(v)}" for key, v in values.items() if v is not None)
        lines.append("")
    return "\n".join(lines)


def write_config(
    path: Path,
    *,
    mailbox: Mapping[str, Any],
    smtp: Mapping[str, Any],
    data_dir: Path,
    to: Sequence[str] = ("vanhoa.tamduong@laichau.gov.vn",),
    cc: Sequence[str] = ("stttt@laichau.gov.vn",),
    extra: Mapping[str, Mapping[str, Any]] | None = None,
) -> Path:
    """A complete configuration whose storage and output are under `data_dir`; `extra`
    adds keys to its sections ({"report": {"approval": "required"}})."""
    sections = {
        "office": {"name": "Phòng Văn hóa và Thông tin huyện Tam Đường", "emails": [OFFICE]},
        "mailbox": dict(mailbox),
        "smtp": dict(smtp),
        "storage": {
            "database": data_dir / "data" / "intake.sqlite",
            "archive": data_dir / "data" / "archive",
        },
        "directory": {"units": UNITS_CSV, "forms": FORMS_DIR},
        "period": {"deadline": "thursday 16:00", "timezone": "Asia/Ho_Chi_Minh"},
        "report": {"output_dir": data_dir / "out", "to": list(to), "cc": list(cc)},
    }
    for name, values in (extra or {}).items():
        sections[name] = {**sections.get(name, {}), **values}
    path.write_text(toml_text(sections), encoding="utf-8")
    return path


def maildir_config(folder: Path) -> Path:
    """A configuration reading the Maildir-like folder `folder`/mail (created), sending into
    `folder`/sent, keeping its data under `folder`."""
    (folder / "mail").mkdir(exist_ok=True)
    return write_config(
        folder / "intake.toml",
        mailbox={"kind": "maildir", "path": folder / "mail"},
        smtp={"kind": "file", "dir": folder / "sent", "sender": OFFICE},
        data_dir=folder,
    )


def imap_section(account: Any, secrets_dir: Path, password: str | None = None) -> dict[str, Any]:
    """[mailbox] for an ImapAccount of the test Dovecot; the password goes in a file."""
    password_file = secrets_dir / f"{account.username}.password"
    password_file.write_text((account.password if password is None else password) + "\n")
    password_file.chmod(0o600)
    return {
        "kind": "imap",
        "host": account.host,
        "port": account.port,
        "security": "none",
        "username": account.username,
        "password_file": password_file,
    }


def daemon_command(config: Path, now: str = DEMO_NOW) -> list[str]:
    return [sys.executable, "run_daemon.py", "--config", str(config), "--once", "--now", now]


def run_daemon(
    config: Path, now: str = DEMO_NOW, timeout: float = 60
) -> subprocess.CompletedProcess:
    """Run the daemon once, as a cron job or an administrator would."""
    return subprocess.run(
        daemon_command(config, now), cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


def demo_copy(base: Path, now: str = DEMO_NOW) -> Path:
    """The demo configuration in a copy of the repository's layout under `base`, run once
    over the demo mailbox at `now`; its configuration file."""
    shutil.copytree(REPO / "config", base / "config")
    shutil.copytree(REPO / "demo" / "maildir", base / "demo" / "maildir")
    config = base / "config" / "demo.toml"
    subprocess.run(
        [sys.executable, "run_daemon.py", "--config", str(config), "--once", "--now", now],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    return config


def run_ok(config: Path, now: str = DEMO_NOW) -> subprocess.CompletedProcess:
    done = run_daemon(config, now)
    assert done.returncode == 0, f"run_daemon.py failed ({done.returncode}):\n{done.stderr}"
    return done


def start_daemon(config: Path, now: str = DEMO_NOW) -> subprocess.Popen:
    return subprocess.Popen(
        daemon_command(config, now),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def intake_cli(*args: str) -> subprocess.CompletedProcess:
    """The `intake` command (python -m intake.cli, the console script's module)."""
    return subprocess.run(
        [sys.executable, "-m", "intake.cli", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


# -- the database, read-only -----------------------------------------------------------


def query(database: Any, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
    """Rows of `sql`, read through a read-only connection (safe while the daemon writes).

    `database`: an SQLite file, or a tests.fixtures_pg.Database of either kind.  Tables
    not created yet raise sqlite3.OperationalError on both."""
    if getattr(database, "kind", "sqlite") == "postgresql":
        return _postgres_query(database, sql, args)
    database = getattr(database, "database", database)
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _postgres_query(database: Any, sql: str, args: Sequence[Any]) -> list[tuple]:
    import psycopg

    from intake.database import translate

    with psycopg.connect(database.database) as conn:
        conn.read_only = True
        conn.execute(f'SET search_path TO "{database.schema}"')
        try:
            rows = conn.execute(translate(sql)[0], tuple(args)).fetchall()
        except psycopg.errors.UndefinedTable as e:
            raise sqlite3.OperationalError(str(e)) from e
    return [tuple(int(v) if isinstance(v, Decimal) else v for v in row) for row in rows]


def count(database: Any, table: str) -> int:
    return query(database, f"SELECT count(*) FROM {table}")[0][0]


def table_counts(database: Any) -> dict[str, int]:
    tables = ("messages", "mailbox_items", "reports", "report_values", "publications")
    return {t: count(database, t) for t in tables}


def current_values(database: Any, form: str = "weekly_propaganda") -> dict[tuple, dict]:
    """{(unit, period_end): {field: value}} of the current reports of `form`."""
    rows = query(
        database,
        "SELECT r.unit, r.period_end, v.field, v.value FROM reports r"
        " JOIN report_values v ON v.report = r.id WHERE r.is_current = 1 AND r.form = ?",
        (form,),
    )
    out: dict[tuple, dict] = {}
    for unit, period_end, key, value in rows:
        out.setdefault((unit, period_end), {})[key] = value
    return out


# -- the directory and the forms -------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    id: str
    name: str
    aliases: tuple[str, ...]
    emails: tuple[str, ...]

    @property
    def short(self) -> str:
        return self.aliases[0] if self.aliases else self.name


def units() -> list[Unit]:
    with UNITS_CSV.open(encoding="utf-8-sig", newline="") as f:
        return [
            Unit(
                row["id"],
                row["name"],
                tuple(a for a in row["aliases"].split(";") if a),
                tuple(e for e in row["emails"].split(";") if e),
            )
            for row in csv.DictReader(f)
        ]


def unit_names() -> dict[str, str]:
    return {u.id: u.name for u in units()}


def form_labels(form_id: str) -> dict[str, str]:
    """{field label: field key} of a form, in the form's order."""
    form = tomllib.loads((FORMS_DIR / f"{form_id}.toml").read_text(encoding="utf-8"))
    return {f["label"]: f["key"] for f in form["fields"]}


# -- the consolidated workbook ---------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """One form's sheet of the consolidated workbook."""

    totals: dict[str, float | None]  # by field key, from the "Tổng cộng" row
    statuses: dict[str, str]  # unit name -> "Đúng hạn", "Muộn", ...
    rows: dict[str, dict[str, float | None]]  # unit name -> figures by field key


def read_table(xlsx: Path | bytes, form_id: str) -> Table:
    """The sheet whose header row has `form_id`'s field labels, read as a Table."""
    source = io.BytesIO(xlsx) if isinstance(xlsx, bytes) else xlsx
    book = load_workbook(source, read_only=True, data_only=True)
    labels = form_labels(form_id)
    try:
        for sheet in book.worksheets:
            rows = [list(r) for r in sheet.iter_rows(values_only=True)]
            header = next((i for i, r in enumerate(rows) if r and r[0] == "STT"), None)
            if header is not None and rows[header][2 : 2 + len(labels)] == list(labels):
                return _table(rows[header:], labels)
    finally:
        book.close()
    raise AssertionError(f"no sheet of form {form_id} in the workbook")


def _table(rows: list[list[Any]], labels: dict[str, str]) -> Table:
    header, keys = rows[0], list(labels.values())
    status_column = header.index(STATUS_LABEL)
    figures: dict[str, dict[str, float | None]] = {}
    statuses: dict[str, str] = {}
    for row in rows[1:]:
        if row[0] == TOTALS_LABEL:
            totals = dict(zip(keys, row[2 : 2 + len(keys)], strict=True))
            return Table(totals, statuses, figures)
        figures[row[1]] = dict(zip(keys, row[2 : 2 + len(keys)], strict=True))
        statuses[row[1]] = row[status_column]
    raise AssertionError(f"no {TOTALS_LABEL!r} row under the header")


def expected_statuses(expected: Mapping[str, Any]) -> dict[str, str]:
    """The status of every unit by name, from demo/expected.json's late/review/missing."""
    names = unit_names()
    labels = {"late": "Muộn", "review": "Chờ kiểm tra", "missing": "Chưa báo cáo"}
    out = dict.fromkeys(names.values(), "Đúng hạn")
    for key, label in labels.items():
        out.update({names[unit]: label for unit in expected.get(key, [])})
    for unit, delay in expected.get("late_by", {}).items():  # "Muộn 20 phút"
        out[names[unit]] = f"Muộn {delay}"
    return out


def xlsx_attachments(message: EmailMessage) -> list[bytes]:
    return [
        part.get_content()
        for part in message.iter_attachments()
        if (part.get_content_maintype(), part.get_content_subtype()) == XLSX_TYPE
    ]


def demo_messages() -> list[bytes]:
    """The 18 demo emails, oldest first (their file names start with the Date)."""
    return [p.read_bytes() for p in sorted((DEMO_MAILDIR / "cur").iterdir())]


# -- realistic mail --------------------------------------------------------------------

WEEKLY_HEADER = [
    "STT",
    "Đơn vị",
    "Số tin, bài",
    "Độ dài (phút)",
    "Số lần phát sóng",
    "Ước số người nghe",
]
FIELDS = ("items", "minutes", "broadcasts", "listeners")


@dataclass(frozen=True)
class Sent:
    """A generated message and, for a report, what it says."""

    data: bytes
    unit: str | None = None  # a unit id, for a report
    period_end: date | None = None
    sent_at: datetime | None = None
    figures: dict[str, int] = field(default_factory=dict)
    attachment: bool = False

    @property
    def is_report(self) -> bool:
        return self.unit is not None


def week_ends(last: date, weeks: int) -> list[date]:
    """`weeks` Thursdays, oldest first, the last one `last`."""
    return [last - timedelta(days=7 * i) for i in range(weeks - 1, -1, -1)]


def latest_by_unit_week(sent: Sequence[Sent]) -> dict[tuple[str, str], dict[str, int]]:
    """{(unit, period_end): figures} of the last-sent report of each unit and week."""
    latest: dict[tuple[str, str], Sent] = {}
    for s in sent:
        if not s.is_report:
            continue
        assert s.unit and s.period_end and s.sent_at
        key = (s.unit, s.period_end.isoformat())
        if key not in latest or s.sent_at > latest[key].sent_at:  # type: ignore[operator]
            latest[key] = s
    return {k: s.figures for k, s in latest.items()}


def all_processed(database: Any, count: int) -> bool:
    """Whether `count` messages are recorded and every one of them processed."""
    rows = query(
        database,
        "SELECT count(*), sum(CASE WHEN state = 'processed' THEN 1 ELSE 0 END) FROM messages",
    )
    return rows[0][0] == count and rows[0][1] == count


def assert_once_and_current(database: Any, sent: Sequence[Sent]) -> None:
    """Every message of `sent` recorded once, and each unit and week with one current
    report: its last-sent one."""
    assert query(database, "SELECT count(DISTINCT sha256) FROM messages") == [(len(sent),)]
    currents = query(
        database,
        "SELECT unit, form, period_end, sum(is_current) FROM reports"
        " WHERE unit IS NOT NULL GROUP BY unit, form, period_end",
    )
    assert currents and all(n == 1 for *_, n in currents)
    assert current_values(database) == latest_by_unit_week(sent)


class ReportMaker:
    """Weekly reports as commune staff write them, reproducible from a seed."""

    def __init__(self, seed: int = 1, domain_tag: str = "e2e") -> None:
        self.random = random.Random(seed)
        self.units = units()
        self.tag = domain_tag
        self._serial = 0
        self._used: set[tuple[str, datetime]] = set()

    # -- reports -------------------------------------------------------------------

    def report(
        self,
        unit: Unit,
        week_end: date,
        *,
        attachment: bool = False,
        resend: bool = False,
        late: bool = False,
    ) -> Sent:
        """One weekly_propaganda report of `unit` for the week ending `week_end`."""
        figures = self.figures()
        when = self.send_time(unit, week_end, late)
        subject = self.subject(unit, week_end, resend)
        if attachment:
            body = f"{unit.name} gửi báo cáo tuần (file đính kèm).\n"
            m = self.message(unit, subject, when, body)
            m.add_attachment(
                self.sheet(unit, figures),
                maintype=XLSX_TYPE[0],
                subtype=XLSX_TYPE[1],
                filename=f"BC tuan {unit.short}.xlsx",
            )
        else:
            m = self.message(unit, subject, when, self.body(unit, figures, resend))
        return Sent(m.as_bytes(), unit.id, week_end, when, figures, attachment)

    def figures(self) -> dict[str, int]:
        r = self.random
        return {
            "items": r.randint(2, 30),
            "minutes": r.choice([15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 120, 150]),
            "broadcasts": r.randint(6, 90),
            "listeners": r.randint(5, 500) * 100,
        }

    def send_time(self, unit: Unit, week_end: date, late: bool) -> datetime:
        """Mon 07:00 to Thu 15:00 of the week (Fri morning when late); never twice the same."""
        while True:
            if late:
                day, hour = week_end + timedelta(days=1), self.random.randint(7, 10)
            else:
                day = week_end - timedelta(days=self.random.randint(0, 3))
                hour = self.random.randint(7, 14)
            moment = datetime.combine(day, time(hour, self.random.randint(0, 59)), tzinfo=ICT)
            if (unit.id, moment) not in self._used:
                self._used.add((unit.id, moment))
                return moment

    def subject(self, unit: Unit, week_end: date, resend: bool) -> str:
        start = week_end - timedelta(days=6)
        choices = [
            f"Báo cáo kết quả tuyên truyền tuần - {unit.short}",
            f"bao cao tuan {unit.aliases[1] if len(unit.aliases) > 1 else unit.short}",
            f"Báo cáo tuyên truyền tuần ({start:%d/%m}-{week_end:%d/%m/%Y}) - {unit.short}",
            f"V/v báo cáo kết quả tuyên truyền tuần từ ngày {start:%d/%m} "
            f"đến ngày {week_end:%d/%m/%Y}",
            "Re: Báo cáo kết quả tuyên truyền tuần",
        ]
        text = self.random.choice(choices)
        return f"{text} (gửi lại)" if resend else text

    def body(self, unit: Unit, figures: dict[str, int], resend: bool) -> str:
        lines = self.random.choice([self._lines_vn, self._lines_ascii, self._lines_dashed])(figures)
        opening = (
            "Em xin gửi lại số liệu đã sửa, thay cho thư trước ạ:\n"
            if resend
            else f"{unit.name} báo cáo kết quả tuyên truyền tuần như sau:\n"
        )
        closing = self.random.choice(["\nTrân trọng!\n", "\nTrân trọng báo cáo!\n", ""])
        greeting = self.random.choice(["Kính gửi: Phòng Văn hóa và Thông tin huyện\n\n", ""])
        return greeting + opening + lines + closing

    def _lines_vn(self, f: dict[str, int]) -> str:
        return (
            f"Số tin, bài: {f['items']}\n"
            f"Thời lượng: {duration(f['minutes'])}\n"
            f"Số lượt phát sóng: {f['broadcasts']}\n"
            f"Ước số người nghe: {thousands(f['listeners'])}\n"
        )

    def _lines_ascii(self, f: dict[str, int]) -> str:
        return (
            f"so tin bai: {f['items']}\n"
            f"thoi luong: {f['minutes']} phut\n"
            f"so luot phat song: {f['broadcasts']}\n"
            f"uoc so nguoi nghe: {thousands(f['listeners'])}\n"
        )

    def _lines_dashed(self, f: dict[str, int]) -> str:
        return (
            f"- Số tin, bài: {f['items']} tin, bài\n"
            f"- Độ dài: {duration(f['minutes'])}\n"
            f"- Số lần phát sóng: {f['broadcasts']} lần\n"
            f"- Ước số lượng người nghe: {thousands(f['listeners'])} người\n"
        )

    def sheet(self, unit: Unit, figures: dict[str, int]) -> bytes:
        book = Workbook()
        ws = book.active
        ws.title = "Báo cáo"
        ws.append(WEEKLY_HEADER)
        ws.append([1, unit.name, *(figures[k] for k in FIELDS)])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    # -- mail that is not a report -------------------------------------------------

    def auto_reply(self, unit: Unit, when: datetime) -> Sent:
        m = self.message(
            unit,
            "Trả lời tự động: Nhắc báo cáo tuần",
            when,
            f"Tôi đang đi công tác đến hết ngày {when + timedelta(days=3):%d/%m/%Y}. Xin cảm ơn.\n",
        )
        m["Auto-Submitted"] = "auto-replied"
        return Sent(m.as_bytes(), sent_at=when)

    def question(self, unit: Unit, when: datetime) -> Sent:
        body = "Cho em hỏi mẫu báo cáo tuần này vẫn như tuần trước ạ?\nEm cảm ơn.\n"
        return Sent(self.message(unit, "Hỏi mẫu báo cáo", when, body).as_bytes(), sent_at=when)

    def bounce(self, when: datetime) -> Sent:
        m = EmailMessage()
        m["From"] = "Mail Delivery System <MAILER-DAEMON@laichau.gov.vn>"
        m["To"] = OFFICE
        m["Subject"] = "Undelivered Mail Returned to Sender"
        m["Date"] = format_datetime(when)
        m["Message-ID"] = self.message_id("laichau.gov.vn")
        m.set_content(
            "This is the mail system at host mail.laichau.gov.vn.\n\n"
            "<vhxh.nungnang@laichau.gov.vn>: mailbox unavailable\n"
        )
        return Sent(m.as_bytes(), sent_at=when)

    def non_report(self, when: datetime) -> Sent:
        unit = self.random.choice(self.units)
        kind = self.random.choice(["auto_reply", "question", "bounce"])
        if kind == "bounce":
            return self.bounce(when)
        return self.auto_reply(unit, when) if kind == "auto_reply" else self.question(unit, when)

    # -- plumbing ------------------------------------------------------------------

    def message(self, unit: Unit, subject: str, when: datetime, body: str) -> EmailMessage:
        m = EmailMessage()
        sender = self.random.choice(unit.emails)
        m["From"] = f"{self.random.choice([unit.name, *unit.aliases])} <{sender}>"
        m["To"] = OFFICE
        m["Subject"] = subject
        m["Date"] = format_datetime(when)
        m["Message-ID"] = self.message_id(sender.split("@")[1])
        m.set_content(body)
        return m

    def message_id(self, domain: str) -> str:
        self._serial += 1
        return f"<{self.tag}.{self._serial:06d}.{self.random.getrandbits(32):08x}@{domain}>"

    # -- a whole mailbox -----------------------------------------------------------

    def backlog(
        self,
        week_ends: Sequence[date],
        total: int,
        attachment_share: float = 1 / 3,
        non_report_share: float = 0.05,
    ) -> list[Sent]:
        """About `total` messages: a report from every unit each week, then resends of
        random unit-weeks and some mail that is not a report; shuffled as a server
        would receive them (a resend may arrive before the message it replaces)."""
        slots = [(u, w) for w in week_ends for u in self.units]
        non_reports = round(total * non_report_share)
        reports = max(len(slots), total - non_reports)
        out = [self._one(u, w, attachment_share, resend=False) for u, w in slots]
        for _ in range(reports - len(slots)):
            unit, week = self.random.choice(slots)
            out.append(self._one(unit, week, attachment_share, resend=True))
        for _ in range(total - len(out)):
            week = self.random.choice(week_ends)
            when = datetime.combine(week, time(self.random.randint(7, 17)), tzinfo=ICT)
            out.append(self.non_report(when - timedelta(days=self.random.randint(0, 5))))
        self.random.shuffle(out)
        return out

    def _one(self, unit: Unit, week: date, attachment_share: float, resend: bool) -> Sent:
        return self.report(
            unit,
            week,
            attachment=self.random.random() < attachment_share,
            resend=resend,
            late=self.random.random() < 0.05,
        )


def duration(minutes: int) -> str:
    """Minutes as staff write them: "45 phút", "1 giờ 15 phút", "2 giờ"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} phút"
    return f"{hours} giờ {rest} phút" if rest else f"{hours} giờ"


def thousands(n: int) -> str:
    """2000 -> "2.000" (the Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


_NOW = re.compile(r"^DEMO_NOW\s*:?=\s*(\S+)\s*$", re.M)


def makefile_demo_now() -> str:
    """The --now the Makefile's demo target passes (its DEMO_NOW variable)."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    demo_target = re.search(r"^demo:.*?(?=^\S|\Z)", makefile, re.M | re.S)
    assert demo_target, "no demo target in the Makefile"
    now = re.search(r"--now\s+(\S+)", demo_target[0])
    assert now, "the demo target passes no --now"
    value = now[1]
    if value.startswith("$("):
        variable = _NOW.search(makefile)
        assert variable and value == "$(DEMO_NOW)", f"cannot resolve {value}"
        return variable[1]
    return value


def wait_for(condition, timeout: float, what: str) -> None:
    """Until `condition()` holds; an AssertionError naming `what` after `timeout` s."""
    from time import monotonic, sleep

    deadline = monotonic() + timeout
    while monotonic() < deadline:
        if condition():
            return
        sleep(0.05)
    raise AssertionError(f"timed out waiting until {what}")
