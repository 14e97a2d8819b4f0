"""Spreadsheet attachments (xlsx, xlsm, xls, ods, csv) to grids of cells.

python-calamine reads the binary formats (about 30 times faster than openpyxl); it
returns numbers as floats, dates as datetime and times as time, which the table reader
understands.  Merged cells take the text of their first cell, so a header merged over
two columns names both.  Text typed in the legacy TCVN3 or VNI fonts is converted.
CSV files are decoded as UTF-8, then windows-1258, the encodings offices save them in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from python_calamine import CalamineWorkbook

from intake.errors import ParseError
from intake.legacy import detect, to_unicode

Grid = list[list[object]]
Merge = tuple[tuple[int, int], tuple[int, int]]
SPREADSHEET = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
MAX_ROWS = 2000


def grids(data: bytes, filename: str) -> Iterator[tuple[str, Grid]]:
    """(sheet name, grid) for every non-empty sheet of the file."""
    if filename.lower().endswith(".csv"):
        yield "CSV", _csv(data)
        return
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as e:  # calamine raises its own error types for broken files
        raise ParseError(f"Tệp bảng tính {filename} bị hỏng hoặc không đọc được") from e
    for name in book.sheet_names:
        try:
            sheet = book.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)[:MAX_ROWS]
            merged = sheet.merged_cell_ranges or []
        except Exception as e:
            raise ParseError(f"Trang tính {name} của tệp {filename} không đọc được") from e
        hint = detect([c for row in rows for c in row if isinstance(c, str)])
        grid = [[_cell(c, hint) for c in row] for row in rows]
        if any(any(c is not None for c in row) for row in grid):
            yield name, _fill_merged(grid, merged)


def _cell(cell: object, hint: str | None) -> object:
    if isinstance(cell, str):
        return to_unicode(cell, hint) if cell.strip() else None
    return cell


def _fill_merged(grid: Grid, merged: list[Merge]) -> Grid:
    """Give every cell of a merged range the text of its first cell (headers, unit names)."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(grid) or c0 >= len(grid[r0]) or not isinstance(grid[r0][c0], str):
            continue
        for r in range(r0, min(r1 + 1, len(grid))):
            for c in range(c0, min(c1 + 1, len(grid[r]))):
                grid[r][c] = grid[r0][c0]
    return grid


def _csv(data: bytes) -> Grid:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    text = to_unicode(text, detect(text.split("\n")))
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:  # Excel's hint
        rows = list(csv.reader(io.StringIO(rest), delimiter=first.strip()[4]))
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        rows = list(csv.reader(io.StringIO(text), dialect))
    rows = rows[:MAX_ROWS]
    return [[c if c.strip() else None for c in row] for row in rows]
