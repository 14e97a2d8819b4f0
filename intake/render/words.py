"""The words and numbers of the weekly report, as district staff read them.

Shared by both outputs (the workbook and the e-mail):

- dates are dd/mm/yyyy in the office's time zone; an aware datetime is converted, a naive
  one is taken as UTC (what SQLite gives back);
- numbers use "." for thousands and "," for decimals (12.500; 2,5), one decimal at most;
- a unit has "reported" when its report was accepted, on time or late.  A report held
  for review is counted apart, and its figures are never shown: an unverified figure must
  not reach the province.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from intake.models import FormTable, Row, Timeliness

WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")

STATUS_LABELS = {
    Timeliness.ON_TIME: "Đúng hạn",
    Timeliness.LATE: "Muộn",
    Timeliness.MISSING: "Chưa báo cáo",
    Timeliness.REVIEW: "Chờ kiểm tra",
}


def status_label(row: Row) -> str:
    """ "Đúng hạn", "Muộn 2 giờ 15 phút", "Chưa báo cáo", "Chờ kiểm tra"."""
    label = STATUS_LABELS[row.timeliness]
    delay = vn_delay(row.late_by) if row.late_by is not None else ""
    return f"{label} {delay}" if row.timeliness is Timeliness.LATE and delay else label


def vn_delay(delay: timedelta) -> str:
    """ "2 giờ 15 phút", "1 ngày 3 giờ"; "" under a minute."""
    days, minutes = divmod(max(0, int(delay.total_seconds() // 60)), 24 * 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{days} ngày"] if days else []
    parts += [f"{hours} giờ"] if hours else []
    parts += [f"{minutes} phút"] if minutes and not days else []
    return " ".join(parts)


NOTE = (
    "Ghi chú: Tổng cộng chỉ tính các báo cáo đã được chấp nhận (đúng hạn và muộn); "
    "số liệu của báo cáo chờ kiểm tra chưa được đưa vào."
)

ACCEPTED = frozenset({Timeliness.ON_TIME, Timeliness.LATE})

# A form's table with more units than this is too long for a Word document or an e-mail:
# they show its totals, and the workbook, which has every unit's row, is attached.
UNIT_ROWS_MAX = 1000

# When a unit is in several tables, its worst status is its status in the whole report.
_SEVERITY = (Timeliness.ON_TIME, Timeliness.LATE, Timeliness.REVIEW, Timeliness.MISSING)
_RANK = {status: n for n, status in enumerate(_SEVERITY)}


def local(moment: datetime, tz: ZoneInfo) -> datetime:
    """The moment in the office's time zone; a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz)


