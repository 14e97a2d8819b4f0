"""Stage "extract": find the figures of every form in the body and the attachments.

Returns candidates (the figures of one form found in one place), the texts of the
documents (their headings name the unit and the week), and what could not be read, with
the reason: those hold a report for review rather than letting it pass as "no figures".

What [limits] leaves unread (attachments past `attachments`, a file past
`attachment_bytes`, a bomb, a sheet past `cells`, a document past `pages`) holds every
report of the message, with the reason: a clerk must see what intake did not read,
since it may hold other figures, or other units'.  Holding rather than quarantining
keeps what was read, for the clerk to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from intake import htmltext, legacy, mime
from intake.config import Limits
from intake.errors import ParseError, TooBig
from intake.extract import (
    corrections,
    documents,
    lines,
    ocr,
    scans,
    sheets,
    tables,
    texttables,
)
from intake.extract.asides import is_plan_heading
from intake.lexicon import Matcher
from intake.models import (
    BODY,
    SUBJECT,
    Attachment,
    Body,
    Candidate,
    Form,
    ParsedMessage,
    Problem,
)
from intake.period import states_period
from intake.text import fold, fold_key
from intake.unpack import number_text, size_text

HEAD_LINES = 40  # how much of a document's beginning names its unit and week
# Parts that are never a report: signatures, keys, calendar invitations, contact cards.
_IGNORED_TYPES = (
    "application/pgp",
    "application/pkcs7",
    "text/calendar",
    "text/x-vcard",
    "text/vcard",
    "message/delivery-status",
    "text/rfc822-headers",
)
_IGNORED_SUFFIXES = (".p7s", ".asc", ".sig", ".vcf", ".ics")
_DOCUMENTS = (".docx", ".docm", ".doc", ".pdf")
READABLE = (*sheets.SPREADSHEET, ".csv", ".docx", ".docm", ".doc", ".pdf")
INLINE_PICTURE = 40_000  # bytes: an inline picture this big is a photo, not a logo
IMAGES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".webp")
DEFAULT_LIMITS = Limits()
BEYOND_LIMIT = "beyond_limit"  # the code of a Problem for what [limits] left unread
MAX_BODY = 50_000  # characters of a body read for figures (the line readers' cost)


@dataclass(frozen=True)
class Extraction:
    candidates: tuple[Candidate, ...]
    texts: tuple[str, ...] = ()  # headings of documents and sheets
    unreadable: tuple[str, ...] = ()  # Vietnamese: which attachment, and why
    blank_forms: tuple[str, ...] = ()  # attached forms with no figure filled in
    figureless: tuple[str, ...] = ()  # spreadsheets and documents read, but no figure found


def extract(
    parsed: ParsedMessage,
    body: Body,
    matcher: Matcher,
    forms: Mapping[str, Form],
    names: frozenset[str] = frozenset(),
    limits: Limits = DEFAULT_LIMITS,
) -> Extraction:
    """`names`: the words of the units' names, which OCR must not take for misread labels."""
    attachments, limited = _within_count(parsed.attachments, limits)
    body, limited = _within_length(body), [*limited, *_too_long(body)]
    in_tables, table_lines = _html_tables(parsed.html, body.text, matcher, forms)
    text = "\n".join(
        "" if fold_key(line) in table_lines else line for line in body.text.split("\n")
    )
    typed, text = _text_tables(text, matcher, forms)
    candidates = [*_body(text, matcher, forms), *in_tables, *typed]
    candidates = _on_quoted_report(candidates, body, matcher, forms)
    texts: list[str] = []
    unreadable: list[str] = []
    blank: list[str] = []
    figureless: list[str] = []
    scanned: list[Attachment] = []  # photos and scans: read by OCR if nothing else is
    for attachment in attachments:
        if _picture(attachment):
            scanned.append(attachment)
            continue
        try:
            found, heads, cut = _attachment(attachment, matcher, forms, limits)
        except documents.Scanned:
            scanned.append(attachment)
            continue
        except BlankForm as e:
            blank.append(str(e))
            continue
        except NotAReport:
            continue  # a plan, an invitation: its figures are targets, times, places
        except TooBig as e:
            limited.append(str(e))
            continue
        except ParseError as e:
            unreadable.append(str(e))
            continue
        candidates.extend(found)
        texts.extend(heads)
        limited.extend(cut)
        if not found and attachment.filename.lower().endswith(READABLE):
            figureless.append(attachment.filename)
    if not candidates:  # sent from a phone: all in the subject
        candidates.extend(lines.read(parsed.subject, matcher, forms, SUBJECT))
    if not candidates and scanned:
        found, heads, unread = _scans(scanned, matcher, forms, names)
        candidates += found
        texts += heads
        unreadable += unread
    candidates = corrections.apply(candidates, body.text, matcher)
    candidates = _held(candidates, limited)
    return Extraction(
        tuple(candidates),
        tuple(texts),
        (*unreadable, *limited),
        tuple(blank),
        tuple(figureless),
    )


