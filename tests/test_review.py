"""The review queue and history, driven through the commands a clerk types.

Reports reach the database as in production: .eml files in the configured mailbox
folder, read by `pipeline.run_once`.  The commands run in a test-only group, registered
the way intake/cli.py registers them.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from intake import aggregate, i18n
from intake.app import App
from intake.cli_review import history, review
from intake.errors import IntakeError
from intake.models import Status, Timeliness
from intake.pipeline import run_once
from tests.helpers_e2e import maildir_config
from tests.mail import SENT, message, with_xlsx

WEEK = date(2021, 2, 4)
NOW = "2021-02-04T16:31+07:00"
NOW_TIME = datetime.fromisoformat(NOW)
BAN_BO = "banbo.tamduong@laichau.gov.vn"
STRANGER = "nguoila@gmail.com"
FULL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
NO_LISTENERS = ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng"]


@click.group()
def intake_cli() -> None:
    """`intake` with the review commands, as intake/cli.py registers them."""


intake_cli.add_command(review)
intake_cli.add_command(history)


@pytest.fixture
def config(tmp_path) -> Path:
    return maildir_config(tmp_path)


def deliver(config: Path, *messages, now: datetime = NOW_TIME) -> None:
    """Put the messages in the mailbox folder and let intake read them once."""
    folder = config.parent / "mail"
    start = len(list(folder.iterdir()))
    for i, m in enumerate(messages, start):
        (folder / f"{i:03d}.eml").write_bytes(m.as_bytes())
    app = App.open(config)
    try:
        run_once(app, now, publish_due=False)
    finally:
        app.close()


@pytest.fixture
def week(config) -> dict[str, int]:
    """Three reports: Bản Bo held (no listeners, in an xlsx), one from an unknown address
    (unassigned), Nà Tăm accepted.  Returns the ids of the two held ones."""
    held = with_xlsx(
        message("Em gửi báo cáo tuần ạ.", sender=BAN_BO, sent=SENT),
        [NO_LISTENERS, [1, "Xã Bản Bo", 8, "1 giờ", 24]],
    )
    stranger = message(FULL, sender=STRANGER, sent=SENT - timedelta(hours=2))
    fine = message(FULL, sender="natam.tamduong@laichau.gov.vn")
    deliver(config, held, stranger, fine)
    with opened(config) as app:
        [ban_bo] = app.store.reports(unit="ban_bo")
        [unassigned] = app.store.unassigned_reports()
    assert ban_bo.status is Status.NEEDS_REVIEW
    return {"ban_bo": ban_bo.id, "unassigned": unassigned.id}


class opened:
    """`with opened(config) as app`: the App, closed afterwards."""

    def __init__(self, config: Path) -> None:
        self.app = App.open(config)

    def __enter__(self) -> App:
        return self.app

    def __exit__(self, *exc) -> None:
        self.app.close()


def intake(config: Path, *args: str) -> Result:
    return CliRunner().invoke(intake_cli, [*args, "--config", str(config), "--now", NOW])


def ok(config: Path, *args: str) -> str:
    result = intake(config, *args)
    assert result.exit_code == 0, result.exception or result.output
    return result.output


def refused(config: Path, *args: str) -> str:
    """The one-line message intake.cli.main prints for the refusal."""
    result = intake(config, *args)
    assert isinstance(result.exception, IntakeError), result.output
    return str(result.exception)


def queued(config: Path) -> list[int]:
    """The ids in `intake review list`."""
    table = ok(config, "review", "list").split("\n\n")[0]
    return [int(line.split()[0]) for line in table.splitlines()[2:]]


def row(app: App, unit: str, end: date = WEEK):
    report = aggregate.build(app.store, app.context, end, NOW_TIME, "office")
    [table] = [t for t in report.tables if t.form.id == "weekly_propaganda"]
    return next(r for r in table.rows if r.unit.id == unit)


# -- list and show ----------------------------------------------------------------------


def test_list_shows_the_held_and_the_unassigned_reports_oldest_first(config, week):
    out = ok(config, "review", "list")
    lines = out.splitlines()
    headings = ["Mã", "Nhận lúc", "Người gửi", "Đơn vị", "Mẫu", "Tuần", "Vấn đề"]
    assert [h for h in headings if h in lines[0]] == headings
    unassigned, ban_bo = lines[2], lines[3]
    assert unassigned.startswith(str(week["unassigned"]))
    assert "chưa xác định" in unassigned and STRANGER in unassigned
    assert "Không xác định được đơn vị gửi" in unassigned
    assert ban_bo.startswith(str(week["ban_bo"]))
    assert "04/02/2021 10:00" in ban_bo and "Xã Bản Bo" in ban_bo
    assert "29/01 – 04/02/2021" in ban_bo and "Thiếu số liệu: Ước số người nghe" in ban_bo
    assert "Nà Tăm" not in out
    assert "2 báo cáo chờ kiểm tra" in out


def test_an_empty_queue_says_so(config):
    assert ok(config, "review", "list").strip() == "Không có báo cáo nào chờ kiểm tra."


def test_show_prints_the_figures_with_their_sources_the_problems_and_the_original(config, week):
    out = ok(config, "review", "show", str(week["ban_bo"]))
    assert out.startswith(f"Báo cáo #{week['ban_bo']}: chờ kiểm tra")
    assert "Xã Bản Bo (ban_bo)" in out and "Báo cáo kết quả tuyên truyền tuần" in out
    assert f"Người gửi:  {BAN_BO}" in out and "04/02/2021 10:00, đúng hạn" in out
    [minutes] = [line for line in out.splitlines() if line.strip().startswith("Độ dài")]
    assert "60" in minutes and "1 giờ" in minutes and "bao cao.xlsx, Sheet1!D2" in minutes
    [listeners] = [line for line in out.splitlines() if line.strip().startswith("Ước số")]
    assert "không đọc được" in listeners
    assert "  - Thiếu số liệu: Ước số người nghe" in out
    assert "  │ Em gửi báo cáo tuần ạ." in out
    assert "Tệp đính kèm: bao cao.xlsx" in out
    assert f"intake review accept {week['ban_bo']} --set listeners=..." in out


def test_show_of_an_unknown_id_is_refused(config, week):
    assert refused(config, "review", "show", "999") == "Không có báo cáo #999"


# -- accept -----------------------------------------------------------------------------


def test_accept_with_set_fills_the_missing_figure_and_the_report_counts(config, week):
    held = week["ban_bo"]
    out = ok(config, "review", "accept", str(held), "--set", "listeners=5.000", "--by", "lan")
    assert f"Đã chấp nhận báo cáo #{held}" in out and "Ước số người nghe 5.000" in out
    with opened(config) as app:
        [current] = app.store.reports(period_end=WEEK, unit="ban_bo")
        assert current.id != held and current.status is Status.ACCEPTED
        assert current.values == {"items": 8, "minutes": 60, "broadcasts": 24, "listeners": 5000}
        assert current.late is False and current.sender == BAN_BO
        [old] = app.store.reports_by_id([held])
        assert old.status is Status.NEEDS_REVIEW and not old.is_current
        assert row(app, "ban_bo").timeliness is Timeliness.ON_TIME
        [event] = [e for e in app.store.events(f"report:{held}") if e["kind"] == "review.accepted"]
        detail = json.loads(event["detail"])
    assert event["actor"] == "lan" and event["at"] == "2021-02-04T09:31:00+00:00"
    assert detail["report"] == current.id
    before, after = detail["before"], detail["after"]
    assert before["status"] == "needs_review" and "listeners" not in before["values"]
    assert (after["status"], after["unit"], after["period_end"]) == (
        "accepted",
        "ban_bo",
        "2021-02-04",
    )
    assert after["values"]["listeners"] == 5000 and detail["set"] == {"listeners": "5.000"}
    assert queued(config) == [week["unassigned"]]


def test_accept_gives_an_unassigned_report_its_unit_and_period(config, week):
    held = week["unassigned"]
    ok(config, "review", "accept", str(held), "--unit", "khun_ha", "--period-end", "2021-01-28")
    with opened(config) as app:
        [current] = app.store.reports(unit="khun_ha")
        assert (current.period_end, current.status) == (date(2021, 1, 28), Status.ACCEPTED)
        assert current.late is True  # sent on 04/02, after that week's deadline
        assert current.values == {"items": 12, "minutes": 75, "broadcasts": 36, "listeners": 5000}
        assert app.store.unassigned_reports() == []
        assert row(app, "khun_ha", date(2021, 1, 28)).timeliness is Timeliness.LATE


def test_accept_is_refused_while_a_required_figure_is_missing(config, week):
    message = refused(config, "review", "accept", str(week["ban_bo"]))
    assert "Còn thiếu Ước số người nghe (--set listeners=...)" in message
    with opened(config) as app:
        assert [r.id for r in app.store.reports(unit="ban_bo")] == [week["ban_bo"]]


def test_an_unknown_field_is_refused_naming_the_fields_of_the_form(config, week):
    message = refused(config, "review", "accept", str(week["ban_bo"]), "--set", "nguoi=5")
    assert 'không có mục "nguoi"' in message
    for key in ("items (Số tin, bài)", "minutes", "broadcasts", "listeners (Ước số người nghe)"):
        assert key in message


def test_figures_out_of_bounds_and_bad_periods_are_all_refused_at_once(config, week):
    message = refused(
        config,
        "review",
        "accept",
        str(week["unassigned"]),
        "--set",
        "items=600",
        "--set",
        "minutes=mười lăm phút rưỡi gì đó",
        "--unit",
        "xa_khong_co",
        "--period-end",
        "2021-02-03",
    )
    assert "Số tin, bài không được lớn hơn 500 (nhận 600)" in message
    assert "Độ dài, thời lượng (phút): không đọc được" in message
    assert 'Không có đơn vị "xa_khong_co"' in message
    assert "03/02/2021 không phải ngày cuối của một tuần báo cáo" in message


def test_durations_and_thousands_are_read_as_a_clerk_types_them(config, week):
    held = week["ban_bo"]
    ok(config, "review", "accept", str(held), "--set", "minutes=1 giờ 15 phút",
       "--set", "listeners=2.100", "--by", "lan")  # fmt: skip
    with opened(config) as app:
        [current] = app.store.reports(unit="ban_bo")
    assert current.values["minutes"] == 75 and current.values["listeners"] == 2100


def test_a_superseded_version_cannot_be_decided_on(config, week):
    held = week["ban_bo"]
    ok(config, "review", "accept", str(held), "--set", "listeners=10", "--by", "lan")
    message = refused(config, "review", "reject", str(held), "--reason", "nhầm")
    assert f"Báo cáo #{held} đã có bản mới hơn" in message


@pytest.fixture
def english():
    """The commands speak English (LANG=en, or [office] language = "en") for one test."""
    i18n.use("en")
    yield
    i18n.use("vi")


def test_a_refusal_is_in_english_under_an_english_locale(config, week, english):
    """GIVEN LANG=en WHEN a clerk's decision is refused THEN the refusal, each thing to
    fix and the hint are English (Vietnamese stays the default, as the tests above say)."""
    result = intake(
        config,
        *("review", "accept", str(week["unassigned"]), "--set", "items=600"),
        *("--set", "minutes=chưa rõ", "--unit", "xa_khong_co", "--period-end", "2021-02-03"),
    )
    message, hint = str(result.exception), result.exception.hint
    assert message.startswith(f"Report #{week['unassigned']} cannot be accepted yet:")
    assert "Số tin, bài cannot be more than 500 (got 600)" in message
    assert 'Độ dài, thời lượng (phút): "chưa rõ" cannot be read as a number' in message
    assert 'No unit "xa_khong_co" in the unit directory' in message
    assert "03/02/2021 is not the last day of a reporting week;" in message
    assert hint == "correct with --set FIELD=VALUE, --unit, --period-end or --form"
    assert str(intake(config, "review", "reject", "999", "--reason", "x").exception) == (
        "No report #999"
    )
    refusal = intake(config, "review", "reject", str(week["ban_bo"]), "--reason", " ").exception
    assert (str(refusal), refusal.hint) == ("A rejection needs a reason", 'add --reason "..."')


def test_the_command_s_refusal_follows_the_office_s_language(config):
    """GIVEN [office] language = "en" WHEN `intake review show 999` runs THEN it says so
    in English, and in Vietnamese without it."""
    import subprocess
    import sys

    def show(*env: tuple[str, str]) -> str:
        environ = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **dict(env)}
        command = [sys.executable, "-m", "intake.cli", "review", "show", "999"]
        done = subprocess.run(
            [*command, "--config", str(config)], capture_output=True, text=True, env=environ
        )
        assert done.returncode == 1, done.stderr
        return done.stderr

    assert "lỗi: Không có báo cáo #999" in show()
    config.write_text(
        '[office]\nlanguage = "en"\n'
        + config.read_text(encoding="utf-8").replace("[office]\n", "", 1),
        encoding="utf-8",
    )
    assert "error: No report #999" in show()


# -- reject -----------------------------------------------------------------------------


def test_accepting_onto_a_unit_with_a_later_report_keeps_that_one_current(config, week):
    with opened(config) as app:
        [na_tam] = app.store.reports(unit="na_tam")
    held = week["unassigned"]  # sent at 08:00; Nà Tăm's own report at 10:00
    out = ok(config, "review", "accept", str(held), "--unit", "na_tam", "--by", "lan")
    assert f"đã có bản mới hơn cho tuần này (#{na_tam.id})" in out
    with opened(config) as app:
        assert [r.id for r in app.store.reports(unit="na_tam")] == [na_tam.id]
        assert app.store.unassigned_reports() == []


def test_reject_stores_a_rejected_version_that_is_not_counted(config, week):
    held = week["ban_bo"]
    reason = "Số liệu của tuần trước, gửi nhầm"
    out = ok(config, "review", "reject", str(held), "--reason", reason, "--by", "lan")
    assert "Xã Bản Bo được tính là chưa báo cáo tuần 29/01 – 04/02/2021" in out
    with opened(config) as app:
        [current] = app.store.reports(unit="ban_bo")
        assert current.status is Status.REJECTED
        assert [p.message for p in current.problems] == [reason]
        assert row(app, "ban_bo").timeliness is Timeliness.MISSING
        [event] = [e for e in app.store.events(f"report:{held}") if e["kind"] == "review.rejected"]
    assert event["actor"] == "lan" and reason in event["detail"]
    assert queued(config) == [week["unassigned"]]


def test_reject_needs_a_reason(config, week):
    assert "Cần ghi lý do từ chối" in refused(
        config, "review", "reject", str(week["ban_bo"]), "--reason", "  "
    )


# -- history ----------------------------------------------------------------------------


def test_history_lists_the_versions_in_order_with_the_current_one_marked(config, week):
    held = week["ban_bo"]
    ok(config, "review", "accept", str(held), "--set", "listeners=5.000", "--by", "lan")
    correction = message(FULL, sender=BAN_BO, sent=SENT + timedelta(hours=5))
    deliver(config, correction)
    out = ok(config, "history", "--unit", "ban_bo", "--period-end", "2021-02-04")
    heads = [line for line in out.splitlines() if line.startswith("#")]
    ids = [int(h.split()[0][1:]) for h in heads]
    assert ids[0] == held and len(ids) == 3 and ids == sorted(ids)
    assert heads[0] == f"#{held}  chờ kiểm tra; thay bằng #{ids[1]}"
    assert heads[1] == f"#{ids[1]}  đã chấp nhận; thay bằng #{ids[2]}"
    assert heads[2] == f"#{ids[2]}  đã chấp nhận  ← BẢN HIỆN HÀNH"
    assert "Chấp nhận bởi lan lúc 04/02/2021 16:31, từ #" in out
    assert "Ước số người nghe — → 5.000" in out
    assert "Nhận lúc 04/02/2021 15:00" in out


def test_history_includes_the_unassigned_report_a_clerk_gave_to_the_unit(config, week):
    ok(config, "review", "accept", str(week["unassigned"]), "--unit", "khun_ha", "--by", "lan")
    out = ok(config, "history", "--unit", "khun_ha", "--period-end", "04/02/2021")
    assert f"#{week['unassigned']}  chờ kiểm tra" in out
    assert "Đơn vị, tuần: chưa xác định" in out
    assert "đơn vị chưa xác định → Xã Khun Há" in out


def test_list_all_shows_what_became_of_the_held_reports(config, week):
    ok(config, "review", "reject", str(week["ban_bo"]), "--reason", "nhầm", "--by", "lan")
    out = ok(config, "review", "list", "--all")
    assert "Tình trạng" in out and "đã từ chối bởi lan → #" in out
    assert "1 báo cáo chờ kiểm tra" in out
