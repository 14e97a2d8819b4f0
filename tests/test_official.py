"""The official report (Nghị định 30/2020/NĐ-CP): its sentences, the Word document, the PDF.

The report is built by hand: two forms, five units on time, late, held for review and
missing, two corrections to the week before, and it replaces a report already sent.
"""

from __future__ import annotations

import re
import runpy
import shutil
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pdfplumber
import pytest
from docx.shared import Mm

from intake.config import Official
from intake.errors import ConfigError, IntakeError
from intake.models import Correction, Field, Form, FormTable, PeriodReport, Row, Timeliness, Unit
from intake.render import check_templates, narrative, pdf
from intake.render.official import (
    DOCX_TEMPLATE,
    SHIPPED_TEMPLATES,
    build_official_context,
    split_number,
    write_docx,
)
from intake.render.words import document_date, vn_number

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

THI_TRAN, BINH_LU, BAN_BO, NA_TAM, KHUN_HA = UNITS = (
    Unit("tam_duong", "Thị trấn Tam Đường"),
    Unit("binh_lu", "Xã Bình Lư"),
    Unit("ban_bo", "Xã Bản Bo"),
    Unit("na_tam", "Xã Nà Tăm"),
    Unit("khun_ha", "Xã Khun Há"),
)
NEWS = Form(
    "tin_bai",
    "Báo cáo kết quả tuyên truyền tuần",
    (
        Field("so_tin_bai", "Số tin, bài"),
        Field("thoi_luong", "Độ dài, thời lượng (phút)", type="minutes"),
        Field("so_lan", "Số lần phát sóng"),
        Field("nguoi_nghe", "Ước số người nghe"),
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
UNVERIFIED = 777_777  # a figure of a report held for review: never shown
OFFICIAL = Official(
    parent_body="Ủy ban nhân dân huyện Tam Đường",
    issuing_body="Phòng Văn hóa và Thông tin",
    symbol="BC-VHTT",
    place="Tam Đường",
    summary="Kết quả công tác tuyên truyền tuần",
    recipients=("Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu", "UBND huyện Tam Đường;"),
    copies_to=("Như trên", "- Lãnh đạo phòng;", "Lưu: VT, VHTT."),
    signing_authority="KT. Trưởng phòng",
    signer_title="Phó trưởng phòng",
    signer_name="Đỗ Trọng Thi",
)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2021, 2, day, hour, minute, tzinfo=TZ)


def row(unit: Unit, timeliness: Timeliness, values: dict | None = None, day: int = 3) -> Row:
    received = None if timeliness is Timeliness.MISSING else at(day, 9)
    return Row(unit, timeliness, values or {}, received)


def accepted_totals(form: Form, rows: tuple[Row, ...]) -> dict[str, float]:
    accepted = [r for r in rows if r.timeliness in (Timeliness.ON_TIME, Timeliness.LATE)]
    return {f.key: sum(r.values[f.key] for r in accepted) for f in form.fields}


NEWS_ROWS = (
    row(THI_TRAN, Timeliness.ON_TIME, {"so_tin_bai": 12, "thoi_luong": 300, "so_lan": 30,
                                       "nguoi_nghe": 12_500}),
    row(BINH_LU, Timeliness.LATE, {"so_tin_bai": 8, "thoi_luong": 250.5, "so_lan": 20,
                                   "nguoi_nghe": 3_200}, day=5),
    row(BAN_BO, Timeliness.REVIEW, {"so_tin_bai": UNVERIFIED, "thoi_luong": UNVERIFIED,
                                    "so_lan": UNVERIFIED, "nguoi_nghe": UNVERIFIED}),
    row(NA_TAM, Timeliness.MISSING),
    row(KHUN_HA, Timeliness.ON_TIME, {"so_tin_bai": 5, "thoi_luong": 300, "so_lan": 14,
                                      "nguoi_nghe": 51_000}),
)  # fmt: skip
RADIO_ROWS = (
    row(THI_TRAN, Timeliness.ON_TIME, {"so_buoi": 14, "ty_le": 100}),
    row(BINH_LU, Timeliness.ON_TIME, {"so_buoi": 10, "ty_le": 75}),
    row(BAN_BO, Timeliness.ON_TIME, {"so_buoi": 7, "ty_le": 87.5}),
    row(NA_TAM, Timeliness.MISSING),
    row(KHUN_HA, Timeliness.REVIEW, {"so_buoi": UNVERIFIED, "ty_le": 1}),
)
NEWS_TOTALS = accepted_totals(NEWS, NEWS_ROWS)  # 25 tin, bài; 850,5 phút; 64 lần; 66.700


def make_report(**changes) -> PeriodReport:
    report = PeriodReport(
        period_start=date(2021, 1, 29),
        period_end=date(2021, 2, 4),
        deadline=at(4, 16),
        generated_at=at(4, 16, 30),
        office="Phòng Văn hóa và Thông tin",
        tables=(
            FormTable(NEWS, NEWS_ROWS, NEWS_TOTALS),
            FormTable(RADIO, RADIO_ROWS, {"so_buoi": 31, "ty_le": 87.5}),
        ),
        corrections=(
            Correction(BINH_LU, NEWS, date(2021, 1, 28), {"so_tin_bai": 8, "so_lan": 20},
                       {"so_tin_bai": 10, "so_lan": 20}, at(2, 8)),
            Correction(NA_TAM, NEWS, date(2021, 1, 28), {}, {"so_tin_bai": 3}, at(2, 9)),
        ),
        version=2,
        replaces=datetime(2021, 2, 4, 9, 30),  # naive: UTC, 16:30 in Vietnam
        number="05/BC-VHTT",
    )  # fmt: skip
    return replace(report, **changes)


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory) -> Path:
    return write_docx(make_report(), OFFICIAL, tmp_path_factory.mktemp("docx") / "bc.docx", TZ)