def _within_count(
    attachments: tuple[Attachment, ...], limits: Limits
) -> tuple[list[Attachment], list[str]]:
    """The attachments to read: the first `limits.attachments` files, and every picture
    and signature (a picture costs nothing unless OCR reads it, and OCR reads a few);
    and why the others are not read."""
    kept: list[Attachment] = []
    left_out: list[str] = []
    files = 0
    for attachment in attachments:
        if _image(attachment) or ignored(attachment):
            kept.append(attachment)
        elif files < limits.attachments:
            kept.append(attachment)
            files += 1
        else:
            left_out.append(attachment.filename or "(không tên)")
    if not left_out:
        return kept, []
    shown = ", ".join(left_out[:5]) + (", ..." if len(left_out) > 5 else "")
    total = number_text(limits.attachments + len(left_out))
    why = (
        f"Thư có {total} tệp đính kèm, quá giới hạn {limits.attachments} tệp: chỉ đọc "
        f"{limits.attachments} tệp đầu, {number_text(len(left_out))} tệp chưa đọc ({shown})"
    )
    return kept, [why]


def _within_length(body: Body) -> Body:
    """The body, its new text and its quote cut to their first MAX_BODY characters (at a
    line's end): a report is a page or two; the line readers take seconds a page."""
    return replace(body, text=_first(body.text), quoted=_first(body.quoted))


def _first(text: str) -> str:
    if len(text) <= MAX_BODY:
        return text
    end = text.rfind("\n", 0, MAX_BODY)
    return text[: end if end > 0 else MAX_BODY]


def _too_long(body: Body) -> list[str]:
    return [_cut_text("Nội dung thư", len(body.text))] if len(body.text) > MAX_BODY else []


def _cut_text(what: str, length: int) -> str:
    return f"{what} dài {number_text(length)} ký tự, chỉ đọc {number_text(MAX_BODY)} ký tự đầu"


def _image(attachment: Attachment) -> bool:
    return attachment.content_type.startswith("image/") or attachment.filename.lower().endswith(
        IMAGES
    )


def _held(candidates: list[Candidate], limited: list[str]) -> list[Candidate]:
    """Every candidate held with the reasons of what [limits] left unread."""
    if not limited:
        return candidates
    problems = tuple(Problem(BEYOND_LIMIT, why) for why in limited)
    return [replace(c, problems=(*c.problems, *problems)) for c in candidates]


def _body(text: str, matcher: Matcher, forms: Mapping[str, Form]) -> list[Candidate]:
    """The body's figures; a body that reports several weeks, each under a line that names
    its week ("Tuần từ 05/02 đến 11/02/2021:", "Tuần trước:"), is read as one section per
    week, each section's candidates with its week."""
    lines_ = text.split("\n")
    heads = [
        i for i, line in enumerate(lines_) if states_period(line) or _relative(line) is not None
    ]
    if len({fold_key(lines_[i]) for i in heads}) < 2:
        return lines.read(text, matcher, forms, BODY)
    found: list[Candidate] = []
    bounds = [0, *heads[1:], len(lines_)]
    for start, stop, head in zip(bounds, bounds[1:], heads, strict=False):
        section = "\n".join(lines_[start:stop])
        week = lines_[head] if states_period(lines_[head]) else None
        back = _relative(lines_[head]) or 0
        found += [
            replace(c, period_text=c.period_text if week is None else week, weeks_back=back)
            for c in lines.read(section, matcher, forms, BODY, start + 1)
        ]
    return found


_RELATIVE_HEAD = re.compile(
    r"^\W*(?:(?:ket qua|so lieu|bao cao|bc)\s+)?(?:cua\s+)?(tuan truoc|tuan nay|tuan qua)\W*$"
)


def _relative(line: str) -> int | None:
    """1 for a heading "Tuần trước:", 0 for "Tuần này:", None for any other line."""
    match = _RELATIVE_HEAD.match(fold(line))
    if match is None:
        return None
    return 1 if match[1] == "tuan truoc" else 0


def _on_quoted_report(
    candidates: list[Candidate], body: Body, matcher: Matcher, forms: Mapping[str, Form]
) -> list[Candidate]:
    """ "Em xin sửa lại số người nghe là 2.500, các số khác giữ nguyên như thư dưới": the
    corrected figure with the other figures of the report quoted below."""
    corrected = [c for c in candidates if any(v.how == corrections.CORRECTED for v in c.values)]
    if len(corrected) != 1 or not corrections.KEEP_REST.search(fold(body.text)) or not body.quoted:
        return candidates
    new = corrected[0]
    quoted = re.sub(r"(?m)^\s*>+ ?", "", body.quoted)
    base = [
        c for c in lines.read(quoted, matcher, forms, f"{BODY} (thư trước)") if c.form == new.form
    ]
    if len(base) != 1:
        return candidates
    have = {v.field for v in new.values}
    kept = tuple(
        replace(v, how="thư trước, giữ nguyên") for v in base[0].values if v.field not in have
    )
    return [replace(c, values=(*c.values, *kept)) if c is new else c for c in candidates]


