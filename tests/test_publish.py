"""When the weekly report is due, and what happens when it cannot be sent."""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tests.helpers_e2e import REPO, query, read_table
from tests.mail import ICT, message

FIRST = "2021-02-04T16:31+07:00"


@pytest.fixture
def demo(tmp_path) -> Path:
    shutil.copytree(REPO / "config", tmp_path / "config")
    shutil.copytree(REPO / "demo" / "maildir", tmp_path / "demo" / "maildir")
    return tmp_path / "config" / "demo.toml"


def run(config: Path, now: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "run_daemon.py", "--config", str(config), "--once", "--now", now],
        cwd=REPO,
        capture_output=True,
        text=True,
    )


def sent(config: Path) -> list[tuple[str, str | None]]:
    database = config.parent.parent / "out" / "data" / "intake.sqlite"
    return query(
        database, "SELECT period_end, sent_at FROM publications ORDER BY period_end, version"
    )


def with_dead_smtp(config: Path) -> None:
    text = config.read_text().replace(
        'kind = "file"\ndir = "../out/sent"',
        'kind = "smtp"\nhost = "127.0.0.1"\nport = 1\nsecurity = "none"',
    )
    config.write_text(text)


def test_a_report_that_could_not_be_sent_is_sent_on_a_later_run(demo):
    """GIVEN the mail server is down at send time WHEN the daemon runs THEN it says so, keeps
    the report, AND a week later it sends both the missed report and the new one."""
    original = demo.read_text()
    with_dead_smtp(demo)
    done = run(demo, FIRST)
    assert done.returncode == 4
    assert "báo cáo kỳ kết thúc ngày 04/02/2021 đã ghi ra tệp" in done.stderr
    assert "chưa gửi được" in done.stderr and "gợi ý:" in done.stderr  # Vietnamese "hint:"
    assert sent(demo) == [("2021-02-04", None)]
    demo.write_text(original)
    assert run(demo, "2021-02-11T16:31+07:00").returncode == 0
    assert [(end, bool(at)) for end, at in sent(demo)] == [
        ("2021-02-04", True),
        ("2021-02-11", True),
    ]


def test_a_new_installation_sends_only_the_last_report(demo):
    """GIVEN a first run weeks after the mail arrived THEN only the last week is reported."""
    assert run(demo, "2021-03-04T17:00+07:00").returncode == 0
    assert [end for end, _ in sent(demo)] == ["2021-03-04"]


def test_a_new_installation_the_day_after_the_deadline_sends_that_week(demo):
    assert run(demo, "2021-02-05T09:00+07:00").returncode == 0
    assert [end for end, _ in sent(demo)] == ["2021-02-04"]


def test_nothing_is_due_before_the_send_time(demo):
    assert run(demo, "2021-02-04T16:20+07:00").returncode == 0
    assert sent(demo) == []


def test_now_without_once_is_refused_before_anything_is_written(demo):
    done = subprocess.run(
        [sys.executable, "run_daemon.py", "--config", str(demo), "--now", FIRST],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 64 and "--now phải đi cùng --once" in done.stderr  # usage
    assert not (demo.parent.parent / "out").exists()


def test_what_a_crash_left_half_written_in_the_archive_is_removed(demo):
    partial = demo.parent.parent / "out" / "data" / "archive" / ".partial"
    partial.mkdir(parents=True)
    (partial / "0123.4567").write_bytes(b"half a message")
    assert run(demo, FIRST).returncode == 0
    assert list(partial.iterdir()) == []


def correct_ban_bo(config: Path) -> None:
    """Bản Bo corrects its week's figures the next morning; the daemon reads it."""
    correction = message(
        "Em gửi lại số liệu đã sửa ạ:\nSố tin, bài: 20\nĐộ dài: 55 phút\nSố lần phát sóng: 24\n"
        "Ước số người nghe: 2.100\n",
        sender="banbo.tamduong@laichau.gov.vn",
        subject="Báo cáo tuần (sửa)",
        sent=datetime(2021, 2, 5, 9, 0, tzinfo=ICT),
    )
    new = config.parent.parent / "demo" / "maildir" / "new"
    new.mkdir(exist_ok=True)  # git keeps no empty folder: a clone's Maildir has only cur/
    (new / "fix.eml").write_bytes(correction.as_bytes())
    assert run(config, "2021-02-05T10:00+07:00").returncode == 0


def test_a_correction_after_sending_triggers_a_replacing_report_when_asked(demo):
    """GIVEN resend_corrected and a report already sent WHEN a unit corrects its figures
    THEN a version 2 of that week's report is sent, saying which report it replaces."""
    demo.write_text(
        demo.read_text().replace(
            'cc = ["stttt@laichau.gov.vn"]',
            'cc = ["stttt@laichau.gov.vn"]\nresend_corrected = true',
        )
    )
    assert run(demo, FIRST).returncode == 0
    correct_ban_bo(demo)
    assert [(end, bool(at)) for end, at in sent(demo)] == [
        ("2021-02-04", True),
        ("2021-02-04", True),
    ]
    out = demo.parent.parent / "out"
    summary = (out / "tong-hop-2021-02-04-v2.eml").read_text()
    assert (
        "thay thế"
        in email.message_from_string(summary, policy=email.policy.default)
        .get_body(("plain",))
        .get_content()
    )
    assert (
        read_table(out / "tong-hop-2021-02-04-v2.xlsx", "weekly_propaganda").totals["items"]
        == read_table(out / "tong-hop-2021-02-04.xlsx", "weekly_propaganda").totals["items"] + 12
    )
