"""Reminders: before the deadline, a short letter to each unit that has not reported.

    now --due_slot--> (period, slot) --missing--> units without a current report
        --reminder.txt.j2--> EmailMessage --outbox.deliver--> sent once:
                                            "reminder:<period_end>:<slot index>:<unit id>"

Every run sends reminders, so every run first sends again what the outbox holds that is
due (`outbox.retry_due`): acknowledgments and reminders that failed, or that a crash
cut off after their reservation.

The current period is the one whose deadline comes next.  A slot (`[reminders] at`, e.g.
"wednesday 15:00") belongs to the period whose deadline follows it within seven days,
and is due from its time until that deadline: a daemon that was down at 15:00 sends the
reminder when it starts, if the deadline has not passed.  Only the latest slot due is
sent (a daemon started on Thursday at 10:00 sends the Thursday reminder, not both), and
a unit reminded less than MIN_GAP ago waits, so that no unit gets two letters in a row.

A unit is reminded of the forms it is expected to send every week (`expected = true`;
the form's `units`, or the whole directory) that it has no current report for, accepted
or held for review; a message held whole (no form could be read) counts as a report of
every form.  A unit without an email address is skipped.

A form with its own `[period]` (a monthly one, say) is reminded on its own: of its own
period, at its own `reminders` ("3 days before 09:00"), in its own letter, under the
key "reminder:<form id>:<period_end>:<slot index>:<unit id>".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from loguru import logger

from intake import outbox
from intake.app import App
from intake.config import WeeklyTime
from intake.context import AnyCalendar
from intake.cycles import DaysBefore
from intake.errors import ConfigError
from intake.models import Form, Status, Unit
from intake.render.words import local, vn_deadline, vn_period, vn_short_period

TEXT_TEMPLATE = "reminder.txt.j2"
MIN_GAP = timedelta(hours=2)
_COUNTED = (Status.ACCEPTED, Status.NEEDS_REVIEW)


# ---------------------------------------------------------------------------
# When.


@dataclass(frozen=True)
class Slot:
    index: int  # its place in `[reminders] at`: part of the outbox key
    at: datetime


Time = WeeklyTime | DaysBefore


@dataclass(frozen=True)
class Schedule:
    """Forms reminded together: of one calendar's periods, at the same times."""

    calendar: AnyCalendar
    times: tuple[Time, ...]
    forms: tuple[Form, ...]
    prefix: str  # of the outbox keys: "reminder:" for the office's weekly forms


def current_period(calendar: AnyCalendar, now: datetime) -> date:
    """The end of the period whose deadline comes next (strictly after `now`)."""
    return calendar.current(now)


def slots(calendar: AnyCalendar, end: date, times: Sequence[Time]) -> list[Slot]:
    """Each configured time before the deadline of period `end`: a weekday and time in
    the seven days before it, or a number of days before it."""
    deadline = calendar.deadline(end)
    out = []
    for index, when in enumerate(times):
        if isinstance(when, DaysBefore):
            day = deadline.date() - timedelta(days=when.days)
            out.append(Slot(index, datetime.combine(day, when.at, tzinfo=calendar.tz)))
            continue
        day = deadline.date() - timedelta(days=(deadline.weekday() - when.weekday) % 7)
        at = datetime.combine(day, when.at, tzinfo=calendar.tz)
        out.append(Slot(index, at if at < deadline else at - timedelta(days=7)))
    return out


def due_slot(
    calendar: AnyCalendar, times: Sequence[Time], now: datetime
) -> tuple[date, Slot] | None:
    """The current period and its latest slot that has passed, if any."""
    end = current_period(calendar, now)
    passed = [s for s in slots(calendar, end, times) if s.at <= calendar.local(now)]
    return (end, max(passed, key=lambda s: s.at)) if passed else None


# ---------------------------------------------------------------------------
# Who.


