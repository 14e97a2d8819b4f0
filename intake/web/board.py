"""The week board: for each form, its units down and its latest periods across.

Each cell is where the unit stands for that form and period, by aggregate.standing (the
one definition of "reported" that status, completeness and the report share).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from intake.aggregate import standing, units_of
from intake.context import Context
from intake.i18n import N_
from intake.models import Form, Standing, Unit
from intake.store import Store
from intake.web.desk import delay, tr

LABELS = {
    Standing.ON_TIME: N_("Đúng hạn"),
    Standing.LATE: N_("Muộn"),
    Standing.HELD: N_("Chờ kiểm tra"),
    Standing.REJECTED: N_("Bị từ chối"),
    Standing.MISSING: N_("Chưa gửi"),
    Standing.NOT_DUE: N_("Chưa đến hạn"),
}


@dataclass(frozen=True)
class Cell:
    standing: Standing
    report: int | None  # the current report's id, which the cell opens
    late_by: timedelta | None = None
    before_start: bool = False  # before the first period anyone reported in: not known

    @property
    def css(self) -> str:
        return "none" if self.before_start else self.standing.value

    @property
    def label(self) -> str:
        if self.before_start:
            return "—"
        if self.standing is Standing.LATE and self.late_by:
            return tr("Muộn {delay}", delay=delay(self.late_by))
        return tr(LABELS[self.standing])


@dataclass(frozen=True)
class Line:
    unit: Unit
    cells: tuple[Cell, ...]  # one per period, the latest first


@dataclass(frozen=True)
class Board:
    form: Form
    periods: tuple[date, ...]  # the latest first
    names: tuple[str, ...]  # each period as units name it
    deadline: datetime  # of the latest period
    lines: tuple[Line, ...]

    def counts(self) -> Counter[Standing]:
        """How the units stand in the latest period."""
        return Counter(line.cells[0].standing for line in self.lines)

    def note(self) -> str:
        """What a "—" means, when a cell shows one."""
        if any(c.before_start for line in self.lines for c in line.cells):
            return tr("—: kỳ trước khi có báo cáo đầu tiên của mẫu này trên hệ thống")
        return ""

    def not_in(self) -> list[Line]:
        """The units that have sent nothing for the latest period (missing or not due)."""
        return [
            line
            for line in self.lines
            if line.cells[0].standing in (Standing.MISSING, Standing.NOT_DUE, Standing.REJECTED)
        ]


def boards(store: Store, context: Context, now: datetime, periods: int = 8) -> list[Board]:
    return [board(store, context, form, now, periods) for form in context.forms.values()]


def board(store: Store, context: Context, form: Form, now: datetime, periods: int) -> Board:
    calendar = context.calendar_for(form.id)
    ends = [calendar.current(now)]
    while len(ends) < periods:
        ends.append(calendar.previous(ends[-1]))
    by_period = {
        end: {r.unit: r for r in store.reports(period_end=end, form=form.id)} for end in ends
    }
    units = units_of(form, context, {unit for reports in by_period.values() for unit in reports})
    # The first period anyone reported this form in: before it, intake was not in use.
    row = store.conn.execute(
        "SELECT min(period_end) FROM reports WHERE form = ?", (form.id,)
    ).fetchone()
    first = date.fromisoformat(row[0]) if row and row[0] else None
    lines = []
    for unit in units:
        cells = []
        for end in ends:
            report = by_period[end].get(unit.id)
            deadline = calendar.deadline(end)
            where = standing(report, deadline, now)
            late_by = None
            if where is Standing.LATE and report is not None and report.received_at:
                late_by = report.received_at - deadline
            unknown = report is None and (first is None or end < first)
            cells.append(Cell(where, report.id if report else None, late_by, unknown))
        lines.append(Line(unit, tuple(cells)))
    return Board(
        form,
        tuple(ends),
        tuple(calendar.name(end) for end in ends),
        calendar.deadline(ends[0]),
        tuple(lines),
    )
