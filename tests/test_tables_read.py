"""Tables of the shapes units send: the total of a breakdown, a column per channel with a
total, a row per week, an HTML table whose plain-text twin lost its header."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from intake import config
from intake.context import Context
from intake.models import Status
from intake.pipeline import analyse
from tests.mail import ICT, message, with_docx, with_xlsx

ROOT = Path(__file__).resolve().parents[1]
VALUES = {"items": 38, "minutes": 270, "broadcasts": 76, "listeners": 35000}


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


def test_figures_by_channel_with_a_total_column_give_the_total(context):
    table = [
        ["TT", "Nội dung", "Truyền thanh", "Truyền hình", "Tổng cộng"],
        ["1", "Số tin, bài", "18", "20", "38"],
        ["2", "Thời lượng (phút)", "120", "150", "270"],
        ["3", "Số lượt phát sóng", "36", "40", "76"],
        ["4", "Ước số người nghe, xem", "15.000", "20.000", "35.000"],
    ]
    m = with_docx(
        message("Đài gửi báo cáo tuần.", sender="daitruyenthanh.tamduong@laichau.gov.vn"),
        ["BÁO CÁO", table],
    )
    [r] = analyse(m.as_bytes(), context).reports
    assert r.status is Status.ACCEPTED, r.problems
    assert r.values == VALUES


def test_a_row_per_week_gives_a_report_per_week(context):
    rows = [
        ["Tuần", "Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
        ["Từ 19/02 đến 25/02/2021", 5, 30, 15, 1000],
        ["Từ 26/02 đến 04/3/2021", 6, 36, 18, 1100],
    ]
    sent = datetime(2021, 3, 8, 9, tzinfo=ICT)
    m = with_xlsx(message("Em gửi bù báo cáo 2 tuần ạ.", sent=sent), rows)
    found = {
        r.period_end: (r.status, dict(r.values)) for r in analyse(m.as_bytes(), context).reports
    }
    assert found == {
        date(2021, 2, 25): (
            Status.ACCEPTED,
            {"items": 5, "minutes": 30, "broadcasts": 15, "listeners": 1000},
        ),
        date(2021, 3, 4): (
            Status.ACCEPTED,
            {"items": 6, "minutes": 36, "broadcasts": 18, "listeners": 1100},
        ),
    }


def test_an_html_table_whose_plain_part_lacks_the_header_row(context):
    """Gmail's plain part of a pasted table may drop its header; the HTML keeps it."""
    rows = [
        ["1", "Bản Bo", "12", "1.000"],
        ["2", "Nà Ít", "12", "900"],
        ["", "Tổng cộng", "24", "1.900"],
    ]
    said = "Xã biên tập 8 tin, bài, độ dài 50 phút, tiếp sóng về các bản:"
    plain = said + "\n\n" + "\n".join("\t".join(r) for r in rows)
    header = "<tr><td>STT</td><td>Bản</td><td>Số lượt phát sóng</td><td>Số người nghe</td></tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = f"<p>{said}</p><table>{header}{body}</table>"
    m = message(plain)
    m.add_alternative(html, subtype="html")
    [r] = analyse(m.as_bytes(), context).reports
    assert r.status is Status.ACCEPTED, r.problems
    assert r.values == {"items": 8, "minutes": 50, "broadcasts": 24, "listeners": 1900}


def test_a_row_per_week_named_by_number_and_dates(context):
    rows = [
        [
            "Tuần",
            "Từ ngày - đến ngày",
            "Số tin, bài",
            "Thời lượng (phút)",
            "Số lượt phát sóng",
            "Người nghe",
        ],
        ["Tuần 1", "19/02 - 25/02/2021", 5, 30, 15, 1000],
        ["Tuần 2", "26/02 - 04/3/2021", 6, 36, 18, 1100],
    ]
    sent = datetime(2021, 3, 8, 9, tzinfo=ICT)
    m = with_xlsx(message("Xã gửi bù số liệu 2 tuần ạ.", sent=sent), rows)
    found = {
        r.period_end for r in analyse(m.as_bytes(), context).reports if r.status is Status.ACCEPTED
    }
    assert found == {date(2021, 2, 25), date(2021, 3, 4)}
