"""The consolidated workbook: one sheet per form, laid out like an official report.

Without the [official] settings each sheet reads, top to bottom:

    VĂN PHÒNG ...                                   office name, bold, upper case
              BÁO CÁO TỔNG HỢP <FORM TITLE>         bold, centred across the table
     Tuần từ ngày 05/02/2021 đến ngày 11/02/2021    italic
     Hạn báo cáo: 16 giờ 00, thứ Năm ngày 11/02/2021
     (Báo cáo này thay thế báo cáo đã gửi ngày ...) when it replaces a sent report

    STT | Đơn vị | <field labels...> | Ngày nhận | Tình trạng
    1   | Xã ... | 12 | 3             | 10/02/2021 09:15 | Đúng hạn
    ...
        Tổng cộng | 152 | 40          (the caller's totals of accepted reports)

    Số đơn vị báo cáo: 12/14 (đúng hạn 10, muộn 2, chờ kiểm tra 1, chưa báo cáo 1)
    Ghi chú: ...
    Số liệu điều chỉnh ... (the corrections of this form's earlier weeks, if any)
    Tổng hợp lúc 11/02/2021 16:30

With them (`official=`), the heading is the letterhead of Nghị định 30/2020 and the
sheet ends with Nơi nhận and the signature: see letterhead.py.  Figures of reports held
for review or missing are left empty.  The file is written to a temporary name beside
the target and renamed, so a reader never sees half a workbook.
"""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from intake.config import Official
from intake.models import Form, FormTable, PeriodReport, Row
from intake.render import letterhead
from intake.render.cells import (
    BODY_SIZE,
    TITLE_SIZE,
    banner,
    column_width,
    height,
    lines,
    put,
    put_figure,
)
from intake.render.files import write_atomically
from intake.render.narrative import CorrectionLine, correction_lines, replaces_line
from intake.render.official import OfficialContext, build_official_context
from intake.render.words import (
    NOTE,
    STATUS_LABELS,
    figure,
    table_counts,
    vn_datetime,
    vn_deadline,
    vn_period,
)

HEADER_ROW = 6  # office, title, period, deadline, blank, then the table header
FIXED_COLUMNS = 4  # STT, Đơn vị, Ngày nhận, Tình trạng
CORRECTIONS_TITLE = "Số liệu điều chỉnh"
CORRECTIONS_INTRO = "Các số liệu sau đã thay đổi sau khi báo cáo của tuần tương ứng được gửi:"

_WIDTH_STT, _WIDTH_FIGURE, _WIDTH_RECEIVED, _WIDTH_STATUS = 6, 14, 18, 16
# Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (in inches)
_MARGINS = PageMargins(left=1.18, right=0.59, top=0.79, bottom=0.79, header=0.4, footer=0.4)


def write_xlsx(
    report: PeriodReport, path: Path, tz: ZoneInfo, official: Official | None = None
) -> Path:
    """Write the workbook of `report` to `path` (atomically) and return `path`.

    With `official`, each sheet carries the letterhead, Nơi nhận and the signature.
    """
    context = build_official_context(report, official, tz) if official else None
    corrections = _corrections_by_sheet(report)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for index, table in enumerate(report.tables):
        sheet = workbook.create_sheet(sheet_name(table.form.title, used))
        sheet_lines = corrections.get(table.form.id, ()) + (corrections[None] if index == 0 else ())
        _write_table_sheet(sheet, report, table, tz, context, sheet_lines)
    if not report.tables:
        sheet = workbook.create_sheet("Báo cáo")
        top = _write_top(sheet, report, "", FIXED_COLUMNS, tz, context)
        banner(sheet, top, "Không có biểu báo cáo nào trong kỳ.", FIXED_COLUMNS)
        row = _write_corrections(sheet, top + 2, corrections[None], FIXED_COLUMNS)
        if context is not None:
            letterhead.write_closing(sheet, row + 1, context, FIXED_COLUMNS)
        _set_page(sheet, FIXED_COLUMNS, top, freeze=False)
    return write_atomically(Path(path), workbook.save)


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


def _corrections_by_sheet(report: PeriodReport) -> dict[str | None, tuple[CorrectionLine, ...]]:
    """The corrections on the sheet of their form; those of a form without one: None."""
    sheets = {table.form.id for table in report.tables}
    out: dict[str | None, tuple[CorrectionLine, ...]] = {None: ()}
    for correction, line in zip(report.corrections, correction_lines(report), strict=True):
        key = correction.form.id if correction.form.id in sheets else None
        out[key] = out.get(key, ()) + (line,)
    return out


# ---------------------------------------------------------------------------
# The parts of a sheet, top to bottom.


