"""Cells of the workbook: a template sheet's rows written out, styles and all.

    SheetWriter(template sheet, its copy, Columns, streamed row).write(template row, values)
    ... finish()

xlsx_template.py decides which template rows come out, how often, and with what values;
this writes each one as the next row of the copy, with the template row's cell styles,
one-row merges and height, the field column repeated (Columns), and a list value spread
over as many rows as it has items.  The table's unit row, which comes out once per unit,
is written as XML by streamed.py rather than as openpyxl cells, unless it has a merge or
a value openpyxl must handle.  At the end come the merges over several rows and the
images of the rows that came out once, and the print titles, area and panes.

Column widths are in Excel's units (about one character of the default font); a row's
height is estimated from its text, since openpyxl cannot measure text and Excel does not
grow a row of merged cells by itself.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Iterable
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.drawing.image import Image
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.dimensions import ColumnDimension, RowDimension
from openpyxl.worksheet.worksheet import Worksheet

from intake.render.streamed import Cells, Streamed

BODY_SIZE = 12
DEFAULT_WIDTH = 14


@dataclass(frozen=True)
class Columns:
    """Where a template column goes: the field column `at` comes out `count` times."""

    at: int
    count: int

    def first(self, column: int) -> int:
        return column if column <= self.at else column + self.count - 1

    def last(self, column: int) -> int:
        return column + self.count - 1 if column >= self.at else column

    def span(self, column: int) -> range:
        return range(self.first(column), self.last(column) + 1)


def cells_by_row(sheet: Worksheet) -> dict[int, list[Cell]]:
    """A sheet's cells (with a value or a style), row by row, left to right."""
    rows: dict[int, list[Cell]] = {}
    for (row, _), cell in sorted(sheet._cells.items()):
        rows.setdefault(row, []).append(cell)
    return rows


Looks = tuple[bool, float, bool]  # a style's wrapping, its font's size and boldness


