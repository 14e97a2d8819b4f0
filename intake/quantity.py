"""Vietnamese numbers and durations in free text.

Reports write "." for thousands and "," for decimals ("5.000", "1,5", "1.234,5"), mix
figures and words ("3,5 nghìn", "1 triệu 2", "hai mươi mốt"), hedge ("khoảng", "ước",
"vài chục") and put dates, clock times, phone numbers and list markers between the
figures.  This module finds the figures and says how sure it is:

* `approximate`: the writer hedged ("khoảng 2 ngàn", "~50", "vài chục");
* `ambiguous`: a short Vietnamese reason why the *reading* is uncertain ("1.5": decimal
  or a misplaced thousands dot?); the value is then the most plausible reading.

Spans (`start`, `end`) cover the figure with its scale words ("3,5 nghìn") but neither the
hedge word before it nor the unit after it; a duration's span includes its units
("1 giờ 15 phút").  Words (units, hedges, number words) are matched on folded text (see
`intake.text.fold`), so "45 phut" reads like "45 phút"; but when the text has accents
anywhere, number words must carry theirs, so "bà" is not "ba" (3) and "sau" (after) is not
"sáu" (6).  The text should be NFC (as intake produces it); spans always index the text
as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from intake.text import fold, fold_chars, nfc, remember


@dataclass(frozen=True)
class Quantity:
    """A number or duration read from text; `raw == text[start:end]`."""

    value: float
    start: int
    end: int
    raw: str
    approximate: bool = False
    ambiguous: str | None = None
    unit: str | None = None


def parse_number(text: str) -> Quantity | None:
    """Read `text` as one number, e.g. a table cell: "12", "khoảng 2 ngàn", "3.500 người".

    Hedge words before and unit words after the number are allowed; anything else
    (a second number, a date, a sentence) gives None.
    """
    t = _prepare(text, 0, None)
    q = next(_scan(t, _NUMBER_MODE), None)
    return q if q and _is_whole(t, q, _NUMBER_TAIL) else None


def find_number(text: str, start: int = 0, end: int | None = None) -> Quantity | None:
    """Return the first number in `text[start:end]`; spans are relative to `text`.

    Skipped as not quantities: dates ("05/02", "ngày 11/02/2021", "04 tháng 02 năm
    2021"), clock times ("16h00", "16:00", "lúc 16 giờ", "4 giờ chiều"), weekdays and
    ordinals ("thứ 5", "lần thứ hai"), phone numbers, document numbers ("12/BC-UBND"),
    codes ("Covid-19", "F0") and list markers at line start ("1.", "2)").  A number
    written as a single word ("năm", "tư", "hai") is taken only when a unit word follows
    it ("năm tin") or it stands alone between delimiters ("Số tin bài: năm"), because
    "năm" is also "year" and "tư" "private".

    The window is read as if it were the whole text, so `end` must not cut a number;
    a hedge word ("khoảng") just before `start` still counts.
    """
    return next(_scan(_prepare(text, start, end), _NUMBER_MODE), None)


def find_numbers(text: str) -> list[Quantity]:
    """Return every number in `text`, in order (see `find_number`)."""
    return list(_scan(_prepare(text, 0, None), _NUMBER_MODE))


def parse_duration(text: str) -> Quantity | None:
    """Read `text` as one duration, value in minutes: "1 giờ 15 phút", "01:30", "45".

    A bare number counts as minutes with `unit=None`.  A per-session form ("30 phút/buổi
    x 2 buổi") gives its first duration, marked ambiguous, whatever follows it.
    """
    t = _prepare(text, 0, None)
    q = next(_scan(t, _DURATION_MODE), None)
    if q and (q.ambiguous == PER_SESSION or _is_whole(t, q, _DURATION_TAIL)):
        return q
    return None


def find_duration(text: str, start: int = 0, end: int | None = None) -> Quantity | None:
    """Return the first duration in `text[start:end]`, value in minutes.

    A duration has a time unit: "45 phút", "45p", "75'", "1h15", "1g15", "1 tiếng rưỡi",
    "1,5 giờ", "01:30", "30 giây", "nửa tiếng".  Its `unit` is the largest unit written,
    "gio", "phut" or "giay" ("gio" for "01:30").  When the window holds no such duration,
    the first number without any unit is returned as minutes with `unit=None`; numbers
    with another unit ("05 tin") are never durations.  Clock times after "lúc", "trước",
    "vào" or before "sáng", "chiều"... are skipped.
    """
    bare = None
    for q in _scan(_prepare(text, start, end), _DURATION_MODE):
        if q.unit is not None:
            return q
        bare = bare or q
    return bare


PER_SESSION = "thời lượng tính theo buổi/lần"

# ---------------------------------------------------------------------------
# Patterns, over folded text.

_SP = r"[ \t\u00a0\u202f]"
_NOT_AFTER_WORD = r"(?<![^\W_])"
_END_OF_WORD = r"(?![^\W_])"
_FIGURE = r"[0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3}(?![0-9]))+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)*"

# kind, value; "digit" 0-9, "tens" mươi/mười/chục, "hundred", "scale", "linh" (zero
# filler), "half" (rưỡi), "vague" (vài: a few; the value is the least it can mean),
# "many" (hàng: needs chục/trăm/nghìn... after it).
_WORDS: dict[str, tuple[str, float]] = {
    "không": ("digit", 0), "một": ("digit", 1), "mốt": ("digit", 1), "hai": ("digit", 2),
    "ba": ("digit", 3), "bốn": ("digit", 4), "tư": ("digit", 4), "năm": ("digit", 5),
    "lăm": ("digit", 5), "nhăm": ("digit", 5), "sáu": ("digit", 6), "bảy": ("digit", 7),
    "bẩy": ("digit", 7), "tám": ("digit", 8), "chín": ("digit", 9),
    "mười": ("tens", 10), "mươi": ("tens", 10), "chục": ("tens", 10),
    "trăm": ("hundred", 100), "nghìn": ("scale", 1e3), "ngàn": ("scale", 1e3),
    "triệu": ("scale", 1e6), "tỷ": ("scale", 1e9), "tỉ": ("scale", 1e9),
    "linh": ("linh", 0), "lẻ": ("linh", 0), "rưỡi": ("half", 0.5),
    "vài": ("vague", 2), "mấy": ("vague", 2), "dăm": ("vague", 5), "hàng": ("many", 1),
}  # fmt: skip
_PLAIN_WORDS = {fold(word): entry for word, entry in _WORDS.items()}
_WORD = "(?:" + "|".join(sorted(_PLAIN_WORDS, key=len, reverse=True)) + ")" + _END_OF_WORD

_APPROX_WORDS = frozenset(
    {"ước", "ước tính", "ước khoảng", "ước đạt", "ước chừng", "khoảng", "khoảng chừng", "gần"}
    | {"trên", "hơn", "xấp xỉ", "tầm", "chừng"}
)
_APPROX_RX = (
    rf"uoc(?:{_SP}+(?:tinh|khoang|dat|chung))?|khoang(?:{_SP}+chung)?|gan|tren|hon|xap{_SP}+xi"
    r"|tam|chung"
)
_APPROX = re.compile(rf"(?:{_NOT_AFTER_WORD}(?P<w>{_APPROX_RX})|~|≈){_SP}*$")
# how each hedge of _APPROX_RX ends: a quick test before the regex
_HEDGE_ENDS = ("uoc", "tinh", "khoang", "dat", "chung", "gan", "tren", "hon", "xi", "tam", "~", "≈")
_UNITS = (
    "truong hop|chuong trinh|ban tin|to roi|bang ron|khau hieu|van ban|tai lieu|pa no|"
    "tin|bai|luot|lan|nguoi|ng|phut|gio|giay|tieng|nhom|ho|buoi|vu|cuoc|xa|thon|ban|to|doi|"
    "diem|cum|loa|cai|chiec|ca|ngay|tuan|thang|km|kg|dong"
)
_UNIT = re.compile(rf"{_SP}*(?:(?P<u>%)|(?P<w>{_UNITS}){_END_OF_WORD})")

# list markers at line start: "1.", "2)", "(3)", "1.2." followed by text
_MARKER = r"^[ \t]*\(?[0-9]{1,2}(?:\.[0-9]{1,2})*[.)](?=[ \t]*[^\W\d_]|[ \t]+\S)"
# Things that look like numbers but are not quantities.  Each starts a word; the scan
# checks that once for all of them (see `_tokens`), so none repeats it.
_SKIPS = {
    "date_words": rf"(?:(?:ngay{_SP}+)?[0-9]{{1,2}}{_SP}+thang{_SP}+[0-9]{{1,2}}"
    rf"|thang{_SP}+[0-9]{{1,2}}(?=[/-][0-9]{{4}}|{_SP}+nam{_SP}+[0-9]))"
    rf"(?:[/-][0-9]{{4}}|{_SP}+nam{_SP}+[0-9]{{2,4}})?{_END_OF_WORD}",
    "date": r"(?<![.,/-])[0-9]{1,2}(?:/[0-9]{1,2}(?:/[0-9]{2,4})?|\.[0-9]{1,2}\.[0-9]{2,4}"
    r"|-[0-9]{1,2}-[0-9]{2,4})(?![^\W_]|[/.,-][0-9])",
    "docref": rf"[0-9]+/[a-z]{{2,}}(?:-[a-z0-9]+)*{_END_OF_WORD}",
    "phone": r"(?<![.,])(?:\+84|\(0[0-9]{1,4}\)|0[0-9]{1,4})(?:[ .\-]?[0-9]{2,7}){1,4}"
    r"(?![0-9])",
    "clock_after": rf"(?:luc|truoc|vao(?:{_SP}+luc)?){_SP}+[0-9]{{1,2}}"
    rf"(?:{_SP}*(?:gio|h|g)(?![^\W\d_])(?:{_SP}*[0-9]{{1,2}}(?:{_SP}*(?:phut|p){_END_OF_WORD})?)?"
    r"|:[0-9]{2})",
    "clock_before": rf"[0-9]{{1,2}}(?:{_SP}*(?:gio|h|g)(?:{_SP}*[0-9]{{1,2}}"
    rf"(?:{_SP}*(?:phut|p))?)?|:[0-9]{{2}}){_SP}+(?:sang|chieu|toi|trua|dem){_END_OF_WORD}",
    "weekday": rf"(?:thu{_SP}+(?:[0-9]{{1,2}}|hai|ba|tu|nam|sau|bay)"
    rf"|chu{_SP}+nhat){_END_OF_WORD}",
}
_DATE_SEPARATOR = re.compile(r"[/.-]")
_CLOCK = r"[0-9]{1,2}(?:[hg:][0-9]{2}(?![0-9])(?:'|p(?![^\W_]))?|h(?![^\W_]))"
_HALF_HOUR = rf"(?:nua{_SP}+(?:gio|tieng)|(?P<and_half>(?:gio|tieng){_SP}+ruoi)){_END_OF_WORD}"
_NUMBER_START = rf"(?<![^\W\d_]-)(?:{_FIGURE}|{_WORD})"  # not "Covid-19"
_NUMBER = re.compile(rf"{_NOT_AFTER_WORD}{_NUMBER_START}(?:{_SP}+(?:{_FIGURE}|{_WORD}))*")
_ATOM = re.compile(rf"(?P<figure>{_FIGURE})|{_WORD}")


def _tokens(**extra: str) -> re.Pattern[str]:
    """One pattern for all tokens, each a named group; the first found wins."""
    parts = {**_SKIPS, **extra, "number": _NUMBER_START}
    tokens = "|".join(f"(?P<{name}>{rx})" for name, rx in parts.items())
    return re.compile(rf"(?P<marker>{_MARKER})|{_NOT_AFTER_WORD}(?:{tokens})", re.M)


_DURATION_TAIL_RX = r"""
    (?P<clock>:(?P<cm>[0-9]{2})(?::(?P<cs>[0-9]{2}))?(?![0-9]))
  | SP*(?:
        (?P<hours>gio|tieng|[hg](?![^\W\d_]))
        (?: SP*(?P<half>ruoi)(?![^\W_])
          | SP*(?P<m>[0-9]{1,2})
            (?: SP*(?:phut(?![^\W_])|p(?![^\W\d_])|'(?!'))
              | (?!SP*[^\W\d_]|[.,]?[0-9])
              | (?:(?<=[hg][0-9])|(?<=[hg][0-9]{2}))(?![.,]?[0-9]) ) )?
      | (?P<minutes>phut(?![^\W_])|p(?![^\W\d_])|'(?!'))
    )
    (?: SP*(?P<s>[0-9]{1,2})SP*(?:giay(?![^\W_])|''))?
  | SP*(?P<seconds>giay(?![^\W_])|'')
