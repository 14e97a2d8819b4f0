"""Periods longer than a week: a month, a quarter, a year, as a form declares them.

A form's `[period]` (config/forms/*.toml) says how often it is due:

    kind = "monthly"      # "weekly", "monthly", "quarterly", "yearly"
    end_day = 20          # the period ends on the 20th: the month runs 21st to 20th
    deadline = "16:00"    # due at 16:00 ...
    due_days = 0          # ... this many days after the period's last day
    reminders = ["3 days before 09:00", "1 day before 09:00"]

A quarter ends in March, June, September and December, a year in December (`end_month`
moves them).  Vietnamese offices close their figures on a fixed day of the month
(Nghị định 09/2019/NĐ-CP, Điều 12: from the 15th of the month before to the 14th), so a
period is named by the month it ends in: with `end_day = 20`, "tháng 02/2021" runs from
21/01/2021 to 20/02/2021.

A `CycleCalendar` answers what the weekly `period.Calendar` answers (the period of a
sending time, its start, its deadline, whether a report is late), so that the stages
and the report follow the form, not the week.
"""

from __future__ import annotations

import calendar as _gregorian
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from intake.i18n import Words
from intake.models import Problem
from intake.text import fold

STEPS = {"monthly": 1, "quarterly": 3, "yearly": 12}
NOUNS = {"weekly": "tuần", "monthly": "tháng", "quarterly": "quý", "yearly": "năm"}
_ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class DaysBefore:
    """A reminder of a monthly, quarterly or yearly form: "3 days before 09:00"."""

    days: int
    at: time

    def __str__(self) -> str:
        return f"{self.days} day{'s' if self.days != 1 else ''} before {self.at:%H:%M}"


def parse_days_before(text: str) -> DaysBefore:
    match = re.fullmatch(r"\s*(\d{1,3})\s+days?\s+before\s+(\d{1,2})[:h](\d{2})\s*", text.lower())
    if not match or int(match[2]) > 23 or int(match[3]) > 59:
        raise ValueError(
            Words('write a reminder like "3 days before 09:00" (got "{text}")', text=text)
        )
    return DaysBefore(int(match[1]), time(int(match[2]), int(match[3])))


@dataclass(frozen=True)
class Cycle:
    """What a form's [period] declares, for a month, a quarter or a year."""

    kind: str  # "monthly", "quarterly", "yearly"
    end_day: int = 20
    end_month: int = 12  # a quarter or a year ends in this month (and every 3 months before)
    deadline: time = time(16)
    due_days: int = 0
    late_grace_hours: float = 120
    reminders: tuple[DaysBefore, ...] = ()


@dataclass(frozen=True)
class CyclePeriod:
    end: date
    late: bool
    explicit: str | None = None
    written: bool = False


