"""The table's unit rows written as XML (intake/render/streamed.py), not as openpyxl cells.

The workbook must not change: each sheet is compared, byte for byte, with the one
openpyxl writes when every row goes through its cells (SheetWriter._streamed refused).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.exceptions import IllegalCharacterError

from intake.models import Field, Form, FormTable, PeriodReport, Row, Timeliness, Unit
from intake.render import cells
from intake.render.mail import sample_report
from intake.render.streamed import Streamed, splice
from intake.render.xlsx import build_workbook, write_xlsx
from intake.render.xlsx_template import XLSX_TEMPLATE
from tests.province import OFFICIAL, TZ

SHIPPED = Path(__file__).resolve().parents[1] / "templates" / XLSX_TEMPLATE

FORM = Form("mau", "Biểu mẫu", (Field("a", "Số A"), Field("b", "Số B"), Field("c", "Số C")))
NAMES = (
    "Xã A & B <c>",  # escaped
    "  Xã có khoảng trắng ",  # xml:space="preserve"
    "=SUM(A1:A2)",  # openpyxl makes it a formula: its row goes through openpyxl
    "#N/A",  # an error code: the same
    "Xã có tên rất rất rất dài, dài hơn cả cột của bảng này nhiều lắm",  # a taller row
    "Xã\nxuống dòng",
    "Xã \"ngoặc\" > 'đơn' \r\n\t",
    "Xã 😀 \u00a0",
    "x" * 40_000,  # cut by openpyxl: through openpyxl
    "Xã thường",
)


def tricky() -> PeriodReport:
    """A report whose unit rows hold every kind of value a cell can get."""
    received = datetime(2021, 2, 10, 9, tzinfo=TZ)
    states = (Timeliness.ON_TIME, Timeliness.LATE, Timeliness.REVIEW)
    rows = [
        Row(
            Unit(f"u{n}", name),
            states[n % 3],
            {"a": 1.5 * n, "b": n, "c": None if n % 3 == 0 else 10**12 + n},
            received,
        )
        for n, name in enumerate(NAMES)
    ]
    rows.append(Row(Unit("m", "Xã vắng"), Timeliness.MISSING))
    sample = sample_report()
    table = FormTable(FORM, tuple(rows), {"a": 67.5, "b": 45, "c": 6 * 10**12})
    return replace(sample, tables=(table, *sample.tables))


def sheets(path: Path) -> dict[str, bytes]:
    """The parts of an xlsx but its timestamp."""
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def through_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cells.SheetWriter, "_streamed", lambda *_: False)


@pytest.mark.parametrize("official", [OFFICIAL, None], ids=["official", "plain"])
def test_streamed_unit_rows_are_the_rows_openpyxl_writes(official, tmp_path, monkeypatch):
    """GIVEN unit rows with escapes, spaces, decimals, empty figures, a formula-like
    name, an error code and a text too long WHEN the workbook is written THEN every part
    of it is the one openpyxl writes with each row as its cells."""
    through_openpyxl_rows = 3  # the formula-like name, the error code, the long text
    streamed_rows = build_workbook(tricky(), TZ, official).streamed[0].xml
    assert len(streamed_rows) == len(NAMES) + 1 - through_openpyxl_rows
    streamed = sheets(write_xlsx(tricky(), tmp_path / "streamed.xlsx", TZ, official))
    through_openpyxl(monkeypatch)
    plain = sheets(write_xlsx(tricky(), tmp_path / "openpyxl.xlsx", TZ, official))
    assert streamed.keys() == plain.keys()
    for name in plain:
        assert streamed[name] == plain[name], name


def test_streamed_unit_rows_read_back_as_written(tmp_path):
    """GIVEN the same report WHEN its workbook is read THEN each unit's name, figures
    and the cached totals are there, and the sheet's dimension covers the rows."""
    path = write_xlsx(tricky(), tmp_path / "x.xlsx", TZ, OFFICIAL)
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    rows = [r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert [r[1] for r in rows[:2]] == ["Xã A & B <c>", "  Xã có khoảng trắng "]
    assert rows[3][2:5] == (4.5, 3, None)
    assert rows[-1][1:3] == ("Xã vắng", None)
    assert sheet.max_row >= len(rows) and sheet.max_column == 7
    total = next(r for r in sheet.iter_rows(values_only=True) if "Tổng cộng" in r)
    assert total[2:5] == (67.5, 45, 6 * 10**12)


def test_a_unit_name_a_worksheet_cannot_hold_is_refused_as_before(tmp_path):
    """GIVEN a unit named with a control character WHEN the workbook is written THEN
    openpyxl's IllegalCharacterError says so, as when each row was openpyxl's."""
    report = tricky()
    table = report.tables[0]
    bad = Row(Unit("z", "Xã \u0001 lạ"), Timeliness.ON_TIME, {"a": 1}, None)
    report = replace(report, tables=(replace(table, rows=(*table.rows, bad)),))
    with pytest.raises(IllegalCharacterError):
        write_xlsx(report, tmp_path / "x.xlsx", TZ, OFFICIAL)


def test_streamed_rows_go_between_openpyxl_rows_and_widen_the_dimension():
    """GIVEN a sheet's XML with rows 1 and 4, or with no row at all WHEN rows 2, 3 and 5
    are spliced in THEN they come in order, and the dimension covers them."""
    rows = Streamed()
    for row in (2, 3, 5):
        assert rows.add(row, [(1, row, 0), (3, "x", 7)], {})
    sheet = (
        b'<worksheet><dimension ref="A1:B4"/><sheetData><row r="1"></row>'
        b'<row r="4"><c r="A4" t="n"><v>4</v></c></row></sheetData></worksheet>'
    )
    out = splice(sheet, rows)
    assert [int(n) for n in re.findall(rb'<row r="(\d+)"', out)] == [1, 2, 3, 4, 5]
    assert b'<dimension ref="A1:C5"/>' in out
    assert b'<c r="C3" s="7" t="inlineStr"><is><t>x</t></is></c>' in out
    empty = splice(b'<worksheet><dimension ref="A1:A1"/><sheetData/></worksheet>', rows)
    assert empty.startswith(b'<worksheet><dimension ref="A1:C5"/><sheetData><row r="2">')
    assert empty.endswith(b"</row></sheetData></worksheet>")


def test_a_unit_row_under_a_merge_of_several_rows_goes_through_openpyxl(tmp_path, monkeypatch):
    """GIVEN a template whose unit row is merged with the total row below it, and a
    report of one unit WHEN the workbook is written THEN the merge is made over both
    rows, as openpyxl alone makes it."""
    book = openpyxl.load_workbook(SHIPPED)
    sheet = book.worksheets[0]
    figure = next(c for r in sheet.iter_rows() for c in r if c.value == "{{ row.number }}")
    sheet.merge_cells(start_row=figure.row, start_column=8, end_row=figure.row + 1, end_column=8)
    (tmp_path / "templates").mkdir()
    book.save(tmp_path / "templates" / XLSX_TEMPLATE)
    sample = sample_report()
    one = replace(sample.tables[0], rows=sample.tables[0].rows[:1])
    report = replace(sample, tables=(one,))
    written = write_xlsx(report, tmp_path / "a.xlsx", TZ, None, tmp_path / "templates")
    merged = openpyxl.load_workbook(written).worksheets[0].merged_cells.ranges
    tall = [(m.min_row, m.max_row, m.min_col, m.max_col) for m in merged if m.max_row > m.min_row]
    assert len(tall) == 1 and tall[0][1] == tall[0][0] + 1 and tall[0][2] == tall[0][3]
    through_openpyxl(monkeypatch)
    plain = write_xlsx(report, tmp_path / "b.xlsx", TZ, None, tmp_path / "templates")
    assert sheets(written) == sheets(plain)
