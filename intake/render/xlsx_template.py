"""The workbook's template: an xlsx an office restyles in Excel, filled once per form.

    official_report.xlsx --load--> XlsxTemplate --fill(variables, Table)--> a sheet per form

The template is made by templates/make_xlsx_template.py; an `official_report.xlsx` in the
administrator's templates folder (`[report] templates`) wins over the shipped one, found
in the folders the e-mail templates are looked up in.  Its first sheet other than
"Hướng dẫn" (the office's guide, in Vietnamese) is copied once per form with
`copy_worksheet` and filled; the template's own sheets are then removed.  Conventions:

- A cell's text is a jinja2 template over the sheet's variables (xlsx.SheetContext),
  undefined names an error, nothing escaped.  A cell holding a lone `{{ expression }}`
  keeps the value's type: a number stays a number, None leaves the cell empty, and a
  list puts one item per row, the row repeated below itself with its styles.
- A row whose only text is `{% if x %}`, `{% elif x %}`, `{% else %}` or `{% endif %}`
  opens or closes rows shown on a condition; the row itself is left out.
- The table is marked by three cells in one column, the field column: `{{ field }}` in
  the header row, `{{ figure }}` in the unit row, `{{ total }}` in the total row.  That
  column comes out once per field of the form, with its style and width (`field`,
  `figure`, `total` are that field's), the columns to its right move right, and a merge
  over it widens.  The unit row comes out once per unit (`row`: number, unit, received,
  status, figures), and the rows below move down.
- Every row keeps its styles, its height (at least: wrapped text makes it taller) and
  its one-row merges; a merge over several rows, or an image such as a logo, goes with
  its rows when each comes out once.  Print titles (the header row), the print area and
  frozen panes are set here; page setup, margins, header and footer are the template's.

A template that breaks these rules, or a cell that cannot be filled, is a ConfigError
naming the file and the cell.
"""

from __future__ import annotations

import functools
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import jinja2
from jinja2 import meta
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from intake.errors import ConfigError
from intake.render import formulas
from intake.render.cells import Columns, SheetWriter, cells_by_row
from intake.render.mail import template_environment
from intake.render.streamed import Streamed
from intake.render.words import vn_number

XLSX_TEMPLATE = "official_report.xlsx"
GUIDE_SHEET = "Hướng dẫn"
MARKERS = {"field": "header row", "figure": "unit row", "total": "total row"}
_TAG = re.compile(r"\s*\{%-?\s*(if|elif|else|endif)\b(.*?)-?%\}\s*", re.S)
_LONE_TAG = re.compile(r"\s*\{%[^%]*%\}\s*", re.S)
_LONE_EXPRESSION = re.compile(r"\s*\{\{(.*)\}\}\s*", re.S)
_ERRORS = (jinja2.TemplateError, TypeError, ValueError, ArithmeticError, LookupError)
_HINT = (
    "fix official_report.xlsx in the [report] templates folder (its sheet Hướng dẫn lists "
    "the placeholders), or remove it to use the shipped one"
)


@dataclass(frozen=True)
class UnitRow:
    """One unit's line of the table, seen as `row`; `figures` has one per field."""

    number: int
    unit: str
    received: str | None
    status: str
    figures: tuple[float | None, ...]


@dataclass(frozen=True)
class Table:
    """One form's table: the field labels, the units' rows, one total per field."""

    labels: tuple[str, ...]
    rows: tuple[UnitRow, ...]
    totals: tuple[float | None, ...]


def find_template(templates_dir: Path | None = None) -> Path:
    """official_report.xlsx from the first folder of the templates' lookup that has it:
    the override folder (when given), then the shipped one (mail.template_environment)."""
    loader = template_environment(templates_dir).loader
    folders = [Path(p) for each in getattr(loader, "loaders", ()) for p in each.searchpath]
    found = [folder / XLSX_TEMPLATE for folder in folders if (folder / XLSX_TEMPLATE).is_file()]
    return found[0] if found else folders[-1] / XLSX_TEMPLATE


