"""Tables: a grid of cells (from a sheet, a document or an HTML body) to candidates.

The header is the row, or pair of rows, among the first ones, whose cells name the most
fields of one form (title rows above it are skipped).  In a two-row header the lower cell
names the column ("Độ dài (phút)") and the upper one, often merged over several columns,
is used where the lower says nothing ("Phát sóng" above "Số lần").  A column headed
"Đơn vị", "Tên xã" ... gives each row its unit.  Every data row with at least one figure
becomes a candidate; the column-number row ("(1) (2) (3)") is skipped, and a total row
("Tổng cộng") is checked against the sum of the rows: a mismatch means something was
misread, and holds the table's reports.  A grid without such a header is read as
"label | value" lines, which covers the two-column tables many communes use.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from intake.extract import asides, doubts, lines
from intake.lexicon import Matcher
from intake.models import Candidate, Field, Form, Problem, Value
from intake.period import states_period
from intake.quantity import Quantity, find_numbers, parse_duration, parse_number
from intake.text import fold, fold_key

Cell = object
HEADER_SEARCH_ROWS = 25
_UNIT_HEADER = re.compile(
    r"^(ten )?(don vi|co quan|xa|xa thi tran|xa tt|dia phuong|ubnd xa|ubnd cac xa)"
    r"( bao cao| don vi| thi tran)?$"
)
_TOTAL = re.compile(r"^(tong|tong cong|cong|tong so|toan huyen|toan xa|tong hop)\b")


@dataclass(frozen=True)
class Header:
    row: int  # the last row of the header
    form: str
    columns: Mapping[int, str]  # column index -> field key
    unit_column: int | None
    hours: frozenset[int]  # columns whose header says the duration is in hours


@dataclass(frozen=True)
class Table:
    """What a grid holds: its candidates, and whether they come from a form's header."""

    candidates: list[Candidate]
    headed: bool  # read under a header of figures (not as "label | value" lines)
    blank: bool = False  # a form's header over rows without a single figure: a blank form


def read(
    grid: Sequence[Sequence[Cell]], matcher: Matcher, forms: Mapping[str, Form], origin: str
) -> Table:
    if split := _period_columns(grid):  # a column per week, each headed by its dates
        weekly: list[Candidate] = []
        for period, part in split:
            table = read(part, matcher, forms, origin)
            weekly += [replace(c, period_text=period) for c in table.candidates]
        return Table(weekly, headed=True)
    grid = _this_period_only(grid)
    rows = [[_text(c) for c in row] for row in grid]
    vertical = _labels_down_a_column(rows, matcher)
    if vertical:
        grid = _total_column_only(grid)
        rows = [[_text(c) for c in row] for row in grid]
    found = [] if vertical else _headers(rows, matcher, forms)
    headers = [h for h in found if _has_figures(grid, h)]
    if not headers:
        numbered = _without_row_numbers(rows)
        unit = _unit_of_measure_column(rows) if vertical else None
        text = "\n".join(_as_line(row, unit) for row in numbered)
        blank = any(len(h.columns) >= 3 and _blank_below(grid, h) for h in found)
        week = _stated_week(rows)  # "BÁO CÁO ... TUẦN 3 THÁNG 9/2021" over a vertical table
        dated = [
            replace(c, period_text=c.period_text or week)
            for c in lines.read(text, matcher, forms, origin)
        ]
        return Table(dated, headed=False, blank=blank)
    title = "\n".join(" ".join(c for c in row if c) for row in rows[: min(h.row for h in headers)])
    out: list[Candidate] = []
    for header in headers:
        read_rows = _rows(grid, rows, header, forms[header.form], origin)
        out.extend(replace(c, period_text=c.period_text or title or None) for c in read_rows)
    return Table(out, headed=True)


_OTHER_PERIOD = re.compile(
    r"^(tuan truoc|ky truoc|luy ke|cong don|cung ky|ke hoach|tuan toi|tuan sau|"
    r"thang truoc|so sanh|tang giam|ty le|ghi chu|ca nam|tu dau nam|"
    r"thang \d|nam \d|6 thang|quy)\b"
)


