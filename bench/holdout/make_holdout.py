#!/usr/bin/env python3
"""Write the hold-out corpus: bench/holdout/<family>/<case>.eml + <case>.expected.json.

    .venv/bin/python bench/holdout/make_holdout.py            # rewrites every family folder
    .venv/bin/python bench/accuracy.py bench/holdout --failures

A second corpus, written independently of tests/corpus (its generator and cases were not
looked at), so that it measures how well `intake parse` generalises. Every case is spelled
out below by hand: the message as commune staff of huyện Tam Đường would have sent it in
2021, and what a careful clerk of the Phòng Văn hóa và Thông tin records from it. See
README.md beside this file; do not tune the parser on these cases one by one.

The output is byte-identical from run to run: fixed Message-IDs and MIME boundaries, zip
members re-written with a fixed time stamp, document properties pinned, reportlab in
invariant mode, no randomness.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import quopri
import re
import shutil
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
VN = timezone(timedelta(hours=7))
OFFICE = "sangnq.tamduong@laichau.gov.vn"
OFFICE_NAME = "Phòng Văn hóa và Thông tin huyện Tam Đường"
FONT_DIR = Path("/usr/share/fonts/truetype")

WP = "weekly_propaganda"
SM = "social_media"
AUTO = "auto"  # period_end: from the Date header by the Thursday 16:00 / 48 h rule

# The sender addresses of config/units.csv (copied by hand, not read: the corpus must not
# change when the directory does).
ADDR = {
    "tt_tam_duong": "vhtt.tttamduong@laichau.gov.vn",
    "tt_tam_duong2": "tttamduong.tamduong@laichau.gov.vn",
    "then_sin": "thensin.tamduong@laichau.gov.vn",
    "ta_leng": "taleng.tamduong@laichau.gov.vn",
    "giang_ma": "giangma.tamduong@laichau.gov.vn",
    "ho_thau": "hothau.tamduong@laichau.gov.vn",
    "binh_lu": "binhlu.tamduong@laichau.gov.vn",
    "son_binh": "sonbinh.tamduong@laichau.gov.vn",
    "nung_nang": "nungnang.tamduong@laichau.gov.vn",
    "ban_giang": "bangiang.tamduong@laichau.gov.vn",
    "ban_hon": "banhon.tamduong@laichau.gov.vn",
    "ban_bo": "banbo.tamduong@laichau.gov.vn",
    "na_tam": "natam.tamduong@laichau.gov.vn",
    "khun_ha": "khunha.tamduong@laichau.gov.vn",
    "dai_th_th": "daitruyenthanh.tamduong@laichau.gov.vn",
}


# -- time and periods -----------------------------------------------------------------------


def at(stamp: str, offset: float = 7) -> datetime:
    """'2021-04-15 09:12' in the given UTC offset (hours; Vietnam by default)."""
    tz = VN if offset == 7 else timezone(timedelta(hours=offset))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def week_for(sent: datetime) -> date:
    """The reporting week of a message without a written period (Thursday 16:00, 48 h)."""
    local = sent.astimezone(VN)
    back = (local.weekday() - 3) % 7
    last = (local - timedelta(days=back)).replace(hour=16, minute=0, second=0, microsecond=0)
    if last > local:
        last -= timedelta(days=7)
    if local - last <= timedelta(hours=48):
        return last.date()
    return (last + timedelta(days=7)).date()


def thursday(iso: str) -> str:
    assert date.fromisoformat(iso).weekday() == 3, f"{iso} is not a Thursday"
    return iso


# -- legacy Vietnamese encodings ------------------------------------------------------------

_TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # -, grave, hook, tilde, acute, dot
_TCVN3_ROWS = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3 = {"đ": 0xAE, "Đ": 0xA7, "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6}
for _base, _row in _TCVN3_ROWS.items():
    for _mark, _code in zip(_TONES, _row, strict=True):
        if _code is not None:
            _TCVN3[unicodedata.normalize("NFC", _base + _mark)] = _code


def tcvn3(text: str) -> str:
    """Unicode -> TCVN3 (ABC) as the Latin-1 characters a .VnTime document holds.

    TCVN3 has no capital letters with tone marks: they come out as the small ones, as
    typing in .VnTime does (the .VnTimeH font shows them as capitals)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = _TCVN3.get(ch)
        if code is None and ch.lower() != ch:
            code = _TCVN3.get(ch.lower())
            if code is not None and ch.lower() in "aeiouy":
                code = None
        out.append(chr(code) if code is not None else ch)
    return "".join(out)


_VNI_TONE = {"\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0301": "ù", "\u0323": "ï"}
_VNI_CIRC = {"": "â", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0301": "á", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0301": "é", "\u0323": "ë"}
_VNI_I = {"\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0301": "í", "\u0323": "ò"}


def vni(text: str) -> str:
    """Unicode -> VNI Windows (VNI-Times): a base letter and one or two modifier bytes."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        parts = unicodedata.normalize("NFD", ch)
        if len(parts) == 1 or not ("a" <= parts[0].lower() <= "z"):
            out.append(ch)
            continue
        base, marks = parts[0], parts[1:]
        tone = next((m for m in marks if m in _VNI_TONE), "")
        shape = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
        low = base.lower()
        if shape == "\u0302":
            s = low + _VNI_CIRC[tone]
        elif shape == "\u0306":
            s = low + _VNI_BREVE[tone]
        elif shape == "\u031b":
            s = {"o": "ô", "u": "ö"}[low] + _VNI_TONE.get(tone, "")
        elif low == "i" and tone:
            s = _VNI_I[tone]
        elif low == "y" and tone == "\u0323":
            s = "î"
        else:
            s = low + _VNI_TONE.get(tone, "")
        out.append(s.upper() if base.isupper() else s)
    return "".join(out)


_CP1258_TONES = set("\u0300\u0301\u0303\u0309\u0323")


def cp1258(text: str) -> bytes:
    """Unicode -> windows-1258 as Windows writes it: shaped letters whole, tones combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _CP1258_TONES))
        out.append(base + "".join(c for c in parts if c in _CP1258_TONES))
    return "".join(out).encode("cp1258")


# -- mail ----------------------------------------------------------------------------------


@dataclass
class Att:
    filename: str
    data: bytes
    ctype: str
    naming: str = "2231"  # "2231": filename*=utf-8''..., "2047": "=?utf-8?B?..?=", "plain"
    cid: str | None = None  # inline part (multipart/related) when set
    disposition: str = "attachment"


@dataclass
class Raw:
    """A MIME part written out by hand (delivery reports, calendar parts...)."""

    headers: list[str]
    body: str


@dataclass
class Mail:
    sender: str | tuple[str, str]
    subject: str
    date: datetime | str  # a string is written as the Date header as it is
    text: str | None = None
    html: str | None = None
    atts: list[Att] = field(default_factory=list)
    to: str | tuple[str, str] = OFFICE
    cc: str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    charset: str = "utf-8"  # of text and html
    cte: str = "base64"
    raw_subject: str | None = None  # the Subject header value, already encoded
    text_bytes: bytes | None = None  # the text part, already encoded in `charset`
    html_bytes: bytes | None = None
    report: tuple[str, list[Raw]] | None = None  # (report-type, parts after the text)
    sent: datetime | None = None  # the time for the period rule when `date` is a string


def _hdr(value: str) -> str:
    if value.isascii():
        return value
    return Header(value, "utf-8", maxlinelen=76).encode()


def _addr(value: str | tuple[str, str]) -> str:
    if isinstance(value, tuple):
        return formataddr(value, charset="utf-8")
    return value


def _encode(payload: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(payload).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(payload).decode("ascii") + "\n"
    return payload.decode("utf-8") + "\n"  # 7bit / 8bit


def _leaf(ctype: str, payload: bytes, cte: str, extra: list[str] | None = None) -> str:
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *(extra or [])]
    return "\n".join(head) + "\n\n" + _encode(payload, cte)


def _multi(subtype: str, parts: list[str], boundary: str, params: str = "") -> str:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    if subtype == "mixed":
        out += "This is a multi-part message in MIME format.\n\n"
    for part in parts:
        out += f"--{boundary}\n{part}"
        if not part.endswith("\n"):
            out += "\n"
    return out + f"--{boundary}--\n"


def _att_part(att: Att) -> str:
    name = att.filename
    if att.naming == "2047" or (att.naming == "plain" and not name.isascii()):
        quoted = Header(name, "utf-8").encode() if not name.isascii() else name
        params_ct, params_cd = f'; name="{quoted}"', f'; filename="{quoted}"'
    elif name.isascii():
        params_ct, params_cd = f'; name="{name}"', f'; filename="{name}"'
    else:
        from urllib.parse import quote

        enc = "utf-8''" + quote(name.encode("utf-8"))
        params_ct, params_cd = f"; name*={enc}", f"; filename*={enc}"
    extra = [f"Content-Disposition: {att.disposition}{params_cd}"]
    if att.cid:
        extra.append(f"Content-ID: <{att.cid}>")
    return _leaf(att.ctype + params_ct, att.data, "base64", extra)


def render(mail: Mail, ident: str) -> bytes:
    seed = hashlib.sha1(ident.encode()).hexdigest()
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"----=_Part_{seed[:12]}_{next(counter)}"

    head = [
        f"From: {_addr(mail.sender)}",
        f"To: {_addr(mail.to)}",
    ]
    if mail.cc:
        head.append(f"Cc: {mail.cc}")
    head.append(
        f"Subject: {mail.raw_subject if mail.raw_subject is not None else _hdr(mail.subject)}"
    )
    stamp = mail.date if isinstance(mail.date, str) else format_datetime(mail.date)
    head.append(f"Date: {stamp}")
    domain = (_addr(mail.sender).rsplit("@", 1)[-1].strip(">") or "mail.local").lower()
    head.append(f"Message-ID: <{seed[:20]}.{ident.replace('/', '.')}@{domain}>")
    head.extend(f"{k}: {v}" for k, v in mail.headers)
    head.append("MIME-Version: 1.0")

    def text_part(subtype: str, text: str | None, raw: bytes | None) -> str | None:
        if text is None and raw is None:
            return None
        if raw is None:
            assert text is not None
            raw = text.encode(mail.charset)
        return _leaf(f'text/{subtype}; charset="{mail.charset}"', raw, mail.cte)

    plain = text_part("plain", mail.text, mail.text_bytes)
    html = text_part("html", mail.html, mail.html_bytes)
    inline = [a for a in mail.atts if a.cid]
    files = [a for a in mail.atts if not a.cid]
    if html and inline:
        html = _multi("related", [html, *map(_att_part, inline)], boundary(), '; type="text/html"')
    body = plain if html is None else html if plain is None else None
    if body is None:
        body = _multi("alternative", [plain, html], boundary())  # type: ignore[list-item]
    if mail.report:
        kind, parts = mail.report
        raws = ["\n".join(p.headers) + "\n\n" + p.body for p in parts]
        body = _multi("report", [body, *raws], boundary(), f"; report-type={kind}")
    elif files:
        body = _multi("mixed", [body, *map(_att_part, files)], boundary())
    return ("\n".join(head) + "\n" + body).encode("utf-8")


# -- expectations ---------------------------------------------------------------------------


def wp(unit, items, minutes, broadcasts, listeners, period=AUTO, status="accepted") -> dict:
    values = {"items": items, "minutes": minutes, "broadcasts": broadcasts, "listeners": listeners}
    return {"unit": unit, "form": WP, "period_end": period, "values": values, "status": status}


def sm(unit, groups, members, posts, bluezone, fake, period=AUTO, status="accepted") -> dict:
    values = {
        "groups": groups,
        "group_members": members,
        "posts": posts,
        "bluezone_installs": bluezone,
        "fake_news": fake,
    }
    return {"unit": unit, "form": SM, "period_end": period, "values": values, "status": status}


def held(unit, form=WP, period=AUTO, **values) -> dict:
    return {
        "unit": unit,
        "form": form,
        "period_end": period,
        "values": values,
        "status": "needs_review",
    }


@dataclass
class Case:
    family: str
    name: str
    mail: Mail
    reports: list[dict]
    note: str
    hard: bool


CASES: list[Case] = []


def add(family: str, name: str, mail: Mail, reports: list[dict], note: str, hard=False) -> None:
    assert not any(c.family == family and c.name == name for c in CASES), name
    CASES.append(Case(family, name, mail, reports, note, hard))


def expected(case: Case) -> dict:
    sent = case.mail.sent or case.mail.date
    reports = []
    for r in case.reports:
        r = dict(r)
        if r["period_end"] == AUTO:
            assert isinstance(sent, datetime), case.name
            r["period_end"] = week_for(sent).isoformat()
        elif r["period_end"] is not None:
            thursday(r["period_end"])
        reports.append(r)
    return {
        "difficulty": "hard" if case.hard else "ordinary",
        "note": case.note,
        "reports": reports,
    }


# -- attachments ----------------------------------------------------------------------------

ZIP_TIME = (2021, 1, 1, 0, 0, 0)
_STAMP = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?")


def pinned_zip(data: bytes, when: datetime | None = None) -> bytes:
    """Re-write a zip (xlsx, docx, ods) with fixed member times and document dates."""
    stamp = (when or datetime(2021, 1, 1, 8, 0)).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                content = _STAMP.sub(stamp, content)
            new = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            new.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            new.external_attr = 0o644 << 16
            dst.writestr(new, content)
    return out.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
PDF = "application/pdf"


def xlsx_att(filename: str, build, when=None, naming="2231") -> Att:
    """build(workbook) fills an openpyxl workbook (its first sheet is active)."""
    import openpyxl

    wb = openpyxl.Workbook()
    build(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return Att(filename, pinned_zip(buf.getvalue(), when), XLSX, naming)


def put_rows(ws, rows, top: int = 1, left: int = 1) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.cell(row=top + r, column=left + c, value=value)


def ods_att(filename: str, sheets: list[tuple[str, list[list]]], naming="2231") -> Att:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        table = Table(name=title)
        for row in rows:
            tr = TableRow()
            for value in row:
                if value is None:
                    tr.addElement(TableCell())
                elif isinstance(value, (int, float)):
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=str(value)))
                    tr.addElement(cell)
                else:
                    cell = TableCell(valuetype="string")
                    for line in str(value).split("\n"):
                        cell.addElement(P(text=line))
                    tr.addElement(cell)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    buf = io.BytesIO()
    doc.write(buf)
    return Att(filename, pinned_zip(buf.getvalue()), ODS, naming)


def csv_att(
    filename: str, rows: list[list], encoding="utf-8", delimiter=",", bom=False, preamble: str = ""
) -> Att:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    text = preamble + buf.getvalue()
    data = (b"\xef\xbb\xbf" if bom else b"") + (
        cp1258(text) if encoding == "windows-1258" else text.encode(encoding)
    )
    return Att(filename, data, "text/csv", "2231")


def _docx_fonts(run, name: str) -> None:
    from docx.oxml.ns import qn

    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)


class Doc:
    """A small python-docx writer: paragraphs, tables, the Decree 30 letterhead."""

    def __init__(self, font: str = "Times New Roman", encode=None):
        import docx
        from docx.shared import Mm, Pt

        self.d = docx.Document()
        self.font = font
        self.encode = encode or (lambda s: s)
        section = self.d.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        style = self.d.styles["Normal"]
        style.font.name = font
        style.font.size = Pt(13)

    def para(self, text: str = "", bold=False, italic=False, center=False, size=None, font=None):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        p = self.d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            run = p.add_run(self.encode(text) if font is None else text)
            run.bold, run.italic = bold, italic
            _docx_fonts(run, font or self.font)
            if size:
                run.font.size = Pt(size)
        return p

    def cell(self, cell, text: str, bold=False, center=False, font=None) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        cell.text = ""
        lines = str(text).split("\n")
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(self.encode(line) if font is None else line)
            run.bold = bold
            _docx_fonts(run, font or self.font)

    def table(self, rows: list[list], header=True, grid=True):
        t = self.d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if grid:
            t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    self.cell(t.cell(r, c), str(value), bold=header and r == 0, center=r == 0)
        return t

    def letterhead(
        self, left: list[str], number: str, place_date: str, left_font=None, right_font=None
    ) -> None:
        t = self.d.add_table(rows=2, cols=2)
        self.cell(t.cell(0, 0), "\n".join(left), bold=True, center=True, font=left_font)
        self.cell(
            t.cell(0, 1),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            bold=True,
            center=True,
            font=right_font,
        )
        self.cell(t.cell(1, 0), number, center=True, font=left_font)
        self.cell(t.cell(1, 1), place_date, center=True, font=right_font)

    def att(self, filename: str, when: datetime, author: str = "Admin", naming="2231") -> Att:
        props = self.d.core_properties
        props.author = author
        props.last_modified_by = author
        props.created = when.replace(tzinfo=None)
        props.modified = when.replace(tzinfo=None)
        props.revision = 3
        buf = io.BytesIO()
        self.d.save(buf)
        return Att(filename, pinned_zip(buf.getvalue(), when), DOCX, naming)


_FONTS_READY: set[str] = set()


def _rl_font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = {
        "DejaVuSerif": FONT_DIR / "dejavu" / "DejaVuSerif.ttf",
        "DejaVuSerif-Bold": FONT_DIR / "dejavu" / "DejaVuSerif-Bold.ttf",
        "LiberationSerif": FONT_DIR / "liberation2" / "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold": FONT_DIR / "liberation2" / "LiberationSerif-Bold.ttf",
        "DejaVuSans": FONT_DIR / "dejavu" / "DejaVuSans.ttf",
    }
    if name not in _FONTS_READY:
        pdfmetrics.registerFont(TTFont(name, str(files[name])))
        _FONTS_READY.add(name)
    return name


def pdf_att(filename: str, pages: list[list[tuple]], font="DejaVuSerif", naming="2231") -> Att:
    """pages: lists of drawing steps: ("text", x_mm, y_mm, str, size, bold) or
    ("table", x_mm, y_mm, rows, col_widths_mm) drawn as a grid."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    regular = _rl_font(font)
    bold = _rl_font(font + "-Bold") if font != "DejaVuSans" else regular
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(filename)
    c.setAuthor("UBND")
    for steps in pages:
        for step in steps:
            if step[0] == "text":
                _, x, y, text, size, is_bold = step
                c.setFont(bold if is_bold else regular, size)
                c.drawString(x * mm, y * mm, text)
            elif step[0] == "center":
                _, x, y, text, size, is_bold = step
                c.setFont(bold if is_bold else regular, size)
                c.drawCentredString(x * mm, y * mm, text)
            elif step[0] == "table":
                _, x, y, rows, widths = step
                height = 8
                c.setFont(regular, 11)
                for r, row in enumerate(rows):
                    cx = x
                    top = y - r * height
                    for value, w in zip(row, widths, strict=True):
                        c.rect(cx * mm, (top - height) * mm, w * mm, height * mm)
                        c.setFont(bold if r == 0 else regular, 10 if r == 0 else 11)
                        c.drawString((cx + 1.5) * mm, (top - 5.5) * mm, str(value))
                        cx += w
            elif step[0] == "image":
                _, x, y, w, h, png = step
                from reportlab.lib.utils import ImageReader

                c.drawImage(ImageReader(io.BytesIO(png)), x * mm, y * mm, w * mm, h * mm)
        c.showPage()
    c.save()
    return Att(filename, buf.getvalue(), PDF, naming)


def picture(lines: list[str], size=(1240, 1754), fmt="PNG", skew=0.0, font_size=34) -> bytes:
    """A page image (scan or phone photo) with the given lines of writing."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", size, 238)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "dejavu" / "DejaVuSerif.ttf"), font_size)
    y = 120
    for line in lines:
        draw.text((110, y), line, fill=40, font=font)
        y += int(font_size * 1.7)
    if skew:
        img = img.rotate(skew, fillcolor=200)
    buf = io.BytesIO()
    img.save(buf, fmt, **({"quality": 70} if fmt == "JPEG" else {}))
    return buf.getvalue()


