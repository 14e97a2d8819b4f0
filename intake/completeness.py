"""Completeness and timeliness over past periods: a unit x week table for each form,
like the reporting-rate tables of health information systems.

Each cell is where the unit stands in the consolidated report of that period
(aggregate.standing): on time, late (and by how long), held for review, rejected,
missing, or not yet due.  A period whose deadline has not passed is never missing, and
is left out of a unit's "on time" count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from intake import aggregate
from intake.context import Context
from intake.i18n import _
from intake.models import Form, Standing, Unit
from intake.store import Store

MARKS = {
    Standing.ON_TIME: "Đ",
    Standing.LATE: "M",
    Standing.HELD: "K",
    Standing.REJECTED: "T",
    Standing.MISSING: "–",
    Standing.NOT_DUE: "·",
}


@dataclass(frozen=True)
class Cell:
    standing: Standing
    late_by: timedelta | None = None


@dataclass(frozen=True)
class Grid:
    form: Form
    periods: tuple[date, ...]
    units: tuple[Unit, ...]
    cells: dict[tuple[str, date], Cell]
    due: frozenset[date] = frozenset()  # the periods whose deadline has passed

    def cell(self, unit: Unit, period: date) -> Cell:
        default = Standing.MISSING if period in self.due else Standing.NOT_DUE
        return self.cells.get((unit.id, period), Cell(default))

    def reported(self, period: date) -> int:
        return sum(1 for u in self.units if self.cell(u, period).standing.reported)

    def on_time(self, unit: Unit) -> int:
        return sum(1 for p in self.periods if self.cell(unit, p).standing is Standing.ON_TIME)

    def due_count(self) -> int:
        """How many of the periods shown have passed their deadline: "Đúng hạn 3/5"."""
        return sum(1 for p in self.periods if p in self.due)


def periods(context: Context, start: date, end: date, form: Form | None = None) -> list[date]:
    """The ends of the periods of `form` (its own [period], else the office's weeks)
    that end between `start` and `end`."""
    return context.calendar_for(form.id if form else None).ends(start, end)


def grids(store: Store, context: Context, start: date, end: date, now: datetime) -> Iterator[Grid]:
    """One grid per expected form, over its own periods (forms sent on request have no
    completeness)."""
    for form in (f for f in context.forms.values() if f.expected):
        ends = periods(context, start, end, form)
        reports = [aggregate.build(store, context, p, now, "", forms=[form]) for p in ends]
        cells: dict[tuple[str, date], Cell] = {}
        units: dict[str, Unit] = {}
        for report in reports:
            [table] = report.tables
            for row in table.rows:
                units.setdefault(row.unit.id, row.unit)
                where = row.standing or Standing.MISSING
                cells[(row.unit.id, report.period_end)] = Cell(where, row.late_by)
        due = frozenset(r.period_end for r in reports if r.deadline <= now)
        yield Grid(form, tuple(ends), tuple(units.values()), cells, due)


def render_text(grid: Grid) -> str:
    width = max([len(u.name) for u in grid.units] + [10])
    head = " ".join(f"{p:%d/%m}" for p in grid.periods)
    lines = [
        _("{form}: from {start} to {end}").format(
            form=grid.form.title,
            start=f"{grid.periods[0]:%d/%m/%Y}",
            end=f"{grid.periods[-1]:%d/%m/%Y}",
        )
        if grid.periods
        else grid.form.title,
        f"{_('Unit'):<{width}}  {head}  {_('On time')}",
    ]
    for unit in grid.units:
        marks = " ".join(f"{MARKS[grid.cell(unit, p).standing]:^5}" for p in grid.periods)
        lines.append(f"{unit.name:<{width}}  {marks}  {grid.on_time(unit)}/{grid.due_count()}")
    counts = " ".join(
        f"{grid.reported(p):>2}/{len(grid.units):<2}" if p in grid.due else f"{'·':^5}"
        for p in grid.periods
    )
    lines.append(f"{_('Reported'):<{width}}  {counts}")
    lines.append(  # the legend of the marks, in the language in use
        _("Marks: Đ on time, M late, K awaiting review, T rejected, – not reported, · not due yet")
    )
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
                "status": cell.standing.value,
                "late_hours": round(cell.late_by.total_seconds() / 3600, 1)
                if cell.late_by
                else None,
            }
