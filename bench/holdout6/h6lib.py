"""Helpers for make_holdout6.py: MIME assembly, attachment builders, legacy encoders,
the period rule and the checks. Everything here is deterministic: no clock, no randomness
without a fixed seed, fixed zip times and document properties."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import html as htmlmod
import io
import json
import quopri
import re
import subprocess
import tempfile
import tomllib
import unicodedata
import urllib.parse
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ASSETS = HERE / "assets"
VN = dt.timezone(dt.timedelta(hours=7))
OFFICE = "sangnq.tamduong@laichau.gov.vn"
OFFICE_NAME = "Phòng Văn hóa và Thông tin huyện Tam Đường"
FIXED_ZIP_TIME = (2022, 1, 3, 8, 0, 0)

# --------------------------------------------------------------------------- directory


def load_units():
    units = {}
    with open(ROOT / "config" / "units.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            units[row["id"]] = {
                "name": row["name"],
                "emails": [e for e in row["emails"].split(";") if e],
            }
    return units


def load_forms():
    forms = {}
    for p in sorted((ROOT / "config" / "forms").glob("*.toml")):
        data = tomllib.loads(p.read_text(encoding="utf-8"))
        forms[data["id"]] = {f["key"]: f for f in data["fields"]}
    return forms


UNITS = load_units()
FORMS = load_forms()


def addr(unit_id, i=0):
    return UNITS[unit_id]["emails"][i]


# --------------------------------------------------------------------------- periods

DEADLINE_HOUR = 16
GRACE = dt.timedelta(hours=48)


def rule_period(date_header: str) -> str:
    """The week a message without a written period belongs to, from its Date header."""
    from email.utils import parsedate_to_datetime

    t = parsedate_to_datetime(date_header).astimezone(VN)
    # next deadline at or after t
    d = t.date()
    while d.weekday() != 3:
        d += dt.timedelta(days=1)
    nxt = dt.datetime(d.year, d.month, d.day, DEADLINE_HOUR, tzinfo=VN)
    if nxt < t:
        nxt += dt.timedelta(days=7)
    prev = nxt - dt.timedelta(days=7)
    if t - prev <= GRACE:
        return prev.date().isoformat()
    return nxt.date().isoformat()


def is_thursday(iso: str) -> bool:
    return dt.date.fromisoformat(iso).weekday() == 3


# --------------------------------------------------------------------------- headers


def _chunks_by_bytes(s: str, charset: str, limit: int):
    out, cur, size = [], "", 0
    for ch in s:
        b = len(ch.encode(charset))
        if cur and size + b > limit:
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += b
    if cur:
        out.append(cur)
    return out


def ew(s: str, charset: str = "utf-8", enc: str = "B", nfd: bool = False) -> str:
    """RFC 2047 encoded words, folded."""
    if nfd:
        s = unicodedata.normalize("NFD", s)
    words = []
    if enc.upper() == "B":
        for part in _chunks_by_bytes(s, charset, 45):
            words.append(f"=?{charset}?B?{base64.b64encode(part.encode(charset)).decode()}?=")
    else:
        for part in _chunks_by_bytes(s, charset, 20):
            q = ""
            for byte in part.encode(charset):
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            words.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(words)


def ew_bytes(data: bytes, charset: str) -> str:
    """One RFC 2047 Q word from bytes already in the charset (e.g. windows-1258)."""
    q = ""
    for byte in data:
        c = chr(byte)
        if c == " ":
            q += "_"
        elif c.isalnum() and byte < 128:
            q += c
        else:
            q += "=%02X" % byte
    return f"=?{charset}?Q?{q}?="


def named(name: str | None, address: str, charset="utf-8", enc="B") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{address}>'
    return f"{ew(name, charset, enc)} <{address}>"


# --------------------------------------------------------------------------- MIME parts


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def _encode_payload(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def text_part(text: str, subtype="plain", charset="utf-8", cte="quoted-printable",
              norm="NFC", extra=(), flowed=False) -> Part:
    if norm:
        text = unicodedata.normalize(norm, text)
    data = text.encode(charset)
    ct = f"Content-Type: text/{subtype}; charset=\"{charset}\""
    if flowed:
        ct += "; format=flowed"
    return Part([ct, f"Content-Transfer-Encoding: {cte}", *extra], _encode_payload(data, cte))


def rfc2231(param: str, value: str, charset="utf-8") -> str:
    enc = urllib.parse.quote(value.encode(charset), safe="")
    if len(enc) <= 60:
        return f"{param}*={charset}''{enc}"
    pieces, cur = [], ""
    for ch in value:
        e = urllib.parse.quote(ch.encode(charset), safe="")
        if cur and len(cur) + len(e) > 48:
            pieces.append(cur)
            cur = ""
        cur += e
    if cur:
        pieces.append(cur)
    out = []
    for i, piece in enumerate(pieces):
        if i == 0:
            out.append(f"{param}*0*={charset}''{piece}")
        else:
            out.append(f"{param}*{i}*={piece}")
    return ";\n ".join(out)


def to_cp1258(s: str) -> bytes:
    """Windows-1258 bytes the way Vietnamese Windows writes them: precomposed base
    letters (â ê ô ă ơ ư đ) and combining tone marks."""
    out = b""
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = [m for m in d[1:] if m in "\u0300\u0301\u0303\u0309\u0323"]
        shape = "".join(m for m in d[1:] if m not in tones)
        base = unicodedata.normalize("NFC", d[0] + shape)
        out += base.encode("cp1258") + "".join(tones).encode("cp1258")
    return out


def attach_part(data: bytes, ctype: str, filename: str, style="rfc2231", nfd=False,
                disposition="attachment") -> Part:
    fn = unicodedata.normalize("NFD" if nfd else "NFC", filename)
    ascii_only = all(ord(c) < 128 for c in fn)
    if ascii_only:
        ct = f'Content-Type: {ctype}; name="{fn}"'
        cd = f'Content-Disposition: {disposition}; filename="{fn}"'
    elif style == "rfc2231":
        ct = f"Content-Type: {ctype};\n {rfc2231('name', fn)}"
        cd = f"Content-Disposition: {disposition};\n {rfc2231('filename', fn)}"
    elif style == "rfc2047":
        w = ew(fn)
        ct = f'Content-Type: {ctype};\n name="{w}"'
        cd = f'Content-Disposition: {disposition};\n filename="{w}"'
    elif style == "both":
        w = ew(fn)
        ct = f'Content-Type: {ctype};\n name="{w}"'
        cd = f"Content-Disposition: {disposition};\n {rfc2231('filename', fn)}"
    else:
        raise ValueError(style)
    return Part([ct, "Content-Transfer-Encoding: base64", cd], base64.encodebytes(data))


def raw_part(headers: list[str], body: bytes) -> Part:
    return Part(headers, body if body.endswith(b"\n") else body + b"\n")


def multipart(subtype: str, boundary: str, parts: list[Part], params: str = "",
              preamble: str | None = None) -> Part:
    out = io.BytesIO()
    if preamble:
        out.write(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.write(f"--{boundary}\n".encode())
        out.write(p.render())
        if not p.body.endswith(b"\n"):
            out.write(b"\n")
    out.write(f"--{boundary}--\n".encode())
    ct = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'
    return Part([ct], out.getvalue())


def message(headers: list[tuple[str, str]], body: Part, crlf=False) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    data = ("\n".join(lines + body.headers) + "\n\n").encode("ascii") + body.body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def rfc822_part(msg: bytes) -> Part:
    return Part(["Content-Type: message/rfc822", "Content-Disposition: inline"], msg)


# --------------------------------------------------------------------------- text helpers


def html_to_text(h: str) -> str:
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " \t ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def norm_space(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)


# --------------------------------------------------------------------------- legacy encodings

_TCVN3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}


def tcvn3(s: str) -> str:
    """Unicode -> TCVN3 (ABC) as the Latin-1 characters a .VnTime document holds.
    TCVN3 has no accented capitals except the seven base ones: they fall to lowercase."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        if ord(ch) < 128:
            out.append(ch)
        elif ch in _TCVN3:
            out.append(chr(_TCVN3[ch]))
        elif ch.lower() in _TCVN3:
            out.append(chr(_TCVN3[ch.lower()]))
        else:
            raise ValueError(f"no TCVN3 for {ch!r}")
    return "".join(out)


