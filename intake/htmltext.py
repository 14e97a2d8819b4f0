"""HTML bodies to plain text, keeping tables readable as rows of cells.

Mail clients (Gmail, Outlook, Zimbra) often send only HTML, and commune staff paste
tables from Excel into the body.  Each table row becomes one line with its cells joined
by " | ", so the line readers and table readers see the same structure as in a sheet.
Blockquotes are prefixed with "> " so the body cleaner recognises quoted text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
    "address",
    "center",
}
_SKIP = {"style", "script", "head", "title", "xml"}
CELL_SEP = " | "


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.cells: list[str] | None = None
        self.skip = 0
        self.quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "blockquote":
            self.newline()
            self.quote += 1
        elif tag == "tr":
            self.newline()
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cells.append("".join(self.line))
            self.line = []
        elif tag in _BLOCK and self.cells is None:
            self.newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.newline()
            self.quote = max(0, self.quote - 1)
        elif tag == "tr" and self.cells is not None:
            self.cells.append("".join(self.line))
            self.line = []
            cells = [_squash(c) for c in self.cells[1:]]
            self.cells = None
            self.emit(CELL_SEP.join(cells))
        elif tag in _BLOCK and self.cells is None:
            self.newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            if self.cells is not None:
                self.line.append(" ")
            else:
                self.newline()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.line.append(data)

    def newline(self) -> None:
        if self.cells is None:
            self.emit(_squash("".join(self.line)))
            self.line = []

    def emit(self, text: str) -> None:
        if text or (self.lines and self.lines[-1]):
            self.lines.append(("> " * self.quote) + text)


def _squash(text: str) -> str:
    return re.sub(r"[ \t\r\n\xa0]+", " ", text).strip()


def to_text(html: str) -> str:
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; this guards against the unforeseen
        return re.sub(r"<[^>]+>", " ", html)
    parser.newline()
    return "\n".join(parser.lines).strip()
