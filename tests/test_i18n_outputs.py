"""`intake status`, `intake completeness` and `intake check-config` speak the language in
use: Vietnamese by default, English when the locale is English (intake/i18n.py)."""

from __future__ import annotations

import socket
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


# -- what goes wrong, in the language in use ---------------------------------------------


def both(*args: str) -> tuple[str, str]:
    """The stderr and stdout of `intake ARGS` by default (Vietnamese) and under LANG=en."""
    vi, en = intake(*args, check=False), intake(*args, check=False, env=ENGLISH)
    assert vi.returncode == en.returncode != 0
    return vi.stderr + vi.stdout, en.stderr + en.stdout


def test_a_configuration_s_problems_are_said_in_the_language_in_use(office):
    """GIVEN a configuration with a bad time zone, deadline, choice and key WHEN a command
    reads it THEN each problem is said in Vietnamese by default, in English under LANG=en,
    by every command alike (check-config too)."""
    text = office.read_text(encoding="utf-8")
    text = text.replace('timezone = "Asia/Ho_Chi_Minh"', 'timezone = "Mars/Base"', 1)
    text = text.replace('deadline = "thursday 16:00"', 'deadline = "thurs 25:00"', 1)
    bad = office.with_name("bad.toml")  # beside it: its paths are relative to its folder
    bad.write_text(text.replace("[report]\n", '[report]\ncolour = 1\napproval = "maybe"\n', 1))
    for command in (("status",), ("check-config",), ("report", "--period-end", "2021-02-04")):
        vi, en = both(*command, "--config", str(bad))
        assert "4 lỗi" in vi and "4 problems" in en
        assert 'không có múi giờ "Mars/Base"' in vi and 'unknown time zone "Mars/Base"' in en
        assert '(đang ghi "thurs 25:00")' in vi and '(got "thurs 25:00")' in en
        assert "[report] colour: khóa không có" in vi and "[report] colour: unknown key" in en
        assert "approval: phải là một trong: 'none', 'required' (đang ghi 'maybe')" in vi
        assert "approval: must be one of: 'none', 'required' (got 'maybe')" in en


def test_a_file_that_cannot_be_written_is_said_without_a_traceback(tmp_path, office):
    target = tmp_path / "nope" / "sub"
    (tmp_path / "nope").write_text("a file, not a folder")
    vi, en = both("export", "--config", str(office), "--format", "csv", "-o", f"{target}/x.csv")
    assert "Traceback" not in vi + en
    assert f"lỗi: {target}" in vi and "gợi ý: kiểm tra đường dẫn" in vi
    assert f"error: {target}" in en and "hint: check the path" in en


def test_a_wrong_date_or_range_is_said_in_the_language_in_use(office):
    vi, en = both("report", "--config", str(office), "--period-end", "2021-02-03")
    assert "lỗi: 03/02/2021 không phải ngày cuối của một kỳ báo cáo" in vi
    assert "error: 03/02/2021 is not the last day of a reporting period" in en
    assert "--period-end 2021-02-04" in vi and "--period-end 2021-02-04" in en
    args = ("completeness", "--config", str(office), "--from", "2021-02-10", "--to", "2021-02-01")
    vi, en = both(*args)
    assert "--from 10/02/2021 ở sau --to 01/02/2021" in vi
    assert "--from 10/02/2021 is after --to 01/02/2021" in en


def test_an_unknown_unit_or_report_is_said_in_the_language_in_use(office):
    vi, en = both(
        "history", "--config", str(office), "--unit", "nope", "--period-end", "2021-02-04"
    )
    assert 'Không có đơn vị "nope" trong danh bạ' in vi
    assert 'No unit "nope" in the unit directory' in en
    vi, en = both("review", "accept", "999", "--config", str(office), "--by", "lan")
    assert "lỗi: Không có báo cáo #999" in vi and "gợi ý: xem danh sách" in vi
    assert "error: No report #999" in en and "hint: see the list" in en


def test_check_config_s_details_are_in_the_language_in_use(office):
    vietnamese = intake("check-config", "--config", str(office), check=False).stdout
    english = intake("check-config", "--config", str(office), check=False, env=ENGLISH).stdout
    assert "(phiên bản cấu trúc " in vietnamese and " ghi được" in vietnamese
    assert "(schema version " in english and " is writable" in english


