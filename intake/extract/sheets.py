"""Spreadsheet attachments (xlsx, xlsm, xls, ods, csv) to grids of cells.

python-calamine reads the binary formats (about 30 times faster than openpyxl); it
returns numbers as floats, dates as datetime and times as time, which the table reader
understands.  CSV files are decoded as UTF-8, then windows-1258, the two encodings
Vietnamese offices save them in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from python_calamine import CalamineWorkbook

from intake.errors import ParseError
from intake.text import nfc

Grid = list[list[object]]
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
        raise ParseError(f"tệp bảng tính {filename} bị hỏng hoặc không đọc được ({e})") from e
    for name in book.sheet_names:
        try:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as e:
            raise ParseError(f"trang tính {name} của {filename} không đọc được ({e})") from e
        grid = [
            [nfc(c) if isinstance(c, str) else _blank(c) for c in row] for row in rows[:MAX_ROWS]
        ]
        if any(any(c not in (None, "") for c in row) for row in grid):
            yield name, grid


def _blank(cell: object) -> object:
    return None if cell == "" else cell


def _csv(data: bytes) -> Grid:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    text = nfc(text)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text), dialect)][:MAX_ROWS]
