"""Completeness and timeliness over past periods: a unit x week table for each form,
like the reporting-rate tables of health information systems.

Each cell is what the consolidated report of that week would show for the unit: on
time, late (and by how long), held for review, or missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from intake import aggregate
from intake.context import Context
from intake.models import Form, Timeliness, Unit
from intake.store import Store

MARKS = {
    Timeliness.ON_TIME: "Đ",
    Timeliness.LATE: "M",
    Timeliness.REVIEW: "K",
    Timeliness.MISSING: "–",
}
LEGEND = "Ký hiệu: Đ đúng hạn, M muộn, K chờ kiểm tra, – chưa báo cáo"


@dataclass(frozen=True)
class Cell:
    timeliness: Timeliness
    late_by: timedelta | None = None


@dataclass(frozen=True)
class Grid:
    form: Form
    periods: tuple[date, ...]
    units: tuple[Unit, ...]
    cells: dict[tuple[str, date], Cell]

    def cell(self, unit: Unit, period: date) -> Cell:
        return self.cells.get((unit.id, period), Cell(Timeliness.MISSING))

    def reported(self, period: date) -> int:
        return sum(
            1
            for u in self.units
            if self.cell(u, period).timeliness in (Timeliness.ON_TIME, Timeliness.LATE)
        )

    def on_time(self, unit: Unit) -> int:
        return sum(1 for p in self.periods if self.cell(unit, p).timeliness is Timeliness.ON_TIME)


def periods(context: Context, start: date, end: date) -> list[date]:
    calendar = context.calendar
    first, last = calendar.end_on_or_after(start), calendar.end_on_or_after(end)
    if last > end:
        last -= timedelta(days=7)
    out, current = [], first
    while current <= last:
        out.append(current)
        current += timedelta(days=7)
    return out


def grids(store: Store, context: Context, start: date, end: date, now: datetime) -> Iterator[Grid]:
    """One grid per weekly form (forms sent on request have no completeness)."""
    ends = periods(context, start, end)
    reports = [aggregate.build(store, context, p, now, "") for p in ends]
    for form in (f for f in context.forms.values() if f.expected):
        cells: dict[tuple[str, date], Cell] = {}
        units: dict[str, Unit] = {}
        for report in reports:
            table = next(t for t in report.tables if t.form.id == form.id)
            for row in table.rows:
                units.setdefault(row.unit.id, row.unit)
                late_by = None
                if row.timeliness is Timeliness.LATE and row.received_at:
                    late_by = row.received_at - report.deadline
                cells[(row.unit.id, report.period_end)] = Cell(row.timeliness, late_by)
        yield Grid(form, tuple(ends), tuple(units.values()), cells)


def render_text(grid: Grid) -> str:
    width = max([len(u.name) for u in grid.units] + [10])
    head = " ".join(f"{p:%d/%m}" for p in grid.periods)
    lines = [
        f"{grid.form.title}: từ {grid.periods[0]:%d/%m/%Y} đến {grid.periods[-1]:%d/%m/%Y}"
        if grid.periods
        else grid.form.title,
        f"{'Đơn vị':<{width}}  {head}  Đúng hạn",
    ]
    for unit in grid.units:
        marks = " ".join(f"{MARKS[grid.cell(unit, p).timeliness]:^5}" for p in grid.periods)
        lines.append(f"{unit.name:<{width}}  {marks}  {grid.on_time(unit)}/{len(grid.periods)}")
    counts = " ".join(f"{grid.reported(p):>2}/{len(grid.units):<2}" for p in grid.periods)
    lines.append(f"{'Đã báo cáo':<{width}}  {counts}")
    lines.append(LEGEND)
    return "\n".join(lines)


def rows(grid: Grid) -> Iterator[dict[str, object]]:
    """The grid as records, for CSV and JSON."""
    for unit in grid.units:
        for period in grid.periods:
            cell = grid.cell(unit, period)
            yield {
                "form": grid.form.id,
                "unit": unit.id,
                "unit_name": unit.name,
                "period_end": period.isoformat(),
                "status": cell.timeliness.value,
                "late_hours": round(cell.late_by.total_seconds() / 3600, 1)
                if cell.late_by
                else None,
            }