class SheetWriter:
    """Writes a copy of a template sheet, top to bottom, as the template's rows come out;
    the rows of template row `stream` go to `streamed` (streamed.py) when they can."""

    def __init__(
        self, template: Worksheet, sheet: Worksheet, columns: Columns, stream: int | None = None
    ) -> None:
        self.template, self.sheet, self.columns = template, sheet, columns
        self.stream, self.streamed = stream, Streamed()
        self.styled = cells_by_row(template)
        self.merges = _merges(template)
        self.rows: dict[int, list[int]] = {}  # template row -> the rows it came out as
        self.count = 0  # rows written
        self.widths: dict[int, float] = {}  # column_width, once a column
        self.spans: dict[int, dict[int, int]] = {}  # _spans, once a template row
        self.looks: dict[tuple[int, int], Looks] = {}  # _looks, once a style
        self.plans: dict[int, dict[int, tuple[StyleArray | None, int, Looks]] | None] = {}
        self.style_ids: dict[tuple[tuple[int, ...], bool], int] = {}  # _style_id
        _clear(sheet, template)
        _set_widths(sheet, template, columns)

    def write(self, source: int, values: dict[int, Any]) -> None:
        """Template row `source` with `values` by column; a list gets a row per item."""
        lists = [len(v) for v in values.values() if isinstance(v, list | tuple)]
        if not lists:  # a unit's row: values as they are
            if source != self.stream or not self._streamed(source, values):
                self._row(source, values)
            return
        for n in range(max(lists) or 1):
            self._row(source, {column: _nth(v, n) for column, v in values.items()})

    def finish(self, *, header_row: int, freeze: bool) -> None:
        """The rest; the print titles are where template row `header_row` came out."""
        _merge_tall(self.sheet, self.template, self.rows, self.columns)
        _copy_images(self.sheet, self.template, self.rows, self.columns)
        header = self.rows.get(header_row, [None])[0]
        _set_page(self.sheet, header, self.streamed, freeze=freeze)

    def _row(self, source: int, values: dict[int, Any]) -> None:
        self.count += 1
        target = self.count
        self.rows.setdefault(source, []).append(target)
        written: dict[int, Cell] = {}
        for cell in self.styled.get(source, ()):
            for column in self.columns.span(cell.column):
                written[column] = self._new_cell(target, column)
                written[column]._style = StyleArray(cell._style)  # a copy
        for column, value in values.items():
            if column not in written:
                written[column] = self._new_cell(target, column)
            _put(written[column], value)
        spans = self._spans(source)
        for first, last in spans.items():
            if last > first:
                self.sheet.merge_cells(
                    start_row=target, start_column=first, end_row=target, end_column=last
                )
        texts = [
            (column, cell.value, self._looks(cell._style))
            for column, cell in written.items()
            if isinstance(cell.value, str)
        ]
        dimension = self.template.row_dimensions.get(source)
        needed = _height(dimension, texts, spans, self._width)
        if needed:
            self.sheet.row_dimensions[target].height = needed
        if dimension is not None and dimension.hidden:
            self.sheet.row_dimensions[target].hidden = True

    def _streamed(self, source: int, values: dict[int, Any]) -> bool:
        """Template row `source` as the next row, written by streamed.py: False, and
        nothing written, when it has a merge or a value openpyxl must handle."""
        plan = self._plan(source)
        if plan is None:
            return False
        if values.keys() <= plan.keys():
            columns: Iterable[int] = plan
        else:
            columns = sorted(plan.keys() | values.keys())
        target = self.count + 1
        cells: Cells = []
        texts: list[tuple[int, str, Looks]] = []
        for column in columns:
            style, style_id, looks = plan.get(column) or self._plan_cell(None)
            value = values.get(column)
            kind = type(value)
            if isinstance(value, float):
                style_id = style_id if value.is_integer() else self._style_id(style, True)
            elif kind is not int and (kind is not str or value == ""):
                value = cell_value(value)  # not a float: the style stays
            cells.append((column, value, style_id))
            if isinstance(value, str):
                texts.append((column, value, looks))
        dimension = self.template.row_dimensions.get(source)
        needed = _height(dimension, texts, {}, self._width)
        hidden = dimension is not None and dimension.hidden
        attributes: dict[str, str] = {}
        if needed or hidden:
            row = RowDimension(self.sheet, index=target)
            row.height = needed or None
            row.hidden = hidden
            attributes = dict(row)
        if not self.streamed.add(target, cells, attributes):
            return False
        self.count = target
        self.rows.setdefault(source, []).append(target)
        return True

    def _plan(self, source: int) -> dict[int, tuple[StyleArray | None, int, Looks]] | None:
        """For each cell of template row `source`, by the column it goes to: its style,
        the style's id and its looks.  None for a row with a merge, over its cells or
        over several rows (which _merge_tall makes when the row comes out once)."""
        if source not in self.plans:
            spans = self._spans(source)
            merged = any(last > first for first, last in spans.items()) or any(
                m.min_row <= source <= m.max_row and m.min_row < m.max_row
                for m in self.template.merged_cells.ranges
            )
            cells = self.styled.get(source, ())
            styles = {c: cell._style for cell in cells for c in self.columns.span(cell.column)}
            plan = {column: self._plan_cell(styles[column]) for column in sorted(styles)}
            self.plans[source] = None if merged else plan
        return self.plans[source]

    def _plan_cell(self, style: StyleArray | None) -> tuple[StyleArray | None, int, Looks]:
        return style, self._style_id(style, False), self._looks(style or StyleArray())

    def _style_id(self, style: StyleArray | None, decimal: bool) -> int:
        """The id openpyxl gives a cell of `style` (0: none) when it writes it, with one
        decimal when `decimal`; the style is added to the workbook's if new."""
        key = (tuple(style or ()), decimal)
        if key not in self.style_ids:
            cell = Cell(self.sheet, row=1, column=1)  # not in the sheet
            if style is not None:
                cell._style = StyleArray(style)
            if decimal:
                cell.number_format = one_decimal(cell.number_format)
            self.style_ids[key] = cell.style_id if cell.has_style else 0
        return self.style_ids[key]

    def _new_cell(self, row: int, column: int) -> Cell:
        """sheet.cell(row, column) of a row being written: a new cell, made directly."""
        cell = Cell(self.sheet, row=row, column=column)
        self.sheet._add_cell(cell)
        return cell

    def _looks(self, style: StyleArray) -> Looks:
        """Whether a cell of `style` wraps its text, its font's size and boldness: read
        from the workbook's style lists once a style, not through openpyxl's proxies."""
        key = (style.alignmentId, style.fontId)
        if key not in self.looks:
            workbook = self.sheet.parent
            font = workbook._fonts[style.fontId]
            wraps = bool(workbook._alignments[style.alignmentId].wrap_text)
            self.looks[key] = (wraps, font.sz or BODY_SIZE, bool(font.b))
        return self.looks[key]

    def _spans(self, source: int) -> dict[int, int]:
        """The one-row merges of template row `source`, first to last column, as written."""
        if source not in self.spans:
            merges = self.merges.get(source, ())
            self.spans[source] = {self.columns.first(a): self.columns.last(b) for a, b in merges}
        return self.spans[source]

    def _width(self, column: int) -> float:
        if column not in self.widths:
            self.widths[column] = column_width(self.sheet, column)
        return self.widths[column]


