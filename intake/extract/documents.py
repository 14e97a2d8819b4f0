"""Word and PDF attachments to blocks of text and tables.

- docx: python-docx, paragraphs and tables in document order; runs in the legacy
  .VnTime or VNI fonts are converted to Unicode by their font name;
- doc: converted to docx by LibreOffice (`soffice --headless`) when it is installed,
  else read as text by antiword (both from Debian's packages, installed by `make`);
- pdf: pdfplumber, the text and the ruled tables of each page.  A PDF without a text
  layer (a scan) raises Scanned: it is read by OCR (scans.py), and held for review.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from intake.errors import ParseError
from intake.extract.asides import is_plan_heading
from intake.legacy import font_encoding, to_unicode
from intake.text import fold, fold_key

CONVERT_TIMEOUT = 120


@dataclass(frozen=True)
class Document:
    """A document's paragraphs (one per line), its tables, and all its text in order."""

    paragraphs: str
    tables: tuple[list[list[object]], ...]
    text: str
    captions: tuple[str, ...] = ()  # per table, the paragraph just before it
    planned: tuple[bool, ...] = ()  # per table, whether a plan's heading stands above it


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


def read(data: bytes, filename: str) -> Document:
    lower = filename.lower()
    if lower.endswith((".docx", ".docm")):
        return _docx(data, filename)
    if lower.endswith(".doc"):
        return _doc(data, filename)
    if lower.endswith(".pdf"):
        return _pdf(data, filename)
    raise ParseError(f"Tệp {filename}: định dạng chưa hỗ trợ")


# -- docx ------------------------------------------------------------------------------


def _docx(data: bytes, filename: str) -> Document:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises several kinds for broken files
        raise ParseError(f"Tệp {filename} bị hỏng hoặc không phải tệp Word (.docx)") from e
    paragraphs: list[str] = []
    everything: list[str] = []
    tables: list[list[list[object]]] = []
    captions: list[str] = []
    planned: list[bool] = []
    in_plan = False
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraphs.append(_paragraph_text(block))
            everything.append(paragraphs[-1])
            in_plan = in_plan or is_plan_heading(paragraphs[-1])
        elif isinstance(block, Table):
            grid = [[_cell_text(cell) for cell in row.cells] for row in block.rows]
            tables.append(grid)
            captions.append(paragraphs[-1] if paragraphs else "")
            planned.append(in_plan)
            everything.extend(" | ".join(dict.fromkeys(c for c in row if c)) for row in grid)
    return Document(
        "\n".join(paragraphs),
        tuple(tables),
        "\n".join(everything),
        tuple(captions),
        tuple(planned),
    )


def _paragraph_text(paragraph) -> str:
    style_font = _style_font(paragraph.style)
    parts = [
        to_unicode(_run_text(run), font_encoding(run.font.name or style_font))
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


def _style_font(style) -> str | None:
    while style is not None:
        if style.font is not None and style.font.name:
            return style.font.name
        style = style.base_style
    return None


def _cell_text(cell) -> str:
    return "\n".join(_paragraph_text(p) for p in cell.paragraphs).strip()


# -- doc -------------------------------------------------------------------------------


def _doc(data: bytes, filename: str) -> Document:
    if shutil.which("soffice"):
        return _docx(_soffice_to_docx(data, filename), filename)
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


def _pdf(data: bytes, filename: str) -> Document:
    import pdfplumber

    lines: list[str] = []
    tables: list[list[list[object]]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages[:20]:
                lines.append(to_unicode(page.extract_text() or ""))
                for table in page.extract_tables():
                    tables.append([[to_unicode(c or "") for c in row] for row in table])
    except Exception as e:  # pdfminer raises many kinds on broken files
        raise ParseError(f"Tệp {filename} bị hỏng hoặc không phải tệp PDF") from e
    text = "\n".join(lines)
    if not text.strip():
        raise Scanned(f"Tệp {filename} là bản quét (ảnh), không có chữ để đọc")
    return Document(text, tuple(tables), text)


class Scanned(ParseError):
    """A PDF without a text layer: a scan, for OCR."""
