"""The `intake` command, run as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers_e2e import demo_copy
from tests.mail import message

ROOT = Path(__file__).resolve().parents[1]
NOW = "2021-02-04T16:31+07:00"


def intake(
    *args: str, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`intake ARGS` in Vietnamese (LANG=C.UTF-8), or with `env` added to the environment."""
    environ = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", **(env or {})}
    environ.pop("INTAKE_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-m", "intake.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environ,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo configuration in a copy of the repository's layout, run once."""
    return demo_copy(tmp_path_factory.mktemp("demo"), NOW)


def test_parse_prints_one_object_per_file_and_stores_nothing(tmp_path):
    report = tmp_path / "r.eml"
    report.write_bytes(
        message(
            "Số tin, bài: 5\nThời lượng: 45 phút\nSố lượt phát sóng: 15\nƯớc số người nghe: 1.200\n"
        ).as_bytes()
    )
    question = tmp_path / "q.eml"
    question.write_bytes(message("Cho em hỏi mẫu báo cáo tuần này ạ?").as_bytes())
    out = json.loads(intake("parse", "--json", str(report), str(question)).stdout)
    assert [o["file"] for o in out] == [str(report), str(question)]
    [r] = out[0]["reports"]
    assert r == r | {
        "unit": "ban_bo",
        "form": "weekly_propaganda",
        "period_end": "2021-02-04",
        "values": {"items": 5, "minutes": 45, "broadcasts": 15, "listeners": 1200},
        "status": "accepted",
        "problems": [],
    }
    assert out[1]["reports"] == []
    assert sorted(tmp_path.iterdir()) == sorted([report, question])


def test_parse_with_another_unit_directory(tmp_path):
    units = tmp_path / "units.csv"
    units.write_text("id,name,aliases,emails\nxa_moi,Xã Mới,Xa Moi,moi@x.vn\n", encoding="utf-8")
    eml = tmp_path / "r.eml"
    eml.write_bytes(message("Số tin, bài: 5", sender="moi@x.vn").as_bytes())
    [out] = json.loads(intake("parse", "--units", str(units), "--json", str(eml)).stdout)
    assert out["reports"][0]["unit"] == "xa_moi"


def test_export_lists_the_current_records(demo):
    rows = json.loads(intake("export", "--config", str(demo), "--format", "json").stdout)
    keys = [(r["unit"], r["form"], r["period_end"]) for r in rows]
    assert len(keys) == len(set(keys)) == 14
    ban_hon = next(r for r in rows if r["unit"] == "ban_hon")
    assert ban_hon["values"]["items"] == 6  # the corrected report, not the first one
    son_binh = next(r for r in rows if r["unit"] == "son_binh")
    assert son_binh["late"] is True and son_binh["message_id"].startswith("<")


def test_export_csv_has_a_column_per_field(demo):
    lines = intake(
        "export", "--config", str(demo), "--format", "csv", "--period-end", "2021-02-04"
    ).stdout.splitlines()
    header = lines[0].split(",")
    assert header[:5] == ["unit", "unit_name", "form", "period_end", "status"]
    assert {"items", "minutes", "broadcasts", "listeners", "groups"} <= set(header)
    assert len(lines) == 15


def test_export_csv_file_opens_right_in_excel(demo, tmp_path):
    """A CSV file (not the screen) starts with a UTF-8 BOM: without it Excel reads the
    Vietnamese names as windows-1252."""
    out = tmp_path / "export.csv"
    intake("export", "--config", str(demo), "--format", "csv", "-o", str(out))
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode()) and "Xã Bản Hon".encode() in data


