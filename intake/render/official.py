"""The official report as a Word document (Nghị định 30/2020/NĐ-CP, Mẫu 1.4).

    PeriodReport + [official] --build_official_context--> OfficialContext
        --official_report.docx (docxtpl)--> .docx  --write_pdf (pdf.py)--> .pdf

The template is a Word document with jinja2 tags, made by
templates/make_official_template.py; an `official_report.docx` in the administrator's
templates folder (`[report] templates`) wins over the shipped one, so the office can
restyle it in Word.  It sees the fields of OfficialContext, all formatted in Vietnamese;
an unknown variable is an error (StrictUndefined) and every value is XML-escaped.

The number of figure columns depends on the form, so the widths of a table whose first
cell reads "STT" are set here after rendering; everything else is the template's.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.shared import Mm, Twips
from docx.table import Table
from docxtpl import DocxTemplate

from intake.config import Official
from intake.errors import ConfigError
from intake.models import FormTable, PeriodReport, Row, Timeliness
from intake.render import narrative
from intake.render.files import write_atomically
from intake.render.narrative import CorrectionLine
from intake.render.words import (
    NOTE,
    UNIT_ROWS_MAX,
    Counts,
    Worst,
    document_date,
    figure,
    forms_phrase,
    grouped_names,
    local,
    lower_first,
    overall_names,
    status_label,
    table_counts,
    unit_statuses,
    vn_date,
    vn_datetime,
    vn_number,
    vn_period,
)

SHIPPED_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
DOCX_TEMPLATE = "official_report.docx"
KIND = "BÁO CÁO"
BLANK_NUMBER = "      "  # "Số:       /BC-VHTT": the clerk writes the number in
TEXT_WIDTH_MM = 165.0  # A4 less the margins of 30 and 15 mm
_STT_MM, _STATUS_MM = 12.0, 28.0  # "STT", "Chưa báo cáo" in 12 pt on one line
_UNIT_MM = (32.0, 50.0)  # the unit column: as wide as the longest name, within these
_MM_PER_CHAR, _CELL_MARGIN_MM = 2.2, 1.9  # Times New Roman 12 pt; Word's cell margin
_MM_PER_BOLD_CHAR = 2.3  # Times New Roman bold 12 pt, a heading's letters
BODY_WIDTH_MM = 64.0  # the letterhead's left column (68 mm) less its cell margins
_CAPITAL_MM, _NARROW_MM = 2.9, 1.3  # Times New Roman 13 pt bold: a capital, a space or comma
KEEP_WHOLE_ROWS = 16  # a form's table up to this many rows (units + 2) stays on one page
KEPT_ROWS = 2  # of a longer one, the rows kept with its header, and with its totals


# ---------------------------------------------------------------------------
# The context the template sees.


@dataclass(frozen=True)
class OfficialRow:
    """One unit's line: `figures` are formatted, "" for a report held or missing."""

    number: int
    name: str
    figures: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class OfficialTable:
    """One form's table.

    heading: "1. Báo cáo kết quả tuyên truyền tuần", numbered in the report's order
    title:   the form's title
    labels:  the field labels: the figure columns
    rows:    one OfficialRow per unit, in the caller's order; none over UNIT_ROWS_MAX
             units (the narrative then says the workbook has them)
    totals:  the caller's totals of accepted reports, formatted, one per field
    counts:  how many units are on time, late, held, missing (words.Counts)
    """

    heading: str
    title: str
    labels: tuple[str, ...]
    rows: tuple[OfficialRow, ...]
    totals: tuple[str, ...]
    counts: Counts