_TONE = {"\u0301": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0323": 4}
# modifier characters (lowercase) for plain vowels, circumflex, breve
_VNI_PLAIN = ["ù", "ø", "û", "õ", "ï"]
_VNI_CIRC = ["á", "à", "å", "ã", "ä"]
_VNI_BREVE = ["é", "è", "ú", "ü", "ë"]
_VNI_I = ["í", "ì", "æ", "ó", "ò"]


def _vni_char(ch: str) -> str:
    if ch == "đ":
        return "ñ"
    if ch == "Đ":
        return "Ñ"
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    if base.lower() not in "aeiouy" or not marks:
        if ord(ch) >= 128:
            raise ValueError(f"no VNI for {ch!r}")
        return ch
    upper = base.isupper()
    shape = None
    tone = None
    for m in marks:
        if m in ("\u0302", "\u0306", "\u031b"):
            shape = m
        elif m in _TONE:
            tone = _TONE[m]
        else:
            raise ValueError(f"mark {m!r}")
    b = base.lower()
    if b == "i":
        s = _VNI_I[tone] if tone is not None else "i"
        return s.upper() if upper else s
    if b == "y" and tone == 4:
        return "Î" if upper else "î"
    if shape == "\u031b":  # horn: ơ = ô, ư = ö
        core = {"o": "ô", "u": "ö"}[b]
        mod = _VNI_PLAIN[tone] if tone is not None else ""
    elif shape == "\u0302":
        core = b
        mod = _VNI_CIRC[tone] if tone is not None else "â"
    elif shape == "\u0306":
        core = b
        mod = _VNI_BREVE[tone] if tone is not None else "ê"
    else:
        core = b
        mod = _VNI_PLAIN[tone] if tone is not None else ""
    if upper:
        core, mod = core.upper(), mod.upper()
    return core + mod


def vni(s: str) -> str:
    """Unicode -> VNI Windows as the Latin-1 characters a VNI-Times document holds."""
    return "".join(_vni_char(c) for c in unicodedata.normalize("NFC", s))


def sloppy_cp1252(b: bytes) -> str:
    out = []
    for byte in b:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def mojibake(s: str) -> str:
    """UTF-8 text read as Windows-1252 and saved again as UTF-8."""
    return sloppy_cp1252(s.encode("utf-8"))


# --------------------------------------------------------------------------- zip files


def _fix_core(xml: bytes, when: dt.datetime) -> bytes:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    for tag in (b"dcterms:created", b"dcterms:modified", b"cp:lastPrinted"):
        xml = re.sub(rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)",
                     lambda m: m.group(1) + stamp + m.group(2), xml)
    return xml


