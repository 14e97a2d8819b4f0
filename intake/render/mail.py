"""The summary e-mail: a documented template context, the templates, the message.

    PeriodReport --build_context--> SummaryContext --templates--> text, HTML
                                                                    + the workbook
                                                   --summary_email--> EmailMessage

Templates are looked up first in the administrator's folder (`[report] templates`), then
in the `templates/` folder shipped with intake.  They see the fields of SummaryContext as
variables, all already formatted in Vietnamese; `.html` templates are autoescaped and an
unknown variable is an error (StrictUndefined), never an empty string.
"""

from __future__ import annotations

import functools
import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2

from intake.errors import ConfigError
from intake.headers import OUTGOING
from intake.models import Correction, Form, FormTable, PeriodReport, Row, Timeliness, Unit
from intake.models import Field as ModelField
from intake.render.narrative import CorrectionLine, correction_lines, replaces_line
from intake.render.words import (
    ACCEPTED,
    UNIT_ROWS_MAX,
    Counts,
    figure,
    grouped_text,
    in_sentence,
    local,
    overall_names,
    report_counts,
    status_label,
    table_counts,
    unit_statuses,
    vn_date,
    vn_datetime,
    vn_deadline,
    vn_number,
    vn_period,
    vn_short_period,
)

SHIPPED_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
TEXT_TEMPLATE = "summary.txt.j2"
HTML_TEMPLATE = "summary.html.j2"
XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_TYPE = ("application", "pdf")
MIME_TYPES = {".xlsx": XLSX_TYPE, ".docx": DOCX_TYPE, ".pdf": PDF_TYPE}
DRAFT_PREFIX = "[Dự thảo - chờ duyệt]"
REPLACEMENT_PREFIX = "[Báo cáo thay thế - phiên bản {version}]"


# ---------------------------------------------------------------------------
# The context the templates see.


@dataclass(frozen=True)
class Figure:
    """A labelled figure: `value` is formatted ("12.500", "2,5"), "" when not shown."""

    label: str
    value: str


@dataclass(frozen=True)
class UnitLine:
    """One unit's row of a form table.

    number:   the row number (STT), from 1
    name:     the unit's name, e.g. "Xã Bản Bo"
    figures:  one Figure per field of the form, in form order; every value is "" unless
              the report was accepted (an unverified figure is never shown)
    received: when the report arrived, "10/02/2021 09:15", or ""
    status:   "Đúng hạn", "Muộn", "Chờ kiểm tra" or "Chưa báo cáo"
    state:    the same as a key for styling: "on_time", "late", "review", "missing"
    accepted: True when on time or late, i.e. when the figures are shown and counted
    """

    number: int
    name: str
    figures: tuple[Figure, ...]
    received: str
    status: str
    state: str
    accepted: bool


@dataclass(frozen=True)
class FormSummary:
    """One form of the report.

    title:    the form's title, e.g. "Tin bài tuyên truyền"
    labels:   the field labels, in form order (the table's figure columns)
    units:    one UnitLine per expected unit, in the caller's order; none over
              words.UNIT_ROWS_MAX units (10,000 rows would make a 25 MB message): the
              attached workbook has them
    totals:   one Figure per field: the caller's totals of accepted reports
    counts:   how many units are on time, late, held for review, missing (a Counts:
              expected, on_time, late, review, missing, reported = on_time + late)
    headline: "12/14 đơn vị đã báo cáo (10 đúng hạn, 2 muộn), 1 đơn vị chờ kiểm tra,
              1 đơn vị chưa báo cáo: Xã Nà Tăm"
    missing:  names of the units that sent nothing
    review:   names of the units whose report is held for review
    """

    title: str
    labels: tuple[str, ...]
    units: tuple[UnitLine, ...]
    totals: tuple[Figure, ...]
    counts: Counts
    headline: str
    missing: tuple[str, ...]
    review: tuple[str, ...]


