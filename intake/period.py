"""Stage "period": which reporting week a report belongs to, and whether it is late.

A week runs for seven days and ends on the weekday of the deadline (Friday to Thursday
for the default "thursday 16:00"); it is named by its last day.

- A period written in the report wins: "tuần từ ngày 05/02 đến ngày 11/02/2021",
  "từ 5/2 - 11/2/2021", "tuần 2 tháng 02/2021" (the week ending on the second deadline
  weekday of that month).
- "tuần 49", "tuần thứ 49 năm 2025", "BC tuần 49/2025": a week number is the ISO week
  that contains the period's last Thursday (for a Friday-to-Thursday week, the ISO week
  of its end); without a year, the year that puts it nearest to the sending.
- A period the report states but that cannot be pinned to one week ("tuần cuối tháng
  11", "tuần 48 và 49", "số liệu gộp 2 tuần") holds the report: it is never replaced by
  the rule below.
- Otherwise the time the message was sent decides: within `late_grace_hours` after a
  deadline it belongs to the week just closed, and is late; else to the week whose
  deadline comes next.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from intake import cycles
from intake.config import PeriodRules
from intake.cycles import CycleCalendar
from intake.models import BODY, Body, Candidate, ParsedMessage, Problem
from intake.text import fold, fold_key, nfc

_DATE = r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])"
_RANGE = re.compile(
    rf"(?:\btu\s+(?:ngay\s+)?|\btuan\s+(?:tu\s+)?(?:ngay\s+)?)?{_DATE}\s*"
    rf"(?:den|toi|[-–—~]|den het)\s*(?:ngay\s+)?{_DATE}"
)
_WEEK_OF_MONTH = re.compile(  # "tuần 2 tháng 02/2021", "tuần 4 tháng 5", "tuần 3 t6/2021"
    r"\btuan\s+(?:thu\s+)?(?P<n>\d|i{1,3}|iv|v|nhat|mot|hai|ba|tu|bon|nam)\s*(?:cua\s+)?"
    r"(?:thang\s*(?P<m>\d{1,2})(?:\s*(?:[/.-]|\s+nam\s+)\s*(?P<y>\d{4}))?(?![\d/])"
    r"|t\s*(?P<tm>\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(?P<ty>\d{4}))"
)
_WEEK_OF_DATE = re.compile(  # "BC tuần 29/4", "tuần (đến hết ngày 29/7)": the week of that day
    r"\btuan\s*\(?\s*(?:(?:ket thuc|den het|tinh den|den)\s+(?:vao\s+)?)?(?:ngay\s+)?"
    r"(?<!\d)(\d{1,2})[/.](\d{1,2})"
    r"(?:[/.](\d{4}|\d{2}))?"
    r"(?![\d/])(?!\s*(?:[-–—~]|den\b|toi\b))"
)
# Long dates and day ranges, rewritten as "d/m/y" before the patterns above are tried:
# "ngày 30 tháng 7 năm 2021", "18-24/6/2021", "từ 18 đến 24/6/2021".
_LONG_DATE = re.compile(
    r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?"
    r"|(?<!tuan )(?<!thu )\b(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})"
)
_DAY_RANGE = re.compile(
    r"(?<![\d/])(\d{1,2})\s*(?:[-–—]|\s+den\s+(?:ngay\s+)?)\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])"
)
# A report of a month, a quarter or a year is not a weekly report.
_OTHER_PERIOD = re.compile(
    r"\b(?:bao cao|ket qua)\b[^.\n]{0,60}?\b(thang\s+\d{1,2}(?:\s*[/.-]\s*\d{4})?"
    r"|quy\s+(?:i{1,3}|iv|\d)|6 thang(?: dau nam| cuoi nam)?|nam\s+\d{4})\b"
)
# "tuần 49", "tuần thứ 49 năm 2025", "tuần 49/2025"; not "tuần 2 tháng 3", "tuần 29/4",
# nor "2 lần/tuần 1 buổi".
_WEEK_NUMBER = re.compile(
    r"(?<![/\w])(?<!moi )(?<!hang )(?<!trong )(?<!ca )tuan[ \t]+(?:thu[ \t]+|so[ \t]+)?"
    r"(?P<n>\d{1,2})(?!\d)(?:[ \t]*(?:[/.-]|\bnam\b|\(nam)[ \t]*(?P<y>\d{4})\)?)?"
    r"(?!\s*(?:[/.-][ \t]*\d|thang\b|t[ \t]*\d|buoi\b|lan\b|luot\b|tin\b|bai\b|ngay\b"
    r"|gio\b|tieng\b|h\b|p\b|phut\b|nguoi\b|\d))"
)
# Several weeks under one set of figures: "tuần 48 và 49", "số liệu gộp 2 tuần".
_SEVERAL_WEEKS = re.compile(
    r"\btuan\s+(?:thu\s+)?\d{1,2}\s*(?:va|,|-|–|den|toi|\+)\s*(?:tuan\s+)?\d{1,2}\b(?!\s*[/.-]\s*\d)"
    r"|\bgop\s+(?:ca\s+|chung\s+|lai\s+)?(?:2|02|hai|3|03|ba)\s+tuan\b"
    r"|\b(?:2|02|hai|3|03|ba)\s+tuan\s+(?:gop|chung)\b"
)
# A week named in words that do not pin it down: "tuần cuối tháng 11", "tuần đầu tháng".
_UNCLEAR_WEEK = re.compile(
    r"\btuan\s+(?:cuoi|dau|giua|sau cung)\s+(?:cua\s+)?thang\b(?:\s*\d{1,2})?"
    r"|\btu\s+(?:ngay\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*"
    r"(?:den|toi|[-–])\s*(?:nay|hom nay|hien nay|thoi diem nay)\b"
)
_ROMAN = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5,
    "nhat": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5,
}  # fmt: skip
MIN_WEEK_SPAN = timedelta(days=4)  # "30/4 - 1/5" is a holiday, not a reporting week
MAX_WRITTEN_GAP = timedelta(days=8)
MAX_REPORT_SPAN = timedelta(
    days=35
)  # longer spans are the dates of a plan or a campaign  # more between writing and sending: held
MAX_AGE = timedelta(days=42)
CLOCK_SKEW = timedelta(days=1)  # a Date header later than the arrival by more is wrong


@dataclass(frozen=True)
class Period:
    end: date
    late: bool
    explicit: str | None = None  # the words that named it, when written in the report
    written: bool = False  # decided by the day the report was written, not sent


class Calendar:
    """The weeks, deadlines and grace of one configuration (or of a weekly form's own
    `[period]`); intake/cycles.py answers the same for months, quarters and years."""

    kind = "weekly"
    noun = "tuần"

    def __init__(self, rules: PeriodRules) -> None:
        self.rules = rules
        self.tz = rules.tz
        self.end_weekday = rules.deadline.weekday
        self.grace = timedelta(hours=rules.late_grace_hours)

    def previous(self, end: date) -> date:
        return end - timedelta(days=7)

    def following(self, end: date) -> date:
        return end + timedelta(days=7)

    def current(self, moment: datetime) -> date:
        """The end of the period whose deadline comes next (strictly after `moment`)."""
        local = self.local(moment)
        end = self.end_on_or_after(local.date())
        return end if local < self.deadline(end) else end + timedelta(days=7)

    def ends(self, first: date, last: date) -> list[date]:
        """The ends of the weeks that end between `first` and `last`."""
        out, end = [], self.end_on_or_after(first)
        while end <= last:
            out.append(end)
            end += timedelta(days=7)
        return out

    def name(self, end: date) -> str:
        return f"tuần {self.start(end):%d/%m/%Y} - {end:%d/%m/%Y}"

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


_MONTHS = {
    m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)
}
_LOOSE_DATES = (
    (
        re.compile(
            r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})"
        ),
        (2, 1, 3),
    ),
    (
        re.compile(
            r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})"
        ),
        (1, 2, 3),
    ),
    (re.compile(r"\b(\d{1,2})\s+(?:thang|thg)\s+(\d{1,2}),?\s+(?:nam\s+)?(\d{4})"), (1, 2, 3)),
    (re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b"), (1, 2, 3)),
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), (3, 2, 1)),
)
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|sa|ch)?\b")
_PLACE_DATE = re.compile(r"^\s*[^\d,\n]{2,40},\s*(?:ngay\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\s*$", re.M)


def loose_datetime(text: str, calendar: Calendar) -> datetime | None:
    """A date and time as mail clients write them in a forwarded header, in English or
    Vietnamese: "Thursday, April 15, 2021 10:02 AM", "Th 5, 15 thg 4, 2021 lúc 10:02"."""
    try:
        return calendar.local(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    folded = fold(text)
    for pattern, (d, m, y) in _LOOSE_DATES:
        if match := pattern.search(folded):
            month = _MONTHS.get(match[m]) or int(match[m])
            try:
                day = date(int(match[y]), month, int(match[d]))
            except ValueError:
                return None
            return datetime.combine(day, _clock(folded), tzinfo=calendar.tz)
    return None


def _clock(folded: str) -> time:
    match = _TIME.search(folded)
    if not match:
        return time(12)
    hour = int(match[1]) % 12 if match[3] else int(match[1])
    hour += 12 if match[3] in ("pm", "ch") else 0
    return time(min(hour, 23), min(int(match[2]), 59))


def written_on(texts: list[str]) -> date | None:
    """The date of an official document's place-and-date line ("Bình Lư, ngày 29 tháng 4
    năm 2021"): when the report was written."""
    for text in texts:  # the line may share a table row with "Số: ...": "... | Bình Lư, ngày"
        if match := _PLACE_DATE.search(_normalised(fold(text.replace("|", "\n")))):
            try:
                return date(int(match[3]), int(match[2]), int(match[1]))
            except ValueError:
                return None
    return None


