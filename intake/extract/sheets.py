"""Spreadsheet attachments (xlsx, xlsm, xls, ods, csv) to grids of cells.

python-calamine reads the binary formats (about 30 times faster than openpyxl); it
returns numbers as floats, dates as datetime and times as time, which the table reader
understands.  Merged cells take the text of their first cell, so a header merged over
two columns names both.  What Excel hides (sheets, rows, columns: a template's example
row, last week's column) is what the sender did not show, and is not read.  Text typed
in the legacy TCVN3 or VNI fonts is converted.
CSV files are decoded as UTF-8, then windows-1258, the encodings offices save them in.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator

from python_calamine import CalamineWorkbook, SheetVisibleEnum

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
    hidden = _hidden_xlsx(data) if filename.lower().endswith((".xlsx", ".xlsm")) else {}
    for index, meta in enumerate(book.sheets_metadata):
        name = meta.name
        if meta.visible != SheetVisibleEnum.Visible:  # Hidden, VeryHidden
            continue
        try:
            sheet = book.get_sheet_by_index(index)
            rows = sheet.to_python(skip_empty_area=False)[:MAX_ROWS]
            merged = sheet.merged_cell_ranges or []
        except Exception as e:
            raise ParseError(f"Trang tính {name} của tệp {filename} không đọc được") from e
        rows = _unhidden(rows, *hidden.get(index, (set(), set())))
        hint = detect([c for row in rows for c in row if isinstance(c, str)])
        grid = [[_cell(c, hint) for c in row] for row in rows]
        if any(any(c is not None for c in row) for row in grid):
            yield name, _fill_merged(grid, merged)


_ROW = re.compile(rb"<row\b[^>]*>")
_COL = re.compile(rb"<col\b[^>]*>")
_ATTR = re.compile(rb'\b(r|min|max|hidden)="([^"]*)"')
_HIDDEN = (b"1", b"true")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_RID = re.compile(rb'\br:id="([^"]+)"')
_REL = re.compile(rb"<Relationship\b[^>]*>")
_REL_ATTR = re.compile(rb'\b(Id|Target)="([^"]+)"')


def _hidden_xlsx(data: bytes) -> dict[int, tuple[set[int], set[int]]]:
    """{sheet index: (hidden rows, hidden columns)}, 0-based, read from the sheet XML
    (calamine does not report them); sheets in the workbook's order, found through its
    relationships."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        targets = {}
        for tag in _REL.findall(archive.read("xl/_rels/workbook.xml.rels")):
            attrs = dict(_REL_ATTR.findall(tag))
            target = attrs[b"Target"].decode().lstrip("/")
            targets[attrs[b"Id"]] = target if target.startswith("xl/") else f"xl/{target}"
        out = {}
        for index, tag in enumerate(_SHEET.findall(archive.read("xl/workbook.xml"))):
            rid = _RID.search(tag)
            if rid is None or rid[1] not in targets:
                continue
            xml = archive.read(targets[rid[1]])
            head = xml.split(b"<sheetData", 1)[0]
            rows = {
                int(attrs[b"r"]) - 1
                for tag in _ROW.findall(xml)
                if (attrs := dict(_ATTR.findall(tag))).get(b"hidden") in _HIDDEN and b"r" in attrs
            }
            cols: set[int] = set()
            for col in _COL.findall(head):
                attrs = dict(_ATTR.findall(col))
                if attrs.get(b"hidden") in _HIDDEN:
                    cols |= set(range(int(attrs[b"min"]) - 1, int(attrs[b"max"])))
            if rows or cols:
                out[index] = (rows, cols)
        return out
    except (zipfile.BadZipFile, KeyError, ValueError):
        return {}  # calamine read it; a layout this cannot follow hides nothing


def _unhidden(rows: list[list[object]], hidden_rows: set[int], hidden_cols: set[int]) -> Grid:
    """The rows with what Excel hides emptied (kept in place, so positions hold)."""
    if not hidden_rows and not hidden_cols:
        return rows
    return [
        [None] * len(row)
        if r in hidden_rows
        else [None if c in hidden_cols else v for c, v in enumerate(row)]
        for r, row in enumerate(rows)
    ]


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


def _delimiter(text: str) -> str:
    """The delimiter that splits most lines into the same number of cells: ";" in
    "1;Số lượng tin, bài;Tin;10;", where the text's own commas are not delimiters and a
    title line above the table has none (csv.Sniffer gives up on both)."""
    lines = [line for line in text.splitlines()[:200] if line.strip()]

    def score(mark: str) -> int:
        counts = [line.count(mark) for line in lines if mark in line]
        return max((counts.count(n) for n in set(counts)), default=0)

    return max(";\t,", key=score)


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
        rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(text)))
    rows = rows[:MAX_ROWS]
    return [[c if c.strip() else None for c in row] for row in rows]
