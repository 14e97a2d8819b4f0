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
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from statistics import mean
from typing import BinaryIO

from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

Cached = dict[tuple[int, str], float]  # (sheet index, "D12") -> the total
FUNCTIONS: dict[str, Callable[[Sequence[float]], float]] = {
    "SUM": sum,
    "AVERAGE": mean,
    "MAX": max,
    "MIN": min,
}


def total_formulas(workbook: Workbook) -> Cached:
    """Put formulas in place of the totals they give; return the totals, to be cached."""
    cached: Cached = {}
    for index, sheet in enumerate(workbook.worksheets):
        found = _table(sheet)
        if found is None:
            continue
        first, last, total_row = found
        for cell in sheet[total_row]:
            if not _is_number(cell.value):
                continue
            letter = cell.column_letter
            values = [sheet.cell(r, cell.column).value for r in range(first, last + 1)]
            name = _function([v for v in values if _is_number(v)], cell.value)
            if name is not None:
                cached[(index, cell.coordinate)] = cell.value
                cell.value = f"={name}({letter}{first}:{letter}{last})"
    if cached:
        workbook.calculation.fullCalcOnLoad = True
    return cached


def save(workbook: Workbook, cached: Cached, out: BinaryIO) -> None:
    """Write the workbook with each formula's value in its cache (openpyxl's file is
    stored uncompressed, to be compressed once, here)."""
    buffer = io.BytesIO()
    workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)  # as save() does
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED)).save()
    out.write(with_values(buffer.getvalue(), cached))


def with_values(xlsx: bytes, cached: Cached) -> bytes:
    """The file with `<v>total</v>` in the formula cells openpyxl left empty."""
    by_sheet: dict[int, dict[str, float]] = {}
    for (index, coordinate), value in cached.items():
        by_sheet.setdefault(index, {})[coordinate] = value
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            match = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if match and int(match[1]) - 1 in by_sheet:
                data = _fill(data, by_sheet[int(match[1]) - 1])
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


def _table(sheet: Worksheet) -> tuple[int, int, int] | None:
    """The first and last unit rows and the total row of the sheet's table, if any."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.strip() == "STT":
                return _rows_under(sheet, cell.row, cell.column)
    return None


def _rows_under(sheet: Worksheet, header: int, column: int) -> tuple[int, int, int] | None:
    numbered = {
        r for r in range(header + 1, sheet.max_row + 1) if _is_number(sheet.cell(r, column).value)
    }
    if not numbered:
        return None
    first = last = min(numbered)
    while last + 1 in numbered:
        last += 1
    total = last + 1
    labels = [c.value for c in sheet[total] if isinstance(c.value, str)]
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