@dataclass(frozen=True)
class OfficialContext:
    """Everything the official template sees, as top-level variables.

    parent_body:         cơ quan chủ quản, upper case; "" when there is none
    issuing_body:        the issuing body, upper case
    number:              "05", or "" when the clerk numbers the report by hand
    symbol:              "BC-VHTT"
    place_date:          "Tam Đường, ngày 04 tháng 02 năm 2021" (the report's date)
    kind:                "BÁO CÁO"
    title:               the trích yếu: "Kết quả công tác tuyên truyền tuần từ ngày
                         29/01/2021 đến ngày 04/02/2021"
    replaces:            "(Báo cáo này thay thế báo cáo đã gửi ngày 05/02/2021)" or ""
    recipients:          Kính gửi, one per recipient, without "-", ";" or "."
    narrative:           the summary paragraphs (narrative.sentences)
    forms:               one OfficialTable per form that has rows
    note:                "Ghi chú: Tổng cộng chỉ tính ..." (shown when `review`)
    status_heading:      "3. Đơn vị báo cáo muộn, chưa báo cáo", numbered after the forms
    status_lines:        the units late, held for review and missing, each unit once, by
                         the forms it is in that state for: "- Đơn vị chưa báo cáo (25 đơn
                         vị):", "+ Cả 2 biểu (20 đơn vị): xã Bình Lư, ...;", "+ Biểu Hoạt
                         động truyền thanh cơ sở (5 đơn vị): ...;"; one line each with one form
    late, review, missing: the units in that state (with the forms when several), for
                         templates made before status_lines
    corrections_heading: "4. Số liệu điều chỉnh"
    corrections:         narrative.CorrectionLine, one per unit, form and week changed
    closing:             "Trên đây là báo cáo kết quả công tác tuyên truyền tuần từ ngày
                         ... đến ngày .../." (the body ends with "./.")
    copies_to:           Nơi nhận, one per line, without "-", ";" or "."
    signing_authority:   "KT. TRƯỞNG PHÒNG" or ""
    signer_title:        "PHÓ TRƯỞNG PHÒNG", upper case
    signer_name:         "Nguyễn Văn A" or ""
    office:              the office's name
    period:              "từ ngày 29/01/2021 đến ngày 04/02/2021"
    period_start, period_end: "29/01/2021", "04/02/2021"
    generated_at:        "04/02/2021 16:30"
    version:             1, 2 for the first corrected report, ...
    """

    parent_body: str
    issuing_body: str
    number: str
    symbol: str
    place_date: str
    kind: str
    title: str
    replaces: str
    recipients: tuple[str, ...]
    narrative: tuple[str, ...]
    forms: tuple[OfficialTable, ...]
    note: str
    status_heading: str
    status_lines: tuple[str, ...]
    late: tuple[str, ...]
    review: tuple[str, ...]
    missing: tuple[str, ...]
    corrections_heading: str
    corrections: tuple[CorrectionLine, ...]
    closing: str
    copies_to: tuple[str, ...]
    signing_authority: str
    signer_title: str
    signer_name: str
    office: str
    period: str
    period_start: str
    period_end: str
    generated_at: str
    version: int

    def variables(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _of_period(summary: str, noun: str) -> str:
    """The configured trích yếu, said of the report's period: "... tuyên truyền tuần" of a
    monthly form's report is "... tuyên truyền tháng"."""
    summary = summary.strip()
    if noun != "tuần" and summary.endswith(" tuần"):
        return summary[: -len("tuần")] + noun
    return summary


def build_official_context(
    report: PeriodReport, official: Official, tz: ZoneInfo
) -> OfficialContext:
    tables = narrative.shown_tables(report)
    worst = unit_statuses(tables)  # once, not once for each list and count
    number, symbol = split_number(report.number, official.symbol)
    sections = len(tables)
    late, review, missing = (
        overall_names(tables, status, worst)
        for status in (Timeliness.LATE, Timeliness.REVIEW, Timeliness.MISSING)
    )
    if late or review or missing:
        sections += 1
    status_heading = f"{sections}. Đơn vị báo cáo muộn, chưa báo cáo"
    corrections_heading = f"{sections + 1}. Số liệu điều chỉnh"
    day = local(report.generated_at, tz).date()
    period = vn_period(report.period_start, report.period_end)
    title = f"{_of_period(official.summary, report.noun)} {period}"
    return OfficialContext(
        parent_body=body_lines(official.parent_body.strip().upper()),
        issuing_body=body_lines((official.issuing_body.strip() or report.office).upper()),
        number=number,
        symbol=symbol,
        place_date=_place_date(official.place, day),
        kind=KIND,
        title=title,
        replaces=narrative.replaces_line(report, tz),
        recipients=clean_lines(official.recipients),
        narrative=narrative.sentences(report, worst) + _totals_only_line(tables),
        forms=tuple(_table(n, t) for n, t in enumerate(tables, start=1)),
        note=NOTE,
        status_heading=status_heading,
        status_lines=status_lines(tables, worst),
        late=late,
        review=review,
        missing=missing,
        corrections_heading=corrections_heading,
        corrections=narrative.correction_lines(report),
        closing=f"Trên đây là báo cáo {lower_first(title)}./.",
        copies_to=clean_lines(official.copies_to),
        signing_authority=official.signing_authority.strip().upper(),
        signer_title=official.signer_title.strip().upper(),
        signer_name=official.signer_name.strip(),
        office=report.office,
        period=vn_period(report.period_start, report.period_end),
        period_start=vn_date(report.period_start),
        period_end=vn_date(report.period_end),
        generated_at=vn_datetime(report.generated_at, tz),
        version=report.version,
    )


_STATUS_WORDS = (
    (Timeliness.LATE, "Đơn vị báo cáo muộn", ""),
    (Timeliness.REVIEW, "Đơn vị có báo cáo chờ kiểm tra", ", số liệu chưa được tổng hợp"),
    (Timeliness.MISSING, "Đơn vị chưa báo cáo", ""),
)


def status_lines(tables: tuple[FormTable, ...], worst: Worst | None = None) -> tuple[str, ...]:
    """The units late, held and missing, each once, grouped by form (see OfficialContext):
    "- Đơn vị chưa báo cáo (1 đơn vị, cả 2 biểu): xã Nà Tăm.", or for several groups a
    line "- Đơn vị chưa báo cáo (80 đơn vị):" and one "+ ..." line a group."""
    lines: list[str] = []
    for status, words, note in _STATUS_WORDS:
        found = grouped_names(tables, status, worst)
        groups = [(forms_phrase(titles, len(tables)), names) for titles, names in found]
        count = sum(len(names) for _, names in groups)
        if len(groups) == 1:
            which, names = groups[0]
            lines.append(
                f"- {words} ({count} đơn vị{which and ', ' + which}{note}): {', '.join(names)}."
            )
        elif groups:
            lines.append(f"- {words} ({count} đơn vị{note}):")
            lines += [
                f"+ {which[:1].upper() + which[1:]} ({len(names)} đơn vị): {', '.join(names)}"
                + ("." if n == len(groups) else ";")
                for n, (which, names) in enumerate(groups, start=1)
            ]
    return tuple(lines)


def body_lines(name: str, width_mm: float = BODY_WIDTH_MM) -> str:
    """A body's name on the lines a person would write it in the letterhead's column:
    "ỦY BAN NHÂN DÂN\nXÃ BẢN BO", "SỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH"; the lines of a name
    written with line breaks in the configuration are kept."""
    if "\n" in name:
        return "\n".join(line.strip() for line in name.splitlines() if line.strip())
    words = name.split()
    for council in _COUNCILS:  # "ỦY BAN NHÂN DÂN / XÃ BẢN BO", even when it would fit
        if name.startswith(council + " ") and _break_rank(words, len(council.split())) == 0:
            return council + "\n" + body_lines(name[len(council) :].strip(), width_mm)
    if _width_mm(name) <= width_mm or len(words) < 2:
        return name
    fits = [i for i in range(1, len(words)) if _width_mm(" ".join(words[:i])) <= width_mm]
    if not fits:
        return name
    rest_fits = [i for i in fits if _width_mm(" ".join(words[i:])) <= width_mm]
    if rest_fits:
        head_len = len(" ".join(words))

        def cost(i: int) -> tuple[int, int]:
            return _break_rank(words, i), abs(2 * len(" ".join(words[:i])) - head_len)

        best = min(rest_fits, key=cost)
        return " ".join(words[:best]) + "\n" + " ".join(words[best:])
    best = min(fits, key=lambda i: (_break_rank(words, i), -i))
    return " ".join(words[:best]) + "\n" + body_lines(" ".join(words[best:]), width_mm)


_PLACE_WORDS: tuple[str, ...] = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "THỊ TRẤN")
_PLACE_WORDS += ("XÃ", "PHƯỜNG", "ĐẶC KHU")
_COUNCILS = ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")


