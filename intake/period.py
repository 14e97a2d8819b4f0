"""Stage "period": which reporting week a report belongs to, and whether it is late.

A week runs for seven days and ends on the weekday of the deadline (Friday to Thursday
for the default "thursday 16:00"); it is named by its last day.

- A period written in the report wins: "tuần từ ngày 05/02 đến ngày 11/02/2021",
  "từ 5/2 - 11/2/2021", "tuần 2 tháng 02/2021" (the week ending on the second deadline
  weekday of that month).
- Otherwise the time the message was sent decides: within `late_grace_hours` after a
  deadline it belongs to the week just closed, and is late; else to the week whose
  deadline comes next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from intake.config import PeriodRules
from intake.models import Problem
from intake.text import fold

_DATE = r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])"
_RANGE = re.compile(
    rf"(?:\btu\s+(?:ngay\s+)?|\btuan\s+(?:tu\s+)?(?:ngay\s+)?)?{_DATE}\s*"
    rf"(?:den|toi|[-–—~]|den het)\s*(?:ngay\s+)?{_DATE}"
)
_WEEK_OF_MONTH = re.compile(
    r"\btuan\s+(?:thu\s+)?(\d|i{1,3}|iv|v)\s*(?:cua\s+)?(?:thang|t)\s*(\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(\d{4})"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
MAX_AGE = timedelta(days=42)


@dataclass(frozen=True)
class Period:
    end: date
    late: bool
    explicit: str | None = None  # the words that named it, when written in the report


class Calendar:
    """The weeks, deadlines and grace of one configuration."""

    def __init__(self, rules: PeriodRules) -> None:
        self.rules = rules
        self.tz = rules.tz
        self.end_weekday = rules.deadline.weekday
        self.grace = timedelta(hours=rules.late_grace_hours)

    def local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.tz)
        return moment.astimezone(self.tz)

    def end_on_or_after(self, day: date) -> date:
        return day + timedelta(days=(self.end_weekday - day.weekday()) % 7)

    def start(self, end: date) -> date:
        return end - timedelta(days=6)

    def deadline(self, end: date) -> datetime:
        return datetime.combine(end, self.rules.deadline.at, tzinfo=self.tz)

    def by_time(self, moment: datetime) -> Period:
        """The period of a message sent at `moment`, by the deadline rule."""
        local = self.local(moment)
        end = self.end_on_or_after(local.date())
        previous = end if local > self.deadline(end) else end - timedelta(days=7)
        if local - self.deadline(previous) <= self.grace:
            return Period(previous, late=True)
        return Period(previous + timedelta(days=7), late=False)

    def closed_before(self, moment: datetime) -> date:
        """The last period whose deadline has passed at `moment`."""
        local = self.local(moment)
        end = self.end_on_or_after(local.date())
        return end if local >= self.deadline(end) else end - timedelta(days=7)

    def late(self, end: date, moment: datetime) -> bool:
        return self.local(moment) > self.deadline(end)


def states_period(text: str) -> bool:
    """Whether a text names a week explicitly (a range of dates or "tuần N tháng M")."""
    folded = fold(text)
    return bool(_RANGE.search(folded) or _WEEK_OF_MONTH.search(folded))


def decide(
    texts: list[str], sent: datetime | None, calendar: Calendar
) -> tuple[Period | None, list[Problem]]:
    """The period of a report from its texts (explicit phrases) and its sending time."""
    explicit, problems = _explicit(texts, sent, calendar)
    if problems:
        return None, problems
    if explicit:
        end, words = explicit
        if sent is not None:
            problems = _sanity(end, words, sent, calendar)
        late = calendar.late(end, sent) if sent is not None else None
        return (Period(end, bool(late), words), problems) if not problems else (None, problems)
    if sent is None:
        return None, [
            Problem("period_unknown", "Không xác định được tuần báo cáo (thư không có ngày gửi)")
        ]
    return calendar.by_time(sent), []


def _explicit(
    texts: list[str], sent: datetime | None, calendar: Calendar
) -> tuple[tuple[date, str] | None, list[Problem]]:
    year = calendar.local(sent).year if sent else None
    found: dict[date, str] = {}
    problems: list[Problem] = []
    for text in texts:
        for end, words, problem in _phrases(fold(text), text, year, calendar):
            if problem:
                problems.append(problem)
            elif end:
                found.setdefault(end, words)
    if len(found) > 1:
        listed = "; ".join(f'"{w}"' for w in found.values())
        problems.append(Problem("period_conflict", f"Báo cáo ghi nhiều tuần khác nhau: {listed}"))
    if problems:
        return None, problems
    return (next(iter(found.items())) if found else None), []


def _phrases(folded: str, original: str, year: int | None, calendar: Calendar):
    for m in _RANGE.finditer(folded):
        words = original[m.start() : m.end()].strip()
        yield _range(m, words, year, calendar)
    for m in _WEEK_OF_MONTH.finditer(folded):
        words = original[m.start() : m.end()].strip()
        yield _week_of_month(m, words, calendar)


def _range(m: re.Match[str], words: str, year: int | None, calendar: Calendar):
    try:
        end_year = _year(m[6], year)
        end = date(end_year, int(m[5]), int(m[4]))
        start_year = _year(m[3], end_year if int(m[2]) <= int(m[5]) else end_year - 1)
        start = date(start_year, int(m[2]), int(m[1]))
    except (ValueError, TypeError):
        return None, words, Problem("period_invalid", f'Ngày không hợp lệ trong "{words}"')
    if not timedelta(0) <= end - start <= timedelta(days=10):
        return None, words, None  # not a week: some other span of dates
    nearest = _nearest_end(end, calendar)
    if nearest is None:
        week = calendar.end_on_or_after(end)
        return (
            None,
            words,
            Problem(
                "period_mismatch",
                f'Khoảng thời gian "{words}" không khớp tuần báo cáo '
                f"({calendar.start(week):%d/%m} - {week:%d/%m/%Y})",
            ),
        )
    return nearest, words, None


def _nearest_end(day: date, calendar: Calendar) -> date | None:
    for shift in (0, -1, 1):
        candidate = day + timedelta(days=shift)
        if candidate.weekday() == calendar.end_weekday:
            return candidate
    return None


def _week_of_month(m: re.Match[str], words: str, calendar: Calendar):
    number = int(m[1]) if m[1].isdigit() else _ROMAN[m[1]]
    try:
        first = calendar.end_on_or_after(date(int(m[3]), int(m[2]), 1))
    except ValueError:
        return None, words, Problem("period_invalid", f'Tháng không hợp lệ trong "{words}"')
    end = first + timedelta(days=7 * (number - 1))
    if number < 1 or end.month != int(m[2]):
        return None, words, Problem("period_invalid", f'Tháng đó không có "{words}"')
    return end, words, None


def _year(text: str | None, default: int | None) -> int:
    if text is None:
        if default is None:
            raise ValueError("no year")
        return default
    value = int(text)
    return value + 2000 if value < 100 else value


def _sanity(end: date, words: str, sent: datetime, calendar: Calendar) -> list[Problem]:
    sent_day = calendar.local(sent).date()
    if calendar.start(end) > sent_day + timedelta(days=7):
        return [Problem("period_future", f'Báo cáo ghi tuần chưa tới ("{words}")')]
    if sent_day - end > MAX_AGE:
        return [Problem("period_old", f'Báo cáo ghi tuần đã qua lâu ("{words}"), cần kiểm tra')]
    return []
