"""Stage "aggregate": the current reports of a period, as one table per form.

Every expected unit gets a row: on time, late, held for review, rejected, missing, or
not yet due.  `standing` is the one definition of "reported": status, completeness, the
report and its summary all read it, so that they never disagree on who sent.  Totals
count only accepted reports; a held report's figures are not shown until a clerk
accepts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from statistics import fmean

from intake.context import Context
from intake.cycles import NOUNS
from intake.models import Form, FormTable, PeriodReport, Row, Standing, Status, Unit
from intake.store import Store, StoredReport, parse_iso

_AGGREGATE: dict[str, Callable[[list[float]], float]] = {
    "sum": sum,
    "max": max,
    "min": min,
    "mean": fmean,
}


def build(
    store: Store,
    context: Context,
    period_end: date,
    now: datetime,
    office: str,
    forms: Sequence[Form] | None = None,
) -> PeriodReport:
    """The report of the period ending `period_end`: a table for each of `forms`, by
    default the forms whose period ends that day (a Thursday's weekly forms; a monthly
    form on its 20th), each judged against its own deadline."""
    chosen = list(forms) if forms is not None else due_on(context, period_end)
    calendar = context.calendar_for(chosen[0].id) if chosen else context.calendar
    deadline = calendar.deadline(period_end)
    tables = tuple(
        _table(
            form,
            context,
            current_reports(store, period_end, form.id),
            context.calendar_for(form.id).deadline(period_end),
            now,
        )
        for form in chosen
    )
    return PeriodReport(
        period_start=calendar.start(period_end),
        period_end=period_end,
        deadline=deadline,
        generated_at=calendar.local(now),
        office=office,
        tables=tables,
        noun=calendar.noun,
    )


@dataclass(frozen=True)
class Current:
    """What a table needs of a unit's current report for a form and a period."""

    id: int
    unit: str
    status: Status
    received_at: datetime | None
    late: bool | None
    values: dict[str, float]


def current_reports(store: Store, period_end: date, form: str) -> list[Current]:
    """The current reports of a form and a period, in two queries: what
    `store.reports(period_end=..., form=...)` gives a table, without reading, for each of
    a nation's 10,000 units, the problems, sources and message a table does not show."""
    key = (period_end.isoformat(), form)
    values: dict[int, dict[str, float]] = {}
    for report, field, value in store.conn.execute(
        "SELECT v.report, v.field, v.value FROM report_values v JOIN reports r"
        " ON r.id = v.report WHERE r.period_end = ? AND r.form = ? AND r.is_current = 1",
        key,
    ):
        values.setdefault(report, {})[field] = value
    rows = store.conn.execute(
        "SELECT id, unit, status, received_at, late FROM reports"
        " WHERE period_end = ? AND form = ? AND is_current = 1 ORDER BY unit, id",
        key,
    ).fetchall()
    return [
        Current(
            report_id,
            unit,
            Status(status),
            parse_iso(received_at),
            None if late is None else bool(late),
            values.get(report_id, {}),
        )
        for report_id, unit, status, received_at, late in rows
    ]


def due_on(context: Context, period_end: date) -> list[Form]:
    """The forms of the first report of `period_end` (`reports_on`): on a Thursday that
    is also a monthly form's 20th, the weekly forms, never a table under another period's
    heading (pass `forms` for the month's).  On a day that ends none, the office's
    weekly forms, as before forms had periods."""
    return reports_on(context, period_end)[0]


def reports_on(context: Context, period_end: date) -> list[list[Form]]:
    """The forms whose period ends on `period_end`, one list per kind of period: a
    report each.  The office's weeks first, then months, quarters, years; a day that
    ends a week and a monthly form's month gives two reports, each under its heading."""
    forms = list(context.forms.values())
    ending = [f for f in forms if _ends(context, f, period_end)]
    if not ending:
        return [[f for f in forms if f.id not in (context.calendars or {})]]
    groups: dict[str, list[Form]] = {}
    for form in ending:
        groups.setdefault(context.calendar_for(form.id).noun, []).append(form)
    return sorted(groups.values(), key=lambda g: _ORDER.get(context.calendar_for(g[0].id).noun, 9))


_ORDER = {noun: i for i, noun in enumerate(NOUNS.values())}  # week, month, quarter, year


def _ends(context: Context, form: Form, day: date) -> bool:
    return context.calendar_for(form.id).end_on_or_after(day) == day


def units_of(form: Form, context: Context, reported: set[str | None]) -> list[Unit]:
    """The units of the table: those expected to send the form, and any that did."""
    if not form.expected:
        return [u for u in context.directory if u.id in reported]
    return [
        u for u in context.directory if not form.units or u.id in form.units or u.id in reported
    ]


def standing(report: StoredReport | Current | None, deadline: datetime, now: datetime) -> Standing:
    """Where a unit stands for a form and a period, given its current report (or none).

    Before the deadline, a unit that has sent nothing is "chưa đến hạn", never missing."""
    if report is None:
        return Standing.MISSING if now >= deadline else Standing.NOT_DUE
    if report.status is Status.REJECTED:
        return Standing.REJECTED
    if report.status is not Status.ACCEPTED:
        return Standing.HELD
    return Standing.LATE if report.late else Standing.ON_TIME


def _table(
    form: Form,
    context: Context,
    reports: Iterable[StoredReport | Current],
    deadline: datetime,
    now: datetime,
) -> FormTable:
    by_unit = {r.unit: r for r in reports}
    units = units_of(form, context, set(by_unit))
    rows = tuple(_row(unit, by_unit.get(unit.id), deadline, now) for unit in units)
    return FormTable(form, rows, _totals(form, rows))


def _row(
    unit: Unit, report: StoredReport | Current | None, deadline: datetime, now: datetime
) -> Row:
    where = standing(report, deadline, now)
    if report is None or not (where.reported or where is Standing.HELD):
        return Row(unit, where.timeliness, standing=where)
    values = dict(report.values) if where.reported else {}
    late_by = None
    if where is Standing.LATE and report.received_at:
        late_by = report.received_at - deadline
    return Row(unit, where.timeliness, values, report.received_at, report.id, late_by, where)


def _totals(form: Form, rows: tuple[Row, ...]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for field in form.fields:
        values = [r.values[field.key] for r in rows if field.key in r.values]
        if values:
            totals[field.key] = _AGGREGATE[field.aggregate](values)
    return totals