""".replace("SP", _SP)
_DURATION_UNIT = re.compile(_DURATION_TAIL_RX, re.X)
_PER_SESSION_AFTER = re.compile(  # "30 phút/buổi"; but "30p / Số lượt phát: 12" separates
    rf"{_SP}*/{_SP}*(?:1{_SP}*)?(?:buoi|lan|ngay|tuan|ban tin|chuong trinh){_END_OF_WORD}"
    rf"|/(?:1{_SP}*)?(?:tin|bai|so){_END_OF_WORD}"
    rf"|{_SP}+(?:moi|mot|1){_SP}+(?:buoi|lan){_END_OF_WORD}"
)
_PER_SESSION_BEFORE = re.compile(rf"{_NOT_AFTER_WORD}moi{_SP}+(?:buoi|lan)[\W_]*$")

_ALONE_LEFT = re.compile(r"(?:^|[:;,\n])[\W_]*$")
_ALONE_RIGHT = re.compile(r"[^\w:;,\n]*(?:[;,\n]|$)")
_LEAD = re.compile(rf"[\W_]*(?:(?:{_APPROX_RX}){_END_OF_WORD}[\W_]*)*")
_NUMBER_TAIL = re.compile(rf"(?:[^\w%]*(?:%|(?:{_UNITS}){_END_OF_WORD}))*[\W_]*")
_DURATION_TAIL = re.compile(r"[\W_]*")
_VIETNAMESE = re.compile(
    "[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]"
)

# ---------------------------------------------------------------------------
# Scanning.


class _Text(NamedTuple):
    """A text prepared for scanning: the original, its NFC and folded twins, the window."""

    original: str
    composed: str  # NFC, same length as the original (the original if NFC changes length)
    folded: str  # fold of `composed`, same length
    start: int
    end: int
    accented: bool  # written with accents: words must match with their accents


def _prepare(text: str, start: int, end: int | None) -> _Text:
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    composed, folded, accented = _twins(text)
    return _Text(text, composed, folded, start, end, accented)


def _twins(text: str) -> tuple[str, str, bool]:
    """The NFC and folded twins of `text`, and whether it is accented.  A line is often
    read more than once (find_duration from each duration on, then find_numbers), so
    the twins of short texts are kept; the memo is emptied when full, which bounds it."""
    twins = _TWINS.get(text)
    if twins is not None:
        return twins
    composed = nfc(text)
    if len(composed) != len(text):
        composed = text
    accented = _VIETNAMESE.search(composed) is not None
    return remember(_TWINS, text, (composed, fold_chars(composed), accented), 2048)


_TWINS: dict[str, tuple[str, str, bool]] = {}


_Reader = Callable[[_Text, int], tuple[Quantity | None, int]]


@dataclass(frozen=True)
class _Mode:
    """What a scan looks for: its token pattern and how it reads a number."""

    tokens: re.Pattern[str]
    read: _Reader


def _scan(t: _Text, mode: _Mode) -> Iterator[Quantity]:
    """Yield the quantities of `t`'s window, skipping dates, clock times, phones..."""
    window = t.folded[t.start : t.end]
    if not _DIGIT.search(window) and _QUANTITY_WORDS.isdisjoint(_WORD_RUN.findall(window)):
        return  # a third of the lines: much cheaper than the token pattern, see below
    pos = t.start
    while (m := mode.tokens.search(t.folded, pos, t.end)) is not None:
        kind = m.lastgroup
        if kind == "half_hour":
            q, pos = _half_hour(t, m), m.end()
        elif kind != "number" and _is_skipped(t, kind, m):
            q, pos = None, m.end()
        else:
            q, pos = mode.read(t, m.start())
        if q is not None:
            yield _garbled(t, _glued(t, q))


