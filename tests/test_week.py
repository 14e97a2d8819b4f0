"""The district's week on a simulated clock, against the real Dovecot and SMTP receiver.

The daemon is run as cron would run it (`run_daemon.py --once --now TIME`) at the
moments that matter: the reminder times, the deadline, the send time, the days after.
What is checked is what the office and the units see: the mail that goes out, the
workbook and the Word report, and what the clerk's commands say.
"""

from __future__ import annotations

import email
import email.policy
import io
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import docx
import pytest

from tests.fixtures_imap import ImapAccount
from tests.fixtures_pg import Database
from tests.fixtures_smtp import Receiver
from tests.helpers_e2e import (
    OFFICE,
    REPO,
    imap_section,
    intake_cli,
    read_table,
    units,
    write_config,
)

pytestmark = pytest.mark.servers

ICT = timezone(timedelta(hours=7))
TO = ("lanhdao.tamduong@laichau.gov.vn",)
CC = ("stttt@laichau.gov.vn",)
STAFF = "chuyenvien.tamduong@laichau.gov.vn"
BOSS = "truongphong.tamduong@laichau.gov.vn"
WEEK, NEXT = "2021-02-04", "2021-02-11"
ON_TIME = [
    "tt_tam_duong",
    "then_sin",
    "ta_leng",
    "giang_ma",
    "ho_thau",
    "binh_lu",
    "ban_hon",
    "ban_bo",
    "dai_th_th",
]
HELD = "ban_giang"  # sends no listeners: held, then accepted by the clerk
LATE = "son_binh"  # reports on Friday morning
MISSING = ["nung_nang", "na_tam", "khun_ha"]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2021, 2, day, hour, minute, tzinfo=ICT)


def report(
    unit: str,
    sent: datetime,
    items: int,
    *,
    listeners: bool = True,
    subject: str = "Báo cáo tuần",
    body_prefix: str = "",
) -> EmailMessage:
    address = {u.id: u.emails[0] for u in units()}[unit]
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = address, OFFICE, subject
    m["Date"], m["Message-ID"] = format_datetime(sent), make_msgid(domain="laichau.gov.vn")
    lines = [f"Số tin, bài: {items}", "Thời lượng: 45 phút", "Số lần phát sóng: 15"]
    lines += ["Ước số người nghe: 1.000"] if listeners else []
    m.set_content(body_prefix + "\n".join(lines) + "\n")
    return m


def bounce_of(original: EmailMessage) -> EmailMessage:
    """A delivery-status notification (multipart/report) that carries a report back."""
    raw = (
        (
            "From: Mail Delivery System <MAILER-DAEMON@laichau.gov.vn>\n"
            f"To: {OFFICE}\nSubject: Undelivered Mail Returned to Sender\n"
            f"Date: {format_datetime(at(4, 8, 50))}\n"
            f"Message-ID: {make_msgid(domain='laichau.gov.vn')}\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
            "--B\nContent-Type: text/plain\n\nThis is the mail system at mail.laichau.gov.vn.\n"
            "--B\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mail.laichau.gov.vn\n"
            "\nFinal-Recipient: rfc822; x@y.vn\nAction: failed\nStatus: 5.1.1\n"
            "--B\nContent-Type: message/rfc822\n\n"
        ).encode()
        + original.as_bytes()
        + b"\n--B--\n"
    )
    return email.message_from_bytes(raw, policy=email.policy.default)


# LibreOffice's PDF costs seconds and tells nothing of the store: once is enough.
FORMATS = {"sqlite": ["xlsx", "docx", "pdf"], "postgresql": ["xlsx", "docx"]}


