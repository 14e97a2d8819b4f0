"""Finding field labels and unit names in text, with or without diacritics.

Text and aliases are compared folded (lower case, no diacritics, "đ" as "d"), word by
word: the folded text is cut into words (runs of letters and digits), and a dictionary
keyed by an alias's first word gives the word counts of the aliases that start with it,
so each word of a text costs a few dictionary look-ups however many aliases there are.
At each word the longest alias wins; between two of its words may stand spaces and
punctuation (see `_SEPARATOR`).  Because folding keeps every character in place, a match
in the folded text is also a match in the original, which is then checked for accents:
every mark written on a letter must be on the alias's letter too ("ban bố" is not "Bản
Bo", "bàn" is not "bản"), while a mark left out is forgiven ("Ban Bo" and "Sô tin" match
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
_SEPARATOR = re.compile(r"(?:[\s,\-–—/&()\[\]'\"_*]|\.(?!\s))+")
# After an abbreviation ("TT. Tam Đường", "X. Bản Bo") a full stop and a space are fine.
_AFTER_ABBREVIATION = re.compile(r"(?:[\s,\-–—/&()\[\]'\"_*.])+")
_WORD = re.compile(r"[^\W_]+")  # what `fold_key` keeps: letters and digits
_NON_WORD = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    key: tuple[str, str]  # (form id, field key) or (unit id, "")
    text: str


@dataclass(slots=True)
class _Alias:
    """One folded alias ("so tin bai") and what its spellings say; tuples and a shared
    empty set, as a national directory has tens of thousands of them."""

    keys: tuple[tuple[str, str], ...] = ()
    spellings: tuple[str, ...] = ()  # the letters of each spelling, marks kept ("sốtinbài")
    commas: frozenset[int] = frozenset()  # after which words some spelling has a comma


class Matcher:
    """Finds any of many aliases in text; each alias maps to one or more keys.

    Built in time and memory linear in the aliases; a text costs about one dictionary
    look-up per word, whatever the number of aliases."""

    def __init__(self, aliases: Iterable[tuple[str, tuple[str, str]]], typos: int = 0) -> None:
        """`typos`: how many letters of an alias of two words or more may carry a mark the
        alias lacks (Telex slips: "phát sống", "ngừoi"); names of units need 0."""
        self._typos = typos
        self._aliases: dict[str, _Alias] = {}
        for alias, key in aliases:
            folded = fold_key(alias)
            if not folded:
                continue
            entry = self._aliases.get(folded)
            if entry is None:
                entry = self._aliases[folded] = _Alias()
            if key not in entry.keys:
                entry.keys += (key,)
            spelling = _letters(nfc(alias).lower())
            if spelling not in entry.spellings:
                entry.spellings += (spelling,)
            if "," in alias:
                entry.commas |= _comma_positions(alias)
        counts: dict[str, set[int]] = {}
        for folded in self._aliases:
            words = folded.split()
            counts.setdefault(words[0], set()).add(len(words))
        # by first word, the word counts of the aliases that start with it, longest first
        self._counts = {w: sorted(n, reverse=True) for w, n in counts.items()}

    def find(self, text: str) -> Iterator[Hit]:
        """Every alias in `text`, leftmost-longest, not overlapping, accents checked."""
        if not self._aliases:
            return
        original = nfc(text)
        folded = fold(original)
        counts = self._counts
        # The words as strings first: two texts in five hold no word that starts an alias
        # and end here, before a match object is made; the others join these strings.
        names = _WORD.findall(folded)
        if counts.keys().isdisjoint(names):
            return
        words = list(_WORD.finditer(folded))
        following = 0  # the first word not yet inside a match
        for i in [i for i, w in enumerate(names) if w in counts]:
            if i < following:
                continue
            found = self._alias_at(folded, words, names, i)
            if found is None:
                continue
            n, entry = found
            following = i + n
            start, end = words[i].start(), words[i + n - 1].end()
            span = original[start:end]
            allowed = self._typos if n > 1 else 0
            written = _letters(span.lower())
            if not any(_accents_agree(written, s, allowed) for s in entry.spellings):
                continue
            for key in entry.keys:
                yield Hit(start, end, key, span)

    def _alias_at(
        self, folded: str, words: list[re.Match[str]], names: list[str], i: int
    ) -> tuple[int, _Alias] | None:
        """The longest alias whose words are the text's from word `i` on, with only
        separators between them, and its number of words (`names`: the words' text)."""
        for n in self._counts[names[i]]:
            if i + n > len(words):
                continue
            entry = self._aliases.get(" ".join(names[i : i + n]))
            if entry is not None and _separated(folded, words[i : i + n], entry.commas):
                return n, entry
        return None

    def words(self) -> frozenset[str]:
        """Every word of the aliases, folded ("ban", "bo", "na", "tam" ...)."""
        return frozenset(w for alias in self._aliases for w in alias.split())

    def keys_in(self, text: str) -> list[tuple[str, str]]:
        return list(dict.fromkeys(hit.key for hit in self.find(text)))


def _separated(folded: str, words: list[re.Match[str]], commas: frozenset[int]) -> bool:
    """True when only separators stand between these words of the text.  A comma may
    stand between two words only where the alias has one ("Số tin, bài"): "24 lượt,
    người nghe 3.000" does not hold the alias "lượt người nghe"."""
    for k, (before, after) in enumerate(zip(words, words[1:], strict=False)):
        gap = folded[before.end() : after.start()]
        if gap == " ":
            continue  # the common gap, which both separators take
        separator = _AFTER_ABBREVIATION if before.end() - before.start() <= 3 else _SEPARATOR
        if separator.fullmatch(gap) is None or ("," in gap and k not in commas):
            return False
    return True


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
    """The letters and digits of `text` (what `str.isalnum` accepts)."""
    return _NON_WORD.sub("", text)


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
