"""Stage "parse MIME": raw bytes to a ParsedMessage, with mail-parser.

Every string leaves this stage in Unicode NFC (Vietnamese arrives both composed and
decomposed, and `windows-1258` decodes to decomposed tone marks); bodies typed in the
legacy TCVN3 or VNI encodings, or mangled into mojibake, are converted back.  Headers are decoded
from RFC 2047, attachment names from RFC 2231.  A message mail-parser cannot read at all
raises ParseError; the pipeline quarantines it.

What a message may cost is bounded before the later stages see it, each bound a TooBig
(a quarantine, with the bound in Vietnamese): its size, its headers and their encoded
words ([limits]); its MIME parts (MAX_PARTS), counted before it is parsed; its text
(MAX_TEXT), lines longer than LONG_LINE broken at a space (the line readers are
quadratic in a line's length); the messages forwarded inside it, no deeper than
`mime_depth`.  The message is parsed once, every level with it: a forwarded message is
read from the tree already parsed, never parsed again from its bytes.
"""

from __future__ import annotations

import base64
import email
import email.utils
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import Message

import mailparser

from intake.config import Limits
from intake.errors import ParseError, TooBig
from intake.htmltext import to_text
from intake.legacy import to_unicode
from intake.models import Attachment, ParsedMessage
from intake.text import nfc
from intake.unpack import number_text, size_text

# mail-parser logs every part type it does not render ("Email content 'report' not
# handled") as a warning; those are expected here and would only fill the log.
logging.getLogger("mailparser").setLevel(logging.ERROR)

_MSGID = re.compile(r"<[^<>\s]+>")


DEFAULT_LIMITS = Limits()
_FORWARD_MARK = "---------- Forwarded message ---------"
MAX_PARTS = 1_000  # MIME parts of a message, every level counted
MAX_TEXT = 1_000_000  # characters of its text, forwarded messages included
LONG_LINE = 1_000  # characters: a longer line is broken at a space
MAX_QUOTES = 20  # blockquotes nested in an HTML body; deeper ones are read at this depth