def _nth(value: Any, n: int) -> Any:
    if isinstance(value, list | tuple):
        return value[n] if n < len(value) else None
    return value if n == 0 else None


def _put(cell: Cell, value: Any) -> None:
    """A value as a spreadsheet value (cell_value)."""
    value = cell_value(value)
    cell.value = value
    if _decimal(value):
        cell.number_format = one_decimal(cell.number_format)


def cell_value(value: Any) -> Any:
    """A value as a spreadsheet holds it: "" and None leave the cell empty, a value
    that is not a text, a number or a date is written as text."""
    if value == "" or not isinstance(value, str | int | float | date | datetime):
        value = None if value in ("", None) else str(value)
    return value


def _decimal(value: Any) -> bool:
    """Whether `value` is a figure that shows its decimal."""
    return isinstance(value, float) and not value.is_integer()


def one_decimal(number_format: str) -> str:
    """ "#,##0" -> "#,##0.0": a figure that is not whole shows its decimal."""
    if "." in number_format or "0" not in number_format:
        return number_format
    return re.sub(r"0(?![0-9])", "0.0", number_format)


# ---------------------------------------------------------------------------
# Widths and heights.


def column_width(sheet: Worksheet, column: int) -> float:
    return sheet.column_dimensions[get_column_letter(column)].width or DEFAULT_WIDTH


def lines(text: str, width: float) -> int:
    """About how many lines `text` takes in a column `width` characters wide."""
    per_line = max(width - 1, 1)
    return sum(max(1, math.ceil(len(part) * 1.1 / per_line)) for part in text.split("\n"))


def height(count: int, size: float) -> float:
    return round(count * size * 1.35 + 4, 1)


def text_lines(text: str, width: float, size: float, bold: bool) -> int:
    """About how many lines `text` takes wrapped in `width`, in `size` points."""
    scale = BODY_SIZE / size * (0.9 if bold else 1.0)  # wider letters fit fewer per unit
    return lines(text, width * scale)


def _set_widths(sheet: Worksheet, template: Worksheet, columns: Columns) -> None:
    """Each column as wide as its template column; the field column's copies as it."""
    for dimension in list(template.column_dimensions.values()):
        low = dimension.min or column_index_from_string(dimension.index)
        for column in range(low, (dimension.max or low) + 1):
            for target in columns.span(column):
                letter = get_column_letter(target)
                width = dimension.width if dimension.customWidth else 0
                sheet.column_dimensions[letter] = ColumnDimension(
                    sheet, index=letter, width=width, hidden=dimension.hidden
                )


