"""The consolidated workbook: one sheet per form, laid out like an official report.

Each sheet reads, top to bottom:

    VĂN PHÒNG ...                                   office name, bold, upper case
              BÁO CÁO TỔNG HỢP <FORM TITLE>         bold, centred across the table
     Tuần từ ngày 05/02/2021 đến ngày 11/02/2021    italic
     Hạn báo cáo: 16 giờ 00, thứ Năm ngày 11/02/2021

    STT | Đơn vị | <field labels...> | Ngày nhận | Tình trạng
    1   | Xã ... | 12 | 3             | 10/02/2021 09:15 | Đúng hạn
    ...
        Tổng cộng | 152 | 40          (the caller's totals of accepted reports)

    Số đơn vị báo cáo: 12/14 (đúng hạn 10, muộn 2, chờ kiểm tra 1, chưa báo cáo 1)
    Ghi chú: ...
    Tổng hợp lúc 11/02/2021 16:30

Figures of reports held for review or missing are left empty.  The file is written to a
temporary name beside the target and renamed, so a reader never sees half a workbook.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from intake.models import Form, FormTable, PeriodReport, Row
from intake.render.words import (
    STATUS_LABELS,
    cell_number,
    figure,
    is_integral,
    table_counts,
    vn_datetime,
    vn_deadline,
    vn_period,
)

FONT = "Times New Roman"
BODY_SIZE = 12
TITLE_SIZE = 13
HEADER_ROW = 6  # office, title, period, deadline, blank, then the table header
FIXED_COLUMNS = 4  # STT, Đơn vị, Ngày nhận, Tình trạng

NOTE = (
    "Ghi chú: Tổng cộng chỉ tính các báo cáo đã được chấp nhận (đúng hạn và muộn); "
    "số liệu của báo cáo chờ kiểm tra chưa được đưa vào."
)

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WIDTH_STT, _WIDTH_FIGURE, _WIDTH_RECEIVED, _WIDTH_STATUS = 6, 14, 18, 16


def write_xlsx(report: PeriodReport, path: Path, tz: ZoneInfo) -> Path:
    """Write the workbook of `report` to `path` (atomically) and return `path`."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in report.tables:
        sheet = workbook.create_sheet(sheet_name(table.form.title, used))
        _write_table_sheet(sheet, report, table, tz)
    if not report.tables:
        sheet = workbook.create_sheet("Báo cáo")
        _write_heading(sheet, report, "", FIXED_COLUMNS, tz)
        _banner(sheet, HEADER_ROW, "Không có biểu báo cáo nào trong kỳ.", FIXED_COLUMNS)
        _set_page(sheet, FIXED_COLUMNS)
    return _save(workbook, Path(path))


def sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters."""
    base = re.sub(r"\s+", " ", re.sub(r"[\[\]:*?/\\]", " ", title)).strip(" '") or "Biểu"
    name, n = base[:31].rstrip(" '"), 1
    while name.casefold() in used:
        n += 1
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)].rstrip(" '") + suffix
    used.add(name.casefold())
    return name


def title_line(form_title: str) -> str:
    """ "BÁO CÁO TỔNG HỢP <TITLE>", without repeating a title's own "Báo cáo"."""
    title = re.sub(r"^\s*báo cáo\s+", "", form_title, flags=re.IGNORECASE).strip()
    return f"BÁO CÁO TỔNG HỢP {title.upper()}".strip()


# ---------------------------------------------------------------------------
# The parts of a sheet, top to bottom.


def _write_table_sheet(
    sheet: Worksheet, report: PeriodReport, table: FormTable, tz: ZoneInfo
) -> None:
    width = FIXED_COLUMNS + len(table.form.fields)
    _set_widths(sheet, table)
    _write_heading(sheet, report, table.form.title, width, tz)
    _write_header(sheet, table.form)
    row = HEADER_ROW
    for number, item in enumerate(table.rows, start=1):
        row += 1
        _write_row(sheet, row, number, item, table.form, tz)
    _write_totals(sheet, row + 1, table)
    _write_footer(sheet, row + 3, report, table, width, tz)
    _set_page(sheet, width)


def _write_heading(
    sheet: Worksheet, report: PeriodReport, title: str, width: int, tz: ZoneInfo
) -> None:
    _put(sheet, 1, 1, report.office.upper(), bold=True, size=TITLE_SIZE)
    _banner(sheet, 2, title_line(title), width, bold=True, size=TITLE_SIZE, center=True)
    period = f"Tuần {vn_period(report.period_start, report.period_end)}"
    _banner(sheet, 3, period, width, italic=True, center=True)
    deadline = f"Hạn báo cáo: {vn_deadline(report.deadline, tz)}"
    _banner(sheet, 4, deadline, width, center=True)


