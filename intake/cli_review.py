"""`intake review ...` and `intake history`: the clerk's commands, printed in Vietnamese.

Registered by intake/cli.py:

    from intake.cli_review import history, review

    cli.add_command(review)
    cli.add_command(history)

Like the commands of cli.py, these import the library inside their bodies, so that
`intake --help` stays quick.  A refusal is a ReviewError (an IntakeError):
`intake.cli.main` prints it as one message and a hint, like every other error.
"""

from __future__ import annotations

import getpass
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from intake.models import Status
from intake.options import DATE, config_option, now_option

if TYPE_CHECKING:
    from intake.app import App
    from intake.context import Context
    from intake.history import Version
    from intake.review import Decision, Held, Original
    from intake.store import StoredReport

STATUS = {
    Status.ACCEPTED: "đã chấp nhận",
    Status.NEEDS_REVIEW: "chờ kiểm tra",
    Status.REJECTED: "đã từ chối",
}
UNKNOWN = "chưa xác định"
QUEUE_WIDTHS = (6, 16, 32, 24, 34, 21, 60, 40)


def _by_option():
    return click.option(
        "--by", metavar="NAME", help="who decides (for the event log); default: the OS user"
    )


@contextmanager
def _opened(config_path: Path, now_text: str | None) -> Iterator[tuple[App, datetime, View]]:
    from intake.app import App
    from intake.clock import parse_now

    app = App.open(config_path)
    try:
        yield app, parse_now(now_text, app.context.calendar.tz), View(app.context)
    finally:
        app.close()


# -- intake review ---------------------------------------------------------------------


@click.group("review")
def review() -> None:
    """Work through the reports held for review: list, show, accept, reject."""


@review.command("list")
@config_option()
@now_option()
@click.option("--all", "everything", is_flag=True, help="also held reports already dealt with")
def list_command(config_path: Path, now_text: str | None, everything: bool) -> None:
    """List the held reports, oldest first (a queue)."""
    from intake.review import queue

    with _opened(config_path, now_text) as (app, _, view):
        click.echo(queue_text(view, queue(app.store, everything=everything), everything))


@review.command("show")
@config_option()
@now_option()
@click.argument("report_id", metavar="ID", type=int)
def show_command(config_path: Path, now_text: str | None, report_id: int) -> None:
    """Show one report: figures and their sources, problems, the original message."""
    from intake.review import ReviewError, original, superseded_by

    with _opened(config_path, now_text) as (app, _, view):
        found = app.store.reports_by_id([report_id])
        if not found:
            raise ReviewError(f"Không có báo cáo #{report_id}", hint="intake review list")
        source = original(app.store, app.config.storage.archive, found[0])
        click.echo(report_text(view, found[0], source, superseded_by(app.store, report_id)))


@review.command("accept")
@config_option()
@now_option()
@click.argument("report_id", metavar="ID", type=int)
@click.option(
    "--set", "assignments", multiple=True, metavar="FIELD=VALUE", help="set a figure (repeat)"
)
@click.option("--unit", metavar="ID", help="the unit (an id of the unit directory)")
@click.option("--period-end", type=DATE, metavar="DATE", help="the last day of the week")
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
    from intake.review import Changes, accept, superseded_by

    changes = Changes(
        values=parse_assignments(assignments),
        unit=unit,
        period_end=period_end.date() if period_end else None,
        form=form_id,
    )
    with _opened(config_path, now_text) as (app, now, view):
        new = accept(app.store, app.context, report_id, changes, by=_who(by), now=now)
        click.echo(f"Đã chấp nhận báo cáo #{report_id}, lưu thành bản #{new.id}.")
        click.echo(
            f"  {view.unit(new.unit)}, {view.form(new.form)}, tuần {view.week(new.period_end)}"
        )
        click.echo(f"  Số liệu: {view.figures(new.form, new.values)}")
        if not new.is_current:
            click.echo(
                f"Lưu ý: đơn vị đã có bản mới hơn cho tuần này"
                f" (#{superseded_by(app.store, new.id)}); bản vừa duyệt chỉ lưu làm lịch sử."
            )


@review.command("reject")
@config_option()
@now_option()
@click.argument("report_id", metavar="ID", type=int)
@click.option("--reason", required=True, help="why (kept with the report, in Vietnamese)")
@_by_option()
def reject_command(
    config_path: Path, now_text: str | None, report_id: int, reason: str, by: str | None
) -> None:
    """Reject a report: it is not counted, and its unit shows as not reported."""
    from intake.review import reject

    with _opened(config_path, now_text) as (app, now, view):
        new = reject(app.store, report_id, reason, by=_who(by), now=now)
        click.echo(f"Đã từ chối báo cáo #{report_id}, lưu thành bản #{new.id}. Lý do: {reason}")
        if new.is_current and new.unit and new.period_end:
            week = view.week(new.period_end)
            click.echo(f"  {view.unit(new.unit)} được tính là chưa báo cáo tuần {week}.")