# -- common text ----------------------------------------------------------------------------

REMINDER = """Kính gửi: UBND các xã, thị trấn; Đài Truyền thanh - Truyền hình huyện.

Thực hiện Công văn số 115/VHTT ngày 02/02/2021 của Phòng Văn hóa và Thông tin huyện, đề
nghị các đơn vị báo cáo nhanh kết quả tuyên truyền trong tuần (số lượng tin, bài; độ dài
tin, bài; số lượng phát sóng; ước số lượng người nghe) về Phòng trước 16h00 thứ Năm
hằng tuần qua địa chỉ email sangnq.tamduong@laichau.gov.vn.

Trân trọng!
Nguyễn Quang Sáng - Phòng VH&TT huyện Tam Đường - ĐT: 0214.3875.xxx"""


def quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


# == labelled ===============================================================================


def labelled() -> None:
    f = "labelled"
    add(
        f,
        "dash_list_with_signature_phone",
        Mail(
            ("UBND xã Giang Ma", ADDR["giang_ma"]),
            "Báo cáo kết quả tuyên truyền tuần",
            at("2021-04-15 09:12"),
            text="""Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND xã Giang Ma báo cáo kết quả công tác tuyên truyền trong tuần như sau:
- Số tin, bài: 11
- Độ dài tin, bài: 55 phút
- Số lần phát sóng: 22 lần
- Ước số người nghe: 1.850 người

Trân trọng!
--
Lò Văn Thành - Công chức Văn hóa - Xã hội xã Giang Ma
ĐT: 0912.406.318
""",
        ),
        [wp("giang_ma", 11, 55, 22, 1850)],
        "plain dash list, a dotted phone number in the signature",
    )

    add(
        f,
        "no_diacritics_no_space_after_colon",
        Mail(
            ADDR["ban_hon"],
            "bao cao tuan",
            at("2021-05-20 14:40"),
            text="""Gui phong VHTT
xa Ban Hon bao cao tuan nay:
so tin bai:9
do dai:40 phut
so luot phat song:27
so nguoi nghe:2100
cam on a
""",
        ),
        [wp("ban_hon", 9, 40, 27, 2100)],
        "all without diacritics, lower case, no space after the colons",
    )

    add(
        f,
        "capitals_with_equals",
        Mail(
            ("Sung A Do", ADDR["khun_ha"]),
            "BÁO CÁO TUYÊN TRUYỀN TUẦN - XÃ KHUN HÁ",
            at("2021-06-09 16:05"),
            text="""KÍNH GỬI PHÒNG VĂN HÓA THÔNG TIN HUYỆN
SỐ TIN BÀI = 14
THỜI LƯỢNG = 70 PHÚT
SỐ LƯỢT PHÁT = 28
NGƯỜI NGHE = 3.400
SÙNG A DƠ - XÃ KHUN HÁ
""",
        ),
        [wp("khun_ha", 14, 70, 28, 3400)],
        "caps lock, '=' between label and value, sent Wednesday for the coming Thursday",
    )

    add(
        f,
        "typos_in_labels",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Báo cáo tuần xã Hồ Thầu",
            at("2021-03-11 11:30"),
            text="""Dạ em gửi phòng báo cáo tuần của xã ạ

Số tin bìa: 7
Thời luợng: 35 phút
Số lần phát sống: 14
Ước số ngừoi nghe: 950

Em Mẩy - VHXH xã Hồ Thầu
""",
        ),
        [wp("ho_thau", 7, 35, 14, 950)],
        "Telex typos in every label (bìa, luợng, phát sống, ngừoi): still unambiguous",
    )

    add(
        f,
        "numbered_with_units_and_prime",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "V/v báo cáo kết quả tuyên truyền tuần",
            at("2021-07-09 08:30"),
            text="""Kính gửi: Phòng VH&TT huyện Tam Đường.
Xin lỗi phòng vì xã gửi muộn do hôm qua mất mạng cả ngày.

1. Tin bài: 10 tin
2. Thời lượng: 50'
3. Số lượt phát sóng: 20 lượt
4. Số người nghe (ước): khoảng 1.200 người

Người báo cáo: Lò Văn Phanh, xã Nà Tăm
""",
        ),
        [wp("na_tam", 10, 50, 20, 1200)],
        "numbered items, 50' for minutes, sent Friday morning: late, for the week just closed",
    )

    add(
        f,
        "value_on_next_line",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "BC tuần",
            at("2021-08-12 10:00"),
            text="""Số tin, bài:
13
Độ dài:
1 giờ 5 phút
Số lần phát sóng:
26
Ước số người nghe:
2.600

Vàng Văn Dũng
UBND xã Sơn Bình
""",
        ),
        [wp("son_binh", 13, 65, 26, 2600)],
        "every value on the line under its label; 1 giờ 5 phút = 65",
    )

    add(
        f,
        "station_broken_zero_week",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Báo cáo tuần xã Thèn Sin",
            at("2021-07-22 09:45"),
            text="""Kính gửi Phòng Văn hóa và Thông tin huyện,

Ngày 17/7 cụm loa và bộ khuếch đại của Trạm truyền thanh xã bị sét đánh hỏng, xã đã
báo cáo UBND huyện đề nghị sửa chữa. Vì vậy trong tuần này trạm không phát sóng được:
Số tin, bài: 0
Độ dài: 0 phút
Số lần phát sóng: 0
Ước số người nghe: 0

Xã tuyên truyền trực tiếp qua các buổi họp bản.
Tẩn Láo Lở - xã Thèn Sin
""",
        ),
        [wp("then_sin", 0, 0, 0, 0)],
        "a real week of zeros (station struck by lightning); 17/7 is not a period",
    )

    add(
        f,
        "one_line_semicolons",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "Báo cáo kết quả tuyên truyền",
            at("2021-04-01 08:05"),
            text="Xã Bản Giang báo cáo: Số tin bài: 8; độ dài 40 phút; số lần phát sóng 16;"
            " ước số người nghe 1.100 người.\nTrân trọng.\n",
        ),
        [wp("ban_giang", 8, 40, 16, 1100)],
        "the four figures on one line, separated by semicolons",
    )

    add(
        f,
        "plus_bullets_units_in_parentheses",
        Mail(
            ("Nguyễn Thị Hồng Nhung", ADDR["tt_tam_duong"]),
            "Thị trấn Tam Đường báo cáo tuần",
            at("2021-05-06 09:00"),
            text="""Kính gửi Phòng Văn hóa và Thông tin huyện.
Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần:
 + Số tin, bài (tin): 12
 + Thời lượng (phút): 60
 + Số lần phát sóng (lần): 36
 + Ước số người nghe (người): 4.000

Nguyễn Thị Hồng Nhung
Công chức VH-XH thị trấn Tam Đường
Mobile: 0985 221 734
""",
        ),
        [wp("tt_tam_duong", 12, 60, 36, 4000)],
        "'+' bullets with the unit in parentheses after each label",
    )

    add(
        f,
        "half_diacritics_slashes",
        Mail(
            ADDR["ta_leng"],
            "bc tuan xa Ta Leng",
            at("2021-03-25 15:55"),
            text="So tin, bài: 6 / Do dai: 30p / Số luot phát: 12 / Nguoi nghe: 800\n\n"
            "Giàng A Chớ\n",
        ),
        [wp("ta_leng", 6, 30, 12, 800)],
        "half-typed diacritics, figures separated by slashes, sent five minutes before 16:00",
    )

    add(
        f,
        "dot_leaders",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Báo cáo tuần",
            at("2021-06-23 17:20"),
            text="""BÁO CÁO NHANH KẾT QUẢ TUYÊN TRUYỀN
Số tin, bài ......................... 15
Độ dài .............................. 75 phút
Lượt phát sóng ...................... 30
Người nghe .......................... 3.100

Xã Bình Lư
""",
        ),
        [wp("binh_lu", 15, 75, 30, 3100)],
        "dot leaders between labels and values",
    )

    add(
        f,
        "total_with_breakdown_aside",
        Mail(
            ("Lường Văn Kiên", ADDR["ban_bo"]),
            "Báo cáo kết quả tuyên truyền tuần xã Bản Bo",
            at("2021-03-18 10:30"),
            text="""Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

Tổng số tin, bài: 16 (trong đó: 10 tin tự biên tập, 6 bài tiếp âm của Đài huyện)
Tổng thời lượng: 80 phút
Số lần phát sóng: 32
Ước số người nghe: 2.900 người

Lường Văn Kiên
""",
        ),
        [wp("ban_bo", 16, 80, 32, 2900)],
        "a total followed by its breakdown in parentheses: the total is the figure",
    )

    add(
        f,
        "zalo_emoji_da_a",
        Mail(
            ("Kiên Bản Bo", "banbo.tamduong@laichau.gov.vn"),
            "bc",
            at("2021-09-01 20:14"),
            text="""Dạ em gửi báo cáo tuần ạ 🙏
Số tin bài: 10
Độ dài: 45p
Số lần phát: 20
Người nghe: 1.500
Em cảm ơn anh ạ 😊

Gửi từ điện thoại Samsung Galaxy của tôi
""",
        ),
        [wp("ban_bo", 10, 45, 20, 1500)],
        "phone mail with emoji, 'Dạ ... ạ', 45p; sent the evening before the 2/9 holiday",
    )


# == prose ==================================================================================


def prose() -> None:
    f = "prose"
    add(
        f,
        "official_sentence",
        Mail(
            ("UBND xã Bản Giang", ADDR["ban_giang"]),
            "Báo cáo kết quả tuyên truyền phòng chống dịch Covid-19 tuần",
            at("2021-07-22 10:20"),
            text="""Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

Thực hiện Công văn của Phòng Văn hóa và Thông tin huyện, trong tuần qua UBND xã Bản
Giang đã chỉ đạo Ban biên tập Trạm truyền thanh xã xây dựng và phát 12 tin, bài tuyên
truyền về phòng chống dịch Covid-19, tiêm chủng vắc xin, phòng chống thiên tai mùa mưa
lũ với tổng thời lượng 60 phút; phát sóng 24 lượt trên hệ thống loa truyền thanh của xã
và các bản; ước có khoảng 2.400 người nghe.

UBND xã Bản Giang trân trọng báo cáo./.
""",
        ),
        [wp("ban_giang", 12, 60, 24, 2400)],
        "one long official sentence with the four figures",
    )

    add(
        f,
        "compared_with_last_week",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần - Sơn Bình",
            at("2021-05-13 09:30"),
            text="""Tuần này trạm truyền thanh xã phát 14 tin bài (tăng 3 tin so với tuần trước),
thời lượng 70 phút, 28 lượt phát sóng, khoảng 2.800 người nghe.
Tuần trước: 11 tin, 55 phút, 22 lượt.

Vàng Văn Dũng - xã Sơn Bình
""",
        ),
        [wp("son_binh", 14, 70, 28, 2800)],
        "this week's figures with last week's beside them",
    )

    add(
        f,
        "year_to_date_after",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "Báo cáo công tác tuyên truyền",
            at("2021-06-17 14:00"),
            text="""Xã Tả Lèng báo cáo:
Trong tuần: biên tập 9 tin, bài; tổng độ dài 45 phút; phát 18 lần; ước 1.600 người nghe.
Lũy kế từ đầu năm đến nay: 198 tin bài, 990 phút, 396 lần phát sóng.
""",
        ),
        [wp("ta_leng", 9, 45, 18, 1600)],
        "the week's figures followed by year-to-date totals",
    )

    add(
        f,
        "population_background",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Báo cáo kết quả tuyên truyền tuần",
            at("2021-08-05 10:00"),
            text="""Kính gửi Phòng VH&TT huyện.

Xã Hồ Thầu có 8 bản với 812 hộ, 4.215 nhân khẩu, chủ yếu là đồng bào Dao và Mông. Trong
tuần, Trạm truyền thanh xã đã tiếp sóng và phát 10 tin, bài về phòng chống dịch Covid-19
và phòng chống sạt lở đất; tổng thời lượng 1 giờ; số lần phát sóng: 20 lần; ước số người
nghe khoảng 3.000 người (chiếm trên 70% dân số).

Trân trọng./.
""",
        ),
        [wp("ho_thau", 10, 60, 20, 3000)],
        "households and population before the figures, a percentage aside; 1 giờ = 60",
    )

    add(
        f,
        "everything_in_subject",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "BC tuần xã Nùng Nàng: 8 tin, 40 phút, 16 lượt phát, 1.300 người nghe",
            at("2021-04-22 08:00"),
            text="Dạ số liệu như tiêu đề ạ.\nSềnh\n",
        ),
        [wp("nung_nang", 8, 40, 16, 1300)],
        "the report is the subject; the body only points to it",
    )

    add(
        f,
        "zalo_style_short",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "bc tuần",
            at("2021-08-20 07:45"),
            text="Dạ e gửi bc tuần ạ: 11 tin, 55p, 22 lượt, ~2k người nghe ạ. E cảm ơn\n",
        ),
        [wp("then_sin", 11, 55, 22, 2000)],
        "Zalo-style one-liner: 55p, ~2k; Friday morning, late for the week just closed",
    )

    add(
        f,
        "hard_wrapped_numbers",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo tuần",
            at("2021-09-09 09:00"),
            text="""Kính gửi Phòng.
Trong tuần Trạm truyền thanh xã Giang Ma đã phát sóng tổng cộng 30
lượt, với thời lượng 90
phút, số tin bài là 15, ước tính số người nghe là
3.500 người.
Trân trọng!
""",
        ),
        [wp("giang_ma", 15, 90, 30, 3500)],
        "a sentence hard-wrapped between each number and its unit",
    )

    add(
        f,
        "district_station_many_numbers",
        Mail(
            ("Đài TT-TH huyện Tam Đường", ADDR["dai_th_th"]),
            "Đài TT-TH báo cáo kết quả tuyên truyền tuần",
            at("2021-03-18 14:30"),
            text="""Kính gửi: Phòng Văn hóa và Thông tin huyện.

Trong tuần, Đài Truyền thanh - Truyền hình huyện đã sản xuất 42 tin, bài, phóng sự
(trong đó 12 tin gửi Đài Phát thanh - Truyền hình tỉnh); tổng thời lượng phát sóng 630
phút; tiếp sóng và phát 84 lượt chương trình; ước số người nghe, xem khoảng 35.000
người. Phóng viên của Đài đã tác nghiệp tại 7 xã, thị trấn.

Trần Văn Hải - Đài TT-TH huyện
""",
        ),
        [wp("dai_th_th", 42, 630, 84, 35000)],
        "district station: larger figures, a part of the items in parentheses, '7 xã'",
    )

    add(
        f,
        "election_dates_are_not_period",
        Mail(
            ("Lường Văn Kiên", ADDR["ban_bo"]),
            "Báo cáo tuyên truyền bầu cử",
            at("2021-05-13 10:00"),
            text="""Tuần qua xã Bản Bo tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV
và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 (ngày bầu cử 23/5/2021). Kết quả: 16 tin
bài, thời lượng 1 tiếng 20 phút, phát 32 lượt, khoảng 3.200 lượt người nghe.
""",
        ),
        [wp("ban_bo", 16, 80, 32, 3200)],
        "the election date 23/5/2021 and the term 2021-2026 are not the period",
    )

    add(
        f,
        "answers_the_letter_points",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "Trả lời CV 115/VHTT",
            at("2021-02-25 09:40"),
            text="""Kính gửi Phòng Văn hóa và Thông tin.
Thực hiện Công văn số 115/VHTT ngày 02/02/2021 của Phòng, xã Nà Tăm báo cáo nội dung
số 3 như sau: số lượng tin, bài là 7; độ dài tin, bài 35 phút; số lượng phát sóng 14
lần; ước số lượng người nghe 1.050 người.
""",
        ),
        [wp("na_tam", 7, 35, 14, 1050)],
        "answers point 3 of the letter in its own words; the letter's number and date around",
    )


# == numbers ================================================================================


def numbers() -> None:
    f = "numbers"
    add(
        f,
        "five_and_a_half_thousand",
        Mail(
            ("Nguyễn Thị Hồng Nhung", ADDR["tt_tam_duong2"]),
            "Báo cáo tuần thị trấn",
            at("2021-04-08 10:10"),
            text="""Số tin, bài: 18
Thời lượng: 90 phút
Số lần phát sóng: 54
Số người nghe: khoảng 5,5 nghìn người
""",
        ),
        [wp("tt_tam_duong", 18, 90, 54, 5500)],
        "'5,5 nghìn' = 5500, from the town's second address",
    )

    add(
        f,
        "more_than_two_thousand",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "bc tuan",
            at("2021-06-03 11:00"),
            text="""Tin bài: 9
Độ dài: 45 phút
Lượt phát: 18
Người nghe: hơn 2 nghìn người
""",
        ),
        [wp("ban_giang", 9, 45, 18, 2000)],
        "'hơn 2 nghìn' for the estimated listeners is read as 2000",
    )

    add(
        f,
        "one_h_thirty_p",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "Báo cáo tuần",
            at("2021-05-27 08:20"),
            text="""Số tin bài: 17
Thời lượng: 1h30p
Số lần phát sóng: 34
Ước số người nghe: 2.700
""",
        ),
        [wp("nung_nang", 17, 90, 34, 2700)],
        "'1h30p' = 90 minutes",
    )

    add(
        f,
        "ninety_p_and_1k5",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "bc tuần xã Khun Há",
            at("2021-07-01 15:10"),
            text="Dạ tuần này xã em: 15 tin bài, 90p, 30 lượt phát, 1k5 người nghe ạ\n",
        ),
        [wp("khun_ha", 15, 90, 30, 1500)],
        "'90p' and '1k5' (1500) in a phone one-liner",
    )

    add(
        f,
        "one_tieng_fifteen",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "Báo cáo tuyên truyền",
            at("2021-04-29 09:05"),
            text="""Kính gửi Phòng VHTT,
- Số tin, bài: 13
- Độ dài: 1 tiếng 15
- Số lần phát sóng: 39
- Người nghe: 2.200
Tao Văn Biên
""",
        ),
        [wp("ban_hon", 13, 75, 39, 2200)],
        "'1 tiếng 15' = 75 minutes",
    )

    add(
        f,
        "half_an_hour",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "BC tuần",
            at("2021-02-04 14:25"),
            text="""Xã Tả Lèng báo cáo tuần:
Số tin bài: 6
Độ dài: nửa tiếng
Số lần phát sóng: 12
Số người nghe: 900
""",
        ),
        [wp("ta_leng", 6, 30, 12, 900)],
        "'nửa tiếng' = 30 minutes",
    )

    add(
        f,
        "comma_thousands_english_style",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Bao cao tuan xa Binh Lu",
            at("2021-08-26 10:40"),
            text="""Số tin bài: 12
Thời lượng: 60 phút
Số lần phát sóng: 24
Ước số người nghe: 3,200 người
""",
        ),
        [wp("binh_lu", 12, 60, 24, 3200)],
        "'3,200 người' typed English-style: a head count, so 3200, not 3.2",
    )

    add(
        f,
        "number_words",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo tuần xã Giang Ma",
            at("2021-03-04 10:00"),
            text="""Kính gửi Phòng Văn hóa - Thông tin.
Trong tuần xã phát mười hai tin bài, thời lượng bốn mươi lăm phút, phát sóng hai mươi tư
lượt, ước khoảng hai nghìn rưỡi người nghe.
""",
        ),
        [wp("giang_ma", 12, 45, 24, 2500)],
        "every figure in words: mười hai, bốn mươi lăm, hai mươi tư, hai nghìn rưỡi",
    )

    add(
        f,
        "leading_zeros_and_1g45",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần",
            at("2021-06-24 08:50"),
            text="""Số tin, bài: 09
Độ dài: 1g45
Số lần phát sóng: 27 lần
Ước số người nghe: 2.050
""",
        ),
        [wp("son_binh", 9, 105, 27, 2050)],
        "'09' with a leading zero, '1g45' (g for giờ) = 105",
    )

    add(
        f,
        "one_comma_two_thousand_and_01h10",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "BC tuan",
            at("2021-05-06 15:30"),
            text="""Số tin bài: 8
Thời lượng phát: 01 giờ 10 phút
Số lần phát: 16
Người nghe: 1,2 nghìn
""",
        ),
        [wp("ho_thau", 8, 70, 16, 1200)],
        "'01 giờ 10 phút' = 70, '1,2 nghìn' = 1200",
    )

    add(
        f,
        "tieng_ruoi_and_2_ngan_3",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "Báo cáo tuần xã Nà Tăm",
            at("2021-04-15 09:30"),
            text="""Số tin bài: 14
Thời lượng: tiếng rưỡi
Số lần phát sóng: 28
Số người nghe: 2 ngàn 3
""",
        ),
        [wp("na_tam", 14, 90, 28, 2300)],
        "'tiếng rưỡi' = 90, '2 ngàn 3' = 2300",
    )

    add(
        f,
        "one_point_five_hours_with_unit",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Bao cao tuyen truyen tuan",
            at("2021-09-16 10:15"),
            text="""Số tin bài: 11
Tổng thời lượng: 1.5 giờ
Số lần phát sóng: 22
Số người nghe: 1.750
""",
        ),
        [wp("then_sin", 11, 90, 22, 1750)],
        "'1.5 giờ' with the unit written: only an hour and a half can be meant (90)",
    )

    add(
        f,
        "minutes_with_hours_in_parentheses",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "Báo cáo tuần",
            at("2021-08-19 13:00"),
            text="""Số tin, bài: 15
Độ dài: 75 phút (1 giờ 15 phút)
Số lần phát sóng: 30
Người nghe: ~1500 ng
""",
        ),
        [wp("ban_hon", 15, 75, 30, 1500)],
        "the duration given twice, consistently; '~1500 ng' (ng = người)",
    )

    add(
        f,
        "nbsp_thousands_and_2_tieng_10p",
        Mail(
            ("Đài TT-TH huyện", ADDR["dai_th_th"]),
            "Báo cáo tuần Đài TT-TH",
            at("2021-05-20 15:00"),
            text="Số tin, bài, phóng sự: 38\nThời lượng: 2 tiếng 10p\nSố lượt phát sóng: 76\n"
            "Ước số người nghe, xem: 24\u00a0500\n",
        ),
        [wp("dai_th_th", 38, 130, 76, 24500)],
        "a no-break space as thousands separator (24\u00a0500), '2 tiếng 10p' = 130",
    )

    add(
        f,
        "phone_right_after_listeners",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần",
            at("2021-03-25 09:00"),
            text="""Số tin bài: 10
Độ dài: 50 phút
Số lần phát sóng: 20
Số người nghe: 5.000
Sùng A Dơ 0375.118.902
""",
        ),
        [wp("khun_ha", 10, 50, 20, 5000)],
        "'5.000' then the signature with a phone number on the next line",
    )