@pytest.fixture(scope="module")
def document(docx_path):
    return docx.Document(str(docx_path))


def mm(length: int) -> float:
    """A length in millimetres, to a tenth: Word keeps twips (1/1440 inch)."""
    return round(length / Mm(1), 1)


def paragraphs(document) -> list[str]:
    """The text of the body's paragraphs, outside the tables."""
    return [p.text for p in document.paragraphs]


def cell_lines(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def form_tables(document) -> list:
    return [t for t in document.tables if t.rows[0].cells[0].text == "STT"]


def all_text(document) -> str:
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(paragraphs(document) + cells)


# ---------------------------------------------------------------------------
# The heading: bodies, national motto, number, place and date, title, Kính gửi.


def test_heading_names_the_bodies_and_the_national_motto(document):
    heading = document.tables[0]
    left, right = heading.rows[0].cells
    assert cell_lines(left) == [  # broken where a person would, not where the column ends
        "ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG",
        "PHÒNG VĂN HÓA\nVÀ THÔNG TIN",
    ]
    assert cell_lines(right) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    issuing, motto = left.paragraphs[1], right.paragraphs[1]
    assert issuing.style.font.bold and motto.style.font.bold and right.paragraphs[0].style.font.bold
    assert right.paragraphs[0].style.font.size.pt in (12, 13)
    assert motto.style.font.size.pt in (13, 14)
    # a rule under the issuing body and under the motto: a bordered empty paragraph
    for cell, rule_length in ((left, 20), (right, 55)):
        rule = cell.paragraphs[-1]
        assert rule.text == "" and rule.style.element.find(f".//{W}pBdr/{W}top") is not None
        indent = rule.paragraph_format.left_indent or rule.style.paragraph_format.left_indent
        width = cell.width - 2 * Mm(1.9) - 2 * indent
        assert width >= Mm(rule_length)


def test_without_a_parent_body_the_issuing_body_comes_first(tmp_path):
    official = OFFICIAL.model_copy(update={"parent_body": ""})
    path = write_docx(make_report(), official, tmp_path / "bc.docx", TZ)
    left = docx.Document(str(path)).tables[0].rows[0].cells[0]
    assert cell_lines(left) == ["PHÒNG VĂN HÓA\nVÀ THÔNG TIN"]


def test_number_and_place_date_line(document):
    left, right = document.tables[0].rows[1].cells
    assert left.text == "Số: 05/BC-VHTT"
    assert right.text == "Tam Đường, ngày 04 tháng 02 năm 2021"
    assert right.paragraphs[0].style.font.italic


def test_an_unnumbered_report_leaves_the_number_blank(tmp_path):
    path = write_docx(make_report(number=None), OFFICIAL, tmp_path / "bc.docx", TZ)
    assert docx.Document(str(path)).tables[0].rows[1].cells[0].text == "Số:       /BC-VHTT"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2021, 2, 4), "ngày 04 tháng 02 năm 2021"),
        (date(2021, 1, 9), "ngày 09 tháng 01 năm 2021"),
        (date(2021, 3, 15), "ngày 15 tháng 3 năm 2021"),
        (date(2021, 12, 5), "ngày 05 tháng 12 năm 2021"),
    ],
)
def test_document_date_pads_days_under_ten_and_months_one_and_two(day, text):
    assert document_date(day) == text


