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
from dataclasses import dataclass, field
from typing import IO, cast

from python_calamine import CalamineWorkbook, SheetVisibleEnum

from intake import unpack
from intake.config import Limits
from intake.errors import ParseError
from intake.legacy import detect, to_unicode
from intake.unpack import number_text

Grid = list[list[object]]
Merge = tuple[tuple[int, int], tuple[int, int]]
SPREADSHEET = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")
ZIPPED = (".xlsx", ".xlsm", ".ods", ".xlsb")
MAX_ROWS = 2000
DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Workbook:
    """The sheets read, and what a bound of [limits] left unread (Vietnamese, for the
    clerk: the report read from the rest is held)."""

    sheets: tuple[tuple[str, Grid], ...]
    cut: tuple[str, ...] = ()


def grids(
    data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS
) -> Iterator[tuple[str, Grid]]:
    """(sheet name, grid) for every non-empty sheet of the file."""
    yield from read(data, filename, limits).sheets


def read(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> Workbook:
    """Every non-empty visible sheet of the file, each within `limits.cells` cells: a
    sheet is read as the rectangle from A1 to its last cell (calamine holds it so, empty
    cells included), and a bigger one is not read at all."""
    if filename.lower().endswith(".csv"):
        grid, why = _csv(data, filename, limits)
        return Workbook((("CSV", grid),), why)
    if filename.lower().endswith(ZIPPED):
        unpack.zip_sizes(data, filename, limits)  # refuses a bomb before calamine opens it
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as e:  # calamine raises its own error types for broken files
        raise ParseError(f"Tệp bảng tính {filename} bị hỏng hoặc không đọc được") from e
    facts = _xlsx_facts(data, limits) if filename.lower().endswith((".xlsx", ".xlsm")) else {}
    sheets: list[tuple[str, Grid]] = []
    cut: list[str] = []
    for index, meta in enumerate(book.sheets_metadata):
        if meta.visible != SheetVisibleEnum.Visible:  # Hidden, VeryHidden
            continue
        fact = facts.get(index, Facts())
        if fact.area > limits.cells:  # known before calamine loads it
            cut.append(_too_many_cells(meta.name, filename, limits))
            continue
        read = _sheet(book, index, meta.name, filename, fact, limits)
        if isinstance(read, str):
            cut.append(read)
        elif any(any(c is not None for c in row) for row in read):
            sheets.append((meta.name, read))
    return Workbook(tuple(sheets), tuple(cut))


def _sheet(
    book: CalamineWorkbook, index: int, name: str, filename: str, fact: Facts, limits: Limits
) -> Grid | str:
    """One sheet's grid, or why it is not read."""
    try:
        sheet = book.get_sheet_by_index(index)
        area = sheet.total_height * sheet.total_width
        if area > limits.cells:
            return _too_many_cells(name, filename, limits)
        rows = cast(Grid, sheet.to_python(skip_empty_area=False)[:MAX_ROWS])
        merged = sheet.merged_cell_ranges or []
    except Exception as e:
        raise ParseError(f"Trang tính {name} của tệp {filename} không đọc được") from e
    rows = _unhidden(rows, fact.hidden_rows, fact.hidden_cols)
    hint = detect([c for row in rows for c in row if isinstance(c, str)])
    return _fill_merged([[_cell(c, hint) for c in row] for row in rows], merged)


def _too_many_cells(sheet: str, filename: str, limits: Limits) -> str:
    return f"Trang tính {sheet} của tệp {filename} có hơn {number_text(limits.cells)} ô, chưa đọc"


# -- what calamine does not say of an xlsx: hidden rows and columns, and the size ------


@dataclass
class Facts:
    """Of one sheet's XML: its hidden rows and columns (0-based, within MAX_ROWS), and
    its size: the rectangle from A1 to its last cell, or the number of its row and cell
    tags if that is more (rows without cells cost the reading, not the rectangle)."""

    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    last_row: int = 0  # 1-based, of the last cell
    last_col: int = 0
    tags: int = 0

    @property
    def area(self) -> int:
        return max(self.last_row * self.last_col, self.tags)


_TAG = re.compile(rb"<(?:\w+:)?(row|col|c)\b([^>]*)>")
_ATTR = re.compile(rb'\b(r|min|max|hidden)="([^"]*)"')
_CELL_REF = re.compile(rb"([A-Z]+)(\d+)")
_HIDDEN = (b"1", b"true")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_RID = re.compile(rb'\br:id="([^"]+)"')
_REL = re.compile(rb"<Relationship\b[^>]*>")
_REL_ATTR = re.compile(rb'\b(Id|Target)="([^"]+)"')
PIECE = 1024 * 1024  # of a sheet's XML, read at a time


def _xlsx_facts(data: bytes, limits: Limits) -> dict[int, Facts]:
    """{sheet index: Facts}, sheets in the workbook's order, found through its
    relationships; each sheet's XML read once as a stream (never held whole), and no
    further than `limits.cells`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        out = {}
        for index, path in _sheet_paths(archive).items():
            with archive.open(path) as stream:
                out[index] = _scan(stream, limits)
        return out
    except (zipfile.BadZipFile, KeyError, ValueError):
        return {}  # calamine read it; a layout this cannot follow hides nothing


def _sheet_paths(archive: zipfile.ZipFile) -> dict[int, str]:
    targets = {}
    for tag in _REL.findall(archive.read("xl/_rels/workbook.xml.rels")):
        attrs = dict(_REL_ATTR.findall(tag))
        target = attrs[b"Target"].decode().lstrip("/")
        targets[attrs[b"Id"]] = target if target.startswith("xl/") else f"xl/{target}"
    out = {}
    for index, tag in enumerate(_SHEET.findall(archive.read("xl/workbook.xml"))):
        rid = _RID.search(tag)
        if rid is not None and rid[1] in targets:
            out[index] = targets[rid[1]]
    return out


def _scan(stream: IO[bytes], limits: Limits) -> Facts:
    """The facts of one sheet's XML, read in pieces; a tag cut between two pieces is
    kept for the next.  Stops once the sheet is known to be over `limits.cells`."""
    facts = Facts()
    row = col = 0
    rest = b""
    while facts.area <= limits.cells:
        piece = stream.read(PIECE)
        if not piece:
            break
        text = rest + piece
        cut = text.rfind(b"<")
        if cut < text.rfind(b">"):
            cut = len(text)
        text, rest = text[:cut], text[cut:]
        row, col = _facts_of(text, facts, row, col)
    return facts


def _facts_of(text: bytes, facts: Facts, row: int, col: int) -> tuple[int, int]:
    """Add what the tags of `text` say to `facts`; `row` and `col` are where the last
    cell was (cells and rows without an "r" follow the one before)."""
    for tag, attributes in _TAG.findall(text):
        attrs = dict(_ATTR.findall(attributes))
        facts.tags += tag != b"col"
        if tag == b"row":
            row = int(attrs[b"r"]) if attrs.get(b"r", b"").isdigit() else row + 1
            col = 0
            if attrs.get(b"hidden") in _HIDDEN and row <= MAX_ROWS:
                facts.hidden_rows.add(row - 1)
        elif tag == b"c":
            ref = _CELL_REF.match(attrs.get(b"r", b""))
            col = _column(ref[1]) if ref else col + 1
            row = int(ref[2]) if ref else max(row, 1)
            facts.last_row = max(facts.last_row, row)
            facts.last_col = max(facts.last_col, col)
        elif attrs.get(b"hidden") in _HIDDEN and attrs.get(b"min", b"").isdigit():
            last = int(attrs[b"max"]) if attrs.get(b"max", b"").isdigit() else int(attrs[b"min"])
            facts.hidden_cols |= set(range(int(attrs[b"min"]) - 1, min(last, 16384)))
    return row, col


def _column(letters: bytes) -> int:
    """1 for "A", 27 for "AA"."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


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
    lines = [line for line in text[:SAMPLE].splitlines()[:200] if line.strip()]

    def score(mark: str) -> int:
        counts = [line.count(mark) for line in lines if mark in line]
        return max((counts.count(n) for n in set(counts)), default=0)

    return max(";\t,", key=score)


SAMPLE = 100_000  # characters of a CSV file looked at for its delimiter


def _csv(data: bytes, filename: str, limits: Limits) -> tuple[Grid, tuple[str, ...]]:
    """The rows of a CSV file, no more than MAX_ROWS and `limits.cells` cells; only the
    text of those rows is converted out of a legacy encoding."""
    text = _decoded(data)
    first, _, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:  # Excel's hint
        text, delimiter = rest, first.strip()[4]
    else:
        delimiter = _delimiter(text)
    end, cut = _extent(text, delimiter, filename, limits)
    text = to_unicode(text[:end], detect(text[:end].split("\n")))
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return [[c if c.strip() else None for c in row] for row in rows], cut


def _decoded(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _extent(
    text: str, delimiter: str, filename: str, limits: Limits
) -> tuple[int, tuple[str, ...]]:
    """Where the rows that are read end in `text`, and why the rest is not read, if a
    bound stops them (the rows past MAX_ROWS are left quietly, as in a sheet)."""
    stream = io.StringIO(text)
    cells = rows = end = 0
    try:
        for row in csv.reader(stream, delimiter=delimiter):
            if cells + len(row) > limits.cells:
                why = (
                    f"Tệp {filename} quá lớn (hơn {number_text(limits.cells)} ô), "
                    f"chỉ đọc {number_text(rows)} dòng đầu"
                )
                return end, (why,)
            cells, rows, end = cells + len(row), rows + 1, stream.tell()
            if rows >= MAX_ROWS:
                break
    except csv.Error as e:
        raise ParseError(f"Tệp {filename} không đọc được như bảng CSV") from e
    return end, ()