def _break_rank(words: list[str], i: int) -> int:
    """How natural a break before words[i] is: 0 before a place ("... / TỈNH LAI CHÂU"),
    1 before "VÀ" ("... THỂ THAO / VÀ DU LỊCH"), 2 after a comma, 3 elsewhere."""
    tail, head = " ".join(words[i:]), words[i - 1]
    if any(tail.startswith(p + " ") for p in _PLACE_WORDS) and head not in ("THỊ", "THÀNH"):
        return 0
    return 1 if words[i] == "VÀ" else 2 if head.endswith(",") else 3


def _width_mm(text: str) -> float:
    """About how wide `text` is in Times New Roman 13 pt capitals, bold."""
    return sum(_NARROW_MM if c in " ,.-" else _CAPITAL_MM for c in text)


def split_number(number: str | None, symbol: str) -> tuple[str, str]:
    """ "05/BC-VHTT" -> ("05", "BC-VHTT"); None -> ("", symbol): numbered by hand."""
    if not number:
        return "", symbol
    head, _, tail = number.partition("/")
    return head.strip(), tail.strip() or symbol


def clean_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """ "- Như trên;" -> "Như trên": the template adds the dash and the punctuation."""
    cleaned = (re.sub(r"^\s*[-–•]\s*", "", line).strip().rstrip(";.,").strip() for line in lines)
    return tuple(line for line in cleaned if line)