def test_split_number():
    assert split_number("05/BC-VHTT", "X") == ("05", "BC-VHTT")
    assert split_number(None, "BC-VHTT") == ("", "BC-VHTT")


def test_title_summary_and_replaced_report(document):
    texts = paragraphs(document)
    kind = texts.index("BÁO CÁO")
    assert texts[kind + 1] == (
        "Kết quả công tác tuyên truyền tuần từ ngày 29/01/2021 đến ngày 04/02/2021"
    )
    assert "(Báo cáo này thay thế báo cáo đã gửi ngày 04/02/2021) - phiên bản 2" in texts
    title = document.paragraphs[kind]
    assert title.style.font.bold and title.style.font.size.pt == 14
    assert title.style.paragraph_format.alignment == 1  # centred


def test_several_recipients_one_per_line_dashes_aligned(document):
    lines = [t for t in paragraphs(document) if "\t- " in t]
    assert lines == [
        "Kính gửi:\t- Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu;",
        "\t- UBND huyện Tam Đường.",
    ]


def test_one_recipient_stands_on_the_line_of_kinh_gui(tmp_path):
    official = OFFICIAL.model_copy(update={"recipients": ("Sở Văn hóa, Thể thao và Du lịch",)})
    path = write_docx(make_report(), official, tmp_path / "bc.docx", TZ)
    assert "Kính gửi: Sở Văn hóa, Thể thao và Du lịch" in paragraphs(docx.Document(str(path)))


# ---------------------------------------------------------------------------
# The body: the narrative, the tables, the lists, the corrections.


def test_body_opens_with_the_narrative(document):
    texts = paragraphs(document)
    first = next(t for t in texts if t.startswith("Trong tuần"))
    assert first == (
        "Trong tuần, 1/5 đơn vị báo cáo đúng hạn, 1 đơn vị báo cáo muộn (xã Bình Lư); "
        "2 đơn vị có báo cáo đang chờ kiểm tra (xã Bản Bo, xã Khun Há), số liệu của các "
        "báo cáo này chưa được tổng hợp; 1 đơn vị chưa báo cáo (xã Nà Tăm)."
    )
    body = document.paragraphs[texts.index(first)]
    fmt = body.style.paragraph_format
    assert fmt.alignment == 3 and mm(fmt.first_line_indent) == 10  # justified, 1 cm
    assert fmt.space_after.pt >= 6 and body.style.font.size.pt == 14


