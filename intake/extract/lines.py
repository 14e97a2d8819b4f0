"""Labelled lines and prose: "Số tin, bài: 12", "so luot phat song 30", "đã phát 05 tin, bài".

Each line (lines wrapped by the mail client are joined first) is searched for field
labels (see lexicon).  The value of a label is, in this order:
1. the first number (a duration, for a minutes field) between it and the next label,
   provided only a few filler words stand between ("là", "đạt", "khoảng", "(phút)" ...);
2. a lone number on the next line, when the label ends its line ("Số tin, bài:" / "12");
3. the number right before it, joined by nothing but unit words, as prose puts it
   ("05 tin, bài", "3.500 người nghe", "21 lượt phát sóng").
A number is given to one label at most.  The same reader serves bodies, documents and
two-column tables rendered as "label | value" lines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from intake.lexicon import Hit, Matcher
from intake.models import Candidate, Field, Form, Value
from intake.quantity import (
    Quantity,
    find_duration,
    find_number,
    find_numbers,
    parse_duration,
    parse_number,
)
from intake.text import fold_key

# Words that may stand between a label and its value: "Số tin, bài đạt: 12".
FILLER = frozenset(
    """
    ang bai bang ca chung co cong cua da dat dung duoc gan gio gom hien hon ket kho khoang
    kq la lan luong luot nay nghe nguoi phat phut qua so song tai tat the thi thuc tin tinh
    toan tong tran tren trong tt tuan uoc va ve voi xa xay
    """.split()
)
# Words that may stand between a number and the label after it: "21 lượt phát sóng".
UNIT_WORDS = frozenset("tin bai luot lan buoi nguoi phut gio tieng nhom vu ho cai".split())
TIME_UNITS = frozenset("phut gio giay tieng h p".split())
MAX_UNKNOWN_GAP_WORDS = 2
_SENTENCE_END = re.compile(r"[.;:!?|]\s*$")


@dataclass(frozen=True)
class _Line:
    text: str
    number: int  # 1-based, of its first line in the original text
    following: str


def read(text: str, matcher: Matcher, forms: Mapping[str, Form], origin: str) -> list[Candidate]:
    found: dict[str, list[Value]] = {}
    rows: list[Candidate] = []
    logical = _logical_lines(text)
    for index, line in enumerate(logical):
        hits = list(matcher.find(line.text))
        values = list(_line_values(line, hits, forms))
        if not values and len({h.key for h in hits}) >= 2:
            rows.extend(_text_table(logical, index, hits, forms, origin))
        for form_id, value in values:
            source = f"{origin}, dòng {line.number}"
            found.setdefault(form_id, []).append(replace(value, source=source))
    return [Candidate(form_id, tuple(values), origin) for form_id, values in found.items()] + rows


def _text_table(
    logical: list[_Line], index: int, hits: list[Hit], forms: Mapping[str, Form], origin: str
) -> list[Candidate]:
    """A header line of labels over lines of bare figures, as PDFs and plain text show
    tables: "STT  Số lần phát sóng  Ước số người nghe" / "1  30  2.000".  A row gives its
    figures in the order of the labels; its other words name its unit."""
    form_id = hits[0].key[0]
    if any(h.key[0] != form_id for h in hits):
        return []
    numbered = fold_key(logical[index].text[: hits[0].start]).startswith("stt")
    out = []
    for line in logical[index + 1 :]:
        figures = [q for q in find_numbers(line.text) if q.unit not in TIME_UNITS]
        if not figures or _has_time_words(line.text):
            break
        if numbered and len(figures) == len(hits) + 1 and figures[0].value == len(out) + 1:
            figures = figures[1:]
        if len(figures) != len(hits):
            break
        values = tuple(
            Value(
                h.key[1],
                q.value,
                q.raw,
                f"{origin}, dòng {line.number}",
                "bảng chữ",
                q.approximate,
                q.ambiguous,
            )
            for h, q in zip(hits, figures, strict=True)
        )
        unit = _row_words(line.text, figures)
        out.append(Candidate(form_id, values, origin, unit_text=unit or None))
    return out


def _has_time_words(text: str) -> bool:
    return bool({"gio", "phut", "tieng"} & set(fold_key(text).split()))


def _row_words(text: str, figures: list[Quantity]) -> str:
    """The text of a row outside its figures and its leading number: the unit's name."""
    words = text[: figures[0].start]
    words = re.sub(r"^\s*\d{1,3}[.)]?\s+", "", words)
    return words.strip(" \t|-:")


