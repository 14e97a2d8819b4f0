"""Labelled lines: "Số tin, bài: 12", "so luot phat song 30", "Thời lượng: 1 giờ 15 phút".

For each line, every field label is found (see lexicon); the value of a label is the
first number (or duration, for a minutes field) between it and the next label, provided
that only a few filler words stand between them ("là", "đạt", "khoảng", "(phút)" ...).
A label at the end of a line takes a lone number on the next line.  The same reader
serves bodies, documents and two-column tables rendered as "label | value" lines.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace

from intake.lexicon import Hit, Matcher
from intake.models import Candidate, Field, Form, Value
from intake.quantity import Quantity, find_duration, find_number, parse_duration, parse_number
from intake.text import fold_key

# Words that may stand between a label and its value: "Số tin, bài đạt: 12".
FILLER = frozenset(
    """
    ang bai bang ca chung co cong cua da dat dung duoc gan gio gom hien hon ket kho khoang
    kq la lan luong luot nay nghe nguoi phat phut qua so song tai tat the thi thuc tin tinh
    toan tong tran tren trong tt tuan uoc va ve voi xa xay
    """.split()
)
MAX_UNKNOWN_GAP_WORDS = 2


def read(text: str, matcher: Matcher, forms: Mapping[str, Form], origin: str) -> list[Candidate]:
    found: dict[str, list[Value]] = {}
    lines = text.split("\n")
    for number, line in enumerate(lines):
        following = lines[number + 1] if number + 1 < len(lines) else ""
        for form_id, value in _line_values(line, following, matcher, forms):
            source = f"{origin}, dòng {number + 1}"
            found.setdefault(form_id, []).append(replace(value, source=source))
    return [Candidate(form_id, tuple(values), origin) for form_id, values in found.items()]


def _line_values(
    line: str, following: str, matcher: Matcher, forms: Mapping[str, Form]
) -> Iterator[tuple[str, Value]]:
    hits = list(matcher.find(line))
    for hit in hits:
        stop = min((h.start for h in hits if h.start >= hit.end), default=len(line))
        form = forms[hit.key[0]]
        field = form.field(hit.key[1])
        value = _value_after(line, hit, stop, field) or _value_below(
            line, hit, stop, following, field
        )
        if value:
            yield form.id, value


def _value_after(line: str, hit: Hit, stop: int, field: Field) -> Value | None:
    quantity = _find(line, hit.end, stop, field)
    if quantity is None or not _gap_ok(line[hit.end : quantity.start]):
        return None
    return _to_value(field, quantity, hit, line[hit.end : quantity.start])


def _value_below(line: str, hit: Hit, stop: int, following: str, field: Field) -> Value | None:
    """ "Số tin, bài:" at the end of a line, "12" alone on the next one."""
    if line[hit.end : stop].strip(" \t:.-=|") or stop != len(line):
        return None
    parse = parse_duration if field.type == "minutes" else parse_number
    quantity = parse(following.strip())
    return _to_value(field, quantity, hit, "") if quantity else None


def _find(line: str, start: int, stop: int, field: Field) -> Quantity | None:
    if field.type == "minutes":
        return find_duration(line, start, stop)
    return find_number(line, start, stop)


def _gap_ok(gap: str) -> bool:
    words = fold_key(gap).split()
    unknown = [w for w in words if w not in FILLER]
    return len(unknown) <= MAX_UNKNOWN_GAP_WORDS and len(words) <= 8


def _to_value(field: Field, quantity: Quantity, hit: Hit, gap: str) -> Value:
    value, how = quantity.value, "nhãn"
    if field.type == "minutes":
        how = "nhãn, thời lượng"
        if quantity.unit is None and _says_hours(hit.text + " " + gap):
            value, how = value * 60, "nhãn, thời lượng tính bằng giờ"
    return Value(
        field.key, value, quantity.raw.strip(), "", how, quantity.approximate, quantity.ambiguous
    )


def _says_hours(label: str) -> bool:
    words = fold_key(label).split()
    return ("gio" in words or "h" in words or "tieng" in words) and "phut" not in words