def check_size(size: int, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise TooBig for a message of `size` bytes over [limits] message_bytes."""
    if size > limits.message_bytes:
        raise TooBig(f"Thư quá lớn ({size_text(size)}, tối đa {size_text(limits.message_bytes)})")


Headers = dict[str, str]  # read_headers: each name lower-case, its first value, decoded


def parse(
    data: bytes, limits: Limits = DEFAULT_LIMITS, headers: Headers | None = None
) -> ParsedMessage:
    """`headers`: what read_headers(data, limits) returns, if the caller has read them
    (the daemon reads them once, for its ledger and here)."""
    check_size(len(data), limits)
    if headers is None:
        headers = read_headers(data, limits)
    if (parts := count_parts(data)) > MAX_PARTS:
        raise TooBig(
            f"Thư có quá nhiều phần ({number_text(parts)} phần, tối đa {number_text(MAX_PARTS)})"
        )
    try:
        message = email.message_from_bytes(data)
    except RecursionError as e:  # the standard library recurses once per nested multipart
        raise ParseError("the message is nested too deep to be read as MIME") from e
    except Exception as e:
        raise ParseError(f"the message cannot be read as MIME: {e}") from e
    parsed = _parsed(message, headers, limits, 0)
    if len(parsed.text) > MAX_TEXT:  # the forwarded messages' texts joined to it
        raise TooBig(_too_long(len(parsed.text)))
    return parsed


def _parsed(message: Message, headers: dict[str, str], limits: Limits, depth: int) -> ParsedMessage:
    """One level of a message, already parsed: its own parts read by mail-parser, the
    messages forwarded in it (detached first, so that mail-parser does not walk them)
    read the same way, one level down."""
    carried = _detach(message) if message.get_content_type() != "multipart/report" else []
    if carried and depth >= limits.mime_depth:
        raise TooBig(f"Thư chuyển tiếp lồng nhau quá {limits.mime_depth} lớp")
    try:
        mail = _Parts(message)
    except RecursionError as e:
        raise ParseError("the message is nested too deep to be read as MIME") from e
    except Exception as e:  # mail-parser raises many kinds on broken input
        raise ParseError(f"the message cannot be read as MIME: {e}") from e
    name, sender = email.utils.parseaddr(headers.get("from", ""))
    plain = to_unicode("\n".join(mail.text_plain))
    html = shallow(nfc("\n".join(mail.text_html)))  # legacy text is converted out of its tags
    text = bounded(plain if plain.strip() else to_unicode(to_text(html)))
    attachments = _attachments(mail)
    if carried:
        text, attachments = _carried(text, attachments, carried, limits, depth)
    return ParsedMessage(
        message_id=first_message_id(headers.get("message-id", "")),
        subject=_oneline(headers.get("subject", "")),
        sender=sender.strip().lower(),
        sender_name=nfc(name),
        recipients=tuple(
            a.lower()
            for _, a in email.utils.getaddresses([headers.get("to", ""), headers.get("cc", "")])
            if a
        ),
        date=parse_date(headers.get("date")),
        headers=headers,
        text=text,
        html=html,
        attachments=tuple(attachments),
        content_type=message.get_content_type(),
        in_reply_to=first_message_id(headers.get("in-reply-to", "")),
        references=tuple(_MSGID.findall(headers.get("references", ""))),
        defects=tuple(_defects(mail)),
    )


class _Parts(mailparser.MailParser):
    """mail-parser's reading of the MIME parts (texts, attachments, their defects), without
    what intake reads otherwise: the headers (read_headers, in one bounded pass) and the
    dictionary of everything.  mail-parser parsed every address header and built that
    dictionary twice, two thirds of its time (0.6 ms a message); a version that renames
    these methods only makes it slower again, never different."""

    def _build_header_index(self) -> dict:
        return {}

    def _make_mail(self, complete: bool = True) -> dict:
        return {}


def read_headers(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Headers:
    """The headers, decoded, each name lower-case, its first occurrence.  Read in one pass
    over the bytes, encoded words (RFC 2047) decoded by hand: the standard library's
    header parser takes quadratic memory on a header of thousands of encoded words, which
    is how one hostile message used to stop the daemon for good."""
    block = head(data)
    if len(block) > limits.header_bytes:
        raise TooBig(
            f"Phần tiêu đề thư quá lớn ({number_text(len(block))} byte, "
            f"tối đa {number_text(limits.header_bytes)})"
        )
    text = _header_text(block)
    if (words := len(_ENCODED.findall(text))) > limits.encoded_words:
        raise TooBig(
            f"Tiêu đề thư có quá nhiều từ mã hóa ({number_text(words)}, "
            f"tối đa {number_text(limits.encoded_words)})"
        )
    out: dict[str, str] = {}
    for field in re.sub(r"\r?\n(?=[ \t])", "", text).splitlines():
        name, colon, value = field.partition(":")
        name = name.strip().lower()
        if colon and name and " " not in name and name not in out:
            out[name] = to_unicode(nfc(_decoded(value.strip())))
    return out


def _header_text(block: bytes) -> str:
    try:
        return block.decode("utf-8")
    except UnicodeDecodeError:  # raw 8-bit headers in a legacy charset: read what is there
        return block.decode("cp1252", "replace")


_ENCODED = re.compile(r"=\?([^?\s]{1,40})\?([bBqQ])\?([^?\s]*)\?=")


def _decoded(value: str) -> str:
    """RFC 2047 encoded words decoded; the white space between two of them dropped."""
    out: list[str] = []
    last = 0
    for m in _ENCODED.finditer(value):
        between = value[last : m.start()]
        if not (out and last and not between.strip()):
            out.append(between)
        out.append(_word(m[1], m[2], m[3]))
        last = m.end()
    out.append(value[last:])
    return "".join(out)


def _word(charset: str, encoding: str, text: str) -> str:
    charset = charset.split("*")[0]  # RFC 2231 language: "utf-8*vi"
    try:
        if encoding in "bB":
            raw = base64.b64decode(text + "=" * (-len(text) % 4))
        else:
            quoted = text.replace("_", " ").encode("latin-1", "replace")
            raw = re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]), quoted)
        return raw.decode(charset, "replace")
    except (LookupError, ValueError):
        return text


def head(data: bytes) -> bytes:
    """The header part of a message: everything before the first empty line."""
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    return data[: min(ends) + 4] if ends else data


def _decode_words(value: str) -> str:
    return _decoded(value) if len(_ENCODED.findall(value)) <= 50 else value


def _oneline(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def first_message_id(value: str) -> str | None:
    match = _MSGID.search(value)
    return match[0] if match else (value.strip() or None)


def parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # "-0000": UTC


def _attachments(mail: mailparser.MailParser) -> list[Attachment]:
    out = []
    for part in mail.attachments:
        payload = part.get("payload") or ""
        try:
            if part.get("binary"):
                data = base64.b64decode(payload)
            else:
                data = str(payload).encode(part.get("charset") or "utf-8", "replace")
        except (ValueError, LookupError):
            data = str(payload).encode("utf-8", "replace")
        name = nfc(_decode_words(part.get("filename") or "")).strip()
        content_type = (part.get("mail_content_type") or "").lower()
        inline = bool(part.get("content-id")) or "inline" in (part.get("content-disposition") or "")
        out.append(Attachment(name, content_type, data, inline))
    return out


# -- messages forwarded inside a message ---------------------------------------------------


def _detach(message: Message) -> list[Message]:
    """The messages attached to `message` (message/rfc822 parts, "Forward as
    attachment"), each taken out of its part, which is left empty: mail-parser then
    reads this level alone, and each forwarded message is read once, on its own."""
    out: list[Message] = []
    for part in _rfc822_parts(message):
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            out.append(payload[0])
            part.set_payload([])
    return out


def _rfc822_parts(message: Message) -> list[Message]:
    """The message/rfc822 parts of this level: not those inside them."""
    found: list[Message] = []
    todo = [message]
    while todo:
        part = todo.pop()
        if part.get_content_type() == "message/rfc822" and part is not message:
            found.append(part)
        elif part.is_multipart():
            payload = part.get_payload()
            todo.extend(reversed([p for p in payload if isinstance(p, Message)]))
    return found


def _carried(
    text: str,
    attachments: list[Attachment],
    carried: list[Message],
    limits: Limits,
    depth: int,
) -> tuple[str, list[Attachment]]:
    """A message attached to the message is a forward: its text joins the body under a
    forward header, which the cleaner reads as the report passed on, and its attachments
    join the message's (its emptied part is dropped)."""
    kept = [a for a in attachments if not (a.content_type == "message/rfc822" and not a.data)]
    for message in carried:
        try:
            inner = _parsed(
                message, read_headers(_header_block(message), limits), limits, depth + 1
            )
        except TooBig:
            raise
        except ParseError:  # read as what it is: an attachment intake cannot read
            kept.append(Attachment("", "message/rfc822", _as_bytes(message)))
            continue
        if len(text) + len(inner.text) > MAX_TEXT:
            raise TooBig(_too_long(len(text) + len(inner.text)))
        header = "\n".join(
            f"{key}: {inner.headers[key.lower()]}"
            for key in ("From", "Date", "Subject", "To")
            if inner.headers.get(key.lower())
        )
        text = f"{text}\n\n{_FORWARD_MARK}\n{header}\n\n{inner.text}"
        kept.extend(inner.attachments)
    return text, kept


def _header_block(message: Message) -> bytes:
    """The headers of a parsed message as they were sent (undecoded, 8-bit kept), for
    read_headers."""
    lines = (f"{name}: {value}\n" for name, value in message.raw_items())
    return "".join(lines).encode("ascii", "surrogateescape") + b"\n"


def _as_bytes(message: Message) -> bytes:
    try:
        return message.as_bytes()
    except Exception:  # the standard library cannot write back what it parsed
        return b""


# -- what one message may cost -------------------------------------------------------------

# Matched on the message in lower case (a case-blind pattern found no literal to skip
# ahead to, and took half a millisecond on a Word report); the value is cut from the
# message as written: a boundary's case counts.
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))')
_LINE_END = re.compile(rb"[\r\n]")
MAX_DASHES = 210  # what is compared of a line that starts with "--"


