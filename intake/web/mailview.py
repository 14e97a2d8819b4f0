"""A message as the clerk sees it on the desk, read from the archive.

The mail's HTML is never run: nh3 (the Rust `ammonia` sanitiser) keeps only formatting
tags, drops every script, event handler, style sheet, form and remote reference, and the
page that serves it sets a Content-Security-Policy with no script at all and is shown in
a sandboxed iframe (server.py).  Attachments are addressed by their position in the
message, never by a name or path from the request.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import nh3

from intake import archive, mime
from intake.models import Attachment, ParsedMessage
from intake.store import Store

PREVIEW_PAGES = 3  # PDF pages previewed on the report page
PREVIEW_WIDTH = 900  # pixels
_IMAGES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")
_TAGS = {
    "a", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "div", "dl",
    "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p",
    "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_ATTRIBUTES = {"td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}, "a": {"title"}}


@dataclass(frozen=True)
class File:
    index: int  # position among the message's attachments: what a download names
    name: str
    content_type: str
    size: int

    @property
    def image(self) -> bool:
        return self.content_type in _IMAGES

    @property
    def pdf(self) -> bool:
        return self.content_type == "application/pdf" or self.name.lower().endswith(".pdf")


def parsed(store: Store, archive_folder: Path, message_id: int) -> ParsedMessage | None:
    message = store.message(message_id)
    if message is None:
        return None
    return mime.parse(archive.read(archive_folder, message.archive_path))


def files(message: ParsedMessage) -> list[File]:
    return [
        File(i, a.filename or f"tep-{i + 1}", a.content_type, len(a.data))
        for i, a in enumerate(message.attachments)
    ]


def attachment(message: ParsedMessage, index: int) -> Attachment | None:
    if 0 <= index < len(message.attachments):
        return message.attachments[index]
    return None


def safe_html(message: ParsedMessage) -> str:
    """The body as HTML with nothing that runs or loads: the mail's HTML part cleaned, or
    its text in a <pre>."""
    if message.html.strip():
        body = nh3.clean(
            message.html,
            tags=_TAGS,
            attributes=_ATTRIBUTES,
            url_schemes=set(),  # no link leads anywhere, no image loads
            strip_comments=True,
            link_rel="noopener noreferrer nofollow",
        )
    else:
        body = f"<pre>{nh3.clean_text(message.text)}</pre>"
    return (
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        "<style>body{font:15px/1.45 Arial,sans-serif;margin:8px;color:#111}"
        "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 6px}"
        "pre{white-space:pre-wrap;font:15px/1.45 Arial,sans-serif}</style></head>"
        f"<body>{body}</body></html>"
    )


def pdf_page_png(data: bytes, page: int) -> bytes | None:
    """Page `page` (from 0) of a PDF as PNG, PREVIEW_WIDTH wide; None when there is none
    or the file cannot be read."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
        try:
            if not 0 <= page < min(len(document), PREVIEW_PAGES):
                return None
            sheet = document[page]
            scale = PREVIEW_WIDTH / max(1.0, sheet.get_width())
            image = sheet.render(scale=scale).to_pil()
        finally:
            document.close()
    except pdfium.PdfiumError:
        return None
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def pdf_pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return 0
    try:
        return min(len(document), PREVIEW_PAGES)
    finally:
        document.close()