# Every token that yields a quantity starts with a figure or a number word, or is "nửa
# tiếng" ("tiếng rưỡi" holds a number word): a window with no digit and none of these
# words (as whole words, which is how `_WORD` matches them) holds no quantity.
_DIGIT = re.compile(r"[0-9]")
_WORD_RUN = re.compile(r"[^\W_]+")
_QUANTITY_WORDS = frozenset(_PLAIN_WORDS) | {"nua"}

_GLUED = re.compile(r"[^\W\d_]+[0-9]*")
# Beside a figure, what says its digits were damaged on the way: the replacement
# character of a byte that could not be decoded, or a "?" written in its place.
_DAMAGE = "\ufffd?"
# A lone letter that looks like a digit, glued to a figure by a separator: "S.400" is a
# 5.400 mistyped or misread, never 400.
_LOOKALIKE_BEFORE = re.compile(r"(?<![^\W\d_])[SsOoIlBZG][.,]$")
# ... or after the separator: "1.O00" is 1.000 mistyped, never 1.
_LOOKALIKE_AFTER = re.compile(r"[.,](?=[0-9SOoIlBZG]*[SOoIlBZG])[0-9SOoIlBZG]+(?![^\W_])")
# A figure that starts right after a digit and a separator is the tail of a longer one
# whose head could not be read: "I5.000" must not pass for 000.
_TAIL = re.compile(r"[0-9][.,]$")
# What each test of `_garbled` needs right before a figure (a separator, damage, or the
# newline before which "$" matches too), and right after it.
_MARKS_BEFORE = frozenset(".,\n" + _DAMAGE)
_MARKS_AFTER = frozenset(".," + _DAMAGE)