# == replies ================================================================================


def replies() -> None:
    f = "replies"
    add(
        f,
        "gmail_vi_reply_to_reminder",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "Re: Nhắc gửi báo cáo kết quả tuyên truyền tuần",
            at("2021-04-22 11:00"),
            headers=[("In-Reply-To", "<nhac-bc-0422@laichau.gov.vn>")],
            text="""Dạ em gửi báo cáo xã Bản Hon ạ:
Tin bài: 10
Thời lượng: 50 phút
Lượt phát sóng: 20
Người nghe: 1.700

Vào Th 5, 22 thg 4, 2021 vào lúc 08:02 Phòng VHTT huyện Tam Đường <
sangnq.tamduong@laichau.gov.vn> đã viết:

"""
            + quote(REMINDER)
            + "\n",
        ),
        [wp("ban_hon", 10, 50, 20, 1700)],
        "Gmail (Vietnamese) reply on top of the office's reminder, which names the fields",
    )

    add(
        f,
        "outlook_vi_block_last_week_ack",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "TL: Báo cáo tuần",
            at("2021-04-29 09:30"),
            text="""Báo cáo tuần này: 12 tin bài, 60 phút, 24 lượt phát sóng, 2.000 người nghe.

Sùng A Dơ
________________________________
Từ: Phòng VHTT Tam Đường <sangnq.tamduong@laichau.gov.vn>
Đã gửi: Thứ Sáu, 23 tháng 4, 2021 8:15 SA
Đến: khunha.tamduong@laichau.gov.vn
Chủ đề: RE: Báo cáo tuần

Phòng đã nhận báo cáo tuần trước của xã: 9 tin, 45 phút, 18 lượt, 1.600 người nghe. Đề
nghị tuần sau xã gửi trước 16h thứ Năm.
""",
        ),
        [wp("khun_ha", 12, 60, 24, 2000)],
        "Outlook Vietnamese header block; the quoted acknowledgment holds last week's figures",
    )

    add(
        f,
        "outlook_en_header_quote",
        Mail(
            ("Nhung TT Tam Duong", ADDR["tt_tam_duong"]),
            "RE: BC tuần",
            at("2021-06-03 10:00"),
            text="""Số tin, bài: 13
Thời lượng: 65 phút
Số lần phát sóng: 39
Người nghe: 4.200

From: Nhung TT Tam Duong <vhtt.tttamduong@laichau.gov.vn>
Sent: Thursday, May 27, 2021 3:12 PM
To: sangnq.tamduong@laichau.gov.vn
Subject: BC tuần

Số tin, bài: 11
Thời lượng: 55 phút
Số lần phát sóng: 33
Người nghe: 3.900
""",
        ),
        [wp("tt_tam_duong", 13, 65, 39, 4200)],
        "Outlook English header block quoting the town's own report of the week before",
    )

    add(
        f,
        "bottom_posting_thunderbird",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "Re: Báo cáo tuần",
            at("2021-05-20 10:00"),
            text="""Vào 13/05/2021 16:40, Phòng VHTT viết:
> Phòng đã nhận, cảm ơn xã.
>
> Vào 13/05/2021 09:10, Lý A Sềnh viết:
>> Số tin bài: 8
>> Độ dài: 40 phút
>> Số lần phát sóng: 16
>> Người nghe: 1.300

Dạ tuần này xã Nùng Nàng báo cáo:
Số tin bài: 10
Độ dài: 50 phút
Số lần phát sóng: 20
Người nghe: 1.450
""",
        ),
        [wp("nung_nang", 10, 50, 20, 1450)],
        "bottom-posting: the new figures come after a two-level quote of last week's",
    )

    add(
        f,
        "correction_only_listeners",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Re: Báo cáo tuần xã Sơn Bình",
            at("2021-07-15 14:00"),
            text="""Em xin sửa lại số người nghe tuần này là 2.100 người (sáng nay em gõ nhầm thành
21.000) ạ. Các số khác giữ nguyên.

Vào Th 5, 15 thg 7, 2021 lúc 09:05 Vàng Văn Dũng <sonbinh.tamduong@laichau.gov.vn> đã
viết:
> Số tin bài: 10
> Thời lượng: 50 phút
> Số lần phát sóng: 20
> Số người nghe: 21.000
""",
        ),
        [held("son_binh", WP, AUTO, listeners=2100)],
        "a correction of one figure of this morning's report: only listeners is new; held",
    )

    add(
        f,
        "zimbra_original_message",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Re: Báo cáo tuần",
            at("2021-05-27 09:40"),
            text="""Dạ xã Hồ Thầu gửi báo cáo tuần này ạ
- Số tin bài: 11
- Độ dài: 55 phút
- Số lần phát sóng: 33
- Ước số người nghe: 2.700

----- Tin nhắn gốc -----
Từ: "Phòng VHTT" <sangnq.tamduong@laichau.gov.vn>
Đến: "hothau" <hothau.tamduong@laichau.gov.vn>
Đã gửi: Thứ năm, 20 Tháng năm 2021 15:14:05
Chủ đề: Re: Báo cáo tuần

Xã báo cáo số tin bài 7, độ dài 35 phút, 14 lượt phát, 2.100 người nghe là chưa khớp với
số liệu tuần trước nữa (9 tin). Đề nghị xã kiểm tra lại.
""",
        ),
        [wp("ho_thau", 11, 55, 33, 2700)],
        "Zimbra 'Tin nhắn gốc' block without '>' holding other figures",
    )

    add(
        f,
        "iphone_top_reply_late",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "Re: Đôn đốc báo cáo tuần",
            at("2021-08-06 09:00"),
            text="""Dạ vâng ạ. Tuần này xã em: 8 tin, 40 phút, 16 lần phát, 1.400 người nghe ạ

Gửi từ iPhone của tôi

> Vào 6 thg 8, 2021, lúc 08:15, Phòng VHTT <sangnq.tamduong@laichau.gov.vn> đã viết:
>
> Đến 8h ngày 06/8/2021 xã Nà Tăm chưa gửi báo cáo tuần, đề nghị gửi ngay trong sáng nay.
""",
        ),
        [wp("na_tam", 8, 40, 16, 1400)],
        "iPhone reply to a chase on Friday morning: late, for the week just closed",
    )

    add(
        f,
        "nested_quotes_resend_full",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Re: Re: Báo cáo tuần xã Bình Lư",
            at("2021-09-16 09:20"),
            text="""Em gửi lại bản đầy đủ ạ:
Số tin bài: 13 / Độ dài: 65 phút / Số lần phát sóng: 26 / Người nghe: 2.500

Vào Th 4, 15 thg 9, 2021 lúc 16:30 Phòng VHTT <sangnq.tamduong@laichau.gov.vn> đã viết:
> Đề nghị xã bổ sung số người nghe.
>
> Vào Th 4, 15 thg 9, 2021 lúc 10:12 Hoàng Thị Thu <binhlu.tamduong@laichau.gov.vn>
> đã viết:
>> Số tin bài: 13
>> Độ dài: 65 phút
>> Số lần phát sóng: 26
""",
        ),
        [wp("binh_lu", 13, 65, 26, 2500)],
        "a complete resend on top of an incomplete report of the same week quoted twice",
    )


# == forwards ===============================================================================


def forwards() -> None:
    f = "forwards"
    add(
        f,
        "gmail_forward_from_staff_gmail",
        Mail(
            ("UBND xã Khun Há", ADDR["khun_ha"]),
            "Fwd: bc tuần",
            at("2021-06-10 09:10"),
            text="""Em chuyển báo cáo tuần của xã ạ.

---------- Forwarded message ---------
Từ: Sùng A Dơ <sungado.kh@gmail.com>
Date: Th 5, 10 thg 6, 2021 lúc 08:50
Subject: bc tuần
To: <khunha.tamduong@laichau.gov.vn>


Xã Khun Há báo cáo tuần:
Số tin bài: 12
Độ dài: 60 phút
Số lần phát sóng: 24
Người nghe: 2.500
""",
        ),
        [wp("khun_ha", 12, 60, 24, 2500)],
        "the commune's mailbox forwards what the officer sent it from a personal Gmail",
    )

    add(
        f,
        "outlook_fw_resend_last_week",
        Mail(
            ("UBND xã Bản Giang", ADDR["ban_giang"]),
            "FW: Báo cáo tuần xã Bản Giang",
            at("2021-04-19 08:30"),
            text="""Em gửi lại báo cáo tuần trước, hôm thứ Năm em gửi nhầm địa chỉ ạ.

________________________________
From: UBND xã Bản Giang <bangiang.tamduong@laichau.gov.vn>
Sent: Thursday, April 15, 2021 10:02 AM
To: sanqnq.tamduong@laichau.gov.vn
Subject: Báo cáo tuần xã Bản Giang

Số tin bài: 10
Thời lượng: 50 phút
Số lần phát: 20
Người nghe: 1.800
""",
        ),
        [wp("ban_giang", 10, 50, 20, 1800, period="2021-04-15")],
        "Monday resend of 'báo cáo tuần trước' first sent (to a mistyped address) on Thursday"
        " 15/4: the week of 15/4",
    )

    add(
        f,
        "gmail_vi_thu_da_chuyen_tiep",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Fwd: Báo cáo tuần",
            at("2021-03-04 10:30"),
            text="""---------- Thư đã chuyển tiếp ---------
Từ: Trạm truyền thanh xã Thèn Sin <tramtt.thensin@gmail.com>
Ngày: Th 5, 4 thg 3, 2021 lúc 09:50
Tiêu đề: Báo cáo tuần
Tới: <thensin.tamduong@laichau.gov.vn>


Trạm truyền thanh xã báo cáo: số tin, bài 8; độ dài 40 phút; phát sóng 24 lần; khoảng
1.400 người nghe.
""",
        ),
        [wp("then_sin", 8, 40, 24, 1400)],
        "Vietnamese Gmail forward block, no text of its own above it",
    )

    add(
        f,
        "forwarded_for_another_unit",
        Mail(
            ("Lường Văn Kiên", ADDR["ban_bo"]),
            "Fwd: Báo cáo tuần xã Nà Tăm",
            at("2021-06-17 11:00"),
            text="""Em chuyển hộ báo cáo của xã Nà Tăm ạ, mail xã Nà Tăm không gửi lên huyện được.

---------- Forwarded message ---------
From: UBND xã Nà Tăm <natam.tamduong@laichau.gov.vn>
Date: Th 5, 17 thg 6, 2021 lúc 10:20
Subject: Báo cáo tuần xã Nà Tăm
To: <banbo.tamduong@laichau.gov.vn>

Xã Nà Tăm báo cáo kết quả tuyên truyền tuần:
Số tin bài: 9
Độ dài: 45 phút
Số lần phát sóng: 18
Người nghe: 1.350
""",
        ),
        [held("na_tam", WP, AUTO, items=9, minutes=45, broadcasts=18, listeners=1350)],
        "Bản Bo forwards Nà Tăm's report: a known sender reporting for another unit is held",
    )

    add(
        f,
        "double_forward",
        Mail(
            ("UBND xã Sơn Bình", ADDR["son_binh"]),
            "Fwd: Fwd: BC tuần",
            at("2021-04-01 09:00"),
            text="""---------- Forwarded message ---------
From: UBND xã Sơn Bình <sonbinh.tamduong@laichau.gov.vn>
Date: Th 5, 1 thg 4, 2021 lúc 08:55
Subject: Fwd: BC tuần
To: <sonbinh.tamduong@laichau.gov.vn>


---------- Forwarded message ---------
From: Vàng Văn Dũng <vangvandung.sb@gmail.com>
Date: Th 5, 1 thg 4, 2021 lúc 08:40
Subject: BC tuần
To: <sonbinh.tamduong@laichau.gov.vn>


Số tin, bài: 12
Độ dài: 60 phút
Số lượt phát sóng: 24
Ước số người nghe: 2.400
""",
        ),
        [wp("son_binh", 12, 60, 24, 2400)],
        "forwarded twice through the commune's own mailbox",
    )

    add(
        f,
        "forward_with_xlsx",
        Mail(
            ("UBND xã Hồ Thầu", ADDR["ho_thau"]),
            "Fwd: BC tuần Hồ Thầu",
            at("2021-06-24 10:00"),
            text="""---------- Forwarded message ---------
From: Phàn Thị Mẩy <phanthimay.ht@gmail.com>
Date: Th 5, 24 thg 6, 2021 lúc 09:30
Subject: BC tuần Hồ Thầu
To: <hothau.tamduong@laichau.gov.vn>


Em gửi file báo cáo tuần ạ.
""",
            atts=[
                xlsx_att(
                    "BC tuan Ho Thau.xlsx",
                    lambda wb: put_rows(
                        wb.active,
                        [
                            ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ HỒ THẦU"],
                            [],
                            [
                                "Số tin, bài",
                                "Độ dài (phút)",
                                "Số lần phát sóng",
                                "Ước số người nghe",
                            ],
                            [9, 45, 27, 2150],
                        ],
                    ),
                    at("2021-06-24 09:20"),
                )
            ],
        ),
        [wp("ho_thau", 9, 45, 27, 2150)],
        "a forwarded message whose attachment (xlsx) holds the figures",
    )

    add(
        f,
        "outlook_thu_goc_vi",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "CT: Báo cáo tuần",
            at("2021-07-29 08:40"),
            text="""Kính chuyển Phòng.

-----Thư gốc-----
Từ: Giàng A Chớ <giangacho.tl@gmail.com>
Gửi: Thứ Năm, 29 tháng 7, 2021 7:55 SA
Đến: taleng.tamduong@laichau.gov.vn
Chủ đề: Báo cáo tuần

UBND xã Tả Lèng báo cáo kết quả tuyên truyền:
+ Số tin, bài: 10
+ Độ dài tin, bài: 50 phút
+ Số lần phát sóng: 30
+ Ước số người nghe: 1.900
""",
        ),
        [wp("ta_leng", 10, 50, 30, 1900)],
        "Outlook Vietnamese '-----Thư gốc-----' forward",
    )

    add(
        f,
        "apple_begin_forwarded",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Fwd: Báo cáo tuần",
            at("2021-05-20 09:15"),
            text="""Gửi từ iPhone của tôi

Begin forwarded message:

> From: Lò Văn Thành <lovanthanh.gm@gmail.com>
> Date: 20 May 2021 at 08:58:11 GMT+7
> To: giangma.tamduong@laichau.gov.vn
> Subject: Báo cáo tuần
>
> Xã Giang Ma: số tin bài 11, độ dài 55 phút, 22 lượt phát sóng, ước 2.000 người nghe.
""",
        ),
        [wp("giang_ma", 11, 55, 22, 2000)],
        "Apple Mail 'Begin forwarded message:' with '>' quoting",
    )


# == html ===================================================================================


def html_family() -> None:
    f = "html"
    add(
        f,
        "gmail_div_br_only_html",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Báo cáo tuần xã Bình Lư",
            at("2021-02-11 09:00"),
            html="""<div dir="ltr"><div>Kính gửi Phòng VHTT,</div><div><br></div><div>Xã Bình Lư \
báo cáo tuần trước Tết:</div><div>Số tin, bài: 9<br>Độ dài: 45 phút<br>Số lần phát sóng: \
27<br>Ước số người nghe: 2.300</div><div><br></div><div>Chúc anh chị năm mới an khang!</div>\
<div>--<br><div dir="ltr" class="gmail_signature">Hoàng Thị Thu<br>ĐT 0968 553 120</div></div>\
</div>
""",
        ),
        [wp("binh_lu", 9, 45, 27, 2300)],
        "HTML-only Gmail body, lines split by <br> inside one <div>",
    )

    add(
        f,
        "outlook_word_split_runs",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "Báo cáo kết quả tuyên truyền tuần",
            at("2021-06-17 10:00"),
            html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;
font-family:"Calibri",sans-serif;} --></style>
</head><body lang=EN-US link="#0563C1"><div class=WordSection1>
<p class=MsoNormal><span lang=VI>Kính gửi Phòng Văn hóa và Thông tin huyện<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span lang=VI>Số tin, bài: 1</span><span lang=EN-US>4</span><o:p></o:p></p>
<p class=MsoNormal><span lang=VI>Độ dài: 70 </span><span lang=VI>phút<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI>Số lần phát sóng: 28<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI>Ước số người nghe: 2</span><span lang=EN-US>.</span>\
<span lang=VI>400 người<o:p></o:p></span></p>
<p class=MsoNormal><span lang=VI><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><b><span lang=VI>Tao Văn Biên<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=VI>UBND xã Bản Hon<o:p></o:p></span></p>
</div></body></html>
""",
        ),
        [wp("ban_hon", 14, 70, 28, 2400)],
        "Outlook Word HTML where numbers are split across <span> runs (1|4, 2|.|400)",
    )

    table_html = """<div dir="ltr">Em gửi số liệu tuần ạ<br><br><table cellspacing="0" \
cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:\
Arial;width:0px;border-collapse:collapse;border:none"><colgroup><col width="40"><col \
width="120"><col width="80"><col width="90"><col width="110"><col width="120"></colgroup>\
<tbody><tr style="height:21px"><td>STT</td><td>Đơn vị</td><td>Số tin, bài</td><td>Độ dài \
(phút)</td><td>Số lần phát sóng</td><td>Ước số người nghe</td></tr><tr style="height:21px">\
<td style="text-align:right">1</td><td>Xã Nùng Nàng</td><td style="text-align:right">11</td>\
<td style="text-align:right">55</td><td style="text-align:right">33</td><td style=\
"text-align:right">2.150</td></tr></tbody></table><br>Lý A Sềnh</div>
"""
    add(
        f,
        "excel_table_pasted_in_gmail",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "Số liệu tuyên truyền tuần",
            at("2021-07-08 09:30"),
            text="Em gửi số liệu tuần ạ\n\nSTT\nĐơn vị\nSố tin, bài\nĐộ dài (phút)\n"
            "Số lần phát sóng\n"
            "Ước số người nghe\n1\nXã Nùng Nàng\n11\n55\n33\n2.150\n\nLý A Sềnh\n",
            html=table_html,
        ),
        [wp("nung_nang", 11, 55, 33, 2150)],
        "a Google Sheets range pasted in Gmail: HTML table, one cell per line in the text part",
    )

    add(
        f,
        "numeric_entities_vertical_table",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Bao cao tuan",
            at("2021-08-12 09:00"),
            html="""<html><body><p>K&#237;nh g&#7917;i Ph&#242;ng VH&amp;TT huy&#7879;n,</p>
<table border="1">
<tr><td>S&#7889; tin, b&#224;i</td><td>&nbsp;13&nbsp;</td></tr>
<tr><td>&#272;&#7897; d&#224;i</td><td>65&nbsp;ph&#250;t</td></tr>
<tr><td>S&#7889; l&#7847;n ph&#225;t s&#243;ng</td><td>26</td></tr>
<tr><td>&#431;&#7899;c s&#7889; ng&#432;&#7901;i nghe</td><td>2.650</td></tr>
</table>
<p>X&#227; Khun H&#225;</p></body></html>
""",
            charset="us-ascii",
            cte="7bit",
        ),
        [wp("khun_ha", 13, 65, 26, 2650)],
        "every Vietnamese letter as a numeric entity, label|value table, &nbsp; around values",
    )

    logo = picture(["UBND"], size=(120, 60), font_size=20)
    add(
        f,
        "styled_with_inline_logo",
        Mail(
            ("Thị trấn Tam Đường", ADDR["tt_tam_duong"]),
            "Báo cáo tuần - TT Tam Đường",
            at("2021-09-23 09:40"),
            html="""<html><body style="font-family:Times New Roman">
<p><font color="#1F4E79"><b>THỊ TRẤN TAM ĐƯỜNG BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN</b></font></p>
<ul>
<li><b>Số tin, bài:</b> <span style="color:red">17</span></li>
<li><b>Thời lượng:</b> <span style="color:red">85</span> phút</li>
<li><b>Số lần phát sóng:</b> <span style="color:red">51</span></li>
<li><b>Ước số người nghe:</b> <span style="color:red">4.600</span> người</li>
</ul>
<p>--<br>Nguyễn Thị Hồng Nhung<br><img src="cid:logo001" width="120" height="60"></p>
</body></html>
""",
            atts=[Att("image001.png", logo, "image/png", cid="logo001", disposition="inline")],
        ),
        [wp("tt_tam_duong", 17, 85, 51, 4600)],
        "bold labels, coloured figures in a <ul>, an inline logo (multipart/related)",
    )

    add(
        f,
        "this_week_last_week_columns",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo tuần Giang Ma",
            at("2021-07-15 10:00"),
            html="""<div><p>Xã Giang Ma báo cáo, có so sánh với tuần trước:</p>
<table border="1" cellpadding="3">
<tr><th>Nội dung</th><th>Tuần trước</th><th>Tuần này</th></tr>
<tr><td>Số tin, bài</td><td>10</td><td>12</td></tr>
<tr><td>Độ dài (phút)</td><td>50</td><td>60</td></tr>
<tr><td>Số lần phát sóng</td><td>20</td><td>24</td></tr>
<tr><td>Ước số người nghe</td><td>1.900</td><td>2.200</td></tr>
</table></div>
""",
        ),
        [wp("giang_ma", 12, 60, 24, 2200)],
        "an HTML table with a 'Tuần trước' column before the 'Tuần này' column",
    )

    add(
        f,
        "html_blockquote_reply",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Re: Báo cáo tuần",
            at("2021-03-11 10:00"),
            html="""<div dir="ltr">Dạ xã Sơn Bình gửi báo cáo tuần này ạ:<br>Số tin bài: 8<br>\
