"""What a line says beside the week's figures, set aside before they are read.

A line of a report often carries other figures: a breakdown in parentheses ("(trong đó
7 tin, 3 bài)"), last week's or the month's ("tuần trước 12 tin", "từ đầu tháng"), next
week's plan or a target ("tuần tới", "dự kiến", "phấn đấu", "chỉ tiêu"), a comparison
("tăng 2 tin so với tuần trước"), a time per session ("mỗi lần phát 15 phút"), an example
("Ví dụ: 10 tin, bài"), or the figure a correction calls mistaken.  `mask` blanks them
out, keeping every other character in its place, so the line reader sees only what
stands for the week.  A plan's heading ("KẾ HOẠCH TUẦN TỚI") ends what a text reports.
"""

from __future__ import annotations

import re

from intake.period import states_period, week_names
from intake.quantity import parse_number
from intake.text import fold

CLAUSE_END = re.compile(r";|(?<!\.)\.(?!\.)(?=\s|$)")  # not the dots of "Số tin........ 9"
PARENTHESES = re.compile(r"\([^()]*\d[^()]*\)")
WORDS_QUALIFIER = re.compile(r"\([^()\d]{2,40}\)")
WORDS_ASIDE = re.compile(r"\(([^()\d]{2,40})\)")  # "12 (mười hai)", as legal documents write
PER_ITEM = re.compile(
    r"\bmoi (?:lan|luot|buoi|tin|bai|ban tin|chuong trinh)\b[^,;.\n]{0,20}?\d+\s*(?:phut|p|gio)\b"
)
ELSEWHERE = re.compile(
    r"\b(luy ke|cong don|tu dau nam|tu dau thang|tuan truoc|ky truoc|cung ky|thang truoc"
    r"|nam truoc|tuan toi|tuan sau|tuan tiep theo|tuan ke tiep"
    r"|du kien|phan dau|chi tieu|muc tieu)\b"
)
_FUTURE = r"(?:tuan toi|tuan sau|tuan ke tiep|tuan tiep theo|thoi gian toi|sap toi|thang toi)"
# The heading of what comes next, not what was done: "II. PHƯƠNG HƯỚNG TUẦN TỚI",
# "KẾ HOẠCH TUYÊN TRUYỀN", "Nhiệm vụ tuần tới", "Dự kiến chương trình tuần sau".
PLAN_HEADING = re.compile(
    r"^\W*(?:(?:[ivx]+|\d{1,2}|[a-d])\s*[.):/-]+)?\s*(?:"
    rf"(?:ke hoach|phuong huong)\b(?!\s*(?:so\b|\d+\s*/))(?:[^:\n]*$|.{{0,40}}\b{_FUTURE}\b)"
    rf"|(?:nhiem vu|du kien|chuong trinh|muc tieu|chi tieu)\b.{{0,40}}\b{_FUTURE}\b)"
)
_PLAN_LINE = re.compile(r"^\W*(?:du kien|phan dau|chi tieu|muc tieu|ke hoach)\b(?!\s+so\b)")
THIS_WEEK = re.compile(r"\b(?:tuan nay|trong tuan nay|tuan qua)\b")
# A column or a label that names a target, not a result: "Số tin, bài (dự kiến)".
TARGET_WORDS = re.compile(r"\b(?:du kien|ke hoach|chi tieu|phan dau|muc tieu)\b")
EXAMPLE = re.compile(r"\b(?:vi du|chang han)\b")
COMPARED = re.compile(r"\b(?:tang|giam|nhieu hon|it hon)(?: them)?\b[^,;.\n]{0,30}?\bso voi\b")


def is_plan_heading(line: str) -> bool:
    return bool(PLAN_HEADING.match(fold(line).strip()))


# The heading of running totals, which follow it: "II. Lũy kế tháng 11/2025:", "Cộng dồn
# từ đầu năm:".  It names no figure of its own (a date or a month number at most) and
# ends with a colon.  (Last week's heading, "Tuần trước:", is a week's: period.py reads
# the figures under it as that week's.)
_OTHER_PERIOD_HEADING = re.compile(
    r"^\W*(?:(?:[ivx]+|\d{1,2}|[a-d])\s*[.)/-]+)?\s*"
    r"(?:luy ke|cong don|tu dau nam|tu dau thang|cung ky)\b"
    r"(?P<rest>[^:\n]{0,40}):\s*$"
)
_DATES = re.compile(
    r"\b(?:thang|nam|tuan|quy)\s+\d{1,4}(?:\s*/\s*\d{2,4})?\b"
    r"|\b\d{1,2}\s*/\s*\d{1,4}(?:\s*/\s*\d{2,4})?\b"
)


def is_other_period_heading(line: str) -> bool:
    match = _OTHER_PERIOD_HEADING.match(fold(line).strip())
    return match is not None and not re.search(r"\d", _DATES.sub(" ", match["rest"]))


