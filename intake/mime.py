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
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser

import mailparser

from intake.errors import ParseError
from intake.htmltext import to_text
from intake.legacy import to_unicode
from intake.models import Attachment, ParsedMessage
from intake.text import nfc

# mail-parser logs every part type it does not render ("Email content 'report' not
# handled") as a warning; those are expected here and would only fill the log.
logging.getLogger("mailparser").setLevel(logging.ERROR)

_MSGID = re.compile(r"<[^<>\s]+>")


MAX_CARRIED = 3  # messages attached to messages attached to ...: at most this deep
_FORWARD_MARK = "---------- Forwarded message ---------"


def parse(data: bytes, depth: int = 0) -> ParsedMessage:
    try:
        mail = mailparser.parse_from_bytes(data)
    except Exception as e:  # mail-parser raises many kinds on broken input
        raise ParseError(f"the message cannot be read as MIME: {e}") from e
    message = mail.message
    headers = _headers(data)
    name, sender = email.utils.parseaddr(headers.get("from", ""))
    plain = to_unicode("\n".join(mail.text_plain))
    html = nfc("\n".join(mail.text_html))  # legacy text is converted once out of its tags
    text = plain if plain.strip() else to_unicode(to_text(html))
    attachments = _attachments(mail)
    if message.get_content_type() != "multipart/report" and depth < MAX_CARRIED:
        text, attachments = _carried(text, attachments, depth)
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


def _headers(data: bytes) -> dict[str, str]:
    """The headers, decoded (RFC 2047) with the modern policy, which keeps the spaces of
    folded lines that `email.header.decode_header` loses."""
    parsed = BytesHeaderParser(policy=policy.default).parsebytes(head(data))
    out: dict[str, str] = {}
    for key in parsed:
        name = key.lower()
        if name not in out:
            out[name] = to_unicode(decode_header_value(parsed, key))
    return out


def head(data: bytes) -> bytes:
    """The header part of a message: everything before the first empty line."""
    ends = [i for i in (data.find(b"\r\n\r\n"), data.find(b"\n\n")) if i >= 0]
    return data[: min(ends) + 4] if ends else data


def decode_header_value(headers: Message, key: str) -> str:
    try:
        return nfc(str(headers[key]))
    except Exception:  # malformed encoded words or addresses: decode what is there
        raw = headers.get_all(key, [""])[0]
        try:
            return nfc(str(make_header(decode_header(str(raw)))))
        except Exception:
            return nfc(str(raw))


def _decode_words(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # malformed encoded words: keep what is there
        return value


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


def _carried(text: str, attachments: list[Attachment], depth: int) -> tuple[str, list[Attachment]]:
    """A message attached to the message (message/rfc822, "Forward as attachment") is a
    forward: its text joins the body under a forward header, which the cleaner reads as
    the report passed on, and its attachments join the message's."""
    kept: list[Attachment] = []
    for attachment in attachments:
        if attachment.content_type != "message/rfc822":
            kept.append(attachment)
            continue
        try:
            inner = parse(attachment.data, depth + 1)
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
