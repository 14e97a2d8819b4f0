"""The workbook, the template context, the templates and the summary e-mail."""

from __future__ import annotations

import email
import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime
from email.header import decode_header, make_header
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from intake.config import Official
from intake.errors import ConfigError
from intake.models import Correction, Field, Form, FormTable, PeriodReport, Row, Timeliness, Unit
from intake.render.mail import (
    DOCX_TYPE,
    HTML_TEMPLATE,
    SHIPPED_TEMPLATES,
    TEXT_TEMPLATE,
    XLSX_TYPE,
    build_context,
    check_templates,
    headline,
    render_summary,
    summary_email,
    template_environment,
)
from intake.render.words import Counts, vn_deadline, vn_number, vn_short_period
from intake.render.xlsx import HEADER_ROW, sheet_name, title_line, write_xlsx

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
OFFICE = "Văn phòng HĐND và UBND huyện Tam Đường"
SENDER = "baocao@tamduong.laichau.gov.vn"

UNITS = (
    Unit("tam_duong", "Thị trấn Tam Đường"),
    Unit("binh_lu", "Xã Bình Lư"),
    Unit("ban_bo", "Xã Bản Bo"),
    Unit("na_tam", "Xã Nà Tăm"),
    Unit("khun_ha", "Xã Khun Há"),
)
NEWS = Form(
    "tin_bai",
    "Tin bài tuyên truyền",
    (
        Field("so_tin_bai", "Số tin, bài"),
        Field("thoi_luong", "Thời lượng phát thanh (phút)", type="minutes"),
    ),
)
RADIO = Form(
    "truyen_thanh",
    "Hoạt động truyền thanh cơ sở",
    (
        Field("so_buoi", "Số buổi phát"),
        Field("ty_le", "Tỷ lệ cụm loa hoạt động (%)", type="number", aggregate="mean"),
    ),
)
UNVERIFIED = (777_777, 66_666)  # figures of reports held for review: never shown


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2021, 2, day, hour, minute, tzinfo=TZ)


def accepted_totals(form: Form, rows: tuple[Row, ...]) -> dict[str, float]:
    accepted = [r for r in rows if r.timeliness in (Timeliness.ON_TIME, Timeliness.LATE)]
    return {f.key: sum(r.values.get(f.key, 0) for r in accepted) for f in form.fields}


def make_report(units: tuple[Unit, ...] = UNITS) -> PeriodReport:
    """Two forms, five units: on time, late, held for review, missing, on time."""
    tam_duong, binh_lu, ban_bo, na_tam, khun_ha = units
    held = UNVERIFIED
    news = (
        Row(tam_duong, Timeliness.ON_TIME, {"so_tin_bai": 12, "thoi_luong": 12_500}, at(10, 9, 15)),
        Row(binh_lu, Timeliness.LATE, {"so_tin_bai": 8, "thoi_luong": 90}, at(12, 8, 5)),
        Row(ban_bo, Timeliness.REVIEW, {"so_tin_bai": held[0], "thoi_luong": held[1]}, at(11, 10)),
        Row(na_tam, Timeliness.MISSING),
        Row(khun_ha, Timeliness.ON_TIME, {"so_tin_bai": 5, "thoi_luong": 45.5}, at(11, 15, 59)),
    )
    radio = (
        Row(tam_duong, Timeliness.ON_TIME, {"so_buoi": 14, "ty_le": 100}, at(10, 9, 15)),
        Row(binh_lu, Timeliness.ON_TIME, {"so_buoi": 10, "ty_le": 75}, at(10, 10)),
        Row(ban_bo, Timeliness.ON_TIME, {"so_buoi": 7, "ty_le": 87.5}, at(9, 7, 30)),
        Row(na_tam, Timeliness.MISSING),
        Row(khun_ha, Timeliness.REVIEW, {"so_buoi": UNVERIFIED[0]}, at(11, 9)),
    )
    return PeriodReport(
        period_start=date(2021, 2, 5),
        period_end=date(2021, 2, 11),
        deadline=at(11, 16),
        generated_at=datetime(2021, 2, 11, 9, 30, tzinfo=UTC),  # 16:30 in Vietnam
        office=OFFICE,
        tables=(
            FormTable(NEWS, news, accepted_totals(NEWS, news)),
            FormTable(RADIO, radio, {"so_buoi": 31, "ty_le": 87.5}),
        ),
    )


