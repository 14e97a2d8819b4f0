"""Stage "identify unit": which unit does a candidate report for?

Evidence, strongest first: the unit named by the candidate itself (a row of a sheet that
lists units), the sender's address in the unit directory, and the unit names written in
the subject, the new text of the body, the signature and the attachment names.  The
unit is accepted only when the evidence agrees; otherwise the report is held with the
reason.  An unknown sender whose mail names exactly one unit is identified by that name,
and its address is proposed to the administrator, never added silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from intake.directory import Directory
from intake.lexicon import Matcher
from intake.models import Body, Candidate, ParsedMessage, Problem

if TYPE_CHECKING:
    from intake.context import Context
    from intake.extract import Extraction


@dataclass(frozen=True)
class Identity:
    unit: str | None
    how: str
    problems: tuple[Problem, ...] = ()
    new_address: str | None = None  # an unknown sender address that seems to be this unit's


@dataclass(frozen=True)
class Identities:
    """The unit of the message as a whole, and of each of its candidates."""

    message: Identity
    each: tuple[Identity, ...]


@dataclass(frozen=True)
class Named:
    """The units a message names, by where: the subject is the sender's own words about
    the report; a signature, an office footer or the sender's display name may name the
    place where it stands, and count only for a sender the directory does not know."""

    subject: tuple[str, ...]
    text: tuple[str, ...]  # subject, body, attachment names, document headings
    signature: tuple[str, ...]
    carried: tuple[str, ...] = ()  # in a forwarded message: whose report it carries


def identify(parsed: ParsedMessage, body: Body, found: Extraction, context: Context) -> Identities:
    named = units_named(parsed, body, context.units, found.texts)
    rows = (c.unit_text for c in found.candidates if c.unit_text)
    table_units = frozenset(u for text in rows for u, _ in context.units.keys_in(text))
    whole = Candidate("", (), "")
    return Identities(
        _of_candidate(parsed, whole, named, context.directory, context.units),
        tuple(
            _of_candidate(parsed, c, named, context.directory, context.units, table_units)
            for c in found.candidates
        ),
    )


def units_named(
    parsed: ParsedMessage, body: Body, matcher: Matcher, documents: Iterable[str] = ()
) -> Named:
    files = (_words_of(a.filename) for a in parsed.attachments)
    texts = [parsed.subject, body.text, *files, *documents]
    return Named(
        _units(matcher, [parsed.subject]),
        _units(matcher, texts),
        _units(matcher, [body.signature, parsed.sender_name]),
        _units(matcher, [body.carried]),
    )


def _words_of(filename: str) -> str:
    """A file name as words: "BC_tuan-BanGiang.xlsx" -> "BC tuan Ban Giang"."""
    stem = filename.rsplit(".", 1)[0]
    spaced = "".join(
        f" {c}" if c.isupper() and i and stem[i - 1].islower() else c for i, c in enumerate(stem)
    )
    return re.sub(r"[_\-.]+", " ", spaced)


def _units(matcher: Matcher, texts: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(unit for text in texts for unit, _ in matcher.keys_in(text)))


def _of_candidate(
    parsed: ParsedMessage,
    candidate: Candidate,
    named: Named,
    directory: Directory,
    matcher: Matcher,
    table_units: frozenset[str] = frozenset(),
) -> Identity:
    """A known sender reports for its own unit unless the subject names another, or the
    text names another and never its own ("phối hợp với xã Bản Giang" beside its own
    name is a mention, not a report for Bản Giang).  An unknown sender is identified by
    the one unit its mail names, its signature included."""
    by_address = directory.by_email(parsed.sender) if parsed.sender else None
    if candidate.unit_text is not None:
        return _from_row(candidate.unit_text, by_address, directory, matcher, table_units)
    if by_address and candidate.heading:
        authors = _units(matcher, [candidate.heading])
        if authors and by_address.id not in authors:  # Bản Bo's mail, Nà Tăm's file
            return Identity(None, "", (_conflict(by_address.name, authors, directory),))
    relayed = [u for u in named.carried if by_address and u != by_address.id]
    if by_address and relayed and by_address.id not in named.carried:
        # Bản Giang forwards Nùng Nàng's report: the report is Nùng Nàng's, to be checked
        return Identity(None, "", (_conflict(by_address.name, relayed, directory),))
    if by_address:
        others = [u for u in named.text if u != by_address.id]
        in_subject = [u for u in named.subject if u != by_address.id]
        if in_subject or (others and by_address.id not in named.text):
            return Identity(
                None, "", (_conflict(by_address.name, in_subject or others, directory),)
            )
        return Identity(by_address.id, "địa chỉ gửi")
    named_units = list(named.text or named.signature)
    return _by_name(parsed, named_units, directory)


def _by_name(parsed: ParsedMessage, named: list[str], directory: Directory) -> Identity:
    if len(named) == 1:
        return Identity(named[0], "tên đơn vị trong thư", new_address=parsed.sender or None)
    if named:
        names = ", ".join(directory.get(u).name for u in named)  # type: ignore[union-attr]
        return Identity(
            None, "", (Problem("unit_ambiguous", f"Thư nhắc đến nhiều đơn vị: {names}"),)
        )
    return Identity(None, "", (Problem("unit_unknown", _unknown(parsed.sender)),))


def _from_row(
    text: str, by_address, directory: Directory, matcher: Matcher, table_units: frozenset[str]
) -> Identity:
    """The unit of a table row.  A sheet of several units is read row by row; the sender's
    own row is its report, the other units' rows are held (the station sending for the
    communes: each unit reports for itself), as is a sheet of most of the units (an
    office's summary passed on) or of several units from an unknown address."""
    found = matcher.keys_in(text)
    units = list(dict.fromkeys(u for u, _ in found))
    if len(units) != 1:
        return Identity(
            None,
            "",
            (Problem("unit_row_unknown", f'Không nhận ra đơn vị "{text}" trong bảng số liệu'),),
        )
    unit = units[0]
    if by_address and unit != by_address.id and len(table_units) < 2:
        return Identity(None, "", (_conflict(by_address.name, [unit], directory),))
    if by_address and unit != by_address.id:  # the station's sheet with communes' rows
        return Identity(unit, "tên đơn vị trong bảng", (_relayed(unit, by_address, directory),))
    if len(table_units) * 2 > len(directory) or (len(table_units) > 1 and not by_address):
        return Identity(
            unit,
            "tên đơn vị trong bảng",
            (
                Problem(
                    "unit_summary_table",
                    f"Bảng tổng hợp số liệu của {len(table_units)} đơn vị, cần kiểm tra",
                ),
            ),
        )
    return Identity(unit, "tên đơn vị trong bảng")


def _relayed(unit: str, sender, directory: Directory) -> Problem:
    name = directory.get(unit).name  # type: ignore[union-attr]
    return Problem("unit_relayed", f"Số liệu của {name} do {sender.name} gửi thay, cần kiểm tra")


def _conflict(sender_unit: str, others: Sequence[str], directory: Directory) -> Problem:
    names = ", ".join(directory.get(u).name for u in others)  # type: ignore[union-attr]
    return Problem(
        "unit_conflict",
        f"Địa chỉ gửi thuộc {sender_unit} nhưng thư ghi tên đơn vị khác: {names}",
    )


def _unknown(sender: str) -> str:
    if sender:
        return f"Không xác định được đơn vị gửi (địa chỉ {sender} chưa có trong danh bạ)"
    return "Không xác định được đơn vị gửi"