def _height(
    dimension: RowDimension | None,
    texts: list[tuple[int, str, Looks]],
    spans: dict[int, int],
    width_of: Callable[[int], float],
) -> float:
    """The template row's height, or more for a wrapped text Excel would not fit itself
    (`texts`: column, text, looks): in merged cells, or (estimated) over more than one
    line; 0 for Excel's own."""
    needed: list[float] = [dimension.height or 0] if dimension is not None else [0]
    for column, text, (wraps, size, bold) in texts:
        if not wraps:
            continue
        last = spans.get(column, column)
        width = sum(width_of(c) for c in range(column, last + 1))
        count = text_lines(text, width, size, bold)
        if last > column or count > 1:
            needed.append(height(count, size))
    return max(needed)


# ---------------------------------------------------------------------------
# What the sheet carries besides its rows.


def _clear(sheet: Worksheet, template: Worksheet) -> None:
    """The copy without its cells, merges and dimensions; with the template's view,
    header and footer, which copy_worksheet leaves out."""
    sheet._cells.clear()
    sheet.merged_cells.ranges.clear()
    sheet.row_dimensions.clear()
    sheet.column_dimensions.clear()
    sheet.views = deepcopy(template.views)
    sheet.freeze_panes = None
    sheet.HeaderFooter = deepcopy(template.HeaderFooter)


def _merges(sheet: Worksheet) -> dict[int, list[tuple[int, int]]]:
    """The template's one-row merges, by row: (first, last column)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == merged.max_row:
            out.setdefault(merged.min_row, []).append((merged.min_col, merged.max_col))
    return out


def _merge_tall(sheet: Worksheet, template: Worksheet, rows: dict, columns: Columns) -> None:
    """A merge over several rows, when each of its rows came out once, one after another."""
    for merged in template.merged_cells.ranges:
        spans = [rows.get(r, []) for r in range(merged.min_row, merged.max_row + 1)]
        if merged.min_row == merged.max_row or any(len(s) != 1 for s in spans):
            continue
        targets = [s[0] for s in spans]
        if targets == list(range(targets[0], targets[0] + len(targets))):
            first, last = columns.first(merged.min_col), columns.last(merged.max_col)
            sheet.merge_cells(
                start_row=targets[0], start_column=first, end_row=targets[-1], end_column=last
            )


def _copy_images(sheet: Worksheet, template: Worksheet, rows: dict, columns: Columns) -> None:
    """The template's images (a logo), each with the row it is anchored at."""
    for image in template._images:
        anchor = deepcopy(image.anchor)
        marker = getattr(anchor, "_from", None)
        if marker is None or not rows.get(marker.row + 1):
            continue
        shift = rows[marker.row + 1][0] - (marker.row + 1)
        for end in (marker, getattr(anchor, "to", None)):
            if end is not None:
                end.row += shift
                end.col = columns.first(end.col + 1) - 1
        data = image._data()  # which closes the image's file: keep the bytes for the next
        image.ref = io.BytesIO(data)
        copied = Image(io.BytesIO(data))
        copied.width, copied.height = image.width, image.height
        sheet.add_image(copied, anchor)


def _set_page(sheet: Worksheet, header: int | None, streamed: Streamed, *, freeze: bool) -> None:
    if header is not None:
        sheet.print_title_rows = f"{header}:{header}"
        if freeze:  # a letterhead is too tall to keep on screen
            sheet.freeze_panes = f"A{header + 1}"  # not sheet.cell(): a streamed row
    last = get_column_letter(max(sheet.max_column, streamed.max_column, 1))
    bottom = max(sheet.max_row, max(streamed.xml, default=1))
    sheet.print_area = f"A1:{last}{bottom}"
