"""Stage "aggregate": the current reports of a period, as one table per form.

Every expected unit gets a row: on time, late, held for review, or missing.  Totals
count only accepted reports; a held report's figures are not shown until a clerk
accepts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from statistics import fmean

from intake.context import Context
from intake.models import Form, FormTable, PeriodReport, Row, Status, Timeliness, Unit
from intake.store import Store, StoredReport

_AGGREGATE: dict[str, Callable[[list[float]], float]] = {
    "sum": sum,
    "max": max,
    "min": min,
    "mean": fmean,
}


def build(
    store: Store, context: Context, period_end: date, now: datetime, office: str
) -> PeriodReport:
    calendar = context.calendar
    deadline = calendar.deadline(period_end)
    tables = tuple(
        _table(form, context, store.reports(period_end=period_end, form=form.id), deadline)
        for form in context.forms.values()
    )
    return PeriodReport(
        period_start=calendar.start(period_end),
        period_end=period_end,
        deadline=deadline,
        generated_at=calendar.local(now),
        office=office,
        tables=tables,
    )


def _units(form: Form, context: Context, reported: set[str | None]) -> list[Unit]:
    """The units of the table: those expected to send the form, and any that did."""
    if not form.expected:
        return [u for u in context.directory if u.id in reported]
    return [
        u for u in context.directory if not form.units or u.id in form.units or u.id in reported
    ]


def _table(
    form: Form, context: Context, reports: Iterable[StoredReport], deadline: datetime
) -> FormTable:
    by_unit = {r.unit: r for r in reports}
    units = _units(form, context, set(by_unit))
    rows = tuple(_row(unit, by_unit.get(unit.id), deadline) for unit in units)
    return FormTable(form, rows, _totals(form, rows))


def _row(unit: Unit, report: StoredReport | None, deadline: datetime) -> Row:
    if report is None or report.status is Status.REJECTED:
        return Row(unit, Timeliness.MISSING)
    if report.status is not Status.ACCEPTED:
        return Row(unit, Timeliness.REVIEW, {}, report.received_at, report.id)
    if not report.late:
        return Row(unit, Timeliness.ON_TIME, dict(report.values), report.received_at, report.id)
    late_by = report.received_at - deadline if report.received_at else None
    return Row(unit, Timeliness.LATE, dict(report.values), report.received_at, report.id, late_by)


def _totals(form: Form, rows: tuple[Row, ...]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for field in form.fields:
        values = [r.values[field.key] for r in rows if field.key in r.values]
        if values:
            totals[field.key] = _AGGREGATE[field.aggregate](values)
    return totals
