"""HTML bodies to plain text, keeping tables readable as rows of cells; and their tables.

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


class _Tables(HTMLParser):
    """Every innermost table of an HTML document as a grid of cell texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[list[str]]] = []
        self.tables: list[list[list[str]]] = []
        self.cell: list[str] | None = None
        self.span = 1
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "table":
            self.stack.append([])
        elif tag == "tr" and self.stack:
            self.stack[-1].append([])
        elif tag in ("td", "th") and self.stack and self.stack[-1]:
            self.cell = []
            span = dict(attrs).get("colspan") or "1"
            self.span = int(span) if span.isdigit() else 1
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.cell is not None and self.stack and self.stack[-1]:
            text = _squash("".join(self.cell))
            self.stack[-1][-1].extend([text] + [""] * (min(self.span, 50) - 1))
            self.cell = None
        elif tag == "table" and self.stack:
            table = self.stack.pop()
            if any(any(c for c in row) for row in table):
                self.tables.append(table)

    def handle_data(self, data: str) -> None:
        if self.cell is not None and not self.skip:
            self.cell.append(data)


def tables(html: str) -> list[list[list[str]]]:
    parser = _Tables()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # a broken document: no tables rather than an error
        return []
    return parser.tables
