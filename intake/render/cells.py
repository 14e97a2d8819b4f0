"""Cells of the workbook: text and figures in Times New Roman, and rows tall enough.

Shared by the sheet of a form (xlsx.py) and its letterhead (letterhead.py).  Column
widths are in Excel's units (about one character of the default font); a row's height
is estimated from its text, since openpyxl cannot measure text.
"""

from __future__ import annotations

import math

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from intake.render.words import cell_number, is_integral

FONT = "Times New Roman"
BODY_SIZE = 12
TITLE_SIZE = 13
DEFAULT_WIDTH = 14

_THIN = Side(style="thin")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def put(
    sheet: Worksheet,
    row: int,
    column: int,
    value: object,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: int = BODY_SIZE,
    center: bool = False,
    wrap: bool = False,
    border: bool = False,
) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = Font(
        name=FONT, size=size, bold=bold, italic=italic, underline="single" if underline else None
    )
    horizontal = "center" if center else None
    cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)
    if border:
        cell.border = BORDER


def put_figure(
    sheet: Worksheet, row: int, column: int, value: float | None, *, bold: bool = False
) -> None:
    number = None if value is None else cell_number(value)
    put(sheet, row, column, number, bold=bold, border=True)
    cell = sheet.cell(row=row, column=column)
    cell.alignment = Alignment(horizontal="right", vertical="center")
    cell.number_format = "#,##0" if value is None or is_integral(value) else "#,##0.0"


def span(
    sheet: Worksheet,
    row: int,
    first: int,
    last: int,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: int = BODY_SIZE,
    center: bool = False,
) -> None:
    """Text merged across columns `first`..`last`, wrapped, its row tall enough for it.

    A row holding two spans (the letterhead's left and right blocks) is as tall as the
    taller one.
    """
    put(
        sheet,
        row,
        first,
        text,
        bold=bold,
        italic=italic,
        underline=underline,
        size=size,
        center=center,
        wrap=True,
    )
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
    total = sum(column_width(sheet, c) for c in range(first, last + 1))
    scale = BODY_SIZE / size * (0.8 if bold else 1.0)  # wider letters fit fewer per unit
    needed = height(lines(text, total * scale), size)
    sheet.row_dimensions[row].height = max(sheet.row_dimensions[row].height or 0, needed)


def banner(sheet: Worksheet, row: int, text: str, width: int, **style) -> None:
    """A line of text merged across the table's `width` columns."""
    span(sheet, row, 1, width, text, **style)


def column_width(sheet: Worksheet, column: int) -> float:
    return sheet.column_dimensions[get_column_letter(column)].width or DEFAULT_WIDTH


def lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a column `width` characters wide."""
    return max(1, math.ceil(len(text) * 1.1 / max(width - 1, 1)))


def height(count: int, size: int) -> float:
    return round(count * size * 1.35 + 4, 1)
