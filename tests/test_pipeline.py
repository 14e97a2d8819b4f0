"""From the bytes of one message to reports: the pure part of the pipeline (analyse)."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest

from intake import config
from intake.authenticity import UNLISTED
from intake.context import Context
from intake.models import Kind, Status
from intake.pipeline import analyse
from tests.mail import ICT, OFFICE, message, with_xlsx

ROOT = Path(__file__).resolve().parents[1]
WEEK = date(2021, 2, 4)
FULL = "Số tin, bài: 12\nĐộ dài: 1 giờ 15 phút\nSố lượt phát sóng: 36\nƯớc số người nghe: 5.000\n"
HEADER = ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"]


@pytest.fixture(scope="module")
def context() -> Context:
    return Context.from_config(config.load(ROOT / "config" / "demo.toml"))


def reports(m, context):
    return analyse(m.as_bytes(), context).reports


def accepted(found) -> dict:
    """The values of the one report found, which must be accepted."""
    [r] = found
    assert r.status is Status.ACCEPTED, r.problems
    return r.values


def test_labelled_lines_with_diacritics_are_accepted(context):
    [r] = reports(message(FULL), context)
    assert (r.unit, r.form, r.period_end, r.status) == (
        "ban_bo",
        "weekly_propaganda",
        WEEK,
        Status.ACCEPTED,
    )
    assert r.values == {"items": 12, "minutes": 75, "broadcasts": 36, "listeners": 5000}


def test_labelled_lines_without_diacritics_are_accepted(context):
    body = "so tin bai: 5\nthoi luong: 45 phut\nso luot phat song: 15\nuoc so nguoi nghe: 1.200\n"
    [r] = reports(message(body), context)
    assert r.status is Status.ACCEPTED
    assert r.values == {"items": 5, "minutes": 45, "broadcasts": 15, "listeners": 1200}


def test_each_value_says_where_it_came_from(context):
    [r] = reports(message(FULL), context)
    sources = {v.field: v.source for v in r.sources}
    assert sources["items"] == "nội dung thư, dòng 1"
    assert [v.raw for v in r.sources if v.field == "minutes"] == ["1 giờ 15 phút"]


def test_an_xlsx_with_one_header_row(context):
    m = with_xlsx(message("Em gửi báo cáo tuần ạ."), [HEADER, [1, "Xã Bản Bo", 8, 55, 24, 2100]])
    [r] = reports(m, context)
    assert r.status is Status.ACCEPTED
    assert r.values == {"items": 8, "minutes": 55, "broadcasts": 24, "listeners": 2100}
    assert r.sources[0].source.startswith("bao cao.xlsx, Sheet1!C2")


def test_numbers_stored_as_text_in_a_sheet(context):
    m = with_xlsx(
        message("Báo cáo tuần."), [HEADER, ["1", "Xã Bản Bo", "8", "1 giờ", "24", "2.100"]]
    )
    [r] = reports(m, context)
    assert r.values == {"items": 8, "minutes": 60, "broadcasts": 24, "listeners": 2100}


def test_a_sheet_listing_several_units_gives_a_report_for_each(context):
    rows = [
        HEADER,
        [1, "Xã Bản Bo", 8, 55, 24, 2100],
        [2, "Xã Nà Tăm", 5, 40, 15, 1100],
        [None, "Tổng cộng", 13, 95, 39, 3200],
    ]
    m = with_xlsx(
        message("Đài gửi tổng hợp", sender="daitruyenthanh.tamduong@laichau.gov.vn"), rows
    )
    got = {r.unit: (r.status, r.values["items"]) for r in reports(m, context)}
    # sent by the station for the communes: a report each, held (each unit reports itself)
    assert got == {"ban_bo": (Status.NEEDS_REVIEW, 8), "na_tam": (Status.NEEDS_REVIEW, 5)}


def test_the_quoted_part_of_a_reply_is_not_read(context):
    body = (
        "Số tin bài: 7\nThời lượng: 50 phút\nPhát sóng: 21 lần\nNgười nghe: 2.000\n\n"
        "Vào Th 5, 28 thg 1, 2021 lúc 15:02 Xã Bản Bo <banbo.tamduong@laichau.gov.vn>\n"
        "đã viết:\n> Số tin bài: 6\n> Thời lượng: 45 phút\n"
    )
    [r] = reports(message(body, subject="Re: Báo cáo tuần"), context)
    assert r.status is Status.ACCEPTED
    assert r.values["items"] == 7 and r.values["minutes"] == 50


def test_a_phone_number_in_the_signature_is_not_a_figure(context):
    body = FULL + "\nTrân trọng!\nNguyễn Văn A\nĐT: 0912.345.678\n"
    [r] = reports(message(body), context)
    assert r.status is Status.ACCEPTED
    assert 912345678 not in r.values.values()


def test_an_unknown_sender_naming_one_unit_is_identified_by_the_name(context):
    [r] = reports(
        message(FULL, sender="vanhoa.banbo@gmail.com", subject="Xã Bản Bo báo cáo"), context
    )
    assert r.unit == "ban_bo"
    assert [p.code for p in r.problems] == [UNLISTED]  # held until a clerk confirms it


def test_an_unknown_sender_without_a_unit_name_is_held(context):
    [r] = reports(message(FULL, sender="someone@gmail.com"), context)
    assert r.status is Status.NEEDS_REVIEW
    assert r.unit is None
    assert "Không xác định được đơn vị gửi" in r.problems[0].message


def test_a_sender_of_one_unit_naming_another_is_held(context):
    [r] = reports(message(FULL, subject="Báo cáo tuần xã Nà Tăm"), context)
    assert r.status is Status.NEEDS_REVIEW
    assert "Xã Nà Tăm" in r.problems[0].message


def test_a_word_that_folds_like_a_unit_name_is_not_that_unit(context):
    body = FULL + "Đã ban bố thông tin đến các bản.\n"
    [r] = reports(message(body, sender="natam.tamduong@laichau.gov.vn"), context)
    assert (r.unit, r.status) == ("na_tam", Status.ACCEPTED)


def test_a_missing_field_holds_the_report(context):
    body = "Số tin, bài: 6\nĐộ dài: 35 phút\nSố lần phát sóng: 18\n"
    [r] = reports(message(body), context)
    assert r.status is Status.NEEDS_REVIEW
    assert [p.message for p in r.problems] == ["Thiếu số liệu: Ước số người nghe"]


def test_two_different_values_for_a_field_hold_the_report(context):
    m = with_xlsx(message(FULL), [HEADER, [1, "Xã Bản Bo", 21, 75, 36, 5000]])
    [r] = reports(m, context)
    assert r.status is Status.NEEDS_REVIEW
    assert "Có hai giá trị khác nhau cho Số tin, bài: 12 và 21" in [p.message for p in r.problems]
    assert "items" not in r.values


def test_an_implausible_value_holds_the_report(context):
    [r] = reports(message(FULL.replace("36", "360000")), context)
    assert r.status is Status.NEEDS_REVIEW
    assert r.problems[0].code == "value_high"


def test_an_ambiguous_number_holds_the_report(context):
    [r] = reports(message(FULL.replace("1 giờ 15 phút", "1.5")), context)  # 1,5 or 15?
    assert r.status is Status.NEEDS_REVIEW


def test_a_separator_that_can_mean_one_thing_only_is_read(context):
    [r] = reports(message(FULL.replace("5.000", "3,200 người")), context)
    assert r.status is Status.ACCEPTED
    assert r.values["listeners"] == 3200  # 3,2 people cannot be


def test_a_dot_that_is_not_a_thousands_separator_holds_the_report(context):
    [r] = reports(message(FULL.replace("1 giờ 15 phút", "1.5 giờ")), context)
    assert r.status is Status.NEEDS_REVIEW


def test_a_broken_spreadsheet_holds_the_message(context):
    m = message("Em gửi báo cáo tuần (file đính kèm).")
    m.add_attachment(
        b"not a workbook", maintype="application", subtype="vnd.ms-excel", filename="bao cao.xlsx"
    )
    [r] = reports(m, context)
    assert r.status is Status.NEEDS_REVIEW
    assert r.unit == "ban_bo" and r.form is None
    assert "bao cao.xlsx" in r.problems[0].message


@pytest.mark.parametrize(
    ("headers", "sender", "subject", "body", "kind"),
    [
        ({"Auto-Submitted": "auto-replied"}, None, "Trả lời tự động", FULL, Kind.AUTO_REPLY),
        ({}, None, "Automatic reply: Báo cáo tuần", "Tôi đang nghỉ phép.", Kind.AUTO_REPLY),
        ({"Precedence": "bulk"}, None, "Bản tin", FULL, Kind.AUTO_REPLY),
        ({"List-Id": "<news.example.vn>"}, None, "Bản tin tuần", FULL, Kind.LIST),
        ({}, "MAILER-DAEMON@laichau.gov.vn", "Undelivered Mail", FULL, Kind.BOUNCE),
        ({}, OFFICE, "Nhắc báo cáo tuần", FULL, Kind.OWN),
        ({}, None, "Hỏi mẫu báo cáo", "Cho em hỏi mẫu báo cáo tuần này ạ?", Kind.OTHER),
    ],
)
def test_messages_that_are_not_reports_yield_none(context, headers, sender, subject, body, kind):
    m = message(body, subject=subject, headers=headers, **({"sender": sender} if sender else {}))
    analysis = analyse(m.as_bytes(), context)
    assert analysis.classification.kind is kind
    assert analysis.reports == ()


def test_the_request_letter_forwarded_around_is_not_a_report(context):
    letter = (
        "3. Đài Truyền thanh - Truyền hình huyện, UBND các xã, thị trấn báo cáo nhanh, "
        "tóm tắt kết quả tuyên truyền (Trong đó nêu rõ số lượng tin, bài; độ dài tin, bài; "
        "số lượng phát sóng; ước số lượng người nghe) về Phòng Văn hóa và Thông tin huyện "
        "qua địa chỉ email trước ngày 16h 00' ngày thứ năm hàng tuần trong tháng 02/2021."
    )
    analysis = analyse(message(letter, subject="Fwd: Công văn tuyên truyền").as_bytes(), context)
    assert analysis.reports == ()


def test_a_message_that_is_not_mime_at_all_does_not_raise(context):
    analysis = analyse(b"\x00\xff garbage without headers", context)
    assert analysis.reports == ()


REST = "Thời lượng 35 phút, phát 14 lượt, người nghe ước 1.200.\n"


@pytest.mark.parametrize(
    "breakdown",
    [
        "Bản Nậm Đích: 3 tin; bản Nà Bo: 2 tin; bản Hua Bó: 2 tin. Tổng cộng 7 tin, bài.\n",
        "- Bản Nậm Đích: 3 tin\n- Bản Nà Bo: 2 tin\n- Bản Hua Bó: 2 tin\nTổng: 7 tin, bài\n",
    ],
)
def test_a_breakdown_and_its_total_give_the_total(context, breakdown):
    """GIVEN counts per village and their total WHEN the parts add up THEN the total is
    accepted."""
    [r] = reports(message(breakdown + REST), context)
    assert r.status is Status.ACCEPTED, r.problems
    assert r.values["items"] == 7


def test_a_total_that_the_parts_do_not_make_is_held(context):
    body = "Bản Nậm Đích: 3 tin; bản Hua Bó: 2 tin. Tổng cộng 7 tin, bài.\n" + REST
    [r] = reports(message(body), context)
    assert r.status is Status.NEEDS_REVIEW
    assert "items" not in r.values


def test_last_weeks_figure_in_an_aside_is_not_this_weeks(context):
    body = (
        "Số tin bài trong tuần giảm so với tuần trước (tuần trước 12 tin bài).\n"
        "Cụ thể: số tin, bài: 8; thời lượng: 40 phút; số lần phát sóng: 16; người nghe 1.700.\n"
        "Tuần tới xã sẽ bố trí cán bộ để đảm bảo phát sóng đủ 2 buổi/ngày.\n"
    )
    assert accepted(reports(message(body), context)) == {
        "items": 8,
        "minutes": 40,
        "broadcasts": 16,
        "listeners": 1700,
    }


def test_month_to_date_figures_are_not_the_weeks(context):
    body = (
        "Từ đầu tháng 2 đến nay, xã đã xây dựng 40 tin bài, phát trên 92 lượt.\n"
        "Riêng tuần này: 10 tin bài, thời lượng 50 phút, 20 lượt phát, khoảng 2.300 người nghe.\n"
    )
    assert accepted(reports(message(body), context)) == {
        "items": 10,
        "minutes": 50,
        "broadcasts": 20,
        "listeners": 2300,
    }


def test_a_count_of_loudspeakers_beside_a_figure_is_not_a_second_figure(context):
    body = (
        "Trong tuần đã xây dựng và phát 9 tin, bài, tổng độ dài 41 phút; số lần phát sóng là"
        " 18 lần trên 6 cụm loa tại các bản; ước số người nghe khoảng 2.100 người.\n"
    )
    assert accepted(reports(message(body), context)) == {
        "items": 9,
        "minutes": 41,
        "broadcasts": 18,
        "listeners": 2100,
    }


def test_two_figures_of_the_fields_own_unit_are_still_held(context):
    body = (
        "Số tin, bài: 9\nThời lượng: 41 phút\nSố lần phát sóng: 18 lần, 6 lượt\nNgười nghe: 2.100\n"
    )
    [r] = reports(message(body), context)
    assert r.status is Status.NEEDS_REVIEW and "broadcasts" not in r.values


def test_a_blank_template_numbered_by_stt_is_not_a_report_of_ones_and_twos(context):
    """GIVEN the blank form (STT 1-4, no figure) WHEN read THEN its row numbers are not
    taken for figures: the unit's mail is held as having no figures."""
    rows = [
        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
        ["STT", "Nội dung", "Số lượng", "Ghi chú"],
        [1, "Số tin, bài", None, None],
        [2, "Độ dài (phút)", None, None],
        [3, "Số lần phát sóng", None, None],
        [4, "Ước số người nghe", None, None],
    ]
    [r] = reports(with_xlsx(message("Xã gửi báo cáo tuần theo file đính kèm."), rows), context)
    assert r.status is Status.NEEDS_REVIEW and r.values == {}