def _totals_only_line(tables: tuple[FormTable, ...]) -> tuple[str, ...]:
    """The sentence that says where the units' rows are when a table is too long for the
    document (more than UNIT_ROWS_MAX units): in the workbook sent with it."""
    cut = [t for t in tables if len(t.rows) > UNIT_ROWS_MAX]
    if not cut:
        return ()
    units = vn_number(max(len(t.rows) for t in cut))
    return (
        f"Số liệu chi tiết của từng đơn vị ({units} đơn vị) có trong bảng tính (tệp Excel)"
        " gửi kèm; các biểu có trên "
        f"{vn_number(UNIT_ROWS_MAX)} đơn vị dưới đây chỉ ghi tổng cộng.",
    )


def _table(number: int, table: FormTable) -> OfficialTable:
    """A form's table; without the units' rows when there are more than UNIT_ROWS_MAX (a
    national directory's 10,000 rows would be 300 pages of Word: the workbook has them,
    and status_lines the units late, held and missing)."""
    keys = [f.key for f in table.form.fields]
    shown = table.rows if len(table.rows) <= UNIT_ROWS_MAX else ()
    return OfficialTable(
        heading=f"{number}. {table.form.title}",
        title=table.form.title,
        labels=tuple(f.label for f in table.form.fields),
        rows=tuple(_row(n, row, keys) for n, row in enumerate(shown, start=1)),
        totals=tuple(_shown(table.totals.get(key)) for key in keys),
        counts=table_counts(table),
    )


def _row(number: int, row: Row, keys: list[str]) -> OfficialRow:
    return OfficialRow(
        number=number,
        name=row.unit.name,
        figures=tuple(_shown(figure(row, key)) for key in keys),
        status=status_label(row),
    )


def _shown(value: float | None) -> str:
    return "" if value is None else vn_number(value)


# ---------------------------------------------------------------------------
# Rendering.


def write_docx(
    report: PeriodReport,
    official: Official,
    path: Path,
    tz: ZoneInfo,
    templates_dir: Path | None = None,
    *,
    context: OfficialContext | None = None,
) -> Path:
    """Write the official report of `report` to `path` (atomically) and return `path`;
    `context`: build_official_context's, when the caller built it for the workbook too."""
    template = find_template(templates_dir)
    context = context if context is not None else build_official_context(report, official, tz)
    document = render_docx(template, context)
    return write_atomically(Path(path), document.save)


