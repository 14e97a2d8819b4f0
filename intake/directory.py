"""The unit directory: who reports, under which names, from which addresses.

Administrators keep it in Excel, so it is a CSV (UTF-8, with or without BOM) or an .xlsx
with the header `id,name,aliases,emails`, an optional `code` (the official 5-digit
code, kept as text) and optional `phone` and `address` (the web desk shows them beside
a missing report).  Aliases and emails are separated by ";" inside their cell.  The
CSV's columns may be separated by "," or by ";" (what Excel writes where "," is the
decimal mark, as in Vietnam): the header row says which.

Nothing here assumes a district or a province: a directory is just the list of units
that report to this office.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from intake.errors import ConfigError
from intake.i18n import N_, Joined, Words
from intake.models import Unit
from intake.text import nfc

REQUIRED = ("id", "name", "aliases", "emails")
HEADER = "id,code,name,aliases,emails"
SEPARATORS = (",", ";")
_SEPARATOR_NAMES = {",": N_("',' (comma)"), ";": N_("';' (semicolon)")}
_ID = re.compile(r"[a-z0-9_][a-z0-9_.-]*")
_EMAIL = re.compile(r"[^@\s<>;,]+@[^@\s<>;,]+\.[^@\s<>;,]+")


@dataclass(frozen=True)
class Directory:
    units: tuple[Unit, ...]

    def __post_init__(self) -> None:
        by_email = {e: u for u in self.units for e in u.emails}
        object.__setattr__(self, "_by_email", by_email)
        object.__setattr__(self, "_by_id", {u.id: u for u in self.units})

    def get(self, unit_id: str) -> Unit | None:
        return self._by_id.get(unit_id)  # type: ignore[attr-defined]

    def by_email(self, address: str) -> Unit | None:
        return self._by_email.get(address.strip().lower())  # type: ignore[attr-defined]

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)


def load(path: Path) -> Directory:
    """Read the directory file; raise ConfigError naming every bad row at once."""
    rows = _read_rows(path)
    units, problems = _build_units(rows)
    problems += _duplicates(units)
    if problems:
        count = Words(
            N_("{count} problems") if len(problems) > 1 else N_("1 problem"), count=len(problems)
        )
        listed = Joined("\n  ", problems)
        raise ConfigError(
            Words("{path}: {count}\n  {problems}", path=path, count=count, problems=listed)
        )
    if not units:
        raise ConfigError(Words("{path}: the unit directory has no units", path=path))
    return Directory(tuple(units))


def save(path: Path, units: Iterable[Unit]) -> None:
    """Write the directory back to its file, as Excel reads it: the same kind of file (CSV
    with its separator and a BOM, or .xlsx), written whole and then renamed into place, so
    that a daemon reading it never sees half a file."""
    columns = ["id", "code", "name", "aliases", "emails", "phone", "address"]
    rows = [
        [
            u.id,
            u.code or "",
            u.name,
            "; ".join(a for a in u.aliases if a != u.name),
            "; ".join(u.emails),
            u.phone,
            u.address,
        ]
        for u in units
    ]
    temporary = path.with_name(f".{path.name}.saving")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in [columns, *rows]:
            sheet.append(row)
        for cell in sheet["B"]:
            cell.number_format = "@"  # codes keep their leading zeros
        book.save(temporary)
    elif path.suffix.lower() in (".xls", ".ods"):
        raise ConfigError(
            Words("{path}: intake writes the directory as .csv or .xlsx only", path=path)
        )
    else:
        try:
            separator, _ = _separator(path.read_bytes().decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            separator = ","
        out = io.StringIO()
        csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows([columns, *rows])
        temporary.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    temporary.replace(path)


def _read_rows(path: Path) -> list[dict[str, str]]:
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
            return _sheet_rows(path)
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ConfigError(
            Words("{path}: the unit directory file does not exist", path=path)
        ) from None
    except UnicodeDecodeError:
        raise ConfigError(
            Words("{path}: not UTF-8 text", path=path),
            hint=Words("in Excel, save as 'CSV UTF-8 (Comma delimited)'"),
        ) from None
    except OSError as e:
        raise ConfigError(
            Words("{path}: cannot read the unit directory: {error}", path=path, error=e.strerror)
        ) from None
    separator, text = _separator(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=separator))
    return _header_rows(path, rows, separator)


def _separator(text: str) -> tuple[str, str]:
    """The column separator of a CSV, and the text to read with it.

    Excel's own "sep=;" first line names it; otherwise it is the separator that splits the
    header row into the required columns, else the one the header row has most of.
    """
    first, _, rest = text.partition("\n")
    declared = re.fullmatch(r"\s*sep=(.)\s*", first)
    if declared:
        return declared[1], rest
    for separator in SEPARATORS:
        names = next(csv.reader([first], delimiter=separator), [])
        if set(REQUIRED) <= {nfc(n).strip().lower() for n in names}:
            return separator, text
    return max(SEPARATORS, key=first.count), text


def _sheet_rows(path: Path) -> list[dict[str, str]]:
    from python_calamine import CalamineWorkbook

    try:
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        cells = [[_cell_text(c) for c in row] for row in sheet.to_python(skip_empty_area=False)]
    except Exception as e:  # calamine raises its own error types for broken files
        raise ConfigError(
            Words("{path}: cannot read the spreadsheet: {error}", path=path, error=e)
        ) from None
    return _header_rows(path, cells, None)


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _header_rows(path: Path, cells: list[list[str]], separator: str | None) -> list[dict[str, str]]:
    """The rows as dicts keyed by the header; `separator` is the CSV's (None: a sheet)."""
    if not cells:
        raise ConfigError(Words("{path}: the unit directory is empty", path=path))
    header = [nfc(h).strip().lower() for h in cells[0]]
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        raise ConfigError(
            Words(
                "{path}: the header row lacks the column(s) {columns}",
                path=path,
                columns=", ".join(missing),
            ),
            hint=_header_hint(header, separator),
        )
    return [
        {h: nfc(str(v)).strip() for h, v in zip(header, row, strict=False)}
        for row in cells[1:]
        if any(str(v).strip() for v in row)
    ]


