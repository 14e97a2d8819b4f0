"""Tables: a grid of cells (from a sheet, a document or an HTML body) to candidates.

The header row is the row, among the first ones, whose cells name the most fields of one
form (title rows above it are skipped).  Each column is given the field its header names;
a column headed "Đơn vị", "Tên xã" ... gives each row its unit.  Every data row with at
least one figure becomes a candidate; total rows ("Tổng cộng") and the column-number row
("(1) (2) (3)") are skipped.  A grid without such a header is read as "label | value"
lines, which covers the two-column tables many communes use.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from intake.extract import lines
from intake.lexicon import Matcher
from intake.models import Candidate, Field, Form, Value
from intake.quantity import Quantity, parse_duration, parse_number
from intake.text import fold_key

Cell = object
HEADER_SEARCH_ROWS = 25
_UNIT_HEADER = re.compile(
    r"^(ten )?(don vi|co quan|xa|xa thi tran|xa tt|dia phuong|ubnd xa)( bao cao| don vi)?$"
)
_TOTAL = re.compile(r"^(tong|tong cong|cong|tong so|toan huyen|toan xa|tong hop)\b")


@dataclass(frozen=True)
class Header:
    row: int
    form: str
    columns: Mapping[int, str]  # column index -> field key
    unit_column: int | None
    hours: frozenset[int]  # columns whose header says the duration is in hours


def read(
    grid: Sequence[Sequence[Cell]], matcher: Matcher, forms: Mapping[str, Form], origin: str
) -> list[Candidate]:
    rows = [[_text(c) for c in row] for row in grid]
    headers = _headers(rows, matcher, forms)
    if not headers:
        text = "\n".join(" | ".join(c for c in row if c) for row in rows)
        return lines.read(text, matcher, forms, origin)
    out: list[Candidate] = []
    for header in headers:
        out.extend(_rows(grid, rows, header, forms[header.form], origin))
    return out


def _headers(rows: list[list[str]], matcher: Matcher, forms: Mapping[str, Form]) -> list[Header]:
    """The best header row of each form found in the grid (at least two fields named)."""
    best: dict[str, Header] = {}
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        by_form: dict[str, dict[int, str]] = {}
        for c, cell in enumerate(row):
            hit = max(matcher.find(cell), key=lambda h: h.end - h.start, default=None)
            if hit and _mostly_label(cell, hit.end - hit.start):
                by_form.setdefault(hit.key[0], {}).setdefault(c, hit.key[1])
        for form_id, columns in by_form.items():
            columns = _one_column_per_field(columns)
            if len(columns) >= 2 and len(columns) > len(best.get(form_id, _NO_HEADER).columns):
                best[form_id] = Header(r, form_id, columns, _unit_column(row), _hour_columns(row))
    return list(best.values())


_NO_HEADER = Header(-1, "", {}, None, frozenset())


def _mostly_label(cell: str, matched: int) -> bool:
    """A header cell is mostly its label: not a sentence that happens to contain it."""
    return len(fold_key(cell)) <= 3 * matched + 20


def _one_column_per_field(columns: dict[int, str]) -> dict[int, str]:
    seen: set[str] = set()
    out = {}
    for column, key in sorted(columns.items()):
        if key not in seen:
            out[column] = key
            seen.add(key)
    return out


def _unit_column(row: list[str]) -> int | None:
    for c, cell in enumerate(row):
        if _UNIT_HEADER.match(fold_key(cell)):
            return c
    return None


def _hour_columns(row: list[str]) -> frozenset[int]:
    return frozenset(
        c
        for c, cell in enumerate(row)
        if {"gio", "h", "tieng"} & set(fold_key(cell).split()) and "phut" not in fold_key(cell)
    )


def _rows(
    grid: Sequence[Sequence[Cell]], rows: list[list[str]], header: Header, form: Form, origin: str
) -> list[Candidate]:
    out = []
    for r in range(header.row + 1, len(rows)):
        row = rows[r]
        if not any(row) or _is_total(row) or (r == header.row + 1 and _is_numbering(row)):
            continue
        values = _row_values(grid[r], header, form, origin, r)
        if values:
            unit = row[header.unit_column] if header.unit_column is not None else None
            out.append(Candidate(form.id, tuple(values), origin, unit_text=unit or None))
    return out


def _row_values(
    cells: Sequence[Cell], header: Header, form: Form, origin: str, r: int
) -> list[Value]:
    values = []
    for c, key in header.columns.items():
        if c >= len(cells) or cells[c] is None or _text(cells[c]) == "":
            continue
        field = form.field(key)
        quantity = _cell_quantity(cells[c], field, c in header.hours)
        source = f"{origin}!{_column_name(c)}{r + 1}"
        if quantity is None:
            values.append(
                Value(
                    key,
                    float("nan"),
                    _text(cells[c]),
                    source,
                    "bảng",
                    doubt=f"Không đọc được số trong ô {_column_name(c)}{r + 1}",
                )
            )
            continue
        values.append(
            Value(
                key,
                quantity.value,
                quantity.raw,
                source,
                "bảng",
                quantity.approximate,
                quantity.ambiguous,
            )
        )
    return values


def _cell_quantity(cell: Cell, field: Field, hours: bool) -> Quantity | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        value = float(cell) * (60 if hours and field.type == "minutes" else 1)
        return Quantity(value, 0, 0, _text(cell))
    if isinstance(cell, time) and field.type == "minutes":
        return Quantity(cell.hour * 60 + cell.minute + cell.second / 60, 0, 0, str(cell))
    if isinstance(cell, datetime):
        return None
    text = _text(cell)
    if field.type == "minutes":
        quantity = parse_duration(text)
        if quantity and quantity.unit is None and hours:
            return Quantity(quantity.value * 60, 0, 0, text, quantity.approximate)
        return quantity
    return parse_number(text)


def _is_total(row: list[str]) -> bool:
    first = next((fold_key(c) for c in row if fold_key(c) and not fold_key(c).isdigit()), "")
    return bool(_TOTAL.match(first))


def _is_numbering(row: list[str]) -> bool:
    """The row under a header that numbers the columns: (1) (2) (3), or A B 1 2 3."""
    cells = [fold_key(c) for c in row if c.strip()]
    if len(cells) < 3:
        return False
    if all(re.fullmatch(r"\(\s*\w{1,2}\s*\)", c.strip()) for c in row if c.strip()):
        return True
    digits = [int(c) for c in cells if c.isdigit()]
    letters = [c for c in cells if not c.isdigit()]
    return all(len(c) == 1 for c in letters) and digits == list(range(1, len(digits) + 1))


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
