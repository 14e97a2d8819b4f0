"""intake.alerts without servers: what `intake status` says of a failing mailbox, and
that a failure becomes an alert once."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from intake import alerts, status
from intake.app import App
from intake.errors import MailboxError
from intake.fetch import LoginRefused
from tests.helpers_e2e import write_config
from tests.mail import ICT

NOW = datetime(2021, 2, 3, 9, 0, tzinfo=ICT)
REFUSED = LoginRefused("login failed for user 'x' at mail:993: [AUTHENTICATIONFAILED]")


@pytest.fixture
def app(tmp_path):
    (tmp_path / "mail").mkdir()
    mailbox = {"kind": "maildir", "path": tmp_path / "mail"}
    smtp = {"kind": "file", "dir": tmp_path / "sent", "sender": "vp@tamduong.gov.vn"}
    config = write_config(tmp_path / "office.toml", mailbox=mailbox, smtp=smtp, data_dir=tmp_path)
    opened = App.open(config)
    yield opened
    opened.close()


def test_status_shows_a_refused_login_since_when_how_often_and_what_to_check(app):
    """GIVEN three refused logins WHEN `intake status` runs THEN it shows the failure
    with its start, its count, the error and the [mailbox] keys; once the mailbox is
    read again THEN nothing."""
    for minutes in (0, 1, 2):
        alerts.mailbox_failed(app, REFUSED, NOW + timedelta(minutes=minutes))
    text = status.describe(app, NOW + timedelta(minutes=3))
    assert "LỖI HỘP THƯ từ 09:00 03/02/2021, 3 lần (gần nhất 09:02 03/02/2021)" in text
    assert "từ chối đăng nhập" in text and "AUTHENTICATIONFAILED" in text
    assert "[mailbox]" in text and "password_file" in text

    alerts.mailbox_works(app, NOW + timedelta(minutes=30))
    assert alerts.mailbox_health(app.store) is None
    assert "LỖI HỘP THƯ" not in status.describe(app, NOW + timedelta(minutes=31))


def test_a_network_failure_is_an_alert_only_after_thirty_minutes(app):
    """GIVEN a mailbox that cannot be reached WHEN it fails for less than 30 minutes THEN
    no alert; at 30 minutes THEN one, and a refused login later counts from 1."""
    down = MailboxError("cannot connect to mail:993: connection refused")
    assert not alerts.mailbox_failed(app, down, NOW).alerted
    assert not alerts.mailbox_failed(app, down, NOW + timedelta(minutes=29)).alerted
    assert alerts.mailbox_failed(app, down, NOW + timedelta(minutes=30)).alerted
    failure = alerts.mailbox_failed(app, REFUSED, NOW + timedelta(minutes=31))
    assert failure.count == 4 and failure.refusals == 1 and failure.since == NOW
    kinds = [row["kind"] for row in app.store.events() if row["kind"].startswith("mailbox.")]
    assert kinds == ["mailbox.failing"]
