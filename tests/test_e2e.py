"""The whole product, end to end: the real command against the real servers.

Each test writes a configuration into its tmp folder ([mailbox] the test Dovecot,
[smtp] the aiosmtpd receiver, storage and output under tmp, the repository's unit
directory and forms) and runs `run_daemon.py --config ... --once --now ...` as a
subprocess, as cron would.  What it checks is what an office sees: the workbook, the
summary email, `intake export`, and the database file read from outside.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from intake.mime import read_headers
from tests.fixtures_imap import ImapAccount
from tests.fixtures_pg import Database
from tests.fixtures_smtp import Receiver
from tests.helpers_e2e import (
    DEMO_EXPECTED,
    OFFICE,
    ReportMaker,
    all_processed,
    assert_once_and_current,
    count,
    current_values,
    demo_messages,
    expected_statuses,
    imap_section,
    intake_cli,
    latest_by_unit_week,
    query,
    read_table,
    run_daemon,
    run_ok,
    start_daemon,
    table_counts,
    week_ends,
    write_config,
)
from tests.servers import Dovecot

pytestmark = pytest.mark.servers

EXPECTED = json.loads(DEMO_EXPECTED.read_text(encoding="utf-8"))
PERIOD_END = EXPECTED["period_end"]
TO = ("vanhoa.tamduong@laichau.gov.vn", "lanhdao.tamduong@laichau.gov.vn")
CC = ("stttt@laichau.gov.vn",)
KILL_AFTER = 60  # messages recorded before the first run is killed


@dataclass(frozen=True)
class Office:
    """One office's installation in a tmp folder: its config, database and output."""

    config: Path
    root: Path
    store: Database | None = None  # unset: the SQLite file under root

    @property
    def database(self) -> Database | Path:
        return self.store or self.root / "data" / "intake.sqlite"

    @property
    def output(self) -> Path:
        return self.root / "out"

    def workbook(self) -> Path:
        [xlsx] = sorted(self.output.glob("*.xlsx"))
        return xlsx


def make_office(
    root: Path,
    account: ImapAccount,
    receiver: Receiver,
    password=None,
    database: Database | None = None,
) -> Office:
    config = write_config(
        root / "intake.toml",
        mailbox=imap_section(account, root, password),
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
        extra={"storage": database.settings} if database else None,
    )
    return Office(config, root, database)


@pytest.fixture
def office(imap_account: ImapAccount, smtp_receiver: Receiver, tmp_path: Path) -> Office:
    return make_office(tmp_path, imap_account, smtp_receiver)


@pytest.fixture
def office_on_both(
    imap_account: ImapAccount, smtp_receiver: Receiver, tmp_path: Path, database: Database
) -> Office:
    """An office on SQLite, then on PostgreSQL."""
    return make_office(tmp_path, imap_account, smtp_receiver, database=database)


def weekly_totals(xlsx: Path | bytes) -> dict:
    return read_table(xlsx, "weekly_propaganda").totals


# -- the demo week through IMAP and SMTP -------------------------------------------------


