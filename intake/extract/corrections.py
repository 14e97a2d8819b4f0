"""Corrections in the sender's words.

- A line that corrects a figure ("à em nhầm, ps 36 lượt ạ"; "em xin sửa lại số người
  nghe là 2.500, các số khác giữ nguyên"): `in_line`.
- A mail that corrects its own attachment ("file đính kèm ghi nhầm số lần phát sóng là
  42, đúng là 24"): `apply`.  When the sentence names one field, the file holds the wrong
  figure it names, and the right one is plain, the right one replaces it; otherwise the
  file's report is held, the sentence shown to the clerk.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intake.extract.asides import CORRECTION_WORDS
from intake.lexicon import Matcher
from intake.models import BODY, SUBJECT, Candidate, Problem, Value
from intake.quantity import find_numbers
from intake.text import fold, fold_key

# "Các số khác giữ nguyên": a correction of one figure of a report sent before.
KEEP_REST = re.compile(
    r"\b(?:cac so(?: lieu)? khac|con lai|cac muc khac|cac chi tieu khac|so lieu khac)\b"
    r"[^.;]{0,40}?\b(?:giu nguyen|nhu cu|khong (?:thay )?doi|nhu thu (?:duoi|truoc))\b"
)
# What may follow the figure of a correction: "à em nhầm, ps 36 lượt ạ 🙏".
_PARTICLES = frozenset("a ak nhe nha nhe em anh chi oi".split())
CORRECTED = "đính chính"


def in_line(
    said: str,
    values: list[tuple[str, Value]],
    found: dict[str, list[Value]],
    unit_words: frozenset[str],
) -> list[tuple[str, Value]]:
    """A line that corrects a figure.  "à em nhầm, ps 36 lượt ạ": a correction that ends
    with one label and its figure gives the right figure of that field, which replaces
    the one written before; any other ("em nhầm số người nghe, 2.700 là của tuần trước")
    holds its figures for a clerk."""
    after = [(f, v) for f, v in values if v.raw and v.raw in said]
    tail = said[said.rfind(after[0][1].raw) + len(after[0][1].raw) :] if after else ""
    rest_kept = KEEP_REST.search(fold(tail))  # "các số khác giữ nguyên": the rest is quoted
    if rest_kept:
        tail = tail[: rest_kept.start()]
    earlier = {(f, v.field) for f, vs in found.items() for v in vs}
    if (
        len(after) == 1
        and len(values) == 1
        and ((after[0][0], after[0][1].field) in earlier or rest_kept)
        and set(fold_key(tail).split()) <= _PARTICLES | unit_words
    ):
        form_id, value = after[0]
        found[form_id] = [v for v in found.get(form_id, []) if v.field != value.field]
        return [(form_id, replace(value, how=CORRECTED))]
    doubt = f'Đơn vị đính chính trong thư: "{said}", cần kiểm tra số đúng'
    return [(f, replace(v, doubt=v.doubt or doubt)) for f, v in values]


_CORRECTION = re.compile(
    r"[^.!?\n]*\b(?:ghi nham|bi nham|nham|ghi sai|bi sai|dinh chinh|sua lai)\b[^.!?\n]*\d[^.!?\n]*"
)
_RIGHT_FIGURE = re.compile(r"\b(?:dung ra la|dung la|sua lai la|sua lai thanh|sua thanh)\s+")


def apply(candidates: list[Candidate], text: str, matcher: Matcher) -> list[Candidate]:
    """The candidates, with an attachment's figure replaced by the one the mail's text
    says is right, or the attachment's candidates held with the sentence."""
    folded = fold(text)  # same length: a match is at the same place in `text`
    if not any(word in folded for word in CORRECTION_WORDS):
        return candidates  # the pattern backtracks over a sentence from each of its letters
    match = _CORRECTION.search(folded)
    if match is None:
        return candidates
    said = text[match.start() : match.end()].strip()
    attached = [c for c in candidates if c.origin not in (BODY, SUBJECT) and c.heading]
    fixed = _replaced(attached, said, matcher)
    if fixed is not None:
        return [fixed.get(id(c), c) for c in candidates]
    problem = Problem("body_corrects_file", f'Thư đính chính số liệu của tệp đính kèm: "{said}"')
    held = {id(c) for c in attached}
    return [replace(c, problems=(*c.problems, problem)) if id(c) in held else c for c in candidates]


def _replaced(
    attached: list[Candidate], said: str, matcher: Matcher
) -> dict[int, Candidate] | None:
    keys = {hit.key for hit in matcher.find(said)}
    right = _RIGHT_FIGURE.search(fold(said))
    if len(keys) != 1 or right is None:
        return None
    form_id, key = next(iter(keys))
    figures = find_numbers(said)
    new = [q for q in figures if q.start >= right.end()][:1]
    wrong = {q.value for q in figures if q.end <= right.start()}
    if not new or new[0].ambiguous or len(wrong) != 1:
        return None
    out = {}
    for candidate in attached:
        old = [v for v in candidate.values if v.field == key]
        if candidate.form != form_id or not old:
            continue
        if {v.value for v in old} != wrong:
            return None  # the file does not hold the figure the mail calls wrong
        value = Value(key, new[0].value, new[0].raw, "nội dung thư (đính chính)", "thư đính chính")
        values = tuple(value if v.field == key else v for v in candidate.values)
        out[id(candidate)] = replace(candidate, values=values)
    return out or None
