"""`intake status`: what a clerk wants to know at a glance, in Vietnamese."""

from __future__ import annotations

from datetime import datetime

from intake import aggregate, alerts, outbox
from intake.app import App
from intake.models import Form, FormTable, Standing, Timeliness
from intake.render.words import in_sentence, vn_delay


def describe(app: App, now: datetime) -> str:
    calendar = app.context.calendar
    counts = app.store.counts()
    last = app.store.get_state("last_fetch")
    lines = [
        f"Hộp thư: {app.config.mailbox.kind} {_mailbox(app)}",
        f"Lần đọc thư gần nhất: {_local(last, calendar) if last else 'chưa đọc lần nào'}",
        f"Thư đã lưu: {sum(v for k, v in counts.items() if k.startswith('messages_'))}"
        f" (đã xử lý {counts.get('messages_processed', 0)},"
        f" cách ly {counts.get('messages_quarantined', 0)},"
        f" đang chờ {counts.get('messages_archived', 0)})",
        f"Báo cáo hiện hành: {counts.get('current_accepted', 0)} đã chấp nhận,"
        f" {counts.get('current_needs_review', 0)} chờ kiểm tra",
    ]
    lines += alerts.status_lines(app)  # the mailbox failing: a refused login...
    lines += _periods(app, now)
    lines += _outbox(app)
    lines += _proposals(app)
    return "\n".join(lines)


def _periods(app: App, now: datetime) -> list[str]:
    """Each form's current period (the one a report sent now belongs to), forms that
    share a calendar under one heading: the weekly forms, then a monthly one..."""
    groups: dict[int, list[Form]] = {}
    for form in app.context.forms.values():
        groups.setdefault(id(app.context.calendar_for(form.id)), []).append(form)
    lines = []
    for forms in groups.values():
        calendar = app.context.calendar_for(forms[0].id)
        end = calendar.by_time(now).end
        report = aggregate.build(app.store, app.context, end, now, app.config.office.name, forms)
        lines += [
            "",
            f"{calendar.noun.capitalize()} {report.period_start:%d/%m/%Y} -"
            f" {report.period_end:%d/%m/%Y} (hạn {report.deadline:%H:%M %d/%m/%Y}):",
        ]
        lines += [_table_line(t) for t in report.tables]
    return lines


def _outbox(app: App) -> list[str]:
    """Acknowledgments and reminders not sent yet, or given up: nothing when all went."""
    health = outbox.health(app.store)
    if not (health.waiting or health.stale):
        return []
    hours = app.config.outbox.stale_hours
    lines = [
        "",
        f"Thư báo nhận, thư nhắc chưa gửi được: {health.waiting} thư đang chờ gửi lại,"
        f" {health.stale} thư đã bỏ (quá {hours} giờ không gửi được)",
    ]
    if health.last_error:
        at = health.last_error_at
        when = f" ({app.context.calendar.local(at):%H:%M %d/%m/%Y})" if at else ""
        lines.append(
            f"  Lỗi gần nhất{when}: {vn_send_error(health.last_error)}."
            f" Chi tiết: {health.last_error}"
        )
    return lines


# What a clerk reads for a failure of the transport (intake.send words them in English).
_SEND_ERRORS = (
    ("login refused", "máy chủ thư từ chối đăng nhập (sai tên đăng nhập hoặc mật khẩu)"),
    ("recipient refused", "máy chủ thư từ chối địa chỉ người nhận"),
    ("connection refused", "không kết nối được máy chủ thư (máy chủ không chạy hoặc sai cổng)"),
    ("unknown host", "không tìm thấy máy chủ thư (sai tên máy chủ)"),
    ("timed out", "máy chủ thư không trả lời"),
    ("closed the connection", "máy chủ thư ngắt kết nối giữa chừng"),
    ("certificate", "chứng thư bảo mật của máy chủ thư không được tin cậy"),
    ("tls", "lỗi kết nối bảo mật (TLS) với máy chủ thư"),
    ("refused", "máy chủ thư từ chối thư"),
    ("cannot write", "không ghi được thư vào thư mục gửi"),
)


def vn_send_error(error: str) -> str:
    """The failure of a send in a few Vietnamese words, from the transport's message."""
    lowered = error.lower()
    return next((vn for words, vn in _SEND_ERRORS if words in lowered), "không gửi được thư")


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
    """One form's line, counted as the report counts it (FormTable.reported): a held
    report is listed apart, never among the units that reported."""
    on_time, late = table.count(Timeliness.ON_TIME), table.count(Timeliness.LATE)
    review = table.count(Timeliness.REVIEW)
    late_names = ", ".join(
        in_sentence(r.unit.name) + (f" {vn_delay(r.late_by)}" if r.late_by else "")
        for r in table.rows
        if r.timeliness is Timeliness.LATE
    )
    line = (
        f"  {table.form.title}: {table.reported()}/{len(table.rows)} đơn vị đã báo cáo"
        f" ({on_time} đúng hạn, {late} muộn{f' ({late_names})' if late_names else ''});"
        f" {review} chờ kiểm tra"
    )
    for where, words in _ABSENT:
        names = [in_sentence(r.unit.name) for r in table.rows if r.standing is where]
        if names:
            line += f"; {words}: {', '.join(names)}"
    return line


_ABSENT = (
    (Standing.REJECTED, "bị từ chối"),
    (Standing.MISSING, "chưa báo cáo"),
    (Standing.NOT_DUE, "chưa gửi (chưa đến hạn)"),
)