def test_one_table_per_form_with_stt_units_fields_and_status(document):
    news, radio = form_tables(document)
    header = [c.text for c in news.rows[0].cells]
    assert header == ["STT", "Đơn vị", *(f.label for f in NEWS.fields), "Tình trạng"]
    assert [c.text for c in radio.rows[0].cells][2:4] == [f.label for f in RADIO.fields]
    assert [r.cells[1].text for r in news.rows[1:-1]] == [u.name for u in UNITS]
    assert [r.cells[-1].text for r in news.rows[1:-1]] == [
        "Đúng hạn", "Muộn", "Chờ kiểm tra", "Chưa báo cáo", "Đúng hạn",
    ]  # fmt: skip
    assert news.rows[1].cells[2].text == "12" and news.rows[2].cells[3].text == "250,5"


def test_totals_row_is_the_sum_of_accepted_figures(document):
    news, radio = form_tables(document)
    totals = [c.text for c in news.rows[-1].cells]  # the merged cell counts twice
    assert totals[:2] == ["Tổng cộng", "Tổng cộng"] and totals[-1] == ""
    expected = [vn_number(NEWS_TOTALS[f.key]) for f in NEWS.fields]
    assert totals[2:-1] == expected == ["25", "850,5", "64", "66.700"]
    figures = [[c.text for c in r.cells[2:-1]] for r in news.rows[1:-1]]
    for column, total in enumerate(NEWS_TOTALS.values()):
        shown = [float(f[column].replace(".", "").replace(",", ".")) for f in figures if f[column]]
        assert sum(shown) == total
    assert [c.text for c in radio.rows[-1].cells][2:4] == ["31", "87,5"]


def test_held_and_missing_rows_have_empty_figure_cells(document):
    news, radio = form_tables(document)
    held, missing = news.rows[3], news.rows[4]
    assert [c.text for c in held.cells[2:-1]] == ["", "", "", ""]
    assert [c.text for c in missing.cells[2:-1]] == ["", "", "", ""]
    assert [c.text for c in radio.rows[5].cells[2:-1]] == ["", ""]
    text = all_text(document)
    assert str(UNVERIFIED) not in text and vn_number(UNVERIFIED) not in text


def test_tables_fit_the_text_width(document):
    for table in form_tables(document):
        grid = table._tbl.tblGrid.gridCol_lst
        assert mm(sum(c.w for c in grid)) == 165
        assert mm(grid[0].w) >= 12 and mm(grid[-1].w) >= 28  # "STT", "Chưa báo cáo"
        assert table.rows[0]._tr.trPr.find(f"{W}tblHeader") is not None  # repeated


def test_late_review_and_missing_units_are_named(document):
    texts = paragraphs(document)
    assert "3. Đơn vị báo cáo muộn, chưa báo cáo" in texts
    assert (
        "- Đơn vị báo cáo muộn (1 đơn vị, biểu Báo cáo kết quả tuyên truyền tuần): xã Bình Lư."
        in texts
    )
    assert "- Đơn vị chưa báo cáo (1 đơn vị, cả 2 biểu): xã Nà Tăm." in texts
    held = texts.index("- Đơn vị có báo cáo chờ kiểm tra (2 đơn vị, số liệu chưa được tổng hợp):")
    assert texts[held + 1 : held + 3] == [
        "+ Biểu Báo cáo kết quả tuyên truyền tuần (1 đơn vị): xã Bản Bo;",
        "+ Biểu Hoạt động truyền thanh cơ sở (1 đơn vị): xã Khun Há.",
    ]
    assert any(t.startswith("Ghi chú: Tổng cộng chỉ tính") for t in texts)


def test_corrections_section_lists_before_and_after(document):
    texts = paragraphs(document)
    assert "4. Số liệu điều chỉnh" in texts
    assert (
        "- Xã Bình Lư, tuần 22/01 – 28/01/2021 (Báo cáo kết quả tuyên truyền tuần): "
        "Số tin, bài: 8 → 10;" in texts
    )
    assert (
        "- Xã Nà Tăm, tuần 22/01 – 28/01/2021 (Báo cáo kết quả tuyên truyền tuần): gửi bổ "
        "sung sau khi báo cáo đã được gửi (Số tin, bài: 3)." in texts
    )