def find_template(templates_dir: Path | None = None) -> Path:
    """The override folder's official_report.docx when there is one, else the shipped one."""
    if templates_dir is not None and (Path(templates_dir) / DOCX_TEMPLATE).is_file():
        return Path(templates_dir) / DOCX_TEMPLATE
    return SHIPPED_TEMPLATES / DOCX_TEMPLATE


def render_docx(template: Path, context: OfficialContext) -> Document:
    """The rendered document; ConfigError naming the template if it cannot be rendered."""
    try:
        document = DocxTemplate(template)
        document.render(context.variables(), jinja_env=_environment())
    except jinja2.TemplateSyntaxError as e:
        raise ConfigError(f"template {template}: {e.message}", hint=_HINT) from None
    except jinja2.TemplateError as e:
        raise ConfigError(f"template {template}: {e}", hint=_HINT) from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as e:
        raise ConfigError(
            f"template {template}: not a Word document (.docx): {e}", hint=_HINT
        ) from None
    docx = document.docx
    fit_tables(docx)
    keep_introductions(docx)
    return docx


def check_template(templates_dir: Path | None = None) -> str:
    """Render the official template with a sample report: what `intake check` reports."""
    from intake.render.mail import sample_report

    template = find_template(templates_dir)
    context = build_official_context(sample_report(), Official(), ZoneInfo("Asia/Ho_Chi_Minh"))
    render_docx(template, context).save(io.BytesIO())
    return str(template)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)


_HINT = (
    "fix official_report.docx in the [report] templates folder (its variables are listed "
    "in OfficialContext), or remove it to use the shipped one"
)


# ---------------------------------------------------------------------------
# Column widths.


def fit_tables(document: Document) -> None:
    """Give each form's table (first cell "STT") widths that fit the text width, and let
    a long one run over pages."""
    for table in document.tables:
        cells = table._tbl.tr_lst[0].tc_lst if table._tbl.tr_lst else []
        if cells and _text(cells[0]) == "STT":
            _fit(table)
            _let_split(table)


def keep_introductions(document: Document) -> None:
    """A line that announces a list ("- Đơn vị chưa báo cáo (25 đơn vị):") stays on the
    page of the list's first line, and the closing line ("Trên đây là báo cáo ...", kept
    with the signature) takes the paragraph before it along: the signature's page always
    has some of the body."""
    paragraphs = document.paragraphs
    for n, paragraph in enumerate(paragraphs):
        text = paragraph.text.strip()
        closing = n + 1 < len(paragraphs) and paragraphs[n + 1].text.startswith("Trên đây")
        if text and (text.endswith(":") or closing):
            paragraph.paragraph_format.keep_with_next = True


def _let_split(table: Table) -> None:
    """A table longer than KEEP_WHOLE_ROWS may break between pages: its heading stays
    with its header and first rows, its totals with its last rows, and the header row is
    repeated on each page (the template's); a shorter one is kept on one page.

    The template keeps every row with the next (a short table never splits); kept so
    from its heading to its totals, a table longer than what is left of the page moves
    to the next one, and one longer than a page leaves its heading alone on a page."""
    rows = table._tbl.tr_lst
    if len(rows) <= KEEP_WHOLE_ROWS:
        return
    for tr in rows[1 + KEPT_ROWS : len(rows) - 1 - KEPT_ROWS]:
        for p in tr.iter(qn("w:p")):
            _not_kept(p)


def _not_kept(p: CT_P) -> None:
    """python-docx's `keep_with_next = False` (<w:keepNext w:val="0"/> after the style),
    in lxml: python-docx takes 0.2 ms a paragraph, and a long table has thousands."""
    ppr = p.find(_P_PR)
    if ppr is None:
        ppr = p.get_or_add_pPr()
    kept = ppr.find(_KEEP_NEXT)
    if kept is None:
        kept = OxmlElement("w:keepNext")
        after = next((child for child in ppr if child.tag != _P_STYLE), None)
        if after is not None:
            after.addprevious(kept)
        else:
            ppr.append(kept)
    kept.set(_VAL, "0")