Thời lượng: 40 phút<br>Số lần phát sóng: 24<br>Người nghe: 1.600</div><br>\
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Vào Th 5, 4 thg 3, 2021 vào lúc \
09:30 Vàng Văn Dũng &lt;sonbinh.tamduong@laichau.gov.vn&gt; đã viết:<br></div>\
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid \
rgb(204,204,204);padding-left:1ex"><div dir="ltr">Số tin bài: 6<br>Thời lượng: 30 phút<br>\
Số lần phát sóng: 18<br>Người nghe: 1.250</div></blockquote></div>
""",
        ),
        [wp("son_binh", 8, 40, 24, 1600)],
        "HTML-only reply; the <blockquote> holds last week's figures",
    )

    add(
        f,
        "yahoo_nbsp_divs",
        Mail(
            ("Phan Thi May", "phanthimay.ht@yahoo.com.vn"),
            "BC tuần xã Hồ Thầu",
            at("2021-04-08 09:00"),
            html="""<html><head></head><body><div class="yahoo-style-wrap" style="font-family:\
Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr">Xã Hồ Thầu \
báo cáo tuần:</div><div dir="ltr">Số tin bài:&nbsp;&nbsp;12</div><div dir="ltr">Độ dài:\
&nbsp;&nbsp;60&nbsp;phút</div><div dir="ltr">Số lần phát sóng:&nbsp;&nbsp;24</div><div \
dir="ltr">Số người nghe:&nbsp;&nbsp;2.450</div><div dir="ltr"><br></div><div dir="ltr">\
Phàn Thị Mẩy - công chức VHXH xã Hồ Thầu</div></div></body></html>
""",
        ),
        [wp("ho_thau", 12, 60, 24, 2450)],
        "Yahoo HTML, &nbsp; between label and value, sent from a personal Yahoo address"
        " (the unit is named in the body and signature)",
    )


# == sheets (xlsx, ods, csv, pasted ranges) =================================================

WP_HEAD = ["Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"]


def sheets() -> None:
    f = "sheets"

    def title_rows(wb):
        from openpyxl.styles import Alignment, Font

        ws = wb.active
        ws.title = "BC tuan"
        ws["A1"] = "UBND XÃ BẢN HON"
        ws["A2"] = "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"
        ws.merge_cells("A2:G2")
        ws["A2"].font = Font(bold=True, size=14)
        ws["A2"].alignment = Alignment(horizontal="center")
        ws["A3"] = "(Từ ngày 07/5/2021 đến ngày 13/5/2021)"
        ws.merge_cells("A3:G3")
        put_rows(
            ws,
            [["STT", "Đơn vị", *WP_HEAD, "Ghi chú"], [1, "Xã Bản Hon", 11, 55, 22, 1900, None]],
            top=5,
        )
        for col, width in zip("ABCDEFG", (6, 16, 12, 14, 16, 18, 14), strict=True):
            ws.column_dimensions[col].width = width

    add(
        f,
        "xlsx_title_rows_stt_unit",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "Báo cáo tuần (file đính kèm)",
            at("2021-05-13 10:30"),
            text="Em gửi file báo cáo ạ.\n",
            atts=[xlsx_att("BC tuan 13-5.xlsx", title_rows, at("2021-05-13 10:20"))],
        ),
        [wp("ban_hon", 11, 55, 22, 1900, period="2021-05-13")],
        "xlsx: merged title rows and the week range above an STT/Đơn vị/Ghi chú table",
    )

    def last_this(wb):
        ws = wb.active
        put_rows(
            ws,
            [
                ["Xã Tả Lèng - Báo cáo kết quả tuyên truyền"],
                [],
                ["Chỉ tiêu", "Tuần trước", "Tuần này"],
                ["Số tin, bài", 8, 10],
                ["Độ dài (phút)", 40, 50],
                ["Số lần phát sóng", 16, 20],
                ["Ước số người nghe", 1500, 1700],
            ],
        )

    add(
        f,
        "xlsx_vertical_last_and_this_week",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "BC tuần",
            at("2021-04-08 09:00"),
            text="Dạ em gửi ạ\n",
            atts=[xlsx_att("Ta Leng.xlsx", last_this)],
        ),
        [wp("ta_leng", 10, 50, 20, 1700)],
        "xlsx vertical layout with a 'Tuần trước' column before 'Tuần này'",
    )

    def as_text(wb):
        ws = wb.active
        put_rows(
            ws,
            [
                ["Số tin bài", "Thời lượng", "Số lần phát sóng", "Số người nghe"],
                ["12", "1h20", "36", "1.250"],
            ],
        )
        for cell in ws[2]:
            cell.number_format = "@"

    add(
        f,
        "xlsx_numbers_typed_as_text",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Báo cáo tuần xã Thèn Sin",
            at("2021-06-03 09:00"),
            text="Kính gửi phòng file báo cáo tuần.\n",
            atts=[xlsx_att("bao cao.xlsx", as_text)],
        ),
        [wp("then_sin", 12, 80, 36, 1250)],
        "xlsx cells typed as text: '1.250' and '1h20' (80 minutes)",
    )

    def time_cell(wb):
        ws = wb.active
        put_rows(
            ws,
            [
                ["Đơn vị", "Số tin bài", "Thời lượng (giờ:phút)", "Lượt phát sóng", "Người nghe"],
                ["Bình Lư", 15, time(1, 15), 45, 2900],
            ],
        )
        ws["C2"].number_format = "h:mm"

    add(
        f,
        "xlsx_time_cell_hours_minutes",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "BC tuần Bình Lư",
            at("2021-03-18 10:00"),
            text="Em gửi báo cáo tuần ạ.\n",
            atts=[xlsx_att("BinhLu_tuan.xlsx", time_cell)],
        ),
        [wp("binh_lu", 15, 75, 45, 2900)],
        "xlsx duration as a time cell 1:15 under 'giờ:phút' = 75",
    )

    def hours(wb):
        ws = wb.active
        put_rows(
            ws,
            [
                ["Số tin, bài", "Thời lượng (giờ)", "Số lần phát sóng", "Số người nghe"],
                [11, 1.5, 22, 1800],
            ],
        )

    add(
        f,
        "xlsx_hours_column",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần",
            at("2021-09-09 09:30"),
            text="Xã Khun Há gửi báo cáo tuần ạ.\n",
            atts=[xlsx_att("KhunHa.xlsx", hours)],
        ),
        [wp("khun_ha", 11, 90, 22, 1800)],
        "xlsx duration column in hours (1,5 giờ = 90)",
    )

    def two_rows(wb):
        ws = wb.active
        ws["A1"] = "KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ NÙNG NÀNG"
        put_rows(
            ws,
            [
                ["Đơn vị", "Tin, bài", None, "Phát sóng", "Người nghe"],
                [None, "Số lượng", "Độ dài (phút)", "Số lần", "Ước số"],
                ["Xã Nùng Nàng", 12, 60, 36, 2300],
            ],
            top=3,
        )
        ws.merge_cells("A3:A4")
        ws.merge_cells("B3:C3")

    add(
        f,
        "xlsx_two_row_merged_header",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "BC tuần",
            at("2021-08-26 10:00"),
            text="Em gửi báo cáo ạ\n",
            atts=[xlsx_att("NungNang.xlsx", two_rows)],
        ),
        [wp("nung_nang", 12, 60, 36, 2300)],
        "xlsx two-row header: 'Tin, bài' merged over 'Số lượng' and 'Độ dài (phút)'",
        hard=True,
    )

    villages = [
        ["Bản Bo", 1, 215, 6, 140, 0],
        ["Nà Đon", 1, 180, 5, 120, 0],
        ["Nà Vàn", 1, 162, 5, 98, 0],
        ["Phiêng Phát", 1, 143, 4, 87, 0],
        ["Hua Bó", 1, 201, 6, 133, 1],
        ["Nà Hiềng", 2, 236, 8, 160, 0],
    ]
    sm_head = [
        "STT",
        "Tên bản",
        "Số nhóm Zalo",
        "Số thành viên",
        "Số tin, bài đăng tải",
        "Số người cài Bluezone",
        "Số vụ tin giả",
    ]

    def zalo_total(wb):
        ws = wb.active
        ws.title = "Nhom Zalo"
        ws["A1"] = "THỐNG KÊ NHÓM ZALO CÁC BẢN - XÃ BẢN BO"
        rows = [sm_head] + [[i + 1, *v] for i, v in enumerate(villages)]
        rows.append([None, "Tổng cộng", *[sum(v[k] for v in villages) for k in range(1, 6)]])
        put_rows(ws, rows, top=3)

    add(
        f,
        "xlsx_social_media_villages_total",
        Mail(
            ("Lường Văn Kiên", ADDR["ban_bo"]),
            "Báo cáo thành lập nhóm Zalo các bản, Bluezone",
            at("2021-08-12 10:00"),
            text="Xã Bản Bo gửi báo cáo kết quả thành lập nhóm Zalo các bản và cài đặt"
            " Bluezone ạ.\n",
            atts=[xlsx_att("Zalo_BanBo.xlsx", zalo_total)],
        ),
        [sm("ban_bo", 7, 1137, 34, 738, 1)],
        "social-media sheet with one row per village and a 'Tổng cộng' row",
    )

    villages2 = [
        ["Giang Ma", 1, 156, 4, 90, 0],
        ["Lùng Thàng", 1, 132, 3, 75, 0],
        ["Sì Thâu Chải", 1, 118, 3, 61, 0],
        ["Phìn Chải", 1, 97, 2, 44, 0],
        ["Tả Chải", 1, 140, 4, 83, 0],
    ]

    def zalo_no_total(wb):
        ws = wb.active
        put_rows(ws, [sm_head] + [[i + 1, *v] for i, v in enumerate(villages2)])

    add(
        f,
        "xlsx_social_media_villages_no_total",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo nhóm Zalo, Bluezone",
            at("2021-08-19 09:00"),
            text="Em gửi số liệu các bản ạ.\n",
            atts=[xlsx_att("Giang Ma - nhom zalo.xlsx", zalo_no_total)],
        ),
        [
            held(
                "giang_ma",
                SM,
                AUTO,
                groups=5,
                group_members=643,
                posts=16,
                bluezone_installs=353,
                fake_news=0,
            )
        ],
        "social-media rows per village without a total: the sums are the clerk's to do; held",
    )

    add(
        f,
        "ods_simple_row",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần",
            at("2021-06-10 09:10"),
            text="Em gửi file (LibreOffice) ạ.\n",
            atts=[
                ods_att(
                    "son_binh_tuan.ods",
                    [
                        (
                            "Sheet1",
                            [
                                ["Báo cáo kết quả tuyên truyền tuần"],
                                ["Đơn vị", *WP_HEAD],
                                ["Xã Sơn Bình", 10, 50, 30, 2100],
                            ],
                        )
                    ],
                )
            ],
        ),
        [wp("son_binh", 10, 50, 30, 2100)],
        "ods from LibreOffice: title, header, one row",
    )

    add(
        f,
        "csv_cp1258_semicolon",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Báo cáo tuần sau Tết",
            at("2021-02-18 10:00"),
            text="Dạ em gửi báo cáo tuần ạ.\n",
            atts=[
                csv_att(
                    "bao_cao_tuan.csv",
                    [
                        [
                            "Đơn vị",
                            "Số tin bài",
                            "Thời lượng (phút)",
                            "Số lần phát sóng",
                            "Số người nghe",
                        ],
                        ["Xã Hồ Thầu", "9", "45", "18", "1.650"],
                    ],
                    encoding="windows-1258",
                    delimiter=";",
                )
            ],
        ),
        [wp("ho_thau", 9, 45, 18, 1650)],
        "csv saved by Excel in windows-1258 with ';' separators",
    )

    add(
        f,
        "csv_utf8_vertical_quoted",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "BC tuần",
            at("2021-06-03 10:00"),
            text="Em gửi ạ\n",
            atts=[
                csv_att(
                    "Giang Ma.csv",
                    [
                        ["Nội dung", "Số liệu"],
                        ["Số tin, bài", "10"],
                        ["Độ dài", "50 phút"],
                        ["Số lần phát sóng", "20"],
                        ["Ước số người nghe", "1.950"],
                    ],
                )
            ],
        ),
        [wp("giang_ma", 10, 50, 20, 1950)],
        "csv from Google Sheets, UTF-8 without BOM, vertical, quoted 'Số tin, bài'",
    )

    add(
        f,
        "pasted_excel_range_tabs",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "Báo cáo tuần xã Nà Tăm",
            at("2021-05-13 09:30"),
            text="Số tin, bài\tĐộ dài (phút)\tSố lần phát sóng\tƯớc số người nghe\n"
            "13\t65\t26\t2.100\n\nLò Văn Phanh\n",
        ),
        [wp("na_tam", 13, 65, 26, 2100)],
        "an Excel range pasted into a plain-text body: header line and value line, tabs",
    )

    add(
        f,
        "pasted_range_stt_unit_trailing_tab",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "Báo cáo tuần",
            at("2021-09-16 10:10"),
            text="Dạ em gửi:\n\nSTT\tĐơn vị\tSố tin bài\tThời lượng\tLượt phát sóng\tNgười nghe\t\n"
            "1\tBản Giang\t11\t55 phút\t22\t2.000\t\n\nEm Hương\n",
        ),
        [wp("ban_giang", 11, 55, 22, 2000)],
        "pasted range with STT and unit columns and a trailing tab on every line",
    )

    def date_cells(wb):
        ws = wb.active
        put_rows(
            ws,
            [
                ["THỊ TRẤN TAM ĐƯỜNG - KẾT QUẢ TUYÊN TRUYỀN"],
                ["Từ ngày", datetime(2021, 6, 4), "Đến ngày", datetime(2021, 6, 10)],
                [],
                WP_HEAD,
                [14, 70, 42, 3900],
            ],
        )
        ws["B2"].number_format = "dd/mm/yyyy"
        ws["D2"].number_format = "dd/mm/yyyy"

    add(
        f,
        "xlsx_period_in_date_cells",
        Mail(
            ("Nguyễn Thị Hồng Nhung", ADDR["tt_tam_duong"]),
            "Báo cáo tuần (gửi bù)",
            at("2021-06-14 09:00"),
            text="Thị trấn gửi bù báo cáo tuần ạ.\n",
            atts=[xlsx_att("TT Tam Duong.xlsx", date_cells)],
        ),
        [wp("tt_tam_duong", 14, 70, 42, 3900, period="2021-06-10")],
        "the week in real date cells (4/6 - 10/6); sent the Monday after, the sheet wins",
    )

    add(
        f,
        "ods_social_media_vertical",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Báo cáo tuyên truyền trên mạng xã hội",
            at("2021-08-26 11:00"),
            text="Xã Thèn Sin gửi báo cáo tuyên truyền trên mạng xã hội và Bluezone ạ.\n",
            atts=[
                ods_att(
                    "MXH_ThenSin.ods",
                    [
                        (
                            "MXH",
                            [
                                ["Nội dung", "Kết quả"],
                                ["Số nhóm Zalo đã thành lập", 9],
                                ["Tổng số thành viên", 1420],
                                ["Số tin, bài đăng tải trong tuần", 27],
                                ["Số lượt cài đặt Bluezone", 1065],
                                ["Số vụ tin giả, tin sai sự thật", 0],
                            ],
                        )
                    ],
                )
            ],
        ),
        [sm("then_sin", 9, 1420, 27, 1065, 0)],
        "ods, social-media form, vertical",
    )

    def week_month(wb):
        ws = wb.active
        put_rows(
            ws,
            [
                ["ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG"],
                ["Nội dung", "Tuần này", "Lũy kế tháng", "Ghi chú"],
                ["Số tin, bài, phóng sự", 40, 152, "tăng 4 tin so với tuần trước"],
                ["Thời lượng (phút)", 600, 2280, None],
                ["Số lượt phát sóng", 80, 310, None],
                ["Ước số người nghe, xem", 32000, None, "ước tính"],
            ],
        )

    add(
        f,
        "xlsx_week_and_month_to_date",
        Mail(
            ("Đài TT-TH huyện", ADDR["dai_th_th"]),
            "Đài TT-TH báo cáo tuần",
            at("2021-04-22 14:00"),
            text="Đài gửi báo cáo tuần ạ.\n",
            atts=[xlsx_att("Dai TTTH tuan.xlsx", week_month)],
        ),
        [wp("dai_th_th", 40, 600, 80, 32000)],
        "xlsx with 'Tuần này' and 'Lũy kế tháng' columns and numbers in 'Ghi chú'",
    )

    units = [
        "Thị trấn Tam Đường",
        "Xã Thèn Sin",
        "Xã Tả Lèng",
        "Xã Giang Ma",
        "Xã Hồ Thầu",
        "Xã Bình Lư",
        "Xã Sơn Bình",
        "Xã Nùng Nàng",
        "Xã Bản Giang",
        "Xã Bản Hon",
        "Xã Bản Bo",
        "Xã Nà Tăm",
        "Xã Khun Há",
    ]

    def template(wb):
        ws = wb.active
        ws["A1"] = "TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN (mẫu của Phòng VH&TT)"
        rows = [["STT", "Đơn vị", *WP_HEAD]]
        for i, name in enumerate(units):
            row = [i + 1, name, None, None, None, None]
            if name == "Xã Tả Lèng":
                row[2:] = [9, 45, 27, 1500]
            rows.append(row)
        rows.append([None, "Tổng", None, None, None, None])
        put_rows(ws, rows, top=3)

    add(
        f,
        "district_template_own_row_only",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "Gửi lại mẫu tổng hợp",
            at("2021-09-23 09:00"),
            text="Em điền vào mẫu của phòng rồi ạ.\n",
            atts=[xlsx_att("Mau tong hop tuan.xlsx", template)],
        ),
        [wp("ta_leng", 9, 45, 27, 1500)],
        "the office's template listing all 13 communes, only the sender's row filled in",
    )


# == docx ===================================================================================


def docx_family() -> None:
    f = "docx"

    d = Doc()
    d.letterhead(
        ["ỦY BAN NHÂN DÂN", "XÃ BẢN BO"], "Số: 45/BC-UBND", "Bản Bo, ngày 22 tháng 4 năm 2021"
    )
    d.para("BÁO CÁO", bold=True, center=True, size=14)
    d.para(
        "Kết quả công tác tuyên truyền tuần (từ ngày 16/4/2021 đến ngày 22/4/2021)",
        bold=True,
        center=True,
    )
    d.para("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.", center=True)
    d.para("I. KẾT QUẢ THỰC HIỆN", bold=True)
    d.para(
        "Trong tuần, Ban biên tập Trạm truyền thanh xã đã biên tập, phát 14 tin, bài tuyên "
        "truyền về bầu cử đại biểu Quốc hội và HĐND các cấp, phòng chống dịch Covid-19; tổng "
        "thời lượng 70 phút; số lần phát sóng 42 lần; ước số người nghe khoảng 2.800 người."
    )
    d.para("II. PHƯƠNG HƯỚNG TUẦN TỚI", bold=True)
    d.para("Tiếp tục tuyên truyền bầu cử, phấn đấu biên tập 15 tin, bài.")
    d.para("Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND xã Bản Bo./.")
    d.para("Nơi nhận:", bold=True, italic=True)
    d.para("- Phòng VH&TT huyện;\n- Lưu: VP.")
    d.para("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLò Văn Chung", bold=True, center=True)
    add(
        f,
        "decree30_prose_with_range",
        Mail(
            ("UBND xã Bản Bo", ADDR["ban_bo"]),
            "Báo cáo số 45/BC-UBND",
            at("2021-04-22 15:00"),
            text="Kính gửi Phòng, xã Bản Bo gửi báo cáo (file đính kèm).\n",
            atts=[d.att("45-BC-UBND.docx", at("2021-04-22 14:40"))],
        ),
        [wp("ban_bo", 14, 70, 42, 2800, period="2021-04-22")],
        "Decree 30 document: letterhead, number, place-date, range in the title, next week's"
        " target (15) under 'Phương hướng'",
    )

    d = Doc()
    d.para("BÁO CÁO NHANH KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, center=True)
    d.para("Xã Khun Há", center=True)
    d.table(
        [
            ["STT", "Nội dung", "ĐVT", "Số lượng"],
            ["1", "Số tin, bài", "Tin", "12"],
            ["2", "Thời lượng", "Phút", "60"],
            ["3", "Số lần phát sóng", "Lần", "24"],
            ["4", "Ước số người nghe", "Người", "2.300"],
        ]
    )
    add(
        f,
        "table_stt_noidung_dvt",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần",
            at("2021-05-27 09:20"),
            text="Em gửi báo cáo ạ\n",
            atts=[d.att("BC nhanh tuan.docx", at("2021-05-27 09:00"))],
        ),
        [wp("khun_ha", 12, 60, 24, 2300)],
        "docx table STT | Nội dung | ĐVT | Số lượng",
    )

    d = Doc()
    d.para("UBND XÃ GIANG MA", bold=True)
    d.para("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, center=True)
    d.para(
        "1. Kết quả: Trạm truyền thanh xã biên tập 11 tin, bài; độ dài 55 phút; phát sóng "
        "33 lần; ước khoảng 2.100 người nghe."
    )
    d.para(
        "2. Kế hoạch tuần tới: dự kiến biên tập 15 tin, bài, phát 30 lượt; tăng cường "
        "tuyên truyền phòng chống dịch tại 7 bản."
    )
    add(
        f,
        "results_then_next_week_plan",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "BC tuần Giang Ma",
            at("2021-06-10 10:00"),
            text="Em gửi báo cáo tuần (file word) ạ.\n",
            atts=[d.att("GiangMa_BC_tuan.docx", at("2021-06-10 09:40"))],
        ),
        [wp("giang_ma", 11, 55, 33, 2100)],
        "docx with this week's results and next week's planned figures after them",
    )

    d = Doc()
    d.para("ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG", bold=True)
    d.para("KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, center=True)
    d.table(
        [
            ["Nội dung", "Tuần này", "Lũy kế tháng 7"],
            ["Tin, bài, phóng sự", "44", "180"],
            ["Thời lượng (phút)", "660", "2.700"],
            ["Lượt phát sóng", "88", "352"],
            ["Ước số người nghe, xem", "36.000", "-"],
        ]
    )
    add(
        f,
        "table_week_and_month_columns",
        Mail(
            ("Trần Văn Hải", ADDR["dai_th_th"]),
            "Đài TT-TH gửi báo cáo tuần",
            at("2021-07-29 14:30"),
            text="Kính gửi Phòng VHTT, Đài gửi báo cáo tuần.\n",
            atts=[d.att("Dai_BC_tuan.docx", at("2021-07-29 14:00"))],
        ),
        [wp("dai_th_th", 44, 660, 88, 36000)],
        "docx table with 'Tuần này' and month-to-date columns",
    )

    d = Doc()
    d.letterhead(
        ["ỦY BAN NHÂN DÂN", "XÃ HỒ THẦU"], "Số: 112/BC-UBND", "Hồ Thầu, ngày 12 tháng 8 năm 2021"
    )
    d.para("BÁO CÁO", bold=True, center=True)
    d.para("Kết quả tuyên truyền trên mạng xã hội, cài đặt Bluezone", bold=True, center=True)
    d.para(
        "Thực hiện chỉ đạo của UBND huyện về thành lập nhóm tin tại các thôn, bản, UBND xã "
        "Hồ Thầu báo cáo: đã thành lập 8 nhóm Zalo tại 8/8 bản với tổng số 1.845 thành viên; "
        "trong tuần các nhóm đăng tải 36 tin, bài; số người cài đặt Bluezone: 2.130 người; "
        "không phát hiện trường hợp tin giả, tin sai sự thật nào."
    )
    d.para("Nơi nhận:\n- Phòng VH&TT huyện;\n- Lưu: VT.")
    add(
        f,
        "social_media_prose_official",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Báo cáo kết quả tuyên truyền trên mạng xã hội",
            at("2021-08-12 09:00"),
            text="Em gửi báo cáo số 112 ạ.\n",
            atts=[d.att("112-BC-UBND Zalo Bluezone.docx", at("2021-08-12 08:30"))],
        ),
        [sm("ho_thau", 8, 1845, 36, 2130, 0)],
        "social-media form in official prose; 'không phát hiện trường hợp tin giả nào' = 0,"
        " '8/8 bản'",
    )

    d = Doc()
    header = d.d.sections[0].header.paragraphs[0]
    header.text = "UBND THỊ TRẤN TAM ĐƯỜNG"
    footer = d.d.sections[0].footer.paragraphs[0]
    footer.text = "ĐT: 0213.3875.225 - Email: vhtt.tttamduong@laichau.gov.vn"
    d.para("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, center=True)
    for line in (
        "1. Số tin, bài: 14",
        "2. Độ dài: 70 phút",
        "3. Số lần phát sóng: 42",
        "4. Ước số người nghe: 3.800 người",
    ):
        d.para(line)
    d.para("Người báo cáo: Nguyễn Thị Hồng Nhung")
    add(
        f,
        "numbered_paragraphs_header_footer",
        Mail(
            ("Nguyễn Thị Hồng Nhung", ADDR["tt_tam_duong"]),
            "BC tuan",
            at("2021-02-25 10:00"),
            text="",
            atts=[d.att("BC tuan TT.docx", at("2021-02-25 09:45"), naming="2047")],
        ),
        [wp("tt_tam_duong", 14, 70, 42, 3800)],
        "docx with numbered lines, a phone number in the page footer, empty mail body",
    )


# == pdf ====================================================================================


def pdf_family() -> None:
    f = "pdf"
    page = [
        ("center", 105, 275, "UBND XÃ BẢN GIANG", 13, True),
        ("center", 105, 262, "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", 14, True),
        (
            "table",
            30,
            245,
            [
                ["Nội dung", "Kết quả"],
                ["Số tin, bài", "10"],
                ["Độ dài (phút)", "50"],
                ["Số lần phát sóng", "30"],
                ["Ước số người nghe", "1.900"],
            ],
            [90, 50],
        ),
        ("text", 120, 180, "Người báo cáo", 12, True),
        ("text", 120, 160, "Lò Thị Hương", 12, False),
    ]
    add(
        f,
        "table_with_text_layer",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "BC tuần - PDF",
            at("2021-05-06 10:00"),
            text="Em gửi báo cáo dạng PDF ạ.\n",
            atts=[pdf_att("BanGiang_tuan.pdf", [page])],
        ),
        [wp("ban_giang", 10, 50, 30, 1900)],
        "PDF with a text layer: a two-column grid",
    )

    page = [
        ("text", 25, 280, "ỦY BAN NHÂN DÂN", 12, True),
        ("text", 30, 274, "XÃ NÀ TĂM", 12, True),
        ("text", 110, 280, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True),
        ("text", 125, 274, "Độc lập - Tự do - Hạnh phúc", 12, True),
        ("text", 25, 262, "Số: 87/BC-UBND", 12, False),
        ("text", 115, 262, "Nà Tăm, ngày 30 tháng 9 năm 2021", 12, False),
        ("center", 105, 245, "BÁO CÁO", 14, True),
        (
            "center",
            105,
            238,
            "Kết quả tuyên truyền tuần từ ngày 24/9/2021 đến ngày 30/9/2021",
            12,
            True,
        ),
        (
            "text",
            25,
            222,
            "Trong tuần, Trạm truyền thanh xã đã phát 9 tin, bài với tổng thời",
            12,
            False,
        ),
        (
            "text",
            25,
            215,
            "lượng 45 phút; số lần phát sóng 27 lần; ước số người nghe 1.400",
            12,
            False,
        ),
        (
            "text",
            25,
            208,
            "người. Các bản đã tổ chức 12 buổi họp dân lồng ghép tuyên truyền.",
            12,
            False,
        ),
        ("text", 130, 180, "CHỦ TỊCH", 12, True),
        ("text", 125, 155, "Lò Văn Sơn", 12, True),
    ]
    add(
        f,
        "official_prose_liberation_serif",
        Mail(
            ("UBND xã Nà Tăm", ADDR["na_tam"]),
            "Báo cáo số 87/BC-UBND",
            at("2021-09-30 09:00"),
            text="Kính gửi Phòng VH&TT.\n",
            atts=[pdf_att("87-BC-UBND.pdf", [page], font="LiberationSerif")],
        ),
        [wp("na_tam", 9, 45, 27, 1400, period="2021-09-30")],
        "official PDF in prose, the range in the title, '12 buổi họp dân' beside the figures",
    )

    scan = picture(
        [
            "UBND XÃ THÈN SIN",
            "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN",
            "",
            "1. Số tin, bài: 7",
            "2. Độ dài: 35 phút",
            "3. Số lần phát sóng: 21",
            "4. Ước số người nghe: 1.100",
            "",
            "                     CHỦ TỊCH (đã ký)",
        ],
        skew=1.2,
    )
    add(
        f,
        "scan_image_only",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Báo cáo tuần (bản scan)",
            at("2021-04-15 10:00"),
            text="Em gửi bản scan có chữ ký ạ.\n",
            atts=[pdf_att("scan0001.pdf", [[("image", 0, 0, 210, 297, scan)]])],
        ),
        [held("then_sin", WP, AUTO, items=7, minutes=35, broadcasts=21, listeners=1100)],
        "a scanned PDF (image only, no text layer): cannot be read, held",
        hard=True,
    )

    TEXT1 = "Trong tuần, xã tập trung chỉ đạo phòng chống dịch Covid-19, gieo cấy"
    TEXT2 = "lúa mùa được 85% diện tích; tổ chức 3 lớp tập huấn cho 120 lượt hộ."
    page1 = [
        ("center", 105, 275, "UBND XÃ SƠN BÌNH", 13, True),
        ("center", 105, 262, "BÁO CÁO CÔNG TÁC VĂN HÓA - THÔNG TIN TUẦN", 14, True),
        ("text", 25, 245, "I. Tình hình chung", 12, True),
        ("text", 25, 237, TEXT1, 12, False),
        ("text", 25, 230, TEXT2, 12, False),
    ]
    page2 = [
        ("text", 25, 275, "II. Kết quả tuyên truyền", 12, True),
        (
            "table",
            25,
            265,
            [
                ["Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"],
                ["12", "60", "24", "2.250"],
            ],
            [35, 35, 45, 45],
        ),
    ]
    add(
        f,
        "two_pages_figures_on_second",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần",
            at("2021-07-01 10:00"),
            text="Em gửi báo cáo ạ.\n",
            atts=[pdf_att("SonBinh.pdf", [page1, page2])],
        ),
        [wp("son_binh", 12, 60, 24, 2250)],
        "two-page PDF: other work (85%, 3 lớp, 120 lượt hộ) on page 1, the table on page 2",
    )

    page = [
        ("center", 105, 270, "XÃ KHUN HÁ - KẾT QUẢ TUYÊN TRUYỀN TUẦN", 13, True),
        (
            "table",
            40,
            255,
            [
                ["Số tin bài", "Thời lượng", "Lượt phát", "Người nghe"],
                ["8", "40 phút", "16", "1.300"],
            ],
            [30, 35, 30, 35],
        ),
    ]
    add(
        f,
        "body_and_pdf_agree",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần xã Khun Há",
            at("2021-02-04 10:00"),
            text="Xã Khun Há báo cáo: số tin bài 8, thời lượng 40 phút, phát 16 lượt, 1.300 người"
            " nghe; chi tiết trong file PDF.\n",
            atts=[pdf_att("KhunHa_0402.pdf", [page], font="DejaVuSans")],
        ),
        [wp("khun_ha", 8, 40, 16, 1300)],
        "the same figures in the body and in the PDF",
    )


# == legacy =================================================================================


def legacy() -> None:
    f = "legacy"
    body = (
        "Kính gửi Phòng Văn hóa và Thông tin huyện\n"
        "Xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:\n"
        "- Số tin, bài: 10\n- Độ dài: 50 phút\n- Số lần phát sóng: 30\n"
        "- Ước số người nghe: 2.200 người\nNgười báo cáo: Phàn Thị Mẩy"
    )
    html = (
        "<html><body>"
        + "".join(
            f'<p><font face=".VnTime" size="3">{tcvn3(line)}</font></p>'
            for line in body.split("\n")
        )
        + "</body></html>\n"
    )
    add(
        f,
        "tcvn3_html_body",
        Mail(
            ("Phan Thi May", ADDR["ho_thau"]),
            "Bao cao tuan xa Ho Thau",
            at("2021-03-25 09:30"),
            html_bytes=html.encode("cp1252"),
            charset="windows-1252",
            cte="quoted-printable",
        ),
        [wp("ho_thau", 10, 50, 30, 2200)],
        "HTML body typed in .VnTime (TCVN3), declared windows-1252",
        hard=True,
    )

    body = (
        "Xã Tả Lèng báo cáo tuần\nSố tin bài: 8\nThời lượng: 40 phút\n"
        "Số lượt phát sóng: 24\nSố người nghe: 1.650\nGiàng A Chớ"
    )
    html = (
        "<html><body>"
        + "<br>".join(f'<font face="VNI-Times">{vni(line)}</font>' for line in body.split("\n"))
        + "</body></html>\n"
    )
    add(
        f,
        "vni_html_body",
        Mail(
            ("Giang A Cho", ADDR["ta_leng"]),
            "BC tuan",
            at("2021-05-06 10:00"),
            html_bytes=html.encode("latin-1"),
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        [wp("ta_leng", 8, 40, 24, 1650)],
        "HTML body typed in VNI-Times, declared iso-8859-1",
        hard=True,
    )

    text = (
        "Kính gửi Phòng VH&TT,\nXã Nùng Nàng báo cáo tuần:\nSố tin, bài: 9\n"
        "Độ dài tin, bài: 45 phút\nSố lần phát sóng: 27\nƯớc số người nghe: 1.900\n"
        "Trân trọng!\nLý A Sềnh\n"
    )
    subject = "Báo cáo tuần xã Nùng Nàng"
    from email import quoprimime

    add(
        f,
        "windows_1258_body_and_subject",
        Mail(
            ("Ly A Senh", ADDR["nung_nang"]),
            subject,
            at("2021-03-11 10:00"),
            raw_subject=quoprimime.header_encode(cp1258(subject), charset="windows-1258"),
            text_bytes=cp1258(text),
            charset="windows-1258",
            cte="quoted-printable",
        ),
        [wp("nung_nang", 9, 45, 27, 1900)],
        "windows-1258 body (tones as combining bytes) and a windows-1258 RFC 2047 subject",
    )

    add(
        f,
        "nfd_body_mac",
        Mail(
            (unicodedata.normalize("NFD", "Hoàng Thị Thu"), ADDR["binh_lu"]),
            unicodedata.normalize("NFD", "Báo cáo tuần Bình Lư"),
            at("2021-04-29 09:00"),
            text=unicodedata.normalize(
                "NFD",
                "Số tin, bài: 11\nĐộ dài: 55 phút\n"
                "Số lần phát sóng: 33\nƯớc số người nghe: 2.350\n"
                "Sent from my MacBook\n",
            ),
            cte="quoted-printable",
        ),
        [wp("binh_lu", 11, 55, 33, 2350)],
        "decomposed (NFD) Unicode in body, subject and sender name, from a Mac",
    )

    text = (
        tcvn3(
            "Xã Giang Ma báo cáo:\nSố tin bài: 12\nĐộ dài: 60 phút\nSố lần phát sóng: 24\n"
            "Ước số người nghe: 2.000\nLò Văn Thành"
        )
        + "\n"
    )
    add(
        f,
        "tcvn3_typed_into_webmail",
        Mail(
            ("Lo Van Thanh", ADDR["giang_ma"]),
            "bao cao tuan",
            at("2021-08-05 09:30"),
            text=text,
            cte="quoted-printable",
        ),
        [wp("giang_ma", 12, 60, 24, 2000)],
        "Unikey left on TCVN3 while typing in webmail: Latin-1 look-alikes sent as UTF-8",
        hard=True,
    )

    d = Doc(font=".VnTime", encode=tcvn3)
    p = d.para()
    run = p.add_run(tcvn3("ubnd xã bản hon").replace("ubnd", "UBND"))
    _docx_fonts(run, ".VnTimeH")
    run.bold = True
    p = d.para()
    run = p.add_run(tcvn3("báo cáo kết quả tuyên truyền tuần"))
    _docx_fonts(run, ".VnTimeH")
    run.bold = True
    d.table(
        [
            ["Nội dung", "Kết quả"],
            ["Số tin, bài", "13"],
            ["Độ dài (phút)", "65"],
            ["Số lần phát sóng", "39"],
            ["Ước số người nghe", "2.450"],
        ]
    )
    d.para("Người lập: Tao Văn Biên")
    add(
        f,
        "tcvn3_docx_table",
        Mail(
            ("Tao Van Bien", ADDR["ban_hon"]),
            "Bao cao tuan - Ban Hon",
            at("2021-03-04 10:00"),
            text="Em gui bao cao tuan a (file word).\n",
            atts=[d.att("BC tuan Ban Hon.docx", at("2021-03-04 09:30"))],
        ),
        [wp("ban_hon", 13, 65, 39, 2450)],
        "docx typed in .VnTime with a .VnTimeH heading (TCVN3)",
        hard=True,
    )

    def vni_sheet(wb):
        from openpyxl.styles import Font

        ws = wb.active
        put_rows(
            ws,
            [
                [vni("Xã Khun Há - báo cáo tuyên truyền tuần")],
                [
                    vni("Số tin, bài"),
                    vni("Thời lượng (phút)"),
                    vni("Số lần phát sóng"),
                    vni("Số người nghe"),
                ],
                [11, 55, 22, 1750],
            ],
        )
        for row in ws.iter_rows():
            for cell in row:
                cell.font = Font(name="VNI-Times", size=12)

    add(
        f,
        "vni_xlsx",
        Mail(
            ("Sung A Do", ADDR["khun_ha"]),
            "bc tuan",
            at("2021-06-17 09:30"),
            text="Em gui file bao cao a\n",
            atts=[xlsx_att("KhunHa_VNI.xlsx", vni_sheet)],
        ),
        [wp("khun_ha", 11, 55, 22, 1750)],
        "xlsx whose labels are VNI-Times text",
        hard=True,
    )

    def nfd_sheet(wb):
        ws = wb.active
        put_rows(ws, [[unicodedata.normalize("NFD", h) for h in WP_HEAD], [10, 50, 30, 2000]])
        ws.title = unicodedata.normalize("NFD", "Tuần")

    add(
        f,
        "nfd_xlsx_and_file_name",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần",
            at("2021-09-08 16:30"),
            text="Em gửi file (máy Mac) ạ.\n",
            atts=[xlsx_att(unicodedata.normalize("NFD", "Báo cáo tuần Sơn Bình.xlsx"), nfd_sheet)],
        ),
        [wp("son_binh", 10, 50, 30, 2000)],
        "xlsx from a Mac: decomposed (NFD) header cells and attachment name",
    )

    add(
        f,
        "raw_utf8_subject_8bit_body",
        Mail(
            ("Nhung", ADDR["tt_tam_duong2"]),
            "",
            at("2021-07-08 09:15"),
            raw_subject="Báo cáo tuần thị trấn Tam Đường",
            text="Số tin, bài: 15\nĐộ dài: 75 phút\nSố lần phát sóng: 45\n"
            "Ước số người nghe: 4.100\n",
            cte="8bit",
        ),
        [wp("tt_tam_duong", 15, 75, 45, 4100)],
        "raw 8-bit UTF-8 in the Subject header (no RFC 2047) and an 8bit body",
    )

    text = (
        vni(
            "Đài TT-TH huyện báo cáo tuần:\nSố tin, bài, phóng sự: 40\nThời lượng: 600 phút\n"
            "Số lượt phát sóng: 80\nƯớc số người nghe, xem: 30.000"
        )
        + "\n"
    )
    add(
        f,
        "vni_typed_into_webmail",
        Mail(
            ("Dai TTTH Tam Duong", ADDR["dai_th_th"]),
            "Bao cao tuan Dai TT-TH",
            at("2021-06-24 14:00"),
            text=text,
            cte="quoted-printable",
        ),
        [wp("dai_th_th", 40, 600, 80, 30000)],
        "Unikey left on VNI while typing in webmail: VNI byte pairs sent as UTF-8",
        hard=True,
    )


# == units ==================================================================================


def units_family() -> None:
    f = "units"
    add(
        f,
        "gmail_unit_only_in_signature",
        Mail(
            ("Phanh Lo", "lovanphanh86@gmail.com"),
            "Báo cáo tuần",
            at("2021-07-22 10:00"),
            text="""Số tin bài: 9