def test_the_body_ends_with_the_closing_line_kept_with_the_signature(document):
    closing = next(p for p in document.paragraphs if p.text.startswith("Trên đây"))
    assert closing.text == (
        "Trên đây là báo cáo kết quả công tác tuyên truyền tuần từ ngày 29/01/2021 "
        "đến ngày 04/02/2021./."
    )
    assert closing.style.paragraph_format.keep_with_next  # never alone on a page


def test_without_corrections_or_replacement_those_parts_are_absent(tmp_path):
    report = make_report(corrections=(), replaces=None)
    texts = paragraphs(docx.Document(str(write_docx(report, OFFICIAL, tmp_path / "a.docx", TZ))))
    assert not any("Số liệu điều chỉnh" in t or "thay thế" in t for t in texts)


# ---------------------------------------------------------------------------
# The signature, the page and the fonts.


def test_noi_nhan_and_signer_come_from_the_configuration(document):
    left, right = document.tables[-1].rows[0].cells
    assert cell_lines(left) == ["Nơi nhận:", "- Như trên;", "- Lãnh đạo phòng;", "- Lưu: VT, VHTT."]
    noi_nhan = left.paragraphs[0].style.font
    assert noi_nhan.bold and noi_nhan.italic and noi_nhan.size.pt == 12
    assert left.paragraphs[1].style.font.size.pt == 11
    assert cell_lines(right) == ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Đỗ Trọng Thi"]
    assert all(p.style.font.bold for p in right.paragraphs if p.text)
    # the signer's name stands well below the title: room for the signature
    assert right.paragraphs[-1].style.paragraph_format.space_before.pt >= 48


def test_a4_and_the_margins_of_the_decree(document):
    section = document.sections[0]
    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
    assert (mm(section.left_margin), mm(section.right_margin)) == (30, 15)
    assert section.different_first_page_header_footer  # no page number on page 1


def test_times_new_roman_in_every_font_slot(docx_path):
    with zipfile.ZipFile(docx_path) as package:
        parts = {name: package.read(name).decode() for name in ("word/document.xml",
                                                                "word/styles.xml")}  # fmt: skip
    fonts = [f for xml in parts.values() for f in re.findall(r"<w:rFonts [^>]*/>", xml)]
    assert fonts, "the styles name their fonts"
    for element in fonts:
        slots = dict(re.findall(r'w:(\w+)="([^"]*)"', element))
        assert slots == dict.fromkeys(("ascii", "hAnsi", "eastAsia", "cs"), "Times New Roman")
    defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", parts["word/styles.xml"])[0]
    assert 'w:eastAsia="Times New Roman"' in defaults and "Theme" not in defaults


def test_xml_special_characters_in_names_are_escaped(tmp_path):
    odd = Unit("odd", 'Xã "A" & <B>')
    rows = (row(odd, Timeliness.ON_TIME, {"so_buoi": 1, "ty_le": 50}),)
    report = make_report(tables=(FormTable(RADIO, rows, {"so_buoi": 1, "ty_le": 50}),))
    path = write_docx(report, OFFICIAL, tmp_path / "odd.docx", TZ)
    assert form_tables(docx.Document(str(path)))[0].rows[1].cells[1].text == 'Xã "A" & <B>'


# ---------------------------------------------------------------------------
# The template: shipped, overridden, broken.


def test_the_shipped_template_is_what_the_script_makes(tmp_path):
    script = SHIPPED_TEMPLATES / "make_official_template.py"
    runpy.run_path(str(script))["build"]().save(tmp_path / "fresh.docx")
    for part in ("word/document.xml", "word/styles.xml", "word/header1.xml"):
        with (
            zipfile.ZipFile(tmp_path / "fresh.docx") as a,
            zipfile.ZipFile(SHIPPED_TEMPLATES / DOCX_TEMPLATE) as b,
        ):
            assert a.read(part) == b.read(part), f"run {script.name} again ({part} differs)"


