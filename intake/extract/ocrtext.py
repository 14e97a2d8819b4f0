"""Tesseract's reading as text: its TSV to lines split into cells, and text without the
tones Tesseract gets wrong, with misread label words put back.

Pure functions, no Tesseract run: ocr.py reads the pages and calls these.
"""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from dataclasses import dataclass

CELL_GAP = 1.2  # a gap between words wider than this many word heights starts a new cell
RULES = "|¦‖[]"  # what Tesseract makes of a table's vertical rule


@dataclass(frozen=True)
class Line:
    text: str  # the line's words; cells separated by " | " where a wide gap splits them
    cells: tuple[str, ...]  # the same line split at wide gaps (table columns)
    page: int  # 1-based
    box: tuple[int, int, int, int]  # left, top, width, height in the straightened page
    confidence: float  # mean word confidence 0-100


@dataclass(frozen=True)
class Word:
    key: tuple[int, int, int]  # Tesseract's block, paragraph and line
    left: int
    top: int
    width: int
    height: int
    confidence: float
    text: str


# --- TSV to lines --------------------------------------------------------------------------


def lines_from_tsv(tsv: str, page: int = 1, offset: tuple[int, int] = (0, 0)) -> tuple[Line, ...]:
    """Tesseract's TSV to lines, top to bottom, each split into cells at wide gaps.

    Words are grouped by Tesseract's block, paragraph and line; groups on one row (each
    overlapping the other by half its height, side by side) are joined, as Tesseract may
    read a table's columns as blocks of their own.  `offset` moves the boxes from the
    cropped image Tesseract read to the straightened page.
    """
    return to_lines(tsv_words(tsv), page, offset)


def to_lines(words: list[Word], page: int, offset: tuple[int, int]) -> tuple[Line, ...]:
    lines = (_line(row, page, offset) for row in _rows(_groups(words)))
    return tuple(line for line in lines if line is not None)


def tsv_words(tsv: str) -> list[Word]:
    words = []
    for record in tsv.splitlines()[1:]:
        fields = record.split("\t")
        if len(fields) < 12 or fields[0] != "5" or not fields[11].strip():
            continue
        block, paragraph, line = (int(f) for f in fields[2:5])
        left, top, width, height = (int(f) for f in fields[6:10])
        confidence = max(0.0, float(fields[10]))
        words.append(
            Word((block, paragraph, line), left, top, width, height, confidence, fields[11].strip())
        )
    return words


def _groups(words: list[Word]) -> list[list[Word]]:
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        groups.setdefault(word.key, []).append(word)
    return list(groups.values())


def _rows(groups: list[list[Word]]) -> list[list[Word]]:
    rows: list[list[Word]] = []
    for group in sorted(groups, key=_centre):
        same = next((row for row in rows if _share_row(row, group)), None)
        if same is None:
            rows.append(list(group))
        else:
            same.extend(group)
    for row in rows:
        row.sort(key=left)
    return sorted(rows, key=lambda row: _span(row)[0])


def usual_height(words: list[Word]) -> float:
    """The median height of the words, rules left out (a rule is as tall as its row)."""
    heights = [w.height for w in words if w.text.strip(RULES)]
    return statistics.median(heights) if heights else 0.0


def left(word: Word) -> int:
    return word.left


def _span(words: list[Word]) -> tuple[int, int]:
    return min(w.top for w in words), max(w.top + w.height for w in words)


def _centre(words: list[Word]) -> float:
    return sum(_span(words)) / 2


def _share_row(row: list[Word], group: list[Word]) -> bool:
    """Whether two runs of words sit on one row: overlapping vertically, side by side."""
    (top_a, bottom_a), (top_b, bottom_b) = _span(row), _span(group)
    overlap = min(bottom_a, bottom_b) - max(top_a, top_b)
    shorter = min(bottom_a - top_a, bottom_b - top_b)
    apart = all(
        w.left >= v.left + v.width or v.left >= w.left + w.width for w in group for v in row
    )
    return overlap > shorter / 2 and apart


def _line(row: list[Word], page: int, offset: tuple[int, int]) -> Line | None:
    """One line: its cells, and the box and confidence of its words (rules left out)."""
    cells = _cells(row)
    words = [w for w in row if w.text.strip(RULES)]
    if not cells or not words:
        return None
    left, top = min(w.left for w in words), min(w.top for w in words)
    right = max(w.left + w.width for w in words)
    bottom = max(w.top + w.height for w in words)
    box = (left + offset[0], top + offset[1], right - left, bottom - top)
    confidence = round(statistics.fmean(w.confidence for w in words), 1)
    return Line(" | ".join(cells), tuple(cells), page, box, confidence)


def _cells(row: list[Word]) -> list[str]:
    """The words of a row, left to right, joined into cells; a wide gap or a rule splits.

    A gap is wide when it is more than CELL_GAP times the row's median word height: a space
    between words is about half a height, a table's column gap several.
    """
    height = usual_height(row)
    cells: list[list[str]] = [[]]
    right = None
    for word in row:
        text = word.text.strip(RULES)
        ruled_before = word.text[0] in RULES
        if ruled_before or (right is not None and word.left - right > CELL_GAP * height):
            cells.append([])
        if text:
            cells[-1].append(text)
        if word.text[-1] in RULES:
            cells.append([])
        right = word.left + word.width
    return [" ".join(cell) for cell in cells if cell]


# --- text ----------------------------------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]+")


# Letters that have no diacritic to drop, as the plain letters they stand for: "đ"; the
# letters of Tesseract's Vietnamese model that are not Vietnamese, all of them (it read
# "số tin" as "sø tin"); the Latin ETH that some converters write for "Đ"; a lone circumflex.
_LOOKALIKES = str.maketrans(
    {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "œ": "o", "Œ": "O"}
    | {"ƒ": "f", "Ƒ": "F", "\u02c6": ""}
)


def plain(text: str) -> str:
    """`text` without diacritics ("đ" -> "d", "ø" -> "o"), case kept: Tesseract's tones
    are unreliable."""
    text = text.translate(_LOOKALIKES)
    kept = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def repair(text: str, vocabulary: frozenset[str]) -> str:
    """`plain(text)` with misread words put back to the one vocabulary word they are near.

    A word of 2+ letters missing from `vocabulary` (lower-case plain words) becomes the
    vocabulary word within one edit of it (two for words of 6+ letters) when there is
    exactly one such word; its case is kept.  Digits, punctuation and spacing are untouched.

    >>> repair("Sf lun phat song: 21", frozenset({"so", "lan", "phat", "song"}))
    'So lan phat song: 21'
    """
    by_length: dict[int, list[str]] = {}
    for known in vocabulary:
        by_length.setdefault(len(known), []).append(known)

    @functools.cache
    def nearest(word: str) -> str | None:
        if len(word) < 2 or word in vocabulary:
            return None
        reach = 2 if len(word) >= 6 else 1
        lengths = range(len(word) - reach, len(word) + reach + 1)
        near = [k for n in lengths for k in by_length.get(n, ()) if _within(word, k, reach)]
        return near[0] if len(near) == 1 else None

    def fix(match: re.Match[str]) -> str:
        known = nearest(match.group().lower())
        return match.group() if known is None else _same_case(known, match.group())

    return _LETTERS.sub(fix, plain(text))


def _within(a: str, b: str, reach: int) -> bool:
    """Whether the Levenshtein distance of `a` and `b` is at most `reach` (stops early)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > reach:
            return False
        previous = current
    return previous[-1] <= reach


def _same_case(word: str, model: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word.capitalize() if model[0].isupper() else word