def test_a_vertical_table_counted_down_its_first_column_gives_its_value_column(context):
    rows = [
        [1, "Số tin, bài", 6],
        [2, "Độ dài (phút)", 40],
        [3, "Số lần phát sóng", 18],
        [4, "Ước số người nghe", 1500],
    ]
    assert accepted(
        reports(with_xlsx(message("Xã gửi báo cáo tuần theo file đính kèm."), rows), context)
    ) == {"items": 6, "minutes": 40, "broadcasts": 18, "listeners": 1500}


@pytest.mark.parametrize(
    "body",
    [
        "| Số tin, bài | Độ dài  | Số lần phát sóng | Ước số người nghe |\n"
        "|-------------|---------|------------------|-------------------|\n"
        "| 7           | 42 phút | 21               | 1.650             |\n",
        "Trong tuần đã phát sóng 07 tin, bài (tổng độ dài 42 phút), với 21 lượt phát;"
        " ước khoảng 1.650 người nghe.\n",
        "Số tin bài là 7, tăng 2 tin so với tuần trước; thời lượng 42 phút; phát sóng 21 lượt;"
        " khoảng 1.650 người nghe.\n",
    ],
    ids=["text_table_with_a_rule", "duration_in_parentheses", "comparison_with_last_week"],
)
def test_figures_written_around_other_words(context, body):
    assert accepted(reports(message(body), context)) == {
        "items": 7,
        "minutes": 42,
        "broadcasts": 21,
        "listeners": 1650,
    }