def test_export_xlsx_has_a_sheet_per_form_and_a_trend(demo, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "export.xlsx"
    intake(
        "export",
        "--config",
        str(demo),
        "--format",
        "xlsx",
        "--from",
        "2021-01-01",
        "--to",
        "2021-12-31",
        "--output",
        str(out),
    )
    book = load_workbook(out)
    assert len(book.sheetnames) == 6  # a sheet and a trend for each of the three shipped forms
    records = book.worksheets[0]
    assert records.max_row == 14  # a header and 13 units (Nùng Nàng sent nothing)
    received = {row[0]: row[-1] for row in records.iter_rows(min_row=2, values_only=True)}
    csv_out = intake("export", "--config", str(demo), "--format", "json").stdout
    ban_bo = next(r for r in json.loads(csv_out) if r["unit"] == "ban_bo")
    assert received["Xã Bản Bo"].isoformat(timespec="minutes") == ban_bo["received_at"][:16]
    trend = book.worksheets[1]
    first_block: dict = {}
    for row in trend.iter_rows(values_only=True):
        first_block.setdefault(row[0], row[1:])
    assert trend["A1"].value == "Số tin, bài"
    assert first_block["Xã Bản Hon"] == (6,)  # the corrected figure, in the items block


def test_completeness_shows_each_unit_week_by_week(demo):
    out = intake(
        "completeness",
        "--config",
        str(demo),
        "--from",
        "2021-01-22",
        "--to",
        "2021-02-04",
        "--now",
        NOW,
    ).stdout
    lines = {line.split("  ")[0]: line for line in out.splitlines()}
    assert "28/01 04/02" in out
    assert lines["Xã Sơn Bình"].split()[-2:] == ["M", "0/2"]
    assert lines["Xã Bản Giang"].split()[-2:] == ["K", "0/2"]
    assert lines["Xã Nùng Nàng"].split()[-1] == "0/2"
    assert "0/14 12/14" in out
    rows = json.loads(
        intake(
            "completeness",
            "--config",
            str(demo),
            "--from",
            "2021-02-04",
            "--to",
            "2021-02-04",
            "--format",
            "json",
            "--now",
            NOW,
        ).stdout
    )
    son_binh = next(r for r in rows if r["unit"] == "son_binh")
    assert son_binh["status"] == "late" and son_binh["late_hours"] == 0.3  # 16:20


def test_report_without_send_writes_a_draft_under_its_own_name(demo):
    """The demo's report was sent: `intake report` writes a draft beside it, and never
    touches the files that were sent."""
    sent = sorted((demo.parent.parent / "out").glob("tong-hop-2021-02-04.*"))
    before = {p: p.read_bytes() for p in sent}
    out = intake("report", "--config", str(demo), "--period-end", "2021-02-04", "--now", NOW)
    assert out.stdout.startswith("đã ghi bản dự thảo: ")
    assert "tong-hop-2021-02-04-du-thao.xlsx" in out.stdout
    assert sent and {p: p.read_bytes() for p in sent} == before


def test_report_refuses_a_day_that_does_not_end_a_week(demo):
    done = intake("report", "--config", str(demo), "--period-end", "2021-02-03", check=False)
    assert done.returncode != 0
    assert "không phải ngày cuối của một kỳ báo cáo" in done.stderr
    assert "2021-02-04" in done.stderr


def test_status_shows_completeness_in_vietnamese(demo):
    out = intake("status", "--config", str(demo), "--now", NOW).stdout
    assert "Tuần 29/01/2021 - 04/02/2021" in out
    assert "Báo cáo kết quả tuyên truyền tuần: 12/14 đơn vị đã báo cáo" in out  # as the report
    assert "1 chờ kiểm tra" in out
    assert "chưa báo cáo: xã Nùng Nàng" in out
    assert "1 muộn (xã Sơn Bình 20 phút)" in out


def test_status_proposes_the_address_of_an_unknown_sender(tmp_path):
    """GIVEN a unit reporting from a personal address that names the unit
    WHEN the mail is processed THEN `intake status` proposes that address for the unit,
    and the directory is not changed."""
    base = tmp_path
    shutil.copytree(ROOT / "config", base / "config")
    maildir = base / "demo" / "maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    mail = message(
        "Số tin, bài: 5\nThời lượng: 45 phút\nSố lượt phát sóng: 15\nƯớc số người nghe: 1.200\n",
        sender="vanhoa.banbo@gmail.com",
        subject="Báo cáo tuần xã Bản Bo",
    )
    (maildir / "new" / "1.eml").write_bytes(mail.as_bytes())
    config = base / "config" / "demo.toml"
    units = (base / "config" / "units.csv").read_text()
    subprocess.run(
        [sys.executable, "run_daemon.py", "--config", str(config), "--once", "--now", NOW],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    out = intake("status", "--config", str(config), "--now", NOW).stdout
    assert "vanhoa.banbo@gmail.com -> Xã Bản Bo (1 báo cáo)" in out
    assert (base / "config" / "units.csv").read_text() == units


def test_check_config_says_what_works(demo):
    out = intake("check-config", "--config", str(demo)).stdout
    assert "FAIL" not in out
    for what in (  # in Vietnamese by default (test_i18n_outputs has the English)
        "cấu hình",
        "danh bạ đơn vị",
        "mẫu báo cáo",
        "cơ sở dữ liệu",
        "hộp thư",
        "gửi thư",
        "mẫu trình bày",
        "văn bản báo cáo",
    ):
        assert f"ok    {what}" in out


def test_check_config_creates_nothing(tmp_path):
    """GIVEN a configuration whose database and folders do not exist yet WHEN checked THEN
    it says they will be created, and creates none of them."""
    base = tmp_path / "fresh"
    shutil.copytree(ROOT / "config", base / "config")
    shutil.copytree(ROOT / "demo" / "maildir", base / "demo" / "maildir")
    out = intake("check-config", "--config", str(base / "config" / "demo.toml")).stdout
    assert "out/data/intake.sqlite sẽ được tạo" in out
    assert not (base / "out").exists()


def test_check_config_names_the_empty_letterhead_keys(tmp_path, demo):
    text = demo.read_text().split("[official]")[0]
    bare = demo.with_name("bare.toml")
    bare.write_text(text)
    done = intake("check-config", "--config", str(bare), check=False)
    assert "FAIL  văn bản báo cáo: [official] chưa điền: issuing_body" in done.stdout
    assert "place" in done.stdout and "recipients" in done.stdout


def test_check_config_says_plainly_what_failed(tmp_path, demo):
    text = demo.read_text().replace(
        'kind = "maildir"\npath = "../demo/maildir"',
        'kind = "imap"\nhost = "127.0.0.1"\nport = 1\n'
        'security = "none"\nusername = "u"\npassword_env = "NOPE_PW"',
    )
    bad = demo.with_name("bad.toml")
    bad.write_text(text)
    done = intake("check-config", "--config", str(bad), check=False)
    assert done.returncode == 3  # the mailbox's code, the first check that failed
    assert "FAIL  hộp thư" in done.stdout
    assert "không kết nối được tới 127.0.0.1:1" in done.stdout
    assert "gợi ý: kiểm tra [mailbox] host, port và security" in done.stdout


def test_an_error_is_one_line_with_a_hint_and_an_exit_code(tmp_path):
    done = intake("status", "--config", str(tmp_path / "missing.toml"), check=False)
    assert done.returncode == 2
    assert done.stderr.startswith("lỗi: ")
    assert "gợi ý: " in done.stderr
    assert "Traceback" not in done.stderr
    english = intake(
        "status", "--config", str(tmp_path / "missing.toml"), check=False, env={"LANG": "en_GB"}
    )
    assert english.stderr.startswith("error: ") and "hint: " in english.stderr


def test_parse_now_dates_a_message_without_a_date_header(tmp_path):
    m = message(
        "Số tin, bài: 5\nThời lượng: 45 phút\nSố lượt phát sóng: 15\nƯớc số người nghe: 900\n"
    )
    del m["Date"]
    eml = tmp_path / "no-date.eml"
    eml.write_bytes(m.as_bytes())
    [without] = json.loads(intake("parse", "--json", str(eml)).stdout)
    assert without["reports"][0]["period_end"] is None
    [dated] = json.loads(
        intake("parse", "--json", "--now", "2021-02-05T09:00+07:00", str(eml)).stdout
    )
    assert dated["reports"][0]["period_end"] == "2021-02-04"
    assert dated["reports"][0]["late"] is True


def test_report_of_a_monthly_form_s_period_is_said_of_the_month(demo):
    """2021-02-20 ends no week, but the shipped monthly form's month (21/01 to 20/02)."""
    from openpyxl import load_workbook

    out = intake("report", "--config", str(demo), "--period-end", "2021-02-20", "--now", NOW)
    [xlsx] = [w for w in out.stdout.split(": ", 1)[1].strip().split(", ") if w.endswith(".xlsx")]
    sheet = load_workbook(xlsx).worksheets[0]
    texts = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Kết quả công tác tuyên truyền tháng từ ngày 21/01/2021 đến ngày 20/02/2021" in texts