def until_plans(text: str) -> str:
    """A text up to its first plan heading: what was done, not what will be."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if is_plan_heading(line):
            return "\n".join(lines[:i])
    return text


# A correction in the sender's words: what it calls wrong is set aside, what it calls right
# is kept ("2.600 người chứ không phải 6.200", "ghi nhầm là 42, đúng là 24"); a correction
# that does not say which figure is right ("à em nhầm, ps 36 lượt") holds the line.
CORRECTION = re.compile(r"\b(?:nham|ghi sai|danh sai|go sai|bi sai|sua lai|dinh chinh)\b")
_RIGHT = re.compile(r"\b(?:dung (?:ra )?la|sua (?:lai )?(?:la|thanh)|phai la)\b")
_NOT_THIS = re.compile(r"\b(?:chu khong phai|khong phai)(?: la)?\b")


# Another figure offered for the same thing: "21 lượt (nếu tính cả loa di động thì 27 lượt)".
_ALTERNATIVE = re.compile(
    r"\((?=[^()]*\d)[^()]*\b(?:neu|tinh ca|ke ca|cong ca|bao gom ca|hoac|hay la)\b[^()]*\)"
)


def alternative(line: str) -> str | None:
    """The words of an alternative figure in parentheses, which leave the line's figure
    for a clerk to choose."""
    match = _ALTERNATIVE.search(fold(line))
    return line[match.start() : match.end()] if match else None


def unsure_correction(masked: str) -> str | None:
    """The words of a correction that a masked line still holds: it does not say which of
    its figures is the right one."""
    folded = fold(masked)
    match = CORRECTION.search(folded) if _holds_any(folded, CORRECTION_WORDS) else None
    return masked[match.start() :].strip() if match else None


# What CORRECTION and ELSEWHERE cannot match without: tested first on every line, where a
# pattern that starts with \b and alternatives costs some µs even when it cannot match.
# (corrections.py's sentence pattern looks for the same words.)
CORRECTION_WORDS = ("nham", "sai", "sua lai", "dinh chinh")
_ELSEWHERE_WORDS = (
    "truoc", "tuan ", "luy ke", "cong don", "tu dau", "cung ky", "du kien", "phan dau", "tieu",
)  # fmt: skip


def _holds_any(folded: str, words: tuple[str, ...]) -> bool:
    return any(word in folded for word in words)


def mask(text: str) -> str:
    """The line with breakdowns in parentheses, other periods' figures and the figures a
    correction calls mistaken ("ghi nhầm là 42, đúng là 24") blanked out."""
    for start, end in week_names(text):  # "số người nghe tuần 29 là 2.500"
        text = text[:start] + " " * (end - start) + text[end:]
    text = PARENTHESES.sub(lambda m: m[0] if states_period(m[0]) else " " * len(m[0]), text)
    text = WORDS_ASIDE.sub(lambda m: " " * len(m[0]) if parse_number(m[1]) else m[0], text)
    folded = fold(text)
    # Every line is masked: each pattern is tried only on a line that holds a word it
    # cannot match without ("mỗi ", "ví dụ"/"chẳng hạn", "so với"), a test much cheaper
    # than a pattern that starts with \b and alternatives.
    for m in PER_ITEM.finditer(folded) if "moi " in folded else ():
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]  # per session
    if ("vi du" in folded or "chang han" in folded) and (example := EXAMPLE.search(folded)):
        text = text[: example.start()] + " " * (len(text) - example.start())  # "Ví dụ: 10 tin"
    for m in COMPARED.finditer(folded) if "so voi" in folded else ():  # "tăng 2 tin so với"
        clause_end = CLAUSE_END.search(text, m.end())
        stop = clause_end.start() if clause_end else len(text)
        text = text[: m.start()] + " " * (stop - m.start()) + text[stop:]
    if _PLAN_LINE.match(folded):  # "- Dự kiến phát 8 tin, bài; thời lượng 50 phút"
        return " " * len(text)
    match = None if states_period(text) else _elsewhere(folded)
    if match:  # to the end of the clause, or to "tuần này": "tuần trước 1.120, tuần này 1.184"
        clause_end = CLAUSE_END.search(text, match.end())
        stop = clause_end.start() if clause_end else len(text)
        if (now := THIS_WEEK.search(folded, match.end(), stop)) is not None:
            stop = now.start()
        text = text[: match.start()] + " " * (stop - match.start()) + text[stop:]
    return _corrected(text)


def _elsewhere(folded: str) -> re.Match[str] | None:
    """Where other periods' figures start; not in a qualifier of a label, in parentheses
    without a figure: "Số người cài Bluezone (lũy kế): 2.829" (the label reader decides
    whether its field is a running total)."""
    if not _holds_any(folded, _ELSEWHERE_WORDS):
        return None
    qualifiers = [m.span() for m in WORDS_QUALIFIER.finditer(folded)]
    for match in ELSEWHERE.finditer(folded):
        if not any(start <= match.start() < end for start, end in qualifiers):
            return match
    return None


def _corrected(text: str) -> str:
    folded = fold(text)
    # "2.600 chứ không phải 6.200": 6.200 is wrong (the words tested first: see `mask`)
    if "khong phai" in folded and (wrong := _NOT_THIS.search(folded)):
        end = CLAUSE_END.search(text, wrong.end())
        stop = end.start() if end else len(text)
        text = text[: wrong.start()] + " " * (stop - wrong.start()) + text[stop:]
        folded = fold(text)
    said = CORRECTION.search(folded) if _holds_any(folded, CORRECTION_WORDS) else None
    right = _RIGHT.search(folded, said.end()) if said else None
    if said and right:  # "ghi nhầm là 42, đúng là 24": 42 is wrong
        text = text[: said.start()] + " " * (right.end() - said.start()) + text[right.end() :]
    return text