def test_a_breakdown_in_parentheses_is_still_set_aside(context):
    body = "Số tin, bài: 12 (trong đó 5 tin về Covid-19)\nThời lượng: 60 phút\n"
    body += "Phát 30 lượt\nNgười nghe: 2.000\n"
    [r] = reports(message(body), context)
    assert r.status is Status.ACCEPTED and r.values["items"] == 12


def _vertical(title: str, figures: list[int]) -> list[list[object]]:
    labels = ["Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"]
    return [[title], ["STT", "Nội dung", "Số lượng"]] + [
        [n, label, value]
        for n, (label, value) in enumerate(zip(labels, figures, strict=True), start=1)
    ]


def _two_sheets(m, first: list[list[object]], second: list[list[object]]):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Tuan 3"
    for row in first:
        book.active.append(row)
    other = book.create_sheet("Tuan 4")
    for row in second:
        other.append(row)
    out = io.BytesIO()
    book.save(out)
    m.add_attachment(
        out.getvalue(), maintype="application", subtype="octet-stream", filename="bc.xlsx"
    )
    return m


def test_a_sheet_per_week_gives_a_report_per_week(context):
    """GIVEN a workbook with a sheet for week 3 and one for week 4 of September, and a
    message naming week 4 WHEN read THEN each sheet is its own week's report."""
    m = message(
        "Xã gửi báo cáo tuần 3 (bổ sung) và tuần 4 tháng 9/2021.",
        sent=datetime(2021, 9, 27, 8, tzinfo=ICT),
    )
    first = _vertical("BÁO CÁO TUYÊN TRUYỀN TUẦN 3 THÁNG 9/2021", [6, 36, 18, 1400])
    second = _vertical("BÁO CÁO TUYÊN TRUYỀN TUẦN 4 THÁNG 9/2021", [7, 40, 21, 1500])
    found = reports(_two_sheets(m, first, second), context)
    assert {(r.period_end, r.status, r.values["items"]) for r in found} == {
        (date(2021, 9, 16), Status.ACCEPTED, 6),
        (date(2021, 9, 23), Status.ACCEPTED, 7),
    }