@dataclass(frozen=True)
class SummaryContext:
    """Everything the summary templates see, as top-level variables.

    office:       the office's name (signature and sender name)
    subject:      the e-mail's subject
    period:       "từ ngày 05/02/2021 đến ngày 11/02/2021"
    noun:         what the period is called: "tuần", "tháng", "quý", "năm"
    period_start: "05/02/2021"
    period_end:   "11/02/2021"
    deadline:     "16 giờ 00, thứ Năm ngày 11/02/2021"
    generated_at: "11/02/2021 16:30"
    counts:       Counts over units; a unit in several forms counts with its worst state
    headline:     the sentence of `counts`, like FormSummary.headline
    missing:      units missing a form (with the forms' titles when there are several)
    review:       units with a report held for review (idem)
    forms:        one FormSummary per form, in the report's order
    attachment:   the attached workbook's file name, "tong-hop-tuan-2021-02-11.xlsx"
    attachments:  every attached file's name, the workbook first (then the .docx, .pdf)
    draft:        True for the draft sent to district staff for approval
    approve_command: what approves the draft: "intake report approve --period-end
                  2021-02-11"
    replaces:     "(Báo cáo này thay thế báo cáo đã gửi ngày 11/02/2021)" or ""
    corrections:  figures of earlier weeks changed since their report was sent, one
                  narrative.CorrectionLine each (unit, form, period, changes, note, text)
    """

    office: str
    subject: str
    period: str
    noun: str
    period_start: str
    period_end: str
    deadline: str
    generated_at: str
    counts: Counts
    headline: str
    missing: tuple[str, ...]
    review: tuple[str, ...]
    forms: tuple[FormSummary, ...]
    attachment: str
    attachments: tuple[str, ...] = ()
    draft: bool = False
    approve_command: str = ""
    replaces: str = ""
    corrections: tuple[CorrectionLine, ...] = ()

    def variables(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def build_context(
    report: PeriodReport,
    tz: ZoneInfo,
    *,
    draft: bool = False,
    attachments: Sequence[str] = (),
) -> SummaryContext:
    """The templates' variables; `attachments` are the names of the files besides the
    workbook."""
    worst = unit_statuses(report.tables)  # once, not once for each list and count
    counts = report_counts(report.tables, worst)
    missing = overall_names(report.tables, Timeliness.MISSING, worst)
    return SummaryContext(
        office=report.office,
        subject=subject(report, draft=draft, counts=counts),
        period=vn_period(report.period_start, report.period_end),
        noun=report.noun,
        period_start=vn_date(report.period_start),
        period_end=vn_date(report.period_end),
        deadline=vn_deadline(report.deadline, tz),
        generated_at=vn_datetime(report.generated_at, tz),
        counts=counts,
        headline=headline(counts, grouped_text(report.tables, Timeliness.MISSING, worst)),
        missing=missing,
        review=overall_names(report.tables, Timeliness.REVIEW, worst),
        forms=tuple(_form_summary(table, tz) for table in report.tables),
        attachment=xlsx_filename(report),
        attachments=(xlsx_filename(report), *attachments),
        draft=draft,
        approve_command=f"intake report approve --period-end {report.period_end:%Y-%m-%d}",
        replaces=replaces_line(report, tz),
        corrections=correction_lines(report),
    )


def subject(report: PeriodReport, *, draft: bool = False, counts: Counts | None = None) -> str:
    """ "[Tổng hợp báo cáo] Tuần 05/02 – 11/02/2021: 12/14 đơn vị đã báo cáo", and for a
    draft "[Dự thảo - chờ duyệt] [Tổng hợp báo cáo] ...", and for a replacement
    "[Báo cáo thay thế - phiên bản 2] [Tổng hợp báo cáo] ..." (`counts`: report_counts,
    when the caller has them)."""
    counts = report_counts(report.tables) if counts is None else counts
    period = vn_short_period(report.period_start, report.period_end)
    text = (
        f"[Tổng hợp báo cáo] {report.noun.capitalize()} {period}:"
        f" {counts.reported}/{counts.expected} đơn vị đã báo cáo"
    )
    if report.version > 1:
        text = f"{REPLACEMENT_PREFIX.format(version=report.version)} {text}"
    return f"{DRAFT_PREFIX} {text}" if draft else text


def headline(counts: Counts, missing: Sequence[str] | str) -> str:
    """ "12/14 đơn vị đã báo cáo (10 đúng hạn, 2 muộn), 1 đơn vị chờ kiểm tra, ...";
    `missing` the names, or the text that lists them (words.grouped_text)."""
    parts = [f"{counts.reported}/{counts.expected} đơn vị đã báo cáo"]
    detail = [f"{counts.on_time} đúng hạn"] if counts.on_time else []
    detail += [f"{counts.late} muộn"] if counts.late else []
    if detail:
        parts[0] += f" ({', '.join(detail)})"
    if counts.review:
        parts.append(f"{counts.review} đơn vị chờ kiểm tra")
    if counts.missing:
        listed = missing if isinstance(missing, str) else ", ".join(missing)
        if ": " in listed:  # grouped by form: "(cả 2 biểu: xã A, xã B; biểu X: xã C)"
            parts.append(f"{counts.missing} đơn vị chưa báo cáo ({listed})")
        else:
            parts.append(f"{counts.missing} đơn vị chưa báo cáo: {listed}")
    return ", ".join(parts)


def attachment_filename(report: PeriodReport, path: Path) -> str:
    """An attached file's name, plain ASCII: "tong-hop-tuan-2021-02-11.docx", and for a
    replacement "tong-hop-tuan-2021-02-11-v2.docx"."""
    return f"{_stem(report)}{path.suffix.lower()}"


def _stem(report: PeriodReport) -> str:
    version = f"-v{report.version}" if report.version > 1 else ""
    return f"tong-hop-tuan-{report.period_end:%Y-%m-%d}{version}"


def xlsx_filename(report: PeriodReport) -> str:
    """The workbook's name, plain ASCII: "tong-hop-tuan-2021-02-11.xlsx"."""
    return f"{_stem(report)}.xlsx"


def _form_summary(table: FormTable, tz: ZoneInfo) -> FormSummary:
    counts = table_counts(table)
    shown = table.rows if len(table.rows) <= UNIT_ROWS_MAX else ()
    missing = _names(table, Timeliness.MISSING)
    return FormSummary(
        title=table.form.title,
        labels=tuple(f.label for f in table.form.fields),
        units=tuple(_unit_line(n, row, table, tz) for n, row in enumerate(shown, 1)),
        totals=tuple(Figure(f.label, _shown(table.totals.get(f.key))) for f in table.form.fields),
        counts=counts,
        headline=headline(counts, missing),
        missing=missing,
        review=_names(table, Timeliness.REVIEW),
    )


def _unit_line(number: int, row: Row, table: FormTable, tz: ZoneInfo) -> UnitLine:
    return UnitLine(
        number=number,
        name=row.unit.name,
        figures=tuple(Figure(f.label, _shown(figure(row, f.key))) for f in table.form.fields),
        received=vn_datetime(row.received_at, tz) if row.received_at else "",
        status=status_label(row),
        state=row.timeliness.value,
        accepted=row.timeliness in ACCEPTED,
    )


def _shown(value: float | None) -> str:
    return "" if value is None else vn_number(value)


def _names(table: FormTable, status: Timeliness) -> tuple[str, ...]:
    return tuple(in_sentence(row.unit.name) for row in table.rows if row.timeliness is status)


# ---------------------------------------------------------------------------
# Templates.


@functools.lru_cache(maxsize=8)
def template_environment(templates_dir: Path | None = None) -> jinja2.Environment:
    """The override folder first (when given), then the shipped templates.

    One environment per folder for the process: it keeps each template compiled (an
    acknowledgment compiled its template again, 8 % of the daemon's time in a backlog)
    and, as jinja2 does, compiles it again when its file changes."""
    folders = [templates_dir] if templates_dir is not None else []
    loaders = [jinja2.FileSystemLoader(folder) for folder in [*folders, SHIPPED_TEMPLATES]]
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=_is_html,
        trim_blocks=True,
        keep_trailing_newline=True,
    )


