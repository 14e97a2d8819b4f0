"""Scanned and photographed reports: read by OCR like any document, every figure held.

A scan (a PDF without a text layer) or a photo of the signed report is read by
Tesseract (ocr.py).  Its lines are read as a document's are, by the table reader (rows
split into cells at wide gaps) and the line reader, on text without diacritics, whose
label words are put back by `ocr.repair`.  A figure read by OCR is never accepted on its
own: each candidate carries a problem that holds its report, and each value names the
page and the box of the page it was read from, so a clerk confirms rather than types.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from intake.extract import lines, ocr, tables
from intake.lexicon import Matcher
from intake.models import Attachment, Candidate, Form, Problem, Value
from intake.text import fold_key

MAX_SCANS = 4  # scans read per message; more are held unread, named to the clerk
_LINE = re.compile(r", dòng (\d+)$")
_CELL = re.compile(r"!([A-Z]+)(\d+)$")


def read(
    attachment: Attachment,
    matcher: Matcher,
    forms: Mapping[str, Form],
    names: frozenset[str] = frozenset(),
) -> tuple[list[Candidate], str]:
    """The held candidates of a scan, and its first lines (its letterhead and title).
    `names`: the words of the units' names, kept as read ("Muong" is no misread "luong").
    Raises ocr.ScanError when nothing of it can be read."""
    name = attachment.filename or "(không tên)"
    if name.lower().endswith(".pdf"):
        scan = ocr.read_pdf(attachment.data, name)
    else:
        scan = ocr.read_image(attachment.data, name)
    vocabulary = _vocabulary(tuple(forms.values())) | names
    texts = [ocr.repair(line.text, vocabulary) for line in scan.lines]
    grid = [[ocr.repair(cell, vocabulary) for cell in line.cells] for line in scan.lines]
    found = tables.read(grid, matcher, forms, name).candidates
    read_lines = lines.read("\n".join(texts), matcher, forms, name)
    found += _missing(found, read_lines) if found else read_lines
    held = Problem("scan_read", _why(name, scan))
    head = "\n".join(texts[:12])
    out = [
        replace(
            c,
            values=tuple(_placed(v, scan) for v in c.values),
            problems=(*c.problems, held),
            heading=f"{name}\n{head}",
            period_text=c.period_text or head,
        )
        for c in found
    ]
    return out, head


def _why(name: str, scan: ocr.Scan) -> str:
    why = f"Số liệu đọc tự động từ bản quét/ảnh {name}, cần đối chiếu với bản gốc"
    if scan.skipped:
        why += " (" + "; ".join(scan.skipped) + ")"
    return why


def _missing(found: list[Candidate], more: list[Candidate]) -> list[Candidate]:
    """Of the line reader's candidates, the fields the tables did not give."""
    have = {(c.form, v.field) for c in found for v in c.values}
    out = []
    for candidate in more:
        values = tuple(v for v in candidate.values if (candidate.form, v.field) not in have)
        if values:
            out.append(replace(candidate, values=values))
    return out


def _placed(value: Value, scan: ocr.Scan) -> Value:
    """The value, its source naming the page and the box it was read from."""
    row = _LINE.search(value.source) or _CELL.search(value.source)
    index = int(row.groups()[-1]) - 1 if row else -1
    if not 0 <= index < len(scan.lines):
        return replace(value, how=f"{value.how}, OCR")
    line = scan.lines[index]
    x, y, w, h = line.box
    name = value.source.split(",")[0].split("!")[0]
    where = f"{name}, trang {line.page}, vùng x={x} y={y} rộng {w} cao {h} (điểm ảnh)"
    return replace(value, source=where, how=f"{value.how}, OCR")


# Words of a letterhead, a date and a report that are no label's, known so that repair
# does not take them for a label's word ("thang" is not a misread "thanh").
_COMMON = frozenset(
    """
    ngay thang nam tuan ubnd xa phuong thi tran huyen tinh bao cao ket qua cong tac tuyen
    truyen kinh gui noi nhan luu truong pho chu tich doc lap tu do hanh phuc hoa hoi nghia
    viet van the thao du lich trung tam thong ban dai tram phong nhu sau thuc hien chi dao
    cua va cac tren noi dung tong cong stt don vi ghi chu ky ten
    """.split()
)


@lru_cache(maxsize=8)
def _vocabulary(forms: tuple[Form, ...]) -> frozenset[str]:
    """The words OCR'd text is put back to: the forms' labels and a report's common words,
    without diacritics."""
    words = " ".join(a for f in forms for field in f.fields for a in (field.label, *field.aliases))
    return frozenset(w for w in fold_key(words).split() if len(w) > 1) | _COMMON