def test_a_unit_directory_s_problems_are_said_in_the_language_in_use(office, tmp_path):
    """GIVEN a units file with a bad row and a ';'-separated one with a wrong header WHEN a
    command reads it THEN each problem and its hint are said in Vietnamese by default, in
    English under LANG=en."""
    text = office.read_text(encoding="utf-8")
    units = tmp_path / "units.csv"
    units.write_text("id,name,aliases,emails\nban_bo,,,khong-phai-dia-chi\n", encoding="utf-8")
    bad = office.with_name("bad_units.toml")
    bad.write_text(text.replace('units = "units.csv"', f'units = "{units}"', 1))
    vi, en = both("status", "--config", str(bad))
    assert "2 lỗi" in vi and "dòng 2: tên để trống" in vi
    assert "dòng 2: không phải địa chỉ thư điện tử: khong-phai-dia-chi" in vi
    assert "2 problems" in en and "row 2: name is empty" in en
    assert "row 2: not an email address: khong-phai-dia-chi" in en

    units.write_text("id;ten;aliases;emails\nban_bo;Xã Bản Bo;;\n", encoding="utf-8")
    vi, en = both("check-config", "--config", str(bad))
    assert "dòng tiêu đề thiếu cột name" in vi
    assert "gợi ý: đọc với dấu phân cách ';' (dấu chấm phẩy)" in vi
    assert "the header row lacks the column(s) name" in en
    assert "hint: read with ';' (semicolon) as the separator" in en


def test_a_wrong_now_is_said_in_the_language_in_use(office):
    vi, en = both("status", "--config", str(office), "--now", "thứ năm")
    assert 'lỗi: --now "thứ năm" không phải một ngày giờ' in vi
    assert "gợi ý: ghi theo ISO 8601, ví dụ 2021-02-11T16:31+07:00" in vi
    assert 'error: --now "thứ năm" is not a date and time' in en
    assert "hint: write it as ISO 8601" in en


def test_approving_without_a_draft_is_said_in_the_language_in_use(office):
    vi, en = both("report", "approve", "--config", str(office), "--period-end", "2021-02-04")
    assert "lỗi: không có dự thảo của kỳ kết thúc ngày 04/02/2021 để duyệt" in vi
    assert "error: there is no draft of the period ending 04/02/2021 to approve" in en


def test_check_config_says_the_mailbox_and_the_outgoing_mail_in_the_language_in_use(office):
    vietnamese = intake("check-config", "--config", str(office), check=False).stdout
    english = intake("check-config", "--config", str(office), check=False, env=ENGLISH).stdout
    assert _line(vietnamese, "ok    hộp thư: ").endswith(" thư")
    assert _line(english, "ok    mailbox: ").endswith(" messages")
    assert "ghi thư thành các tệp .eml vào " in vietnamese
    assert "writing messages as .eml files into " in english


def _line(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(start))


def test_mail_servers_that_refuse_are_said_in_the_language_in_use(office):
    """GIVEN [mailbox] and [smtp] on local ports where nothing listens WHEN check-config
    THEN each refused connection, and what to check, are said in Vietnamese by default, in
    English under LANG=en."""
    text = office.read_text(encoding="utf-8")
    closed = office.with_name("closed_servers.toml")
    port = _free_port()
    imap = f'kind = "imap"\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\nusername = "vp"\n'
    smtp = f'kind = "smtp"\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
    text = text.replace('kind = "maildir"\npath = "../demo/maildir"\n', imap, 1)
    closed.write_text(text.replace('kind = "file"\ndir = "../out/sent"\n', smtp, 1))
    vi, en = both("check-config", "--config", str(closed))
    where = f"127.0.0.1:{port}"
    assert f"FAIL  hộp thư: không kết nối được tới {where}: máy chủ từ chối kết nối" in vi
    assert "gợi ý: kiểm tra [mailbox] host, port và security" in vi
    assert f"FAIL  gửi thư: {where}: máy chủ từ chối kết nối" in vi
    assert f"FAIL  mailbox: cannot connect to {where}: connection refused" in en
    assert "hint: check [mailbox] host, port and security" in en
    assert f"FAIL  outgoing mail: {where}: connection refused" in en


def _free_port() -> int:
    """A local port where nothing listens (it was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
