"""Stage "clean": keep what the sender wrote now; set aside quotes and signatures.

Commune staff answer by pressing Reply on last week's thread, so the quoted part often
holds last week's figures.  The new text ends at the first reply header:

- Gmail: "On Wed, Feb 10, 2021 at 9:15 AM X <x@y> wrote:" / "Vào Th 4, 10 thg 2, 2021
  lúc 09:15 X đã viết:" (often wrapped over two lines);
- Outlook: "-----Original Message-----" or a From:/Sent:/To:/Subject: block, in English
  or Vietnamese (Từ:/Đã gửi:/Đến:/Chủ đề:), often after a line of underscores;
- Zimbra and Thunderbird: "----- Original Message -----", "----- Thư gốc -----";
- lines quoted with ">".
A forwarded message ("---------- Forwarded message ---------", "Chuyển tiếp", or an
Outlook header block in a message whose subject starts with Fwd/FW/TV) is not a quote:
its content is the report being passed on, so it is kept (cleaned in turn).  The
signature, after "-- " or a closing such as "Trân trọng", is set aside: a phone number
is not a figure.  Chat lines pasted from Zalo or Messenger lose their time stamps and the
name before them ("[09:12, 02/02/2021] Lò Thị Hoa: tin bài 6"): 09:12 is not a duration.
"""

from __future__ import annotations

import email.utils
import re
from collections.abc import Collection

from intake.models import Body
from intake.text import fold

_ON_WROTE = re.compile(r"^\s*(on\b.{4,}\bwrote|vao\b.{4,}\bda viet|le\b.{4,}\ba ecrit)\s*:?\s*$")
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*(original message|thu goc|tin nhan goc|message goc|"
    r"thu da gui|reply message)\s*-{2,}\s*$"
)
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|thu (da )?chuyen tiep|tin nhan (da )?chuyen tiep|"
    r"chuyen tiep thu)\s*-*|begin forwarded message:?|"
    r"-{2,}\s*chuyen tiep\s*-*)\s*$"
)
_HEADER_KEYS = (
    "from",
    "sent",
    "to",
    "cc",
    "subject",
    "date",
    "tu",
    "da gui",
    "den",
    "chu de",
    "ngay",
    "gui",
    "tieu de",
    "nguoi gui",
    "ngay gui",
    "reply-to",
)
_HEADER_LINE = re.compile(rf"^\s*\*?({'|'.join(_HEADER_KEYS)})\*?\s*:\s*\S?", re.IGNORECASE)
_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")
_SIGNATURE = re.compile(
    r"^\s*(--|__|tran trong( cam on| bao cao)?[.!]*|tran trong\W*|kinh thu|than ai|"
    r"best regards|regards|thanks?( you)?|sent from my \w+|gui tu \w+|"
    r"duoc gui tu \w+)\s*[,.!]*\s*$"
)
_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|tv|ct|chuyen tiep|forward)\s*:", re.IGNORECASE)