def _header_hint(header: list[str], separator: str | None) -> Words:
    if separator is None:
        return Words("the first row must be: {header}, one name per cell", header=HEADER)
    name = _SEPARATOR_NAMES.get(separator)
    return Words(
        "read with {separator} as the separator, the first row has the column(s): {seen}; "
        "the first row must be: {header}, separated by ',' or by ';' (the same in every row)",
        separator=Words(name) if name else repr(separator),
        seen=" | ".join(header) if header else Words("(nothing)"),
        header=HEADER,
    )


def _build_units(rows: list[dict[str, str]]) -> tuple[list[Unit], list[Words]]:
    units: list[Unit] = []
    problems: list[Words] = []
    for line, row in enumerate(rows, start=2):
        unit_id, name = row.get("id", ""), row.get("name", "")
        emails = _split(row.get("emails", ""))
        bad = [e for e in emails if not _EMAIL.fullmatch(e)]
        if not _ID.fullmatch(unit_id):
            problems.append(
                Words(
                    "row {line}: id '{id}' must be lower-case letters, digits, _",
                    line=line,
                    id=unit_id,
                )
            )
        if not name:
            problems.append(Words("row {line}: name is empty", line=line))
        if bad:
            problems.append(
                Words(
                    "row {line}: not an email address: {addresses}",
                    line=line,
                    addresses=", ".join(bad),
                )
            )
        code = row.get("code", "").strip() or None
        if code and code.isdigit():
            code = code.zfill(5)
        aliases = tuple(dict.fromkeys([name, *_split(row.get("aliases", ""))]))
        emails = [e.lower() for e in emails]
        phone, address = row.get("phone", ""), row.get("address", "")
        units.append(Unit(unit_id, name, code, aliases, tuple(emails), phone, address))
    return units, problems


def _duplicates(units: Iterable[Unit]) -> list[Words]:
    problems: list[Words] = []
    ids: dict[str, Unit] = {}
    emails: dict[str, str] = {}
    for u in units:
        if u.id in ids:
            problems.append(Words("id '{id}' is used twice", id=u.id))
        ids[u.id] = u
        for e in u.emails:
            if e in emails and emails[e] != u.id:
                problems.append(
                    Words(
                        "{email} belongs to both '{first}' and '{second}'",
                        email=e,
                        first=emails[e],
                        second=u.id,
                    )
                )
            emails[e] = u.id
    return problems


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(";") if p.strip()]