@pytest.fixture
def report() -> PeriodReport:
    return make_report()


@pytest.fixture
def workbook(report: PeriodReport, tmp_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(
        write_xlsx(report, tmp_path / "tong-hop.xlsx", TZ), data_only=True
    )


def table_rows(sheet, count: int) -> list[tuple]:
    first = HEADER_ROW + 1
    return [tuple(c.value for c in row) for row in sheet.iter_rows(first, first + count - 1)]


# ---------------------------------------------------------------------------
# The workbook.


def test_one_sheet_per_form_named_after_it(workbook):
    assert workbook.sheetnames == ["Tin bài tuyên truyền", "Hoạt động truyền thanh cơ sở"]


def test_heading_lines_are_official_vietnamese(workbook):
    sheet = workbook["Tin bài tuyên truyền"]
    assert sheet["A1"].value == "VĂN PHÒNG HĐND VÀ UBND HUYỆN TAM ĐƯỜNG"
    assert sheet["A2"].value == "BÁO CÁO TỔNG HỢP TIN BÀI TUYÊN TRUYỀN"
    assert sheet["A3"].value == "Tuần từ ngày 05/02/2021 đến ngày 11/02/2021"
    assert sheet["A4"].value == "Hạn báo cáo: 16 giờ 00, thứ Năm ngày 11/02/2021"
    assert sheet["A5"].value is None
    assert "A2:F2" in sheet.merged_cells and sheet["A2"].alignment.horizontal == "center"
    assert sheet["A1"].font.b and sheet["A2"].font.b and sheet["A3"].font.i


def test_header_lists_fields_in_form_order(workbook):
    header = [c.value for c in workbook["Tin bài tuyên truyền"][HEADER_ROW]]
    assert header == [
        "STT",
        "Đơn vị",
        "Số tin, bài",
        "Thời lượng phát thanh (phút)",
        "Ngày nhận",
        "Tình trạng",
    ]


def test_rows_show_accepted_figures_as_numbers_with_local_times(workbook):
    rows = table_rows(workbook["Tin bài tuyên truyền"], 5)
    assert rows[0] == (1, "Thị trấn Tam Đường", 12, 12500, "10/02/2021 09:15", "Đúng hạn")
    assert rows[1] == (2, "Xã Bình Lư", 8, 90, "12/02/2021 08:05", "Muộn")
    assert rows[4] == (5, "Xã Khun Há", 5, 45.5, "11/02/2021 15:59", "Đúng hạn")
    sheet = workbook["Tin bài tuyên truyền"]
    assert isinstance(sheet["C7"].value, int) and sheet["D7"].number_format == "#,##0"
    assert sheet["D11"].number_format == "#,##0.0"


def test_review_and_missing_rows_have_empty_figures_and_their_status(workbook):
    rows = table_rows(workbook["Tin bài tuyên truyền"], 5)
    assert rows[2] == (3, "Xã Bản Bo", None, None, "11/02/2021 10:00", "Chờ kiểm tra")
    assert rows[3] == (4, "Xã Nà Tăm", None, None, None, "Chưa báo cáo")
    values = [c.value for sheet in workbook for row in sheet.iter_rows() for c in row]
    assert not set(UNVERIFIED) & set(values)


def test_totals_row_is_the_sum_of_accepted_figures(workbook, report):
    sheet = workbook["Tin bài tuyên truyền"]
    totals_row = HEADER_ROW + 6
    assert sheet.cell(totals_row, 1).value == "Tổng cộng"
    assert sheet.cell(totals_row, 1).font.b and sheet.cell(totals_row, 3).font.b
    figures = [sheet.cell(totals_row, c).value for c in (3, 4)]
    assert figures == [12 + 8 + 5, 12_500 + 90 + 45.5]
    assert figures == [report.tables[0].totals[k] for k in ("so_tin_bai", "thoi_luong")]


def test_totals_are_formulas_over_the_units_with_their_values_cached(report, tmp_path):
    """GIVEN a week's workbook WHEN it is read with and without the cached values THEN
    each total is a SUM over the units' cells, and its value is in the file."""
    path = write_xlsx(report, tmp_path / "x.xlsx", TZ)
    sheet = openpyxl.load_workbook(path)["Tin bài tuyên truyền"]
    totals_row, first = HEADER_ROW + 6, HEADER_ROW + 1
    assert [sheet.cell(totals_row, c).value for c in (3, 4)] == [
        f"=SUM(C{first}:C{totals_row - 1})",
        f"=SUM(D{first}:D{totals_row - 1})",
    ]
    cached = openpyxl.load_workbook(path, data_only=True)["Tin bài tuyên truyền"]
    assert [cached.cell(totals_row, c).value for c in (3, 4)] == [25, 12_635.5]


def test_footer_counts_units_and_says_when(workbook):
    sheet = workbook["Tin bài tuyên truyền"]
    lines = [sheet.cell(r, 1).value for r in range(HEADER_ROW + 7, sheet.max_row + 1)]
    assert "Số đơn vị báo cáo: 3/5 (đúng hạn 2, muộn 1, chờ kiểm tra 1, chưa báo cáo 1)" in lines
    assert lines[-1] == "Tổng hợp lúc 11/02/2021 16:30"
    assert any(line and line.startswith("Ghi chú: Tổng cộng chỉ tính") for line in lines)


def test_layout_is_printable(workbook):
    sheet = workbook["Hoạt động truyền thanh cơ sở"]
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert {c.font.name for c in cells} == {"Times New Roman"}
    assert {c.font.sz for c in cells} == {12, 13}
    header = sheet[HEADER_ROW]
    assert all(c.border.top.style == "thin" and c.alignment.wrap_text for c in header)
    assert all(sheet.column_dimensions[c].width >= 6 for c in "ABCDEF")


def test_sheet_names_are_valid_and_unique():
    used: set[str] = set()
    long = "Báo cáo: kết quả [tuần] về công tác chuyển đổi số / phát thanh?"
    first, second = sheet_name(long, used), sheet_name(long, used)
    assert len(first) <= 31 and len(second) <= 31 and first != second
    assert not set("[]:*?/\\") & set(first + second)
    assert second.endswith(" (2)")
    assert sheet_name("***", used) == "Biểu"


def test_title_line_does_not_repeat_bao_cao():
    assert (
        title_line("Báo cáo tuần công tác tuyên truyền")
        == "BÁO CÁO TỔNG HỢP TUẦN CÔNG TÁC TUYÊN TRUYỀN"
    )


def test_write_replaces_the_file_and_leaves_no_temporary(report, tmp_path):
    target = tmp_path / "out" / "tong-hop.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert write_xlsx(report, target, TZ) == target
    assert openpyxl.load_workbook(target).sheetnames
    assert [p.name for p in target.parent.iterdir()] == ["tong-hop.xlsx"]


def test_a_report_without_forms_still_gives_a_workbook(report, tmp_path):
    empty = PeriodReport(**{**report.__dict__, "tables": ()})
    sheet = openpyxl.load_workbook(write_xlsx(empty, tmp_path / "x.xlsx", TZ)).active
    assert sheet["A2"].value == "BÁO CÁO TỔNG HỢP"
    assert sheet[f"A{HEADER_ROW}"].value == "Không có biểu báo cáo nào trong kỳ."


# ---------------------------------------------------------------------------
# Words and numbers.


@pytest.mark.parametrize(
    ("value", "text"),
    [(0, "0"), (12_500, "12.500"), (2.5, "2,5"), (1234.56, "1.234,6"), (1_000_000.0, "1.000.000")],
)
def test_numbers_use_vietnamese_separators(value, text):
    assert vn_number(value) == text


def test_deadline_names_the_weekday_in_local_time():
    assert vn_deadline(datetime(2021, 2, 11, 9, 0, tzinfo=UTC), TZ) == (
        "16 giờ 00, thứ Năm ngày 11/02/2021"
    )
    assert vn_deadline(datetime(2021, 2, 14, 8, 30, tzinfo=TZ), TZ) == (
        "8 giờ 30, Chủ nhật ngày 14/02/2021"
    )


def test_a_naive_time_is_taken_as_utc():
    assert vn_deadline(datetime(2021, 2, 11, 9, 0), TZ).startswith("16 giờ 00")


def test_short_period_names_both_years_across_new_year():
    assert vn_short_period(date(2021, 2, 5), date(2021, 2, 11)) == "05/02 – 11/02/2021"
    assert vn_short_period(date(2020, 12, 28), date(2021, 1, 3)) == "28/12/2020 – 03/01/2021"


def test_headline_leaves_out_empty_parts():
    assert headline(Counts(3, 3, 0, 0, 0), []) == "3/3 đơn vị đã báo cáo (3 đúng hạn)"
    assert headline(Counts(14, 10, 2, 1, 1), ["Xã Nà Tăm"]) == (
        "12/14 đơn vị đã báo cáo (10 đúng hạn, 2 muộn), 1 đơn vị chờ kiểm tra, "
        "1 đơn vị chưa báo cáo: Xã Nà Tăm"
    )
    assert headline(Counts(2, 0, 0, 0, 2), ["A", "B"]) == (
        "0/2 đơn vị đã báo cáo, 2 đơn vị chưa báo cáo: A, B"
    )


# ---------------------------------------------------------------------------
# The context and the templates.


def test_context_is_formatted_for_district_staff(report):
    context = build_context(report, TZ)
    assert context.period == "từ ngày 05/02/2021 đến ngày 11/02/2021"
    assert context.generated_at == "11/02/2021 16:30"
    news = context.forms[0]
    assert news.headline == (
        "3/5 đơn vị đã báo cáo (2 đúng hạn, 1 muộn), 1 đơn vị chờ kiểm tra, "
        "1 đơn vị chưa báo cáo: xã Nà Tăm"
    )
    assert [t.value for t in news.totals] == ["25", "12.635,5"]
    assert [f.value for f in news.units[0].figures] == ["12", "12.500"]
    assert [f.value for f in news.units[2].figures] == ["", ""]
    assert news.missing == ("xã Nà Tăm",) and news.review == ("xã Bản Bo",)


def test_a_unit_counts_with_its_worst_state_over_all_forms(report):
    context = build_context(report, TZ)
    assert (context.counts.reported, context.counts.expected) == (2, 5)
    assert context.review == (
        "xã Bản Bo (Tin bài tuyên truyền)",
        "xã Khun Há (Hoạt động truyền thanh cơ sở)",
    )


@pytest.mark.parametrize("name", sorted(p.name for p in SHIPPED_TEMPLATES.glob("summary.*.j2")))
def test_every_shipped_template_renders_with_strict_undefined(name, report):
    env = template_environment()
    text = env.get_template(name).render(build_context(report, TZ).variables())
    assert "Xã Nà Tăm" in text and "12.500" in text
    assert not any(str(v) in text or vn_number(v) in text for v in UNVERIFIED)


def test_shipped_templates_include_both_summaries():
    assert {TEXT_TEMPLATE, HTML_TEMPLATE} <= {p.name for p in SHIPPED_TEMPLATES.glob("*.j2")}


def test_an_override_folder_wins_over_the_shipped_templates(report, tmp_path):
    (tmp_path / TEXT_TEMPLATE).write_text("Tổng hợp {{ period_end }}: {{ headline }}\n")
    text, html = render_summary(build_context(report, TZ), tmp_path)
    assert text.startswith("Tổng hợp 11/02/2021: 2/5 đơn vị đã báo cáo")
    assert "<table" in html  # not overridden: the shipped one


def test_an_unknown_variable_in_an_override_is_an_error(report, tmp_path):
    (tmp_path / TEXT_TEMPLATE).write_text("{{ nobody }}\n")
    with pytest.raises(ConfigError, match="template summary.txt.j2: 'nobody' is undefined"):
        render_summary(build_context(report, TZ), tmp_path)
    with pytest.raises(ConfigError, match="nobody"):
        check_templates(tmp_path)  # `intake check` finds it before the weekly run does


def test_a_broken_override_is_reported_with_file_and_line(tmp_path):
    (tmp_path / HTML_TEMPLATE).write_text("<p>\n{% for x in %}\n")
    with pytest.raises(ConfigError, match=r"summary\.html\.j2, line 2"):
        check_templates(tmp_path)
    assert "summary.txt.j2" in check_templates(None)


def test_html_is_escaped_and_text_is_not(report):
    odd = tuple(Unit(u.id, f"{u.name} <b>&") for u in UNITS)
    text, html = render_summary(build_context(make_report(odd), TZ))
    assert "Xã Bản Bo <b>&" in text
    assert "Xã Bản Bo &lt;b&gt;&amp;" in html and "Bo <b>" not in html


# ---------------------------------------------------------------------------
# The e-mail.


@pytest.fixture
def message(report, tmp_path):
    xlsx = write_xlsx(report, tmp_path / "any-name.xlsx", TZ)
    built = summary_email(
        report,
        xlsx,
        sender=SENDER,
        to=["ubnd@tinh.test"],
        cc=["a@huyen.test", "b@huyen.test"],
        tz=TZ,
    )
    # What a recipient sees: the message as bytes, parsed again.
    return email.message_from_bytes(built.as_bytes(), policy=email.policy.default)


def test_email_headers(message):
    assert message["Subject"] == "[Tổng hợp báo cáo] Tuần 05/02 – 11/02/2021: 2/5 đơn vị đã báo cáo"
    # Decoded as mail clients do (RFC 2047: the space between two encoded words is not
    # text); Python's policy.default parser adds one (python/cpython#128110).
    raw_from = next(v for k, v in message.raw_items() if k == "From")
    assert str(make_header(decode_header(raw_from))) == f"{OFFICE} <{SENDER}>"
    assert message["To"] == "ubnd@tinh.test" and message["Cc"] == "a@huyen.test, b@huyen.test"
    assert message["Message-ID"].endswith("@tamduong.laichau.gov.vn>")
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Date"].datetime == datetime(2021, 2, 11, 9, 30, tzinfo=UTC)


def test_email_has_text_and_html_alternatives_and_the_workbook(message):
    assert message.get_content_type() == "multipart/mixed"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Kính gửi" in text and "3/5 đơn vị đã báo cáo (2 đúng hạn, 1 muộn)" in text
    assert "<table" in html and "Chưa báo cáo: xã Nà Tăm." in html
    assert "chỉ tính các báo cáo đã được chấp nhận" in text
    [attachment] = message.iter_attachments()
    assert attachment.get_content_type() == "/".join(XLSX_TYPE)
    assert attachment.get_filename() == "tong-hop-tuan-2021-02-11.xlsx"
    assert attachment.get_content()[:2] == b"PK"


def test_email_never_shows_an_unverified_figure(message):
    for part in ("plain", "html"):
        body = message.get_body((part,)).get_content()
        assert not any(vn_number(v) in body for v in UNVERIFIED)


# ---------------------------------------------------------------------------
# Corrections, a replaced report, the letterhead, drafts and more attachments.


CORRECTIONS = (
    Correction(UNITS[1], NEWS, date(2021, 2, 4), {"so_tin_bai": 8}, {"so_tin_bai": 10}),
    Correction(UNITS[3], RADIO, date(2021, 2, 4), {}, {"so_buoi": 3, "ty_le": 50}),
)
OFFICIAL = Official(
    parent_body="UBND huyện Tam Đường",
    issuing_body="Phòng Văn hóa và Thông tin",
    symbol="BC-VHTT",
    place="Tam Đường",
    recipients=("Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",),
    copies_to=("Như trên", "Lưu: VT"),
    signing_authority="KT. Trưởng phòng",
    signer_title="Phó trưởng phòng",
    signer_name="Đỗ Trọng Thi",
)


@pytest.fixture
def corrected(report) -> PeriodReport:
    return replace(
        report,
        corrections=CORRECTIONS,
        version=2,
        replaces=datetime(2021, 2, 11, 9, 31, tzinfo=UTC),
        number="05/BC-VHTT",
    )


def column_a(sheet) -> list:
    return [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)]


