"""A table's unit rows written straight as the sheet's XML, not as openpyxl cells.

    SheetWriter --Streamed.add(row, cells)--> <row> elements --splice, at save--> the sheet

At a nation's scale each sheet has 10,000 unit rows of eight cells, and openpyxl spends
tens of microseconds on each cell: making it, copying its style, checking its value,
then writing it through lxml.  A unit row is plain (a number or a short text in each
cell, the template row's style, sometimes a height), so cells.SheetWriter hands it here
instead: `add` makes the `<row>` element openpyxl would write (the same attributes in
the same order, the same escapes, the same style ids) and `splice` puts the rows
between openpyxl's own when the file is saved.  A value openpyxl treats specially (a
formula, an error code, a date, a boolean, a text too long or holding a character a
worksheet cannot hold) is not taken: its row goes the ordinary way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter, range_boundaries

TEXT_MAX = 32767  # openpyxl cuts a longer text: such a row goes the ordinary way
Cells = list[tuple[int, Any, int]]  # (column, value, style id; 0 for none)


@dataclass
class Streamed:
    """The rows of a sheet written here: their XML, and their values for formulas.py."""

    xml: dict[int, bytes] = field(default_factory=dict)  # row -> its <row> element
    values: dict[int, dict[int, Any]] = field(default_factory=dict)  # row -> column -> value
    min_column: int = 0
    max_column: int = 0
    heads: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)  # _head

    def add(self, row: int, cells: Cells, attributes: dict[str, str]) -> bool:
        """Row `row` with `cells` (in column order) and the row's `attributes` (height);
        False, and nothing kept, when a value must go through openpyxl."""
        parts = [_row_tag(row, attributes)]
        for column, value, style in cells:
            head = self.heads.get((column, style)) or self._head(column, style)
            kind = type(value)
            if kind is int:  # never NaN: openpyxl's safe_string, without its checks
                parts.append(f'{head[0]}{row}{head[1]} t="n"><v>{value:.16g}</v></c>')
            elif kind is float:
                parts.append(f'{head[0]}{row}{head[1]} t="n"><v>{safe_string(value)}</v></c>')
            elif kind is str:
                if len(value) > TEXT_MAX or ILLEGAL_CHARACTERS_RE.search(value):
                    return False  # cut, or refused, by openpyxl
                if value in ERROR_CODES or (len(value) > 1 and value.startswith("=")):
                    return False  # an error or a formula to openpyxl
                space = ' xml:space="preserve"' if value != value.strip() else ""
                if "&" in value or "<" in value or ">" in value or "\r" in value:
                    value = escape(value).replace("\r", "&#13;")
                text = f"<is><t{space}>{value}</t></is>"
                parts.append(f'{head[0]}{row}{head[1]} t="inlineStr">{text}</c>')
            elif value is not None:
                return False
            elif style:
                parts.append(f'{head[0]}{row}{head[1]} t="n"></c>')
        parts.append("</row>")
        self.xml[row] = "".join(parts).encode("ascii", "xmlcharrefreplace")
        self.values[row] = {column: value for column, value, _ in cells}
        if cells:  # openpyxl's dimension counts every cell, empty or not
            first, last = cells[0][0], cells[-1][0]
            self.min_column = min(self.min_column or first, first)
            self.max_column = max(self.max_column, last)
        return True

    def value(self, row: int, column: int) -> Any:
        return self.values.get(row, {}).get(column)

    def _head(self, column: int, style: int) -> tuple[str, str]:
        """The start of a <c> element of `column` and `style`, around its row number."""
        styled = f' s="{style}"' if style else ""
        self.heads[(column, style)] = head = (f'<c r="{get_column_letter(column)}', f'"{styled}')
        return head


def _row_tag(row: int, attributes: dict[str, str]) -> str:
    extra = "".join(f' {name}="{value}"' for name, value in attributes.items())
    return f'<row r="{row}"{extra}>'


_ROW = re.compile(rb'<row r="(\d+)"')
_DIMENSION = re.compile(rb'<dimension ref="([^"]*)"/>')


def splice(xml: bytes, streamed: Streamed) -> bytes:
    """The sheet's XML as openpyxl wrote it, with the streamed rows in their places."""
    if not streamed.xml:
        return xml
    start = xml.index(b"<sheetData")
    end = xml.index(b"</sheetData>") if b"</sheetData>" in xml else -1
    if end < 0:  # <sheetData/>: openpyxl wrote no row
        tag_end = xml.index(b"/>", start)
        xml = xml[:tag_end] + b"></sheetData>" + xml[tag_end + 2 :]
        end = tag_end + 1
    offsets = [(int(m[1]), m.start()) for m in _ROW.finditer(xml, start, end)]
    numbers = [number for number, _ in offsets]
    clash = set(numbers) & streamed.xml.keys()
    if clash:
        raise ValueError(f"rows {sorted(clash)[:3]} written twice")
    inserts: dict[int, list[bytes]] = {}
    for row in sorted(streamed.xml):
        at = bisect_right(numbers, row)
        inserts.setdefault(offsets[at][1] if at < len(offsets) else end, []).append(
            streamed.xml[row]
        )
    parts, position = [], 0
    for offset in sorted(inserts):
        parts += [xml[position:offset], *inserts[offset]]
        position = offset
    parts.append(xml[position:])
    return _dimension(b"".join(parts), streamed)


def _dimension(xml: bytes, streamed: Streamed) -> bytes:
    """The sheet's <dimension> over the streamed rows too."""
    match = _DIMENSION.search(xml)
    if match is None or not streamed.max_column:
        return xml
    low_column, low_row, high_column, high_row = range_boundaries(match[1].decode())
    rows = streamed.xml.keys()
    low = min(low_column or streamed.min_column, streamed.min_column)
    high = max(high_column or 0, streamed.max_column)
    top, bottom = min(low_row or min(rows), min(rows)), max(high_row or 0, max(rows))
    ref = f"{get_column_letter(low)}{top}:{get_column_letter(high)}{bottom}"
    return xml[: match.start(1)] + ref.encode() + xml[match.end(1) :]