def count_parts(data: bytes) -> int:
    """How many MIME parts the message has, every level counted, without parsing it: the
    lines that open a part with one of the boundaries declared in it."""
    boundaries = {
        data[slice(*m.span(1 if m[1] is not None else 2))] for m in _BOUNDARY.finditer(data.lower())
    }
    if not boundaries:
        return 1
    return sum(
        1
        for line in _dash_lines(data)
        if line.rstrip() in boundaries  # a closing line ("--boundary--") opens nothing
    )


def _dash_lines(data: bytes) -> Iterator[bytes]:
    """What follows "--" on each line that starts with it (at least one byte, at most
    MAX_DASHES), found by searching for the few places where such a line starts."""
    at = 2 if data.startswith(b"--") else _after_dashes(data, 0)
    while at != -1:
        end = _LINE_END.search(data, at, at + MAX_DASHES)
        if line := data[at : end.start() if end else at + MAX_DASHES]:
            yield line
        at = _after_dashes(data, at)


def _after_dashes(data: bytes, start: int) -> int:
    """Where the text after the next line-opening "--" from `start` begins, or -1."""
    found = data.find(b"\n--", start)
    return -1 if found == -1 else found + 3


def bounded(text: str) -> str:
    """The text, refused beyond MAX_TEXT characters, its lines past LONG_LINE broken."""
    if len(text) > MAX_TEXT:
        raise TooBig(_too_long(len(text)))
    return wrapped(text)


