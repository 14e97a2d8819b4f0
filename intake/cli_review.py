"""`intake review ...` and `intake history`: the clerk's commands, printed in Vietnamese.

Registered by intake/cli.py:

    from intake.cli_review import history, review

    cli.add_command(review)
    cli.add_command(history)

Refusals are ReviewError (an IntakeError): `intake.cli.main` prints them as one message
and a hint, like every other error.
"""

from __future__ import annotations

import getpass
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from intake.app import App
from intake.clock import parse_now
from intake.context import Context
from intake.history import Version, versions
from intake.models import Status
from intake.render.words import vn_datetime, vn_number, vn_short_period
from intake.review import (
    Changes,
    Decision,
    Held,
    Original,
    ReviewError,
    accept,
    original,
    queue,
    reject,
    superseded_by,
)
from intake.store import StoredReport

STATUS = {
    Status.ACCEPTED: "đã chấp nhận",
    Status.NEEDS_REVIEW: "chờ kiểm tra",
    Status.REJECTED: "đã từ chối",
}
UNKNOWN = "chưa xác định"
DATE = click.DateTime(["%Y-%m-%d", "%d/%m/%Y"])


def _config_option():
    return click.option(
        "--config",
        "config_path",
        envvar="INTAKE_CONFIG",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help="configuration file (TOML); default: $INTAKE_CONFIG",
    )


def _now_option():
    return click.option(
        "--now",
        "now_text",
        metavar="TIME",
        help="act as if it were TIME (ISO 8601, e.g. 2021-02-11T16:31+07:00)",
    )


def _by_option():
    return click.option(
        "--by", metavar="NAME", help="who decides (for the event log); default: the OS user"
    )


@contextmanager
def _opened(config_path: Path, now_text: str | None) -> Iterator[tuple[App, datetime]]:
    app = App.open(config_path)
    try:
        yield app, parse_now(now_text, app.context.calendar.tz)
    finally:
        app.close()


# -- intake review ---------------------------------------------------------------------


@click.group("review")
def review() -> None:
    """Work through the reports held for review: list, show, accept, reject."""


@review.command("list")
@_config_option()
@_now_option()
@click.option("--all", "everything", is_flag=True, help="also held reports already dealt with")
def list_command(config_path: Path, now_text: str | None, everything: bool) -> None:
    """List the held reports, oldest first (a queue)."""
    with _opened(config_path, now_text) as (app, _):
        click.echo(queue_text(app.context, queue(app.store, everything=everything), everything))


@review.command("show")
@_config_option()
@_now_option()
@click.argument("report_id", metavar="ID", type=int)
def show_command(config_path: Path, now_text: str | None, report_id: int) -> None:
    """Show one report: figures and their sources, problems, the original message."""
    with _opened(config_path, now_text) as (app, _):
        found = app.store.reports_by_id([report_id])
        if not found:
            raise ReviewError(f"Không có báo cáo #{report_id}", hint="intake review list")
        report = found[0]
        source = original(app.store, app.config.storage.archive, report)
        later = superseded_by(app.store, report_id)
        click.echo(report_text(app.context, report, source, later))


@review.command("accept")
@_config_option()
@_now_option()
@click.argument("report_id", metavar="ID", type=int)
@click.option(
    "--set", "assignments", multiple=True, metavar="FIELD=VALUE", help="set a figure (repeat)"
)
@click.option("--unit", metavar="ID", help="the unit (an id of the unit directory)")
@click.option("--period-end", type=DATE, help="the last day of the reporting week")
@click.option("--form", "form_id", metavar="ID", help="the form")
@_by_option()
def accept_command(
    config_path: Path,
    now_text: str | None,
    report_id: int,
    assignments: tuple[str, ...],
    unit: str | None,
    period_end: datetime | None,
    form_id: str | None,
    by: str | None,
) -> None:
    """Accept a held report, with the figures, unit, period or form corrected."""
    changes = Changes(
        values=parse_assignments(assignments),
        unit=unit,
        period_end=period_end.date() if period_end else None,
        form=form_id,
    )
    with _opened(config_path, now_text) as (app, now):
        new = accept(app.store, app.context, report_id, changes, by=_who(by), now=now)
        click.echo(f"Đã chấp nhận báo cáo #{report_id}, lưu thành bản #{new.id}.")
        click.echo(f"  {_heading(app.context, new)}")
        click.echo(f"  Số liệu: {_figures(app.context, new.form, new.values)}")
        if not new.is_current:
            click.echo(
                f"Lưu ý: đơn vị đã có bản mới hơn cho tuần này"
                f" (#{superseded_by(app.store, new.id)}); bản vừa duyệt chỉ lưu làm lịch sử."
            )


