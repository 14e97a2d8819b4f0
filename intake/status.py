"""`intake status`: what a clerk wants to know at a glance, in the language in use
(Vietnamese unless English is asked for: intake/i18n.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from intake import aggregate, alerts, outbox
from intake.app import App
from intake.i18n import N_, _
from intake.models import Form, FormTable, Standing, Timeliness
from intake.render.words import in_sentence


def describe(app: App, now: datetime) -> str:
    calendar = app.context.calendar
    counts = app.store.counts()
    last = app.store.get_state("last_fetch")
    lines = [
        _("Mailbox: {kind} {where}").format(kind=app.config.mailbox.kind, where=_mailbox(app)),
        _("Last reading of the mailbox: {when}").format(
            when=_local(last, calendar) if last else _("never read yet")
        ),
        _(
            "Messages stored: {total} ({processed} processed, {quarantined} quarantined,"
            " {waiting} waiting)"
        ).format(
            total=sum(v for k, v in counts.items() if k.startswith("messages_")),
            processed=counts.get("messages_processed", 0),
            quarantined=counts.get("messages_quarantined", 0),
            waiting=counts.get("messages_archived", 0),
        ),
        _("Current reports: {accepted} accepted, {review} awaiting review").format(
            accepted=counts.get("current_accepted", 0),
            review=counts.get("current_needs_review", 0),
        ),
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
        noun = _(_NOUNS.get(calendar.noun, calendar.noun))
        lines += [
            "",
            _("{period} {start} - {end} (due {deadline}):").format(
                period=noun[:1].upper() + noun[1:],
                start=f"{report.period_start:%d/%m/%Y}",
                end=f"{report.period_end:%d/%m/%Y}",
                deadline=f"{report.deadline:%H:%M %d/%m/%Y}",
            ),
        ]
        lines += [_table_line(t) for t in report.tables]
    return lines


# A calendar's noun (intake.cycles.NOUNS, in Vietnamese) by its message id.
_NOUNS = {"tuần": N_("week"), "tháng": N_("month"), "quý": N_("quarter"), "năm": N_("year")}


def _outbox(app: App) -> list[str]:
    """Acknowledgments and reminders not sent yet, or given up: nothing when all went."""
    health = outbox.health(app.store)
    if not (health.waiting or health.stale):
        return []
    hours = app.config.outbox.stale_hours
    lines = [
        "",
        _(
            "Acknowledgments and reminders not sent: {waiting} waiting to be sent again,"
            " {stale} given up (not sent for over {hours} hours)"
        ).format(waiting=health.waiting, stale=health.stale, hours=hours),
    ]
    if health.last_error:
        at = health.last_error_at
        when = f" ({app.context.calendar.local(at):%H:%M %d/%m/%Y})" if at else ""
        lines.append(
            _("  Last error{when}: {what}. Details: {error}").format(
                when=when, what=vn_send_error(health.last_error), error=health.last_error
            )
        )
    return lines


# What a clerk reads for a failure of the transport (intake.send words them in English).
_SEND_ERRORS = (
    ("login refused", N_("the mail server refused the login (wrong username or password)")),
    ("recipient refused", N_("the mail server refused the recipient's address")),
    (
        "connection refused",
        N_("cannot connect to the mail server (the server is not running or the port is wrong)"),
    ),
    ("unknown host", N_("the mail server was not found (wrong server name)")),
    ("timed out", N_("the mail server does not answer")),
    ("closed the connection", N_("the mail server closed the connection midway")),
    ("certificate", N_("the mail server's security certificate is not trusted")),
    ("tls", N_("secure connection (TLS) error with the mail server")),
    ("refused", N_("the mail server refused the mail")),
    ("cannot write", N_("cannot write the mail into the sending folder")),
)


def vn_send_error(error: str) -> str:
    """The failure of a send in a few words (Vietnamese unless English is in use), from
    the transport's message."""
    lowered = error.lower()
    found = next((m for words, m in _SEND_ERRORS if words in lowered), None)
    return _(found) if found else _("the mail could not be sent")


def _proposals(app: App) -> list[str]:
    """Addresses that sent a unit's report but are not in the unit directory yet."""
    proposed = [
        (a, u, n)
        for a, u, n in app.store.proposed_addresses()
        if not app.context.directory.by_email(a)
    ]
    if not proposed:
        return []
    lines = ["", _("New addresses that sent reports (not in the unit directory yet):")]
    for address, unit_id, count in proposed:
        unit = app.context.directory.get(unit_id)
        lines.append(
            _("  {address} -> {unit} ({count} reports)").format(
                address=address, unit=unit.name if unit else unit_id, count=count
            )
        )
    lines.append(
        _("  If right, add the address to the emails column of {units}.").format(
            units=app.config.directory.units
        )
    )
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
        in_sentence(r.unit.name) + (f" {_delay(r.late_by)}" if r.late_by else "")
        for r in table.rows
        if r.timeliness is Timeliness.LATE
    )
    line = _(
        "  {form}: {reported}/{total} units reported ({on_time} on time, {late} late{names});"
        " {review} awaiting review"
    ).format(
        form=table.form.title,
        reported=table.reported(),
        total=len(table.rows),
        on_time=on_time,
        late=late,
        names=f" ({late_names})" if late_names else "",
        review=review,
    )
    for where, words in _ABSENT:
        names = [in_sentence(r.unit.name) for r in table.rows if r.standing is where]
        if names:
            line += f"; {_(words)}: {', '.join(names)}"
    return line


def _delay(delay: timedelta) -> str:
    """ "2 giờ 15 phút", "1 ngày 3 giờ" (as intake.render.words.vn_delay); "" under a
    minute."""
    days, minutes = divmod(max(0, int(delay.total_seconds() // 60)), 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [_("{n} d").format(n=days)] if days else []
    parts += [_("{n} h").format(n=hours)] if hours else []
    parts += [_("{n} min").format(n=minutes)] if minutes and not days else []
    return " ".join(parts)


_ABSENT = (
    (Standing.REJECTED, N_("rejected")),
    (Standing.MISSING, N_("not reported")),
    (Standing.NOT_DUE, N_("not sent (not due yet)")),
)