def test_a_sheets_week_that_the_message_contradicts_is_held(context):
    m = message("Xã gửi báo cáo tuần 4 tháng 9/2021.", sent=datetime(2021, 9, 27, 8, tzinfo=ICT))
    rows = _vertical("BÁO CÁO TUYÊN TRUYỀN TUẦN 3 THÁNG 9/2021", [6, 36, 18, 1400])
    [r] = reports(with_xlsx(m, rows), context)
    assert r.status is Status.NEEDS_REVIEW and r.period_end is None


def test_a_column_per_week_gives_a_report_per_week(context):
    m = message(
        "Tuần trước xã chưa gửi được, nay gửi cả 2 tuần trong file đính kèm.",
        subject="Báo cáo tuyên truyền tuần 11/3 và 18/3",
        sent=datetime(2021, 3, 19, 8, tzinfo=ICT),
    )
    rows = [
        ["KẾT QUẢ TUYÊN TRUYỀN 2 TUẦN"],
        ["Chỉ tiêu", "Tuần 05/3-11/3/2021", "Tuần 12/3-18/3/2021"],
        ["Số tin, bài", 5, 7],
        ["Thời lượng (phút)", 25, 35],
        ["Số lần phát sóng", 10, 14],
        ["Ước số người nghe", 800, 1100],
    ]
    found = reports(with_xlsx(m, rows), context)
    assert {(r.period_end, r.status, r.values["items"]) for r in found} == {
        (date(2021, 3, 11), Status.ACCEPTED, 5),
        (date(2021, 3, 18), Status.ACCEPTED, 7),
    }