_P_PR, _KEEP_NEXT, _P_STYLE, _VAL = qn("w:pPr"), qn("w:keepNext"), qn("w:pStyle"), qn("w:val")
_TC, _TC_PR, _TC_W, _GRID_SPAN = qn("w:tc"), qn("w:tcPr"), qn("w:tcW"), qn("w:gridSpan")


def _fit(table: Table) -> None:
    """STT and Tình trạng as wide as their words, Đơn vị as its longest name (within
    bounds), and the figures sharing the rest, each at least as wide as the longest word
    of its heading ("Bluezone" is never cut), the unit column giving way first."""
    columns = table._tbl.tblGrid.gridCol_lst
    rows = table._tbl.tr_lst
    names = [_text(tr.tc_lst[1]) for tr in rows[1:] if len(tr.tc_lst) > 1]
    longest = max((len(name) for name in names), default=10)
    unit = min(_UNIT_MM[1], max(_UNIT_MM[0], longest * _MM_PER_CHAR + 2 * _CELL_MARGIN_MM))
    headings = [_text(tc) for tc in rows[0].tc_lst[2:-1]] if rows else []
    needs = [_word_mm(h) for h in headings] or [0.0] * max(1, len(columns) - 3)
    room = TEXT_WIDTH_MM - _STT_MM - _STATUS_MM
    unit = max(_UNIT_MM[0], min(unit, room - sum(needs)))
    spare = max(0.0, room - unit - sum(needs)) / len(needs)
    widths = [_STT_MM, unit, *(n + spare for n in needs), _STATUS_MM][: len(columns)]
    for column, width in zip(columns, widths, strict=True):
        column.w = Mm(width)
    twips: dict[tuple[int, int], int] = {}  # (first column, span) -> the cell's width
    for tr in rows:
        at = 0
        for tc in tr.iterchildren(_TC):  # tr.tc_lst, tc.grid_span: in lxml, as below
            tc_pr = tc.find(_TC_PR)
            spans = tc_pr.find(_GRID_SPAN) if tc_pr is not None else None
            span = int(spans.get(_VAL)) if spans is not None else 1
            if (at, span) not in twips:
                twips[(at, span)] = Mm(sum(widths[at : at + span])).twips
            _cell_width(tc, tc_pr, twips[(at, span)])
            at += span
    _table_width(table, sum(widths))


def _cell_width(tc: CT_Tc, tc_pr: Any, twips: int) -> None:
    """python-docx's `tc.width = ...` (<w:tcW w:type="dxa" w:w="..."/>), in lxml when
    the cell has a <w:tcW>: python-docx takes 0.1 ms a cell."""
    found = tc_pr.find(_TC_W) if tc_pr is not None else None
    if found is None:
        tc.width = Twips(twips)
        return
    found.set(qn("w:type"), "dxa")
    found.set(qn("w:w"), str(twips))


def _word_mm(heading: str) -> float:
    """The width the longest word of a bold heading needs on one line."""
    longest = max((len(word) for word in heading.split()), default=0)
    return longest * _MM_PER_BOLD_CHAR + 2 * _CELL_MARGIN_MM


_AFTER_TBLW = (
    "w:jc w:tblCellSpacing w:tblInd w:tblBorders w:shd w:tblLayout w:tblCellMar w:tblLook "
    "w:tblCaption w:tblDescription w:tblPrChange"
).split()


def _table_width(table: Table, width_mm: float) -> None:
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.insert_element_before(tbl_w, *_AFTER_TBLW)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(round(width_mm / 25.4 * 1440)))


def _text(tc) -> str:
    return "".join(t.text or "" for t in tc.iter(qn("w:t"))).strip()


def _place_date(place: str, day: date) -> str:
    """ "Tam Đường, ngày 04 tháng 02 năm 2021"; "Ngày 04 tháng 02 năm 2021" without a place."""
    text = ", ".join(filter(None, [place.strip(), document_date(day)]))
    return text[:1].upper() + text[1:]