def _garbled(t: _Text, q: Quantity) -> Quantity:
    """A figure written against damaged characters is in doubt: its digits are not all
    there ("11\ufffd", "\ufffd7", "11?", "S.400"), and the rest must not pass for it."""
    if q.ambiguous:
        return q
    start, end = q.start, q.end
    left, right = t.original[start - 1 : start] if start else "", t.original[end : end + 1]
    if left not in _MARKS_BEFORE and right not in _MARKS_AFTER:
        return q  # most figures: none of the patterns below can match (answered cheaply)
    lookalike = _LOOKALIKE_BEFORE.search(t.original[max(0, start - 3) : start])
    if lookalike:
        start -= len(lookalike[0])
    elif start and t.original[start - 1] in _DAMAGE:
        start -= 1
    elif _TAIL.search(t.original[max(0, start - 2) : start]):
        start -= 2
        while start and t.original[start - 1].isalnum():
            start -= 1  # the head glued to letters, that made it unreadable
    if t.original[end : end + 1] and t.original[end] in _DAMAGE:
        end += 1
    elif after := _LOOKALIKE_AFTER.match(t.original, end):
        end = after.end()
    if (start, end) == (q.start, q.end):
        return q
    written = t.original[start:end]
    return replace(q, ambiguous=f'Số có ký tự lỗi bên cạnh, không đọc chắc được: "{written}"')