def test_workbook_names_a_replaced_report_and_lists_corrections(corrected, tmp_path):
    workbook = openpyxl.load_workbook(
        write_xlsx(corrected, tmp_path / "x.xlsx", TZ), data_only=True
    )
    news, radio = workbook.worksheets
    assert news["A5"].value == "(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021) - phiên bản 2"
    assert news[f"A{HEADER_ROW}"].value == "STT"
    lines = column_a(news)
    title = lines.index("Số liệu điều chỉnh")
    assert lines[title + 2] == (
        "- Xã Bình Lư, tuần 29/01 – 04/02/2021 (Tin bài tuyên truyền): Số tin, bài: 8 → 10."
    )
    assert lines[-1] == "Tổng hợp lúc 11/02/2021 16:30"
    assert any(
        str(line).startswith("- Xã Nà Tăm, tuần 29/01 – 04/02/2021 (Hoạt động truyền thanh")
        for line in column_a(radio)
    )  # each correction on the sheet of its form


def test_workbook_with_the_official_letterhead(corrected, tmp_path):
    path = write_xlsx(corrected, tmp_path / "x.xlsx", TZ, official=OFFICIAL)
    sheet = openpyxl.load_workbook(path, data_only=True)["Tin bài tuyên truyền"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
    assert sheet["A1"].value == "UBND HUYỆN TAM ĐƯỜNG"
    assert sheet["A2"].value == "PHÒNG VĂN HÓA VÀ THÔNG TIN" and sheet["A2"].font.b
    national, motto = (
        cells["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        cells["Độc lập - Tự do - Hạnh phúc"],
    )
    assert national.row == 1 and national.column > 1 and national.font.b
    assert motto.row == 2 and motto.font.u == "single"  # the rule under the motto
    assert "Số: 05/BC-VHTT" in cells and cells["Tam Đường, ngày 11 tháng 02 năm 2021"].font.i
    assert cells["BÁO CÁO"].font.b and cells["BÁO CÁO"].font.sz == 14
    assert "Kết quả công tác tuyên truyền tuần từ ngày 05/02/2021 đến ngày 11/02/2021" in cells
    assert "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu" in cells
    assert "(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021) - phiên bản 2" in cells
    header = cells["STT"].row
    totals = [sheet.cell(header + 6, c).value for c in (1, 3, 4)]
    assert totals == ["Tổng cộng", 25, 12_635.5]
    assert "Đơn vị chưa báo cáo: Xã Nà Tăm." in cells and "Số liệu điều chỉnh" in cells
    assert cells["Nơi nhận:"].font.b and cells["Nơi nhận:"].font.i
    assert "- Như trên;" in cells and "- Lưu: VT." in cells
    for signer in ("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Đỗ Trọng Thi"):
        assert cells[signer].font.b and cells[signer].column > 1
    assert not any(isinstance(v, str) and v.startswith("Tổng hợp lúc") for v in cells)
    assert sheet.page_margins.left == pytest.approx(30 / 25.4, abs=0.01)
    assert sheet.page_margins.right == pytest.approx(15 / 25.4, abs=0.01)
    assert {c.font.name for c in cells.values()} == {"Times New Roman"}
    values = [c.value for ws in openpyxl.load_workbook(path) for r in ws.iter_rows() for c in r]
    assert not set(UNVERIFIED) & set(values)


def test_draft_email_says_how_to_approve(report, tmp_path):
    xlsx = write_xlsx(report, tmp_path / "x.xlsx", TZ)
    built = summary_email(
        report, xlsx, sender=SENDER, to=["a@huyen.test"], cc=[], tz=TZ, draft=True
    )
    message = email.message_from_bytes(built.as_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("[Dự thảo - chờ duyệt] [Tổng hợp báo cáo] Tuần 05/02")
    approve = (
        'Đây là bản dự thảo. Để gửi báo cáo chính thức, trả lời thư này với nội dung "Đồng ý", '
        "hoặc chạy lệnh: intake report approve --period-end 2021-02-11"
    )
    assert approve in message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Đây là bản dự thảo." in html and "--period-end 2021-02-11" in html


def test_a_report_is_not_a_draft_by_default(message):
    assert "dự thảo" not in message.get_body(("plain",)).get_content().lower()


def test_email_lists_corrections_and_the_replaced_report(corrected, tmp_path):
    xlsx = write_xlsx(corrected, tmp_path / "x.xlsx", TZ)
    built = summary_email(corrected, xlsx, sender=SENDER, to=["a@tinh.test"], cc=[], tz=TZ)
    message = email.message_from_bytes(built.as_bytes(), policy=email.policy.default)
    for part in ("plain", "html"):
        body = message.get_body((part,)).get_content()
        assert "Số liệu điều chỉnh so với báo cáo đã gửi" in body
        assert (
            "Xã Bình Lư, tuần 29/01 – 04/02/2021 (Tin bài tuyên truyền): Số tin, bài: 8 → 10"
            in body
        )
        assert "(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021) - phiên bản 2" in body


def test_email_attaches_the_word_and_pdf_reports_with_their_types(report, tmp_path):
    xlsx = write_xlsx(report, tmp_path / "tong-hop-2021-02-11.xlsx", TZ)
    docx_file = tmp_path / "tong-hop-2021-02-11.docx"
    pdf_file = tmp_path / "tong-hop-2021-02-11.pdf"
    docx_file.write_bytes(b"PK docx")
    pdf_file.write_bytes(b"%PDF-1.7")
    built = summary_email(
        report, xlsx, sender=SENDER, to=["a@tinh.test"], cc=[], tz=TZ,
        attachments=[docx_file, pdf_file],
    )  # fmt: skip
    message = email.message_from_bytes(built.as_bytes(), policy=email.policy.default)
    found = [(a.get_filename(), a.get_content_type()) for a in message.iter_attachments()]
    assert found == [
        ("tong-hop-tuan-2021-02-11.xlsx", "/".join(XLSX_TYPE)),
        ("tong-hop-tuan-2021-02-11.docx", "/".join(DOCX_TYPE)),
        ("tong-hop-tuan-2021-02-11.pdf", "application/pdf"),
    ]
    text = message.get_body(("plain",)).get_content()
    assert "tong-hop-tuan-2021-02-11.xlsx, tong-hop-tuan-2021-02-11.docx, tong-hop-tuan-" in text


def test_a_late_row_says_how_late():
    from datetime import timedelta

    from intake.render.words import status_label, vn_delay

    late = Row(UNITS[1], Timeliness.LATE, {}, None, None, timedelta(hours=17, minutes=5))
    assert status_label(late) == "Muộn 17 giờ 5 phút"
    assert status_label(Row(UNITS[1], Timeliness.LATE)) == "Muộn"
    assert vn_delay(timedelta(days=1, hours=3, minutes=20)) == "1 ngày 3 giờ"