Độ dài: 45 phút
Số lần phát sóng: 18
Người nghe: 1.350

--
Lò Văn Phanh
Công chức Văn hóa - Xã hội, UBND xã Nà Tăm
""",
        ),
        [wp("na_tam", 9, 45, 18, 1350)],
        "personal Gmail; the commune is named only in the signature",
    )

    add(
        f,
        "gmail_unit_only_in_subject_ascii",
        Mail(
            "mayphan1990@gmail.com",
            "BC tuan xa Ho Thau",
            at("2021-09-16 10:00"),
            text="so tin bai 10\nthoi luong 50 phut\nso lan phat 20\nnguoi nghe 2000\n",
        ),
        [wp("ho_thau", 10, 50, 20, 2000)],
        "personal Gmail; the commune only in an accent-free subject",
    )

    def plain(wb):
        put_rows(wb.active, [WP_HEAD, [11, 55, 22, 1950]])

    add(
        f,
        "unit_only_in_file_name",
        Mail(
            ("Huong", "huongbg1991@gmail.com"),
            "Báo cáo",
            at("2021-08-19 09:00"),
            text="Em gửi báo cáo ạ.\n",
            atts=[xlsx_att("BaoCao_BanGiang_tuan.xlsx", plain)],
        ),
        [wp("ban_giang", 11, 55, 22, 1950)],
        "personal Gmail, the commune only in the attachment's name (BanGiang)",
    )

    add(
        f,
        "mixed_case_sender_address",
        Mail(
            ("Then Sin", "TheNSin.TamDuong@LaiChau.gov.vn"),
            "Báo cáo tuần",
            at("2021-05-27 10:00"),
            text="Số tin bài: 10\nThời lượng: 50 phút\nLượt phát sóng: 30\nNgười nghe: 1.500\n",
        ),
        [wp("then_sin", 10, 50, 30, 1500)],
        "the directory address written in mixed case",
    )

    add(
        f,
        "yahoo_district_and_commune_letterhead",
        Mail(
            ("Thu Hoang", "thu.binhlu@yahoo.com"),
            "Báo cáo kết quả tuyên truyền",
            at("2021-06-10 10:00"),
            text="""UBND HUYỆN TAM ĐƯỜNG
UBND XÃ BÌNH LƯ

Báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 12; độ dài 60 phút; số lần phát sóng 36; ước số người nghe 2.600.
""",
        ),
        [wp("binh_lu", 12, 60, 36, 2600)],
        "unknown sender; 'huyện Tam Đường' in the letterhead is not thị trấn Tam Đường",
    )

    add(
        f,
        "known_sender_names_neighbour",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "Báo cáo tuần",
            at("2021-03-25 10:00"),
            text="""Trong tuần xã Bản Giang phối hợp với Đồn Biên phòng và xã Bản Hon tổ chức tuyên
truyền lưu động tại bản Nà Khuy. Kết quả phát thanh của trạm xã: 10 tin bài, 50 phút,
30 lần phát sóng, khoảng 1.800 người nghe.
""",
        ),
        [wp("ban_giang", 10, 50, 30, 1800)],
        "a commune mentioning the neighbour it worked with is still the reporter",
    )

    add(
        f,
        "unknown_sender_two_communes",
        Mail(
            ("Cum xa", "cumxa.sbbl@gmail.com"),
            "Báo cáo tuần cụm xã",
            at("2021-04-15 10:00"),
            text="""Cụm xã Sơn Bình - Bình Lư báo cáo kết quả tuyên truyền chung:
Số tin bài: 20
Thời lượng: 100 phút
Số lần phát sóng: 40
Người nghe: 4.500
""",
        ),
        [held(None, WP, AUTO, items=20, minutes=100, broadcasts=40, listeners=4500)],
        "unknown sender, one set of figures for two communes: held, unit unknown",
    )

    add(
        f,
        "display_name_names_unit",
        Mail(
            ("UBND xa Ta Leng", "ubndtaleng@gmail.com"),
            "bc tuần",
            at("2021-04-15 10:20"),
            text="Số tin bài: 7\nĐộ dài: 35 phút\nSố lần phát: 21\nNgười nghe: 1.200\n",
        ),
        [wp("ta_leng", 7, 35, 21, 1200)],
        "unknown Gmail address whose display name is the commune",
    )

    add(
        f,
        "unknown_sender_no_unit",
        Mail(
            ("Minh", "minhnt1992@gmail.com"),
            "bc tuần",
            at("2021-05-20 09:00"),
            text="Em gửi báo cáo tuần ạ\nSố tin bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 18\n"
            "Người nghe: 1.600\n",
        ),
        [held(None, WP, AUTO, items=9, minutes=45, broadcasts=18, listeners=1600)],
        "unknown sender and no unit named anywhere: held",
    )

    add(
        f,
        "known_sender_reports_for_other_unit",
        Mail(
            ("Lường Văn Kiên", ADDR["ban_bo"]),
            "Báo cáo tuần",
            at("2021-07-08 10:00"),
            text="""UBND xã Bản Hon báo cáo kết quả tuyên truyền tuần:
Số tin bài: 10
Độ dài: 50 phút
Số lần phát sóng: 20
Người nghe: 1.700
""",
        ),
        [held(None, WP, AUTO, items=10, minutes=50, broadcasts=20, listeners=1700)],
        "Bản Bo's address, but the body says Bản Hon reports: held",
    )

    add(
        f,
        "unknown_sender_tt_abbreviation",
        Mail(
            ("Nhung VHXH", "nhungvhxh@gmail.com"),
            "Báo cáo tuần",
            at("2021-08-05 10:00"),
            text="UBND TT. Tam Đường báo cáo tuần: số tin bài 16, thời lượng 80 phút, 48 lần phát "
            "sóng, 4.400 người nghe.\n",
        ),
        [wp("tt_tam_duong", 16, 80, 48, 4400)],
        "unknown sender; the town named by the abbreviation 'TT. Tam Đường'",
    )

    add(
        f,
        "district_station_via_gmail",
        Mail(
            ("Hai Tran", "tranhai.daitamduong@gmail.com"),
            "Báo cáo tuần",
            at("2021-09-23 14:00"),
            text="""Số tin, bài, phóng sự: 36
Thời lượng: 540 phút
Số lượt phát sóng: 72
Ước số người nghe, xem: 28.000

Trần Văn Hải
Phóng viên - Đài TT-TH huyện Tam Đường
""",
        ),
        [wp("dai_th_th", 36, 540, 72, 28000)],
        "the district station from a personal Gmail, named in the signature",
    )


# == periods ================================================================================


def periods() -> None:
    f = "periods"
    add(
        f,
        "explicit_range_sent_tuesday",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo tuần",
            at("2021-04-20 09:00"),
            text="""Xã Giang Ma báo cáo kết quả tuyên truyền tuần từ 09/4 đến 15/4/2021
(em gửi muộn ạ):
Số tin bài: 10
Độ dài: 50 phút
Số lần phát sóng: 20
Người nghe: 1.800
""",
        ),
        [wp("giang_ma", 10, 50, 20, 1800, period="2021-04-15")],
        "the written range wins over a Tuesday Date header",
    )

    add(
        f,
        "friday_morning_late",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "Báo cáo tuần (muộn)",
            at("2021-05-14 08:00"),
            text="Xin lỗi phòng xã gửi muộn ạ.\nSố tin bài: 8\nĐộ dài: 40 phút\nSố lần phát: 24\n"
            "Người nghe: 1.400\n",
        ),
        [wp("ta_leng", 8, 40, 24, 1400)],
        "Friday 08:00, no period: late for the week that closed Thursday 13/5",
    )

    add(
        f,
        "saturday_before_grace_ends",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "BC tuần",
            at("2021-06-19 15:30"),
            text="Số tin bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 27\nNgười nghe: 1.500\n",
        ),
        [wp("nung_nang", 9, 45, 27, 1500)],
        "Saturday 15:30 (47.5 h after the deadline): the week of 17/6",
    )

    add(
        f,
        "saturday_after_grace_ends",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "BC tuần",
            at("2021-06-19 17:00"),
            text="Số tin bài: 11\nĐộ dài: 55 phút\nSố lần phát sóng: 22\nNgười nghe: 1.900\n",
        ),
        [wp("ban_hon", 11, 55, 22, 1900)],
        "Saturday 17:00 (49 h after the deadline): counts for the week of 24/6",
    )

    add(
        f,
        "utc_date_before_deadline",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần",
            "Thu, 10 Jun 2021 08:45:00 +0000",
            sent=at("2021-06-10 08:45", 0),
            text="Số tin bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 30\nNgười nghe: 1.700\n",
        ),
        [wp("khun_ha", 10, 50, 30, 1700)],
        "Date header in UTC: 08:45Z is 15:45 in Vietnam, before the deadline of 10/6",
    )

    add(
        f,
        "utc_date_saturday_after_grace",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần",
            "Sat, 12 Jun 2021 09:30:00 +0000",
            sent=at("2021-06-12 09:30", 0),
            text="Số tin bài: 12\nĐộ dài: 60 phút\nSố lần phát sóng: 24\nNgười nghe: 2.000\n",
        ),
        [wp("son_binh", 12, 60, 24, 2000)],
        "Date header in UTC: Saturday 09:30Z = 16:30 in Vietnam, past the 48 h: week of 17/6",
    )

    add(
        f,
        "subject_names_the_thursday_after_holiday",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "BC tuyen truyen tuan 29/4",
            at("2021-05-04 09:00"),
            text="Dạ do nghỉ lễ nên em gửi chậm ạ.\nSố tin bài: 12\nĐộ dài: 60 phút\n"
            "Số lần phát sóng: 24\nNgười nghe: 2.000\n",
        ),
        [wp("ban_hon", 12, 60, 24, 2000, period="2021-04-29")],
        "subject 'tuần 29/4' names the week; sent Tuesday after the 30/4-3/5 holidays",
    )

    d = Doc()
    d.letterhead(
        ["ỦY BAN NHÂN DÂN", "XÃ BÌNH LƯ"], "Số: 58/BC-UBND", "Bình Lư, ngày 29 tháng 4 năm 2021"
    )
    d.para("BÁO CÁO", bold=True, center=True)
    d.para("Kết quả công tác tuyên truyền tuần", bold=True, center=True)
    d.para(
        "Trong tuần Trạm truyền thanh xã phát 13 tin, bài; độ dài 65 phút; 39 lần phát "
        "sóng; ước khoảng 2.700 người nghe."
    )
    add(
        f,
        "last_week_after_holiday_docx",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Báo cáo tuần",
            at("2021-05-04 10:00"),
            text="Em gửi báo cáo tuần trước, do nghỉ lễ 30/4 - 1/5 nên gửi chậm ạ.\n",
            atts=[d.att("58-BC-UBND.docx", at("2021-04-29 15:00"))],
        ),
        [wp("binh_lu", 13, 65, 39, 2700, period="2021-04-29")],
        "'báo cáo tuần trước' sent Tuesday 4/5, document dated 29/4: the week of 29/4",
    )

    add(
        f,
        "range_not_a_reporting_week",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Báo cáo tuần",
            at("2021-06-08 09:00"),
            text="Kết quả tuyên truyền từ ngày 01/6 đến ngày 07/6/2021:\nSố tin bài: 10\n"
            "Độ dài: 50 phút\nSố lần phát sóng: 30\nNgười nghe: 1.600\n",
        ),
        [held("then_sin", WP, None, items=10, minutes=50, broadcasts=30, listeners=1600)],
        "a Tuesday-to-Monday range is not a reporting week: held",
    )

    add(
        f,
        "monthly_report",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Báo cáo kết quả tuyên truyền tháng 6/2021",
            at("2021-06-30 10:00"),
            text="""Xã Hồ Thầu báo cáo kết quả tuyên truyền tháng 6/2021:
