"""Sections: a line belongs to the form of the heading it stands under.

A report that carries two forms puts each under its heading: "1. Trên hệ thống truyền
thanh:" above the broadcast figures, "2. Tuyên truyền trên mạng xã hội:" above the
social-media ones.  Under the second, "Số tin, bài: 35" counts the posts, not the news
items read on the radio.  A heading is a line without a field's label that names a
form's section words (the form's `sections`; by default its keywords and the words of
the channel its own words name: radio, or social media); when it names
words of several forms, the last one wins, as Vietnamese puts the head word first
("tuyên truyền trên mạng xã hội" is about social media).  A numbered heading that names
no form ("3. Công tác khác") ends the section.  Without a heading, a label of another
form between lines of one form is read as that form's, the same way ("Số tin, bài: 35"
between the groups and the Bluezone installs).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from intake.lexicon import Hit, Matcher
from intake.models import Form
from intake.quantity import find_numbers
from intake.text import fold, fold_key

_NUMBERED = re.compile(r"^\W*(?:[ivx]+|\d{1,2}|[a-d])\s*[.):/-]+\s*\S")
_NUMBER_MARK = re.compile(r"^\W*(?:[IVXivx]+|\d{1,2}|[a-dA-D])\s*[.):/-]+")
MAX_HEADING = 120
# Words of a sentence someone says, never of a heading: pronouns, "gửi", "xin", "ạ".
_SPOKEN = frozenset("em anh chi minh toi gui xin nhe a da".split())
ENDED = ""  # a heading that names no form: the section before it has ended


_SENTENCE = re.compile(r"(?<=[^\W\d_][.;])\s+(?=\S)")  # not after "2." numbering a heading
_OPENING_WORDS = 6  # a sentence opens on its section within its first words ...
_OPENING = 20  # ... starting in its first characters ("Trên các trang mạng xã hội")


def split_sentences(lines: list, forms: Mapping[str, Form]) -> list:
    """Lines of prose split where a sentence opens on another section: "... 5.000 người
    nghe. Trên mạng xã hội, 20 nhóm Zalo ..." reads as two lines, each in its form."""
    out = []
    for line in lines:
        parts = _SENTENCE.split(line.text)
        if len(parts) < 2 or not any(opens(p, forms) for p in parts[1:]):
            out.append(line)
            continue
        start = 0
        for i, part in enumerate(parts):
            if i and opens(part, forms):
                out.append(replace(line, text=" ".join(parts[start:i])))
                start = i
        out.append(replace(line, text=" ".join(parts[start:])))
    return out


def opens(text: str, forms: Mapping[str, Form]) -> str | None:
    """The form whose section words open `text` ("Trên mạng xã hội, ...")."""
    words = " ".join(_NUMBER_MARK.sub("", text[: _OPENING * 4], count=1).split()[:_OPENING_WORDS])
    named = [h for h in _section_matcher(forms).find(words) if h.start <= _OPENING]
    if not named:
        return None
    if figures := find_numbers(words):  # "Zalo 12 nhóm": the words before the figure
        named = [h for h in named if h.end <= figures[0].start]
    if not named or _SPOKEN & set(fold_key(words).split()):
        return None  # "Em gửi lại tin nhắn zalo ...": someone speaking, not a section
    return max(named, key=lambda h: h.start).key[0]


def assign(
    lines: list[tuple[str, list[Hit]]], forms: Mapping[str, Form]
) -> list[tuple[list[Hit] | None, str | None]]:
    """Per line (its text and labels): its labels as its section reads them, or None for
    a heading; and its section: a form, ENDED under a heading that names none ("2. Công
    tác truyền hình": figures there are about something else), or None."""
    out: list[list[Hit] | None] = []
    states: list[str | None] = []
    section: str | None = None
    for text, labels in lines:
        named = heading(text, labels, forms)
        if named is not None:
            section = named
            out.append(None)
        else:
            section = opens(text, forms) or section  # "Trên mạng xã hội, 20 nhóm ..."
            out.append(within(labels, section or None, forms))
        states.append(section)
    return list(zip(_between(out, forms), states, strict=True))