def test_a_count_told_in_a_sentence_by_its_unit_word(context):
    """GIVEN "phát hiện 01 trường hợp chia sẻ thông tin sai sự thật", a line whose only
    label is the field's own WHEN read THEN "trường hợp" binds 01 to fake news."""
    body = (
        "Trong tuần, trên địa bàn xã phát hiện 01 trường hợp chia sẻ thông tin sai sự thật"
        " trên Facebook.\n"
        "Số liệu: số nhóm Zalo: 10; thành viên: 780; tin bài đăng tải: 18; cài đặt Bluezone: 360.\n"
    )
    [r] = reports(message(body, subject="Báo cáo mạng xã hội"), context)
    assert r.status is Status.ACCEPTED, r.problems
    assert r.values["fake_news"] == 1 and r.values["group_members"] == 780


def test_a_vertical_table_with_a_unit_column_under_a_merged_title(context):
    """GIVEN the district's template: title rows, the week merged across the columns, and
    STT | Nội dung | Đơn vị tính | Số lượng | Ghi chú WHEN read THEN the Số lượng column."""
    m = message("Xã gửi báo cáo tuần.", sent=datetime(2021, 3, 4, 10, tzinfo=ICT))
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"])
    sheet.append(["(Từ ngày 26/02/2021 đến ngày 04/03/2021)"])
    sheet.merge_cells("A2:E2")
    sheet.append(["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"])
    for row in (
        [1, "Số tin, bài", "tin, bài", 9, None],
        [2, "Độ dài tin, bài", "phút", 50, None],
        [3, "Số lượng phát sóng", "lượt", 27, None],
        [4, "Ước số người nghe", "người", 1700, "Tiếng Kinh, tiếng Mông"],
    ):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    m.add_attachment(
        out.getvalue(), maintype="application", subtype="octet-stream", filename="bc.xlsx"
    )
    [r] = reports(m, context)
    assert accepted([r]) == {"items": 9, "minutes": 50, "broadcasts": 27, "listeners": 1700}
    assert r.period_end == date(2021, 3, 4)