def week_names(text: str) -> list[tuple[int, int]]:
    """Where a text names a week by its number ("tuần 29", "tuần 2 tháng 7"): their
    numbers are no figures.  Folding keeps every character in place."""
    folded = fold(text)
    if "tuan" not in folded:
        return []  # both patterns start with the word; a line costs µs in them, not here
    return [m.span() for p in (_WEEK_NUMBER, _WEEK_OF_MONTH) for m in p.finditer(folded)]


def states_period(text: str) -> bool:
    """Whether a text names a week explicitly (a range of dates, "tuần N tháng M", a week
    number)."""
    folded = fold(text)
    # Asked of every line, several times: the cheap tests first.  A range holds a date
    # ("05/02 - 11/02", which `_DATE_START` finds), the other patterns the word "tuần".
    return bool(
        (_DATE_START.search(folded) and _RANGE.search(folded))
        or ("tuan" in folded and (_WEEK_OF_MONTH.search(folded) or _WEEK_NUMBER.search(folded)))
    )


_DATE_START = re.compile(r"\d\s*[/.-]\s*\d")  # how each `_DATE` starts: "05/02", "5 - 2"


def decide(
    texts: list[str],
    sent: datetime | None,
    calendar: Calendar,
    written: datetime | None = None,
) -> tuple[Period | None, list[Problem]]:
    """The period of a report: the week its texts name; else the week of the day it was
    written (the place-and-date line of a document, or `written`: when a forwarded
    report was first sent); else the week of its sending time.  Late is always judged
    by the sending time."""
    explicit, problems = _explicit(texts, sent, calendar)
    if problems:
        return None, problems
    if not explicit and (other := _other_period(texts)):
        return None, [
            Problem("period_not_weekly", f'Báo cáo ghi kỳ "{other}", không phải báo cáo tuần')
        ]
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
    day = written_on(texts)
    written = datetime.combine(day, time(12), tzinfo=calendar.tz) if day else written
    if written is None:
        period = calendar.by_time(sent)
        if not period.late and _says_last_week(texts):  # "gửi bù báo cáo tuần trước" on Monday
            return Period(period.end - timedelta(days=7), late=True), []
        return period, []
    gap = calendar.local(sent) - calendar.local(written)
    if not -timedelta(days=1) <= gap <= MAX_WRITTEN_GAP:
        shown = f"{calendar.local(written):%d/%m/%Y}"
        return None, [
            Problem(
                "period_written",
                f"Báo cáo ghi ngày {shown}, cách xa ngày gửi "
                f"thư ({calendar.local(sent):%d/%m/%Y}), cần kiểm tra tuần báo cáo",
            )
        ]
    end = calendar.by_time(written).end
    return Period(end, calendar.late(end, sent), written=True), []