def _text_tables(
    text: str, matcher: Matcher, forms: Mapping[str, Form]
) -> tuple[list[Candidate], str]:
    """Tables typed in the body, and the body without the lines of those that were read."""
    found: list[Candidate] = []
    lines_ = text.split("\n")
    for start, stop, grid in texttables.blocks(text):
        read = tables.read(grid, matcher, forms, f"{BODY}, bảng dòng {start + 1}")
        if read.candidates:
            found += read.candidates
            lines_[start:stop] = [""] * (stop - start)
    return found, "\n".join(lines_)


def _html_tables(
    html: str, new_text: str, matcher: Matcher, forms: Mapping[str, Form]
) -> tuple[list[Candidate], set[str]]:
    """Tables of the HTML body that are in the new text (not in the quoted part), and the
    keys of their rows and cells: those lines of the text part are not read again."""
    if "<table" not in html.lower():
        return [], set()
    new = fold_key(new_text)
    found: list[Candidate] = []
    seen: set[str] = set()
    for grid in htmltext.tables(html):
        hint = legacy.detect([c for row in grid for c in row])
        grid = [[legacy.to_unicode(c, hint) for c in row] for row in grid]
        rows = [fold_key(" ".join(row)) for row in grid[1:]]
        if not (all(r in new for r in rows) and len(grid) > 1 and max(len(r) for r in grid) > 2):
            continue  # in the quote; a plain part may leave out a table's header row
        read = tables.read(grid, matcher, forms, "bảng trong thư").candidates
        found += read
        if read:
            seen |= {fold_key(" ".join(row)) for row in grid} | {
                fold_key(c) for r in grid for c in r
            }
    return found, seen - {""}


def _attachment(
    attachment: Attachment, matcher: Matcher, forms: Mapping[str, Form], limits: Limits
) -> tuple[list[Candidate], list[str], tuple[str, ...]]:
    """The candidates of an attachment, its heading lines, and what a bound of [limits]
    left unread of it."""
    name = attachment.filename or "(không tên)"
    lower = name.lower()
    if len(attachment.data) > limits.attachment_bytes:
        raise TooBig(
            f"Tệp {name} quá lớn ({size_text(len(attachment.data))}, tối đa "
            f"{size_text(limits.attachment_bytes)}), chưa đọc"
        )
    if lower.endswith(sheets.SPREADSHEET + (".csv",)):
        return _workbook(attachment, name, matcher, forms, limits)
    if lower.endswith(_DOCUMENTS):
        return _document(attachment, name, matcher, forms, limits)
    if lower.endswith((".txt",)):
        text = attachment.data.decode("utf-8", "replace")
        cut = () if len(text) <= MAX_BODY else (_cut_text(f"Tệp {name}", len(text)),)
        text = mime.wrapped(_first(text))
        return lines.read(text, matcher, forms, name), [text[:2000]], cut
    if (
        ignored(attachment)
        or attachment.content_type.startswith("image/")
        or lower.endswith(IMAGES)
    ):
        return [], [], ()
    raise ParseError(f"Tệp đính kèm {name} chưa đọc được (định dạng chưa hỗ trợ)")


def _workbook(
    attachment: Attachment, name: str, matcher: Matcher, forms: Mapping[str, Form], limits: Limits
) -> tuple[list[Candidate], list[str], tuple[str, ...]]:
    """The sheets of a workbook.  When some sheet has a form's table, the other sheets'
    loose lines (a guide sheet that explains each field) are not read as figures.  What
    a bound left unread holds what was read, or is the reason the file was not read."""
    book = sheets.read(attachment.data, name, limits)
    read = []
    for sheet, grid in book.sheets:
        top = grid[: HEADING_LINES * 3]  # enough rows to find its first lines of text
        texts = [" ".join(str(c) for c in row if c) for row in top]
        if any(is_plan_heading(t) for t in [sheet, *texts[:HEADING_LINES]]):
            continue  # a sheet of next week's plan
        table = tables.read(grid, matcher, forms, f"{name}, {sheet}")
        heading = _heading(name, texts)
        read.append(
            replace(table, candidates=[replace(c, heading=heading) for c in table.candidates])
        )
    headed = any(t.headed and t.candidates for t in read)
    found = [c for t in read if t.headed or not headed for c in t.candidates]
    if not found and book.cut:
        raise TooBig("; ".join(book.cut))
    if not found and any(t.blank for t in read):
        raise BlankForm(f"Tệp {name} là mẫu báo cáo chưa điền số liệu")
    return found, [c.period_text for c in found if c.period_text][:1], book.cut