Tổng số tin, bài: 44
Tổng thời lượng: 220 phút
Số lần phát sóng: 132
Ước số người nghe: 3.000
""",
        ),
        [held("ho_thau", WP, None, items=44, minutes=220, broadcasts=132, listeners=3000)],
        "a monthly report (June): not a week, held",
    )

    add(
        f,
        "subject_and_body_weeks_differ",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "BC tuần 08/7",
            at("2021-07-15 10:00"),
            text="Xã Nà Tăm báo cáo kết quả tuyên truyền tuần từ 09/7 đến 15/7/2021:\n"
            "Số tin bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 16\nNgười nghe: 1.300\n",
        ),
        [held("na_tam", WP, None, items=8, minutes=40, broadcasts=16, listeners=1300)],
        "the subject names the week of 8/7, the body the week of 15/7: held",
    )

    add(
        f,
        "day_day_slash_month_range",
        Mail(
            ("Nguyễn Thị Hồng Nhung", ADDR["tt_tam_duong"]),
            "Báo cáo tuần",
            at("2021-06-28 08:30"),
            text="Thị trấn Tam Đường báo cáo tuần (từ 18-24/6/2021):\nSố tin, bài: 15\n"
            "Thời lượng: 75 phút\nSố lần phát sóng: 45\nNgười nghe: 4.000\n",
        ),
        [wp("tt_tam_duong", 15, 75, 45, 4000, period="2021-06-24")],
        "'từ 18-24/6/2021' sent the Monday after: the week of 24/6",
    )

    add(
        f,
        "range_without_year",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "BC tuần (10/9 - 16/9)",
            at("2021-09-21 09:00"),
            text="Số tin bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 18\nNgười nghe: 1.600\n",
        ),
        [wp("ban_giang", 9, 45, 18, 1600, period="2021-09-16")],
        "'(10/9 - 16/9)' without a year in the subject, sent the Tuesday after",
    )

    add(
        f,
        "monday_counts_for_coming_week",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo tuần",
            at("2021-08-09 09:00"),
            text="Số tin bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nNgười nghe: 1.850\n",
        ),
        [wp("giang_ma", 10, 50, 20, 1850)],
        "Monday, no period, past the grace time: the week whose deadline comes next (12/8)",
    )

    add(
        f,
        "long_form_dates_saturday_evening",
        Mail(
            ("Lường Văn Kiên", ADDR["ban_bo"]),
            "Báo cáo tuần",
            at("2021-08-07 18:00"),
            text="Kết quả tuyên truyền từ ngày 30 tháng 7 năm 2021 đến ngày 05 tháng 8 năm 2021:\n"
            "Số tin, bài: 11; thời lượng: 55 phút; số lần phát sóng: 33; người nghe: 2.100.\n",
        ),
        [wp("ban_bo", 11, 55, 33, 2100, period="2021-08-05")],
        "range in long-form dates, sent Saturday evening past the grace: the range wins",
    )


# == multi ==================================================================================


def multi() -> None:
    f = "multi"
    add(
        f,
        "both_forms_in_body",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo tuần: tuyên truyền và mạng xã hội",
            at("2021-08-26 10:00"),
            text="""Kính gửi Phòng VH&TT.

I. Kết quả tuyên truyền trên hệ thống truyền thanh
- Số tin, bài: 12
- Độ dài: 60 phút
- Số lần phát sóng: 24
- Ước số người nghe: 2.100

II. Tuyên truyền trên mạng xã hội, Bluezone
- Số nhóm Zalo: 5
- Số thành viên: 668
- Số tin, bài đăng tải: 14
- Số người cài đặt Bluezone: 372
- Tin giả, tin sai sự thật: 0

Lò Văn Thành - xã Giang Ma
""",
        ),
        [wp("giang_ma", 12, 60, 24, 2100), sm("giang_ma", 5, 668, 14, 372, 0)],
        "both forms in one body, each under its own heading; 'Số tin, bài' in both parts",
    )

    def same(wb):
        put_rows(wb.active, [["Đơn vị", *WP_HEAD], ["TT Tam Đường", 16, 80, 48, 4300]])

    add(
        f,
        "body_and_xlsx_agree",
        Mail(
            ("Nguyễn Thị Hồng Nhung", ADDR["tt_tam_duong"]),
            "Báo cáo tuần thị trấn",
            at("2021-03-04 10:00"),
            text="Số tin, bài: 16; thời lượng 80 phút; 48 lần phát sóng; 4.300 người nghe."
            " File chi tiết đính kèm.\n",
            atts=[xlsx_att("TTTamDuong_0403.xlsx", same)],
        ),
        [wp("tt_tam_duong", 16, 80, 48, 4300)],
        "the same figures in the body and in the attached xlsx",
    )

    def differ(wb):
        put_rows(wb.active, [WP_HEAD, [14, 60, 24, 2400]])

    add(
        f,
        "body_and_xlsx_disagree",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Báo cáo tuần",
            at("2021-07-01 10:00"),
            text="Số tin bài: 12\nĐộ dài: 60 phút\nSố lần phát sóng: 24\nNgười nghe: 2.400\n"
            "(em gửi kèm file)\n",
            atts=[xlsx_att("BinhLu.xlsx", differ)],
        ),
        [held("binh_lu", WP, AUTO, minutes=60, broadcasts=24, listeners=2400)],
        "body says 12 items, the attached sheet 14: held",
    )

    add(
        f,
        "two_weeks_catch_up",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "Báo cáo 2 tuần",
            at("2021-04-09 09:00"),
            text="""Tuần trước em quên gửi, nay em gửi cả 2 tuần ạ.

Tuần từ 26/3 đến 01/4/2021:
Số tin bài: 8; Độ dài: 40 phút; Số lần phát sóng: 16; Người nghe: 1.300

Tuần từ 02/4 đến 08/4/2021:
Số tin bài: 10; Độ dài: 50 phút; Số lần phát sóng: 20; Người nghe: 1.500
""",
        ),
        [
            wp("nung_nang", 8, 40, 16, 1300, period="2021-04-01"),
            wp("nung_nang", 10, 50, 20, 1500, period="2021-04-08"),
        ],
        "two weeks in one message, each with its range",
        hard=True,
    )

    def two_sheets(wb):
        ws = wb.active
        ws.title = "Tuyen truyen"
        put_rows(ws, [WP_HEAD, [11, 55, 33, 1900]])
        ws2 = wb.create_sheet("MXH - Bluezone")
        put_rows(
            ws2,
            [
                [
                    "Số nhóm Zalo",
                    "Số thành viên",
                    "Số tin bài đăng tải",
                    "Số lượt cài đặt Bluezone",
                    "Số vụ tin giả",
                ],
                [10, 1380, 30, 940, 0],
            ],
        )

    add(
        f,
        "xlsx_two_sheets_two_forms",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần (2 biểu)",
            at("2021-08-19 10:00"),
            text="Em gửi 2 biểu trong 1 file ạ.\n",
            atts=[xlsx_att("KhunHa_2bieu.xlsx", two_sheets)],
        ),
        [wp("khun_ha", 11, 55, 33, 1900), sm("khun_ha", 10, 1380, 30, 940, 0)],
        "one workbook, one sheet per form",
    )

    add(
        f,
        "bluezone_line_in_weekly_report",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Báo cáo tuần",
            at("2021-02-04 10:00"),
            text="""Số tin bài: 9
Độ dài: 45 phút
Số lần phát sóng: 27
Người nghe: 1.500
Ngoài ra xã đã hướng dẫn được 135 người cài đặt Bluezone.
""",
        ),
        [wp("then_sin", 9, 45, 27, 1500), held("then_sin", SM, AUTO, bluezone_installs=135)],
        "a weekly report with one Bluezone figure: the social-media form is incomplete, held",
    )

    add(
        f,
        "resend_with_corrected_figure",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "Gửi lại báo cáo tuần (đã sửa)",
            at("2021-06-24 14:00"),
            text="""Em gửi lại ạ, mail lúc sáng em ghi nhầm số lần phát sóng là 42, đúng là 24 ạ.
Số tin bài: 12
Độ dài: 60 phút
Số lần phát sóng: 24
Người nghe: 2.200
""",
        ),
        [wp("ban_giang", 12, 60, 24, 2200)],
        "a full resend explaining the earlier wrong figure (42) in its first line",
    )


# == review =================================================================================


def review() -> None:
    f = "review"
    add(
        f,
        "listeners_range",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "Báo cáo tuần",
            at("2021-07-29 10:00"),
            text="Số tin bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 30\n"
            "Người nghe: khoảng 1.500 - 2.000 người\n",
        ),
        [held("ban_hon", WP, AUTO, items=10, minutes=50, broadcasts=30)],
        "listeners given as a range: held",
    )

    add(
        f,
        "per_session_minutes",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần",
            at("2021-03-04 10:00"),
            text="""Trong tuần trạm phát 10 tin bài, phát 2 buổi/ngày (sáng, chiều), mỗi buổi 20
phút, cả 7 ngày trong tuần; khoảng 1.800 người nghe.
""",
        ),
        [held("khun_ha", WP, AUTO, items=10, listeners=1800)],
        "minutes and broadcasts only as per-session figures: a computation, held",
    )

    add(
        f,
        "bluezone_percentage",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "Báo cáo tuyên truyền trên mạng xã hội",
            at("2021-08-19 09:30"),
            text="""Xã Tả Lèng báo cáo:
- Số nhóm Zalo đã thành lập: 7
- Tổng số thành viên: 960
- Số tin, bài đăng tải: 21
- Cài đặt Bluezone: đạt 38% số người có điện thoại thông minh
- Tin giả: 0
""",
        ),
        [held("ta_leng", SM, AUTO, groups=7, group_members=960, posts=21, fake_news=0)],
        "Bluezone given as a percentage where a count is asked: held",
    )

    add(
        f,
        "missing_minutes",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "BC tuần",
            at("2021-05-20 09:00"),
            text="Số tin bài: 9\nSố lần phát sóng: 18\nSố người nghe: 1.400\n",
        ),
        [held("na_tam", WP, AUTO, items=9, broadcasts=18, listeners=1400)],
        "the duration is missing: held",
    )

    add(
        f,
        "broadcasts_beyond_form_bound",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần",
            at("2021-04-22 10:00"),
            text="Số tin bài: 11\nĐộ dài: 55 phút\nSố lần phát sóng: 2100\nNgười nghe: 2.000\n",
        ),
        [held("son_binh", WP, AUTO, items=11, minutes=55, listeners=2000)],
        "2100 broadcasts for a commune week (over the form's 2000; likely 21 or 210): held",
    )

    add(
        f,
        "two_values_for_items",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Báo cáo tuần",
            at("2021-02-25 10:00"),
            text="""Số tin bài: 12
Độ dài: 60 phút
Số lần phát sóng: 24
Người nghe: 2.000
Tổng cộng trong tuần trạm phát 10 tin bài về phòng chống dịch.
""",
        ),
        [held("giang_ma", WP, AUTO, minutes=60, broadcasts=24, listeners=2000)],
        "12 items in the list, '10 tin bài' in the closing sentence: held",
    )

    add(
        f,
        "more_than_ten_items",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Báo cáo tuần",
            at("2021-09-09 10:00"),
            text="Số tin bài: trên 10\nĐộ dài: 55 phút\nSố lần phát sóng: 22\nNgười nghe: 1.900\n",
        ),
        [held("binh_lu", WP, AUTO, minutes=55, broadcasts=22, listeners=1900)],
        "'trên 10' is not a count of items: held",
    )

    add(
        f,
        "ambiguous_one_point_twenty",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Báo cáo tuần",
            at("2021-07-08 10:00"),
            text="Số tin bài: 10\nĐộ dài: 1.20\nSố lần phát sóng: 20\nNgười nghe: 1.800\n",
        ),
        [held("ho_thau", WP, AUTO, items=10, broadcasts=20, listeners=1800)],
        "'Độ dài: 1.20' could be 1 h 20, 1.2 h or 120 minutes: held",
    )

    add(
        f,
        "households_not_people",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "Báo cáo tuần",
            at("2021-09-23 10:00"),
            text="Số tin bài: 9\nĐộ dài: 45 phút\nSố lần phát sóng: 27\nSố hộ nghe: 850 hộ\n",
        ),
        [held("nung_nang", WP, AUTO, items=9, minutes=45, broadcasts=27)],
        "listeners given in households (hộ), not persons: held",
    )

    photo = picture(
        [
            "Xã Thèn Sin - báo cáo tuần",
            "Số tin bài: 10",
            "Độ dài: 50 phút",
            "Số lần phát sóng: 20",
            "Người nghe: 1.600",
        ],
        size=(900, 1200),
        fmt="JPEG",
        skew=-3.5,
        font_size=40,
    )
    add(
        f,
        "phone_photo_of_handwritten_report",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "bc tuần",
            at("2021-09-30 09:00"),
            text="Em chụp ảnh báo cáo gửi anh ạ\n\nSent from my Redmi\n",
            atts=[Att("IMG_20210930_085512.jpg", photo, "image/jpeg")],
        ),
        [held("then_sin", WP, AUTO, items=10, minutes=50, broadcasts=20, listeners=1600)],
        "only a phone photo of the report: unreadable for a parser, held",
        hard=True,
    )

    def good(wb):
        put_rows(wb.active, [WP_HEAD, [15, 75, 45, 4000]])

    broken = xlsx_att("BC tuan TT.xlsx", good)
    broken.data = broken.data[: len(broken.data) // 2]
    add(
        f,
        "truncated_xlsx",
        Mail(
            ("Nguyễn Thị Hồng Nhung", ADDR["tt_tam_duong"]),
            "Báo cáo tuần",
            at("2021-08-12 10:00"),
            text="Em gửi file báo cáo tuần ạ.\n",
            atts=[broken],
        ),
        [held("tt_tam_duong", WP, AUTO)],
        "the only attachment is a truncated xlsx: held, nothing to read",
    )

    add(
        f,
        "listeners_1tr2_over_bound",
        Mail(
            ("Trần Văn Hải", ADDR["dai_th_th"]),
            "Đài TT-TH báo cáo tuần",
            at("2021-08-26 14:00"),
            text="""Số tin, bài, phóng sự: 41
Thời lượng: 615 phút
Số lượt phát sóng: 82
Ước số người nghe, xem: 1tr2 lượt (tính cả lượt xem trên Fanpage)
""",
        ),
        [held("dai_th_th", WP, AUTO, items=41, minutes=615, broadcasts=82)],
        "'1tr2' (1 200 000) listeners, over the form's bound and counting page views: held",
    )

    add(
        f,
        "listeners_in_words_no_figure",
        Mail(
            ("Lường Văn Kiên", ADDR["ban_bo"]),
            "Báo cáo tuần",
            at("2021-06-03 10:00"),
            text="Số tin bài: 12\nĐộ dài: 60 phút\nSố lần phát sóng: 36\n"
            "Người nghe: toàn thể nhân dân trong xã\n",
        ),
        [held("ban_bo", WP, AUTO, items=12, minutes=60, broadcasts=36)],
        "listeners given as 'the whole population': no figure, held",
    )

    add(
        f,
        "separate_tin_and_bai",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "Báo cáo tuần",
            at("2021-07-08 10:00"),
            text="Số tin: 8\nSố bài: 3\nĐộ dài: 45 phút\nSố lần phát sóng: 22\nNgười nghe: 1.500\n",
        ),
        [held("ta_leng", WP, AUTO, minutes=45, broadcasts=22, listeners=1500)],
        "'Số tin: 8' and 'Số bài: 3' on separate lines: the total is not written, held",
    )

    add(
        f,
        "unlabelled_dash_figures",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "bc tuần",
            at("2021-02-04 09:00"),
            text="Dạ tuần này xã em 12 - 60 - 24 - 2000 ạ\n",
        ),
        [held("ban_giang", WP, AUTO)],
        "four figures without labels or units: held",
    )

    add(
        f,
        "same_as_last_week",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "BC tuần",
            at("2021-03-18 10:00"),
            text="Dạ số liệu tuần này xã em như tuần trước ạ.\n",
        ),
        [held("na_tam", WP, AUTO)],
        "'the same as last week' without figures: held",
    )

    add(
        f,
        "minutes_per_day",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Báo cáo tuần",
            at("2021-09-23 10:00"),
            text="Số tin bài: 10\nThời lượng: 30 phút/ngày\nSố lần phát sóng: 14\n"
            "Người nghe: 1.700\n",
        ),
        [held("son_binh", WP, AUTO, items=10, broadcasts=14, listeners=1700)],
        "'30 phút/ngày': a daily duration, the weekly total is not written; held",
    )


# == nonreports =============================================================================

SUMMARY = """Kính gửi Sở Thông tin và Truyền thông,

Phòng Văn hóa và Thông tin huyện Tam Đường tổng hợp kết quả tuyên truyền tuần:
Xã Giang Ma: 11 tin, bài; 55 phút; 22 lần phát sóng; 1.850 người nghe
Xã Bản Hon: 10 tin, bài; 50 phút; 20 lần phát sóng; 1.700 người nghe
Xã Khun Há: 12 tin, bài; 60 phút; 24 lần phát sóng; 2.000 người nghe
Tổng cộng (13 xã, thị trấn): 148 tin, bài; 740 phút; 330 lần phát sóng; 31.500 người nghe

Trân trọng!"""


def nonreports() -> None:
    f = "nonreports"
    add(
        f,
        "ooo_vi_auto_submitted",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Trả lời tự động: Nhắc gửi báo cáo kết quả tuyên truyền tuần",
            at("2021-07-14 09:00"),
            headers=[("Auto-Submitted", "auto-replied")],
            text="Tôi đang nghỉ phép từ ngày 12/7 đến hết ngày 16/7/2021. Việc gấp xin liên hệ đồng"
            " chí Lò Văn Dũng, ĐT 0912 345 118.\nTrân trọng.\n",
        ),
        [],
        "Vietnamese out-of-office with Auto-Submitted",
    )

    add(
        f,
        "ooo_en_outlook",
        Mail(
            ("Dai TT-TH Tam Duong", ADDR["dai_th_th"]),
            "Automatic reply: Báo cáo tổng hợp tuần",
            at("2021-05-13 16:45"),
            headers=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")],
            text="I am out of the office until 20/05/2021 with limited access to email. For urgent "
            "matters please call 0213 3875 119.\n",
        ),
        [],
        "English Outlook automatic reply with its headers",
    )

    add(
        f,
        "ooo_no_headers",
        Mail(
            ("Lò Văn Phanh", ADDR["na_tam"]),
            "Re: Đề nghị báo cáo tuần",
            at("2021-09-06 08:01"),
            text="Cảm ơn anh/chị đã gửi thư. Tôi đang đi công tác tại các bản vùng sâu đến hết"
            " ngày 09/9/2021, không kiểm tra thư thường xuyên.\nLò Văn Phanh\n",
        ),
        [],
        "a hand-made away message with no automatic headers",
    )

    summary_msg = (
        f"From: {OFFICE}\nTo: vanhoa.laichau@gmail.con\nSubject: Tong hop bao cao tuan\n"
        "Date: Thu, 27 May 2021 16:35:00 +0700\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + SUMMARY + "\n"
    )
    add(
        f,
        "bounce_of_office_summary",
        Mail(
            ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
            "Delivery Status Notification (Failure)",
            at("2021-05-27 16:40"),
            headers=[("Auto-Submitted", "auto-replied")],
            text="""** Address not found **