_LAST_WEEK = re.compile(
    r"\b(?:bao cao|bc|so lieu)(?: ket qua)?(?: tuyen truyen)?(?: cua)? tuan truoc\b"
    r"(?! (?:tet|le|nghi|ngay|khi))"  # "tuần trước Tết" is the week before the holiday
)


def _says_last_week(texts: list[str]) -> bool:
    """The sender says the report is last week's ("em gửi muộn báo cáo tuần trước"), and
    never speaks of this week (a table's "Tuần trước | Tuần này" columns do not count).
    Said after the grace, it is the week that closed last: on Monday 14/6, the week that
    ended on Thursday 10/6 ("tuần trước Tết" is not "last week")."""
    folded = [fold_key(text) for text in texts]
    return any(_LAST_WEEK.search(f) for f in folded) and not any("tuan nay" in f for f in folded)


def _other_period(texts: list[str]) -> str | None:
    """A month, quarter or year named as the report's period, in texts that never say
    "tuần" (week)."""
    joined = nfc("\n".join(texts))
    folded = fold(joined)  # same length: a match is at the same place in `joined`
    if re.search(r"\btuan\b", folded):
        return None
    match = _OTHER_PERIOD.search(folded)
    return joined[match.start(1) : match.end(1)] if match else None


def _explicit(
    texts: list[str], sent: datetime | None, calendar: Calendar
) -> tuple[tuple[date, str] | None, list[Problem]]:
    found: dict[date, str] = {}
    problems: list[Problem] = []
    for text in texts:
        for end, words, problem in _phrases(fold(text), text, sent, calendar):
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