def test_demo_week_gives_expected_workbook_email_and_export(
    imap_account: ImapAccount, smtp_receiver: Receiver, office_on_both: Office
) -> None:
    """GIVEN the demo's 18 messages in an IMAP mailbox
    WHEN run_daemon.py --once runs at the demo's time
    THEN the workbook, the emailed workbook and `intake export` match demo/expected.json."""
    imap_account.append_many(demo_messages())

    run_ok(office_on_both.config)

    table = read_table(office_on_both.workbook(), "weekly_propaganda")
    assert table.totals == EXPECTED["weekly_propaganda"]["totals"]
    assert table.statuses == expected_statuses(EXPECTED["weekly_propaganda"])
    social = read_table(office_on_both.workbook(), "social_media")
    assert social.totals == EXPECTED["social_media"]["totals"]

    [mail] = smtp_receiver.wait_for(1, kind="summary")
    assert sorted(mail.rcpt_tos) == sorted([*TO, *CC])
    acks = smtp_receiver.of("ack")
    assert len(acks) == EXPECTED["report_messages"]  # one reply per report, none to the rest
    assert all(a.message()["In-Reply-To"] for a in acks)
    message = mail.message()
    assert message["From"].addresses[0].addr_spec == OFFICE
    assert [a.addr_spec for a in message["To"].addresses] == list(TO)
    assert [a.addr_spec for a in message["Cc"].addresses] == list(CC)
    attachments = {p.get_filename().rsplit(".", 1)[1]: p for p in message.iter_attachments()}
    assert sorted(attachments) == ["docx", "xlsx"]  # config.report.formats, by default
    assert (
        weekly_totals(attachments["xlsx"].get_content()) == EXPECTED["weekly_propaganda"]["totals"]
    )

    exported = intake_cli("export", "--config", str(office_on_both.config), "--format", "json")
    assert exported.returncode == 0, exported.stderr
    rows = json.loads(exported.stdout)
    keys = [(r["unit"], r["form"], r["period_end"]) for r in rows]
    assert len(keys) == len(set(keys)), "more than one current record for a unit/form/week"
    stored = query(
        office_on_both.database,
        "SELECT DISTINCT unit, form, period_end FROM reports WHERE unit IS NOT NULL",
    )
    assert set(keys) == set(stored)
    accepted = [r for r in rows if r["form"] == "weekly_propaganda" and r["status"] == "accepted"]
    summed = {k: sum(r["values"][k] for r in accepted) for k in table.totals}
    assert summed == EXPECTED["weekly_propaganda"]["totals"]


def test_second_run_changes_nothing(
    imap_account: ImapAccount, smtp_receiver: Receiver, office: Office
) -> None:
    """GIVEN the demo week processed and its report sent
    WHEN run_daemon.py --once runs again
    THEN no message or report is added, no second email is sent, the workbook is the same."""
    imap_account.append_many(demo_messages())
    run_ok(office.config)
    smtp_receiver.wait_for(1, kind="summary")
    before = table_counts(office.database)
    sent = len(smtp_receiver.messages)
    workbook = office.workbook().read_bytes()

    run_ok(office.config)

    assert table_counts(office.database) == before
    assert len(smtp_receiver.messages) == sent  # sending is over when the command returns
    assert office.workbook().read_bytes() == workbook
    assert weekly_totals(office.workbook()) == EXPECTED["weekly_propaganda"]["totals"]


# -- crashes and server changes ------------------------------------------------------------