def schedules(app: App) -> list[Schedule]:
    """The office's weekly forms at `[reminders] at`; then each form with its own
    `[period]`, at its own reminders."""
    context, default = app.context, app.config.reminders.at
    own = context.calendars or {}
    weekly = tuple(f for f in context.forms.values() if f.expected and f.id not in own)
    out = [Schedule(context.calendar, tuple(default), weekly, "reminder:")]
    for form in (f for f in context.forms.values() if f.expected and f.id in own):
        calendar = own[form.id]
        out.append(
            Schedule(calendar, _times(form, calendar, default), (form,), f"reminder:{form.id}:")
        )
    return out


def _times(form: Form, calendar: AnyCalendar, default: Sequence[WeeklyTime]) -> tuple[Time, ...]:
    reminders = form.schedule.reminders if form.schedule else None
    if calendar.kind != "weekly":
        return tuple(calendar.cycle.reminders)  # type: ignore[union-attr]
    if reminders is None:
        return tuple(default)
    return tuple(WeeklyTime(day, at) for day, at in reminders)


def missing(
    app: App, end: date, forms: Sequence[Form] | None = None
) -> list[tuple[Unit, list[Form]]]:
    """Each unit with the `forms` (the office's weekly forms) it has sent nothing for,
    in directory order."""
    if forms is None:
        forms = schedules(app)[0].forms
    calendar = app.context.calendar_for(forms[0].id if forms else None)
    reported = _reported(app, end, calendar)
    weekly = list(forms)
    out = []
    for unit in app.context.directory:
        if (unit.id, None) in reported:
            continue
        forms = [
            f
            for f in weekly
            if (not f.units or unit.id in f.units) and (unit.id, f.id) not in reported
        ]
        if forms:
            out.append((unit, forms))
    return out


def _reported(app: App, end: date, calendar: AnyCalendar) -> set[tuple[str | None, str | None]]:
    """(unit, form) of every current report of the period, accepted or held; (unit, None)
    for a message held whole, sent after the previous deadline, whose unit is known."""
    found = {(r.unit, r.form) for r in app.store.reports(period_end=end) if r.status in _COUNTED}
    since = calendar.deadline(calendar.previous(end))
    for r in app.store.unassigned_reports():
        if r.unit is None:
            continue
        if r.period_end == end or (
            r.period_end is None and r.received_at is not None and r.received_at > since
        ):
            found.add((r.unit, r.form))
    return found


# ---------------------------------------------------------------------------
# What.


@dataclass(frozen=True)
class ReminderForm:
    """A form the unit has not sent.

    title:  "Báo cáo kết quả tuyên truyền tuần"
    labels: ("Số tin, bài", "Độ dài, thời lượng (phút)", ...), in form order
    fields: the labels as one phrase, "Số tin, bài; Độ dài, thời lượng (phút); ..."
    """

    title: str
    labels: tuple[str, ...]
    fields: str


