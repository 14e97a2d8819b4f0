"""A mail that corrects its own attachment: "file đính kèm ghi nhầm số lần phát sóng là
42, đúng là 24".

When the sentence names one field, the file holds the wrong figure it names, and the
right one is plain, the right one replaces it; otherwise the file's report is held, the
sentence shown to the clerk.
"""

from __future__ import annotations

import re
from dataclasses import replace

from intake.lexicon import Matcher
from intake.models import BODY, SUBJECT, Candidate, Problem, Value
from intake.quantity import find_numbers
from intake.text import fold

_CORRECTION = re.compile(
    r"[^.!?\n]*\b(?:ghi nham|bi nham|nham|ghi sai|bi sai|dinh chinh|sua lai)\b[^.!?\n]*\d[^.!?\n]*"
)
_RIGHT_FIGURE = re.compile(r"\b(?:dung ra la|dung la|sua lai la|sua lai thanh|sua thanh)\s+")


def apply(candidates: list[Candidate], text: str, matcher: Matcher) -> list[Candidate]:
    """The candidates, with an attachment's figure replaced by the one the mail's text
    says is right, or the attachment's candidates held with the sentence."""
    folded = fold(text)  # same length: a match is at the same place in `text`
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