def fix_zip(data: bytes, when: dt.datetime) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename in ("docProps/core.xml",):
                b = _fix_core(b, when)
            if info.filename == "meta.xml":
                b = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", b)
                b = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, b)
    return out.getvalue()


# --------------------------------------------------------------------------- docx

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402


def _set_font(run, name, size=None, bold=None, italic=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


class DocxBuilder:
    """Paragraphs and tables; every string put in is recorded in .texts (as given, i.e.
    before any legacy encoding) so figures can be checked."""

    def __init__(self, font="Times New Roman", encode=None, author="Van hoa xa"):
        self.doc = Document()
        self.font = font
        self.encode = encode or (lambda s: s)
        self.texts: list[str] = []
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
        sec.left_margin, sec.right_margin = Mm(30), Mm(15)
        cp = self.doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = ""
        cp.revision = 1
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(13)

    def para(self, text="", bold=False, italic=False, size=13, align=None, indent=False):
        p = self.doc.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "justify":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Mm(10)
        if text:
            self.texts.append(text)
            _set_font(p.add_run(self.encode(text)), self.font, size, bold, italic)
        return p

    def table(self, rows, widths=None, bold_first=True, borders=True, merge=()):
        t = self.doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if borders:
            t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                cell = t.cell(i, j)
                cell.text = ""
                if v is None or v == "":
                    continue
                v = str(v)
                self.texts.append(v)
                lines = v.split("\n")
                p = cell.paragraphs[0]
                for k, line in enumerate(lines):
                    if k:
                        p = cell.add_paragraph()
                    _set_font(p.add_run(self.encode(line)), self.font, 12,
                              bold=(bold_first and i == 0))
        for (r0, c0, r1, c1) in merge:
            t.cell(r0, c0).merge(t.cell(r1, c1))
        return t

    def header_nd30(self, left_lines, right_lines, so, place_date):
        """Borderless two-column header as Nghị định 30 lays it out."""
        t = self.doc.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for col, lines in ((0, left_lines), (1, right_lines)):
            cell = t.cell(0, col)
            cell.text = ""
            for k, (line, bold) in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.texts.append(line)
                _set_font(p.add_run(self.encode(line)), self.font, 13, bold=bold)
        for col, (line, italic) in ((0, (so, False)), (1, (place_date, True))):
            cell = t.cell(1, col)
            cell.text = ""
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.texts.append(line)
            _set_font(p.add_run(self.encode(line)), self.font, 13, italic=italic)

    def save(self, when: dt.datetime) -> bytes:
        cp = self.doc.core_properties
        naive = when.replace(tzinfo=None)
        cp.created = naive
        cp.modified = naive
        cp.last_printed = naive
        buf = io.BytesIO()
        self.doc.save(buf)
        return fix_zip(buf.getvalue(), when)


# --------------------------------------------------------------------------- xlsx / xls / ods

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font  # noqa: E402


def xlsx_bytes(sheets, when: dt.datetime, creator="Microsoft Excel"):
    """sheets: list of (title, rows, options) where rows are lists of cell values and
    options may carry 'merge' (list of 'A1:D1'), 'widths', 'formats' {(r,c): fmt},
    'bold_rows'. Returns (bytes, texts)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    texts = []
    for title, rows, opt in sheets:
        ws = wb.create_sheet(title)
        texts.append(title)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is None:
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                fmt = opt.get("formats", {}).get((r, c))
                if fmt:
                    cell.number_format = fmt
                if r in opt.get("bold_rows", ()):
                    cell.font = Font(bold=True)
                if isinstance(v, str):
                    cell.alignment = Alignment(wrap_text=True, vertical="center")
                texts.append(opt.get("display", {}).get((r, c), str(v)))
        for rng in opt.get("merge", ()):
            ws.merge_cells(rng)
        for col, w in opt.get("widths", {}).items():
            ws.column_dimensions[col].width = w
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    naive = when.replace(tzinfo=None)
    wb.properties.created = naive
    wb.properties.modified = naive
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue(), when), texts


def xls_bytes(sheets, font_name="Times New Roman", encode=None):
    import xlwt

    encode = encode or (lambda s: s)
    wb = xlwt.Workbook(encoding="utf-8")
    style = xlwt.easyxf(f"font: name {font_name}")
    bold = xlwt.easyxf(f"font: name {font_name}, bold on")
    texts = []
    for title, rows, opt in sheets:
        ws = wb.add_sheet(encode(title) if opt.get("encode_title") else title)
        texts.append(title)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                st = bold if r in opt.get("bold_rows", ()) else style
                if isinstance(v, str):
                    texts.append(v)
                    ws.write(r, c, encode(v), st)
                else:
                    texts.append(str(v))
                    ws.write(r, c, v, st)
        for (r0, r1, c0, c1, v) in opt.get("merge", ()):
            texts.append(v)
            ws.write_merge(r0, r1, c0, c1, encode(v), bold)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), texts


def ods_bytes(sheets, when: dt.datetime):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    texts = []
    for title, rows, _opt in sheets:
        t = Table(name=title)
        texts.append(title)
        for row in rows:
            tr = TableRow()
            for v in row:
                if v is None:
                    tr.addElement(TableCell())
                    continue
                if isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
                texts.append(str(v))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return fix_zip(buf.getvalue(), when), texts


# --------------------------------------------------------------------------- pdf / images

FONT_DIR = Path("/usr/share/fonts/truetype")
SANS = FONT_DIR / "dejavu" / "DejaVuSans.ttf"
SERIF = FONT_DIR / "liberation2" / "LiberationSerif-Regular.ttf"
SERIF_B = FONT_DIR / "liberation2" / "LiberationSerif-Bold.ttf"


def pdf_text(lines, title="", author=""):
    """A PDF with a text layer. lines: list of (text, size, bold, align)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "H6Serif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("H6Serif", str(SERIF)))
        pdfmetrics.registerFont(TTFont("H6SerifB", str(SERIF_B)))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word")
    w, h = A4
    y = h - 60
    texts = []
    for item in lines:
        text, size, bold, align = item[:4]
        keep = len(item) > 4 and item[4]
        if text:
            texts.append(text)
        c.setFont("H6SerifB" if bold else "H6Serif", size)
        if align == "center":
            c.drawCentredString(w / 2, y, text)
        elif align == "lcenter":
            c.drawCentredString(w * 0.28, y, text)
        elif align == "rcenter":
            c.drawCentredString(w * 0.68, y, text)
        elif align == "left2":
            c.drawString(w / 2 + 10, y, text)
        else:
            c.drawString(80, y, text)
        if not keep:
            y -= size + 7
        if y < 60:
            c.showPage()
            y = h - 60
    c.save()
    return buf.getvalue(), texts


def paper_image(lines, seed, size=(1240, 1500), skew=1.2, photo=False):
    """A page of text as a scanner or a phone would see it (no text layer)."""
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    img = Image.new("L", size, 250 if not photo else 236)
    d = ImageDraw.Draw(img)
    y = 80
    for text, pt, bold in lines:
        f = ImageFont.truetype(str(SERIF_B if bold else SERIF), pt)
        d.text((90, y), text, fill=20, font=f)
        y += int(pt * 1.6)
    for _ in range(1500 if photo else 400):
        x, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
        d.point((x, yy), fill=rnd.choice((120, 160, 200)))
    img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=240)
    if photo:
        img = img.filter(ImageFilter.GaussianBlur(1.1))
        rgb = Image.merge("RGB", (img.point(lambda v: min(255, v + 6)), img,
                                  img.point(lambda v: max(0, v - 14))))
        return rgb
    return img


def jpeg(img, quality=72) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def pdf_scan(img) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    w, h = A4
    c.drawImage(ImageReader(io.BytesIO(jpeg(img, 60))), 0, 0, width=w, height=h)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- soffice assets


def soffice_asset(name: str, source: bytes, src_ext: str, target: str) -> bytes:
    """Convert once with LibreOffice and keep the result in assets/ so later runs reuse
    it byte for byte."""
    ASSETS.mkdir(parents=True, exist_ok=True)
    out = ASSETS / f"{name}.{target}"
    if out.exists():
        return out.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.{src_ext}"
        src.write_bytes(source)
        filt = {"doc": "doc:MS Word 97", "xls": "xls:MS Excel 97"}[target]
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", filt, "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        data = (Path(tmp) / f"{name}.{target}").read_bytes()
    out.write_bytes(data)
    return data


# --------------------------------------------------------------------------- output


def dump_json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
