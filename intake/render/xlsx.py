"""The consolidated workbook: one sheet per form, laid out like an official report.

Without the [official] settings each sheet of the shipped template reads, top to bottom:

    VĂN PHÒNG ...                                   office name, bold, upper case
              BÁO CÁO TỔNG HỢP <FORM TITLE>         bold, centred across the table
     Tuần từ ngày 05/02/2021 đến ngày 11/02/2021    italic
     Hạn báo cáo: 16 giờ 00, thứ Năm ngày 11/02/2021
     (Báo cáo này thay thế báo cáo đã gửi ngày ...) when it replaces a sent report

    STT | Đơn vị | <field labels...> | Ngày nhận | Tình trạng
    1   | Xã ... | 12 | 3             | 10/02/2021 09:15 | Đúng hạn
    ...
        Tổng cộng | 152 | 40          (the caller's totals of accepted reports)

    Số đơn vị báo cáo: 12/14 (đúng hạn 10, muộn 2, chờ kiểm tra 1, chưa báo cáo 1)
    Ghi chú: ...
    Số liệu điều chỉnh ... (the corrections of this form's earlier weeks, if any)
    Tổng hợp lúc 11/02/2021 16:30

With them (`official=`), the heading is the letterhead of Nghị định 30/2020 and the
sheet ends with Nơi nhận and the signature: see letterhead.py.  Figures of reports held
for review or missing are left empty.  The file is written to a temporary name beside
the target and renamed, so a reader never sees half a workbook.

The layout, the styles and the fixed words are those of an xlsx template,
templates/official_report.xlsx (made by templates/make_xlsx_template.py), or the
office's own official_report.xlsx in the `[report] templates` folder, which wins: the
office restyles it in Excel.  Its cells hold jinja2 placeholders, the fields of
SheetContext (`{{ office }}`, `Hạn báo cáo: {{ deadline }}`, ...); a row holding only
`{% if official %}`, `{% else %}` or `{% endif %}` shows the rows up to the next such row
on that condition; the table is marked by the cells `{{ field }}` (the header row),
`{{ figure }}` (the unit row, repeated per unit; `{{ row.number }}`, `{{ row.unit }}`,
`{{ row.received }}`, `{{ row.status }}`) and `{{ total }}` (the total row), all three
in the field column, repeated per field; the rows below the table move down.  A cell
holding only a list (`{{ corrections }}`, `{{ copies_to }}`) gets a row per item.  The
template's sheet "Hướng dẫn" explains all this to the office in Vietnamese;
xlsx_template.py fills it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from intake.config import Official
from intake.models import Form, FormTable, PeriodReport, Timeliness
from intake.render import letterhead, xlsx_template
from intake.render.files import write_atomically
from intake.render.narrative import CorrectionLine, correction_lines, replaces_line
from intake.render.official import OfficialContext, build_official_context
from intake.render.words import (
    NOTE,
    cell_number,
    figure,
    status_label,
    table_counts,
    vn_datetime,
    vn_deadline,
    vn_period,
)
from intake.render.xlsx_template import Filled, Table, UnitRow

HEADER_ROW = 6  # of a sheet without [official]: office, title, period, deadline, blank
EMPTY_SHEET = "Báo cáo"  # the one sheet of a report without forms


@dataclass(frozen=True)
class SheetContext:
    """Everything a sheet's template cells see, as top-level variables.

    official:      True with the [official] settings (the letterhead, Nơi nhận)
    no_forms:      True for the one sheet of a report without any form
    office:        the office's name, upper case
    title:         "BÁO CÁO TỔNG HỢP TIN BÀI TUYÊN TRUYỀN" (title_line)
    form_title:    "Tin bài tuyên truyền", "" without forms
    period:        "từ ngày 05/02/2021 đến ngày 11/02/2021"
    deadline:      "16 giờ 00, thứ Năm ngày 11/02/2021"
    replaces:      "(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021)" or ""
    generated_at:  "11/02/2021 16:30"
    counts:        "3/5 (đúng hạn 2, muộn 1, chờ kiểm tra 1, chưa báo cáo 1)"
    note:          "Ghi chú: Tổng cộng chỉ tính ..." (words.NOTE)
    late, review, missing: this form's units in that state, "Xã A, Xã B", or ""
    corrections:   the lines of Số liệu điều chỉnh on this sheet, "- ...;" and "- ...."
    parent_body, issuing_body, number, symbol, place_date, kind, subject (the trích
    yếu), recipients ("A" or "A; B."), copies_to ("- Như trên;", "- Lưu: VT."),
    signing_authority, signer_title, signer_name: the letterhead (letterhead.py), all
    empty without [official]; `number` is blank spaces when the clerk numbers by hand

    The table's rows see more: `field` (a field's label) in the header row, `row`
    (xlsx_template.UnitRow) and `figure` in the unit row, `total` in the total row.
    """

    official: bool
    no_forms: bool
    office: str
    title: str
    form_title: str
    period: str
    deadline: str
    replaces: str
    generated_at: str
    counts: str
    note: str
    late: str
    review: str
    missing: str
    corrections: tuple[str, ...]
    parent_body: str
    issuing_body: str
    number: str
    symbol: str
    place_date: str
    kind: str
    subject: str
    recipients: str
    copies_to: tuple[str, ...]
    signing_authority: str
    signer_title: str
    signer_name: str

    def variables(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def write_xlsx(
    report: PeriodReport,
    path: Path,
    tz: ZoneInfo,
    official: Official | None = None,
    templates_dir: Path | None = None,
    *,
    context: OfficialContext | None = None,
) -> Path:
    """Write the workbook of `report` to `path` (atomically) and return `path`.

    With `official`, each sheet carries the letterhead, Nơi nhận and the signature (from
    `context`, when the caller built it for the document as well).  The template is the
    `templates_dir` folder's official_report.xlsx, else the shipped one.
    """
    filled = build_workbook(report, tz, official, templates_dir, context=context)
    return write_atomically(Path(path), filled.save)


def build_workbook(
    report: PeriodReport,
    tz: ZoneInfo,
    official: Official | None = None,
    templates_dir: Path | None = None,
    *,
    context: OfficialContext | None = None,
) -> Filled:
    """The workbook of `report`; ConfigError naming the template if it cannot be filled."""
    if official and context is None:
        context = build_official_context(report, official, tz)
    context = context if official else None
    template = xlsx_template.load(xlsx_template.find_template(templates_dir))
    corrections = _corrections_by_sheet(report)
    used: set[str] = set()
    for index, table in enumerate(report.tables):
        lines = corrections.get(table.form.id, ()) + (corrections[None] if index == 0 else ())
        sheet = sheet_context(report, table, tz, context, lines)
        name = sheet_name(short_title(table.form), used)
        template.fill(name, sheet.variables(), _table(table, tz), freeze=context is None)
    if not report.tables:
        sheet = sheet_context(report, None, tz, context, corrections[None])
        template.fill(EMPTY_SHEET, sheet.variables(), None, freeze=False)
    return template.finish()


def check_template(templates_dir: Path | None = None) -> str:
    """Fill the workbook's template with a sample report, with and without [official] and
    without forms: what `intake check-config` reports."""
    from intake.render.mail import sample_report

    tz, sample = ZoneInfo("Asia/Ho_Chi_Minh"), sample_report()
    for report, official in (
        (sample, Official()),
        (sample, None),
        (replace(sample, tables=()), Official()),
    ):
        build_workbook(report, tz, official, templates_dir).save(io.BytesIO())
    return str(xlsx_template.find_template(templates_dir))


def short_title(form: Form) -> str:
    """A form's sheet name before it is made valid and unique: its `sheet_name` when the
    form file sets one, else its title without a leading "Báo cáo" ("Báo cáo kết quả
    tuyên truyền tuần" -> "Kết quả tuyên truyền tuần")."""
    chosen = form.sheet_name.strip()
    if chosen:
        return chosen
    title = re.sub(r"^\s*báo cáo\s+(?=\S)", "", form.title, flags=re.IGNORECASE).strip()
    return title[:1].upper() + title[1:]


def sheet_name(title: str, used: set[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\, at most 31 characters, cut between
    words, never inside one."""
    base = re.sub(r"\s+", " ", re.sub(r"[\[\]:*?/\\]", " ", title)).strip(" '") or "Biểu"
    name, n = _words_within(base, SHEET_NAME_MAX), 1
    while name.casefold() in used:
        n += 1
        suffix = f" ({n})"
        name = _words_within(base, SHEET_NAME_MAX - len(suffix)) + suffix
    used.add(name.casefold())
    return name


def _words_within(text: str, limit: int) -> str:
    """The longest run of `text`'s first words within `limit` characters (a single word
    longer than that is cut: there is nothing better)."""
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(" ',;-–")
    return cut if " " in text[: limit + 1] and cut else text[:limit].rstrip(" '")


SHEET_NAME_MAX = 31  # Excel's limit


def title_line(form_title: str) -> str:
    """ "BÁO CÁO TỔNG HỢP <TITLE>", without repeating a title's own "Báo cáo"."""
    title = re.sub(r"^\s*báo cáo\s+", "", form_title, flags=re.IGNORECASE).strip()
    return f"BÁO CÁO TỔNG HỢP {title.upper()}".strip()


def _corrections_by_sheet(report: PeriodReport) -> dict[str | None, tuple[CorrectionLine, ...]]:
    """The corrections on the sheet of their form; those of a form without one: None."""
    sheets = {table.form.id for table in report.tables}
    out: dict[str | None, tuple[CorrectionLine, ...]] = {None: ()}
    for correction, line in zip(report.corrections, correction_lines(report), strict=True):
        key = correction.form.id if correction.form.id in sheets else None
        out[key] = out.get(key, ()) + (line,)
    return out


# ---------------------------------------------------------------------------
# What a sheet shows.


def sheet_context(
    report: PeriodReport,
    table: FormTable | None,
    tz: ZoneInfo,
    context: OfficialContext | None,
    corrections: tuple[CorrectionLine, ...],
) -> SheetContext:
    form_title = table.form.title if table is not None else ""
    return SheetContext(
        official=context is not None,
        no_forms=table is None,
        office=report.office.upper(),
        title=title_line(form_title),
        form_title=form_title,
        period=vn_period(report.period_start, report.period_end),
        deadline=vn_deadline(report.deadline, tz),
        replaces=replaces_line(report, tz),
        generated_at=vn_datetime(report.generated_at, tz),
        counts=table_counts(table).line() if table is not None else "",
        note=NOTE,
        corrections=letterhead.listed([line.text for line in corrections]),
        late=_units_in(table, Timeliness.LATE),
        review=_units_in(table, Timeliness.REVIEW),
        missing=_units_in(table, Timeliness.MISSING),
        **letterhead.variables(context),
    )


def _units_in(table: FormTable | None, state: Timeliness) -> str:
    """This form's units in `state` (late, held for review or missing), by name."""
    rows = table.rows if table is not None else ()
    return ", ".join(r.unit.name for r in rows if r.timeliness is state)


def _table(table: FormTable, tz: ZoneInfo) -> Table:
    keys = [f.key for f in table.form.fields]
    rows = tuple(
        UnitRow(
            number=number,
            unit=item.unit.name,
            received=vn_datetime(item.received_at, tz) if item.received_at else None,
            status=status_label(item),
            figures=tuple(_number(figure(item, key)) for key in keys),
        )
        for number, item in enumerate(table.rows, start=1)
    )
    totals = tuple(_number(table.totals.get(key)) for key in keys)
    return Table(tuple(f.label for f in table.form.fields), rows, totals)


def _number(value: float | None) -> float | None:
    return None if value is None else cell_number(value)
