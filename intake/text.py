"""Unicode normalisation and accent folding for Vietnamese text.

Reports arrive composed (NFC) or decomposed (NFD), with or without accents, and
sometimes with the Latin letter ETH "Ð" (U+00D0) where a legacy converter meant "Đ".
Labels and names are matched on *folded* text ("Số tin, bài" -> "so tin, bai"); values
are read from the original.  That works because `fold` keeps every character in place:

    >>> s = nfc("Độ dài: 45 phút")
    >>> f = fold(s)
    >>> f
    'do dai: 45 phut'
    >>> i = f.index("45")
    >>> s[i : i + 2]
    '45'
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

_ETH = "\u00d0"  # Ð, Latin capital letter eth
_D_STROKE = "\u0110"  # Đ
_CGJ = "\u034f"  # combining grapheme joiner: invisible, never composes with anything
_NON_ALNUM = re.compile(r"[\W_]+")
T = TypeVar("T")


def nfc(s: str) -> str:
    """Return `s` in Unicode NFC, with the Latin ETH "Ð" (U+00D0) replaced by "Đ"."""
    s = unicodedata.normalize("NFC", s)
    return s.replace(_ETH, _D_STROKE) if _ETH in s else s


def fold(s: str) -> str:
    """Fold `s` for matching: lowercase, accents removed, "đ"/"Đ"/"Ð" -> "d".

    The result has exactly the length of `nfc(s)`, character for character, so a match
    found at [i:j] in `fold(s)` is the same text at [i:j] in `nfc(s)`.  A character whose
    fold would have another length is kept as it is (lowercased when that keeps the
    length), e.g. Hangul syllables and "ß".  A combining accent that NFC could not attach
    to its letter (U+0300..U+036F after e.g. "đ") becomes U+034F, an invisible character
    that composes with nothing; this keeps `fold` idempotent.

    >>> fold("Số tin, bài: 12. ĐỘ DÀI")
    'so tin, bai: 12. do dai'
    """
    # Readers fold the same line many times over (each check folds the text it is given:
    # about 150 folds of some 20 distinct strings for a report in a mail body).
    folded = _FOLDED.get(s)
    return folded if folded is not None else remember(_FOLDED, s, fold_chars(nfc(s)))


MEMO_LENGTH = 400  # characters: a line of a report, not a whole text
MEMO_SIZE = 4096
_FOLDED: dict[str, str] = {}


def remember(memo: dict[str, T], text: str, value: T, size: int = MEMO_SIZE) -> T:
    """`value`, kept in `memo` for `text` if it is short; a full memo is emptied first,
    which bounds it.  For what the readers work out again and again from the same
    lines; the caller looks in `memo` first."""
    if len(text) <= MEMO_LENGTH:
        if len(memo) >= size:
            memo.clear()
        memo[text] = value
    return value


def fold_chars(s: str) -> str:
    """Fold every character of `s` as it stands, without normalising `s` first.

    Same length as `s`.  Use `fold` unless positions must refer to a text that may not be
    NFC; on decomposed text the accents become U+034F, so words no longer match.
    """
    return s.translate(_FOLD_MEMO)


def fold_key(s: str) -> str:
    """Fold `s` and turn every run of non-alphanumeric characters into one space, stripped.

    >>> fold_key(" Số tin, bài: ")
    'so tin bai'
    """
    key = _KEYS.get(s)  # labels and hits are keyed over and over: see `fold`
    return key if key is not None else remember(_KEYS, s, _NON_ALNUM.sub(" ", fold(s)).strip())


_KEYS: dict[str, str] = {}


def alias_pattern(alias: str) -> re.Pattern[str]:
    """Compile a regex that finds `alias` in *folded* text (see `fold`).

    The alias is `fold_key`-ed first, so it may carry accents and punctuation.  Its words
    may be separated in the text by any run of non-alphanumeric characters, and it only
    matches whole words: "Số tin bài" matches "so tin, bai" and "so  tin-bai"; "tin"
    does not match inside "tinh".  "_" counts as a separator, like punctuation.
    Raises ValueError when the alias has no letter or digit.
    """
    words = fold_key(alias).split()
    if not words:
        raise ValueError(f"alias {alias!r} has no letter or digit")
    body = r"[\W_]+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


def _fold_char(c: str) -> str:
    """The fold of one character, always of length 1 (see `fold`)."""
    if c in "đĐ" or c == _ETH:
        return "d"
    if "\u0300" <= c <= "\u036f":
        return _CGJ
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not "\u0300" <= ch <= "\u036f")
    for candidate in (base.lower(), base, c.lower()):
        if len(candidate) == 1:
            return candidate
    return c


class _FoldMemo(dict[int, str]):
    """`str.translate` table that computes each character's fold once, on first use."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_MEMO = _FoldMemo()