def vn_date(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def vn_datetime(moment: datetime, tz: ZoneInfo) -> str:
    return f"{local(moment, tz):%d/%m/%Y %H:%M}"


def vn_deadline(moment: datetime, tz: ZoneInfo) -> str:
    """ "16 giờ 00, thứ Năm ngày 11/02/2021"."""
    at = local(moment, tz)
    return f"{at.hour} giờ {at.minute:02d}, {WEEKDAYS[at.weekday()]} ngày {vn_date(at)}"


def vn_period(start: date, end: date) -> str:
    """ "từ ngày 05/02/2021 đến ngày 11/02/2021"."""
    return f"từ ngày {vn_date(start)} đến ngày {vn_date(end)}"


def vn_short_period(start: date, end: date) -> str:
    """ "05/02 – 11/02/2021", with the first year only when the years differ."""
    first = vn_date(start) if start.year != end.year else f"{start:%d/%m}"
    return f"{first} – {vn_date(end)}"


def is_integral(value: float) -> bool:
    return float(value).is_integer()


def cell_number(value: float) -> int | float:
    """The figure as a spreadsheet number: an int when it is whole."""
    return int(value) if is_integral(value) else float(value)


def vn_number(value: float) -> str:
    """12500 -> "12.500", 2.5 -> "2,5", 1234.56 -> "1.234,6"."""
    text = f"{value:,.0f}" if is_integral(value) else f"{value:,.1f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def figure(row: Row, key: str) -> float | None:
    """The figure a reader may see: None for a report not accepted or a blank field."""
    if row.timeliness not in ACCEPTED:
        return None
    return row.values.get(key)


@dataclass(frozen=True)
class Counts:
    """How many units are in each state; `reported` counts accepted reports only."""

    expected: int
    on_time: int
    late: int
    review: int
    missing: int

    @property
    def reported(self) -> int:
        return self.on_time + self.late

    def line(self) -> str:
        """ "12/14 (đúng hạn 10, muộn 2, chờ kiểm tra 1, chưa báo cáo 1)"."""
        return (
            f"{self.reported}/{self.expected} (đúng hạn {self.on_time}, muộn {self.late}, "
            f"chờ kiểm tra {self.review}, chưa báo cáo {self.missing})"
        )


def count_rows(statuses: list[Timeliness]) -> Counts:
    return Counts(
        expected=len(statuses),
        on_time=statuses.count(Timeliness.ON_TIME),
        late=statuses.count(Timeliness.LATE),
        review=statuses.count(Timeliness.REVIEW),
        missing=statuses.count(Timeliness.MISSING),
    )


def table_counts(table: FormTable) -> Counts:
    return count_rows([row.timeliness for row in table.rows])


Worst = Mapping[str, tuple[str, Timeliness]]  # unit id -> name, worst status (unit_statuses)


def unit_statuses(tables: tuple[FormTable, ...]) -> dict[str, tuple[str, Timeliness]]:
    """Each unit's name and worst status over all tables, in order of first appearance.

    The functions below take it as `worst`, computed once by a caller that asks several
    (the official document asks seven: 20,000 rows each at a nation's scale)."""
    worst: dict[str, tuple[str, Timeliness]] = {}
    for table in tables:
        for row in table.rows:
            seen = worst.get(row.unit.id)
            if seen is None or _RANK[row.timeliness] > _RANK[seen[1]]:
                worst[row.unit.id] = (row.unit.name, row.timeliness)
    return worst


def report_counts(tables: tuple[FormTable, ...], worst: Worst | None = None) -> Counts:
    """Counts over units, each with its worst status: a unit that sent every form counts."""
    worst = unit_statuses(tables) if worst is None else worst
    return count_rows([status for _, status in worst.values()])


def overall_names(
    tables: tuple[FormTable, ...], status: Timeliness, statuses: Worst | None = None
) -> tuple[str, ...]:
    """Units whose worst state is `status`; with several forms, which forms."""
    names = []
    found = _units_by_table(tables, status)
    statuses = unit_statuses(tables) if statuses is None else statuses
    for unit_id, (name, worst) in statuses.items():
        if worst is not status:
            continue
        if len(tables) > 1:
            pairs = zip(tables, found, strict=True)
            titles = [t.form.title for t, units in pairs for _ in units.get(unit_id, ())]
            name = f"{name} ({', '.join(titles)})"
        names.append(in_sentence(name))
    return tuple(names)


def _units_by_table(
    tables: tuple[FormTable, ...], status: Timeliness
) -> list[dict[str, list[Row]]]:
    """For each table, its rows in `status` by unit id: one look-up a unit, not a scan."""
    found: list[dict[str, list[Row]]] = []
    for table in tables:
        rows: dict[str, list[Row]] = {}
        for row in table.rows:
            if row.timeliness is status:
                rows.setdefault(row.unit.id, []).append(row)
        found.append(rows)
    return found


def grouped_names(
    tables: tuple[FormTable, ...], status: Timeliness, statuses: Worst | None = None
) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Units whose worst state is `status`, each once, grouped by the forms in that state:
    ((form titles, names), ...), those in that state for every form first, then by the
    forms' order.  With one form, one group whose titles are ()."""
    groups: dict[tuple[int, ...], list[str]] = {}
    found = _units_by_table(tables, status)
    statuses = unit_statuses(tables) if statuses is None else statuses
    for unit_id, (name, worst) in statuses.items():
        if worst is not status:
            continue
        forms = tuple(n for n, units in enumerate(found) if unit_id in units)
        groups.setdefault(forms, []).append(in_sentence(name))
    every = tuple(range(len(tables)))
    order = sorted(groups, key=lambda forms: (forms != every, forms))
    return tuple(
        (() if forms == every else tuple(tables[n].form.title for n in forms), tuple(groups[forms]))
        for forms in order
    )


def grouped_text(
    tables: tuple[FormTable, ...], status: Timeliness, statuses: Worst | None = None
) -> str:
    """ "xã A, xã B", or with several forms "cả 2 biểu: xã A, xã B; biểu X: xã C": each
    unit once (grouped_names)."""
    groups = grouped_names(tables, status, statuses)
    if len(tables) < 2:
        return ", ".join(name for _, names in groups for name in names)
    return "; ".join(
        f"{forms_phrase(titles, len(tables))}: " + ", ".join(names) for titles, names in groups
    )


def forms_phrase(titles: tuple[str, ...], forms: int) -> str:
    """ "cả 2 biểu" (titles empty: every form), "biểu Hoạt động truyền thanh cơ sở", or ""
    when the report has one form."""
    if forms < 2:
        return ""
    return f"biểu {', '.join(titles)}" if titles else f"cả {forms} biểu"


_GENERIC = ("Xã ", "Thị trấn ", "Phường ", "Đặc khu ", "Thôn ", "Bản ")


def in_sentence(name: str) -> str:
    """A unit's name inside a sentence: the kind of unit is a common noun ("xã Bản Bo",
    "thị trấn Tam Đường"; Nghị định 30/2020, Phụ lục II); other names stay as written."""
    return lower_first(name) if name.startswith(_GENERIC) else name


def document_date(day: date) -> str:
    """ "ngày 04 tháng 02 năm 2021", "ngày 15 tháng 3 năm 2021" (Nghị định 30/2020).

    A day under 10 and the months 1 and 2 take a leading zero; the other months do not.
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def lower_first(text: str) -> str:
    """ "Số tin, bài" -> "số tin, bài"; an acronym ("HĐND ...") is left alone."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