def heading(text: str, labels: list[Hit], forms: Mapping[str, Form]) -> str | None:
    """The form a heading line names, ENDED for a numbered heading that names none, None
    for a line that is no heading.  A line with a figure ("Zalo: 12 nhóm") is no heading;
    a line with a label is one only when numbered, without a colon ("b) Trên các nhóm
    Zalo của bản", not "Tin giả: không phát hiện", nor "Số nhóm Zalo:")."""
    if len(text) > MAX_HEADING * 2 or len(text.strip()) > MAX_HEADING:
        return None
    numbered = bool(_NUMBERED.match(fold(text)))
    if labels and (":" in text or "=" in text or not numbered):
        return None
    named = list(_section_matcher(forms).find(text))
    if not named and not numbered:
        return None  # most lines: no heading, answered before the dearer checks below
    words = _NUMBER_MARK.sub("", text, count=1)
    if not words.strip() or find_numbers(words):
        return None
    if _SPOKEN & set(fold_key(words).split()):
        return None  # "Em gửi anh tin nhắn zalo báo cáo ạ:" is a sentence, not a heading
    if named:
        return max(named, key=lambda h: h.start).key[0]
    return ENDED if not labels else None


def _between(lines: list[list[Hit] | None], forms: Mapping[str, Form]) -> list[list[Hit] | None]:
    """A line whose labels are of another form than the labelled lines just before and
    after it, which agree: read in their form, where its labels allow."""
    single = [_one(hits) for hits in lines]
    out = list(lines)
    for i, hits in enumerate(lines):
        if not hits or single[i] is None:
            continue
        before = next((f for f in reversed(single[:i]) if f), None)
        after = next((f for f in single[i + 1 :] if f), None)
        if before and before == after and before != single[i]:
            out[i] = within(hits, before, forms)
    return out


def _one(hits: list[Hit] | None) -> str | None:
    found = {h.key[0] for h in hits or ()}
    return next(iter(found)) if len(found) == 1 else None


def within(hits: list[Hit], section: str | None, forms: Mapping[str, Form]) -> list[Hit]:
    """The labels of a line in a section: a label of another form that is the start of
    one of the section form's labels ("Số tin, bài" of "Số tin, bài đăng tải") is that
    label; any other stays as it is."""
    if not section or section not in forms:
        return hits
    return [_as_section(hit, forms[section]) if hit.key[0] != section else hit for hit in hits]


def _as_section(hit: Hit, form: Form) -> Hit:
    written = fold_key(hit.text)
    keys = {
        f.key for f in form.fields for alias in f.aliases if fold_key(alias).startswith(written)
    }
    if len(keys) != 1:
        return hit
    return replace(hit, key=(form.id, next(iter(keys))))


def _section_matcher(forms: Mapping[str, Form]) -> Matcher:
    """The matcher of the forms' section words.  Asked for on every line: the forms of
    the last call are compared by identity first, as hashing them (frozen dataclasses,
    hashed field by field) for `_matcher`'s cache cost more than the line's reading."""
    global _last
    key = tuple(forms.values())
    if len(key) != len(_last[0]) or any(a is not b for a, b in zip(key, _last[0], strict=False)):
        _last = (key, _matcher(key))
    return _last[1]


@lru_cache(maxsize=8)
def _matcher(forms: tuple[Form, ...]) -> Matcher:
    return Matcher((word, (form.id, "")) for form in forms for word in _words(form, forms))


_last: tuple[tuple[Form, ...], Matcher] = ((), Matcher(()))

# The channels a section of a report is about, for forms that declare no `sections`:
# each channel's words go to the one form whose own words name the channel.
_CHANNELS = (
    (
        "mạng xã hội", "zalo", "facebook", "fanpage", "tiktok", "youtube", "không gian mạng",
        "trang cá nhân", "bluezone", "tin giả",
    ),
    (
        "truyền thanh", "phát thanh", "hệ thống loa", "loa truyền thanh", "loa phát thanh",
        "đài truyền thanh", "trạm truyền thanh", "cụm loa", "loa không dây",
    ),
)  # fmt: skip


def _words(form: Form, forms: tuple[Form, ...]) -> tuple[str, ...]:
    if form.sections:
        return form.sections
    words = list(form.keywords)
    for channel in _CHANNELS:
        naming = [f for f in forms if _names(f, channel)]
        if naming == [form]:
            words += channel
    return tuple(words)


def _names(form: Form, channel: tuple[str, ...]) -> bool:
    own = " ".join(
        [form.title, *form.keywords, *(a for f in form.fields for a in (f.label, *f.aliases))]
    )
    text = f" {fold_key(own)} "
    return any(f" {fold_key(word)} " in text for word in channel)
