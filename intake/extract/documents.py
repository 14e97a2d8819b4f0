"""Word and PDF attachments to blocks of text and tables.

- docx: paragraphs and tables in document order, read on python-docx's XML elements
  (below); runs in the legacy .VnTime or VNI fonts are converted to Unicode by their
  font name;
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

import functools
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

from lxml import etree

from intake import unpack
from intake.config import Limits
from intake.errors import ParseError, TooBig
from intake.extract.asides import is_plan_heading
from intake.legacy import font_encoding, to_unicode
from intake.text import fold, fold_key
from intake.unpack import number_text, size_text

if TYPE_CHECKING:
    from docx.opc.packuri import PackURI

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
#
# A docx is opened by python-docx's own package reader, so that a file is refused exactly
# when docx.Document() refused it, and read on python-docx's XML elements, without its
# proxies.  docx.Document() cost about 10 ms a file of python-docx's own template, 8 of
# them parsing its 350 KB word/styles.xml (Word's own styles parts are 20-60 KB, about
# 1 ms): a styles part is now parsed once for all the files that share it (units that
# fill in one template); Paragraph, Run, _Row and _Cell proxies, one per run and cell,
# cost most of the rest.  What is
# reproduced of python-docx 1.2:
#
# - the body's blocks are the w:p and w:tbl children of w:body, as iter_inner_content()
#   gives them (not those in a w:sdt or w:ins);
# - a paragraph's runs are its w:r children (not those in a w:hyperlink, w:ins...), and
#   a paragraph without any has python-docx's paragraph.text (its hyperlinks' text);
# - a run names its font by rFonts/@w:ascii (run.font.name); a run that does not takes
#   its paragraph style's, through the styles it is based on, from python-docx's Styles:
#   a paragraph without a style has the document's default paragraph style, a document
#   without a styles part python-docx's default styles;
# - a row's cells are python-docx's row.cells: a cell spanning columns is repeated, and a
#   cell merged down from the row above is that row's cell (found by python-docx itself).


def _docx(data: bytes, filename: str, limits: Limits) -> Document:
    from docx.oxml.text.paragraph import CT_P

    _check_docx(data, filename, limits)
    try:
        document = _word_document(data)
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
    fonts = _StyleFonts(document.part)
    body = document.element.body
    rendered = bool(body.xpath(_RENDERED))  # laid out by Word when saved
    for block in body.inner_content_elements:  # what document.iter_inner_content() reads
        page += _count(block, _RENDERED if rendered else _BREAK_BEFORE)
        if page > limits.pages:
            cut.append(
                f"Tệp {filename} dài hơn {limits.pages} trang, chỉ đọc {limits.pages} trang đầu"
            )
            break
        if not rendered:
            page += _count(block, _BREAK)  # the text after it is on the next page
        if isinstance(block, CT_P):
            paragraphs.append(_paragraph_text(block, fonts))
            everything.append(paragraphs[-1])
            in_plan = in_plan or is_plan_heading(paragraphs[-1])
        else:  # a w:tbl
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


def _word_document(data: bytes) -> Any:
    """docx.Document(data): python-docx's Package.open() and its check of the main part,
    with the same part factory but for the styles part, parsed once for all the files
    that share its XML (see _styles_xml).  Every part is still read and every XML part
    python-docx knows still parsed, so that a broken one refuses the file as before."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.package import Unmarshaller
    from docx.opc.pkgreader import PackageReader
    from docx.package import Package

    reader = PackageReader.from_file(io.BytesIO(data))
    package = Package()
    Unmarshaller.unmarshal(reader, package, _part)
    document_part = package.main_document_part
    if document_part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"not a Word file, content type is '{document_part.content_type}'")
    return document_part.document


