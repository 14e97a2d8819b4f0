"""`intake status`: what a clerk wants to know at a glance, in Vietnamese."""

from __future__ import annotations

from datetime import datetime

from intake import aggregate
from intake.app import App
from intake.models import FormTable, Timeliness
from intake.render.words import in_sentence, vn_delay


def describe(app: App, now: datetime) -> str:
    calendar = app.context.calendar
    counts = app.store.counts()
    last = app.store.get_state("last_fetch")
    end = calendar.by_time(now).end
    report = aggregate.build(app.store, app.context, end, now, app.config.office.name)
    lines = [
        f"Hộp thư: {app.config.mailbox.kind} {_mailbox(app)}",
        f"Lần đọc thư gần nhất: {_local(last, calendar) if last else 'chưa đọc lần nào'}",
        f"Thư đã lưu: {sum(v for k, v in counts.items() if k.startswith('messages_'))}"
        f" (đã xử lý {counts.get('messages_processed', 0)},"
        f" cách ly {counts.get('messages_quarantined', 0)},"
        f" đang chờ {counts.get('messages_archived', 0)})",
        f"Báo cáo hiện hành: {counts.get('current_accepted', 0)} đã chấp nhận,"
        f" {counts.get('current_needs_review', 0)} chờ kiểm tra",
        "",
        f"Tuần {report.period_start:%d/%m/%Y} - {report.period_end:%d/%m/%Y}"
        f" (hạn {report.deadline:%H:%M %d/%m/%Y}):",
    ]
    lines += [_table_line(t) for t in report.tables]
    lines += _proposals(app)
    return "\n".join(lines)


def _proposals(app: App) -> list[str]:
    """Addresses that sent a unit's report but are not in the unit directory yet."""
    proposed = [
        (a, u, n)
        for a, u, n in app.store.proposed_addresses()
        if not app.context.directory.by_email(a)
    ]
    if not proposed:
        return []
    lines = ["", "Địa chỉ mới gửi báo cáo (chưa có trong danh bạ đơn vị):"]
    for address, unit_id, count in proposed:
        unit = app.context.directory.get(unit_id)
        lines.append(f"  {address} -> {unit.name if unit else unit_id} ({count} báo cáo)")
    lines.append(f"  Nếu đúng, thêm địa chỉ vào cột emails của {app.config.directory.units}.")
    return lines


def _mailbox(app: App) -> str:
    mailbox = app.config.mailbox
    if mailbox.kind == "imap":
        return f"{mailbox.username}@{mailbox.host}:{mailbox.effective_port}/{mailbox.folder}"
    return str(mailbox.path)


def _local(iso: str, calendar) -> str:
    return f"{calendar.local(datetime.fromisoformat(iso)):%H:%M %d/%m/%Y}"


def _table_line(table: FormTable) -> str:
    total = len(table.rows)
    on_time, late = table.count(Timeliness.ON_TIME), table.count(Timeliness.LATE)
    review = table.count(Timeliness.REVIEW)
    missing = [in_sentence(r.unit.name) for r in table.rows if r.timeliness is Timeliness.MISSING]
    late_names = ", ".join(
        in_sentence(r.unit.name) + (f" {vn_delay(r.late_by)}" if r.late_by else "")
        for r in table.rows
        if r.timeliness is Timeliness.LATE
    )
    line = (
        f"  {table.form.title}: {on_time + late + review}/{total} đơn vị đã gửi"
        f" ({on_time + late} đã tổng hợp: {on_time} đúng hạn,"
        f" {late} muộn{f' ({late_names})' if late_names else ''}; {review} chờ kiểm tra)"
    )
    if missing:
        line += f"; chưa báo cáo: {', '.join(missing)}"
    return line
