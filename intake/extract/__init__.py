"""Stage "extract": find the figures of every form in the body and the attachments.

Returns candidates (the figures of one form found in one place) and the attachments it
could not read, with the reason: those hold a report for review rather than letting it
pass as "no figures".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from intake.errors import ParseError
from intake.extract import lines, sheets, tables
from intake.lexicon import Matcher
from intake.models import Attachment, Body, Candidate, Form

BODY = "nội dung thư"
# Parts that are never a report: signatures, logos, calendar invitations...
_IGNORED_TYPES = ("image/", "application/pgp", "application/pkcs7", "text/calendar", "text/x-vcard")
_IGNORED_SUFFIXES = (".p7s", ".asc", ".sig", ".vcf", ".ics")


@dataclass(frozen=True)
class Extraction:
    candidates: tuple[Candidate, ...]
    unreadable: tuple[str, ...]  # Vietnamese: which attachment, and why


def extract(
    body: Body, attachments: tuple[Attachment, ...], matcher: Matcher, forms: Mapping[str, Form]
) -> Extraction:
    candidates = list(lines.read(body.text, matcher, forms, BODY))
    unreadable: list[str] = []
    for attachment in attachments:
        try:
            found, reason = _attachment(attachment, matcher, forms)
        except ParseError as e:
            found, reason = [], str(e)
        candidates.extend(found)
        if reason:
            unreadable.append(reason)
    return Extraction(tuple(candidates), tuple(unreadable))


def _attachment(
    attachment: Attachment, matcher: Matcher, forms: Mapping[str, Form]
) -> tuple[list[Candidate], str | None]:
    name = attachment.filename or "(không tên)"
    lower = name.lower()
    if lower.endswith(sheets.SPREADSHEET + (".csv",)):
        found = []
        for sheet, grid in sheets.grids(attachment.data, lower):
            found.extend(tables.read(grid, matcher, forms, f"{name}, {sheet}"))
        return found, None
    if lower.endswith(_IGNORED_SUFFIXES) or attachment.content_type.startswith(_IGNORED_TYPES):
        return [], None
    if lower.endswith((".txt",)):
        return lines.read(attachment.data.decode("utf-8", "replace"), matcher, forms, name), None
    return [], f"Tệp đính kèm {name} chưa đọc được (định dạng chưa hỗ trợ)"
