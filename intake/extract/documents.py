"""Word and PDF attachments to blocks of text and tables.

- docx: python-docx, paragraphs and tables in document order; runs in the legacy
  .VnTime or VNI fonts are converted to Unicode by their font name;
- doc: converted to docx by LibreOffice (`soffice --headless`) when it is installed,
  else read as text by antiword (both from Debian's packages, installed by `make`);
- pdf: pdfplumber, the text and the ruled tables of each page.  A PDF without a text
  layer (a scan) raises Scanned: it is read by OCR (scans.py), and held for review.

What a document may cost is bounded by [limits] before and while it is read: its packed
parts are measured first (unpack.py); a docx's XML, which python-docx holds as trees
about ten times its size, may be a tenth of `unpacked_bytes`; no more than `pages`
pages are read (of a docx, as Word last laid it out) and no more than `cells` cells of
a table.  What a bound leaves unread is said in `Document.cut`, for the clerk.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intake import unpack
from intake.config import Limits
from intake.errors import ParseError, TooBig
from intake.extract.asides import is_plan_heading
from intake.legacy import font_encoding, to_unicode
from intake.text import fold, fold_key
from intake.unpack import number_text, size_text

if TYPE_CHECKING:
    from docx.table import Table

CONVERT_TIMEOUT = 120
DEFAULT_LIMITS = Limits()
TREE_FACTOR = 10  # python-docx holds a docx's XML as trees about this many times its size


@dataclass(frozen=True)
class Document:
    """A document's paragraphs (one per line), its tables, and all its text in order."""

    paragraphs: str
    tables: tuple[list[list[object]], ...]
    text: str
    captions: tuple[str, ...] = ()  # per table, the paragraph just before it
    planned: tuple[bool, ...] = ()  # per table, whether a plan's heading stands above it
    cut: tuple[str, ...] = ()  # what a bound of [limits] left unread (Vietnamese)


# The kinds of administrative document (Nghị định 30/2020, Phụ lục III) that are not a
# report of results: a plan's figures are targets, an invitation's are times and places.
_NOT_REPORTS = {
    "ke hoach": "kế hoạch",
    "thong bao": "thông báo",
    "giay moi": "giấy mời",
    "quyet dinh": "quyết định",
    "huong dan": "hướng dẫn",
    "chuong trinh": "chương trình",
    "to trinh": "tờ trình",
    "cong dien": "công điện",
}
_SYMBOLS = {
    "kh": "kế hoạch",
    "tb": "thông báo",
    "gm": "giấy mời",
    "qd": "quyết định",
    "hd": "hướng dẫn",
    "ctr": "chương trình",
    "ttr": "tờ trình",
    "cd": "công điện",
}
_SCHEDULES = ("lich phat song", "lich phat thanh", "lich tiep song", "lich truc")
_NUMBER_SYMBOL = re.compile(r"\bso\s*:?\s*\d*\s*/\s*([a-z]+)-")


def kind(text: str, head_lines: int = 40) -> str | None:
    """The kind of an official document that is not a report ("kế hoạch"), from the kind
    line under its letterhead or the symbol of its number ("Số: 88/KH-UBND"); None for a
    report, or a text that is no official document."""
    head = text.split("\n")[:head_lines]
    keys = [fold_key(line) for line in head]
    if "bao cao" in keys:
        return None
    for key in keys:
        if key in _NOT_REPORTS:
            return _NOT_REPORTS[key]
        if key.startswith(_SCHEDULES):  # "LỊCH PHÁT SÓNG TUẦN 50": times to come
            return "lịch phát sóng"
    for line in head:
        if (m := _NUMBER_SYMBOL.search(fold(line))) and m[1] in _SYMBOLS:
            return _SYMBOLS[m[1]]
    return None