def _normalised(folded: str) -> str:
    def long_date(m: re.Match[str]) -> str:
        day, month, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        return f"{day}/{month}/{year}" if year else f"{day}/{month}"

    if "thang" in folded:  # both long dates name the month (a cheap test: see states_period)
        folded = _LONG_DATE.sub(long_date, folded)
    if not _DATE_START.search(folded):  # a day range holds "d/m" (or "d.m")
        return folded
    return _DAY_RANGE.sub(lambda m: f"{m[1]}/{m[3]}/{m[4]} - {m[2]}/{m[3]}/{m[4]}", folded)


def _phrases(folded: str, original: str, sent: datetime | None, calendar: Calendar):
    text = _normalised(folded)
    year = calendar.local(sent).year if sent else None
    for m in _SEVERAL_WEEKS.finditer(text):
        words = _words(m, text, original)
        yield None, words, Problem("period_several_weeks", _SEVERAL % words)
    for m in _UNCLEAR_WEEK.finditer(text):
        yield None, _words(m, text, original), Problem("period_unclear", _UNCLEAR % m[0])
    for m in _RANGE.finditer(text) if _DATE_START.search(text) else ():  # see states_period
        yield _range(m, _words(m, text, original), year, calendar)
    for m in _WEEK_OF_MONTH.finditer(text):
        yield _week_of_month(m, _words(m, text, original), year, calendar)
    for m in _WEEK_OF_DATE.finditer(text):
        yield _week_of_date(m, _words(m, text, original), year, calendar)
    for m in _WEEK_NUMBER.finditer(text):
        if not _SEVERAL_WEEKS.match(text, m.start()):
            yield _week_number(m, _words(m, text, original), sent, calendar)


_SEVERAL = 'Báo cáo gộp nhiều tuần ("%s"), cần tách số liệu theo từng tuần'
_UNCLEAR = 'Báo cáo ghi "%s", chưa xác định được tuần cụ thể, cần kiểm tra'


def _week_number(m: re.Match[str], words: str, sent: datetime | None, calendar: Calendar):
    """ "tuần 49": the period whose last Thursday is in ISO week 49; without a year, of
    the year (the sending's, or the one before or after) that puts it nearest the sending."""
    number = int(m["n"])
    if m["y"]:
        years = [int(m["y"])]
    elif sent is not None:
        here = calendar.local(sent).year
        years = [here, here - 1, here + 1]
    else:
        return None, words, None
    ends = [end for y in years if (end := _iso_week_end(y, number, calendar))]
    if not ends:
        return None, words, Problem("period_invalid", f'Năm không có "{words}"')
    if sent is not None:
        day = calendar.local(sent).date()
        ends.sort(key=lambda end: abs((end - day).days))
    return ends[0], words, None