def test_a_results_column_whose_cells_carry_their_units(context):
    rows = [
        ["STT", "Nội dung", "Kết quả"],
        [1, "Số lượng tin, bài", "11 tin, bài"],
        [2, "Độ dài tin, bài", "60 phút"],
        [3, "Số lượng phát sóng", "33 lượt"],
        [4, "Ước số lượng người nghe", "2.000 người"],
    ]
    assert accepted(reports(with_xlsx(message("Xã gửi báo cáo tuần."), rows), context)) == {
        "items": 11,
        "minutes": 60,
        "broadcasts": 33,
        "listeners": 2000,
    }


@pytest.mark.parametrize(
    "body",
    [
        "Bài viết - 6\nThời lượng - 35 phút\nLượt phát - 18\nNgười nghe - 1.300\n",
        "Tin bài = 6 tin\nThời gian phát = 35 phút\nSố buổi phát = 18 buổi\n"
        "Số người nghe = 1.300\n",
        "tuần này: số tin 6 số phút 35 số lượt phát 18 người nghe 1.300\n",
    ],
    ids=["bai_viet", "so_buoi_phat", "no_separators"],
)
def test_labels_as_staff_write_them(context, body):
    assert accepted(reports(message(body), context)) == {
        "items": 6,
        "minutes": 35,
        "broadcasts": 18,
        "listeners": 1300,
    }


def test_a_report_forwarded_as_an_attached_message(context):
    """GIVEN a report sent on as message/rfc822 ("Forward as attachment") WHEN read THEN
    it is the report it carries, not a text file whose Message-ID holds figures."""
    inner = message(FULL, sender="sungade.kh@gmail.com", subject="bc tuan")
    inner.replace_header("Message-ID", "<CA+805ff0674cE699196F94=xeb13@mail.gmail.com>")
    outer = message("Em gửi kèm báo cáo tuần (thư đính kèm) ạ.", subject="Fwd: bc tuan")
    outer.add_attachment(inner)
    assert accepted(reports(outer, context)) == {
        "items": 12,
        "minutes": 75,
        "broadcasts": 36,
        "listeners": 5000,
    }


def test_both_forms_in_numbered_sections_with_units_after_each_figure(context):
    body = (
        "I. Tuyên truyền trên hệ thống truyền thanh cơ sở\n"
        "- Số tin, bài: 09 tin, bài.\n- Độ dài tin, bài: 50 phút.\n"
        "- Số lượng phát sóng: 27 lượt.\n- Ước số lượng người nghe: 2.000 người.\n"
        "II. Tuyên truyền trên mạng xã hội\n"
        "- Số nhóm Zalo đã thành lập: 14 nhóm (14/14 bản).\n- Tổng số thành viên: 1.126 người.\n"
        "- Số tin, bài đăng tải: 42 tin, bài.\n- Số người cài đặt Bluezone: 1.873 người.\n"
        "- Số vụ tin giả, tin sai sự thật: 0 vụ.\n"
    )
    found = {r.form: r for r in reports(message(body), context)}
    assert {r.status for r in found.values()} == {Status.ACCEPTED}
    assert found["weekly_propaganda"].values["items"] == 9
    assert found["social_media"].values == {
        "groups": 14,
        "group_members": 1126,
        "posts": 42,
        "bluezone_installs": 1873,
        "fake_news": 0,
    }


def _with_photo(m):
    m.add_attachment(
        b"\xff\xd8\xff\xe0 not really a jpeg",
        maintype="image",
        subtype="jpeg",
        filename="IMG_0412.jpg",
    )
    return m


def test_photos_of_an_event_are_not_a_report(context):
    m = message(
        "Em gửi ảnh buổi tuyên truyền lưu động tại bản Nà Bỏ ạ.", subject="Ảnh tuyên truyền"
    )
    analysis = analyse(_with_photo(m).as_bytes(), context)
    assert analysis.classification.kind is Kind.OTHER and analysis.reports == ()


def test_a_photo_of_the_report_is_held_for_a_clerk_to_type(context):
    m = message("Em chụp ảnh báo cáo gửi phòng ạ, máy tính xã bị hỏng.", subject="bc tuần")
    [r] = analyse(_with_photo(m).as_bytes(), context).reports
    assert r.status is Status.NEEDS_REVIEW and "IMG_0412.jpg" in r.problems[0].message


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "head", [["KẾ HOẠCH", "Tuyên truyền tháng 10 năm 2021"], ["Số: 88/KH-UBND"]]
)
def test_a_plan_is_not_a_report(context, head):
    """GIVEN a commune's plan (Kế hoạch) with its target figures WHEN read THEN no report:
    its figures are targets, not results."""
    plan = _docx(
        [
            "ỦY BAN NHÂN DÂN XÃ BẢN BO",
            *head,
            "II. CHỈ TIÊU",
            "- Phát 40 tin, bài; thời lượng 200 phút; 84 lần phát sóng.",
            "- Phấn đấu 6.000 lượt người nghe.",
        ]
    )
    m = message("Xã gửi Kế hoạch tuyên truyền tháng 10/2021.", subject="Kế hoạch tháng 10")
    m.add_attachment(plan, maintype="application", subtype="octet-stream", filename="KH.docx")
    assert analyse(m.as_bytes(), context).reports == ()