def _write_header(sheet: Worksheet, form: Form) -> None:
    labels = ["STT", "Đơn vị", *(f.label for f in form.fields), "Ngày nhận", "Tình trạng"]
    for column, label in enumerate(labels, start=1):
        _put(sheet, HEADER_ROW, column, label, bold=True, center=True, wrap=True, border=True)
    widths = [_column_width(sheet, c) for c in range(1, len(labels) + 1)]
    lines = max(_lines(label, w) for label, w in zip(labels, widths, strict=True))
    sheet.row_dimensions[HEADER_ROW].height = _height(lines, BODY_SIZE)


def _write_row(
    sheet: Worksheet, row: int, number: int, item: Row, form: Form, tz: ZoneInfo
) -> None:
    _put(sheet, row, 1, number, center=True, border=True)
    _put(sheet, row, 2, item.unit.name, border=True, wrap=True)
    for column, field in enumerate(form.fields, start=3):
        _put_figure(sheet, row, column, figure(item, field.key))
    received = vn_datetime(item.received_at, tz) if item.received_at else None
    _put(sheet, row, len(form.fields) + 3, received, center=True, border=True)
    _put(sheet, row, len(form.fields) + 4, STATUS_LABELS[item.timeliness], border=True)


def _write_totals(sheet: Worksheet, row: int, table: FormTable) -> None:
    _put(sheet, row, 1, "Tổng cộng", bold=True, center=True, border=True)
    _put(sheet, row, 2, None, border=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    for column, field in enumerate(table.form.fields, start=3):
        _put_figure(sheet, row, column, table.totals.get(field.key), bold=True)
    for column in (len(table.form.fields) + 3, len(table.form.fields) + 4):
        _put(sheet, row, column, None, border=True)


def _write_footer(
    sheet: Worksheet,
    row: int,
    report: PeriodReport,
    table: FormTable,
    width: int,
    tz: ZoneInfo,
) -> None:
    _banner(sheet, row, f"Số đơn vị báo cáo: {table_counts(table).line()}", width)
    _banner(sheet, row + 1, NOTE, width, italic=True)
    _banner(sheet, row + 2, f"Tổng hợp lúc {vn_datetime(report.generated_at, tz)}", width)


# ---------------------------------------------------------------------------
# Cells, sizes and the page.


def _put(
    sheet: Worksheet,
    row: int,
    column: int,
    value: object,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int = BODY_SIZE,
    center: bool = False,
    wrap: bool = False,
    border: bool = False,
) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = Font(name=FONT, size=size, bold=bold, italic=italic)
    horizontal = "center" if center else None
    cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)
    if border:
        cell.border = _BORDER


def _put_figure(
    sheet: Worksheet, row: int, column: int, value: float | None, *, bold: bool = False
) -> None:
    number = None if value is None else cell_number(value)
    _put(sheet, row, column, number, bold=bold, border=True)
    cell = sheet.cell(row=row, column=column)
    cell.alignment = Alignment(horizontal="right", vertical="center")
    cell.number_format = "#,##0" if value is None or is_integral(value) else "#,##0.0"


def _banner(
    sheet: Worksheet,
    row: int,
    text: str,
    width: int,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int = BODY_SIZE,
    center: bool = False,
) -> None:
    """A line of text merged across the table, wrapped, its row tall enough for it."""
    _put(sheet, row, 1, text, bold=bold, italic=italic, size=size, center=center, wrap=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    total = sum(_column_width(sheet, c) for c in range(1, width + 1))
    scale = 0.8 if bold or size > BODY_SIZE else 1.0  # wider letters fit fewer per unit
    sheet.row_dimensions[row].height = _height(_lines(text, total * scale), size)


def _set_widths(sheet: Worksheet, table: FormTable) -> None:
    longest = max((len(r.unit.name) for r in table.rows), default=10)
    widths = [_WIDTH_STT, min(40, max(20, longest + 4))]
    widths += [_WIDTH_FIGURE] * len(table.form.fields) + [_WIDTH_RECEIVED, _WIDTH_STATUS]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _column_width(sheet: Worksheet, column: int) -> float:
    return sheet.column_dimensions[get_column_letter(column)].width or _WIDTH_FIGURE


def _lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a column `width` characters wide."""
    return max(1, math.ceil(len(text) * 1.1 / max(width - 1, 1)))


def _height(lines: int, size: int) -> float:
    return round(lines * size * 1.35 + 4, 1)


def _set_page(sheet: Worksheet, width: int) -> None:
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_area = f"A1:{get_column_letter(width)}{sheet.max_row}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = PageMargins(left=0.8, right=0.6, top=0.8, bottom=0.8)
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "Trang &P/&N"


def _save(workbook: Workbook, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            workbook.save(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