def _iso_week_end(year: int, number: int, calendar: Calendar) -> date | None:
    try:
        thursday = date.fromisocalendar(year, number, 4)
    except ValueError:
        return None
    return thursday + timedelta(days=(calendar.end_weekday - 3) % 7)


def _words(m: re.Match[str], text: str, original: str) -> str:
    """The phrase as the sender wrote it, when normalising did not move it."""
    if len(text) == len(original):
        return original[m.start() : m.end()].strip()
    return m[0].strip()


def _week_of_date(m: re.Match[str], words: str, year: int | None, calendar: Calendar):
    try:
        day = date(_year(m[3], year), int(m[2]), int(m[1]))
    except (ValueError, TypeError):
        return None, words, Problem("period_invalid", f'Ngày không hợp lệ trong "{words}"')
    return calendar.end_on_or_after(day), words, None


def _range(m: re.Match[str], words: str, year: int | None, calendar: Calendar):
    try:
        end_year = _year(m[6], year)
        end = date(end_year, int(m[5]), int(m[4]))
        start_year = _year(m[3], end_year if int(m[2]) <= int(m[5]) else end_year - 1)
        start = date(start_year, int(m[2]), int(m[1]))
    except (ValueError, TypeError):
        return None, words, Problem("period_invalid", f'Ngày không hợp lệ trong "{words}"')
    if end - start < MIN_WEEK_SPAN or end - start > MAX_REPORT_SPAN:
        return None, words, None  # not a week: a holiday, a plan, a campaign
    if end - start > timedelta(days=10):  # two weeks or more under one set of figures
        return (
            None,
            words,
            Problem(
                "period_several_weeks",
                f'Báo cáo gộp nhiều tuần ("{words}"), cần tách số liệu theo từng tuần',
            ),
        )
    nearest = _nearest_end(end, calendar)
    if nearest is not None and not _is_the_week(start, end, nearest, calendar):
        nearest = None
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


def _is_the_week(start: date, end: date, week_end: date, calendar: Calendar) -> bool:
    """Whether a written range is the reporting week, as units write it: its days exactly,
    or from the last deadline day ("28/01 - 04/02"), or up to the day before the deadline
    ("29/01 - 03/02", sent on Thursday); not a week shifted by a day (Thursday to
    Wednesday), nor Monday to Friday."""
    early_start = (calendar.start(week_end) - start).days
    early_end = (week_end - end).days
    return early_start in (0, 1) and early_end in (0, 1) and not (early_start and early_end)


def _nearest_end(day: date, calendar: Calendar) -> date | None:
    for shift in (0, -1, 1):
        candidate = day + timedelta(days=shift)
        if candidate.weekday() == calendar.end_weekday:
            return candidate
    return None


def _week_of_month(m: re.Match[str], words: str, year: int | None, calendar: Calendar):
    """The Nth week of a month ends on its Nth Thursday.  Without a year, the year of
    sending ("tuần 4 tháng 12" sent in January is then far from its sending: held)."""
    number = int(m["n"]) if m["n"].isdigit() else _ROMAN[m["n"]]  # "tuần thứ hai tháng 3"
    month = int(m["m"] or m["tm"])
    written = m["y"] or m["ty"]
    try:
        first = calendar.end_on_or_after(date(_year(written, year), month, 1))
    except ValueError:
        return None, words, Problem("period_invalid", f'Tháng không hợp lệ trong "{words}"')
    end = first + timedelta(days=7 * (number - 1))
    if number < 1 or end.month != month:
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


# -- a message: its week and each candidate's ------------------------------------------


@dataclass(frozen=True)
class Periods:
    """When a message was sent, the week it names for itself, and the week of each of its
    candidates (a sheet or a section of the body may state its own)."""

    sent: datetime | None
    message: Period | None
    problems: tuple[Problem, ...]
    each: tuple[tuple[Period | None, tuple[Problem, ...]], ...]


