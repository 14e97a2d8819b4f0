"""`intake status`, `intake completeness` and `intake check-config` speak the language in
use: Vietnamese by default, English when the locale is English (intake/i18n.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from intake import alerts
from intake.app import App
from intake.fetch import LoginRefused
from tests.helpers_e2e import demo_copy, write_config
from tests.mail import ICT
from tests.test_cli import NOW, intake

ENGLISH = {"LANG": "en_US.UTF-8"}


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    """The demo configuration, its mailbox read once."""
    return demo_copy(tmp_path_factory.mktemp("office"), NOW)


def test_status_is_vietnamese_by_default_and_english_under_an_english_locale(office):
    args = ("status", "--config", str(office), "--now", NOW)
    vietnamese = intake(*args).stdout
    assert "Hộp thư: maildir" in vietnamese
    assert "Tuần 29/01/2021 - 04/02/2021 (hạn " in vietnamese
    assert "12/14 đơn vị đã báo cáo" in vietnamese
    assert "1 muộn (xã Sơn Bình 20 phút)" in vietnamese
    assert "chưa báo cáo: xã Nùng Nàng" in vietnamese

    english = intake(*args, env=ENGLISH).stdout
    assert "Mailbox: maildir" in english
    assert "Last reading of the mailbox: " in english
    assert "Messages stored: " in english and "Current reports: " in english
    assert "Week 29/01/2021 - 04/02/2021 (due " in english
    assert "12/14 units reported" in english
    assert "1 late (xã Sơn Bình 20 min)" in english
    assert "not reported: xã Nùng Nàng" in english
    assert "đơn vị" not in english and "Hộp thư" not in english


def test_status_says_a_failing_mailbox_in_the_language_in_use(tmp_path):
    (tmp_path / "mail").mkdir()
    mailbox = {"kind": "maildir", "path": tmp_path / "mail"}
    smtp = {"kind": "file", "dir": tmp_path / "sent", "sender": "vp@tamduong.gov.vn"}
    config = write_config(tmp_path / "office.toml", mailbox=mailbox, smtp=smtp, data_dir=tmp_path)
    now = datetime(2021, 2, 3, 9, 0, tzinfo=ICT)
    app = App.open(config)
    try:
        for minutes in (0, 1, 2):
            refused = LoginRefused("login failed for user 'x' at mail:993: [AUTHENTICATIONFAILED]")
            alerts.mailbox_failed(app, refused, now + timedelta(minutes=minutes))
    finally:
        app.close()
    args = ("status", "--config", str(config), "--now", "2021-02-03T09:03+07:00")

    vietnamese = intake(*args).stdout
    assert "LỖI HỘP THƯ từ 09:00 03/02/2021, 3 lần (gần nhất 09:02 03/02/2021)" in vietnamese
    assert "Cách khắc phục: kiểm tra mục [mailbox]" in vietnamese

    english = intake(*args, env=ENGLISH).stdout
    assert "MAILBOX FAILING since 09:00 03/02/2021, 3 times (last 09:02 03/02/2021)" in english
    assert "the mail server refused the login" in english
    assert "  Details: " in english and "AUTHENTICATIONFAILED" in english
    assert "How to fix: check the [mailbox] section" in english


def test_completeness_is_vietnamese_by_default_and_english_under_an_english_locale(office):
    args = ("completeness", "--config", str(office), "--from", "2021-01-22", "--to", "2021-02-04")
    vietnamese = intake(*args, "--now", NOW).stdout
    assert ": từ 28/01/2021 đến 04/02/2021" in vietnamese
    assert "Đơn vị" in vietnamese and "Đúng hạn" in vietnamese and "Đã báo cáo" in vietnamese
    assert "Ký hiệu: Đ đúng hạn, M muộn" in vietnamese

    english = intake(*args, "--now", NOW, env=ENGLISH).stdout
    assert ": from 28/01/2021 to 04/02/2021" in english
    assert "\nUnit " in english and "On time" in english and "\nReported " in english
    assert "Marks: Đ on time, M late, K awaiting review" in english
    assert "0/14 12/14" in english  # the same table
    assert "Đúng hạn" not in english


def test_check_config_names_its_checks_in_the_language_in_use(office):
    vietnamese = intake("check-config", "--config", str(office)).stdout
    english = intake("check-config", "--config", str(office), env=ENGLISH).stdout
    assert "ok    danh bạ đơn vị: 14 đơn vị" in vietnamese
    assert "ok    unit directory: 14 units" in english
    assert "danh bạ" not in english