def wrapped(text: str) -> str:
    """The text with its lines past LONG_LINE broken at spaces."""
    if all(len(line) <= LONG_LINE for line in text.split("\n")):
        return text
    return "\n".join(piece for line in text.split("\n") for piece in _broken(line))


_QUOTE_MARKS = re.compile(r"(?:> ?)*")


def _broken(line: str) -> list[str]:
    """A long line broken at spaces into lines of at most LONG_LINE characters, each with
    the quote marks ("> > ") of the line, so the cleaner still knows them for a quote."""
    if len(line) <= LONG_LINE:
        return [line]
    marks = _QUOTE_MARKS.match(line)
    prefix = marks[0][: LONG_LINE // 10] if marks else ""
    rest = line[len(marks[0]) if marks else 0 :]
    width = LONG_LINE - len(prefix)
    out = []
    while len(rest) > width:
        cut = rest.rfind(" ", width // 2, width)
        cut = cut if cut > 0 else width
        out.append(prefix + rest[:cut])
        rest = rest[cut:].lstrip(" ")
    out.append(prefix + rest)
    return out


def _too_long(length: int) -> str:
    return f"Nội dung thư quá dài ({number_text(length)} ký tự, tối đa {number_text(MAX_TEXT)})"


_BLOCKQUOTE = re.compile(r"<(/?)blockquote\b[^>]*>", re.I)


def shallow(html: str) -> str:
    """The HTML with blockquotes nested deeper than MAX_QUOTES left out (their text kept):
    each level of quote marks every line under it, so fifty thousand levels would cost
    the text converter gigabytes."""
    if html.lower().count("<blockquote") <= MAX_QUOTES:
        return html
    out: list[str] = []
    last = depth = 0
    for tag in _BLOCKQUOTE.finditer(html):
        closing = bool(tag[1])
        depth = max(depth - closing, 0)  # a closing tag ends the level it opened
        if depth >= MAX_QUOTES:
            out.append(html[last : tag.start()])
            last = tag.end()
        depth += not closing
    out.append(html[last:])
    return "".join(out)


def _defects(mail: mailparser.MailParser) -> list[str]:
    out: list[str] = []
    for item in mail.defects or []:
        for kind, texts in dict(item).items():
            out.extend(f"{kind}: {t}" for t in texts)
    return out