Your message wasn't delivered to vanhoa.laichau@gmail.con because the domain gmail.con
couldn't be found. Check for typos or unnecessary spaces and try again.
""",
            report=(
                "delivery-status",
                [
                    Raw(
                        ["Content-Type: message/delivery-status"],
                        "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; "
                        "vanhoa.laichau@gmail.con\nAction: failed\nStatus: 5.1.2\n",
                    ),
                    Raw(["Content-Type: message/rfc822"], summary_msg),
                ],
            ),
        ),
        [],
        "a bounce of the office's own weekly summary, which lists communes' figures",
    )

    reminder_msg = (
        f"From: {OFFICE}\nTo: hothau.tamduong@laichau.gov.vm\n"
        "Subject: =?utf-8?b?"
        + base64.b64encode("Nhắc gửi báo cáo tuần".encode()).decode()
        + "?=\nDate: Wed, 21 Apr 2021 15:00:00 +0700\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + REMINDER + "\n"
    )
    add(
        f,
        "own_reminder_bounced",
        Mail(
            ("Mail Delivery System", "postmaster@laichau.gov.vn"),
            "Undeliverable: Nhắc gửi báo cáo tuần",
            at("2021-04-21 15:05"),
            text="Không gửi được thư tới người nhận sau:\n\nhothau.tamduong@laichau.gov.vm\n"
            "Tên miền không tồn tại. (550 5.1.2)\n",
            report=(
                "delivery-status",
                [
                    Raw(
                        ["Content-Type: message/delivery-status"],
                        "Reporting-MTA: dns; mail.laichau.gov.vn\n\nFinal-Recipient: rfc822; "
                        "hothau.tamduong@laichau.gov.vm\nAction: failed\nStatus: 5.1.2\n",
                    ),
                    Raw(["Content-Type: message/rfc822"], reminder_msg),
                ],
            ),
        ),
        [],
        "the office's reminder (field names, a deadline, a letter number) bounced back",
    )

    add(
        f,
        "read_receipt_vi",
        Mail(
            ("Tao Văn Biên", ADDR["ban_hon"]),
            "Đã đọc: Nhắc gửi báo cáo tuần",
            at("2021-04-22 10:15"),
            text="Thư của bạn\n\n  Đến: banhon.tamduong@laichau.gov.vn\n  Chủ đề: Nhắc gửi báo cáo"
            " tuần\n  Đã gửi: 22/04/2021 08:02\n\nđã được đọc vào 22/04/2021 10:15.\n",
            report=(
                "disposition-notification",
                [
                    Raw(
                        ["Content-Type: message/disposition-notification"],
                        "Reporting-UA: banhon; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;"
                        "banhon.tamduong@laichau.gov.vn\n"
                        "Original-Message-ID: <nhac-bc-0422@laichau.gov.vn>\n"
                        "Disposition: manual-action/MDN-sent-manually; displayed\n",
                    ),
                ],
            ),
        ),
        [],
        "an Outlook read receipt in Vietnamese from a commune",
    )

    add(
        f,
        "newsletter_provincial_paper",
        Mail(
            ("Báo Lai Châu điện tử", "bantin@baolaichau.vn"),
            "Bản tin Lai Châu ngày 15/7/2021",
            at("2021-07-15 06:00"),
            headers=[
                ("List-Unsubscribe", "<https://baolaichau.vn/huy-dang-ky?id=8812>"),
                ("Precedence", "bulk"),
            ],
            text="""BẢN TIN LAI CHÂU NGÀY 15/7/2021

- Toàn tỉnh đã tiêm 45.210 liều vắc xin phòng Covid-19.
- Trong tuần, Cổng thông tin điện tử tỉnh đăng tải 125 tin, bài; 1,2 triệu lượt truy cập.
- Tam Đường: 13 trạm truyền thanh cơ sở phát 330 lượt tin về phòng chống dịch, ước 31.500
  người nghe.
- Mưa lớn gây sạt lở 3 điểm trên QL4D, thiệt hại khoảng 600 triệu đồng.

Hủy đăng ký nhận bản tin: https://baolaichau.vn/huy-dang-ky
""",
        ),
        [],
        "a newsletter (bulk, List-Unsubscribe) with report-like figures",
    )

    add(
        f,
        "spam_quick_loan",
        Mail(
            ("Tài chính nhanh 24h", "hotro@vaynhanh24h.xyz"),
            "Vay tiền nhanh 50 triệu chỉ cần CMND - giải ngân trong 30 phút",
            at("2021-06-02 22:13"),
            text="""Chào anh/chị,
Vay tiêu dùng đến 50 triệu, lãi suất chỉ 0,5%/tháng, không cần thế chấp.
Đã có hơn 2.000 khách hàng tại Lai Châu được giải ngân trong 30 phút.
Liên hệ Zalo: 0899.123.456
""",
        ),
        [],
        "Vietnamese loan spam with numbers and a phone",
    )

    add(
        f,
        "spam_prize",
        Mail(
            ("Chương trình tri ân", "tri-an@khuyenmai-vn.top"),
            "CHÚC MỪNG QUÝ KHÁCH TRÚNG THƯỞNG 01 XE HONDA SH 150i",
            at("2021-03-09 11:47"),
            html="<p><b>Chúc mừng!</b> Số điện thoại của quý khách đã trúng thưởng 01 xe Honda SH "
            "150i trị giá 95.000.000đ. Vui lòng nộp phí 1.500.000đ để nhận giải trong 24 giờ."
            "</p>\n",
        ),
        [],
        "Vietnamese prize spam (HTML)",
    )

    add(
        f,
        "question_which_template",
        Mail(
            ("Giàng A Chớ", ADDR["ta_leng"]),
            "Hỏi về mẫu báo cáo",
            at("2021-04-13 15:20"),
            text="Anh ơi cho em hỏi tuần này báo cáo theo mẫu mới hay mẫu cũ ạ? Số tin bài có"
            " tính cả tin phát lại của Đài huyện không ạ?\nEm cảm ơn.\n",
        ),
        [],
        "a question about the form, no figures",
    )

    add(
        f,
        "question_about_past_figure",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Hỏi số liệu tổng hợp",
            at("2021-05-17 08:40"),
            text="Anh ơi tuần trước xã em báo 12 tin bài, 60 phút mà trong bảng tổng hợp của"
            " phòng ghi 10 tin là sao ạ? Anh xem lại giúp em với.\n",
        ),
        [],
        "a question quoting last week's figures: nothing to record",
    )

    add(
        f,
        "thank_you_quoting_ack",
        Mail(
            ("Lò Văn Thành", ADDR["giang_ma"]),
            "Re: Đã nhận báo cáo tuần",
            at("2021-04-15 14:00"),
            text="Dạ em cảm ơn anh ạ!\n\nVào Th 5, 15 thg 4, 2021 lúc 13:30 Phòng VHTT <"
            "sangnq.tamduong@laichau.gov.vn> đã viết:\n"
            + quote(
                "Phòng đã nhận báo cáo tuần của xã Giang Ma:\nSố tin, bài: 11\nĐộ dài: 55 phút\n"
                "Số lần phát sóng: 22\nNgười nghe: 1.850"
            )
            + "\n",
        ),
        [],
        "a thank-you above the office's acknowledgment that lists the figures",
    )

    ics = """BEGIN:VCALENDAR
PRODID:-//UBND huyen Tam Duong//VP//VI
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:giaoban-20210429@laichau.gov.vn
DTSTAMP:20210426T020000Z
DTSTART:20210429T070000Z
DTEND:20210429T093000Z
SUMMARY:Hop giao ban cong tac tuyen truyen
LOCATION:Phong hop so 2\\, UBND huyen
END:VEVENT
END:VCALENDAR
"""
    add(
        f,
        "meeting_invitation_with_numbers",
        Mail(
            ("Văn phòng HĐND-UBND huyện", "vanphong.tamduong@laichau.gov.vn"),
            "Giấy mời họp giao ban công tác tuyên truyền",
            at("2021-04-26 09:00"),
            cc="thensin.tamduong@laichau.gov.vn, giangma.tamduong@laichau.gov.vn",
            text="""GIẤY MỜI
Số: 215/GM-UBND

Thời gian: 14h00, thứ Năm ngày 29/4/2021 (dự kiến 150 phút).
Địa điểm: Phòng họp số 2, UBND huyện.
Thành phần: đại diện 13 xã, thị trấn (mỗi đơn vị 02 người); Đài TT-TH huyện 03 người;
Phòng Văn hóa và Thông tin 04 người. Tổng số 33 đại biểu.
Nội dung: đánh giá 16 tuần tuyên truyền đầu năm, triển khai nhiệm vụ tháng 5.
""",
            atts=[Att("invite.ics", ics.encode(), "text/calendar; method=REQUEST")],
        ),
        [],
        "a meeting invitation full of times, counts and a duration, with an .ics",
    )

    add(
        f,
        "forwarded_provincial_letter",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Fwd: Công văn số 1169/STTTT-TTBCXB về đẩy mạnh cài đặt Bluezone",
            at("2021-08-03 09:00"),
            text="""Anh xem giúp em công văn này xã có phải báo cáo gì không ạ.

---------- Forwarded message ---------
From: Sở Thông tin và Truyền thông <stttt@laichau.gov.vn>
Date: Th 6, 30 thg 7, 2021 lúc 16:10
Subject: Công văn số 1169/STTTT-TTBCXB

Thực hiện Công văn số 1587/UBND-VP ngày 28/7/2021 của UBND tỉnh, đến ngày 29/7/2021 tỷ lệ
cài đặt Bluezone toàn tỉnh đạt 28,5% (132.450 lượt), trong đó huyện Tam Đường đạt 24,1%
(11.230 lượt). Yêu cầu đến ngày 31/8/2021 đạt 40%. Các đơn vị báo cáo số nhóm Zalo, số
thành viên, số tin bài đăng tải, số vụ tin giả về Sở trước ngày 06/8/2021.
""",
        ),
        [],
        "a forwarded provincial letter with rates, counts, dates and field names",
    )

    add(
        f,
        "da_vang_a",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "Re: Nhắc gửi báo cáo tuần",
            at("2021-04-21 15:30"),
            text="Dạ vâng ạ\n\n" + quote(REMINDER) + "\n",
        ),
        [],
        "'Dạ vâng ạ' above the quoted reminder",
    )

    add(
        f,
        "forgotten_attachment",
        Mail(
            ("Sùng A Dơ", ADDR["khun_ha"]),
            "Báo cáo tuần",
            at("2021-05-06 09:10"),
            text="Em gửi báo cáo tuần trong file đính kèm ạ.\n",
        ),
        [],
        "announces an attachment that is not there",
    )

    add(
        f,
        "delivery_delayed",
        Mail(
            ("Microsoft Outlook", "postmaster@laichau.gov.vn"),
            "Delivery delayed: Tổng hợp báo cáo tuần",
            at("2021-06-17 20:00"),
            text="Delivery is delayed to these recipients or groups:\n\n"
            "vanhoa.laichau@gmail.com\n\nSubject: Tổng hợp báo cáo tuần\n\n"
            "This message hasn't been delivered yet. Delivery will continue to be attempted."
            " The server will keep trying for 1 more days, 19 hours and 55 minutes.\n",
            report=(
                "delivery-status",
                [
                    Raw(
                        ["Content-Type: message/delivery-status"],
                        "Reporting-MTA: dns; mail.laichau.gov.vn\n\nFinal-Recipient: rfc822; "
                        "vanhoa.laichau@gmail.com\nAction: delayed\nStatus: 4.4.7\n",
                    ),
                ],
            ),
        ),
        [],
        "a delay notice (Action: delayed) with hours and minutes in it",
    )

    add(
        f,
        "google_calendar_invite",
        Mail(
            ("Google Calendar", "calendar-notification@google.com"),
            "Lời mời: Họp trực tuyến triển khai Bluezone @ Th 6 6 thg 8, 2021 08:00 - 09:30 (ICT)",
            at("2021-08-04 10:00"),
            text="""Họp trực tuyến triển khai Bluezone
Thứ Sáu, 6 tháng 8, 2021 08:00 – 09:30 (Giờ Đông Dương)
Tham gia Google Meet: meet.google.com/xkq-mbfz-tpr
Tham gia bằng điện thoại: (US) +1 402-555-0170 PIN: 512 884 903#
Người tham gia: 15 khách
""",
            atts=[
                Att(
                    "invite.ics",
                    ics.replace("giaoban-20210429", "bluezone-20210806").encode(),
                    "text/calendar; method=REQUEST",
                )
            ],
        ),
        [],
        "a Google Calendar invitation (times, PIN, guest count)",
    )

    add(
        f,
        "covid_situation_report",
        Mail(
            ("UBND xã Bản Hon", ADDR["ban_hon"]),
            "Báo cáo nhanh tình hình dịch Covid-19 ngày 12/8/2021",
            at("2021-08-12 17:00"),
            text="""Xã Bản Hon báo cáo nhanh tình hình dịch Covid-19:
- Số ca F0: 0
- Số F1: 12; F2: 35
- Cách ly tại nhà: 45 người; cách ly tập trung: 8 người
- Xét nghiệm: 230 mẫu, âm tính 230
- Tiêm vắc xin mũi 1: 1.150 người
""",
        ),
        [],
        "a commune's Covid situation report: not one of the office's forms",
    )

    add(
        f,
        "phishing_mailbox_full",
        Mail(
            ("Quản trị hệ thống", "admin@laichau-gov.com"),
            "Hộp thư của bạn đã đầy 98%",
            at("2021-03-30 07:12"),
            html="<p>Dung lượng hộp thư: 4,9 GB / 5 GB. Thư mới sẽ bị trả lại sau 24 giờ.</p>"
            "<p><a href='http://laichau-gov.com/xac-thuc'>Nhấp vào đây để xác thực</a></p>\n",
        ),
        [],
        "phishing 'mailbox full' notice",
    )

    add(
        f,
        "ask_for_template",
        Mail(
            ("Tẩn Láo Lở", ADDR["then_sin"]),
            "Xin mẫu báo cáo Bluezone",
            at("2021-08-09 14:00"),
            text="Anh gửi lại giúp em mẫu báo cáo Bluezone và nhóm Zalo với ạ, em làm mất file rồi."
            " Em cảm ơn anh 🙏\n",
        ),
        [],
        "asks for the social-media template",
    )

    add(
        f,
        "no_figures_yet",
        Mail(
            ("Phàn Thị Mẩy", ADDR["ho_thau"]),
            "Báo cáo tuần",
            at("2021-06-17 15:40"),
            text="Dạ tuần này xã em chưa tổng hợp được số liệu do cán bộ đi tập huấn 3 ngày, em xin"
            " gửi sau ạ.\n",
        ),
        [],
        "promises the report later; no figures",
    )

    add(
        f,
        "thumbs_up_quoting_ack",
        Mail(
            ("Lò Thị Hương", ADDR["ban_giang"]),
            "Re: Đã nhận báo cáo",
            at("2021-07-22 15:00"),
            text="👍\n\n"
            + quote("Phòng đã nhận: 12 tin, bài; 60 phút; 24 lượt; 2.400 người nghe.")
            + "\n",
        ),
        [],
        "a thumbs-up emoji above the acknowledgment with figures",
    )

    add(
        f,
        "womens_day_greeting",
        Mail(
            ("Thị trấn Tam Đường", ADDR["tt_tam_duong"]),
            "Chúc mừng ngày Quốc tế Phụ nữ 8/3",
            at("2021-03-08 07:30"),
            text="""Nhân kỷ niệm 111 năm Ngày Quốc tế Phụ nữ (08/3/1910 - 08/3/2021), thị trấn Tam
Đường kính chúc các chị em Phòng Văn hóa và Thông tin luôn mạnh khỏe, hạnh phúc! 🌹🌹
""",
        ),
        [],
        "a greeting with dates and '111 năm'",
    )

    add(
        f,
        "office_own_summary",
        Mail(
            (OFFICE_NAME, OFFICE),
            "Tổng hợp kết quả tuyên truyền tuần 22/4/2021",
            at("2021-04-22 16:35"),
            to="vanhoa.tamduong@laichau.gov.vn",
            text=SUMMARY + "\n",
        ),
        [],
        "the office's own summary, sent from its own address",
    )

    add(
        f,
        "province_guidance_example",
        Mail(
            ("Sở TT&TT Lai Châu", "stttt@laichau.gov.vn"),
            "Hướng dẫn cách ghi báo cáo nhanh kết quả tuyên truyền",
            at("2021-02-08 10:00"),
            text="""Để thống nhất số liệu, đề nghị các đơn vị ghi báo cáo theo ví dụ sau:
Số tin, bài: 10
Độ dài: 50 phút
Số lần phát sóng: 20
Ước số người nghe: 1.500
(Các số liệu trên chỉ là ví dụ minh họa.)
""",
        ),
        [],
        "guidance from the province with example figures, marked as an example",
    )

    add(
        f,
        "news_article_submission",
        Mail(
            ("Vàng Văn Dũng", ADDR["son_binh"]),
            "Gửi tin bài đăng Trang thông tin điện tử huyện",
            at("2021-03-16 10:00"),
            text="""SƠN BÌNH RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN

Sáng ngày 15/3/2021, UBND xã Sơn Bình tổ chức ra quân làm đường giao thông nông thôn với sự
tham gia của hơn 300 cán bộ, đoàn viên và nhân dân 12 bản. Chỉ trong 2 ngày, đã hoàn thành
1,2 km đường bê tông; tổng kinh phí 450 triệu đồng, nhân dân đóng góp 1.500 ngày công.

Tin, ảnh: Vàng Văn Dũng
""",
        ),
        [],
        "a news article sent for the district portal ('tin bài' in the subject)",
    )

    add(
        f,
        "weekly_work_schedule",
        Mail(
            ("UBND xã Khun Há", ADDR["khun_ha"]),
            "Lịch công tác tuần (từ 12/4 đến 16/4/2021)",
            at("2021-04-10 16:00"),
            text="""LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO UBND XÃ
Thứ Hai 12/4: 7h30 họp giao ban; 14h00 làm việc với 3 bản về bầu cử.
Thứ Ba 13/4: 8h00 kiểm tra 5 điểm bỏ phiếu.
Thứ Năm 15/4: 8h00 tiếp công dân; 14h00 họp Ban chỉ đạo (25 thành viên).
""",
        ),
        [],
        "the commune's work schedule: dates, times, counts",
    )

    def blank(wb):
        put_rows(wb.active, [["Đơn vị", *WP_HEAD], ["Xã Nùng Nàng", None, None, None, None]])

    add(
        f,
        "blank_template_returned",
        Mail(
            ("Lý A Sềnh", ADDR["nung_nang"]),
            "Mẫu báo cáo",
            at("2021-05-24 09:00"),
            text="Em gửi lại mẫu để anh kiểm tra giúp em định dạng, tuần này em điền sau ạ.\n",
            atts=[xlsx_att("Mau_NungNang.xlsx", blank)],
        ),
        [],
        "the template with the unit's row but no figures, sent to check the layout",
    )

    add(
        f,
        "did_you_receive_it",
        Mail(
            ("Hoàng Thị Thu", ADDR["binh_lu"]),
            "Hỏi đã nhận báo cáo chưa",
            at("2021-06-10 15:20"),
            text="Anh ơi file báo cáo em gửi sáng nay anh nhận được chưa ạ? Em gửi 2 lần mà không "
            "thấy báo gì.\n",
        ),
        [],
        "asks whether this morning's report arrived",
    )

    add(
        f,
        "eoffice_auto_ack",
        Mail(
            ("Hệ thống quản lý văn bản", "eoffice@laichau.gov.vn"),
            "Đã tiếp nhận văn bản 45/BC-UBND",
            at("2021-04-22 15:02"),
            headers=[("X-Autoreply", "yes")],
            text="""Hệ thống đã tiếp nhận văn bản số 45/BC-UBND ngày 22/4/2021 của UBND xã Bản Bo
(Báo cáo kết quả công tác tuyên truyền tuần).
Mã văn bản: 000.12.33.H33-210422-0045. Số trang: 2.
""",
        ),
        [],
        "the document-management system's receipt for a commune's report (X-Autoreply)",
    )


# == writing ================================================================================

FAMILIES = [
    labelled,
    prose,
    numbers,
    replies,
    forwards,
    html_family,
    sheets,
    docx_family,
    pdf_family,
    legacy,
    units_family,
    periods,
    multi,
    review,
    nonreports,
]


def main() -> int:
    CASES.clear()
    for family in FAMILIES:
        family()
    for folder in {c.family for c in CASES}:
        path = HERE / folder
        if path.exists():
            shutil.rmtree(path)
    for case in CASES:
        folder = HERE / case.family
        folder.mkdir(parents=True, exist_ok=True)
        ident = f"{case.family}/{case.name}"
        (folder / f"{case.name}.eml").write_bytes(render(case.mail, ident))
        text = json.dumps(expected(case), ensure_ascii=False, indent=2) + "\n"
        (folder / f"{case.name}.expected.json").write_text(text, encoding="utf-8")
    reports = sum(1 for c in CASES if c.reports)
    print(
        f"{len(CASES)} cases ({reports} reports, {len(CASES) - reports} non-reports)"
        f" in {len({c.family for c in CASES})} families",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