def _part(partname: PackURI, content_type: str, reltype: str, blob: bytes, package: Any) -> Any:
    """docx.opc.part.PartFactory, but for the styles part's XML, taken from _styles_xml."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.part import PartFactory
    from docx.parts.styles import StylesPart

    if content_type == CT.WML_STYLES and reltype != RT.IMAGE:  # what PartFactory makes one of
        return StylesPart(partname, content_type, _styles_xml(blob), package)
    return PartFactory(partname, content_type, reltype, blob, package)


STYLES_CACHED = 8  # styles parts kept parsed: 4.5 MB each for python-docx's template
STYLES_CACHED_BYTES = 500_000  # the largest styles part kept (Word's own are 20-60 KB)


def _styles_xml(blob: bytes) -> Any:
    """A styles part's XML element, parsed by python-docx's parser.  Units that fill in
    one template send the same styles part week after week: one seen lately is taken as
    parsed then (python-docx's own, 350 KB, takes 8 ms; Word's, 20-60 KB, about 1 ms, so
    the bench's files, all made by python-docx, gain more than real mail).  Nothing
    reading a docx changes its styles."""
    if len(blob) > STYLES_CACHED_BYTES:
        return _parse_xml(blob)
    return _parsed_styles(blob)


def _parse_xml(blob: bytes) -> Any:
    from docx.oxml.parser import parse_xml

    return parse_xml(blob)


@functools.lru_cache(maxsize=STYLES_CACHED)
def _parsed_styles(blob: bytes) -> Any:
    return _parse_xml(blob)


# A docx has no pages until it is laid out: Word marks where it broke each page when it
# saved the file (lastRenderedPageBreak, at the start of the page's first text); a file
# written by another program has only the breaks typed in it.
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RENDERED = ".//w:lastRenderedPageBreak"
_BREAK_BEFORE = "./w:pPr/w:pageBreakBefore"
_BREAK = ".//w:br[@w:type='page']"
_COMPILED = {  # element.xpath() compiles its expression at every call
    xpath: etree.XPath(xpath, namespaces={"w": _W[1:-1]})
    for xpath in (_RENDERED, _BREAK_BEFORE, _BREAK)
}


def _count(element: Any, xpath: str) -> int:
    return len(_COMPILED[xpath](element))


def _table_grid(
    table: Any, what: str, limits: Limits, fonts: _StyleFonts
) -> tuple[list[list[object]], list[str]]:
    """The texts of a w:tbl's cells, row by row, no more than `limits.cells` of them (a
    cell spanning columns counts for each, as it is read); and why the rest is not read.
    The width of a row is known from its XML before its cells are listed."""
    grid: list[list[object]] = []
    cells = 0
    for tr in table.tr_lst:
        width = sum(tc.grid_span for tc in tr.tc_lst)
        if cells + width > limits.cells:
            return grid, [f"{what} quá lớn (hơn {number_text(limits.cells)} ô), chỉ đọc phần đầu"]
        cells += width
        try:
            grid.append(_row_texts(table, tr, fonts))
        except RecursionError:  # a cell merged down through more rows than Python recurses
            return grid, [f"{what} có ô gộp quá dài, chỉ đọc phần đầu"]
    return grid, []


def _row_texts(table: Any, tr: Any, fonts: _StyleFonts) -> list[object]:
    """A w:tr's cell texts; a cell that spans columns is read once, and repeated.  A row
    with a cell merged from the row above has its cells listed by python-docx's
    row.cells, called from here as it was, so that a merge too long for Python's
    recursion stops at the same row."""
    if any(tc.vMerge == "continue" for tc in tr.tc_lst):
        from docx.table import Table, _Row

        table_proxy = Table(table, None)  # type: ignore[arg-type]  # its cells ask it nothing
        row = [cell._tc for cell in _Row(tr, table_proxy).cells]
    else:
        row = [tc for tc in tr.tc_lst for _ in range(tc.grid_span)]
    texts: dict[Any, str] = {}
    out: list[object] = []
    for tc in row:
        if tc not in texts:
            texts[tc] = _cell_text(tc, fonts)
        out.append(texts[tc])
    return out


def _paragraph_text(paragraph: Any, fonts: _StyleFonts) -> str:
    """A w:p's text, each run converted by its font, or its style's when the run names
    none (the style is looked up only then)."""
    parts = [
        to_unicode(_run_text(run), font_encoding(_run_font(run) or fonts.of(paragraph)))
        for run in paragraph.iterchildren(_R)
    ]
    text = "".join(parts) if parts else paragraph.text  # CT_P.text: python-docx's
    return to_unicode(text)


_R = f"{_W}r"
_RUN_PARTS = {
    f"{_W}tab": "\t",
    f"{_W}br": "\n",
    f"{_W}cr": "\n",
    f"{_W}noBreakHyphen": "-",
    f"{_W}softHyphen": "\xad",
}


def _run_text(run: Any) -> str:
    """A w:r's text, keeping the soft hyphen (U+00AD): it is the letter "ư" in TCVN3, which
    Word stores as <w:softHyphen/> and python-docx's run.text leaves out."""
    return "".join(
        (child.text or "") if child.tag == f"{_W}t" else _RUN_PARTS.get(child.tag, "")
        for child in run.iterchildren()
    )


def _run_font(run: Any) -> str | None:
    """python-docx's run.font.name: rPr/rFonts/@w:ascii."""
    properties = run.find(f"{_W}rPr")
    fonts = properties.find(f"{_W}rFonts") if properties is not None else None
    return fonts.get(f"{_W}ascii") if fonts is not None else None


class _StyleFonts:
    """The font of each paragraph style of one document, resolved once per style id.

    python-docx's `paragraph.style` finds the default style by reading every style of
    the document, for every paragraph without a style of its own: that was most of the
    time a docx took to read."""

    def __init__(self, part: Any) -> None:
        self._part = part  # the document's DocumentPart
        self._by_id: dict[str | None, str | None] = {}

    def of(self, paragraph: Any) -> str | None:
        """The font named by the w:p's style or the styles it is based on."""
        style_id = paragraph.style  # CT_P.style: pPr/pStyle/@w:val
        if style_id not in self._by_id:
            from docx.enum.style import WD_STYLE_TYPE

            # python-docx's paragraph.style
            style = self._part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            self._by_id[style_id] = _style_font(style)
        return self._by_id[style_id]


def _style_font(style: Any) -> str | None:
    seen: set[str] = set()
    while style is not None and style.style_id not in seen:  # styles based on each other
        if style.font is not None and style.font.name:
            return style.font.name
        seen.add(style.style_id)
        style = style.base_style
    return None


def _cell_text(tc: Any, fonts: _StyleFonts) -> str:
    """A w:tc's text: its w:p children's (python-docx's cell.paragraphs)."""
    return "\n".join(_paragraph_text(p, fonts) for p in tc.p_lst).strip()


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