def _wait_for_messages(
    database: Database | Path, process, at_least: int, timeout: float = 30
) -> int:
    """Poll the database (read-only) until `at_least` messages are recorded."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        try:
            recorded = count(database, "messages")
        except sqlite3.OperationalError:  # not created, or not migrated yet
            recorded = 0
        if recorded >= at_least:
            return recorded
        time.sleep(0.005)
    raise AssertionError(f"the daemon ended or stalled before {at_least} messages were recorded")


def test_killed_half_way_then_rerun_records_every_message_once(
    imap_account: ImapAccount, smtp_receiver: Receiver, office: Office
) -> None:
    """GIVEN ~300 messages in IMAP: reports, resends for the same unit and week, in random
    order, and some mail that is not a report
    WHEN the first run is SIGKILLed half-way and the daemon runs again, then a third time
    THEN every message is recorded once, processed, and each unit-week's current report
    is its last-sent one; the third run changes nothing."""
    sent = ReportMaker(seed=7).backlog(
        week_ends(date(2021, 1, 28), 5), total=300, attachment_share=0.1
    )
    imap_account.append_many([s.data for s in sent])

    process = start_daemon(office.config)
    try:
        recorded = _wait_for_messages(office.database, process, KILL_AFTER)
    finally:
        process.kill()  # SIGKILL: no cleanup, as after a power cut
        process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert recorded < len(sent), "the first run finished before it could be killed"

    run_ok(office.config)

    db = office.database
    assert count(db, "messages") == len(sent)
    ids = {mid for (mid,) in query(db, "SELECT message_id FROM messages")}
    assert ids == {read_headers(s.data)["message-id"] for s in sent}
    assert all_processed(db, len(sent))
    assert_once_and_current(db, sent)
    assert len(smtp_receiver.wait_for(1, kind="summary")) == 1
    assert len(smtp_receiver.of("summary")) == 1

    before, values = table_counts(db), current_values(db)
    sent = len(smtp_receiver.messages)
    run_ok(office.config)
    assert (table_counts(db), current_values(db)) == (before, values)
    assert len(smtp_receiver.messages) == sent


def _report_without_message_id() -> bytes:
    """A report of an earlier week whose mail program wrote no Message-ID."""
    maker = ReportMaker(seed=11, domain_tag="nomsgid")
    data = maker.report(maker.units[2], date(2021, 1, 28)).data
    head, body = data.split(b"\n\n", 1)
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"message-id:")]
    return b"\n".join(lines) + b"\n\n" + body


@pytest.mark.parametrize("change", ["restart", "reset_uidvalidity"])
def test_server_restart_or_new_uidvalidity_between_runs_adds_nothing(
    dovecot: Dovecot, imap_account: ImapAccount, office: Office, change: str
) -> None:
    """GIVEN a processed mailbox (one message without a Message-ID)
    WHEN Dovecot restarts, or renumbers the folder (new UIDVALIDITY), before the next run
    THEN the next run records no new message and no new report."""
    imap_account.append_many([*demo_messages(), _report_without_message_id()])
    run_ok(office.config)
    before = table_counts(office.database)
    assert before["messages"] == 19

    if change == "restart":
        dovecot.restart()
    else:
        dovecot.reset_uidvalidity(imap_account.username)

    run_ok(office.config)

    after = table_counts(office.database)
    assert {k: v for k, v in after.items() if k != "mailbox_items"} == {
        k: v for k, v in before.items() if k != "mailbox_items"
    }
    validities = query(
        office.database, "SELECT uidvalidity, count(*) FROM mailbox_items GROUP BY 1"
    )
    if change == "restart":
        assert after["mailbox_items"] == before["mailbox_items"]
        assert len(validities) == 1
    else:  # every message linked under the new UIDVALIDITY, none archived again
        assert sorted(n for _, n in validities) == [19, 19]


def test_every_unit_reporting_by_spreadsheet_is_recognised(
    imap_account: ImapAccount, office: Office
) -> None:
    """GIVEN one report per unit of the directory, each an xlsx with the unit's name
    WHEN run_daemon.py --once runs
    THEN every report is accepted, under its unit, with the figures of its sheet."""
    maker = ReportMaker(seed=5)
    sent = [maker.report(unit, date(2021, 1, 28), attachment=True) for unit in maker.units]
    imap_account.append_many([s.data for s in sent])

    run_ok(office.config)

    held = query(
        office.database,
        "SELECT m.sender, r.problems FROM reports r JOIN messages m ON m.id = r.message"
        " WHERE r.status != 'accepted'",
    )
    assert held == []
    assert current_values(office.database) == latest_by_unit_week(sent)


def test_wrong_imap_password_fails_with_one_line_and_writes_nothing(
    imap_account: ImapAccount, smtp_receiver: Receiver, tmp_path: Path
) -> None:
    """GIVEN a configuration with a wrong IMAP password and mail waiting
    WHEN run_daemon.py --once runs
    THEN it exits non-zero with one "lỗi: ..." line naming the failed login, without
    the password, and nothing is stored or sent."""
    imap_account.append_many(demo_messages())
    wrong = "sai-Mat-khau-" + imap_account.password[::-1]
    office = make_office(tmp_path, imap_account, smtp_receiver, password=wrong)

    done = run_daemon(office.config)

    assert done.returncode == 3  # MailboxError's exit code
    errors = [line for line in done.stderr.splitlines() if line.startswith("lỗi:")]
    assert len(errors) == 1, done.stderr
    assert "từ chối đăng nhập" in errors[0] and imap_account.username in errors[0]
    assert wrong not in done.stderr and imap_account.password not in done.stderr
    assert "Traceback" not in done.stderr
    for table in ("messages", "mailbox_items", "reports", "publications", "events", "state"):
        assert count(office.database, table) == 0, table
    assert not [p for p in (tmp_path / "data" / "archive").rglob("*") if p.is_file()]
    assert not list(office.output.glob("*.xlsx"))
    assert smtp_receiver.messages == []
