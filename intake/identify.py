"""Stage "identify unit": which unit does a candidate report for?

Evidence, strongest first: the unit named by the candidate itself (a row of a sheet that
lists units), the sender's address in the unit directory, and the unit names written in
the subject, the new text of the body, the signature and the attachment names.  The
unit is accepted only when the evidence agrees; otherwise the report is held with the
reason.  An unknown sender whose mail names exactly one unit is identified by that name,
and its address is proposed to the administrator, never added silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from intake.directory import Directory
from intake.lexicon import Matcher
from intake.models import Body, Candidate, ParsedMessage, Problem


@dataclass(frozen=True)
class Identity:
    unit: str | None
    how: str
    problems: tuple[Problem, ...] = ()
    new_address: str | None = None  # an unknown sender address that seems to be this unit's


def units_named(
    parsed: ParsedMessage, body: Body, matcher: Matcher, documents: Iterable[str] = ()
) -> list[str]:
    """The units named where the sender wrote: subject, body, signature, files and headings."""
    files = (a.filename for a in parsed.attachments)
    texts = [parsed.subject, body.text, body.signature, *files, *documents]
    return list(dict.fromkeys(unit for text in texts for unit, _ in matcher.keys_in(text)))


def identify(
    parsed: ParsedMessage,
    candidate: Candidate,
    named: list[str],
    directory: Directory,
    matcher: Matcher,
    multi_unit_table: bool,
) -> Identity:
    by_address = directory.by_email(parsed.sender) if parsed.sender else None
    if candidate.unit_text is not None:
        return _from_row(candidate.unit_text, by_address, directory, matcher, multi_unit_table)
    if by_address:
        others = [u for u in named if u != by_address.id]
        if others:
            return Identity(None, "", (_conflict(by_address.name, others, directory),))
        return Identity(by_address.id, "địa chỉ gửi")
    if len(named) == 1:
        return Identity(named[0], "tên đơn vị trong thư", new_address=parsed.sender or None)
    if named:
        names = ", ".join(directory.get(u).name for u in named)  # type: ignore[union-attr]
        return Identity(
            None, "", (Problem("unit_ambiguous", f"Thư nhắc đến nhiều đơn vị: {names}"),)
        )
    return Identity(None, "", (Problem("unit_unknown", _unknown(parsed.sender)),))


def _from_row(
    text: str, by_address, directory: Directory, matcher: Matcher, multi_unit_table: bool
) -> Identity:
    found = matcher.keys_in(text)
    units = list(dict.fromkeys(u for u, _ in found))
    if len(units) != 1:
        return Identity(
            None,
            "",
            (Problem("unit_row_unknown", f'Không nhận ra đơn vị "{text}" trong bảng số liệu'),),
        )
    unit = units[0]
    if by_address and unit != by_address.id and not multi_unit_table:
        return Identity(None, "", (_conflict(by_address.name, [unit], directory),))
    return Identity(unit, "tên đơn vị trong bảng")


def _conflict(sender_unit: str, others: list[str], directory: Directory) -> Problem:
    names = ", ".join(directory.get(u).name for u in others)  # type: ignore[union-attr]
    return Problem(
        "unit_conflict",
        f"Địa chỉ gửi thuộc {sender_unit} nhưng thư ghi tên đơn vị khác: {names}",
    )


def _unknown(sender: str) -> str:
    if sender:
        return f"Không xác định được đơn vị gửi (địa chỉ {sender} chưa có trong danh bạ)"
    return "Không xác định được đơn vị gửi"