@review.command("reject")
@_config_option()
@_now_option()
@click.argument("report_id", metavar="ID", type=int)
@click.option("--reason", required=True, help="why (kept with the report, in Vietnamese)")
@_by_option()
def reject_command(
    config_path: Path, now_text: str | None, report_id: int, reason: str, by: str | None
) -> None:
    """Reject a report: it is not counted, and its unit shows as not reported."""
    with _opened(config_path, now_text) as (app, now):
        new = reject(app.store, report_id, reason, by=_who(by), now=now)
        click.echo(f"Đã từ chối báo cáo #{report_id}, lưu thành bản #{new.id}. Lý do: {reason}")
        if new.is_current and new.unit and new.period_end:
            click.echo(
                f"  {_unit_name(app.context, new.unit)} được tính là chưa báo cáo tuần"
                f" {vn_short_period(app.context.calendar.start(new.period_end), new.period_end)}."
            )


def parse_assignments(assignments: Sequence[str]) -> dict[str, str]:
    """ "--set items=12" as {"items": "12"}; the value is read later, by its field."""
    out = {}
    for text in assignments:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise ReviewError(f'--set "{text}": cần viết MỤC=GIÁ_TRỊ', hint="ví dụ: --set items=12")
        out[key.strip()] = value.strip()
    return out


def _who(by: str | None) -> str:
    if by and by.strip():
        return by.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise ReviewError("Không biết tên người quyết định", hint="thêm --by TÊN") from None


# -- intake history --------------------------------------------------------------------


@click.command("history")
@_config_option()
@_now_option()
@click.option("--unit", required=True, metavar="ID", help="the unit (an id of the directory)")
@click.option("--period-end", required=True, type=DATE, help="the last day of the week")
@click.option("--form", "form_id", metavar="ID", help="only this form")
def history(
    config_path: Path, now_text: str | None, unit: str, period_end: datetime, form_id: str | None
) -> None:
    """Show every version of a unit's report for a period, oldest first."""
    end = period_end.date()
    with _opened(config_path, now_text) as (app, _):
        context = app.context
        if context.directory.get(unit) is None:
            raise ReviewError(f'Không có đơn vị "{unit}" trong danh bạ')
        if form_id is not None and form_id not in context.forms:
            raise ReviewError(f'Không có mẫu "{form_id}"; các mẫu: {", ".join(context.forms)}')
        if context.calendar.end_on_or_after(end) != end:
            raise ReviewError(
                f"Ngày {end:%d/%m/%Y} không phải ngày cuối của tuần báo cáo",
                hint=f"thử --period-end {context.calendar.end_on_or_after(end)}",
            )
        found = versions(app.store, unit, end, form_id)
        click.echo(history_text(context, unit, end, found))


# -- what the clerk reads --------------------------------------------------------------


def queue_text(context: Context, items: Sequence[Held], everything: bool = False) -> str:
    if not items:
        return "Không có báo cáo nào chờ kiểm tra."
    headings = ["Mã", "Nhận lúc", "Người gửi", "Đơn vị", "Mẫu", "Tuần", "Vấn đề"]
    rows = [_queue_row(context, item.report) for item in items]
    if everything:
        headings.append("Tình trạng")
        for row, item in zip(rows, items, strict=True):
            row.append(_fate(item))
    waiting = sum(1 for item in items if item.waiting)
    return (
        table(headings, rows, widths=[6, 16, 32, 24, 28, 21, 60, 40])
        + f"\n\n{waiting} báo cáo chờ kiểm tra. Xem một báo cáo: intake review show MÃ"
    )