def _is_html(name: str | None) -> bool:
    return name is not None and name.removesuffix(".j2").endswith((".html", ".htm"))


def render_summary(context: SummaryContext, templates_dir: Path | None = None) -> tuple[str, str]:
    """The plain-text and the HTML body; ConfigError naming the template if one fails."""
    env = template_environment(templates_dir)
    variables = context.variables()
    text = _render(env, TEXT_TEMPLATE, variables)
    html = _render(env, HTML_TEMPLATE, variables)
    return text, html


def check_templates(templates_dir: Path | None = None) -> str:
    """Render the summary templates with a sample report: what `intake check` reports.

    Rendered as the report and as a draft, so that both branches are checked.
    """
    env = template_environment(templates_dir)
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    found = []
    for name in (TEXT_TEMPLATE, HTML_TEMPLATE):
        for draft in (False, True):
            _render(env, name, build_context(sample_report(), tz, draft=draft).variables())
        found.append(env.get_template(name).filename or name)
    return "templates: " + ", ".join(found)


def _render(env: jinja2.Environment, name: str, variables: dict[str, Any]) -> str:
    try:
        return env.get_template(name).render(variables)
    except jinja2.TemplateSyntaxError as e:
        where = f"template {e.filename or name}, line {e.lineno}"
        raise ConfigError(f"{where}: {e.message}", hint=_TEMPLATE_HINT) from None
    except jinja2.TemplateError as e:
        raise ConfigError(f"template {name}: {e}", hint=_TEMPLATE_HINT) from None