_SHORT_SCALE = re.compile(r"(k|tr)([0-9]{1,2})?")


def _glued(t: _Text, q: Quantity) -> Quantity:
    """A figure written against letters that are not a unit ("1tr2", "1k5") is in doubt:
    its reading stops at the letters, which may multiply it."""
    if q.unit is not None or q.ambiguous or q.end >= len(t.original):
        return q
    word = _GLUED.match(t.original, q.end)
    if word is None:
        return q
    written = t.original[q.start : word.end()]
    short = _SHORT_SCALE.fullmatch(t.folded[q.end : word.end()])
    if short:  # "1k5", "2k", "1tr2": how people write thousands and millions on a phone
        scale = 1e3 if short[1] == "k" else 1e6
        tail = int(short[2]) / 10 ** len(short[2]) if short[2] else 0
        return replace(q, value=(q.value + tail) * scale, end=word.end(), raw=written)
    return replace(q, ambiguous=f'Số viết liền với chữ, không rõ nghĩa: "{written}"')


def _is_skipped(t: _Text, kind: str | None, m: re.Match[str]) -> bool:
    """Whether token `m` is really what its pattern says (else it is read as a number)."""
    if kind == "date":
        day, month = (int(x) for x in _DATE_SEPARATOR.split(m[0])[:2])
        return 1 <= day <= 31 and 1 <= month <= 12
    if kind == "docref":
        letters = t.composed[m.start() : m.end()].split("/", 1)[1]
        return letters.isupper()
    if kind == "weekday":  # "thứ 5", not "thu 5 triệu" (collect)
        return not t.accented or t.composed[m.start() : m.start() + 3].lower() in ("thứ", "chủ")
    if kind == "phone":
        digits = sum(c.isdigit() for c in m[0])
        return 10 <= digits <= 11 if m[0].startswith("+84") else 9 <= digits <= 11
    return True


