"""Nothing lost: acknowledgments and reminders that could not be sent are sent later, once.

Each test runs the real pipeline (`run_once`, or `run_daemon.py --once` as a process of
its own) over a folder of .eml files, and sends through a real transport: the suite's
SMTP receiver, or the file transport's folder of .eml files.  A mail server that is
down is a port nothing listens on, or a folder that cannot be created; `now` is passed
explicitly, so the back-off is crossed without waiting.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from intake import outbox
from intake.app import App
from intake.pipeline import run_once
from intake.status import describe, vn_send_error
from tests.fixtures_smtp import Receiver
from tests.helpers_e2e import OFFICE, REPO, query, write_config
from tests.mail import SENT, message

NOW = SENT + timedelta(minutes=5)  # Thursday 04/02/2021 10:05, before the deadline
FULL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
SENDERS = (
    "banbo.tamduong@laichau.gov.vn",
    "thensin.tamduong@laichau.gov.vn",
    "taleng.tamduong@laichau.gov.vn",
)


def office(folder: Path, smtp: dict[str, object], reminders: bool = False) -> Path:
    """A configuration reading `folder`/mail, sending as `smtp` says, keeping data in `folder`."""
    (folder / "mail").mkdir(exist_ok=True)
    return write_config(
        folder / "intake.toml",
        mailbox={"kind": "maildir", "path": folder / "mail"},
        smtp={"sender": OFFICE, **smtp},
        data_dir=folder,
        extra={"reminders": {"enabled": reminders}},
    )


def smtp_at(port: int) -> dict[str, object]:
    return {"kind": "smtp", "host": "127.0.0.1", "port": port, "security": "none"}


def deliver(folder: Path, *senders: str) -> None:
    for sender in senders:
        mail = message(FULL, sender=sender).as_bytes()
        (folder / "mail" / f"{sender.partition('@')[0]}.eml").write_bytes(mail)


def run(config: Path, now) -> None:
    app = App.open(config)
    try:
        run_once(app, now, publish_due=False)
    finally:
        app.close()


def rows(config: Path, prefix: str = "") -> list[outbox.Sent]:
    app = App.open(config)
    try:
        return outbox.entries(app.store, prefix)
    finally:
        app.close()


def eml_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.eml")) if folder.exists() else []


# ---------------------------------------------------------------------------
# The mail server down, then back.


@pytest.mark.servers
def test_smtp_down_then_back_each_acknowledgment_arrives_once_with_its_message_id(
    tmp_path, smtp_receiver: Receiver, smtp_free_port: int
):
    """GIVEN three reports read while the SMTP server is down (reminders due too)
    WHEN the server is back and a run comes after the back-off
    THEN each acknowledgment and reminder arrives exactly once, under the Message-ID fixed
    when it was reserved, AND no run before the back-off or after the send sends more."""
    office(tmp_path, smtp_at(smtp_free_port), reminders=True)
    deliver(tmp_path, *SENDERS)
    config = tmp_path / "intake.toml"
    run(config, NOW)
    reserved = rows(config)
    acks = [r for r in reserved if r.kind == "ack"]
    assert len(acks) == 3 and len(reserved) > 3  # and the Thursday 09:00 reminders
    assert all(r.state is outbox.State.PENDING and r.attempts == 1 for r in reserved)
    assert all("connection refused" in (r.error or "") for r in reserved)

    office(tmp_path, smtp_at(smtp_receiver.port), reminders=True)  # the server is back
    run(config, NOW + timedelta(minutes=4))  # within the first wait: nothing yet
    assert smtp_receiver.messages == []
    run(config, NOW + timedelta(minutes=6))
    run(config, NOW + timedelta(hours=1))
    received = {m.message()["Message-ID"]: m for m in smtp_receiver.messages}
    assert len(smtp_receiver.messages) == len(received) == len(reserved)
    for row in reserved:
        assert received[row.message_id].rcpt_tos == list(row.recipients)
    assert sorted(received[r.message_id].rcpt_tos[0] for r in acks) == sorted(SENDERS)
    assert {r.state for r in rows(config)} == {outbox.State.SENT}


# ---------------------------------------------------------------------------
# A daemon killed between "processed" and the send.


def test_a_daemon_killed_between_processed_and_the_send_acknowledges_once(tmp_path):
    """GIVEN `run_daemon.py --once` SIGKILLed after the report is stored and before the
    acknowledgment is sent WHEN it runs again THEN the acknowledgment goes out once, under
    the Message-ID reserved with the report, AND a third run sends nothing more."""
    config = office(tmp_path, {"kind": "file", "dir": tmp_path / "sent"})
    deliver(tmp_path, SENDERS[0])
    database, sent = tmp_path / "data" / "intake.sqlite", tmp_path / "sent"
    holding = tmp_path / "holding"
    command = [sys.executable, "run_daemon.py", "--config", str(config), "--once", "--now"]
    env = {**os.environ, outbox.HOLD_BEFORE_SEND: str(holding)}
    daemon = subprocess.Popen(
        [*command, NOW.isoformat()], cwd=REPO, env=env, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 30
        while not holding.exists() and daemon.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert holding.exists(), "the daemon never reached the send"
        os.kill(daemon.pid, signal.SIGKILL)
    finally:
        daemon.kill()
        daemon.wait(timeout=10)
    assert daemon.returncode == -signal.SIGKILL
    assert query(database, "SELECT state FROM messages") == [("processed",)]
    [(key, state, message_id)] = query(database, "SELECT key, state, message_id FROM outbox")
    assert (key, state) == ("ack:message:1", "pending") and eml_files(sent) == []

    later = (NOW + timedelta(minutes=1)).isoformat()
    subprocess.run([*command, later], cwd=REPO, check=True, capture_output=True)
    subprocess.run([*command, later], cwd=REPO, check=True, capture_output=True)
    [eml] = eml_files(sent)
    ack = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert ack["Message-ID"] == message_id and ack["To"] == SENDERS[0]
    assert query(database, "SELECT state FROM outbox") == [("sent",)]


# ---------------------------------------------------------------------------
# The back-off, giving up, and what `intake status` says.


def test_a_failing_send_is_tried_after_each_wait_then_given_up(tmp_path):
    """GIVEN the file transport's folder cannot be created WHEN runs come every few minutes
    THEN the acknowledgment is tried after 5, 30, 120, 480, 480 ... minutes, AND after 48
    hours it is stale: never sent, even once the folder can be written.  (The last try is
    5 + 30 + 120 + 5 x 480 = 2555 minutes in; a sixth wait of 480 ends past 48 hours.)"""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be\n")
    config = office(tmp_path, {"kind": "file", "dir": blocked / "sent"})
    deliver(tmp_path, SENDERS[0])
    app = App.open(config)
    try:
        tries = [moment for moment in runs_every_5_minutes(app, hours=50)]
        [row] = outbox.entries(app.store)
        assert row.state is outbox.State.STALE and row.sent_at is None
        blocked.unlink()
        run_once(app, NOW + timedelta(hours=51), publish_due=False)
    finally:
        app.close()
    waits = [int((b - a).total_seconds() // 60) for a, b in zip(tries, tries[1:], strict=False)]
    assert tries[0] == NOW and waits == [5, 30, 120, 480, 480, 480, 480, 480]
    assert eml_files(blocked / "sent") == []
    assert [row.state for row in rows(config)] == [outbox.State.STALE]


def runs_every_5_minutes(app: App, hours: int):
    """Run every five minutes from NOW for `hours`; yield the moments the outbox tried."""
    moment, tried = NOW, 0
    while moment < NOW + timedelta(hours=hours):
        run_once(app, moment, publish_due=False)
        attempts = sum(r.attempts for r in outbox.entries(app.store))
        if attempts > tried:
            yield moment
        tried, moment = attempts, moment + timedelta(minutes=5)


def test_status_counts_the_waiting_and_the_stale_and_says_the_last_error(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("")
    config = office(tmp_path, {"kind": "file", "dir": blocked / "sent"})
    deliver(tmp_path, *SENDERS[:2])
    run(config, NOW)
    deliver(tmp_path, SENDERS[2])  # later, when the first two have gone stale
    later = NOW + timedelta(hours=49)
    run(config, later)
    app = App.open(config)
    try:
        text = describe(app, later)
    finally:
        app.close()
    assert (
        "Thư báo nhận, thư nhắc chưa gửi được: 1 thư đang chờ gửi lại,"
        " 2 thư đã bỏ (quá 48 giờ không gửi được)" in text
    )
    assert "Lỗi gần nhất (11:05 06/02/2021): không ghi được thư vào thư mục gửi." in text
    assert f"Chi tiết: {blocked / 'sent'}: cannot write" in text


def test_status_says_nothing_of_the_outbox_when_all_went(tmp_path):
    config = office(tmp_path, {"kind": "file", "dir": tmp_path / "sent"})
    deliver(tmp_path, SENDERS[0])
    run(config, NOW)
    app = App.open(config)
    try:
        assert "chưa gửi được" not in describe(app, NOW)
    finally:
        app.close()


@pytest.mark.parametrize(
    "error, words",
    [
        ("127.0.0.1:1: connection refused (is the server running?)", "không kết nối được"),
        ("smtp.vn:587: login refused for a@b.vn (535 bad)", "từ chối đăng nhập"),
        ("smtp.vn:25: every recipient refused: x@y.vn (550 no)", "từ chối địa chỉ người nhận"),
        ("smtp.vn:25: no answer while sending (timed out)", "không trả lời"),
        ("smtp.vn:25: something new", "không gửi được thư"),
    ],
)
def test_a_send_error_is_worded_for_the_clerk(error, words):
    assert words in vn_send_error(error)


def test_the_waits_follow_the_configuration_and_the_last_one_repeats():
    waits = [outbox.wait((5, 30, 120, 480), n) for n in range(1, 7)]
    assert [int(w.total_seconds() // 60) for w in waits] == [5, 30, 120, 480, 480, 480]
    assert outbox.wait((), 3) == timedelta(0)