@dataclass(frozen=True)
class ReminderContext:
    """Everything reminder.txt.j2 sees, as top-level variables.

    office:   the office's name, which signs the letter
    greeting: whom it greets: "UBND xã Bản Bo", "Đài Truyền thanh - Truyền hình huyện"
    unit:     the unit's name in the directory, "Xã Bản Bo"
    subject:  the e-mail's subject
    noun:     what the period is: "tuần", "tháng", "quý", "năm"
    period:   "từ ngày 29/01/2021 đến ngày 04/02/2021"
    deadline: "16 giờ 00, thứ Năm ngày 04/02/2021"
    forms:    one ReminderForm per form missing
    example:  a line to reply with, "Số tin, bài: 12"
    """

    office: str
    greeting: str
    unit: str
    subject: str
    noun: str
    period: str
    deadline: str
    forms: tuple[ReminderForm, ...]
    example: str

    def variables(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def build_context(
    unit: Unit, forms: Sequence[Form], end: date, calendar: AnyCalendar, office: str
) -> ReminderContext:
    start, deadline = calendar.start(end), calendar.deadline(end)
    first = forms[0].fields[0] if forms and forms[0].fields else None
    return ReminderContext(
        office=office,
        greeting=outbox.addressee(unit),
        unit=unit.name,
        subject=(
            f"Nhắc gửi báo cáo {calendar.noun} {vn_short_period(start, end)}"
            f" (hạn {deadline:%H} giờ {deadline:%M} ngày {deadline:%d/%m/%Y})"
        ),
        noun=calendar.noun,
        period=vn_period(start, end),
        deadline=vn_deadline(deadline, calendar.tz),
        forms=tuple(_form(f) for f in forms),
        example=f"{first.label}: {45 if first.type == 'minutes' else 12}" if first else "",
    )


def _form(form: Form) -> ReminderForm:
    labels = tuple(f.label for f in form.fields)
    return ReminderForm(form.title, labels, "; ".join(labels))


def render_text(context: ReminderContext, templates_dir: Path | None = None) -> str:
    return outbox.render(templates_dir, TEXT_TEMPLATE, context.variables(), "ReminderContext")


def check_template(templates_dir: Path | None = None) -> str:
    """Render the template with a sample: what `intake check` can report."""
    form = ReminderForm("Báo cáo tuần", ("Số tin, bài", "Số lần phát sóng"), "Số tin, bài; ...")
    sample = ReminderContext(
        "Văn phòng",
        "UBND xã Bản Bo",
        "Xã Bản Bo",
        "Nhắc gửi báo cáo",
        "tuần",
        "từ ngày 29/01/2021 đến ngày 04/02/2021",
        "16 giờ 00, thứ Năm ngày 04/02/2021",
        (form,),
        "Số tin, bài: 12",
    )
    render_text(sample, templates_dir)
    return TEXT_TEMPLATE


def reminder(app: App, unit: Unit, forms: Sequence[Form], end: date, now: datetime) -> EmailMessage:
    calendar = app.context.calendar_for(forms[0].id if forms else None)
    context = build_context(unit, forms, end, calendar, app.config.office.name)
    return outbox.office_message(
        app,
        subject=context.subject,
        to=unit.emails,
        now=now,
        auto_submitted="auto-generated",
        text=render_text(context, app.config.report.templates),
    )


# ---------------------------------------------------------------------------
# Sending.


def send_reminders(app: App, now: datetime) -> list[str]:
    """Send what the outbox holds that is due again, then the reminders due at `now` that
    have not gone out (of the weekly forms, then of each form with its own period); the
    keys of these reminders.

    A transport or template problem is logged (a failed send is recorded in the outbox,
    and tried again at a later run) and never raised.
    """
    outbox.retry_due(app, now)
    if not app.config.reminders.enabled:
        return []
    sent: list[str] = []
    for schedule in schedules(app):
        if schedule.forms:
            sent += _send_schedule(app, schedule, now)
    return sent


def _send_schedule(app: App, schedule: Schedule, now: datetime) -> list[str]:
    found = due_slot(schedule.calendar, schedule.times, now)
    if found is None:
        return []
    end, slot = found
    prefix = f"{schedule.prefix}{end.isoformat()}:"
    sent = []
    for unit, forms in missing(app, end, schedule.forms):
        key = f"{prefix}{slot.index}:{unit.id}"
        if not unit.emails:
            logger.debug("no reminder for {}: it has no email address", unit.id)
            continue
        if outbox.exists(app.store, key) or _recent(app, prefix, unit, now):
            continue
        try:
            message = reminder(app, unit, forms, end, now)
        except ConfigError as e:
            logger.error("reminders not sent: {} ({})", e, e.hint)
            break
        entry = outbox.letter(key, "reminder", message, unit.id)
        if outbox.deliver(app, entry, now) is outbox.Outcome.SENT:
            at = local(slot.at, schedule.calendar.tz)
            logger.info(
                "reminder {} (slot {:%a %H:%M}) sent to {}", key, at, ", ".join(unit.emails)
            )
            sent.append(key)
    return sent


def _recent(app: App, prefix: str, unit: Unit, now: datetime) -> bool:
    last = outbox.last_created(app.store, prefix, unit.id)
    return last is not None and now - last < MIN_GAP