def clean(text: str, subject: str = "", own: Collection[str] = ()) -> Body:
    """`own`: the office's addresses.  What the office sent, forwarded back by a unit (its
    weekly summary, its reminder), is the office's text, not the unit's report."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    folded = [fold(line) for line in lines]
    forwarded_subject = bool(_FORWARD_SUBJECT.match(fold(subject)))
    cut, is_forward = _first_break(lines, folded, forwarded_subject)
    new_lines = [
        _unstamped(ln) for ln, f in zip(lines[:cut], folded[:cut], strict=True) if not _quoted(f)
    ]
    rest = lines[cut:]
    new_text, signature = _split_signature(new_lines)
    if is_forward and not _from_own(rest, own):
        rest = _unquoted(rest)  # Apple Mail quotes what it forwards with "> "
        carried = clean("\n".join(_drop_header_block(rest)), own=own)
        when = carried.forwarded_date or _header_value(
            rest, ("date", "sent", "ngay", "da gui", "ngay gui")
        )
        return Body(
            text=_join(new_text, carried.text),
            quoted=carried.quoted,
            signature=_join(signature, carried.signature),
            forwarded=True,
            carried=carried.text,
            forwarded_date=when,
        )
    below = _bottom_posted(rest)
    if below and not new_text.strip():
        new_text, signature = _split_signature(below)
    quoted = [ln for ln, f in zip(lines[:cut], folded[:cut], strict=True) if _quoted(f)]
    return Body(
        text=new_text,
        quoted=_join("\n".join(quoted), "\n".join(rest)),
        signature=signature,
        forwards_office=is_forward,  # the forward of the office's own mail (see above)
    )


def _bottom_posted(rest: list[str]) -> list[str]:
    """The new text of a reply written below the quote: reply header, "> " lines, text."""
    i = 1
    while i < min(len(rest), 10) and not _quoted(fold(rest[i])) and _in_header(rest, i):
        i += 1  # the rest of a header wrapped over lines, or a From:/Sent:/To: block
    if i >= len(rest) or not _quoted(fold(rest[i])):
        return []
    while i < len(rest) and (_quoted(fold(rest[i])) or not rest[i].strip()):
        i += 1
    below = rest[i:]
    folded = [fold(line) for line in below]
    cut, _ = _first_break(below, folded, False)
    return [line for line, f in zip(below[:cut], folded[:cut], strict=True) if not _quoted(f)]


def _in_header(rest: list[str], i: int) -> bool:
    line = fold(rest[i])
    return i < 3 or not line.strip() or bool(_HEADER_LINE.match(line))


def _first_break(lines: list[str], folded: list[str], forwarded_subject: bool) -> tuple[int, bool]:
    """The index where the quoted or forwarded part starts, and whether it is a forward."""
    for i, f in enumerate(folded):
        if _FORWARD.match(f):
            return i, True
        if _SEPARATOR.match(f):
            return i, forwarded_subject
        if _ON_WROTE.match(f) or (
            i + 1 < len(folded)
            and _ON_WROTE.match(f + " " + folded[i + 1])
            and _starts_reply_header(f)
        ):
            return i, False
        if _header_block_at(folded, i):
            start = i - 1 if i and _UNDERSCORES.match(folded[i - 1]) else i
            return start, forwarded_subject
    return len(lines), False


def _starts_reply_header(folded_line: str) -> bool:
    return bool(re.match(r"^\s*(on|vao|le)\b", folded_line))


def _header_block_at(folded: list[str], i: int) -> bool:
    """Three or more header lines (From:, Sent:, To:, Subject: ...) within five lines."""
    if not re.match(r"^\s*\*?(from|tu|nguoi gui)\*?\s*:", folded[i]):
        return False
    window = folded[i : i + 6]
    return sum(1 for f in window if _HEADER_LINE.match(f)) >= 3


def _from_own(lines: list[str], own: Collection[str]) -> bool:
    sender = _header_value(_unquoted(lines), ("from", "tu", "nguoi gui"))
    if not sender:
        return False
    return email.utils.parseaddr(sender)[1].lower() in own


def _header_value(lines: list[str], keys: tuple[str, ...]) -> str | None:
    """The value of the first header line among the first lines of a forwarded block."""
    for line in lines[:12]:
        match = re.match(r"^\s*\*?([^:]{2,12}?)\*?\s*:\s*(.+)$", line)
        if match and fold(match[1]).strip() in keys:
            return match[2].strip()
    return None


def _drop_header_block(lines: list[str]) -> list[str]:
    """Remove the forward marker and the header lines that follow it."""
    out, in_header = [], True
    for line in lines[1:] if lines and not _HEADER_LINE.match(fold(lines[0])) else lines:
        if in_header and (_HEADER_LINE.match(fold(line)) or not line.strip()):
            continue
        in_header = False
        out.append(line)
    return out


def _unquoted(lines: list[str]) -> list[str]:
    """A forwarded block quoted whole with "> ", one level of quoting removed; its marker
    and header lines may stand unquoted above it (Thunderbird)."""
    body = [line for line in _drop_header_block(lines) if line.strip()]
    if not body or not all(line.lstrip().startswith(">") for line in body):
        return lines
    return [re.sub(r"^\s*> ?", "", line) for line in lines]


def _quoted(folded_line: str) -> bool:
    return folded_line.lstrip().startswith(">")


_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM|sa|ch|am|pm)\b)?"
_DAY = r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
_STAMP = rf"\[\s*(?:{_CLOCK}(?:[,\s]+{_DAY})?|{_DAY}[,\s]+{_CLOCK})\s*\]"
_NAME = r"[A-ZÀ-Ỹ][^\W\d_]*(?:\s+[A-ZÀ-Ỹ][^\W\d_]*){0,4}"
_CHAT_PREFIX = re.compile(
    rf"^\s*(?:{_STAMP}\s*(?:[^:\[\]\n\d]{{1,40}}:\s*)?|{_CLOCK}\s+{_NAME}:\s+)"
)
_CHAT_SUFFIX = re.compile(rf"\s*{_STAMP}\s*$")
_CHAT_HEADER = re.compile(
    rf"^\s*(?:{_NAME}\s*[,-]?\s*)?(?:{_STAMP}|{_CLOCK}[,\s]+{_DAY}|{_DAY}[,\s]+{_CLOCK})\s*$"
    # Zalo on a computer: "Lâm VHXH Khổng Lào 10:02", an author of two capitalised words
    rf"|^\s*(?=(?:[^:\d\n]*?\b[A-ZÀ-Ỹ]){{2}})[^:\d\n]{{3,60}}\s{_CLOCK}\s*$"
)


def _unstamped(line: str) -> str:
    """A chat line without its time stamp and author: "[09:12, 02/02/2021] Lò Thị Hoa: tin
    bài 6" -> "tin bài 6"; a line that is only an author and a stamp becomes empty."""
    if ":" not in line:
        return line  # every pattern below holds a clock time ("09:12"): most lines end here
    if _CHAT_HEADER.match(line):
        return ""
    return _CHAT_SUFFIX.sub("", _CHAT_PREFIX.sub("", line, count=1), count=1)


def _split_signature(lines: list[str]) -> tuple[str, str]:
    for i in range(max(0, len(lines) - 15), len(lines)):
        if _SIGNATURE.match(fold(lines[i])):
            return "\n".join(lines[:i]).strip(), "\n".join(lines[i:]).strip()
    return "\n".join(lines).strip(), ""


def _join(a: str, b: str) -> str:
    return "\n".join(p for p in (a, b) if p.strip())