def _write_table_sheet(
    sheet: Worksheet,
    report: PeriodReport,
    table: FormTable,
    tz: ZoneInfo,
    context: OfficialContext | None,
    corrections: tuple[CorrectionLine, ...],
) -> None:
    width = FIXED_COLUMNS + len(table.form.fields)
    _set_widths(sheet, table)
    top = _write_top(sheet, report, table.form.title, width, tz, context)
    _write_header(sheet, top, table.form)
    row = top
    for number, item in enumerate(table.rows, start=1):
        row += 1
        _write_row(sheet, row, number, item, table.form, tz)
    _write_totals(sheet, row + 1, table)
    row = _write_footer(sheet, row + 3, table, width, context)
    row = _write_corrections(sheet, row, corrections, width)
    if context is None:
        banner(sheet, row, f"Tổng hợp lúc {vn_datetime(report.generated_at, tz)}", width)
    else:
        letterhead.write_closing(sheet, row + 1, context, width)
    _set_page(sheet, width, top, freeze=context is None)


def _write_top(
    sheet: Worksheet,
    report: PeriodReport,
    title: str,
    width: int,
    tz: ZoneInfo,
    context: OfficialContext | None,
) -> int:
    """The lines above the table; returns the row of the table's header."""
    if context is not None:
        return letterhead.write_heading(sheet, context, title, width)
    put(sheet, 1, 1, report.office.upper(), bold=True, size=TITLE_SIZE)
    banner(sheet, 2, title_line(title), width, bold=True, size=TITLE_SIZE, center=True)
    period = f"Tuần {vn_period(report.period_start, report.period_end)}"
    banner(sheet, 3, period, width, italic=True, center=True)
    deadline = f"Hạn báo cáo: {vn_deadline(report.deadline, tz)}"
    banner(sheet, 4, deadline, width, center=True)
    if report.replaces is not None:
        banner(sheet, 5, replaces_line(report, tz), width, italic=True, center=True)
    return HEADER_ROW


def _write_header(sheet: Worksheet, row: int, form: Form) -> None:
    labels = ["STT", "Đơn vị", *(f.label for f in form.fields), "Ngày nhận", "Tình trạng"]
    for column, label in enumerate(labels, start=1):
        put(sheet, row, column, label, bold=True, center=True, wrap=True, border=True)
    widths = [column_width(sheet, c) for c in range(1, len(labels) + 1)]
    count = max(lines(label, w) for label, w in zip(labels, widths, strict=True))
    sheet.row_dimensions[row].height = height(count, BODY_SIZE)


def _write_row(
    sheet: Worksheet, row: int, number: int, item: Row, form: Form, tz: ZoneInfo
) -> None:
    put(sheet, row, 1, number, center=True, border=True)
    put(sheet, row, 2, item.unit.name, border=True, wrap=True)
    for column, field in enumerate(form.fields, start=3):
        put_figure(sheet, row, column, figure(item, field.key))
    received = vn_datetime(item.received_at, tz) if item.received_at else None
    put(sheet, row, len(form.fields) + 3, received, center=True, border=True)
    put(sheet, row, len(form.fields) + 4, STATUS_LABELS[item.timeliness], border=True)


def _write_totals(sheet: Worksheet, row: int, table: FormTable) -> None:
    put(sheet, row, 1, "Tổng cộng", bold=True, center=True, border=True)
    put(sheet, row, 2, None, border=True)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    for column, field in enumerate(table.form.fields, start=3):
        put_figure(sheet, row, column, table.totals.get(field.key), bold=True)
    for column in (len(table.form.fields) + 3, len(table.form.fields) + 4):
        put(sheet, row, column, None, border=True)


def _write_footer(
    sheet: Worksheet, row: int, table: FormTable, width: int, context: OfficialContext | None
) -> int:
    """The counts, the note, and (official) the units late or missing; the next row."""
    banner(sheet, row, f"Số đơn vị báo cáo: {table_counts(table).line()}", width)
    banner(sheet, row + 1, NOTE, width, italic=True)
    row += 2
    if context is not None:
        row = letterhead.write_status_lines(sheet, row, table, width)
    return row


def _write_corrections(
    sheet: Worksheet, row: int, corrections: tuple[CorrectionLine, ...], width: int
) -> int:
    """ "Số liệu điều chỉnh" and one line per correction; returns the next free row."""
    if not corrections:
        return row
    banner(sheet, row + 1, CORRECTIONS_TITLE, width, bold=True)
    banner(sheet, row + 2, CORRECTIONS_INTRO, width)
    row += 3
    for n, line in enumerate(corrections, start=1):
        end = ";" if n < len(corrections) else "."
        banner(sheet, row, f"- {line.text}{end}", width)
        row += 1
    return row


# ---------------------------------------------------------------------------
# Widths and the page.


def _set_widths(sheet: Worksheet, table: FormTable) -> None:
    longest = max((len(r.unit.name) for r in table.rows), default=10)
    widths = [_WIDTH_STT, min(40, max(20, longest + 4))]
    widths += [_WIDTH_FIGURE] * len(table.form.fields) + [_WIDTH_RECEIVED, _WIDTH_STATUS]
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _set_page(sheet: Worksheet, width: int, header_row: int, *, freeze: bool) -> None:
    if freeze:  # a letterhead is too tall to keep on screen
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_area = f"A1:{get_column_letter(width)}{sheet.max_row}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins = _MARGINS
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "Trang &P/&N"
