"""Faults an administrator must see (issue 10, item 8), against the real Dovecot and SMTP
receiver: a refused login backs off and is shown and mailed once; SIGTERM stops the
daemon within a second, even in IDLE."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta

import pytest
from loguru import logger

from intake import alerts, daemon
from intake.app import App
from intake.errors import MailboxError
from intake.fetch import LoginRefused
from intake.fetch.imap import ImapSource
from tests.helpers_e2e import REPO, count, imap_section, query, write_config
from tests.mail import ICT, message
from tests.servers import free_port

pytestmark = pytest.mark.servers

WEDNESDAY = datetime(2021, 2, 3, 9, 0, tzinfo=ICT)  # nothing due
ADMIN = "qt@tinh.gov.vn"


def office(tmp_path, imap_account, smtp_receiver, password=None, alerts_to=(ADMIN,)):
    mailbox = imap_section(imap_account, tmp_path, password) | {"poll_seconds": 5}
    smtp = {
        "kind": "smtp",
        "host": smtp_receiver.host,
        "port": smtp_receiver.port,
        "security": "none",
        "sender": "sangnq.tamduong@laichau.gov.vn",
    }
    extra = {"alerts": {"to": list(alerts_to)}}
    return write_config(
        tmp_path / "office.toml", mailbox=mailbox, smtp=smtp, data_dir=tmp_path, extra=extra
    )


class Serving(threading.Thread):
    """daemon.serve in a thread with its own App, and the daemon's log lines."""

    def __init__(self, config, clock=lambda: WEDNESDAY) -> None:
        super().__init__()
        self.config, self.clock, self.stopping = config, clock, threading.Event()
        self.log: list[str] = []

    def run(self) -> None:
        sink = logger.add(lambda m: self.log.append(f"{m.record['level'].name} {m}"))
        app = App.open(self.config)
        try:
            daemon.serve(app, self.clock, self.stopping)
        finally:
            app.close()
            logger.remove(sink)

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=10)
        assert not self.is_alive()


def alert_mails(receiver):
    """The mails to the administrator (the units' acknowledgments left out)."""
    return [m for m in receiver.messages if m.rcpt_tos == [ADMIN]]


