"""Tables typed or pasted into a plain-text body: cells split by tabs (a range copied
from Excel) or by "|" (a table drawn by hand), one row a line.

    Nội dung        Tuần trước  Tuần này           Chi tieu    | Tuan truoc | Tuan nay
    Số tin, bài     10          12                 So tin bai  | 5          | 6

Such a block is read as a grid, like a sheet: its header decides the columns, and a
column of another period ("Tuần trước", "Tăng/giảm") is left out.  Rows of two cells
("Số tin, bài | 12") are no table: the line reader reads them as labels.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"^[\s|+:=_-]*-[\s|+:=_-]*$")  # "|------|-----|" under a header
MIN_ROWS = 3  # a header and two rows


def blocks(text: str) -> list[tuple[int, int, list[list[str]]]]:
    """The tables of a text: (first line, line after the last, grid)."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        width = len(_cells(lines[i]))
        if width < 3:
            i += 1
            continue
        start, rows = i, []
        while i < len(lines) and (_RULE.match(lines[i]) or len(cells := _cells(lines[i])) == width):
            if not _RULE.match(lines[i]):
                rows.append(cells)
            i += 1
        if len(rows) >= MIN_ROWS:
            out.append((start, i, rows))
    return out


def _cells(line: str) -> list[str]:
    if "\t" in line:
        return [c.strip() for c in line.strip("\n").split("\t")]
    if line.count("|") >= 2 or (line.count("|") == 1 and not line.strip().startswith("|")):
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return [line.strip()] if line.strip() else []