class Week:
    """One office's installation, and the clock the tests move."""

    def __init__(
        self,
        root: Path,
        account: ImapAccount,
        receiver: Receiver,
        database: Database,
        **report: object,
    ):
        self.root, self.account, self.receiver = root, account, receiver
        self.database = database
        self.config = write_config(
            root / "intake.toml",
            mailbox=imap_section(account, root),
            smtp={
                "kind": "smtp",
                "host": receiver.host,
                "port": receiver.port,
                "security": "none",
                "sender": OFFICE,
            },
            data_dir=root,
            to=TO,
            cc=CC,
            extra={
                "report": {"formats": FORMATS[database.kind], **report},
                "storage": database.settings,
            },
        )

    def send(self, *messages: EmailMessage) -> None:
        self.account.append_many([m.as_bytes() for m in messages])

    def run(self, now: datetime) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [
                sys.executable,
                "run_daemon.py",
                "--config",
                str(self.config),
                "--once",
                "--now",
                now.isoformat(),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        return done

    def intake(self, *args: str) -> str:
        done = intake_cli(*args[:1], *args[1:], "--config", str(self.config))
        assert done.returncode == 0, done.stderr
        return done.stdout

    def mail(self, kind: str) -> list[EmailMessage]:
        return [m.message() for m in self.receiver.of(kind)]

    def recipients(self, kind: str) -> list[str]:
        return sorted(a for m in self.receiver.of(kind) for a in m.rcpt_tos)


def addresses(unit_ids: list[str]) -> list[str]:
    return sorted(e for u in units() if u.id in unit_ids for e in u.emails)


def attachment(message: EmailMessage, suffix: str) -> bytes:
    [part] = [p for p in message.iter_attachments() if p.get_filename().endswith(suffix)]
    return part.get_content()


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def sqlite(tmp_path: Path) -> Database:
    """The approval paths are the publication's, not the store's: SQLite is enough (the
    district's week runs on both databases)."""
    return Database("sqlite", tmp_path / "data" / "intake.sqlite")


@pytest.fixture
def week(
    tmp_path: Path, imap_account: ImapAccount, smtp_receiver: Receiver, database: Database
) -> Week:
    return Week(tmp_path, imap_account, smtp_receiver, database)


def test_a_week_of_the_district(week: Week) -> None:
    """GIVEN fourteen units and a Thursday 16:00 deadline
    WHEN the week goes by: reminders, reports on time, one held, one late, one missing
         figure accepted by the clerk, one corrected after the report was sent
    THEN each unit hears what concerns it, once, and the reports say what happened."""
    everyone = [u.id for u in units()]

    # Wednesday 15:01: the first reminder goes to every unit.
    week.run(at(3, 15, 1))
    assert week.recipients("reminder") == addresses(everyone)
    reminder = week.mail("reminder")[0]
    assert "16 giờ 00, thứ Năm ngày 04/02/2021" in reminder.get_content()

    # Thursday morning: nine reports, one without its listeners, an auto-reply, a bounce.
    reports = [report(u, at(4, 8, n), 5 + n) for n, u in enumerate(ON_TIME)]
    held = report(HELD, at(4, 8, 30), 6, listeners=False)
    auto = report("na_tam", at(4, 8, 40), 1, subject="Trả lời tự động: Nhắc báo cáo")
    auto.replace_header("Subject", "Trả lời tự động: Nhắc báo cáo tuần")
    auto["Auto-Submitted"] = "auto-replied"
    week.send(*reports, held, auto, bounce_of(reports[0]))
    week.run(at(4, 9, 5))
    reminded = week.receiver.of("reminder")[len(everyone) :]
    assert sorted(a for m in reminded for a in m.rcpt_tos) == addresses([LATE, *MISSING])

    # Each report is answered, threaded; the auto-reply and the bounce are not.
    acks = week.mail("ack")
    assert sorted(str(a["In-Reply-To"]) for a in acks) == sorted(
        m["Message-ID"] for m in [*reports, held]
    )
    [held_ack] = [a for a in acks if a["In-Reply-To"] == held["Message-ID"]]
    assert "Thiếu số liệu: Ước số người nghe" in held_ack.get_content()

    # Later runs and a restart send no second reminder for the slot.
    sent = len(week.receiver.messages)
    week.run(at(4, 9, 30))
    week.run(at(4, 15, 0))
    assert len(week.receiver.messages) == sent

    # 16:31: the report goes, with the held and missing units shown as such.
    week.run(at(4, 16, 31))
    [summary] = week.mail("summary")
    table = read_table(attachment(summary, ".xlsx"), "weekly_propaganda")
    names = {u.id: u.name for u in units()}
    assert {table.statuses[names[u]] for u in ON_TIME} == {"Đúng hạn"}
    assert table.statuses[names[HELD]] == "Chờ kiểm tra"
    assert {table.statuses[names[u]] for u in [LATE, *MISSING]} == {"Chưa báo cáo"}
    expected_items = sum(5 + n for n in range(len(ON_TIME)))
    assert table.totals["items"] == expected_items
    text = docx_text(attachment(summary, ".docx"))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert all(names[u] in text for u in MISSING)
    assert str(expected_items) in text
    if "pdf" in FORMATS[week.database.kind]:
        assert attachment(summary, ".pdf")[:4] == b"%PDF"

    # The clerk accepts the held report with the figure the commune gave by phone.
    queue = week.intake("review", "list")
    [held_id] = [line.split()[0] for line in queue.splitlines() if names[HELD] in line]
    week.intake(
        "review",
        "accept",
        held_id,
        "--set",
        "listeners=1.200",
        "--by",
        "Nguyễn Quang Sang",
        "--now",
        at(5, 8).isoformat(),
    )

    # Friday: a late report, and Bản Bo corrects its figures after the report was sent.
    week.send(
        report(LATE, at(5, 9), 4),
        report("ban_bo", at(5, 10), 20, subject="Báo cáo tuần (gửi lại, đã sửa)"),
    )
    week.run(at(5, 10, 30))
    history = week.intake("history", "--unit", "ban_bo", "--period-end", WEEK)
    current = history.split("BẢN HIỆN HÀNH", 1)[1]
    assert "Số tin, bài 20" in current and history.count("\n#") == 2  # two versions

    # Next Thursday: the report lists what changed in the week already sent.
    week.send(*[report(u, at(11, 9, n), 3) for n, u in enumerate(ON_TIME)])
    week.run(at(11, 16, 31))
    summaries = week.mail("summary")
    assert len(summaries) == 2
    corrections = summaries[1].get_body(("plain",)).get_content()
    assert "điều chỉnh" in corrections.lower()
    for unit in ("ban_bo", HELD, LATE):
        assert names[unit] in corrections.split("điều chỉnh", 1)[1]
    assert "Số liệu điều chỉnh" in docx_text(attachment(summaries[1], ".docx"))

    # Running again changes nothing that anyone receives.
    sent = len(week.receiver.messages)
    week.run(at(11, 16, 45))
    assert len(week.receiver.messages) == sent

    # The record is where the configuration says: the SQLite file, or the office's schema
    # on the PostgreSQL server, with ban_bo's two versions of the week.
    store = week.database.open()
    try:
        versions = [r for r in store.reports(current_only=False) if r.unit == "ban_bo"]
        assert sorted(r.is_current for r in versions) == [False, True, True]
    finally:
        store.close()


def test_a_draft_approved_by_a_reply(tmp_path, imap_account, smtp_receiver, sqlite) -> None:
    """GIVEN approval is required WHEN the report falls due THEN a draft goes to the
    district staff only, AND the approver's reply "Đồng ý" sends it to the province."""
    week = Week(
        tmp_path,
        imap_account,
        smtp_receiver,
        sqlite,
        approval="required",
        draft_to=[STAFF],
        approvers=[BOSS],
    )
    week.send(*[report(u, at(4, 8, n), 5) for n, u in enumerate(ON_TIME)])
    week.run(at(4, 16, 31))
    [draft] = week.receiver.of("summary")
    assert draft.rcpt_tos == [STAFF]
    assert draft.message()["Subject"].startswith("[Dự thảo - chờ duyệt]")

    reply = EmailMessage()
    reply["From"], reply["To"] = BOSS, OFFICE
    reply["Subject"] = "Re: " + draft.message()["Subject"]
    reply["Date"], reply["Message-ID"] = format_datetime(at(4, 17)), make_msgid()
    reply["In-Reply-To"] = draft.message()["Message-ID"]
    reply.set_content("Đồng ý, gửi Sở.\n\n> Đây là bản dự thảo.")
    week.send(reply)
    week.run(at(4, 17, 5))
    [_, final] = week.receiver.of("summary")
    assert sorted(final.rcpt_tos) == sorted([*TO, *CC])
    assert not final.message()["Subject"].startswith("[Dự thảo")
    assert not any(m.rcpt_tos == [BOSS] for m in week.receiver.of("ack"))


def test_a_draft_approved_by_the_command(tmp_path, imap_account, smtp_receiver, sqlite) -> None:
    """GIVEN a draft sent WHEN a clerk runs `intake report approve` THEN the report goes
    to the province once, and approving again is refused with a reason."""
    week = Week(
        tmp_path, imap_account, smtp_receiver, sqlite, approval="required", draft_to=[STAFF]
    )
    week.send(report("ban_bo", at(4, 8), 5))
    week.run(at(4, 16, 31))
    out = week.intake(
        "report",
        "approve",
        "--period-end",
        WEEK,
        "--by",
        "Đỗ Trọng Thi",
        "--now",
        at(4, 17).isoformat(),
    )
    assert "Đã duyệt" in out
    assert [sorted(m.rcpt_tos) for m in week.receiver.of("summary")] == [
        [STAFF],
        sorted([*TO, *CC]),
    ]
    again = intake_cli("report", "approve", "--period-end", WEEK, "--config", str(week.config))
    assert again.returncode != 0 and "không có dự thảo" in again.stderr