def load(path: Path) -> XlsxTemplate:
    """The template at `path`, checked; ConfigError naming it if it cannot be used."""
    workbook = _open(path)
    sheet = next((s for s in workbook.worksheets if s.title != GUIDE_SHEET), None)
    if sheet is None:
        raise _error(path, f"no sheet to fill besides {GUIDE_SHEET!r}")
    nodes, contents = _Parser(path).parse(cells_by_row(sheet))
    column, marked = _find_table(path, contents)
    return XlsxTemplate(path, workbook, sheet, nodes, contents, column, marked)


def _open(path: Path) -> Workbook:
    if not Path(path).is_file():
        raise _error(path, "no such file")
    try:
        with warnings.catch_warnings():  # what Excel writes and openpyxl does not keep
            warnings.simplefilter("ignore")
            return load_workbook(path)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise _error(path, f"not an Excel workbook (.xlsx): {e}") from None


def _error(path: Path, what: str) -> ConfigError:
    return ConfigError(f"template {path}: {what}", hint=_HINT)


# ---------------------------------------------------------------------------
# Reading the template: cells, conditions, the table.


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return vn_number(value)
    return value


ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, finalize=_finalize)
Variables = Mapping[str, Any]


@dataclass(frozen=True)
class Cell:
    """A template cell with a value: text to fill in, or a value copied as it is."""

    coordinate: str
    row: int
    column: int
    value: Any
    names: frozenset[str] = frozenset()  # the variables it uses
    fill: Callable[[Variables], Any] | None = None

    def value_for(self, variables: Variables) -> Any:
        return self.value if self.fill is None else self.fill(variables)


@dataclass
class Branch:
    coordinate: str
    test: Callable[..., Any] | None  # None: {% else %}
    body: list[Node] = field(default_factory=list)


@dataclass
class Block:
    branches: list[Branch]


Node = int | Block  # a template row, or rows shown on a condition


class _Parser:
    """The rows of a template sheet as nodes, and the cells each row fills."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.root: list[Node] = []
        self.open: list[Block] = []

    def parse(self, rows: dict[int, list[SheetCell]]) -> tuple[list[Node], dict[int, list[Cell]]]:
        contents: dict[int, list[Cell]] = {}
        for row in range(1, max(rows, default=0) + 1):
            filled = [c for c in rows.get(row, ()) if c.value is not None and c.value != ""]
            tag = self._tag(filled)
            if tag is not None:
                self._control(*tag)
                continue
            (self.open[-1].branches[-1].body if self.open else self.root).append(row)
            contents[row] = [self._cell(c) for c in filled]
        if self.open:
            where = self.open[-1].branches[0].coordinate
            raise _error(self.path, f"{{% if %}} in cell {where} has no {{% endif %}}")
        return self.root, contents

    def _tag(self, filled: list[SheetCell]) -> tuple[str, str, str] | None:
        """(if, its expression, its cell) when the row is a condition's; None if not."""
        texts = [(c, c.value) for c in filled if isinstance(c.value, str)]
        for cell, text in texts:
            match = _TAG.fullmatch(text)
            if match is None and _LONE_TAG.fullmatch(text):
                what = "only {% if %}, {% elif %}, {% else %} and {% endif %} stand alone"
                raise _error(self.path, f"cell {cell.coordinate}: {what}")
            if match is not None and len(filled) > 1:
                what = f"{text.strip()} must stand alone in its row"
                raise _error(self.path, f"cell {cell.coordinate}: {what}")
            if match is not None:
                return match[1], match[2].strip(), cell.coordinate
        return None

    def _control(self, kind: str, expression: str, coordinate: str) -> None:
        if kind == "if":
            block = Block([Branch(coordinate, self._test(expression, coordinate))])
            (self.open[-1].branches[-1].body if self.open else self.root).append(block)
            self.open.append(block)
        elif not self.open:
            raise _error(self.path, f"{{% {kind} %}} in cell {coordinate} has no {{% if %}}")
        elif kind == "endif":
            self.open.pop()
        elif self.open[-1].branches[-1].test is None:
            raise _error(self.path, f"{{% {kind} %}} in cell {coordinate} after {{% else %}}")
        else:
            test = self._test(expression, coordinate) if kind == "elif" else None
            self.open[-1].branches.append(Branch(coordinate, test))

    def _test(self, expression: str, coordinate: str) -> Callable[..., Any]:
        try:
            return ENV.compile_expression(expression, undefined_to_none=False)
        except jinja2.TemplateSyntaxError as e:
            raise _error(self.path, f"cell {coordinate}: {e.message}") from None

    def _cell(self, cell: SheetCell) -> Cell:
        text = cell.value
        if not isinstance(text, str) or "{" not in text:
            return Cell(cell.coordinate, cell.row, cell.column, text)
        try:
            names, fill = _compile(text)
        except jinja2.TemplateSyntaxError as e:
            raise _error(self.path, f"cell {cell.coordinate}: {e.message}") from None
        return Cell(cell.coordinate, cell.row, cell.column, text, names, fill)