class CycleCalendar:
    """The months, quarters or years of one form, and their deadlines."""

    def __init__(self, cycle: Cycle, tz: ZoneInfo) -> None:
        self.cycle = cycle
        self.kind = cycle.kind
        self.noun = NOUNS[cycle.kind]
        self.tz = tz
        self.step = STEPS[cycle.kind]
        self.grace = timedelta(hours=cycle.late_grace_hours)

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.tz)
        return moment.astimezone(self.tz)

    def _end_in(self, year: int, month: int) -> date:
        last = _gregorian.monthrange(year, month)[1]
        return date(year, month, min(self.cycle.end_day, last))

    def _ends_here(self, month: int) -> bool:
        return (month - self.cycle.end_month) % self.step == 0

    def end_on_or_after(self, day: date) -> date:
        """The last day of the period that contains `day`."""
        year, month = day.year, day.month
        if day > self._end_in(year, month):
            year, month = _next_month(year, month)
        while not self._ends_here(month):
            year, month = _next_month(year, month)
        return self._end_in(year, month)

    def previous(self, end: date) -> date:
        year, month = end.year, end.month
        for _ in range(self.step):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return self._end_in(year, month)

    def following(self, end: date) -> date:
        return self.end_on_or_after(end + timedelta(days=1))

    def start(self, end: date) -> date:
        return self.previous(end) + timedelta(days=1)

    def deadline(self, end: date) -> datetime:
        day = end + timedelta(days=self.cycle.due_days)
        return datetime.combine(day, self.cycle.deadline, tzinfo=self.tz)

    def current(self, moment: datetime) -> date:
        """The end of the period whose deadline comes next (strictly after `moment`)."""
        local = self.local(moment)
        end = self.previous(self.end_on_or_after(local.date()))
        while local >= self.deadline(end):
            end = self.following(end)
        return end

    def closed_before(self, moment: datetime) -> date:
        """The last period whose deadline has passed at `moment`."""
        return self.previous(self.current(moment))

    def by_time(self, moment: datetime) -> CyclePeriod:
        """The period of a report sent at `moment`: the one whose deadline comes next,
        unless the last deadline passed within the grace (that period, late)."""
        local = self.local(moment)
        end = self.current(local)
        closed = self.previous(end)
        if local - self.deadline(closed) <= self.grace:
            return CyclePeriod(closed, late=True)
        return CyclePeriod(end, late=False)

    def late(self, end: date, moment: datetime) -> bool:
        return self.local(moment) > self.deadline(end)

    def ends(self, first: date, last: date) -> list[date]:
        """The ends of the periods that end between `first` and `last`."""
        out, end = [], self.end_on_or_after(first)
        while end <= last:
            out.append(end)
            end = self.following(end)
        return out

    def name(self, end: date) -> str:
        """ "tháng 02/2021", "quý I/2021", "năm 2021": the period as units name it."""
        if self.kind == "monthly":
            return f"tháng {end:%m/%Y}"
        if self.kind == "quarterly":
            quarter = ((end.month - self.cycle.end_month - 1) % 12) // 3
            return f"quý {_ROMAN[quarter]}/{end.year}"
        return f"năm {end.year}"

    def named(self, text: str, sent: datetime | None) -> tuple[date | None, str, Problem | None]:
        """The period a text names ("báo cáo tháng 02/2021", "quý I năm 2021", "năm
        2021"): its end, the words, or a problem; (None, "", None) when it names none."""
        folded = fold(text)
        for pattern, to_end in self._patterns():
            if match := pattern.search(folded):
                words = text[match.start() : match.end()] if len(text) == len(folded) else match[0]
                try:
                    return self._nearest(match, to_end, sent), words.strip(), None
                except ValueError:
                    return None, words, Problem("period_invalid", f'Kỳ không hợp lệ: "{words}"')
        return None, "", None

    def _patterns(self):
        if self.kind == "monthly":
            return ((_MONTH, self._month_end),)
        if self.kind == "quarterly":
            return ((_QUARTER, self._quarter_end),)
        return ((_YEAR, self._year_end),)

    def _nearest(self, match: re.Match[str], to_end, sent: datetime | None) -> date:
        """Without a year, the year (the sending's, or the one before or after) that puts
        the period nearest the sending."""
        if match["y"] or sent is None:
            return to_end(match, int(match["y"]) if match["y"] else date.today().year)
        here = self.local(sent)
        ends = [to_end(match, y) for y in (here.year, here.year - 1, here.year + 1)]
        return min(ends, key=lambda end: abs((end - here.date()).days))

    def _month_end(self, match: re.Match[str], year: int) -> date:
        month = int(match["m"])
        if not 1 <= month <= 12:
            raise ValueError(month)
        return self._end_in(year, month)

    def _quarter_end(self, match: re.Match[str], year: int) -> date:
        number = match["q"].upper()
        quarter = _ROMAN.index(number) + 1 if number in _ROMAN else int(number)
        if not 1 <= quarter <= 4:
            raise ValueError(quarter)
        month = (self.cycle.end_month - 12 + 3 * quarter - 1) % 12 + 1
        return self.end_on_or_after(self._end_in(year, month))

    def _year_end(self, match: re.Match[str], year: int) -> date:
        return self._end_in(year, self.cycle.end_month)


_MONTH = re.compile(
    r"\bthang\s+(?P<m>\d{1,2})(?:\s*(?:[/.-]|\s+nam\s+)\s*(?P<y>\d{4}))?(?![\d/])(?!\s*nam\b)"
)
_QUARTER = re.compile(
    r"\bquy\s+(?P<q>iv|i{1,3}|[1-4])\b(?:\s*(?:[/.-]|\s+nam\s+)\s*(?P<y>\d{4}))?", re.IGNORECASE
)
_YEAR = re.compile(r"\bnam\s+(?P<y>\d{4})\b")


def decide(
    texts: list[str],
    sent: datetime | None,
    calendar: CycleCalendar,
    written: datetime | None = None,
) -> tuple[CyclePeriod | None, list[Problem]]:
    """The period of a monthly, quarterly or yearly report: the one its texts name, else
    the one of the day it was written, else of its sending time.  Late is always judged
    by the sending time."""
    found: dict[date, str] = {}
    for text in texts:
        end, words, problem = calendar.named(text, sent)
        if problem:
            return None, [problem]
        if end:
            found.setdefault(end, words)
    if len(found) > 1:
        listed = "; ".join(f'"{w}"' for w in found.values())
        return None, [Problem("period_conflict", f"Báo cáo ghi nhiều kỳ khác nhau: {listed}")]
    if found:
        end, words = next(iter(found.items()))
        late = calendar.late(end, sent) if sent is not None else False
        return CyclePeriod(end, late, words), []
    if sent is None:
        return None, [
            Problem("period_unknown", "Không xác định được kỳ báo cáo (thư không có ngày gửi)")
        ]
    if written is not None:
        end = calendar.by_time(written).end
        return CyclePeriod(end, calendar.late(end, sent), written=True), []
    return calendar.by_time(sent), []


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year, month + 1) if month < 12 else (year + 1, 1)
