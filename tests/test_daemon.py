"""The long-running daemon: mail read as it arrives, the report sent when due, a clean stop,
and a mailbox that goes away and comes back."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime

import pytest

from intake import daemon
from intake.app import App
from tests.helpers_e2e import REPO, count, imap_section, write_config
from tests.mail import ICT, message


def wait_until(condition, timeout: float = 15.0) -> bool:
    """True once `condition` holds; a database still being created does not hold yet."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except sqlite3.OperationalError:  # the file exists, its tables not yet
            pass
        time.sleep(0.1)
    return False


@pytest.fixture
def config(tmp_path, imap_account, smtp_receiver):
    mailbox = imap_section(imap_account, tmp_path) | {"poll_seconds": 5}
    smtp = {
        "kind": "smtp",
        "host": "127.0.0.1",
        "port": smtp_receiver.port,
        "security": "none",
        "sender": "sangnq.tamduong@laichau.gov.vn",
    }
    return write_config(tmp_path / "office.toml", mailbox=mailbox, smtp=smtp, data_dir=tmp_path)


class Daemon(threading.Thread):
    """daemon.serve in a thread, with its own App (SQLite objects stay in their thread)."""

    def __init__(self, config, clock) -> None:
        super().__init__()
        self.config, self.clock, self.stopping = config, clock, threading.Event()

    def run(self) -> None:
        app = App.open(self.config)
        try:
            daemon.serve(app, self.clock, self.stopping)
        finally:
            app.close()

    def stop(self) -> None:
        self.stopping.set()
        self.join(timeout=30)
        assert not self.is_alive()


def report_mail(items: int) -> bytes:
    body = f"Số tin, bài: {items}\nThời lượng: 45 phút\nSố lần phát sóng: 15\nSố người nghe: 900"
    return message(body).as_bytes()


def test_the_daemon_reads_new_mail_as_it_arrives_and_stops_on_sigterm(
    config, imap_account, tmp_path
):
    """GIVEN a running daemon WHEN a report arrives THEN it is stored within seconds (IDLE),
    AND SIGTERM stops the daemon cleanly."""
    database = tmp_path / "data" / "intake.sqlite"
    process = subprocess.Popen(
        [sys.executable, "run_daemon.py", "--config", str(config)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wait_until(lambda: database.exists() and count(database, "messages") == 0)
        time.sleep(0.5)
        imap_account.append(report_mail(7))
        assert wait_until(lambda: count(database, "reports") == 1, timeout=10)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=20)
    finally:
        process.kill()
    assert process.returncode == 0
    assert "stopping on SIGTERM" in err and "intake daemon stopped" in err


def test_the_report_is_sent_once_when_it_falls_due(config, imap_account, smtp_receiver):
    """GIVEN a daemon whose clock is just past the send time WHEN it runs THEN the week's
    report is sent once, even though the scheduler checks every minute."""
    imap_account.append(report_mail(7))
    runner = Daemon(config, lambda: datetime(2021, 2, 4, 16, 31, tzinfo=ICT))
    runner.start()
    try:
        [received] = smtp_receiver.wait_for(1, timeout=10, kind="summary")
        summary = received.message()
        assert "29/01 – 04/02/2021" in summary["Subject"]
        assert "7" in summary.get_body(("plain",)).get_content()  # the mail was read first
        time.sleep(1)  # the daemon goes on reading mail and checking what is due
    finally:
        runner.stop()
    assert len(smtp_receiver.of("summary")) == 1


def test_the_daemon_waits_for_a_mailbox_that_went_away(config, imap_account, dovecot, tmp_path):
    """GIVEN a running daemon WHEN the IMAP server stops and starts again THEN the daemon
    retries with back-off and reads the mail that arrived meanwhile."""
    database = tmp_path / "data" / "intake.sqlite"
    runner = Daemon(config, lambda: datetime(2021, 2, 3, 9, 0, tzinfo=ICT))  # nothing due
    runner.start()
    try:
        time.sleep(1)
        dovecot.stop()
        time.sleep(2)
        dovecot.start()
        imap_account.append(report_mail(9))
        assert wait_until(lambda: count(database, "reports") == 1, timeout=20)
    finally:
        runner.stop()


class FailingOnce:
    """A source that breaks once (a disk, a database, a fault of intake's), then works."""

    def __init__(self, source) -> None:
        self.source, self.failed = source, False

    def fetch_new(self, ledger):
        if not self.failed:
            self.failed = True
            raise ValueError("embedded null character")
        return self.source.fetch_new(ledger)

    def __getattr__(self, name):
        return getattr(self.source, name)


def test_an_unexpected_error_in_a_run_is_logged_and_the_daemon_goes_on(tmp_path, monkeypatch):
    """GIVEN a run that fails with an error that is no mailbox error
    WHEN the daemon serves THEN it logs it, waits, and reads the mail at the next run."""
    mailbox = {"kind": "maildir", "path": tmp_path / "mail", "poll_seconds": 1}
    smtp = {"kind": "file", "dir": tmp_path / "sent", "sender": "sangnq.tamduong@laichau.gov.vn"}
    config = write_config(tmp_path / "intake.toml", mailbox=mailbox, smtp=smtp, data_dir=tmp_path)
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "mail" / sub).mkdir(parents=True, exist_ok=True)
    (tmp_path / "mail" / "new" / "1.report").write_bytes(report_mail(9))
    monkeypatch.setattr(daemon, "backoff_delays", lambda: iter([0.1] * 10))
    stopping, sources = threading.Event(), []

    def serve() -> None:
        app = App.open(config)
        app._source = FailingOnce(app.source)
        sources.append(app._source)
        try:
            daemon.serve(app, lambda: datetime(2021, 2, 3, 9, 0, tzinfo=ICT), stopping)
        finally:
            app.close()

    runner = threading.Thread(target=serve)
    try:
        runner.start()
        assert wait_until(lambda: count(tmp_path / "data" / "intake.sqlite", "reports") == 1)
    finally:
        stopping.set()
        runner.join(timeout=30)
    assert sources[0].failed and not runner.is_alive()