@functools.lru_cache(maxsize=4096)  # the same texts every week
def _compile(text: str) -> tuple[frozenset[str], Callable[[Variables], Any]]:
    """The variables a cell's text uses, and what fills it."""
    names = frozenset(meta.find_undeclared_variables(ENV.parse(text)))
    lone = _LONE_EXPRESSION.fullmatch(text)
    if lone and not re.search(r"\{\{|\}\}|\{%", lone[1]):
        compiled = _expression(ENV.compile_expression(lone[1], undefined_to_none=False))
        path = _DOTTED.fullmatch(lone[1].strip())
        return names, _lookup(path[0].split("."), compiled) if path else compiled
    return names, ENV.from_string(text).render


_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")  # "figure", "row.number"
_KEYWORDS = frozenset({"true", "false", "none", "True", "False", "None"})


def _lookup(path: list[str], compiled: Callable[[Variables], Any]) -> Callable[[Variables], Any]:
    """`{{ row.number }}` as plain look-ups, what jinja2 does first, without starting a
    template context for each of a table's 100,000 cells; `compiled` (jinja2) for the
    rest: a name that is missing, a key of a dictionary, an error to be raised."""
    if path[0] in _KEYWORDS:
        return compiled
    name, attributes = path[0], path[1:]

    def value(variables: Variables) -> Any:
        try:
            found = variables[name]
            for attribute in attributes:
                found = getattr(found, attribute)
        except (KeyError, AttributeError):
            return compiled(variables)
        return found

    return value


def _with(extra: Variables, variables: Variables) -> Variables:
    """`variables` and `extra`, which wins: a plain dict, copied (about 30 names) in less
    time than a ChainMap takes to be made, and read faster by each of a row's cells."""
    return {**variables, **extra}


def _expression(compiled: Callable[..., Any]) -> Callable[[Variables], Any]:
    def value(variables: Variables) -> Any:
        result = compiled(**variables)
        if isinstance(result, jinja2.Undefined):
            str(result)  # raises UndefinedError: "'nobody' is undefined"
        return result

    return value


def _find_table(path: Path, contents: dict[int, list[Cell]]) -> tuple[int, dict[str, int]]:
    """The field column and the rows of {{ field }}, {{ figure }} and {{ total }}."""
    found: dict[str, Cell] = {}
    for name, what in MARKERS.items():
        holders = [c for cs in contents.values() for c in cs if name in c.names]
        if not holders:
            raise _error(path, f"no cell holds {{{{ {name} }}}} (the {what} of the table)")
        if len(holders) > 1:
            where = " and ".join(c.coordinate for c in holders[:2])
            raise _error(path, f"{{{{ {name} }}}} is in cells {where}: a table has one {what}")
        found[name] = holders[0]
    where = ", ".join(f"{{{{ {n} }}}} in {c.coordinate}" for n, c in found.items())
    if len({c.column for c in found.values()}) > 1:
        raise _error(path, f"{where}: these must be in one column, the column of the fields")
    rows = {name: c.row for name, c in found.items()}
    if not rows["field"] < rows["figure"] < rows["total"]:
        raise _error(path, f"{where}: the header row comes first, then the unit row, the total")
    return found["field"].column, rows


# ---------------------------------------------------------------------------
# Filling a sheet.


Line = tuple[int, Variables, list[Variables] | None]  # template row, variables, per field


@dataclass(frozen=True)
class Filled:
    """The filled workbook, its totals made formulas (formulas.py), and the unit rows
    written as XML (streamed.py) by the index of their sheet; `save` writes them all."""

    workbook: Workbook
    streamed: dict[int, Streamed]
    cached: formulas.Cached

    def save(self, out: BinaryIO) -> None:
        formulas.save(self.workbook, self.cached, out, self.streamed)


