"""Finding field labels and unit names in text, with or without diacritics.

All aliases of one kind are compiled into one regular expression over folded text
(lower case, no diacritics, "đ" as "d"), longest alias first, words separated by any
punctuation or spaces.  Because folding keeps every character in place, a match in the
folded text is also a match in the original, which is then checked for accents: every
mark written on a letter must be on the alias's letter too ("ban bố" is not "Bản Bo",
"bàn" is not "bản"), while a mark left out is forgiven ("Ban Bo" and "Sô tin" match
"Bản Bo" and "Số tin": staff often type without, or with only some, diacritics).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from intake.models import Form, Unit
from intake.text import fold, fold_key, nfc

# What may stand between the words of an alias: spaces, commas, dashes, slashes, brackets,
# quotes, and a full stop inside an abbreviation ("T.lượng"), but not the end of a
# sentence: "... 36 lượt. Người nghe: 2.000" does not hold the alias "lượt người nghe".
_SEPARATOR = r"(?:[\s,\-–—/&()\[\]'\"_*]|\.(?!\s))+"
# After an abbreviation ("TT. Tam Đường", "X. Bản Bo") a full stop and a space are fine.
_AFTER_ABBREVIATION = r"(?:[\s,\-–—/&()\[\]'\"_*.])+"


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    key: tuple[str, str]  # (form id, field key) or (unit id, "")
    text: str


class Matcher:
    """Finds any of many aliases in text; each alias maps to one or more keys."""

    def __init__(self, aliases: Iterable[tuple[str, tuple[str, str]]], typos: int = 0) -> None:
        """`typos`: how many letters of an alias of two words or more may carry a mark the
        alias lacks (Telex slips: "phát sống", "ngừoi"); names of units need 0."""
        self._typos = typos
        self._keys: dict[str, list[tuple[str, str]]] = {}
        self._spelled: dict[str, set[str]] = {}
        commas: dict[str, set[int]] = {}  # after which words some spelling has a comma
        for alias, key in aliases:
            folded = fold_key(alias)
            if not folded:
                continue
            commas.setdefault(folded, set()).update(_comma_positions(alias))
            keys = self._keys.setdefault(folded, [])
            if key not in keys:
                keys.append(key)
            self._spelled.setdefault(folded, set()).add(_letters(nfc(alias).lower()))
        words = sorted(self._keys, key=len, reverse=True)
        body = "|".join(_pattern(w, commas[w]) for w in words)
        self._regex = re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])") if words else None

    def find(self, text: str) -> Iterator[Hit]:
        """Every alias in `text`, leftmost-longest, not overlapping, accents checked."""
        if self._regex is None:
            return
        original = nfc(text)
        for match in self._regex.finditer(fold(original)):
            span = original[match.start() : match.end()]
            folded = fold_key(match[0])
            allowed = self._typos if " " in folded else 0
            written = _letters(span.lower())
            if not any(_accents_agree(written, s, allowed) for s in self._spelled[folded]):
                continue
            for key in self._keys[folded]:
                yield Hit(match.start(), match.end(), key, span)

    def words(self) -> frozenset[str]:
        """Every word of the aliases, folded ("ban", "bo", "na", "tam" ...)."""
        return frozenset(w for alias in self._keys for w in alias.split())

    def keys_in(self, text: str) -> list[tuple[str, str]]:
        return list(dict.fromkeys(hit.key for hit in self.find(text)))


def _pattern(alias: str, commas: set[int]) -> str:
    """The regex of a folded alias.  A comma may stand between two words only where the
    alias has one ("Số tin, bài"): "24 lượt, người nghe 3.000" does not hold the alias
    "lượt người nghe"."""
    words = alias.split()
    out = re.escape(words[0])
    for i, (before, word) in enumerate(zip(words, words[1:], strict=False)):
        separator = _AFTER_ABBREVIATION if len(before) <= 3 else _SEPARATOR
        if i not in commas:
            separator = separator.replace(",", "")
        out += separator + re.escape(word)
    return out


def _comma_positions(alias: str) -> set[int]:
    """After which word (counted from 0) the alias has a comma: "tin, bài" -> {0}."""
    words = re.findall(r"[^\W_]+|,", nfc(alias))
    out, index = set(), -1
    for token in words:
        if token == ",":
            out.add(index)
        else:
            index += 1
    return out


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _accents_agree(written: str, alias: str, allowed: int = 0) -> bool:
    """True when the marks of every written letter (but `allowed` of them) are among the
    alias letter's marks."""
    if len(written) != len(alias):
        return True  # the same folded letters, so this cannot happen; be lenient
    wrong = [
        _marks(w) - _marks(a)
        for w, a in zip(written, alias, strict=True)
        if w != a and not _marks(w) <= _marks(a)
    ]
    # "đ" for "d" is another word, never a slip: "do Đài" (by the station) is not "độ dài"
    return len(wrong) <= allowed and not any("bar" in extra for extra in wrong)


@lru_cache(maxsize=4096)
def _marks(letter: str) -> frozenset[str]:
    """The diacritics of a letter: tone and vowel marks, and the bar of đ."""
    marks = {c for c in unicodedata.normalize("NFD", letter) if unicodedata.combining(c)}
    if letter in "đĐ":
        marks.add("bar")
    return frozenset(marks)


# How staff shorten the words of labels in a hurry ("tb: 5", "tl 35 phút", "ps 14 lần").
ABBREVIATIONS = {"tin bai": "tb", "thoi luong": "tl", "phat song": "ps", "so luong": "sl"}


def field_matcher(forms: Iterable[Form]) -> Matcher:
    return Matcher(
        (
            (spelling, (form.id, f.key))
            for form in forms
            for f in form.fields
            for alias in f.aliases
            for spelling in (alias, *_shortened(alias))
        ),
        typos=1,
    )


def _shortened(alias: str) -> list[str]:
    """The alias with its common words abbreviated, each way: "số tin bài" -> "so tb";
    "thời lượng phát sóng" -> "tl phat song", "thoi luong ps", "tl ps"."""
    variants = {f" {fold_key(alias)} "}
    for words, short in ABBREVIATIONS.items():
        variants |= {v.replace(f" {words} ", f" {short} ") for v in variants}
    return sorted(v.strip() for v in variants if v != f" {fold_key(alias)} ")


def unit_matcher(units: Iterable[Unit]) -> Matcher:
    return Matcher((alias, (u.id, "")) for u in units for alias in (u.name, *u.aliases))