def periods(
    parsed: ParsedMessage,
    body: Body,
    candidates: tuple[Candidate, ...],
    arrived_at: datetime | None,
    calendar: Calendar,
    calendars: Mapping[str, Calendar | CycleCalendar] | None = None,
) -> Periods:
    """The periods of a message.  A form with its own `[period]` (`calendars`, by form
    id) reads its candidates by its own calendar: a monthly form's mail names a month."""
    sent = sent_time(parsed, arrived_at)
    sectioned = any(c.origin == BODY and c.period_text for c in candidates)
    subject = "" if _REPLY.match(fold(parsed.subject)) else parsed.subject
    texts = [subject] if sectioned else [subject, body.text]
    written = loose_datetime(body.forwarded_date, calendar) if body.forwarded_date else None
    own_calendars = [(calendars or {}).get(c.form, calendar) for c in candidates]
    shared = own_calendars[0] if len({id(c) for c in own_calendars}) == 1 else calendar
    if isinstance(shared, CycleCalendar):  # every candidate is of one monthly form (say)
        period, problems = _cycle_decide(texts, sent, shared, written)
        each = tuple((period, tuple(problems)) for _ in candidates)
        return Periods(sent, period, tuple(problems), each)
    period, problems = decide(texts, sent, shared, written)
    owns = [
        _own_period(c, period, problems, sent, cal)
        if cal is shared
        else _other_calendar(c, texts, sent, cal, written)
        for c, cal in zip(candidates, own_calendars, strict=True)
    ]
    stated = {own.end for own, _ in owns if own and own.explicit and own is not period}
    each = tuple(_agrees(own, period, stated, own_problems) for own, own_problems in owns)
    return Periods(sent, period, tuple(problems), each)


def _other_calendar(
    candidate: Candidate,
    texts: list[str],
    sent: datetime | None,
    calendar: Calendar | CycleCalendar,
    written: datetime | None,
) -> tuple[Period | None, list[Problem]]:
    """A candidate of a form with its own calendar, in a message of another form's: its
    period from its own words, else the message's texts, by its calendar."""
    own = [candidate.period_text] if candidate.period_text else texts
    if isinstance(calendar, CycleCalendar):
        return _cycle_decide(own, sent, calendar, written)
    return decide(own, sent, calendar, written)


def _cycle_decide(
    texts: list[str], sent: datetime | None, calendar: CycleCalendar, written: datetime | None
) -> tuple[Period | None, list[Problem]]:
    found, problems = cycles.decide(texts, sent, calendar, written)
    if found is None:
        return None, problems
    return Period(found.end, found.late, found.explicit, found.written), problems


# A reply's subject is the thread's, last week's: "RE: Báo cáo tuần 42" over week 43's.
_REPLY = re.compile(r"^\s*(?:re|tl|tra loi|aw|sv|antw)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


def sent_time(parsed: ParsedMessage, arrived_at: datetime | None) -> datetime | None:
    """The Date header, unless it is missing or later than the server's arrival time."""
    if parsed.date is None:
        return arrived_at
    if arrived_at is not None and parsed.date - arrived_at > CLOCK_SKEW:
        return arrived_at
    return parsed.date


def _own_period(
    candidate: Candidate,
    period: Period | None,
    problems: list[Problem],
    sent: datetime | None,
    calendar: Calendar,
) -> tuple[Period | None, list[Problem]]:
    """The week a sheet, a document or a section of the body states for its own figures
    (or, under "Tuần trước:", the week before the message's); else the message's week."""
    if candidate.weeks_back and period is not None and not candidate.period_text:
        end = period.end - timedelta(days=7 * candidate.weeks_back)
        late = calendar.late(end, sent) if sent is not None else False
        return Period(end, late, f"tuần trước ({calendar.start(end):%d/%m} - {end:%d/%m})"), []
    if not candidate.period_text:
        return period, problems
    own, own_problems = decide([candidate.period_text], sent, calendar)
    if own_problems:
        return None, own_problems
    if own is None or not (own.explicit or own.written):
        return period, problems
    return own, []


def _agrees(
    own: Period | None, period: Period | None, stated: set, problems: list[Problem]
) -> tuple[Period | None, tuple[Problem, ...]]:
    """A sheet's own week against the week the message names: they conflict, unless the
    message's week is one of the weeks its sheets state (a sheet per week)."""
    if own is None or own is period or period is None or not period.explicit:
        return own, tuple(problems)
    if own.end != period.end and period.end not in stated:
        words = f'"{period.explicit}"; "{own.explicit}"'
        return None, (Problem("period_conflict", f"Báo cáo ghi nhiều tuần khác nhau: {words}"),)
    return own, tuple(problems)