@dataclass
class XlsxTemplate:
    path: Path
    workbook: Workbook
    sheet: Worksheet
    nodes: list[Node]
    contents: dict[int, list[Cell]]
    column: int  # the field column
    marked: dict[str, int]  # "field", "figure", "total" -> its row
    own: list[Worksheet] = field(default_factory=list)
    streamed: dict[str, Streamed] = field(default_factory=dict)  # by sheet title

    def __post_init__(self) -> None:
        self.own = list(self.workbook.worksheets)

    def fill(
        self, title: str, variables: Variables, table: Table | None, *, freeze: bool
    ) -> Worksheet:
        """A copy of the template sheet named `title`, filled; returns it."""
        self._free(title)
        sheet = self.workbook.copy_worksheet(self.sheet)
        sheet.title = title
        columns = Columns(self.column, max(1, len(table.labels)) if table else 1)
        writer = SheetWriter(self.sheet, sheet, columns, stream=self.marked["figure"])
        for row, row_variables, per_field in self._lines(self.nodes, variables, table):
            writer.write(row, self._values(row, row_variables, per_field, columns))
        writer.finish(header_row=self.marked["field"], freeze=freeze)
        self.streamed[sheet.title] = writer.streamed
        return sheet

    def finish(self) -> Filled:
        """The workbook without the template's own sheets."""
        for sheet in self.own:
            self.workbook.remove(sheet)
        self.workbook.defined_names.clear()
        for index, sheet in enumerate(self.workbook.worksheets):
            sheet.sheet_view.tabSelected = index == 0
        self.workbook.active = 0
        streamed = {
            index: self.streamed[sheet.title]
            for index, sheet in enumerate(self.workbook.worksheets)
            if sheet.title in self.streamed
        }
        return Filled(self.workbook, streamed, formulas.total_formulas(self.workbook, streamed))

    def _free(self, title: str) -> None:
        """Rename a template sheet that has the name a filled sheet is to have."""
        for sheet in self.own:
            if sheet.title.casefold() == title.casefold():
                taken = {name.casefold() for name in self.workbook.sheetnames}
                sheet.title = next(f"~{n}" for n in range(1, 999) if f"~{n}" not in taken)

    def _lines(
        self, nodes: list[Node], variables: Variables, table: Table | None
    ) -> Iterator[Line]:
        for node in nodes:
            if isinstance(node, Block):
                yield from self._lines(self._branch(node, variables), variables, table)
            else:
                yield from self._expand(node, variables, table)

    def _branch(self, block: Block, variables: Variables) -> list[Node]:
        for branch in block.branches:
            if self._truth(branch, variables):
                return branch.body
        return []

    def _truth(self, branch: Branch, variables: Variables) -> bool:
        try:
            return branch.test is None or bool(branch.test(**variables))
        except _ERRORS as e:
            raise _error(self.path, f"cell {branch.coordinate}: {e}") from None

    def _expand(self, row: int, variables: Variables, table: Table | None) -> Iterator[Line]:
        """The unit row once per unit; the field column of the table's rows per field."""
        table = table or Table((), (), ())
        if row == self.marked["field"]:
            yield row, variables, [{"field": label} for label in table.labels]
        elif row == self.marked["figure"]:
            for unit in table.rows:
                yield row, _with({"row": unit}, variables), [{"figure": f} for f in unit.figures]
        elif row == self.marked["total"]:
            yield row, variables, [{"total": total} for total in table.totals]
        else:
            yield row, variables, None

    def _values(
        self, row: int, variables: Variables, per_field: list[Variables] | None, columns: Columns
    ) -> dict[int, Any]:
        """What the row's cells hold, by the column they go to."""
        values: dict[int, Any] = {}
        for cell in self.contents.get(row, ()):
            if per_field is not None and cell.column == columns.at:
                for n, extra in enumerate(per_field):
                    values[cell.column + n] = self._fill(cell, _with(extra, variables))
            else:
                values[columns.first(cell.column)] = self._fill(cell, variables)
        return values

    def _fill(self, cell: Cell, variables: Variables) -> Any:
        try:
            return cell.value_for(variables)
        except _ERRORS as e:
            raise _error(self.path, f"cell {cell.coordinate}: {e}") from None