def _labels_down_a_column(rows: list[list[str]], matcher: Matcher) -> bool:
    """A vertical table ("STT | Nội dung | Đơn vị tính | Số lượng"): one column names three
    fields or more of a form, a row each.  Its rows are read as "label | value" lines, and
    no row of it is a header."""
    for c in range(max((len(r) for r in rows), default=0)):
        keys: dict[str, set[str]] = {}
        for row in rows:
            cell = row[c] if c < len(row) else ""
            hit = max(matcher.find(cell), key=lambda h: h.end - h.start, default=None)
            if hit and _mostly_label(cell, hit.end - hit.start) and not find_numbers(cell):
                keys.setdefault(hit.key[0], set()).add(hit.key[1])
        if any(len(found) >= 3 for found in keys.values()):
            return True
    return False


def _stated_week(rows: list[list[str]]) -> str | None:
    """The one week that the rows of a sheet state, if they state exactly one."""
    stated = {" ".join(c for c in row if c) for row in rows}
    weeks = [text for text in stated if states_period(text)]
    return weeks[0] if len(weeks) == 1 else None


_ROW_NUMBER_HEADS = frozenset({"stt", "tt", "so tt", "so thu tu"})


def _without_row_numbers(rows: list[list[str]]) -> list[list[str]]:
    """The rows with their numbers ("STT": 1, 2, 3...) left out: under an STT heading, or
    counting 1, 2, 3 down the first column, they number the rows and are no figure."""
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if fold_key(cell) in _ROW_NUMBER_HEADS:
                return rows[: r + 1] + [_blank(below, c) for below in rows[r + 1 :]]
    numbered: dict[int, int] = {}
    count = 1
    for r, row in enumerate(rows):
        first = next((i for i, cell in enumerate(row) if cell), None)
        if first is not None and first + 1 < len(row) and row[first].rstrip(".") == str(count):
            numbered[r], count = first, count + 1
    if len(numbered) < 3:
        return rows
    return [_blank(row, numbered.get(r)) for r, row in enumerate(rows)]


def _blank(row: list[str], column: int | None) -> list[str]:
    if column is None or column >= len(row) or not parse_number(row[column]):
        return row
    return [*row[:column], "", *row[column + 1 :]]


_UNIT_OF_MEASURE_HEADS = frozenset({"don vi tinh", "dvt", "don vi", "dv tinh"})


def _unit_of_measure_column(rows: list[list[str]]) -> int | None:
    """The "Đơn vị tính" column of a vertical table, whose cells ("Tin, bài", "Lần")
    are units of the figure beside them, not labels."""
    for row in rows[:HEADER_SEARCH_ROWS]:
        for c, cell in enumerate(row):
            if fold_key(cell) in _UNIT_OF_MEASURE_HEADS:
                return c
    return None


def _as_line(row: list[str], unit: int | None = None) -> str:
    """A row as "label | value" text; a row that starts with its only figure ("7 | Số tin,
    bài | tin") is turned around, so its label comes first.  With a unit-of-measure
    column, the row reads "label: value unit" ("Số tin, bài đăng tải: 25 Tin, bài")."""
    if unit is not None and unit < len(row) and row[unit]:
        rest = [c for i, c in enumerate(row) if c and i != unit]
        at = next((i for i, c in enumerate(rest) if parse_number(c)), None)
        if at is not None and at > 0:
            label, value, after = rest[:at], rest[at], rest[at + 1 :]
            return " | ".join([f"{' | '.join(label)}: {value} {row[unit]}", *after])
    cells = [c for c in row if c]
    figures = [c for c in cells if parse_number(c)]
    if len(figures) == 1 and cells and cells[0] == figures[0] and len(cells) > 1:
        cells = [*cells[1:], cells[0]]
    return " | ".join(cells)