class BlankForm(ParseError):
    """An attached form whose figures were never filled in."""


class NotAReport(ParseError):
    """An attached official document of another kind than a report (Nghị định 30/2020):
    a plan, an invitation, a decision."""


def _document(
    attachment: Attachment, name: str, matcher: Matcher, forms: Mapping[str, Form], limits: Limits
) -> tuple[list[Candidate], list[str], tuple[str, ...]]:
    document = documents.read(attachment.data, name, limits)
    if other := documents.kind(document.text):
        raise NotAReport(f"{name} là {other}, không phải báo cáo")
    found: list[Candidate] = []
    for number, grid in enumerate(document.tables, start=1):
        if number <= len(document.planned) and document.planned[number - 1]:
            continue  # a table under "KẾ HOẠCH TUẦN TỚI": targets, not results
        read = tables.read(grid, matcher, forms, f"{name}, bảng {number}").candidates
        caption = document.captions[number - 1] if number <= len(document.captions) else ""
        if states_period(caption):  # "Tuần từ 02/7 đến 08/7/2021" just above the table
            read = [replace(c, period_text=c.period_text or caption) for c in read]
        found.extend(read)
    if not found or name.lower().endswith((".docx", ".docm", ".doc")):
        found.extend(lines.read(document.paragraphs, matcher, forms, name))
    else:  # a PDF's text repeats its tables: its lines give only the fields they lack
        found.extend(_missing_fields(found, lines.read(document.paragraphs, matcher, forms, name)))
    if not found and document.cut:
        raise TooBig("; ".join(document.cut))
    head = "\n".join(document.text.split("\n")[:HEAD_LINES])
    heading = _heading(name, document.text.split("\n"))
    found = [replace(c, period_text=c.period_text or head, heading=heading) for c in found]
    return found, [head], document.cut


def _missing_fields(found: list[Candidate], more: list[Candidate]) -> list[Candidate]:
    """Of `more`, the values of fields that no candidate of `found` of the same form has."""
    have = {(c.form, v.field) for c in found for v in c.values}
    out = []
    for candidate in more:
        values = tuple(v for v in candidate.values if (candidate.form, v.field) not in have)
        if values and any(c.form == candidate.form for c in found):
            out.append(replace(candidate, values=values))
    return out


HEADING_LINES = 8  # the letterhead and title of a sheet or a document: whose it is


def _heading(name: str, lines: list[str]) -> str:
    """An attachment's file name, as words, and its first lines: "BC tuan 38 - Na Tam",
    "UBND HUYỆN TAM ĐƯỜNG / XÃ NÀ TĂM / BÁO CÁO ..."."""
    words = re.sub(r"[_\-.]+", " ", name.rsplit(".", 1)[0])
    return "\n".join([words, *(line for line in lines if line.strip())][: HEADING_LINES + 1])


def _picture(attachment: Attachment) -> bool:
    """A photo or scan that may be a report: attached, or shown in the body but too big for
    a logo (a phone's mail app puts the photo it sends inline)."""
    return (not attachment.inline or len(attachment.data) >= INLINE_PICTURE) and (
        attachment.content_type.startswith("image/") or attachment.filename.lower().endswith(IMAGES)
    )


def _scans(
    scanned: list[Attachment], matcher: Matcher, forms: Mapping[str, Form], names: frozenset[str]
) -> tuple[list[Candidate], list[str], list[str]]:
    """Photos and scans, when nothing else in the message holds figures: read by OCR, each
    figure held for a clerk to confirm; what OCR cannot read is named, to be typed."""
    found: list[Candidate] = []
    heads: list[str] = []
    unread: list[str] = []
    for number, attachment in enumerate(scanned):
        name = attachment.filename or "(không tên)"
        if number >= scans.MAX_SCANS or not ocr.available():
            unread.append(f"Tệp {name} là ảnh hoặc bản quét, chưa đọc được, cần nhập tay")
            continue
        try:
            read, head = scans.read(attachment, matcher, forms, names)
        except ocr.ScanError as e:
            unread.append(f"{e} Cần nhập tay.")
            continue
        found += read
        heads.append(head)
        if not read and not attachment.inline:  # an inline picture without figures: decoration
            unread.append(f"Tệp {name} là ảnh hoặc bản quét, không nhận ra số liệu, cần nhập tay")
    return found, heads, unread


def ignored(attachment: Attachment) -> bool:
    lower = attachment.filename.lower()
    return lower.endswith(_IGNORED_SUFFIXES) or attachment.content_type.startswith(_IGNORED_TYPES)