def wait_until(condition, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_refused_login_is_a_login_refused_not_a_network_error(imap_account, tmp_path):
    """GIVEN a wrong password WHEN fetching THEN LoginRefused (a MailboxError) naming the
    [mailbox] keys; GIVEN nothing listening THEN a MailboxError that is not LoginRefused."""
    source = ImapSource(imap_account.config(tmp_path))
    (tmp_path / f"{imap_account.username}.password").write_text("sai-mat-khau\n")
    with pytest.raises(LoginRefused) as refused:
        list(source.fetch_new(ledger=_NoLedger()))
    assert "[mailbox] username" in (refused.value.hint or "")
    nowhere = ImapSource(imap_account.config(tmp_path, port=free_port()))
    with pytest.raises(MailboxError) as down:
        list(nowhere.fetch_new(ledger=_NoLedger()))
    assert not isinstance(down.value, LoginRefused)


def test_a_wrong_password_backs_off_logs_an_error_and_mails_the_administrator_once(
    imap_account, smtp_receiver, tmp_path, monkeypatch
):
    """GIVEN a daemon whose IMAP password is wrong WHEN the server refuses it three times
    THEN it waits LOGIN_RETRY_SECONDS (no fourth try), logs at ERROR naming [mailbox],
    `status` shows since when, how often and the error, and [alerts] to gets one mail;
    WHEN the password is fixed THEN one more mail says the mailbox works again."""
    config = office(tmp_path, imap_account, smtp_receiver, password="sai-mat-khau")
    monkeypatch.setattr(daemon, "backoff_delays", lambda: iter([0.1] * 100))
    monkeypatch.setattr(daemon, "LOGIN_RETRY_SECONDS", 3)
    database = tmp_path / "data" / "intake.sqlite"
    runner = Serving(config)
    runner.start()
    try:
        assert wait_until(lambda: alert_mails(smtp_receiver))
        [alert] = alert_mails(smtp_receiver)
        assert wait_until(lambda: any(line.startswith("ERROR") for line in runner.log))
        errors = [line for line in runner.log if line.startswith("ERROR")]
        assert len(errors) == 1 and "refused the login 3 times" in errors[0]
        assert "[mailbox] username" in errors[0] and "password_file" in errors[0]
        time.sleep(1)  # within LOGIN_RETRY_SECONDS: no other try, no other mail
        assert not [line for line in runner.log if line.startswith("ERROR")][1:]
        assert len(smtp_receiver.messages) == 1

        mail = alert.message()
        assert "từ chối đăng nhập" in mail["Subject"]
        body = mail.get_body(("plain",)).get_content()
        assert "password_file" in body and "[mailbox]" in body and "3 lần thử" in body

        app = App.open(config)
        try:
            failure = alerts.mailbox_health(app.store)
            lines = "\n".join(alerts.status_lines(app))
        finally:
            app.close()
        assert failure is not None and failure.count == 3 and failure.alerted
        assert failure.since == WEDNESDAY and "login failed" in failure.last_error
        assert "LỖI HỘP THƯ từ 09:00 03/02/2021, 3 lần" in lines and "login failed" in lines

        imap_section(imap_account, tmp_path)  # the administrator fixes the password file
        imap_account.append(message("Số tin, bài: 4\nSố lần phát sóng: 2").as_bytes())
        assert wait_until(lambda: len(alert_mails(smtp_receiver)) == 2)
        assert wait_until(lambda: count(database, "messages") == 1)
    finally:
        runner.stop()
    [_, cleared] = alert_mails(smtp_receiver)
    assert "hoạt động lại" in cleared.message()["Subject"]
    kinds = [k for (k,) in query(database, "SELECT kind FROM events WHERE kind LIKE 'mailbox.%'")]
    assert kinds == ["mailbox.failing", "mailbox.recovered"]
    assert query(database, "SELECT value FROM state WHERE key = 'mailbox_failure'") == [("",)]


def test_an_alert_the_smtp_server_refused_is_sent_at_a_later_try(
    imap_account, smtp_receiver, tmp_path, monkeypatch
):
    """GIVEN a refused login and an SMTP server that refuses the alert WHEN the daemon
    tries the mailbox again after [outbox] retry_minutes THEN the alert goes, once."""
    config = office(tmp_path, imap_account, smtp_receiver, password="sai-mat-khau")
    monkeypatch.setattr(daemon, "backoff_delays", lambda: iter([0.1] * 100))
    monkeypatch.setattr(daemon, "LOGIN_RETRY_SECONDS", 0.3)
    smtp_receiver.refuse.add(ADMIN)
    now = [WEDNESDAY]
    runner = Serving(config, clock=lambda: now[0])
    runner.start()
    try:
        assert wait_until(lambda: any(line.startswith("ERROR") for line in runner.log))
        time.sleep(1)  # tries every 0.3 s: the alert is not due again yet
        smtp_receiver.refuse.clear()
        assert alert_mails(smtp_receiver) == []
        now[0] = WEDNESDAY + timedelta(minutes=6)  # past the first wait of retry_minutes
        assert wait_until(lambda: alert_mails(smtp_receiver), timeout=10)
        time.sleep(1)
    finally:
        runner.stop()
    [alert] = alert_mails(smtp_receiver)
    assert "từ chối đăng nhập" in alert.message()["Subject"]


def test_a_server_down_for_a_moment_sends_no_alert(
    imap_account, smtp_receiver, dovecot, tmp_path, monkeypatch
):
    """GIVEN a running daemon WHEN the server is down for a few tries THEN they are
    warnings, not errors, no mail goes out, and the failure clears when it is back."""
    config = office(tmp_path, imap_account, smtp_receiver)
    monkeypatch.setattr(daemon, "backoff_delays", lambda: iter([0.2] * 100))
    database = tmp_path / "data" / "intake.sqlite"
    runner = Serving(config)
    runner.start()
    try:
        assert wait_until(lambda: any("IDLE" in line or "started" in line for line in runner.log))
        dovecot.stop()
        assert wait_until(lambda: sum("WARNING" in line for line in runner.log) >= 3)
        dovecot.start()
        imap_account.append(message("Số tin, bài: 4").as_bytes())
        assert wait_until(lambda: count(database, "messages") == 1, timeout=20)
    finally:
        runner.stop()
    assert not [line for line in runner.log if line.startswith("ERROR")]
    assert alert_mails(smtp_receiver) == []
    assert query(database, "SELECT value FROM state WHERE key = 'mailbox_failure'") == [("",)]


def test_sigterm_stops_the_daemon_within_a_second_while_it_idles(
    imap_account, smtp_receiver, tmp_path
):
    """GIVEN run_daemon.py serving the real Dovecot, in IDLE WHEN it gets SIGTERM THEN it
    exits with 0 within a second of the signal."""
    config = office(tmp_path, imap_account, smtp_receiver)
    process = subprocess.Popen(
        [sys.executable, "run_daemon.py", "--config", str(config), "--verbose"],
        cwd=REPO,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr), daemon=True)  # type: ignore[arg-type]
    reader.start()
    try:
        assert wait_until(lambda: any("in IDLE" in line for line in lines), timeout=20), lines
        time.sleep(0.5)  # well inside the IDLE wait
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=10)
        took = time.monotonic() - signalled
    finally:
        process.kill()
        reader.join(timeout=5)
        process.stderr.close()  # type: ignore[union-attr]
    assert code == 0
    assert took < 1.0, f"stopped {took:.2f} s after SIGTERM"
    assert any("intake daemon stopped" in line for line in lines)


class _NoLedger:
    def seen_items(self, source, uidvalidity):
        return set()