def _queue_row(context: Context, r: StoredReport) -> list[str]:
    return [
        str(r.id),
        vn_datetime(r.received_at, context.calendar.tz) if r.received_at else "",
        r.sender or "",
        _unit_name(context, r.unit),
        _form_title(context, r.form),
        _week(context, r.period_end),
        r.problems[0].message if r.problems else "",
    ]


def _fate(item: Held) -> str:
    if item.decision:
        return f"{_action(item.decision)} bởi {item.decision.by} (#{item.decision.result})"
    if item.replaced_by:
        return f"đã có bản mới #{item.replaced_by}"
    return "chờ kiểm tra"


def report_text(
    context: Context, r: StoredReport, source: Original | None, later: int | None = None
) -> str:
    tz = context.calendar.tz
    received = vn_datetime(r.received_at, tz) if r.received_at else "không rõ"
    if r.late is not None:
        received += ", muộn" if r.late else ", đúng hạn"
    lines = [
        f"Báo cáo #{r.id}: {STATUS[r.status]}"
        + (f" (đã có bản mới hơn: #{later})" if later else "")
        + (" — bản hiện hành" if r.is_current else ""),
        f"  Đơn vị:     {_unit_name(context, r.unit)}" + (f" ({r.unit})" if r.unit else ""),
        f"  Mẫu:        {_form_title(context, r.form)}" + (f" ({r.form})" if r.form else ""),
        f"  Tuần:       {_week(context, r.period_end)}",
        f"  Nhận lúc:   {received}",
        f"  Người gửi:  {r.sender or 'không rõ'}",
        f"  Tiêu đề:    {r.subject or ''}",
        "",
        "Số liệu đọc được:",
        _indent(
            table(["Mục", "Số", "Chữ trong thư", "Ở đâu", "Cách đọc"], _figure_rows(context, r))
        ),
        "",
        "Vấn đề:" if r.problems else "Vấn đề: không có",
        *(f"  - {p.message}" for p in r.problems),
        "",
        *_original_lines(source),
    ]
    if later is None and r.status is not Status.ACCEPTED:
        missing = _missing_keys(context, r)
        fix = "".join(f" --set {k}=..." for k in missing)
        lines += [
            "",
            f"Chấp nhận: intake review accept {r.id}{fix}"
            + ("" if r.unit else " --unit MÃ_ĐƠN_VỊ")
            + ("" if r.period_end else " --period-end NGÀY")
            + ("" if r.form else " --form MẪU"),
            f'Từ chối:   intake review reject {r.id} --reason "..."',
        ]
    return "\n".join(lines)


def _figure_rows(context: Context, r: StoredReport) -> list[list[str]]:
    form = context.forms.get(r.form) if r.form else None
    labels = {f.key: f.label for f in form.fields} if form else {}
    rows = []
    for s in r.sources:
        value = s.get("value")
        shown = "?" if value is None or math.isnan(value) else vn_number(value)
        how = s.get("how") or ""
        if s.get("doubt"):
            how += f" — {s['doubt']}"
        rows.append([labels.get(s["field"], s["field"]), shown, s.get("raw", ""), s["source"], how])
    read = {s["field"] for s in r.sources}
    for f in form.fields if form else ():
        if f.key not in read and f.key not in r.values:
            rows.append([f.label, "—", "", "không có trong thư", ""])
    return rows or [["—", "", "", "không đọc được số liệu nào", ""]]


def _missing_keys(context: Context, r: StoredReport) -> list[str]:
    form = context.forms.get(r.form) if r.form else None
    return [f.key for f in form.fields if f.required and f.key not in r.values] if form else []


def _original_lines(source: Original | None) -> list[str]:
    if source is None:
        return ["Thư gốc: không có"]
    lines = ["Thư gốc:", *(f"  │ {line}" for line in source.text.splitlines() or [""])]
    if source.truncated:
        lines.append("  │ ... (đã cắt bớt)")
    lines.append(f"Tệp đính kèm: {', '.join(source.attachments) or 'không có'}")
    return lines