def _period_columns(grid: Sequence[Sequence[Cell]]) -> list[tuple[str, list[list[Cell]]]]:
    """A table whose columns are weeks ("Tuần 24/6-30/6 | Tuần 1/7-7/7"), split into one
    table per week: the label columns and that week's column."""
    for r, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        weeks = [c for c, cell in enumerate(row) if states_period(_text(cell))]
        if len({_text(row[c]) for c in weeks}) < 2 or any(_is_figure(cell) for cell in row):
            continue  # one week, a title merged across the columns, or a row of figures
        keep = [c for c in range(len(row)) if c not in weeks]
        return [
            (
                _text(row[w]),
                [[r2[c] if c < len(r2) else None for c in [*keep, w]] for r2 in grid[r:]],
            )
            for w in weeks
        ]
    return []


def _this_period_only(grid: Sequence[Sequence[Cell]]) -> list[list[Cell]]:
    """Without the columns of other periods and remarks: a table that puts "Tuần trước",
    "Lũy kế tháng" or "Ghi chú" beside this week's column keeps this week's only."""
    out = [list(row) for row in grid]
    for r, row in enumerate(out[:HEADER_SEARCH_ROWS]):
        other = [c for c, cell in enumerate(row) if _OTHER_PERIOD.match(fold_key(_text(cell)))]
        if not other or len({_text(cell) for cell in row if _text(cell)}) < 2:
            continue  # a title (one cell, or one merged across the row), not a header row
        for below in out[r:]:
            for c in other:
                if c < len(below):
                    below[c] = None
        return out
    return out


def _total_column_only(grid: Sequence[Sequence[Cell]]) -> list[list[Cell]]:
    """A table of labels down a column whose figures are split by channel, with a total:
    "Nội dung | Truyền thanh | Truyền hình | Tổng cộng" keeps the total's column."""
    out = [list(row) for row in grid]
    for r, row in enumerate(out[:HEADER_SEARCH_ROWS]):
        total = [c for c, cell in enumerate(row) if _TOTAL.fullmatch(fold_key(_text(cell)))]
        if len(total) != 1 or sum(1 for cell in row if _text(cell)) < 4:
            continue
        for below in out[r + 1 :]:
            for c in range(len(below)):
                if c != total[0] and _is_figure(below[c]):
                    below[c] = None
        return out
    return out


