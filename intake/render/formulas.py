"""A table's totals as formulas a spreadsheet recomputes, with intake's values cached.

openpyxl writes a formula without its value, so a reader that does not recompute
(openpyxl's data_only, a preview, a script) would see an empty total.  Each total that
a formula over the units' cells gives (SUM, AVERAGE, MAX or MIN) becomes that formula,
and the file is written with the value in the cell's cache and Excel and LibreOffice
told to recompute on opening; a total no formula gives stays a number.

    table = the rows under the cell "STT" whose STT is a number, then the "Tổng cộng" row
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from statistics import mean
from typing import Any, BinaryIO

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from intake.render.streamed import Streamed, splice

Cached = dict[tuple[int, str], float]  # (sheet index, "D12") -> the total
FUNCTIONS: dict[str, Callable[[Sequence[float]], float]] = {
    "SUM": sum,
    "AVERAGE": mean,
    "MAX": max,
    "MIN": min,
}


def total_formulas(workbook: Workbook, streamed: Mapping[int, Streamed] | None = None) -> Cached:
    """Put formulas in place of the totals they give; return the totals, to be cached.
    `streamed`: the rows of each sheet (by index) that are not openpyxl cells."""
    cached: Cached = {}
    for index, sheet in enumerate(workbook.worksheets):
        grid = _Grid(sheet, (streamed or {}).get(index, Streamed()))
        found = _table(grid)
        if found is None:
            continue
        first, last, total_row = found
        for cell in sheet[total_row]:
            if not _is_number(cell.value):
                continue
            letter = cell.column_letter
            values = [grid.value(r, cell.column) for r in range(first, last + 1)]
            name = _function([v for v in values if _is_number(v)], cell.value)
            if name is not None:
                cached[(index, cell.coordinate)] = cell.value
                cell.value = f"={name}({letter}{first}:{letter}{last})"
    if cached:
        workbook.calculation.fullCalcOnLoad = True
    return cached


def save(
    workbook: Workbook,
    cached: Cached,
    out: BinaryIO,
    streamed: Mapping[int, Streamed] | None = None,
) -> None:
    """Write the workbook with each formula's value in its cache and the `streamed` rows
    of each sheet in their places (openpyxl's file is stored uncompressed, to be
    compressed once, here)."""
    buffer = io.BytesIO()
    workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)  # as save() does
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED)).save()
    out.write(with_values(buffer.getvalue(), cached, streamed or {}))


def with_values(xlsx: bytes, cached: Cached, streamed: Mapping[int, Streamed]) -> bytes:
    """The file with `<v>total</v>` in the formula cells openpyxl left empty, and the
    streamed rows."""
    by_sheet: dict[int, dict[str, float]] = {}
    for (index, coordinate), value in cached.items():
        by_sheet.setdefault(index, {})[coordinate] = value
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            index = int(match[1]) - 1 if match else -1
            if index in by_sheet:
                data = _fill(data, by_sheet[index])
            if index in streamed:
                data = splice(data, streamed[index])
            target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _fill(xml: bytes, values: dict[str, float]) -> bytes:
    def cache(match: re.Match[bytes]) -> bytes:
        value = values.get(match[2].decode())
        if value is None:
            return match[0]
        return match[1] + f"<v>{value!r}</v>".encode()

    pattern = rb'(<c r="([A-Z]+\d+)"[^>]*><f>[^<]*</f>)(?:<v\s*/>|<v></v>)?'
    return re.sub(pattern, cache, xml)


class _Grid:
    """A sheet's values, its streamed rows' included."""

    def __init__(self, sheet: Worksheet, streamed: Streamed) -> None:
        self.sheet, self.streamed = sheet, streamed
        self.max_row = max(sheet.max_row, max(streamed.xml, default=0))

    def value(self, row: int, column: int) -> Any:
        if row in self.streamed.values:
            return self.streamed.value(row, column)
        return self.sheet.cell(row, column).value

    def row(self, row: int) -> list[tuple[int, Any]]:
        """A row's cells: (column, value)."""
        if row in self.streamed.values:
            return sorted(self.streamed.values[row].items())
        return [(c.column, c.value) for c in self.sheet[row]]

    def texts(self) -> Iterator[tuple[int, int, str]]:
        """Each text of the sheet, row by row: (row, column, text)."""
        top = min(self.streamed.xml, default=self.max_row + 1) - 1
        if top >= 1:
            for cells in self.sheet.iter_rows(max_row=top):
                yield from ((c.row, c.column, c.value) for c in cells if isinstance(c.value, str))
        for row in range(top + 1, self.max_row + 1):
            yield from ((row, c, v) for c, v in self.row(row) if isinstance(v, str))


def _table(grid: _Grid) -> tuple[int, int, int] | None:
    """The first and last unit rows and the total row of the sheet's table, if any."""
    for row, column, text in grid.texts():
        if text.strip() == "STT":
            return _rows_under(grid, row, column)
    return None


def _rows_under(grid: _Grid, header: int, column: int) -> tuple[int, int, int] | None:
    numbered = {r for r in range(header + 1, grid.max_row + 1) if _is_number(grid.value(r, column))}
    if not numbered:
        return None
    first = last = min(numbered)
    while last + 1 in numbered:
        last += 1
    total = last + 1
    if total in grid.streamed.values:
        return None  # a unit's row (a template's own numbering): no total to make a formula
    labels = [value for _, value in grid.row(total) if isinstance(value, str)]
    if not any(label.strip().lower().startswith("tổng") for label in labels):
        return None
    return first, last, total


def _function(values: list[float], total: float) -> str | None:
    """The function of `values` that gives `total`, SUM first."""
    if not values:
        return "SUM" if total == 0 else None
    for name, function in FUNCTIONS.items():
        if abs(function(values) - total) <= 1e-9 * max(1.0, abs(total)):
            return name
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