def _logical_lines(text: str) -> list[_Line]:
    """Lines, with a line the mail client wrapped joined to its continuation."""
    raw = text.split("\n")
    out: list[_Line] = []
    i = 0
    while i < len(raw):
        start, joined = i, raw[i]
        while i + 1 < len(raw) and _continues(joined, raw[i + 1]):
            i += 1
            joined = f"{joined.rstrip()} {raw[i].strip()}"
        following = raw[i + 1] if i + 1 < len(raw) else ""
        out.append(_Line(joined, start + 1, following))
        i += 1
    return out


def _continues(line: str, following: str) -> bool:
    first = following.lstrip()[:1]
    return (
        bool(line.strip())
        and first.isalpha()
        and first.islower()
        and not _SENTENCE_END.search(line)
    )


def _line_values(line: _Line, hits: list[Hit], forms: Mapping[str, Form]):
    text = line.text
    claimed: set[tuple[int, int]] = set()
    values: dict[int, Value] = {}
    for i, hit in enumerate(hits):
        stop = min((h.start for h in hits if h.start >= hit.end), default=len(text))
        field = forms[hit.key[0]].field(hit.key[1])
        quantity = _after(text, hit, stop, field)
        if quantity and (quantity.start, quantity.end) not in claimed:
            claimed.add((quantity.start, quantity.end))
            values[i] = _to_value(field, quantity, hit, text[hit.end : quantity.start])
        elif stop == len(text) and not text[hit.end :].strip(" \t:.-=|"):
            below = _below(line.following, field)
            values[i] = _to_value(field, below, hit, "") if below else None
    for i, hit in enumerate(hits):
        if values.get(i) is None:
            start = max((h.end for h in hits if h.end <= hit.start), default=0)
            field = forms[hit.key[0]].field(hit.key[1])
            quantity = _before(text, start, hit, field)
            if quantity and (quantity.start, quantity.end) not in claimed:
                claimed.add((quantity.start, quantity.end))
                values[i] = _to_value(field, quantity, hit, "")
    for i, value in sorted(values.items()):
        if value is not None:
            yield hits[i].key[0], value


def _after(text: str, hit: Hit, stop: int, field: Field) -> Quantity | None:
    quantity = _find(text, hit.end, stop, field)
    if quantity is None or not _gap_ok(text[hit.end : quantity.start]):
        return None
    return quantity


def _below(following: str, field: Field) -> Quantity | None:
    """ "Số tin, bài:" at the end of a line, "12" alone on the next one."""
    parse = parse_duration if field.type == "minutes" else parse_number
    return parse(following.strip())


def _before(text: str, start: int, hit: Hit, field: Field) -> Quantity | None:
    """The number that ends right before the label, joined by unit words only."""
    last = None
    position = start
    while (quantity := _find(text, position, hit.start, field)) is not None:
        last, position = quantity, quantity.end
    if last is None:
        return None
    gap = fold_key(text[last.end : hit.start]).split()
    if len(gap) > 2 or any(w not in UNIT_WORDS for w in gap):
        return None
    if text[last.end : hit.start].strip(" \t") not in ("",) and not gap:
        return None  # separated by punctuation only: "12; tin bài" is not "12 tin bài"
    return last


def _find(text: str, start: int, stop: int, field: Field) -> Quantity | None:
    """The first quantity in text[start:stop] that can be a value of the field."""
    if field.type == "minutes":
        return find_duration(text, start, stop)
    while (quantity := find_number(text, start, stop)) is not None:
        if quantity.unit not in TIME_UNITS:  # "45 phút" is not a number of items
            return quantity
        start = quantity.end
    return None


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
