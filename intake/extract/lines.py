"""Labelled lines and prose: "Số tin, bài: 12", "so luot phat song 30", "đã phát 05 tin, bài".

Each line (lines wrapped by the mail client are joined first) is searched for field labels
(see lexicon) and for quantities: numbers, and durations such as "1 giờ 15 phút".  Text in
parentheses that holds figures ("(tuần trước 6 tin)", "(trong đó: 7 tin, 3 bài)") and what
follows "lũy kế", "từ đầu năm", "tuần trước" up to the end of the sentence are set aside
(asides.py): they are other periods or breakdowns, not the week's figures.  Then each
label is given one quantity, the closest bond first:

1. a number right before a label that starts with its unit word: "05 tin, bài",
   "3.500 người nghe", "21 lượt phát sóng";
2. the first quantity after the label, before the next label or the end of the clause,
   with only a few filler words between: "Số tin, bài: 12", "thời lượng khoảng 50 phút";
3. a lone number on the next line, when the label ends its line ("Số tin, bài:" / "12");
4. a quantity with no label whose unit word belongs to one field only: "45 phút" is the
   duration, "24 lượt" the broadcasts (the units are listed in each form's file).
A quantity goes to one label at most.  A value is marked doubtful (the report is held)
when the label is followed by more figures than it can take ("8 tin, 2 bài", "1.500 -
2.000"), when a computation does not add up, for a negative figure and for a percentage
where a count is asked.  The same reader serves bodies, documents and two-column tables
rendered as "label | value" lines.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise

from intake.extract import asides, corrections, doubts, sections
from intake.lexicon import Hit, Matcher
from intake.models import Candidate, Field, Form, Value
from intake.period import states_period
from intake.quantity import (
    Quantity,
    find_duration,
    find_numbers,
    parse_duration,
    parse_number,
)
from intake.text import fold, fold_key

# Words that may stand between a label and its value: "Số tin, bài đạt: 12".
FILLER = frozenset(
    """
    ang bai bang ca chung co cong cua da dat dung duoc gan gio gom hien hon ket kho khoang
    kq la lan lap luong luot nay nghe nguoi phat phut qua so song tai tat thanh the thi thuc
    tin tinh toan tong tran tren trong tt tuan uoc va ve voi xa xay
    """.split()
)
# Unit words: "21 lượt phát sóng" binds 21 to the label that starts with "lượt".
UNIT_WORDS = frozenset("tin bai luot lan nguoi phut gio nhom thanh vu truong ho cai".split())
TIME_UNITS = frozenset("phut gio giay tieng h p".split())
# What a figure counts, when no field of the forms counts it: "phát sóng 14 chương
# trình", "18 lần trên 6 cụm loa": neither the field's figure nor a second one.
FOREIGN_UNITS = frozenset(
    "cum loa diem thon ban xa to doi cai chiec km kg dong ngay tuan thang".split()
    + ["bang ron", "khau hieu", "pa no", "to roi", "van ban", "tai lieu", "chuong trinh"]
)
MAX_UNKNOWN_GAP_WORDS = 2
MIN_WRAPPED = 40  # shorter lines were not wrapped by the mail client
_SENTENCE_END = re.compile(r"[.;:!?|]\s*$")
_CLAUSE_END = asides.CLAUSE_END
_OPERATORS = {"x": "*", "×": "*", "*": "*", "+": "+", "nhan": "*", "cong": "+"}


@dataclass(frozen=True)
class _Line:
    text: str
    number: int  # 1-based, of its first line in the original text
    following: str


@dataclass(frozen=True)
class _Token:
    quantity: Quantity
    duration: bool  # a time with its unit: "45 phút", "1 giờ 15 phút"

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end


def read(
    text: str, matcher: Matcher, forms: Mapping[str, Form], origin: str, first_line: int = 1
) -> list[Candidate]:
    found: dict[str, list[Value]] = {}
    totals: set[int] = set()  # ids of the values written after "tổng", "tổng cộng"
    rows: list[Candidate] = []
    logical = sections.split_sentences(_logical_lines(text, first_line, matcher), forms)
    # "II. Phương hướng tuần tới": plans, not results; "II. Lũy kế tháng 11:" another
    # period's results: what follows is not the week's.
    plan = next((i for i, ln in enumerate(logical) if _not_the_week(ln.text)), None)
    logical = logical[:plan]
    masks = [asides.mask(line.text) for line in logical]
    labelled = sections.assign([(m, list(matcher.find(m))) for m in masks], forms)
    for index, (line, masked, (labels, section)) in enumerate(
        zip(logical, masks, labelled, strict=True)
    ):
        if labels is None:
            continue  # a heading: "2. Tuyên truyền trên mạng xã hội"
        if len(labels) > MAX_LABELS:
            continue  # no line of a report: "So tin: 12" pasted thousands of times
        hits = _one_form(_heads(masked, labels))
        context = max(found, key=lambda f: len(found[f]), default=None)
        if section == sections.ENDED:  # "2. Công tác truyền hình: gửi tỉnh 03 tin"
            context = None
        values = list(_line_values(line, masked, hits, forms, context))
        values += _aside_values(line.text, values, matcher, forms)
        values = [(f, _so_far(line.text, masked, forms[f].field(v.field), v)) for f, v in values]
        values += _running_totals(line.text, hits, values, forms)
        if said := asides.unsure_correction(masked):
            values = corrections.in_line(said, values, found, UNIT_WORDS)
        if other := asides.alternative(line.text):  # "21 lượt (nếu tính cả ... thì 27)"
            doubt = f'Đơn vị ghi thêm một số khác: "{other}", cần kiểm tra số đúng'
            values = [(f, replace(v, doubt=v.doubt or doubt)) for f, v in values]
        if not values and len({h.key for h in hits}) >= 2:
            table = _text_table(logical, index, hits, forms, origin)
            if not table and (titles := _column_titles(masked, labels, hits)):
                table = _text_table(logical, index, titles, forms, origin)
            rows.extend(table)
        for form_id, value in values:
            value = replace(value, source=f"{origin}, dòng {line.number}")
            found.setdefault(form_id, []).append(value)
            if _after_total_word(masked, value.raw):
                totals.add(id(value))
    return [
        Candidate(form_id, _summed(values, totals), origin) for form_id, values in found.items()
    ] + rows


MAX_LABELS = 60  # labels on one line; reading a line costs their square


def _not_the_week(line: str) -> bool:
    return asides.is_plan_heading(line) or asides.is_other_period_heading(line)


# A field that counts what exists so far (installs, groups) asks for the running total,
# which asides.mask sets aside with the rest of its clause, as another period's figure.
# Written alone after its label it is the figure ("Bluezone: lũy kế 2.640 lượt");
# written beside the week's new ones ("trong tuần cài mới 35 lượt, lũy kế 1.870 lượt",
# "lũy kế 1.250, tăng thêm 85") the two are the clerk's to weigh: readers disagree on
# which one a unit means the form to sum.
_SO_FAR = re.compile(r"\b(?:luy ke|cong don|tinh den nay|tu truoc den nay)\b")
_SO_FAR_FIRST = re.compile(r"[\s:=-]*(?:luy ke|cong don)(?: den nay)?[\s:=]*(?=\d)")


def _running_totals(
    text: str, hits: list[Hit], values: list[tuple[str, Value]], forms: Mapping[str, Form]
) -> list[tuple[str, Value]]:
    """For such a field without a figure on its line, the running total written right
    after its label; held when more figures follow in its clause."""
    folded = fold(text)
    if "luy ke" not in folded and "cong don" not in folded:
        return []  # the words _SO_FAR_FIRST cannot match without, tested first
    valued = {(form_id, v.field) for form_id, v in values}
    out = []
    for hit in hits:
        field = forms[hit.key[0]].field(hit.key[1])
        start = _SO_FAR_FIRST.match(folded, hit.end) if field.running_total else None
        if start is None or hit.key in valued:
            continue
        clause = asides.CLAUSE_END.search(text, start.end())
        stop = clause.start() if clause else len(text)
        tokens = [t for t in _tokens(text) if start.end() <= t.quantity.start < stop]
        if not tokens or tokens[0].quantity.start != start.end():
            continue
        doubt = None
        if len(tokens) > 1:
            said = text[start.end() : stop].strip()
            doubt = f'{field.label}: dòng ghi "{said}", cần chọn số lũy kế đúng'
        value = _value(field, tokens[0], hit, text, doubt)
        out.append((hit.key[0], replace(value, how="nhãn, lũy kế")))
    return out


def _so_far(text: str, masked: str, field: Field, value: Value) -> Value:
    """Such a field's figure followed on its line by a running total of another value:
    held for the clerk, with both."""
    at = masked.find(value.raw) if field.running_total and value.raw else -1
    marker = _SO_FAR.search(fold(text), at + len(value.raw)) if at >= 0 else None
    if marker is None:
        return value
    clause = asides.CLAUSE_END.search(text, marker.end())
    totals = _tokens(text[marker.end() : clause.start() if clause else len(text)])
    if not totals or (len(totals) == 1 and totals[0].quantity.value == value.value):
        return value
    running = text[marker.start() : clause.start() if clause else len(text)].strip()
    doubt = f'{field.label}: dòng ghi số {value.raw} và "{running}", cần chọn số lũy kế đúng'
    return replace(value, doubt=value.doubt or doubt)


_TOTAL_WORD = re.compile(r"\b(?:tong cong|tong so|tong|cong|tat ca|ca tuan)\b\W*(?:\w+\W*){0,4}$")


def _after_total_word(text: str, raw: str) -> bool:
    at = text.rfind(raw) if raw else -1
    return at >= 0 and bool(_TOTAL_WORD.search(fold(text[max(0, at - 40) : at])))


def _summed(values: list[Value], totals: set[int]) -> tuple[Value, ...]:
    """A breakdown and its total ("bản Nà Tăm 1: 3 tin; bản Hua Bó: 4 tin. Tổng cộng 7
    tin, bài"): the total, when it alone is written after "tổng" and the other values of
    its field add up to it exactly; otherwise every value stays, and the report is held."""
    out = list(values)
    for key in dict.fromkeys(v.field for v in values):
        mine = [v for v in out if v.field == key]
        marked = [v for v in mine if id(v) in totals]
        if len(mine) < 3 or len(marked) != 1:
            continue
        total = marked[0]
        parts = [v for v in mine if v is not total]
        if any(v.doubt and not v.doubt.startswith("Có nhiều số") for v in parts + [total]):
            continue
        if abs(sum(v.value for v in parts) - total.value) < 1e-9:
            out = [v for v in out if v.field != key or v is total]
            out[out.index(total)] = replace(total, doubt=None, how=f"{total.how}, tổng các phần")
    return tuple(out)


# -- lines -------------------------------------------------------------------------------


def _logical_lines(text: str, first_line: int = 1, matcher: Matcher | None = None) -> list[_Line]:
    """Lines, with a line the mail client wrapped joined to its continuation (not a line
    that starts with a label: "so tin bai 10" / "thoi luong 50 phut" are two lines)."""
    raw = text.split("\n")
    out: list[_Line] = []
    i = 0
    while i < len(raw):
        start, joined = i, raw[i]
        while i + 1 < len(raw) and _continues(joined, raw[i + 1], matcher):
            i += 1
            joined = f"{joined.rstrip()} {raw[i].strip()}"
        following = raw[i + 1] if i + 1 < len(raw) else ""
        out.append(_Line(joined, start + first_line, following))
        i += 1
    return out


def _continues(line: str, following: str, matcher: Matcher | None) -> bool:
    """Whether the mail client wrapped `line` onto `following`: a lower-case start, no
    sentence end before it, and no label starting it, unless the label is the unit of the
    figure that ends `line` ("với tổng số 2.350" / "thành viên; ...")."""
    first = following.lstrip()[:1]
    if not (
        len(line.strip()) >= MIN_WRAPPED  # a client wraps long lines; "thành viên 860" is whole
        and first.isalpha()
        and first.islower()
        and not _SENTENCE_END.search(line)
    ):
        return False  # tested first: most lines end here, without looking for labels
    indent = len(following) - len(following.lstrip())
    starting = [h for h in (matcher.find(following[:60]) if matcher else ()) if h.start <= indent]
    unit_of_figure = bool(re.search(r"\d\s*$", line)) and all(
        fold_key(h.text).split()[:1] and fold_key(h.text).split()[0] in UNIT_WORDS for h in starting
    )
    return not starting or unit_of_figure


def _heads(text: str, hits: list[Hit]) -> list[Hit]:
    """Of two labels written together, the first names the field: Vietnamese puts the
    head first ("Tổng thời lượng phát sóng" is a duration).  A tab or a comma between
    them separates two columns or two labels.  So does a label phrase ended by a colon
    before a single figure: "Số tin bài đăng trên nhóm Zalo: 27" counts posts, the
    groups are where they were posted."""
    out: list[Hit] = []
    for hit in hits:
        if out and text[out[-1].end : hit.start] in ("", " ") and out[-1].key[0] == hit.key[0]:
            continue
        out.append(hit)
    return _phrase_head(text, out)


def _column_titles(text: str, labels: list[Hit], heads: list[Hit]) -> list[Hit] | None:
    """A header line of column titles with one space between them, as a PDF's text gives
    a table without rules ("Số tin, bài Độ dài (phút) Số lần phát sóng"): every label,
    when each one that `_heads` took as a word of the label before it starts with a
    capital letter (a new title; "Tổng thời lượng phát sóng" is one) and the line starts
    with its first label (no "STT" column, whose figures would shift the others)."""
    titles = _one_form(labels)
    if len(titles) <= len(heads) or text[: titles[0].start].strip(" \t|-:"):
        return None
    dropped = [h for h in titles if h not in heads]
    return titles if all(text[h.start : h.start + 1].isupper() for h in dropped) else None


_PHRASE_END = re.compile(r"[:=]")
# Where or by whom, after a head label: "Số tin, bài đăng tải trên Fanpage, nhóm Zalo: 46".
_WHERE = re.compile(r"\s*(?:tren|tai|qua|cua|do|trong|len|vao|o)\b")


def _phrase_head(text: str, hits: list[Hit]) -> list[Hit]:
    colon = _PHRASE_END.search(text, hits[0].end) if hits else None
    if colon is None:
        return hits
    inside = [h for h in hits if h.end <= colon.start()]
    after = text[colon.end() :]
    if (
        len(inside) < 2
        or len(inside) < len(hits)  # more labels after the colon: a list, not one phrase
        or _tokens(text[: colon.start()])
        or len(_tokens(after)) != 1
        or (
            any(re.search(r"[,;|\t]", text[a.end : b.start]) for a, b in pairwise(inside))
            and not _WHERE.match(fold(text[inside[0].end : inside[1].start]))
        )
    ):
        return hits
    return [inside[0]]


# -- values ------------------------------------------------------------------------------


def _one_form(hits: list[Hit]) -> list[Hit]:
    """A line that names three fields or more of one form and one field of another is about
    the first: "các nhóm đăng tải 36 tin, bài" in a line on social media is not a count of
    news items for the radio."""
    fields: dict[str, set[str]] = {}
    for hit in hits:
        fields.setdefault(hit.key[0], set()).add(hit.key[1])
    main = max(fields, key=lambda f: len(fields[f]), default=None)
    if main is None or len(fields[main]) < 3:
        return hits
    return [h for h in hits if h.key[0] == main or len(fields[h.key[0]]) > 1]


def _line_values(
    line: _Line, text: str, hits: list[Hit], forms: Mapping[str, Form], context: str | None
) -> Iterator[tuple[str, Value]]:
    tokens = _tokens(text)
    fields = [forms[h.key[0]].field(h.key[1]) for h in hits]
    bound: dict[int, tuple[_Token, str | None]] = {}
    claimed: set[int] = set()
    for i in range(len(hits)):  # 1. "05 tin, bài"
        t = _before(text, tokens, hits, i, fields)
        if t is not None and t not in claimed:
            bound[i] = (tokens[t], None)
            claimed.add(t)
    after: list[int] = []
    for i in range(len(hits)):  # 2. "Số tin, bài: 12"
        if i not in bound:
            found = _after(text, tokens, hits, i, fields[i], claimed)
            if found:
                bound[i] = found
                after.append(i)
            elif fields[i].key in {fields[j].key for j in bound}:
                continue  # "Số tin, bài: 10 tin bài": the unit words of the figure
            elif aside := _only_aside(line.text, hits, i, fields[i]):
                bound[i] = (aside, None)  # "toàn bộ nhân dân (khoảng 6.000 người)"
    by_unit = list(_by_unit(text, tokens, claimed, hits, bound, fields, forms, context))  # 4.
    for i in after:  # what is left after a label: more figures than it can take
        bound[i] = (bound[i][0], bound[i][1] or _extra(text, tokens, hits, i, fields[i], claimed))
    for i, hit in enumerate(hits):
        if i in bound:
            token, doubt = bound[i]
            yield hit.key[0], _value(fields[i], token, hit, text, doubt)
        elif _ends_line(text, hit, hits):  # 3. the value on the next line
            below = _below(line.following, fields[i])
            if below:
                yield hit.key[0], _value(fields[i], _Token(below, False), hit, "", None)
    yield from by_unit
    valued = {fields[i].key for i in bound} | {value.field for _, value in by_unit}
    yield from _none(text, hits, valued, fields)


_BREAKDOWN = re.compile(r"\b(?:trong do|gom|bao gom|cu the|moi|tang|giam|bang|dat)\b")


def _aside_values(
    text: str, values: list[tuple[str, Value]], matcher: Matcher, forms: Mapping[str, Form]
) -> list[tuple[str, Value]]:
    """Figures of a field named inside parentheses ("07 tin, bài (tổng độ dài 40 phút)"),
    for the fields the line gives no other figure: an aside that only completes the
    line.  Breakdowns, comparisons and other periods in parentheses stay set aside."""
    valued = {(form_id, v.field) for form_id, v in values}
    out = []
    for m in asides.PARENTHESES.finditer(text):
        inner = asides.mask(m[0][1:-1])
        if (
            states_period(m[0])
            or asides.ELSEWHERE.search(fold(inner))
            or _BREAKDOWN.search(fold(inner))
        ):
            continue
        hits = _one_form(_heads(inner, list(matcher.find(inner))))
        found = _line_values(_Line(inner, 0, ""), inner, hits, forms, None)
        out += [(f, v) for f, v in found if (f, v.field) not in valued and v.how != "đơn vị"]
    return out


_NONE = re.compile(
    r"\b(?:(?:khong|ko|k|chua) (?:co|phat hien|xay ra|ghi nhan|phat sinh)\b"
    r"(?! (?:so lieu|thong ke|bao cao|tong hop|ket qua))"
    r"|^\W*(?:khong|ko|k)\W*$)"
)
# No figure yet: the field stays missing, with the unit's words for the clerk.
_PENDING = re.compile(
    r"\b(?:chua (?:co )?(?:so lieu|thong ke|tong hop|cap nhat|bao cao)"
    r"|dang (?:tong hop|thong ke|cap nhat))\b"
)


def _none(
    text: str, hits: list[Hit], valued: set[str], fields: list[Field]
) -> Iterator[tuple[str, Value]]:
    """ "không phát hiện trường hợp tin giả nào", "Tin giả: chưa phát hiện", "ko": a count
    of zero, for a field that found no figure on the line.  "chưa thống kê", "đang tổng
    hợp": no figure yet, said to the clerk."""
    for i, hit in enumerate(hits):
        if fields[i].key in valued:
            continue
        clause = _CLAUSE_END.search(text, hit.end)
        stop = clause.start() if clause else len(text)
        following = [h.start for h in hits[i + 1 :] if h.start < stop]
        before = fold(text[max((h.end for h in hits[:i]), default=0) : hit.start])[-40:]
        after = "" if following else fold(text[hit.end : stop])  # "tin giả: không có"
        after = asides.WORDS_QUALIFIER.sub(" ", after)  # "không (ứng dụng đã ngừng)"
        if _tokens(text[hit.end : stop]):
            continue
        if pending := _PENDING.search(after):
            said = text[hit.end + pending.start() : hit.end + pending.end()]
            doubt = f'{fields[i].label}: đơn vị ghi "{said}", cần bổ sung số liệu'
            yield hit.key[0], Value(fields[i].key, math.nan, said, "", "chưa có số", doubt=doubt)
        elif fields[i].type == "count" and (
            _NONE.search(before) or _NONE.search(after.strip(" :=-"))
        ):
            yield hit.key[0], Value(fields[i].key, 0.0, "không", "", "không có")


def _tokens(text: str) -> list[_Token]:
    durations: list[_Token] = []
    position = 0
    while (q := find_duration(text, position)) is not None and q.unit in TIME_UNITS:
        last = durations[-1].quantity if durations else None
        if last and last.unit == "gio" and q.unit == "phut" and _joins(text[last.end : q.start]):
            q = replace(
                q, value=last.value + q.value, start=last.start, raw=text[last.start : q.end]
            )  # "một tiếng bốn mươi phút"
            durations.pop()
        durations.append(_Token(q, True))
        position = q.end
    spans = [(d.start, d.end) for d in durations]
    numbers = [
        _Token(q, False) for q in find_numbers(text) if not any(s <= q.start < e for s, e in spans)
    ]
    return sorted(durations + numbers, key=lambda t: t.start)


def _joins(gap: str) -> bool:
    return fold_key(gap) in ("", "va")


def _fits(field: Field, token: _Token) -> bool:
    if field.type == "minutes":
        return token.duration or token.quantity.unit is None
    unit = token.quantity.unit
    if unit in FOREIGN_UNITS and unit not in field.unit_keys:
        return False  # "phát sóng 14 chương trình": programmes, not broadcasts
    return not token.duration and unit not in TIME_UNITS


def _before(
    text: str, tokens: list[_Token], hits: list[Hit], i: int, fields: list[Field]
) -> int | None:
    """The number right before a label that starts with a unit word: "05 tin, bài"; not
    when the label has its own figure after it ("số lượt phát 24 người nghe 1.800"), nor
    when the number is another label's, written after its colon ("Số tin, bài đăng tải:
    42 tin, bài")."""
    hit, field = hits[i], fields[i]
    if fold_key(hit.text).split()[:1] and fold_key(hit.text).split()[0] not in UNIT_WORDS:
        return None
    floor = hits[i - 1].end if i else 0
    candidates = [n for n, t in enumerate(tokens) if floor <= t.start and t.end <= hit.start]
    if not candidates or not _fits(field, tokens[candidates[-1]]):
        return None
    first = tokens[candidates[0]]
    separated = text[floor : first.start]  # "Số tin, bài đăng tải: 42 tin, bài"
    label_value = i and len(candidates) == 1 and re.fullmatch(r"\s*[:=]\s*", separated)
    if label_value and _fits(fields[i - 1], first):
        return None  # the figure of the label before, its unit words after it
    stop = _region_end(text, hits, i)
    after = [t for t in tokens if hit.end <= t.start and t.end <= stop]
    gap = text[hit.end : after[0].start] if after else ""
    if (
        after
        and _fits(field, after[0])
        and _gap_ok(gap)
        and not re.search(r"[,;()]", gap)
        and not _unit_label_at(text, after[0].end, hits)
    ):
        return None  # "người nghe 1.800": the label's own figure follows it
    token = tokens[candidates[-1]]
    gap = text[token.end : hit.start]
    words = fold_key(gap).split()
    units = field.unit_keys
    if re.search(r"[^\w\s]", gap) or len(words) > 1 or any(w not in units for w in words):
        return None  # "18 lần, người nghe": the comma and "lần" part them
    return candidates[-1]


def _unit_label_at(text: str, at: int, hits: list[Hit]) -> bool:
    """Whether a label that starts with a unit word follows right after `at`: in "14 nhóm
    Zalo với 1.210 thành viên", 1.210 is the members', not the groups'."""
    start = at + len(text[at:]) - len(text[at:].lstrip())
    return any(
        h.start == start
        and fold_key(h.text).split()[:1]
        and fold_key(h.text).split()[0] in UNIT_WORDS
        for h in hits
    )


def _region_end(text: str, hits: list[Hit], i: int) -> int:
    following = min((h.start for h in hits[i + 1 :] if h.start >= hits[i].end), default=len(text))
    clause = _CLAUSE_END.search(text, hits[i].end)
    return min(following, clause.start() if clause else len(text))


def _after(
    text: str, tokens: list[_Token], hits: list[Hit], i: int, field: Field, claimed: set[int]
) -> tuple[_Token, str | None] | None:
    hit, stop = hits[i], _region_end(text, hits, i)
    for n, token in enumerate(tokens):
        if token.start < hit.end or token.end > stop or n in claimed:
            continue
        gap = text[hit.end : token.start]
        if not _fits(field, token) or not (_gap_ok(gap, field) or _LABEL_PHRASE.fullmatch(gap)):
            return None
        claimed.add(n)
        return _computed(text, tokens, n, stop, claimed) or (token, None)
    return None


def _computed(
    text: str, tokens: list[_Token], n: int, stop: int, claimed: set[int]
) -> tuple[_Token, str | None] | None:
    """ "3 lần/ngày x 7 ngày = 21 lần": the stated result, when the sum or product holds."""
    equals = text.rfind("=", tokens[n].end, stop)
    if equals < 0:
        return None
    terms = [t for t in tokens if tokens[n].start <= t.start and t.end <= equals]
    results = [m for m, t in enumerate(tokens) if equals < t.start and t.end <= stop]
    if not results:
        return None
    result = tokens[results[0]]
    claimed.update(m for m, t in enumerate(tokens) if tokens[n].start <= t.start < result.end)
    total = _evaluate(text, terms)
    if total is None or abs(total - result.quantity.value) > 1e-9:
        shown = text[tokens[n].start : result.end].strip()
        return result, f'Phép tính "{shown}" không khớp, cần kiểm tra'
    return result, None


def _evaluate(text: str, terms: list[_Token]) -> float | None:
    total = terms[0].quantity.value if terms else None
    for left, right in zip(terms, terms[1:], strict=False):
        between = fold_key(text[left.end : right.start].replace("×", " x ").replace("*", " x "))
        ops = [_OPERATORS[w] for w in between.split() if w in _OPERATORS] or (
            ["+"] if "+" in text[left.end : right.start] else []
        )
        if len(ops) != 1 or total is None:
            return None
        total = total * right.quantity.value if ops[0] == "*" else total + right.quantity.value
    return total


def _only_aside(original: str, hits: list[Hit], i: int, field: Field) -> _Token | None:
    """A label whose only figure is in parentheses ("Người nghe: toàn bộ nhân dân (khoảng
    6.000 người)"): that figure, when it is the only one up to the next label."""
    stop = _region_end(original, hits, i)
    inside = [t for t in _tokens(original[:stop]) if t.start >= hits[i].end and _fits(field, t)]
    if len(inside) != 1 or not asides.PARENTHESES.search(original[hits[i].end : stop]):
        return None
    token = inside[0]
    if token.quantity.unit not in field.unit_keys:
        return None  # "(khoảng 6.000 người)" names people; "(2 sheet trong file)" does not
    opening = original.rfind("(", hits[i].end, token.start)
    if opening < 0 or ")" in original[opening : token.start]:
        return None
    closing = original.find(")", token.end)
    aside = fold(original[opening : closing if closing > 0 else stop])
    return None if asides.ELSEWHERE.search(aside) else token  # "(tuần trước 12 tin bài)"


def _extra(
    text: str, tokens: list[_Token], hits: list[Hit], i: int, field: Field, claimed: set[int]
) -> str | None:
    """More figures after a label than it can take: "8 tin, 2 bài", "1.500 - 2.000".  A
    count of things ("18 lần trên 6 cụm loa", "tại 5 bản") is not one of them."""
    hit, stop = hits[i], _region_end(text, hits, i)
    others = [
        t
        for n, t in enumerate(tokens)
        if n not in claimed
        and hit.end <= t.start
        and t.end <= stop
        and not (t.quantity.unit in FOREIGN_UNITS and t.quantity.unit not in field.unit_keys)
        and not _names_a_thing(text, t)
    ]
    if not others:
        return None
    shown = text[hit.end : stop].strip(" \t:-=|,")
    return f'Có nhiều số cho {hit.text.strip()}: "{shown}", cần kiểm tra'


_NAME_NUMBER = re.compile(r"[^\W\d_]-?$")  # "Covid-19", "H5N1", "khóa XV" is no figure
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$")


def _names_a_thing(text: str, token: _Token) -> bool:
    """A number that is part of a name or a date, not a count: "Covid-19", "nhiệm kỳ
    2021-2026", "năm 2021"."""
    if token.duration or token.quantity.unit:
        return False
    if _NAME_NUMBER.search(text[max(0, token.start - 2) : token.start]):
        return True
    return bool(_YEARS.match(token.quantity.raw.strip()))


def _by_unit(
    text: str,
    tokens: list[_Token],
    claimed: set[int],
    hits: list[Hit],
    bound: dict[int, tuple[_Token, str | None]],
    fields: list[Field],
    forms: Mapping[str, Form],
    context: str | None,
) -> Iterator[tuple[str, Value]]:
    """Figures with no label whose unit word names one field of the line's form (the form
    of its labels, else of the lines before it): "Phát: 14 lượt" after "Tin bài: 7".  On
    a line whose labels found no figure, only a unit word of a field the line names binds
    ("phát hiện 01 trường hợp chia sẻ thông tin sai sự thật"), never a bare time."""
    form_ids = {hits[i].key[0] for i in bound}
    named = set() if form_ids else {h.key[1] for h in hits}
    form_ids = form_ids or {h.key[0] for h in hits}
    if not hits and context:  # a line of figures alone, under the lines of a report
        form_ids = {context}
    if len(form_ids) != 1:
        return
    form = forms[next(iter(form_ids))]
    taken = {fields[i].key for i in bound}
    for n, token in enumerate(tokens):
        if n in claimed:
            continue
        field = _field_of_unit(form, token)
        if field is None or (named and (token.duration or field.key not in named)):
            continue
        claimed.add(n)
        doubt = None
        if field.key in taken:
            doubt = f'Có nhiều số cho {field.label}: "{token.quantity.raw}", cần kiểm tra'
        taken.add(field.key)
        hit = Hit(token.start, token.end, (form.id, field.key), token.quantity.raw)
        yield form.id, replace(_value(field, token, hit, text, doubt), how="đơn vị")


def _field_of_unit(form: Form, token: _Token) -> Field | None:
    if token.duration:
        found = [f for f in form.fields if f.type == "minutes"]
    else:
        unit = token.quantity.unit
        found = [f for f in form.fields if unit and unit in f.unit_keys]
    return found[0] if len(found) == 1 else None


def _ends_line(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Nothing but filler after the label, to the end of its line: "... người nghe là"."""
    if any(h.start >= hit.end for h in hits):
        return False
    words = fold_key(text[hit.end :]).split()
    return len(words) <= 2 and all(w in FILLER for w in words)


def _below(following: str, field: Field) -> Quantity | None:
    """ "Số tin, bài:" at the end of a line, "12" alone on the next one."""
    parse = parse_duration if field.type == "minutes" else parse_number
    return parse(following.strip())


def _gap_ok(gap: str, field: Field | None = None) -> bool:
    """Few enough words between a label and its figure: filler, the field's own unit
    words, and an aside in parentheses without figures ("(Zalo, Facebook) đã thành lập")."""
    words = fold_key(_PLAIN_ASIDE.sub(" ", gap)).split()
    units = {w for key in field.unit_keys for w in key.split()} if field else set()
    unknown = [w for w in words if w not in FILLER and w not in units]
    return len(unknown) <= MAX_UNKNOWN_GAP_WORDS and len(words) <= 8


_PLAIN_ASIDE = re.compile(r"\([^()\d]*\)")
# The rest of a long label up to its colon: "Số tin, bài đăng tải| , chia sẻ trên các nhóm
# mạng xã hội của xã: |35".
_LABEL_PHRASE = re.compile(r"[^\d:;.=|\n]{0,80}[:=]\s*")


def _value(field: Field, token: _Token, hit: Hit, text: str, doubt: str | None) -> Value:
    quantity = doubts.settle_separators(field, token.quantity)
    value, how = quantity.value, "nhãn"
    if field.type == "minutes":
        how = "nhãn, thời lượng"
        if quantity.unit is None and _says_hours(hit.text + " " + text[hit.end : quantity.start]):
            value, how = value * 60, "nhãn, thời lượng tính bằng giờ"
    doubt = doubt or quantity.ambiguous or doubts.sign_doubt(field, quantity, text)
    doubt = doubt or doubts.bound_doubt(field, text[: quantity.start], quantity.raw)
    label = text[_phrase_start(text, hit.start) : quantity.start] if text else hit.text
    doubt = doubt or doubts.wrong_unit_words(field, label)
    doubt = doubt or doubts.running_total(field, label)
    return Value(field.key, value, quantity.raw.strip(), "", how, quantity.approximate, doubt)


def _phrase_start(text: str, at: int) -> int:
    """Where the phrase of a label begins: after the last ",", ";", "." or ":" before it
    ("Số hộ nghe được" for the label "nghe")."""
    return max(text.rfind(mark, 0, at) for mark in ",;.:") + 1


def _says_hours(label: str) -> bool:
    words = fold_key(label).split()
    return ("gio" in words or "h" in words or "tieng" in words) and "phut" not in words


# -- tables written as text --------------------------------------------------------------


_RULE = re.compile(r"^[\s|+:=_-]*-[\s|+:=_-]*$")


def _text_table(
    logical: list[_Line], index: int, hits: list[Hit], forms: Mapping[str, Form], origin: str
) -> list[Candidate]:
    """A header line of labels over lines of bare figures, as PDFs and pasted ranges show
    tables: "STT  Số lần phát sóng  Ước số người nghe" / "1  30  2.000".  A row gives its
    figures in the order of the labels; its other words name its unit."""
    form_id = hits[0].key[0]
    if any(h.key[0] != form_id for h in hits):
        return []
    fields = [forms[form_id].field(h.key[1]) for h in hits]
    numbered = fold_key(logical[index].text[: hits[0].start]).startswith("stt")
    out: list[Candidate] = []
    for line in logical[index + 1 :]:
        if _RULE.match(line.text):
            continue  # "|------|------|" under a header drawn in plain text
        tokens = _tokens(line.text)
        if numbered and len(tokens) == len(hits) + 1 and tokens[0].quantity.value == len(out) + 1:
            tokens = tokens[1:]
        if not tokens or len(tokens) != len(hits):
            break
        if not all(_fits(f, t) for f, t in zip(fields, tokens, strict=True)):
            break
        values = tuple(
            _value(f, t, h, line.text, None) for f, t, h in zip(fields, tokens, hits, strict=True)
        )
        values = tuple(
            replace(v, source=f"{origin}, dòng {line.number}", how="bảng chữ") for v in values
        )
        unit = _row_words(line.text, [t.quantity for t in tokens])
        out.append(Candidate(form_id, values, origin, unit_text=unit or None))
    return out


def _row_words(text: str, figures: list[Quantity]) -> str:
    """The text of a row outside its figures and its leading number: the unit's name."""
    words = text[: figures[0].start]
    words = re.sub(r"^\s*\d{1,3}[.)]?\s+", "", words)
    return words.strip(" \t|-:")