_TEMPLATE_HINT = (
    "fix the template in the [report] templates folder (its variables are listed in "
    "SummaryContext), or remove it to use the shipped one"
)


def sample_report() -> PeriodReport:
    """A small report with every state, a correction and a replaced report."""
    tz = ZoneInfo("Asia/Ho_Chi_Minh")
    form = Form("mau", "Biểu mẫu", (ModelField("so_tin", "Số tin, bài"),))
    received = datetime(2021, 2, 10, 9, tzinfo=tz)
    rows = (
        Row(Unit("a", "Xã A"), Timeliness.ON_TIME, {"so_tin": 1250}, received),
        Row(Unit("b", "Xã B"), Timeliness.LATE, {"so_tin": 2}, received),
        Row(Unit("c", "Xã C"), Timeliness.REVIEW, {"so_tin": 3}, received),
        Row(Unit("d", "Xã D"), Timeliness.MISSING),
    )
    correction = Correction(Unit("b", "Xã B"), form, date(2021, 2, 4), {"so_tin": 1}, {"so_tin": 2})
    return PeriodReport(
        period_start=date(2021, 2, 5),
        period_end=date(2021, 2, 11),
        deadline=datetime(2021, 2, 11, 16, tzinfo=tz),
        generated_at=datetime(2021, 2, 11, 16, 30, tzinfo=tz),
        office="Văn phòng",
        tables=(FormTable(form, rows, {"so_tin": 1252}),),
        corrections=(correction,),
        version=2,
        replaces=datetime(2021, 2, 11, 16, 30, tzinfo=tz),
    )


# ---------------------------------------------------------------------------
# The message.


def summary_email(
    report: PeriodReport,
    xlsx: Path,
    *,
    sender: str,
    to: Sequence[str],
    cc: Sequence[str],
    tz: ZoneInfo,
    templates_dir: Path | None = None,
    draft: bool = False,
    attachments: Sequence[Path] = (),
) -> EmailMessage:
    """The summary as text and HTML alternatives, with the workbook attached.

    `attachments` are more files to attach after the workbook (the official .docx and
    .pdf), each named like it ("tong-hop-tuan-2021-02-11.pdf").  A `draft` goes to
    district staff for approval: its subject starts with "[Dự thảo - chờ duyệt]" and it
    says how to approve it.
    """
    extra = [Path(p) for p in attachments]
    names = _attachment_names(report, extra)
    context = build_context(report, tz, draft=draft, attachments=names)
    text, html = render_summary(context, templates_dir)
    message = EmailMessage(policy=OUTGOING)
    message["Subject"] = context.subject
    message["From"] = Address(display_name=report.office, addr_spec=sender)
    if to:
        message["To"] = [Address(addr_spec=a) for a in to]
    if cc:
        message["Cc"] = [Address(addr_spec=a) for a in cc]
    message["Date"] = format_datetime(local(report.generated_at, tz))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    files = [(Path(xlsx), context.attachment), *zip(extra, names, strict=True)]
    for path, name in files:
        maintype, subtype = mime_type(path)
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=name)
    return message


def mime_type(path: Path) -> tuple[str, str]:
    known = MIME_TYPES.get(path.suffix.lower())
    if known:
        return known
    guessed, _ = mimetypes.guess_type(path.name)
    maintype, _, subtype = (guessed or "application/octet-stream").partition("/")
    return maintype, subtype


def _attachment_names(report: PeriodReport, paths: list[Path]) -> tuple[str, ...]:
    """Named like the workbook; a second file of the same kind keeps its own name."""
    used = {xlsx_filename(report)}
    names = []
    for path in paths:
        name = attachment_filename(report, path)
        name = path.name if name in used else name
        used.add(name)
        names.append(name)
    return tuple(names)