def override(folder: Path, paragraph: str) -> Path:
    """The shipped template with one more paragraph, in an override folder."""
    template = docx.Document(str(SHIPPED_TEMPLATES / DOCX_TEMPLATE))
    template.paragraphs[0].insert_paragraph_before(paragraph)
    template.save(str(folder / DOCX_TEMPLATE))
    return folder / DOCX_TEMPLATE


def test_an_override_template_wins(tmp_path):
    override(tmp_path, "Bản mẫu của văn phòng: {{ office }}")
    path = write_docx(make_report(), OFFICIAL, tmp_path / "bc.docx", TZ, templates_dir=tmp_path)
    assert "Bản mẫu của văn phòng: Phòng Văn hóa và Thông tin" in paragraphs(
        docx.Document(str(path))
    )


@pytest.mark.parametrize(
    ("tag", "message"),
    [("{{ nobody }}", "'nobody' is undefined"), ("{% if %}", "Expected an expression")],
)
def test_a_broken_override_template_is_a_config_error_naming_it(tmp_path, tag, message):
    template = override(tmp_path, tag)
    with pytest.raises(ConfigError, match=re.escape(f"template {template}: ")) as error:
        write_docx(make_report(), OFFICIAL, tmp_path / "bc.docx", TZ, templates_dir=tmp_path)
    assert message in str(error.value) and "OfficialContext" in error.value.hint
    assert not (tmp_path / "bc.docx").exists()
    with pytest.raises(ConfigError, match="official_report.docx"):
        check_templates(tmp_path)  # `intake check` finds it before the weekly run does


def test_an_override_that_is_not_a_word_file_is_a_config_error(tmp_path):
    (tmp_path / DOCX_TEMPLATE).write_text("not a zip")
    with pytest.raises(ConfigError, match="not a Word document"):
        write_docx(make_report(), OFFICIAL, tmp_path / "bc.docx", TZ, templates_dir=tmp_path)


def test_check_templates_renders_the_word_template():
    assert str(SHIPPED_TEMPLATES / DOCX_TEMPLATE) in check_templates(None)


# ---------------------------------------------------------------------------
# The narrative.


def week(rows: tuple[Row, ...], form: Form = RADIO, **changes) -> PeriodReport:
    table = FormTable(form, rows, accepted_totals(form, rows) if rows else {})
    return make_report(tables=(table,), corrections=(), **changes)


def radio(unit: Unit, timeliness: Timeliness) -> Row:
    values = {} if timeliness is Timeliness.MISSING else {"so_buoi": 2, "ty_le": 80}
    return row(unit, timeliness, values)


def test_narrative_when_every_unit_is_on_time():
    report = week(tuple(radio(u, Timeliness.ON_TIME) for u in UNITS))
    assert narrative.sentences(report) == (
        "Trong tuần, 5/5 đơn vị báo cáo đúng hạn.",
        "Số liệu tổng hợp từ 5 đơn vị đã báo cáo: số buổi phát 10; tỷ lệ cụm loa hoạt động "
        "bình quân 400%.",  # the sum of the test's helper, said as the field aggregates
    )


def test_narrative_names_the_late_and_missing_units():
    states = (Timeliness.ON_TIME, Timeliness.LATE, Timeliness.ON_TIME, Timeliness.MISSING,
              Timeliness.LATE)  # fmt: skip
    report = week(tuple(radio(u, s) for u, s in zip(UNITS, states, strict=True)))
    first, figures = narrative.sentences(report)
    assert first == (
        "Trong tuần, 2/5 đơn vị báo cáo đúng hạn, 2 đơn vị báo cáo muộn (xã Bình Lư, "
        "xã Khun Há); 1 đơn vị chưa báo cáo (xã Nà Tăm)."
    )
    assert figures.startswith("Số liệu tổng hợp từ 4 đơn vị đã báo cáo: số buổi phát 8;")


