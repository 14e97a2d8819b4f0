"""Plans are not reports: what a unit intends to do ("KẾ HOẠCH TUẦN TỚI", "dự kiến",
"phấn đấu", "chỉ tiêu") is never read as what it did, in the body or in a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake import config
from intake.context import Context
from intake.models import Kind, Status
from intake.pipeline import analyse
from tests.mail import message, with_docx, with_sheets

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ["Số tin, bài: 7", "Thời lượng: 42 phút", "Số lần phát sóng: 19", "Người nghe: 1.650"]
RESULT_VALUES = {"items": 7, "minutes": 42, "broadcasts": 19, "listeners": 1650}
TARGETS = ["Số tin, bài: 11", "Thời lượng: 66 phút", "Số lần phát sóng: 30", "Người nghe: 2.400"]
HEADER = ["STT", "Nội dung", "Số tin, bài", "Thời lượng (phút)", "Số lần phát", "Người nghe"]


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


def accepted(m, context) -> dict:
    [r] = analyse(m.as_bytes(), context).reports
    assert r.status is Status.ACCEPTED, r.problems
    return dict(r.values)


@pytest.mark.parametrize(
    "heading",
    [
        "KẾ HOẠCH TUYÊN TRUYỀN TUẦN TỚI",
        "II. Phương hướng nhiệm vụ",
        "2. ke hoach tuan sau:",
        "Dự kiến chương trình tuần tới",
        "III - NHIỆM VỤ TRỌNG TÂM TUẦN TIẾP THEO",
    ],
)
def test_figures_under_a_plan_heading_in_the_body_are_not_read(context, heading):
    body = "\n".join(["Kết quả tuyên truyền tuần:", *RESULTS, "", heading, *TARGETS])
    assert accepted(message(body), context) == RESULT_VALUES


@pytest.mark.parametrize("word", ["dự kiến", "phấn đấu", "chỉ tiêu", "mục tiêu"])
def test_a_target_beside_a_figure_is_set_aside(context, word):
    body = "\n".join(RESULTS[:1] + [f"Thời lượng: 42 phút; {word} 60 phút"] + RESULTS[2:])
    assert accepted(message(body), context) == RESULT_VALUES


def test_a_plan_sent_alone_is_not_a_report(context):
    """GIVEN a mail whose subject and text are next week's plan WHEN read THEN it is not
    a report (and no clerk is asked to look at it)."""
    m = message("\n".join(TARGETS), subject="Kế hoạch tuyên truyền tuần tới xã Bản Bo")
    analysis = analyse(m.as_bytes(), context)
    assert analysis.classification.kind is Kind.OTHER
    assert analysis.reports == ()


def test_a_plan_in_the_body_of_a_units_mail_holds_nothing(context):
    body = "\n".join(["Dạ em gửi kế hoạch ạ.", "", "KẾ HOẠCH TUYÊN TRUYỀN", *TARGETS])
    assert analyse(message(body, subject="gửi phòng").as_bytes(), context).reports == ()


def test_a_table_under_a_plan_heading_in_a_document_is_not_read(context):
    m = with_docx(
        message("Em gửi báo cáo tuần ạ."),
        [
            "BÁO CÁO",
            "Kết quả công tác tuyên truyền tuần",
            [HEADER, ["1", "Tuyên truyền", "7", "42", "19", "1.650"]],
            "II. KẾ HOẠCH TUẦN TỚI",
            [HEADER, ["1", "Tuyên truyền", "11", "66", "30", "2.400"]],
        ],
    )
    assert accepted(m, context) == RESULT_VALUES


def test_a_plan_sheet_beside_the_report_sheet_is_not_read(context):
    m = with_sheets(
        message("Em gửi báo cáo tuần ạ."),
        {
            "Kết quả": [HEADER, [1, "Tuyên truyền", 7, 42, 19, 1650]],
            "Kế hoạch tuần tới": [HEADER, [1, "Tuyên truyền", 11, 66, 30, 2400]],
        },
    )
    assert accepted(m, context) == RESULT_VALUES


def test_a_plan_line_that_starts_with_du_kien_is_set_aside_whole(context):
    body = "\n".join([*RESULTS, "- Dự kiến tuần sau phát 11 tin, bài; thời lượng 66 phút"])
    assert accepted(message(body), context) == RESULT_VALUES


def test_a_plan_that_promises_the_report_later_is_not_held(context):
    body = "\n".join(
        [
            "Dạ em gửi KẾ HOẠCH tuyên truyền tuần tới của xã ạ:",
            "- Dự kiến phát 11 tin, bài; thời lượng khoảng 66 phút; 30 lượt phát sóng.",
            "Báo cáo kết quả em sẽ gửi vào thứ Năm ạ.",
        ]
    )
    m = message(body, subject="Kế hoạch tuyên truyền tuần tới")
    assert analyse(m.as_bytes(), context).reports == ()


def test_a_broadcast_schedule_is_not_a_report(context):
    m = with_docx(
        message("Trung tâm gửi lịch phát sóng tuần tới để phòng theo dõi ạ.", subject="Lịch"),
        [
            "LỊCH PHÁT SÓNG TUẦN 6 (TỪ 05/02 ĐẾN 11/02/2021)",
            [
                ["Thời gian", "Nội dung", "Thời lượng", "Số lần phát"],
                ["6h00 hằng ngày", "Tiếp sóng Đài Tiếng nói Việt Nam", "30 phút", "7"],
                ["17h00 thứ Hai, Tư, Sáu", "Chương trình của xã", "20 phút", "3"],
            ],
        ],
        filename="Lich phat song.docx",
    )
    assert analyse(m.as_bytes(), context).reports == ()