def _read_number(t: _Text, pos: int) -> tuple[Quantity | None, int]:
    """Read the number starting at `pos`; return it (or None) and where to go on."""
    m = _NUMBER.match(t.folded, pos, t.end)
    if m is None:
        return None, pos + 1
    atoms = _atoms(t, m.start(), m.end())
    built = _Builder.take(atoms)
    if built is None:
        first = _ATOM.match(t.folded, pos, t.end)
        return None, first.end() if first else pos + 1
    used, value, doubt = built
    s, e = atoms[0].start, atoms[used - 1].end
    unit = _unit_after(t, e)
    words_only = all(a.kind != "figure" for a in atoms[:used])
    if words_only and used == 1 and unit is None and not _alone(t, s, e):
        return None, e  # "trong năm" (year), "tư nhân" (private), "năm 2021"
    vague = any(a.kind in ("vague", "many") for a in atoms[:used])
    if vague:
        doubt = doubt or f'Số lượng ước chừng, không cụ thể: "{t.original[s:e]}"'
    approx = vague or _approx_before(t, s)
    return Quantity(value, s, e, t.original[s:e], approx, doubt, unit), e


def _alone(t: _Text, s: int, e: int) -> bool:
    """Whether [s:e] is alone between delimiters (":", ";", ",", line ends, the window)."""
    left = _ALONE_LEFT.search(t.folded[t.start : s])
    return left is not None and _ALONE_RIGHT.match(t.folded, e, t.end) is not None


def _unit_after(t: _Text, e: int) -> str | None:
    m = _UNIT.match(t.folded, e, t.end)
    return (m["u"] or m["w"]) if m else None


def _approx_before(t: _Text, s: int) -> bool:
    if not t.folded[max(0, s - 20) : s].rstrip(" \t\u00a0\u202f").endswith(_HEDGE_ENDS):
        return False  # the common case, made fast
    m = _APPROX.search(t.folded, max(0, s - 20), s)
    if m is None:
        return False
    if m["w"] is None or not t.accented:
        return True
    return " ".join(t.composed[m.start("w") : m.end("w")].lower().split()) in _APPROX_WORDS


def _is_whole(t: _Text, q: Quantity, tail: re.Pattern[str]) -> bool:
    """Whether `q` is all of `t` but hedge words before it and `tail` after it."""
    lead = _LEAD.fullmatch(t.folded, 0, q.start)
    return lead is not None and tail.fullmatch(t.folded, q.end) is not None


# ---------------------------------------------------------------------------
# Atoms: the figures and number words of one number, added up left to right.


class _Atom(NamedTuple):
    kind: str  # "figure" or a kind of _WORDS
    value: float
    start: int
    end: int
    raw: str
    digits: int = 1  # digits before the decimal mark, without leading zeros
    doubt: str | None = None


def _atoms(t: _Text, start: int, end: int) -> list[_Atom]:
    """The atoms of the span, up to the first word that is not a number word."""
    atoms = []
    for m in _ATOM.finditer(t.folded, start, end):
        s, e = m.span()
        if m["figure"]:
            value, digits, doubt = _read_figure(t.original[s:e])
            atoms.append(_Atom("figure", value, s, e, t.original[s:e], digits, doubt))
            continue
        key = t.composed[s:e].lower() if t.accented else m[0]
        entry = (_WORDS if t.accented else _PLAIN_WORDS).get(key)
        if entry is None:
            break
        atoms.append(_Atom(entry[0], entry[1], s, e, t.original[s:e]))
    return _settled_by_scale(atoms)