def parse_assignments(assignments: Sequence[str]) -> dict[str, str]:
    """ "--set items=12" as {"items": "12"}; the value is read later, by its field."""
    from intake.review import ReviewError

    out = {}
    for text in assignments:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise ReviewError(f'--set "{text}": cần viết MỤC=GIÁ_TRỊ', hint="ví dụ: --set items=12")
        out[key.strip()] = value.strip()
    return out


def _who(by: str | None) -> str:
    from intake.review import ReviewError

    if by and by.strip():
        return by.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        raise ReviewError("Không biết tên người quyết định", hint="thêm --by TÊN") from None


# -- intake history --------------------------------------------------------------------


@click.command("history")
@config_option()
@now_option()
@click.option("--unit", required=True, metavar="ID", help="the unit (an id of the directory)")
@click.option(
    "--period-end", required=True, type=DATE, metavar="DATE", help="the last day of the week"
)
@click.option("--form", "form_id", metavar="ID", help="only this form")
def history(
    config_path: Path, now_text: str | None, unit: str, period_end: datetime, form_id: str | None
) -> None:
    """Show every version of a unit's report for a period, oldest first."""
    from intake.history import versions
    from intake.review import ReviewError

    end = period_end.date()
    with _opened(config_path, now_text) as (app, _, view):
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
        click.echo(history_text(view, unit, end, versions(app.store, unit, end, form_id)))


# -- what the clerk reads --------------------------------------------------------------


class View:
    """Names from the directory and the forms, local times, Vietnamese numbers."""

    def __init__(self, context: Context) -> None:
        from intake.render import words

        self.context = context
        self._words = words

    def unit(self, unit: str | None) -> str:
        found = self.context.directory.get(unit) if unit else None
        return found.name if found else (unit or UNKNOWN)

    def form(self, form: str | None) -> str:
        found = self.context.forms.get(form) if form else None
        return found.title if found else (form or UNKNOWN)

    def labels(self, form: str | None) -> dict[str, str]:
        found = self.context.forms.get(form) if form else None
        return {f.key: f.label for f in found.fields} if found else {}

    def week(self, end: date | None) -> str:
        if end is None:
            return UNKNOWN
        return self._words.vn_short_period(self.context.calendar.start(end), end)

    def when(self, moment: datetime | None) -> str:
        return self._words.vn_datetime(moment, self.context.calendar.tz) if moment else "không rõ"

    def number(self, value: float | None) -> str:
        if value is None:
            return "—"
        return "?" if math.isnan(value) else self._words.vn_number(value)

    def figures(self, form: str | None, values: Mapping[str, float]) -> str:
        labels = self.labels(form)
        keys = [k for k in labels if k in values] + [k for k in values if k not in labels]
        return "; ".join(f"{labels.get(k, k)} {self.number(values[k])}" for k in keys) or "không có"


def queue_text(view: View, items: Sequence[Held], everything: bool = False) -> str:
    if not items:
        return "Không có báo cáo nào chờ kiểm tra."
    headings = ["Mã", "Nhận lúc", "Người gửi", "Đơn vị", "Mẫu", "Tuần", "Vấn đề"]
    rows = [
        [
            str(r.id),
            view.when(r.received_at) if r.received_at else "",
            r.sender or "",
            view.unit(r.unit),
            view.form(r.form),
            view.week(r.period_end),
            r.problems[0].message if r.problems else "",
        ]
        for r in (item.report for item in items)
    ]
    if everything:
        headings.append("Tình trạng")
        for row, item in zip(rows, items, strict=True):
            row.append(_fate(item))
    waiting = sum(1 for item in items if item.waiting)
    return (
        table(headings, rows, QUEUE_WIDTHS)
        + f"\n\n{waiting} báo cáo chờ kiểm tra. Xem một báo cáo: intake review show MÃ"
    )


def _fate(item: Held) -> str:
    if item.decision:
        return f"đã {_action(item.decision)} bởi {item.decision.by} → #{item.decision.result}"
    if item.replaced_by:
        return f"đã có bản mới #{item.replaced_by}"
    return "chờ kiểm tra"


def report_text(
    view: View, r: StoredReport, source: Original | None, later: int | None = None
) -> str:
    received = view.when(r.received_at)
    if r.late is not None:
        received += ", muộn" if r.late else ", đúng hạn"
    lines = [
        f"Báo cáo #{r.id}: {STATUS[r.status]}"
        + (f" (đã có bản mới hơn: #{later})" if later else "")
        + (" — bản hiện hành" if r.is_current else ""),
        f"  Đơn vị:     {view.unit(r.unit)}" + (f" ({r.unit})" if r.unit else ""),
        f"  Mẫu:        {view.form(r.form)}" + (f" ({r.form})" if r.form else ""),
        f"  Tuần:       {view.week(r.period_end)}",
        f"  Nhận lúc:   {received}",
        f"  Người gửi:  {r.sender or 'không rõ'}",
        f"  Tiêu đề:    {r.subject or ''}",
        "",
        "Số liệu đọc được:",
        _indent(table(["Mục", "Số", "Chữ trong thư", "Ở đâu", "Cách đọc"], _figure_rows(view, r))),
        "",
        "Vấn đề:" if r.problems else "Vấn đề: không có",
        *(f"  - {p.message}" for p in r.problems),
        "",
        *_original_lines(source),
    ]
    if later is None and r.status is not Status.ACCEPTED:
        lines += ["", *_how_to_decide(view, r)]
    return "\n".join(lines)