def read(data: bytes, filename: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    lower = filename.lower()
    if lower.endswith((".docx", ".docm")):
        return _docx(data, filename, limits)
    if lower.endswith(".doc"):
        return _doc(data, filename, limits)
    if lower.endswith(".pdf"):
        return _pdf(data, filename, limits)
    raise ParseError(f"Tệp {filename}: định dạng chưa hỗ trợ")


# -- docx ------------------------------------------------------------------------------


def _docx(data: bytes, filename: str, limits: Limits) -> Document:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_docx(data, filename, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several kinds for broken files
        raise ParseError(f"Tệp {filename} bị hỏng hoặc không phải tệp Word (.docx)") from e
    paragraphs: list[str] = []
    everything: list[str] = []
    tables: list[list[list[object]]] = []
    captions: list[str] = []
    planned: list[bool] = []
    cut: list[str] = []
    in_plan = False
    page = 1
    fonts = _StyleFonts()
    rendered = bool(document.element.body.xpath(_RENDERED))  # laid out by Word when saved
    for block in document.iter_inner_content():
        page += _count(block._element, _RENDERED if rendered else _BREAK_BEFORE)
        if page > limits.pages:
            cut.append(
                f"Tệp {filename} dài hơn {limits.pages} trang, chỉ đọc {limits.pages} trang đầu"
            )
            break
        if not rendered:
            page += _count(block._element, _BREAK)  # the text after it is on the next page
        if isinstance(block, Paragraph):
            paragraphs.append(_paragraph_text(block, fonts))
            everything.append(paragraphs[-1])
            in_plan = in_plan or is_plan_heading(paragraphs[-1])
        elif isinstance(block, Table):
            what = f"Bảng {len(tables) + 1} của tệp {filename}"
            grid, why = _table_grid(block, what, limits, fonts)
            cut.extend(why)
            tables.append(grid)
            captions.append(paragraphs[-1] if paragraphs else "")
            planned.append(in_plan)
            everything.extend(" | ".join(dict.fromkeys(str(c) for c in row if c)) for row in grid)
    return Document(
        "\n".join(paragraphs),
        tuple(tables),
        "\n".join(everything),
        tuple(captions),
        tuple(planned),
        tuple(cut),
    )


def _check_docx(data: bytes, filename: str, limits: Limits) -> None:
    """Refuse a docx that unpacks beyond [limits], or whose XML python-docx would hold
    as trees beyond them."""
    sizes = unpack.zip_sizes(data, filename, limits)
    xml = sum(size for name, size in sizes.items() if name.endswith((".xml", ".rels")))
    if xml * TREE_FACTOR > limits.unpacked_bytes:
        raise TooBig(
            f"Tệp {filename} có phần văn bản quá lớn ({size_text(xml)}, tối đa "
            f"{size_text(limits.unpacked_bytes // TREE_FACTOR)}), chưa đọc"
        )


# A docx has no pages until it is laid out: Word marks where it broke each page when it
# saved the file (lastRenderedPageBreak, at the start of the page's first text); a file
# written by another program has only the breaks typed in it.
_RENDERED = ".//w:lastRenderedPageBreak"
_BREAK_BEFORE = "./w:pPr/w:pageBreakBefore"
_BREAK = ".//w:br[@w:type='page']"


def _count(element: Any, xpath: str) -> int:
    return len(element.xpath(xpath))


def _table_grid(
    table: Table, what: str, limits: Limits, fonts: _StyleFonts
) -> tuple[list[list[object]], list[str]]:
    """The texts of a table's cells, row by row, no more than `limits.cells` of them (a
    cell spanning columns counts for each, as it is read); and why the rest is not read.
    The width of a row is known from its XML before python-docx lists its cells."""
    grid: list[list[object]] = []
    cells = 0
    for row in table.rows:
        width = sum(tc.grid_span for tc in row._tr.tc_lst)
        if cells + width > limits.cells:
            return grid, [f"{what} quá lớn (hơn {number_text(limits.cells)} ô), chỉ đọc phần đầu"]
        cells += width
        try:
            grid.append(_row_texts(row, fonts))
        except RecursionError:  # a cell merged down through more rows than Python recurses
            return grid, [f"{what} có ô gộp quá dài, chỉ đọc phần đầu"]
    return grid, []


def _row_texts(row: Any, fonts: _StyleFonts) -> list[object]:
    """A row's cell texts; a cell that spans columns is read once, and repeated."""
    texts: dict[Any, str] = {}
    out: list[object] = []
    for cell in row.cells:
        if cell._tc not in texts:
            texts[cell._tc] = _cell_text(cell, fonts)
        out.append(texts[cell._tc])
    return out


def _paragraph_text(paragraph: Any, fonts: _StyleFonts) -> str:
    """The paragraph's text, each run converted by its font, or its style's when the run
    names none (the style is looked up only then)."""
    parts = [
        to_unicode(_run_text(run), font_encoding(run.font.name or fonts.of(paragraph)))
        for run in paragraph.runs
    ]
    text = "".join(parts) if parts else paragraph.text
    return to_unicode(text)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_PARTS = {
    f"{_W}tab": "\t",
    f"{_W}br": "\n",
    f"{_W}cr": "\n",
    f"{_W}noBreakHyphen": "-",
    f"{_W}softHyphen": "\xad",
}


def _run_text(run) -> str:
    """A run's text, keeping the soft hyphen (U+00AD): it is the letter "ư" in TCVN3, which
    Word stores as <w:softHyphen/> and python-docx's run.text leaves out."""
    return "".join(
        (child.text or "") if child.tag == f"{_W}t" else _RUN_PARTS.get(child.tag, "")
        for child in run._r.iterchildren()
    )


class _StyleFonts:
    """The font of each paragraph style of one document, resolved once per style id.

    python-docx's `paragraph.style` finds the default style by reading every style of
    the document, for every paragraph without a style of its own: that was most of the
    time a docx took to read."""

    def __init__(self) -> None:
        self._by_id: dict[str | None, str | None] = {}

    def of(self, paragraph: Any) -> str | None:
        """The font named by the paragraph's style or the styles it is based on."""
        style_id = paragraph._p.style
        if style_id not in self._by_id:
            self._by_id[style_id] = _style_font(paragraph.style)
        return self._by_id[style_id]


def _style_font(style: Any) -> str | None:
    while style is not None:
        if style.font is not None and style.font.name:
            return style.font.name
        style = style.base_style
    return None


def _cell_text(cell: Any, fonts: _StyleFonts) -> str:
    return "\n".join(_paragraph_text(p, fonts) for p in cell.paragraphs).strip()


# -- doc -------------------------------------------------------------------------------


def _doc(data: bytes, filename: str, limits: Limits) -> Document:
    if shutil.which("soffice"):
        return _docx(_soffice_to_docx(data, filename), filename, limits)
    if shutil.which("antiword"):
        return _antiword(data, filename)
    raise ParseError(
        f"Tệp {filename} là tệp Word cũ (.doc) nhưng máy chủ chưa cài LibreOffice hoặc antiword"
    )


def _soffice_to_docx(data: bytes, filename: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="intake-doc-") as tmp:
        source = Path(tmp) / "in.doc"
        source.write_bytes(data)
        profile = Path(tmp) / "profile"
        command = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            tmp,
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT, check=True)
            return (Path(tmp) / "in.docx").read_bytes()
        except (subprocess.SubprocessError, OSError) as e:
            raise ParseError(f"Tệp {filename} (.doc) không chuyển đổi được để đọc") from e


def _antiword(data: bytes, filename: str) -> Document:
    try:
        done = subprocess.run(
            ["antiword", "-m", "UTF-8.txt", "-"],
            input=data,
            capture_output=True,
            timeout=CONVERT_TIMEOUT,
            check=True,
        )
    except (subprocess.SubprocessError, OSError) as e:
        raise ParseError(f"Tệp {filename} (.doc) không đọc được") from e
    text = to_unicode(done.stdout.decode("utf-8", "replace"))
    return Document(text, (), text)


# -- pdf -------------------------------------------------------------------------------


def _pdf(data: bytes, filename: str, limits: Limits) -> Document:
    import pdfplumber

    unpack.check_pdf(data, filename, limits)  # a stream that inflates to gigabytes
    lines: list[str] = []
    tables: list[list[list[object]]] = []
    cut: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(_pages(pdf, limits.pages + 1), start=1):
                if number > limits.pages:
                    cut.append(
                        f"Tệp {filename} dài hơn {limits.pages} trang, "
                        f"chỉ đọc {limits.pages} trang đầu"
                    )
                    break
                lines.append(to_unicode(page.extract_text() or ""))
                for table in page.extract_tables():
                    tables.append([[to_unicode(c or "") for c in row] for row in table])
                page.close()
    except Exception as e:  # pdfminer raises many kinds on broken files
        raise ParseError(f"Tệp {filename} bị hỏng hoặc không phải tệp PDF") from e
    text = "\n".join(lines)
    if not text.strip():
        raise Scanned(f"Tệp {filename} là bản quét (ảnh), không có chữ để đọc")
    return Document(text, tuple(tables), text, cut=tuple(cut))


def _pages(pdf: Any, count: int) -> Iterator[Any]:
    """The first `count` pages of a pdfplumber PDF, made one at a time: `pdf.pages` makes
    every page of the file first."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    for number, page in enumerate(islice(PDFPage.create_pages(pdf.doc), count), start=1):
        yield Page(pdf, page, page_number=number)


class Scanned(ParseError):
    """A PDF without a text layer: a scan, for OCR."""