def _is_figure(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return False
    return isinstance(cell, int | float) or bool(isinstance(cell, str) and parse_number(cell))


def _blank_below(grid: Sequence[Sequence[Cell]], header: Header) -> bool:
    below = grid[header.row + 1 :]
    return not any(c < len(r) and _text(r[c]) for r in below for c in header.columns)


def _has_figures(grid: Sequence[Sequence[Cell]], header: Header) -> bool:
    """A header stands over rows of figures: most of its columns hold numbers somewhere
    below it.  (Two data rows of a "Nội dung | Đơn vị tính | Số lượng" table can look like
    a two-row header of labels.)"""
    below = grid[header.row + 1 :]
    numeric = [c for c in header.columns if any(c < len(r) and _is_figure(r[c]) for r in below)]
    return len(numeric) * 2 >= len(header.columns) and len(numeric) >= 1


# -- the header --------------------------------------------------------------------------


def _headers(rows: list[list[str]], matcher: Matcher, forms: Mapping[str, Form]) -> list[Header]:
    """The best header of each form found in the grid (at least two fields named)."""
    best: dict[str, Header] = {}
    for r in range(min(HEADER_SEARCH_ROWS, len(rows))):
        for span in (1, 2):
            if r + span > len(rows):
                continue
            labels = _labels(rows, r, span)
            for form_id, columns in _columns(labels, matcher, forms).items():
                known = best.get(form_id)
                if len(columns) >= 2 and (known is None or len(columns) > len(known.columns)):
                    last = r + span - 1
                    best[form_id] = Header(
                        last, form_id, columns, _unit_column(labels), _hour_columns(labels)
                    )
    return list(best.values())


def _labels(rows: list[list[str]], r: int, span: int) -> list[list[str]]:
    """Per column, the header texts to try, most specific first."""
    if span == 1:
        return [[cell] for cell in rows[r]]
    upper, lower = _filled(rows[r]), rows[r + 1]
    width = max(len(upper), len(lower))
    upper, lower = upper + [""] * (width - len(upper)), lower + [""] * (width - len(lower))
    return [[low, up] for up, low in zip(upper, lower, strict=True)]


def _filled(row: list[str]) -> list[str]:
    """A header row with each label carried right over the empty cells of its merge."""
    out, last = [], ""
    for cell in row:
        last = cell or last
        out.append(last)
    return out


def _columns(
    labels: list[list[str]], matcher: Matcher, forms: Mapping[str, Form]
) -> dict[str, dict[int, str]]:
    by_form: dict[str, dict[int, str]] = {}
    taken: dict[str, set[str]] = {}
    unlabelled = []
    for c, texts in enumerate(labels):
        for text in texts:
            if find_numbers(text):
                continue  # "11 tin, bài", "60 phút": a figure, not a heading
            if asides.TARGET_WORDS.search(fold(text)):
                break  # "Số tin, bài (dự kiến)", "Kế hoạch": a column of targets
            hit = max(matcher.find(text), key=lambda h: h.end - h.start, default=None)
            if hit and _mostly_label(text, hit.end - hit.start):
                form_id, key = hit.key
                if key not in taken.setdefault(form_id, set()):
                    by_form.setdefault(form_id, {})[c] = key
                    taken[form_id].add(key)
                break
        else:
            unlabelled.append(c)
    for form_id, columns in by_form.items():  # a column headed by a unit: "Phút", "Lượt"
        for c in unlabelled:
            unit_key = _unit_header(forms[form_id], labels[c][0])
            if unit_key and unit_key not in taken[form_id]:
                columns[c] = unit_key
                taken[form_id].add(unit_key)
    return by_form


def _unit_header(form: Form, cell: str) -> str | None:
    word = fold_key(cell)
    found = [
        f.key
        for f in form.fields
        if word in f.unit_keys or (f.type == "minutes" and word in ("phut", "so phut", "gio"))
    ]
    return found[0] if len(found) == 1 else None


def _mostly_label(cell: str, matched: int) -> bool:
    """A header cell is mostly its label: not a sentence that happens to contain it."""
    return len(fold_key(cell)) <= 3 * matched + 20


def _unit_column(labels: list[list[str]]) -> int | None:
    for c, texts in enumerate(labels):
        if any(_UNIT_HEADER.match(fold_key(t)) for t in texts):
            return c
    return None


def _hour_columns(labels: list[list[str]]) -> frozenset[int]:
    def says_hours(text: str) -> bool:
        words = set(fold_key(text).split())
        return bool({"gio", "h", "tieng"} & words) and "phut" not in words

    return frozenset(c for c, texts in enumerate(labels) if says_hours(texts[0]))


# -- the rows ----------------------------------------------------------------------------


def _rows(
    grid: Sequence[Sequence[Cell]], rows: list[list[str]], header: Header, form: Form, origin: str
) -> list[Candidate]:
    found: list[Candidate] = []
    totals: list[list[Value]] = []
    gap = False  # an empty row after the table's rows: what follows may be its signature
    for r in range(header.row + 1, len(rows)):
        row = rows[r]
        if not any(row) or (r == header.row + 1 and _is_numbering(row)):
            gap = gap or bool(found or totals)
            continue
        if (gap or _SIGNATURE.search(fold(" ".join(row)))) and not _has_figure(grid[r], header):
            break  # "Nùng Nàng, ngày 18 tháng 3 năm 2021", "Người lập biểu", "TM. ỦY BAN ..."
        values = _row_values(grid[r], header, form, origin, r)
        if _is_total(row):
            totals.append(values)
        elif values:
            unit = row[header.unit_column] if header.unit_column is not None else None
            weeks = [c for c in row if states_period(c)]  # "Tuần 1 | 02/10 - 08/10/2026"
            week = next((c for c in weeks if re.search(r"\d/\d", c)), weeks[0] if weeks else None)
            found.append(
                Candidate(form.id, tuple(values), origin, unit_text=unit or None, period_text=week)
            )
    if found and all(c.period_text for c in found):
        return found  # a row per week
    if header.unit_column is None and len(found) > 1:
        return _topics(found, totals, form, origin)
    problem = _total_mismatch(found, totals, form)
    if problem:
        found = [replace(c, problems=(*c.problems, problem)) for c in found]
    return found


_SIGNATURE = re.compile(
    r"\bngay \d{1,2} thang \d{1,2}\b|\b(?:tm|kt|tl|tuq)\.|\bnguoi lap\b|\bnguoi bao cao\b"
    r"|\bchu tich\b|\btruong (?:dai|phong|ban)\b|\bky,? ghi ro\b"
)


def _has_figure(cells: Sequence[Cell], header: Header) -> bool:
    """Whether a row holds a figure in one of the header's field columns."""
    return any(
        c < len(cells) and (isinstance(cells[c], int | float) or parse_number(_text(cells[c])))
        for c in header.columns
    )


def _topics(
    found: list[Candidate], totals: list[list[Value]], form: Form, origin: str
) -> list[Candidate]:
    """Rows without a unit column are one unit's topics: its report is the total row, when
    it is the sum of the rows.  (Estimates such as listeners are not summed over topics:
    the same people hear several.)"""
    if len(totals) == 1 and totals[0]:
        values = tuple(replace(v, how="dòng tổng cộng") for v in totals[0])
        summed = [v for v in totals[0] if not form.field(v.field).estimate]
        problem = _total_mismatch(found, [summed], form)
        return [Candidate(form.id, values, origin, problems=(problem,) if problem else ())]
    problem = Problem(
        "table_no_total",
        f"Bảng trong {origin} có nhiều dòng nhưng không có "
        "dòng tổng cộng, chưa rõ số liệu của đơn vị",
    )
    return [
        Candidate(form.id, tuple(v for c in found for v in c.values), origin, problems=(problem,))
    ]


def _row_values(
    cells: Sequence[Cell], header: Header, form: Form, origin: str, r: int
) -> list[Value]:
    values = []
    for c, key in header.columns.items():
        if c >= len(cells) or _text(cells[c]) == "":
            continue
        field = form.field(key)
        quantity = _cell_quantity(cells[c], field, c in header.hours)
        where = f"{_column_name(c)}{r + 1}"
        source = f"{origin}!{where}"
        if quantity is None:
            unread = f'Không đọc được {field.label} trong ô {where} ("{_text(cells[c])}")'
            values.append(Value(key, math.nan, _text(cells[c]), source, "bảng", doubt=unread))
        else:
            quantity = doubts.settle_separators(field, quantity)
            before = _text(cells[c])[: quantity.start]
            doubt = (
                quantity.ambiguous
                or doubts.bound_doubt(field, before, quantity.raw)
                or doubts.sign_doubt(field, quantity, _text(cells[c]))
            )
            values.append(
                Value(
                    key, quantity.value, quantity.raw, source, "bảng", quantity.approximate, doubt
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
            return replace(quantity, value=quantity.value * 60)
        return quantity
    return parse_number(text)


def _total_mismatch(
    found: list[Candidate], totals: list[list[Value]], form: Form
) -> Problem | None:
    """A total row that is not the sum of the rows: something was misread."""
    for total in totals:
        for value in total:
            rows = [v.value for c in found for v in c.values if v.field == value.field]
            if rows and not math.isnan(value.value) and not math.isclose(sum(rows), value.value):
                label = form.field(value.field).label
                return Problem(
                    "table_total",
                    f"Dòng tổng cộng của bảng ghi {label} là {value.raw}, "
                    f"khác tổng các dòng ({_plain(sum(rows))})",
                    value.field,
                )
    return None


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
    if isinstance(cell, datetime | date):  # a date typed in a cell: "03/09/2021"
        return f"{cell:%d/%m/%Y}"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
