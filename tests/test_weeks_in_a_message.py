"""A message with figures of several weeks: a unit catching up sends each week as its
report; a unit that keeps last week's figures beside this week's restates them, and they
never become a new report for last week."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from intake import config
from intake.context import Context
from intake.models import Kind, Status
from intake.pipeline import analyse
from tests.mail import ICT, message, with_sheets, with_xlsx

ROOT = Path(__file__).resolve().parents[1]
HEAD = ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"]
SENT = datetime(2021, 3, 11, 9, tzinfo=ICT)  # Thursday, the week ending 11/3


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


def two_week_workbook(body: str, subject: str = "Báo cáo tuần"):
    return with_sheets(
        message(body, subject=subject, sent=SENT),
        {
            "Tuần 9": [["KẾT QUẢ TUẦN TỪ 26/02 ĐẾN 04/3/2021"], HEAD, [5, 30, 15, 1200]],
            "Tuần 10": [["KẾT QUẢ TUẦN TỪ 05/3 ĐẾN 11/3/2021"], HEAD, [6, 35, 18, 1300]],
        },
    )


def by_week(m, context) -> dict[date, tuple[Status, dict]]:
    found = analyse(m.as_bytes(), context).reports
    return {r.period_end: (r.status, dict(r.values)) for r in found}


def test_last_weeks_sheet_kept_in_the_workbook_is_not_a_new_report(context):
    weeks = by_week(two_week_workbook("Em gửi báo cáo tuần này ạ."), context)
    assert weeks[date(2021, 3, 11)] == (
        Status.ACCEPTED,
        {"items": 6, "minutes": 35, "broadcasts": 18, "listeners": 1300},
    )
    status, _ = weeks[date(2021, 3, 4)]
    assert status is Status.NEEDS_REVIEW


def test_a_unit_catching_up_sends_each_week_as_its_report(context):
    m = two_week_workbook("Tuần trước em quên gửi, nay em gửi bù cả 2 tuần ạ.")
    weeks = by_week(m, context)
    assert {status for status, _ in weeks.values()} == {Status.ACCEPTED}
    assert set(weeks) == {date(2021, 3, 4), date(2021, 3, 11)}


def test_the_restated_week_says_why_it_is_held(context):
    found = analyse(two_week_workbook("Báo cáo tuần ạ.").as_bytes(), context).reports
    [held] = [r for r in found if r.period_end == date(2021, 3, 4)]
    assert held.problems[0].code == "restated_week"
    assert "đối chiếu" in held.problems[0].message


def test_a_plan_sheet_named_with_its_week_number_is_not_read(context):
    m = with_sheets(
        message("Kết quả tuần 10 và kế hoạch tuần 11 ạ.", sent=SENT),
        {
            "KQ T10": [["KẾT QUẢ TUYÊN TRUYỀN TUẦN 10"], HEAD, [6, 35, 18, 1300]],
            "KH T11": [["KẾ HOẠCH TUYÊN TRUYỀN TUẦN 11"], HEAD, [9, 50, 20, 2000]],
        },
    )
    assert by_week(m, context) == {
        date(2021, 3, 11): (
            Status.ACCEPTED,
            {"items": 6, "minutes": 35, "broadcasts": 18, "listeners": 1300},
        )
    }


def test_a_column_of_targets_is_not_read(context):
    rows = [
        ["Nội dung", "Thực hiện", "Kế hoạch"],
        ["Số tin, bài", 6, 9],
        ["Thời lượng (phút)", 35, 50],
        ["Số lượt phát sóng", 18, 20],
        ["Người nghe", 1300, 2000],
    ]
    [r] = analyse(with_xlsx(message("Báo cáo tuần.", sent=SENT), rows).as_bytes(), context).reports
    assert r.status is Status.ACCEPTED, r.problems
    assert r.values == {"items": 6, "minutes": 35, "broadcasts": 18, "listeners": 1300}


def test_topic_rows_whose_total_row_disagrees_are_held(context):
    rows = [
        ["STT", "Nội dung", *HEAD],
        [1, "Phòng chống dịch", 3, 15, 9, None],
        [2, "Bầu cử", 2, 10, 6, None],
        [None, "Tổng cộng", 6, 25, 15, 1300],  # 3 + 2 is 5, not 6
    ]
    [r] = analyse(with_xlsx(message("Báo cáo tuần.", sent=SENT), rows).as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW
    assert any(p.code == "table_total" for p in r.problems)


def test_the_offices_own_summary_forwarded_back_is_not_the_units_report(context):
    body = "\n".join(
        [
            "Dạ em nhận được rồi ạ, số liệu của xã đúng rồi ạ.",
            "",
            "---------- Forwarded message ---------",
            "From: Phòng VHTT <sangnq.tamduong@laichau.gov.vn>",
            "Date: Thu, Mar 11, 2021 at 4:30 PM",
            "Subject: Tổng hợp kết quả tuyên truyền tuần",
            "",
            "Phòng gửi các xã bảng tổng hợp tuần để theo dõi.",
        ]
    )
    rows = [
        ["STT", "Đơn vị", *HEAD],
        [1, "Xã Bản Bo", 6, 35, 18, 1300],
        [2, "Xã Nà Tăm", 4, 20, 8, 900],
    ]
    m = with_xlsx(message(body, subject="Fwd: Tổng hợp tuần", sent=SENT), rows)
    analysis = analyse(m.as_bytes(), context)
    assert analysis.classification.kind is Kind.OWN
    assert analysis.reports == ()


THIS_WEEK = {"items": 6, "minutes": 35, "broadcasts": 18, "listeners": 1300}


def test_last_week_under_its_heading_in_the_body_is_restated(context):
    body = "\n".join(
        [
            "Tuần trước:",
            "- Số tin, bài: 5; thời lượng 30 phút; phát 15 lượt; người nghe 1.200",
            "Tuần này:",
            "- Số tin, bài: 6; thời lượng 35 phút; phát 18 lượt; người nghe 1.300",
        ]
    )
    weeks = by_week(message(body, sent=SENT), context)
    assert weeks[date(2021, 3, 11)] == (Status.ACCEPTED, THIS_WEEK)
    assert weeks[date(2021, 3, 4)][0] is Status.NEEDS_REVIEW


def test_last_weeks_figure_beside_this_weeks_on_one_line(context):
    body = "\n".join(
        [
            "Số tin, bài: 6",
            "Thời lượng: 35 phút",
            "Số lượt phát sóng: tuần trước 15, tuần này 18",
            "Người nghe: 1.300",
        ]
    )
    assert by_week(message(body, sent=SENT), context) == {
        date(2021, 3, 11): (Status.ACCEPTED, THIS_WEEK)
    }


def test_the_week_in_a_replys_subject_is_the_threads_not_this_reports(context):
    """GIVEN "RE: Báo cáo tuần 9" over this week's figures WHEN read THEN this week: the
    subject is last week's thread's."""
    body = "Xã báo cáo tuần 10:\nSố tin, bài: 6\nThời lượng: 35 phút\nPhát 18 lượt\nNghe: 1.300"
    m = message(body, subject="RE: Báo cáo tuần 9 xã Bản Bo", sent=SENT)
    assert by_week(m, context) == {date(2021, 3, 11): (Status.ACCEPTED, THIS_WEEK)}


def test_a_forwarded_report_of_another_unit_is_held(context):
    body = "\n".join(
        [
            "Hòm thư xã Nà Tăm bị lỗi, Bản Bo chuyển giúp báo cáo tuần của xã Nà Tăm ạ.",
            "",
            "---------- Forwarded message ---------",
            "From: Cán bộ Nà Tăm <canbo.natam@gmail.com>",
            "Date: Thu, Mar 11, 2021 at 8:00 AM",
            "Subject: Bao cao tuan",
            "",
            "Xã Nà Tăm báo cáo tuần: 6 tin, bài; 35 phút; 18 lượt phát; 1.300 người nghe.",
        ]
    )
    [r] = analyse(message(body, subject="Fwd: Bao cao tuan", sent=SENT).as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW
    assert r.unit is None
    assert any(p.code == "unit_conflict" for p in r.problems)


def test_a_title_merged_across_the_row_is_no_header_of_other_periods(context):
    """ "(Tuần trước Tết và tuần Tết)" merged over every column is a title: the rows
    below are read, one per week."""
    rows = [
        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN"] * 6,
        ["(Tuần trước Tết và tuần Tết)"] * 6,
        ["STT", "Nội dung", *HEAD],
        [1, "Tuần từ 26/02 đến 04/3/2021", 5, 30, 15, 1200],
        [2, "Tuần từ 05/3 đến 11/3/2021", 6, 35, 18, 1300],
    ]
    m = with_xlsx(message("Xã gửi báo cáo 02 tuần ạ.", sent=SENT), rows)
    weeks = by_week(m, context)
    assert weeks[date(2021, 3, 11)] == (Status.ACCEPTED, THIS_WEEK)
    assert date(2021, 3, 4) in weeks


def test_a_correction_of_one_figure_keeps_the_others_of_the_quoted_report(context):
    body = "\n".join(
        [
            "Em xin sửa lại số lượt phát sóng tuần 10 là 18 lượt ạ, các số khác giữ nguyên"
            " như thư dưới ạ.",
            "",
            "----- Original Message -----",
            "From: Xã Bản Bo <banbo.tamduong@laichau.gov.vn>",
            "Sent: Thursday, March 11, 2021 8:00 AM",
            "Subject: Báo cáo tuần",
            "",
            "> Số tin, bài: 6",
            "> Thời lượng: 35 phút",
            "> Số lần phát sóng: 81",
            "> Người nghe: 1.300",
        ]
    )
    m = message(body, subject="Re: Báo cáo tuần", sent=SENT.replace(hour=15))
    assert by_week(m, context) == {date(2021, 3, 11): (Status.ACCEPTED, THIS_WEEK)}
