"""The official document and the workbook at a province's size: 14, 38 and 120 units
(tests/province.py), every page of the PDF looked at through its text."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import docx
import openpyxl
import pdfplumber
import pytest

from intake.render import pdf
from intake.render.official import body_lines, write_docx
from intake.render.words import in_sentence
from intake.render.xlsx import sheet_name, short_title, write_xlsx
from tests.province import NEWS, OFFICIAL, RADIO, TZ, report

SIZES = (14, 38, 120)
PAGES = {14: 2, 38: 4, 120: 8}  # LibreOffice's count; a change is a layout to look at


@pytest.fixture(scope="module", params=SIZES)
def size(request) -> int:
    return request.param


@pytest.fixture(scope="module")
def document(size, tmp_path_factory) -> Path:
    return write_docx(report(size), OFFICIAL, tmp_path_factory.mktemp("docx") / "bc.docx", TZ)


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_missing_units_are_listed_once_grouped_by_form(document, size):
    """GIVEN two thirds of the units missing WHEN the document lists them THEN each unit
    is named once, under the forms it is missing, and no form's title follows a unit."""
    texts = paragraphs(document)
    start = texts.index(next(t for t in texts if t.startswith("- Đơn vị chưa báo cáo (")))
    listed = "\n".join(texts[start:]).split("Trên đây")[0]
    missing = [
        row.unit
        for row in report(size).tables[1].rows + report(size).tables[0].rows
        if row.timeliness.name == "MISSING"
    ]
    for unit in {u.id: u for u in missing}.values():
        assert (
            listed.count(in_sentence(unit.name) + ",")
            + listed.count(in_sentence(unit.name) + ".")
            + listed.count(in_sentence(unit.name) + ";")
            == 1
        ), unit.name
    assert f"({NEWS.title})" not in listed and f"({RADIO.title})" not in listed
    assert texts[start + 1].startswith("+ Cả 2 biểu (")


def test_the_opening_sentence_counts_a_long_list_instead_of_naming_it(document):
    """GIVEN more than five units missing THEN the opening sentence counts them; their
    names are in the list after the tables, once."""
    opening = next(t for t in paragraphs(document) if t.startswith("Trong tuần"))
    assert re.search(r"\d+ đơn vị chưa báo cáo[;.]", opening), opening


def test_the_issuing_body_is_wrapped_where_a_person_would(document):
    left = docx.Document(str(document)).tables[0].rows[0].cells[0]
    lines = [p.text for p in left.paragraphs if p.text]
    assert lines == ["ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH"]


@pytest.mark.parametrize(
    ("name", "lines"),
    [
        ("ỦY BAN NHÂN DÂN XÃ BẢN BO", ["ỦY BAN NHÂN DÂN", "XÃ BẢN BO"]),
        ("ỦY BAN NHÂN DÂN THỊ XÃ SA PA", ["ỦY BAN NHÂN DÂN", "THỊ XÃ SA PA"]),
        ("UBND HUYỆN TAM ĐƯỜNG", ["UBND HUYỆN TAM ĐƯỜNG"]),
        ("PHÒNG VĂN HÓA VÀ THÔNG TIN", ["PHÒNG VĂN HÓA", "VÀ THÔNG TIN"]),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]),
        ("SỞ VĂN HÓA\nTHỂ THAO VÀ DU LỊCH", ["SỞ VĂN HÓA", "THỂ THAO VÀ DU LỊCH"]),  # as set
    ],
)
def test_body_lines(name, lines):
    assert body_lines(name).split("\n") == lines


def test_sheet_names_are_short_and_never_cut_inside_a_word(size, tmp_path):
    book = openpyxl.load_workbook(write_xlsx(report(size), tmp_path / "x.xlsx", TZ, OFFICIAL))
    assert book.sheetnames == ["Kết quả tuyên truyền tuần", "Hoạt động truyền thanh cơ sở"]
    used: set[str] = set()
    long = "Báo cáo kết quả tuyên truyền tuần về chuyển đổi số ở cơ sở"
    assert sheet_name(short_title(SimpleNamespace(title=long, sheet_name="")), used) == (
        "Kết quả tuyên truyền tuần về"
    )
    assert short_title(SimpleNamespace(title=long, sheet_name="Tuyên truyền")) == "Tuyên truyền"


def test_totals_are_sum_formulas_with_their_values(size, tmp_path):
    """GIVEN a province's workbook WHEN read with openpyxl THEN each total is a formula
    over its column's units, and the value read without recomputing is intake's total."""
    the_report = report(size)
    path = write_xlsx(the_report, tmp_path / "x.xlsx", TZ, OFFICIAL)
    formulas, values = openpyxl.load_workbook(path), openpyxl.load_workbook(path, data_only=True)
    for table, sheet, cached in zip(
        the_report.tables, formulas.worksheets, values.worksheets, strict=True
    ):
        row = next(c.row for r in sheet.iter_rows() for c in r if c.value == "Tổng cộng")
        found = [c for c in sheet[row] if isinstance(c.value, str) and c.value.startswith("=")]
        kinds = ["AVERAGE" if f.aggregate == "mean" else "SUM" for f in table.form.fields]
        assert [re.match(r"=(\w+)\(", c.value)[1] for c in found] == kinds
        assert [cached[c.coordinate].value for c in found] == pytest.approx(
            [table.totals[f.key] for f in table.form.fields]
        )


# ---------------------------------------------------------------------------
# The PDF, by LibreOffice.


@pytest.fixture(scope="module")
def pages(document) -> list[str]:
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed")
    with pdfplumber.open(pdf.write_pdf(document)) as pdf_file:
        return [page.extract_text() or "" for page in pdf_file.pages]


@pytest.mark.slow
def test_the_pdf_has_the_expected_pages_none_empty_or_stranded(pages, size):
    """GIVEN 14, 38 or 120 units WHEN the document is printed THEN it has the pages it
    should, each with body text below its page number, and no page ends on a heading,
    a line announcing a list, or a table's header."""
    assert len(pages) == PAGES[size]
    for number, text in enumerate(pages, start=1):
        lines = [line for line in text.splitlines() if line.strip()]
        body = lines[1:] if number > 1 else lines  # the page number, from page 2
        assert len("".join(body)) > 150, f"page {number} is (nearly) empty: {text!r}"
        last = body[-1]
        assert not re.match(r"^\d+\. ", last), f"page {number} ends on a heading: {last}"
        assert not last.endswith(":"), f"page {number} ends announcing a list: {last}"
        assert "Tình trạng" not in last, f"page {number} ends on a table header"
    assert "Nguyễn Văn A" in pages[-1] and "Trên đây" in pages[-1]


def test_the_summary_mail_names_each_missing_unit_once_by_form():
    """GIVEN 25 of 38 units missing WHEN the summary mail is built THEN its headline names
    each once, under the forms concerned, not each followed by the forms' titles."""
    from intake.render.mail import build_context

    text = build_context(report(38), TZ).headline
    assert "25 đơn vị chưa báo cáo (cả 2 biểu: xã Sin Suối Hồ, " in text
    assert f"; biểu {NEWS.title}: xã Bình Lư, " in text
    assert text.count(NEWS.title) == 1