def _settled_by_scale(atoms: list[_Atom]) -> list[_Atom]:
    """ "3.2 nghìn" is 3200: a scale word after a figure with one dot settles the dot."""
    out = list(atoms)
    for i, (atom, after) in enumerate(zip(atoms, atoms[1:], strict=False)):
        if atom.kind == "figure" and after.kind == "scale" and _DOT_DECIMAL.fullmatch(atom.raw):
            out[i] = atom._replace(doubt=None)
    return out


_VN_FIGURE = re.compile(r"(?!0\.)[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")
_EN_FIGURE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_EN_LOOKALIKE = re.compile(r"[1-9][0-9]{0,2},[0-9]{3}")
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f]")
_DOT_DECIMAL = re.compile(r"[0-9]+\.[0-9]{1,2}")


def _read_figure(raw: str) -> tuple[float, int, str | None]:
    """Value, integer digits and doubt of a figure: "5.000", "1,5", "5 000", "1.5"."""
    if raw.isdigit():
        return float(raw), len(raw.lstrip("0")) or 1, None
    s = _GROUP_SPACE.sub("", raw)
    separators = f'Không rõ dấu chấm/phẩy trong số "{raw}"'
    if _VN_FIGURE.fullmatch(s):
        whole, _, fraction = s.replace(".", "").partition(",")
        doubt = separators if _EN_LOOKALIKE.fullmatch(s) else None
    elif _EN_FIGURE.fullmatch(s):  # "1,234,567": no Vietnamese reading
        whole, _, fraction = s.replace(",", "").partition(".")
        doubt = None
    elif s.count(".") == 1 and "," not in s:  # "1.5", "12.50"
        whole, _, fraction = s.partition(".")
        doubt = separators
    else:
        whole, fraction = s.replace(".", "").replace(",", ""), ""
        doubt = f'Số viết không đúng định dạng: "{raw}"'
    return float(f"{whole}.{fraction or 0}"), len(whole.lstrip("0")) or 1, doubt


# Which kinds of atom may follow which (None: the first atom).
_FOLLOWS: dict[str | None, frozenset[str]] = {
    None: frozenset({"figure", "digit", "tens", "hundred", "vague", "many"}),
    "figure": frozenset({"tens", "hundred", "scale"}),
    "digit": frozenset({"tens", "hundred", "scale"}),
    "tens": frozenset({"digit", "scale"}),
    "hundred": frozenset({"digit", "tens", "linh", "scale", "half"}),
    "linh": frozenset({"digit"}),
    "scale": frozenset({"figure", "digit", "tens", "hundred", "linh", "half"}),
    "half": frozenset(),
    "vague": frozenset({"tens", "hundred", "scale"}),
    "many": frozenset({"tens", "hundred", "scale"}),
}