def history_text(context: Context, unit: str, end: date, found: Sequence[Version]) -> str:
    week = _week(context, end)
    head = f"Lịch sử báo cáo của {_unit_name(context, unit)}, tuần {week}"
    if not found:
        return f"{head}: không có báo cáo nào."
    lines = [head, ""]
    for v in found:
        r = v.report
        mark = "  ← BẢN HIỆN HÀNH" if v.is_current else ""
        after = f"; thay bằng #{v.superseded_by}" if v.superseded_by else ""
        received = vn_datetime(r.received_at, context.calendar.tz) if r.received_at else "?"
        lines.append(f"#{r.id}  {STATUS[r.status]}{after}{mark}")
        lines.append(f"    Nhận lúc {received}, từ {r.sender or 'không rõ'}")
        if r.unit != unit or r.period_end != end:
            lines.append(
                f"    Đơn vị, tuần: {_unit_name(context, r.unit)}, {_week(context, r.period_end)}"
            )
        lines.append(f"    {_form_title(context, r.form)}: {_figures(context, r.form, r.values)}")
        lines += [f"    Vấn đề: {p.message}" for p in r.problems]
        if v.decision:
            lines.append(f"    {_decision_line(context, v.decision)}")
        elif v.stored_by != "intake":
            lines.append(
                f"    Ghi bởi {v.stored_by} lúc {vn_datetime(v.stored_at, context.calendar.tz)}"
            )
    return "\n".join(lines)


def _decision_line(context: Context, d: Decision) -> str:
    at = vn_datetime(d.at, context.calendar.tz)
    changed = _changes(context, d.before, d.after)
    return f"{_action(d).capitalize()} bởi {d.by} lúc {at}, từ #{d.held}" + (
        f": {'; '.join(changed)}" if changed else ""
    )


def _action(d: Decision) -> str:
    return "chấp nhận" if d.action == "accepted" else "từ chối"


def _changes(context: Context, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    out = []
    if before.get("unit") != after.get("unit"):
        out.append(
            f"đơn vị {_unit_name(context, before.get('unit'))} → "
            f"{_unit_name(context, after.get('unit'))}"
        )
    if before.get("period_end") != after.get("period_end"):
        out.append(f"tuần {before.get('period_end') or UNKNOWN} → {after.get('period_end')}")
    if before.get("form") != after.get("form"):
        out.append(f"mẫu {before.get('form') or UNKNOWN} → {after.get('form')}")
    form = context.forms.get(after.get("form") or "")
    labels = {f.key: f.label for f in form.fields} if form else {}
    old, new = before.get("values", {}), after.get("values", {})
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) != new.get(key):
            out.append(f"{labels.get(key, key)} {_number(old.get(key))} → {_number(new.get(key))}")
    return out


# -- small pieces ----------------------------------------------------------------------


def table(
    headings: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()
) -> str:
    """Rows as aligned columns; a cell longer than its column's width is cut with "…"."""
    limits = list(widths) + [80] * (len(headings) - len(widths))
    cells = [[_cut(str(c), limits[i]) for i, c in enumerate(row)] for row in [headings, *rows]]
    sizes = [max(len(row[i]) for row in cells) for i in range(len(headings))]
    lines = ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(row)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * s for s in sizes))
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.splitlines())


def _unit_name(context: Context, unit: str | None) -> str:
    if unit is None:
        return UNKNOWN
    found = context.directory.get(unit)
    return found.name if found else unit


def _form_title(context: Context, form: str | None) -> str:
    if form is None:
        return UNKNOWN
    found = context.forms.get(form)
    return found.title if found else form


def _week(context: Context, end: date | None) -> str:
    return vn_short_period(context.calendar.start(end), end) if end else UNKNOWN


def _heading(context: Context, r: StoredReport) -> str:
    return (
        f"{_unit_name(context, r.unit)}, {_form_title(context, r.form)},"
        f" tuần {_week(context, r.period_end)}"
    )


def _figures(context: Context, form_id: str | None, values: Mapping[str, float]) -> str:
    form = context.forms.get(form_id) if form_id else None
    labels = {f.key: f.label for f in form.fields} if form else {}
    order = [f.key for f in form.fields] if form else []
    keys = [k for k in order if k in values] + [k for k in values if k not in order]
    return "; ".join(f"{labels.get(k, k)} {vn_number(values[k])}" for k in keys) or "không có"


def _number(value: float | None) -> str:
    return "—" if value is None else vn_number(value)
