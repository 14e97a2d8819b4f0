"""A week restated beside a later one meets what is stored: history when it agrees, a
correction held for a clerk when it differs, held when nothing was stored."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from intake.app import App
from intake.models import Status
from intake.pipeline import run_once
from tests.helpers_e2e import maildir_config
from tests.mail import ICT, message, with_sheets

BAN_BO = "banbo.tamduong@laichau.gov.vn"
HEAD = ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"]
LAST, THIS = date(2021, 3, 4), date(2021, 3, 11)
LAST_WEEK_TEXT = "Số tin, bài: 5\nThời lượng: 30 phút\nSố lượt phát sóng: 15\nNgười nghe: 1.200"


@pytest.fixture
def config(tmp_path) -> Path:
    return maildir_config(tmp_path)


def deliver(config: Path, m, name: str, now: datetime) -> None:
    (config.parent / "mail" / name).write_bytes(m.as_bytes())
    app = App.open(config)
    try:
        run_once(app, now, publish_due=False)
    finally:
        app.close()


def workbook_with_last_week(last_week_row: list[int]):
    return with_sheets(
        message("Em gửi báo cáo tuần ạ.", sender=BAN_BO, sent=datetime(2021, 3, 11, 9, tzinfo=ICT)),
        {
            "Tuần 9": [["TUẦN TỪ 26/02 ĐẾN 04/3/2021"], HEAD, last_week_row],
            "Tuần 10": [["TUẦN TỪ 05/3 ĐẾN 11/3/2021"], HEAD, [6, 35, 18, 1300]],
        },
    )


def this_week_with(config: Path, last_week_row: list[int]) -> None:
    """This week's workbook, keeping last week's sheet with `last_week_row`."""
    m = workbook_with_last_week(last_week_row)
    deliver(config, m, "002.eml", datetime(2021, 3, 11, 10, tzinfo=ICT))


def current(config: Path) -> dict[date, tuple[Status, dict, tuple[str, ...]]]:
    app = App.open(config)
    try:
        return {
            r.period_end: (r.status, r.values, tuple(p.message for p in r.problems))
            for r in app.store.reports(unit="ban_bo")
        }
    finally:
        app.close()


def last_week_reported(config: Path) -> None:
    m = message(LAST_WEEK_TEXT, sender=BAN_BO, sent=datetime(2021, 3, 4, 9, tzinfo=ICT))
    deliver(config, m, "001.eml", datetime(2021, 3, 4, 10, tzinfo=ICT))


def test_restated_figures_that_agree_are_history(config):
    last_week_reported(config)
    this_week_with(config, [5, 30, 15, 1200])
    weeks = current(config)
    assert weeks[LAST][0] is Status.ACCEPTED  # last week's report stands, untouched
    assert weeks[THIS][0] is Status.ACCEPTED
    app = App.open(config)
    try:
        assert len(app.store.reports(unit="ban_bo", current_only=False)) == 2
    finally:
        app.close()


def test_restated_figures_that_differ_are_held_as_a_correction(config):
    last_week_reported(config)
    this_week_with(config, [5, 30, 16, 1200])
    status, _, problems = current(config)[LAST]
    assert status is Status.NEEDS_REVIEW
    assert "khác báo cáo đã lưu" in problems[0] and "15 → 16" in problems[0]


def test_a_restated_week_never_reported_waits_for_a_clerk(config):
    this_week_with(config, [5, 30, 15, 1200])
    status, _, problems = current(config)[LAST]
    assert status is Status.NEEDS_REVIEW
    assert "chưa có báo cáo" in problems[0]