class _Builder:
    """Adds up the atoms of one number: "ba trăm năm mươi nghìn", "1 triệu 2", "2 nghìn 500".

    `total` holds what is done (thousands, millions...), `group` the part below the last
    scale word, `pending` a figure or digit still waiting for what multiplies it.
    """

    def __init__(self) -> None:
        self.total = 0.0
        self.group = 0.0
        self.pending: _Atom | None = None
        self.pending_after: str | None = None  # the kind of atom before `pending`
        self.prev: str | None = None
        self.scale = 0.0  # the last scale word: nghìn, triệu, tỷ
        self.multiplier: _Atom | None = None  # the last scale word or "trăm"
        self.doubt: str | None = None

    @classmethod
    def take(cls, atoms: list[_Atom]) -> tuple[int, float, str | None] | None:
        """(atoms used, value, doubt) of the longest valid start of `atoms`, or None."""
        if len(atoms) == 1 and atoms[0].kind == "figure":  # the common case, made fast
            return 1, atoms[0].value, atoms[0].doubt
        builder = cls()
        used = 0
        for atom in atoms:
            if not builder.feed(atom):
                break
            used += 1
        value = builder.value() if used else None
        return None if value is None else (used, value, builder.doubt)

    def feed(self, atom: _Atom) -> bool:
        if atom.kind not in _FOLLOWS[self.prev] or not self._fits(atom):
            return False
        self.doubt = self.doubt or atom.doubt
        if atom.kind in ("figure", "digit", "vague", "many"):
            self.pending, self.pending_after = atom, self.prev
        elif atom.kind == "tens":
            self.group += 10 * self._take_pending(default=1)
        elif atom.kind == "hundred":
            self.group += 100 * self._take_pending(default=1)
            self.multiplier = atom
        elif atom.kind == "scale":
            self.total += (self.group + self._take_pending(default=0)) * atom.value
            self.group, self.scale, self.multiplier = 0.0, atom.value, atom
        elif atom.kind == "half" and self.multiplier:  # "nghìn rưỡi", "trăm rưỡi"
            self.group += self.multiplier.value / 2
        self.prev = atom.kind
        return True

    def _fits(self, atom: _Atom) -> bool:
        """A figure after a scale word is below it: "2 nghìn 500", not "2 nghìn 5000"."""
        return atom.kind != "figure" or self.prev != "scale" or atom.value < self.scale

    def _take_pending(self, default: float) -> float:
        value = self.pending.value if self.pending else default
        self.pending = None
        return value

    def value(self) -> float | None:
        if self.prev == "many":
            return None  # "hàng" alone is "goods", "hàng tuần" is "weekly"
        if self.pending is None:
            return self.total + self.group
        if self.pending_after in ("scale", "hundred"):
            return self.total + self.group + self._colloquial(self.pending)
        return self.total + self.group + self.pending.value

    def _colloquial(self, last: _Atom) -> float:
        """A last figure after "trăm"/"nghìn"/"triệu" fills the places below it:
        "1 triệu 2" = 1.200.000, "một trăm hai" = 120, "2 nghìn 500" = 2.500."""
        assert self.multiplier is not None
        zeros = len(str(int(self.multiplier.value))) - 1
        if 1 < last.digits < zeros:  # "2 nghìn 50": 2.050 or 2.500?
            unclear = f'Không rõ cách đọc số "{last.raw}" sau "{self.multiplier.raw}"'
            self.doubt = self.doubt or unclear
        return last.value * self.multiplier.value / 10**last.digits


# ---------------------------------------------------------------------------
# Durations.


def _read_duration(t: _Text, pos: int) -> tuple[Quantity | None, int]:
    """Read a number at `pos` and the time units after it; a number with another unit
    is not a duration, a number without unit is one in minutes with `unit=None`."""
    q, resume = _read_number(t, pos)
    if q is None:
        return None, resume
    m = _DURATION_UNIT.match(t.folded, q.end, t.end)
    if m is None:
        return (q if q.unit is None else None), resume
    minutes, unit = _minutes(q.value, m)
    doubt = _per_session(t, q.start, m.end()) or q.ambiguous
    raw = t.original[q.start : m.end()]
    return Quantity(minutes, q.start, m.end(), raw, q.approximate, doubt, unit), m.end()


def _minutes(value: float, m: re.Match[str]) -> tuple[float, str]:
    """Minutes and largest unit of a number followed by the time units in `m`."""
    seconds = int(m["s"] or m["cs"] or 0) / 60
    if m["clock"]:
        return value * 60 + int(m["cm"]) + seconds, "gio"
    if m["hours"]:
        return value * 60 + (30 if m["half"] else int(m["m"] or 0)) + seconds, "gio"
    if m["minutes"]:
        return value + seconds, "phut"
    return value / 60, "giay"


def _per_session(t: _Text, s: int, e: int) -> str | None:
    """ "30 phút/buổi", "15 phút mỗi lần", "mỗi buổi 30 phút": a time per session."""
    if _PER_SESSION_AFTER.match(t.folded, e, t.end) or _PER_SESSION_BEFORE.search(
        t.folded, max(0, s - 16), s
    ):
        return PER_SESSION
    return None


def _half_hour(t: _Text, m: re.Match[str]) -> Quantity:
    """ "nửa tiếng", "nửa giờ": 30 minutes (also misspelt "nữa tiếng"); "tiếng rưỡi" with
    no number before it, as people say "một tiếng rưỡi": 90 minutes."""
    s, e = m.span()
    minutes = 90.0 if m["and_half"] else 30.0
    return Quantity(minutes, s, e, t.original[s:e], _approx_before(t, s), None, "gio")


_NUMBER_MODE = _Mode(_tokens(clock=_CLOCK), _read_number)
_DURATION_MODE = _Mode(_tokens(half_hour=_HALF_HOUR), _read_duration)