def _figure_rows(view: View, r: StoredReport) -> list[list[str]]:
    labels = view.labels(r.form)
    rows = []
    for s in r.sources:
        how = s.get("how") or ""
        if s.get("doubt"):
            how += f" — {s['doubt']}"
        field, value = s["field"], s.get("value")
        rows.append(
            [labels.get(field, field), view.number(value), s.get("raw", ""), s["source"], how]
        )
    read = {s["field"] for s in r.sources}
    rows += [
        [label, "—", "", "không đọc được", ""]
        for key, label in labels.items()
        if key not in read and key not in r.values
    ]
    return rows or [["—", "", "", "không đọc được số liệu nào", ""]]


def _how_to_decide(view: View, r: StoredReport) -> list[str]:
    form = view.context.forms.get(r.form) if r.form else None
    missing = [f.key for f in form.fields if f.required and f.key not in r.values] if form else []
    accept = f"intake review accept {r.id}" + "".join(f" --set {k}=..." for k in missing)
    accept += "" if r.unit else " --unit MÃ_ĐƠN_VỊ"
    accept += "" if r.period_end else " --period-end NGÀY"
    accept += "" if r.form else " --form MẪU"
    return [f"Chấp nhận: {accept}", f'Từ chối:   intake review reject {r.id} --reason "..."']


def _original_lines(source: Original | None) -> list[str]:
    if source is None:
        return ["Thư gốc: không có"]
    lines = ["Thư gốc:", *(f"  │ {line}" for line in source.text.splitlines() or [""])]
    if source.truncated:
        lines.append("  │ ... (đã cắt bớt)")
    lines.append(f"Tệp đính kèm: {', '.join(source.attachments) or 'không có'}")
    return lines


def history_text(view: View, unit: str, end: date, found: Sequence[Version]) -> str:
    head = f"Lịch sử báo cáo của {view.unit(unit)}, tuần {view.week(end)}"
    if not found:
        return f"{head}: không có báo cáo nào."
    lines = [head, ""]
    for v in found:
        r = v.report
        mark = "  ← BẢN HIỆN HÀNH" if v.is_current else ""
        after = f"; thay bằng #{v.superseded_by}" if v.superseded_by else ""
        lines.append(f"#{r.id}  {STATUS[r.status]}{after}{mark}")
        lines.append(f"    Nhận lúc {view.when(r.received_at)}, từ {r.sender or 'không rõ'}")
        if r.unit != unit or r.period_end != end:
            lines.append(f"    Đơn vị, tuần: {view.unit(r.unit)}, {view.week(r.period_end)}")
        lines.append(f"    {view.form(r.form)}: {view.figures(r.form, r.values)}")
        lines += [f"    Vấn đề: {p.message}" for p in r.problems]
        if v.decision:
            lines.append(f"    {_decision_line(view, v.decision)}")
        elif v.stored_by != "intake":
            lines.append(f"    Ghi bởi {v.stored_by} lúc {view.when(v.stored_at)}")
    return "\n".join(lines)


def _decision_line(view: View, d: Decision) -> str:
    changed = _changes(view, d.before, d.after)
    return f"{_action(d).capitalize()} bởi {d.by} lúc {view.when(d.at)}, từ #{d.held}" + (
        f": {'; '.join(changed)}" if changed else ""
    )


def _action(d: Decision) -> str:
    return "chấp nhận" if d.action == "accepted" else "từ chối"


def _changes(view: View, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    out = []
    if before.get("unit") != after.get("unit"):
        out.append(f"đơn vị {view.unit(before.get('unit'))} → {view.unit(after.get('unit'))}")
    if before.get("period_end") != after.get("period_end"):
        out.append(f"tuần {before.get('period_end') or UNKNOWN} → {after.get('period_end')}")
    if before.get("form") != after.get("form"):
        out.append(f"mẫu {before.get('form') or UNKNOWN} → {after.get('form')}")
    labels = view.labels(after.get("form"))
    old, new = before.get("values", {}), after.get("values", {})
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) != new.get(key):
            shown = f"{view.number(old.get(key))} → {view.number(new.get(key))}"
            out.append(f"{labels.get(key, key)} {shown}")
    return out


# -- a plain-text table ----------------------------------------------------------------


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