def test_the_signature_block_under_a_table_is_not_a_row_of_it(context):
    rows = [
        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
        ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"],
        [1, "Xã Bản Bo", 9, 65, 21, "1.500"],
        [],
        [None, None, None, None, None, "Bản Bo, ngày 04 tháng 02 năm 2021"],
        [None, "Người lập biểu", None, None, None, "TM. ỦY BAN NHÂN DÂN"],
        [None, "Phàn Thị Mẩy", None, None, None, "Hoàng Văn Tiến"],
        [None, "ĐT: 0352 881 640"],
    ]
    assert accepted(reports(with_xlsx(message("Xã gửi báo cáo tuần."), rows), context)) == {
        "items": 9,
        "minutes": 65,
        "broadcasts": 21,
        "listeners": 1500,
    }


VERTICAL = [
    ["UBND HUYỆN TAM ĐƯỜNG"],
    ["XÃ NÀ TĂM"],
    ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
    ["STT", "Nội dung", "Đơn vị tính", "Số lượng"],
    [1, "Số tin, bài", "Tin, bài", 7],
    [2, "Độ dài, thời lượng", "Phút", 35],
    [3, "Số lần phát sóng", "Lần", 14],
    [4, "Ước số người nghe", "Người", 880],
]


def test_another_communes_file_from_a_units_address_is_held(context):
    """GIVEN Bản Bo's address sending a file headed "XÃ NÀ TĂM" WHEN read THEN held: whose
    figures these are is for a person to decide."""
    m = with_xlsx(message("Xã Bản Bo gửi báo cáo tuần."), VERTICAL, filename="BC - Na Tam.xlsx")
    [r] = reports(m, context)
    assert r.status is Status.NEEDS_REVIEW and r.unit is None
    assert "Xã Nà Tăm" in r.problems[0].message


def test_households_in_the_unit_column_are_not_listeners(context):
    rows = [*VERTICAL[3:7], [4, "Số hộ nghe được", "Hộ", 850]]
    [r] = reports(with_xlsx(message("Xã gửi báo cáo tuần."), rows), context)
    assert r.status is Status.NEEDS_REVIEW and "listeners" not in r.values
    assert any('"hộ"' in p.message for p in r.problems)


def test_the_mails_correction_of_its_attached_file_replaces_the_wrong_figure(context):
    """GIVEN a file with 14 broadcasts and a mail saying the file wrote 14 by mistake, 24
    is right WHEN read THEN 24, accepted."""
    body = "Lưu ý: file đính kèm ghi nhầm số lần phát sóng là 14, đúng là 24 lần."
    values = accepted(reports(with_xlsx(message(body), VERTICAL[3:]), context))
    assert values == {"items": 7, "minutes": 35, "broadcasts": 24, "listeners": 880}


@pytest.mark.parametrize(
    "body",
    [
        "Lưu ý: file đính kèm ghi nhầm số lần phát sóng là 42, đúng là 24 lần.",  # not 14
        "File ghi nhầm số liệu, đúng là 24 lần và 900 người.",  # two figures, no field
    ],
)
def test_a_correction_that_does_not_match_the_file_holds_it(context, body):
    [r] = reports(with_xlsx(message(body), VERTICAL[3:]), context)
    assert r.status is Status.NEEDS_REVIEW
    assert r.problems[-1].code == "body_corrects_file"


def test_the_stations_sheet_with_communes_rows_holds_theirs(context):
    rows = [
        ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"],
        [1, "Đài Truyền thanh - Truyền hình huyện", 26, 310, 60, 44000],
        [2, "Xã Bản Bo", 8, 50, 24, 2100],
    ]
    m = with_xlsx(
        message("Đài gửi tổng hợp.", sender="daitruyenthanh.tamduong@laichau.gov.vn"), rows
    )
    found = {r.unit: r for r in reports(m, context)}
    assert found["dai_th_th"].status is Status.ACCEPTED
    assert found["ban_bo"].status is Status.NEEDS_REVIEW
    assert "gửi thay" in found["ban_bo"].problems[0].message


