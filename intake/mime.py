"""Stage "parse MIME": raw bytes to a ParsedMessage, with mail-parser.

Every string leaves this stage in Unicode NFC (Vietnamese arrives both composed and
decomposed, and `windows-1258` decodes to decomposed tone marks); bodies typed in the
legacy TCVN3 or VNI encodings, or mangled into mojibake, are converted back.  Headers are decoded
from RFC 2047, attachment names from RFC 2231.  A message mail-parser cannot read at all
raises ParseError; the pipeline quarantines it.
"""

from __future__ import annotations

import base64
import email.utils
import logging
import re
from datetime import UTC, datetime

import mailparser

from intake.config import Limits
from intake.errors import ParseError, TooBig
from intake.htmltext import to_text
from intake.legacy import to_unicode
from intake.models import Attachment, ParsedMessage
from intake.text import nfc

# mail-parser logs every part type it does not render ("Email content 'report' not
# handled") as a warning; those are expected here and would only fill the log.
logging.getLogger("mailparser").setLevel(logging.ERROR)

_MSGID = re.compile(r"<[^<>\s]+>")


DEFAULT_LIMITS = Limits()
_FORWARD_MARK = "---------- Forwarded message ---------"


def parse(data: bytes, limits: Limits = DEFAULT_LIMITS, depth: int = 0) -> ParsedMessage:
    if len(data) > limits.message_bytes:
        raise TooBig(f"Thư quá lớn ({len(data):,} byte, tối đa {limits.message_bytes:,})")
    headers = read_headers(data, limits)
    try:
        mail = mailparser.parse_from_bytes(data)
    except Exception as e:  # mail-parser raises many kinds on broken input
        raise ParseError(f"the message cannot be read as MIME: {e}") from e
    message = mail.message
    name, sender = email.utils.parseaddr(headers.get("from", ""))
    plain = to_unicode("\n".join(mail.text_plain))
    html = nfc("\n".join(mail.text_html))  # legacy text is converted once out of its tags
    text = plain if plain.strip() else to_unicode(to_text(html))
    attachments = _attachments(mail)
    if message.get_content_type() != "multipart/report" and depth < limits.mime_depth:
        text, attachments = _carried(text, attachments, limits, depth)
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


def read_headers(data: bytes, limits: Limits = DEFAULT_LIMITS) -> dict[str, str]:
    """The headers, decoded, each name lower-case, its first occurrence.  Read in one pass
    over the bytes, encoded words (RFC 2047) decoded by hand: the standard library's
    header parser takes quadratic memory on a header of thousands of encoded words, which
    is how one hostile message used to stop the daemon for good."""
    block = head(data)
    if len(block) > limits.header_bytes:
        raise TooBig(
            f"Phần tiêu đề thư quá lớn ({len(block):,} byte, tối đa {limits.header_bytes:,})"
        )
    text = _header_text(block)
    if (words := len(_ENCODED.findall(text))) > limits.encoded_words:
        raise TooBig(
            f"Tiêu đề thư có quá nhiều từ mã hóa ({words:,}, tối đa {limits.encoded_words:,})"
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
    out, last = [], 0
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


def _carried(
    text: str, attachments: list[Attachment], limits: Limits, depth: int
) -> tuple[str, list[Attachment]]:
    """A message attached to the message (message/rfc822, "Forward as attachment") is a
    forward: its text joins the body under a forward header, which the cleaner reads as
    the report passed on, and its attachments join the message's."""
    kept: list[Attachment] = []
    for attachment in attachments:
        if attachment.content_type != "message/rfc822":
            kept.append(attachment)
            continue
        try:
            inner = parse(attachment.data, limits, depth + 1)
        except ParseError:
            kept.append(attachment)  # read as what it is: an attachment intake cannot read
            continue
        header = "\n".join(
            f"{key}: {inner.headers[key.lower()]}"
            for key in ("From", "Date", "Subject", "To")
            if inner.headers.get(key.lower())
        )
        text = f"{text}\n\n{_FORWARD_MARK}\n{header}\n\n{inner.text}"
        kept.extend(inner.attachments)
    return text, kept


def _defects(mail: mailparser.MailParser) -> list[str]:
    out = []
    for item in mail.defects or []:
        for kind, texts in dict(item).items():
            out.extend(f"{kind}: {t}" for t in texts)
    return out