def test_narrative_when_no_unit_reported():
    report = week(tuple(radio(u, Timeliness.MISSING) for u in UNITS))
    assert narrative.sentences(report) == (
        "Trong tuần, chưa có đơn vị nào gửi báo cáo (0/5 đơn vị).",
        "Chưa có số liệu được chấp nhận để tổng hợp.",
    )


def test_narrative_without_any_table():
    assert narrative.sentences(week(())) == ("Trong tuần, không có báo cáo nào được tổng hợp.",)


def test_narrative_of_the_whole_report_names_each_form_and_the_corrections():
    lines = narrative.sentences(make_report())
    assert lines[1] == (
        "Báo cáo kết quả tuyên truyền tuần (tổng hợp từ 3 đơn vị đã báo cáo): số tin, bài "
        "25; độ dài, thời lượng 850,5 phút; số lần phát sóng 64; ước số người nghe 66.700."
    )
    assert lines[2].startswith("Hoạt động truyền thanh cơ sở (tổng hợp từ 3 đơn vị")
    assert lines[3].startswith("Có 2 đơn vị điều chỉnh số liệu của các tuần trước")


@pytest.mark.parametrize(
    ("field", "value", "phrase"),
    [
        (Field("a", "Số tin, bài"), 101, "số tin, bài 101"),
        (Field("a", "Độ dài, thời lượng (phút)"), 850, "độ dài, thời lượng 850 phút"),
        (Field("a", "Tỷ lệ (%)", aggregate="mean"), 87.5, "tỷ lệ bình quân 87,5%"),
        (Field("a", "HĐND xã họp", aggregate="max"), 3, "HĐND xã họp cao nhất 3"),
    ],
)
def test_a_figure_is_said_with_its_label_and_unit(field, value, phrase):
    assert narrative.figure_phrase(field, value) == phrase


def test_a_withdrawn_report_is_said_so():
    withdrawn = Correction(BINH_LU, NEWS, date(2021, 1, 28), {"so_tin_bai": 8}, {})
    [line] = narrative.correction_lines(make_report(corrections=(withdrawn,), tables=()))
    assert line.text == (
        "Xã Bình Lư, tuần 22/01 – 28/01/2021: số liệu đã báo cáo không còn được tính "
        "(Số tin, bài: 8)"
    )


def test_context_cleans_the_configured_lists():
    context = build_official_context(make_report(), OFFICIAL, TZ)
    assert context.recipients == (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
        "UBND huyện Tam Đường",
    )
    assert context.copies_to == ("Như trên", "Lãnh đạo phòng", "Lưu: VT, VHTT")


# ---------------------------------------------------------------------------
# The PDF, converted once for the module by LibreOffice.


@pytest.fixture(scope="module")
def pdf_path(docx_path) -> Path:
    return pdf.write_pdf(docx_path)


def test_pdf_has_one_or_two_pages_with_the_motto_and_totals(pdf_path, docx_path):
    assert pdf_path == docx_path.with_suffix(".pdf")
    with pdfplumber.open(pdf_path) as document:
        assert 1 <= len(document.pages) <= 2
        text = "\n".join(page.extract_text() for page in document.pages)
        fonts = {c["fontname"] for page in document.pages for c in page.chars}
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text
    assert re.search(r"Tổng cộng 25 850,5 64 66\.700", text)
    assert "Tam Đường, ngày 04 tháng 02 năm 2021" in text
    assert vn_number(UNVERIFIED) not in text
    # Times New Roman, or the metric-compatible Liberation Serif: never a sans fallback
    assert fonts and all(re.search(r"Times|LiberationSerif", f) for f in fonts), fonts


def test_pdf_without_libreoffice_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(IntakeError, match=r"LibreOffice is not installed \(make test installs"):
        pdf.write_pdf(tmp_path / "x.docx")