def test_a_social_media_vertical_table_with_its_unit_column(context):
    rows = [
        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI, CÀI ĐẶT BLUEZONE"],
        ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Ghi chú"],
        [1, "Số nhóm mạng xã hội (Zalo, Facebook) đã thành lập", "Nhóm", 12, None],
        [2, "Số thành viên trong nhóm", "Người", "1.350", None],
        [3, "Số tin, bài đăng tải", "Tin, bài", 25, None],
        [4, "Số lượt cài đặt Bluezone", "Lượt", 210, None],
        [5, "Số vụ tin giả, tin sai sự thật", "Vụ", 0, None],
    ]
    assert accepted(reports(with_xlsx(message("Xã gửi báo cáo mạng xã hội."), rows), context)) == {
        "groups": 12,
        "group_members": 1350,
        "posts": 25,
        "bluezone_installs": 210,
        "fake_news": 0,
    }


def test_an_example_in_a_guide_is_not_a_figure(context):
    body = (
        "Ví dụ: 10 tin, bài; 30 phút; 14 lần phát sóng; 1.000 người nghe.\n"
        "Số tin, bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 14\nƯớc số người nghe: 950\n"
    )
    assert accepted(reports(message(body), context)) == {
        "items": 8,
        "minutes": 40,
        "broadcasts": 14,
        "listeners": 950,
    }


def test_a_count_of_sheets_in_parentheses_is_not_a_figure(context):
    body = "Xã gửi báo cáo mạng xã hội, Bluezone tuần này (2 sheet trong file).\n" + FULL
    [r] = reports(message(body), context)
    assert r.form == "weekly_propaganda" and r.status is Status.ACCEPTED, r.problems


def test_a_count_of_programmes_is_not_the_broadcasts(context):
    body = (
        "Trong tuần, Đài đã sản xuất và phát sóng 14 chương trình thời sự địa phương với"
        " 42 tin, bài, phóng sự; tổng thời lượng 630 phút; thực hiện 56 lượt phát sóng;"
        " ước 45.000 lượt người nghe, xem.\n"
    )
    m = message(body, sender="daitruyenthanh.tamduong@laichau.gov.vn")
    assert accepted(reports(m, context)) == {
        "items": 42,
        "minutes": 630,
        "broadcasts": 56,
        "listeners": 45000,
    }


def test_a_figure_wrapped_away_from_its_unit_word(context):
    body = (
        "đến nay xã đã thành lập 14 nhóm Zalo ở 14 bản với tổng số 2.350\n"
        "thành viên; trong tuần đăng tải 36 tin, bài; số lượt cài đặt Bluezone là 1.120 lượt;\n"
        "trong tuần không phát hiện trường hợp tin giả, tin sai sự thật nào.\n"
    )
    assert accepted(reports(message(body, subject="Báo cáo mạng xã hội"), context)) == {
        "groups": 14,
        "group_members": 2350,
        "posts": 36,
        "bluezone_installs": 1120,
        "fake_news": 0,
    }


def test_labelled_lines_are_not_joined_by_their_unit_words(context):
    body = "Số nhóm: 14\nthành viên: 2.350\nbài đăng: 36\nBluezone: 1.120\ntin giả: 0\n"
    values = accepted(reports(message(body, subject="Báo cáo mạng xã hội"), context))
    assert (values["groups"], values["group_members"]) == (14, 2350)


@pytest.mark.parametrize("damaged", ["3\ufffd", "\ufffd6", "36?", "S.360"])
def test_a_damaged_figure_holds_the_report_and_is_never_read_as_its_digits(context, damaged):
    body = FULL.replace("Số lượt phát sóng: 36", f"Số lượt phát sóng: {damaged}")
    [r] = reports(message(body), context)
    assert r.status is Status.NEEDS_REVIEW
    assert any("ký tự lỗi" in p.message for p in r.problems), r.problems


def test_a_line_of_thousands_of_labels_is_no_report_line_and_costs_little(context):
    import time

    started = time.process_time()
    found = reports(message("Số tin: 12 " * 4500), context)
    assert time.process_time() - started < 3
    assert all(r.status is not Status.ACCEPTED for r in found)
