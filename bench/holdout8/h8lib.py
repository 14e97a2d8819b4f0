"""Helpers for make_holdout8.py: units, e-mail writer, office-file builders, checks.

Everything here is deterministic: fixed dates, fixed boundaries, zip entries rewritten
with a fixed time, document core properties fixed, seeded noise.
"""
import base64
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import re
import subprocess
import shutil
import tempfile
import unicodedata
import zipfile
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "assets")
VN = dt.timezone(dt.timedelta(hours=7))
FIXED_ZIP_TIME = (2025, 7, 1, 8, 0, 0)
FIXED_CORE_TIME = "2025-07-01T08:00:00Z"

# --------------------------------------------------------------------------- units
# (id, code, short name, type) -- the 38 units of tỉnh Lai Châu from 1 July 2025
# (NQ 1670/NQ-UBTVQH15), codes of the 2025 edition.
UNIT_ROWS = [
    ("phuong_tan_phong", "03408", "Tân Phong", "phường", "tanphong", 2),
    ("phuong_doan_ket", "03388", "Đoàn Kết", "phường", "doanket", 2),
    ("binh_lu", "03390", "Bình Lư", "xã", "binhlu", 2),
    ("sin_suoi_ho", "03394", "Sin Suối Hồ", "xã", "sinsuoiho", 1),
    ("ta_leng", "03405", "Tả Lèng", "xã", "taleng", 1),
    ("ban_bo", "03424", "Bản Bo", "xã", "banbo", 2),
    ("khun_ha", "03430", "Khun Há", "xã", "khunha", 1),
    ("bum_to", "03433", "Bum Tở", "xã", "bumto", 1),
    ("nam_hang", "03434", "Nậm Hàng", "xã", "namhang", 2),
    ("thu_lum", "03439", "Thu Lũm", "xã", "thulum", 1),
    ("pa_u", "03442", "Pa Ủ", "xã", "pau", 1),
    ("muong_te", "03445", "Mường Tè", "xã", "muongte", 2),
    ("mu_ca", "03451", "Mù Cả", "xã", "muca", 1),
    ("hua_bum", "03460", "Hua Bum", "xã", "huabum", 1),
    ("ta_tong", "03463", "Tà Tổng", "xã", "tatong", 1),
    ("bum_nua", "03466", "Bum Nưa", "xã", "bumnua", 1),
    ("muong_mo", "03472", "Mường Mô", "xã", "muongmo", 1),
    ("sin_ho", "03478", "Sìn Hồ", "xã", "sinho", 2),
    ("le_loi", "03487", "Lê Lợi", "xã", "leloi", 1),
    ("pa_tan", "03503", "Pa Tần", "xã", "patan", 1),
    ("hong_thu", "03508", "Hồng Thu", "xã", "hongthu", 1),
    ("nam_tam", "03517", "Nậm Tăm", "xã", "namtam", 1),
    ("tua_sin_chai", "03529", "Tủa Sín Chải", "xã", "tuasinchai", 1),
    ("pu_sam_cap", "03532", "Pu Sam Cáp", "xã", "pusamcap", 1),
    ("nam_ma", "03538", "Nậm Mạ", "xã", "namma", 1),
    ("nam_cuoi", "03544", "Nậm Cuổi", "xã", "namcuoi", 1),
    ("phong_tho", "03549", "Phong Thổ", "xã", "phongtho", 2),
    ("si_lo_lau", "03562", "Sì Lở Lầu", "xã", "silolau", 1),
    ("dao_san", "03571", "Dào San", "xã", "daosan", 1),
    ("khong_lao", "03583", "Khổng Lào", "xã", "khonglao", 1),
    ("than_uyen", "03595", "Than Uyên", "xã", "thanuyen", 2),
    ("tan_uyen", "03598", "Tân Uyên", "xã", "tanuyen", 2),
    ("muong_khoa", "03601", "Mường Khoa", "xã", "muongkhoa", 1),
    ("nam_so", "03613", "Nậm Sỏ", "xã", "namso", 1),
    ("pac_ta", "03616", "Pắc Ta", "xã", "pacta", 1),
    ("muong_than", "03618", "Mường Than", "xã", "muongthan", 1),
    ("muong_kim", "03637", "Mường Kim", "xã", "muongkim", 2),
    ("khoen_on", "03640", "Khoen On", "xã", "khoenon", 1),
]
UNIT = {r[0]: r for r in UNIT_ROWS}


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def unit_emails(uid):
    r = UNIT[uid]
    out = ["vhxh.%s@laichau.gov.vn" % r[4]]
    if r[5] == 2:
        out.append("ttvh.%s@laichau.gov.vn" % r[4])
    return out


def units_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "code", "name", "aliases", "emails"])
    for uid, code, short, kind, key, _n in UNIT_ROWS:
        asc = strip_accents(short)
        if kind == "xã":
            name = "Xã " + short
            al = [short, asc, "Xã " + short, "Xa " + asc, "xã " + short, "UBND xã " + short,
                  "UBND xa " + asc, "Ủy ban nhân dân xã " + short]
        else:
            name = "Phường " + short
            al = [short, asc, "Phường " + short, "Phuong " + asc, "P. " + short,
                  "UBND phường " + short, "UBND phuong " + asc, "Ủy ban nhân dân phường " + short]
        seen = []
        for a in al:
            if a not in seen:
                seen.append(a)
        w.writerow([uid, code, name, ";".join(seen), ";".join(unit_emails(uid))])
    return buf.getvalue()


def uname(uid):
    r = UNIT[uid]
    return ("Xã " if r[3] == "xã" else "Phường ") + r[2]


# --------------------------------------------------------------------------- the office
SO_NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"
SO_ADDR = "thongtincoso.svhttdl@laichau.gov.vn"
SO_TO = "Thông tin cơ sở - Sở VHTTDL <%s>" % SO_ADDR
SO_OFFICER = ("Đỗ Thu Trang", SO_ADDR)


# --------------------------------------------------------------------------- periods
def thursday_of_iso_week(year, week):
    return dt.date.fromisocalendar(year, week, 4)


def nth_thursday(year, month, n):
    d = dt.date(year, month, 1)
    while d.weekday() != 3:
        d += dt.timedelta(1)
    return d + dt.timedelta(7 * (n - 1))


def rule_period(local):
    """Deadline rule: Thursday 16:00 Asia/Ho_Chi_Minh, 48 h grace."""
    back = (local.weekday() - 3) % 7
    last = dt.datetime.combine(local.date() - dt.timedelta(back), dt.time(16, 0))
    if last > local:
        last -= dt.timedelta(7)
    if local - last <= dt.timedelta(hours=48):
        return last.date()
    return (last + dt.timedelta(7)).date()


def parse_local(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------- text helpers
def fold(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def html_to_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", h)
    h = re.sub(r"(?i)</td>|</th>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def fmt_vn_date(d):
    return d.strftime("%d/%m/%Y")


# --------------------------------------------------------------------------- legacy encodings
_TCVN3_LOWER = {
    "à": "µ", "á": "¸", "ả": "¶", "ã": "·", "ạ": "¹",
    "ă": "¨", "ằ": "»", "ắ": "¾", "ẳ": "¼", "ẵ": "½", "ặ": "Æ",
    "â": "©", "ầ": "Ç", "ấ": "Ê", "ẩ": "È", "ẫ": "É", "ậ": "Ë",
    "đ": "®",
    "è": "Ì", "é": "Ð", "ẻ": "Î", "ẽ": "Ï", "ẹ": "Ñ",
    "ê": "ª", "ề": "Ò", "ế": "Õ", "ể": "Ó", "ễ": "Ô", "ệ": "Ö",
    "ì": "×", "í": "Ý", "ỉ": "Ø", "ĩ": "Ü", "ị": "Þ",
    "ò": "ß", "ó": "ã", "ỏ": "á", "õ": "â", "ọ": "ä",
    "ô": "«", "ồ": "å", "ố": "è", "ổ": "æ", "ỗ": "ç", "ộ": "é",
    "ơ": "¬", "ờ": "ê", "ớ": "í", "ở": "ë", "ỡ": "ì", "ợ": "î",
    "ù": "ï", "ú": "ó", "ủ": "ñ", "ũ": "ò", "ụ": "ô",
    "ư": "\u00ad", "ừ": "õ", "ứ": "ø", "ử": "ö", "ữ": "÷", "ự": "ù",
    "ỳ": "ú", "ý": "ý", "ỷ": "û", "ỹ": "ü", "ỵ": "þ",
}
_TCVN3_UPPER = {"Ă": "¡", "Â": "¢", "Đ": "§", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦"}


def to_tcvn3(s, heading=False):
    """Unicode -> TCVN3 (ABC) as the Latin-1 characters a .VnTime document holds.
    heading=True: text typed in .VnTimeH (the font draws capitals; the bytes are the
    lower-case codes)."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        if heading:
            lo = ch.lower()
            if lo in _TCVN3_LOWER:
                out.append(_TCVN3_LOWER[lo])
                continue
            out.append(ch.lower() if ch.isalpha() else ch)
            continue
        if ch in _TCVN3_LOWER:
            out.append(_TCVN3_LOWER[ch])
        elif ch in _TCVN3_UPPER:
            out.append(_TCVN3_UPPER[ch])
        elif ch.lower() in _TCVN3_LOWER:
            # upper-case accented letter: TCVN3 has none; typists use the lower-case one
            out.append(_TCVN3_LOWER[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_TONE_CIRC = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_TONE_BREVE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_vni(s):
    """Unicode -> VNI Windows as the Latin-1 characters a VNI-Times document holds."""
    out = []
    for ch in unicodedata.normalize("NFC", s):
        d = unicodedata.normalize("NFD", ch)
        base = d[0]
        marks = d[1:]
        if not marks and ch not in "đĐ":
            out.append(ch)
            continue
        if ch == "đ":
            out.append("ñ")
            continue
        if ch == "Đ":
            out.append("Ñ")
            continue
        up = base.isupper()
        tone = [m for m in marks if m in _VNI_TONE]
        shape = [m for m in marks if m not in _VNI_TONE]
        t = tone[0] if tone else None
        b = base.lower()

        def U(x):
            return x.upper() if up else x
        if b == "i":
            out.append(U("i") if t is None else U(_VNI_I[t]))
            continue
        if b == "y" and t == "\u0323":
            out.append(U("î"))
            continue
        if shape == ["\u0302"]:  # circumflex a e o
            out.append(U(b) + (U("â") if t is None else U(_VNI_TONE_CIRC[t])))
            continue
        if shape == ["\u0306"]:  # breve a
            out.append(U("a") + (U("ê") if t is None else U(_VNI_TONE_BREVE[t])))
            continue
        if shape == ["\u031b"]:  # horn o u
            hb = U("ô") if b == "o" else U("ö")
            out.append(hb + ("" if t is None else U(_VNI_TONE[t])))
            continue
        out.append(U(b) + U(_VNI_TONE[t]))
    return "".join(out)


def to_cp1258(s):
    """Unicode -> windows-1258 bytes (base letter + combining tone byte where needed)."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(m for m in d if m in tones)
        rest = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
        out += rest.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


# --------------------------------------------------------------------------- zip normaliser
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                t = blob.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>%s\2" % FIXED_CORE_TIME, t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>%s\2" % FIXED_CORE_TIME, t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return buf.getvalue()


# --------------------------------------------------------------------------- docx
def make_docx(blocks, font="Times New Roman", size=13, author="Admin", title="",
              encode=None, heading_encode=None):
    """blocks: list of
        ("head", [left lines], [right lines])  -- ND30 letterhead table; a line starting
                                                 with "*" is bold
        ("p", text, {"bold":, "italic":, "align": "center"|"right"|"left", "size":, "font":})
        ("table", rows, {"bold_rows": [0], "size":})
        ("sign", [left lines], [right lines])   -- Nơi nhận / signature table
    encode: function applied to every run's text (legacy fonts); heading_encode for runs
    with {"heading": True}. Returns (bytes, check_text from the Unicode source)."""
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2025, 7, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 7, 1, 8, 0, 0)
    cp.revision = 1
    check = []
    AL = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}

    def run(par, text, bold=False, italic=False, sz=None, fnt=None, heading=False):
        check.append(text)
        t = text
        f = fnt or font
        if heading and heading_encode:
            t = heading_encode(text)
            if fnt is None and font.startswith(".VnTime"):
                f = ".VnTimeH"
        elif encode:
            t = encode(text)
        r = par.add_run(t)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(sz or size)
        r.font.name = f
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(k), f)
        return r

    def cell_lines(cell, lines, align="center", sz=None):
        cell.paragraphs[0].text = ""
        first = True
        for line in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = AL[align]
            bold = line.startswith("*")
            ital = line.startswith("_")
            txt = line.lstrip("*_")
            run(p, txt, bold=bold, italic=ital, sz=sz or 12, heading=txt.isupper() and bool(heading_encode))

    for b in blocks:
        kind = b[0]
        if kind == "head" or kind == "sign":
            tbl = doc.add_table(rows=1, cols=2)
            cell_lines(tbl.rows[0].cells[0], b[1], "center" if kind == "head" else "left")
            cell_lines(tbl.rows[0].cells[1], b[2], "center")
        elif kind == "p":
            o = b[2] if len(b) > 2 else {}
            p = doc.add_paragraph()
            p.alignment = AL[o.get("align", "justify")]
            run(p, b[1], bold=o.get("bold", False), italic=o.get("italic", False),
                sz=o.get("size"), fnt=o.get("font"), heading=o.get("heading", False))
        elif kind == "table":
            rows = b[1]
            o = b[2] if len(b) > 2 else {}
            ncol = max(len(r) for r in rows)
            tbl = doc.add_table(rows=len(rows), cols=ncol)
            tbl.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = tbl.rows[i].cells[j]
                    c.paragraphs[0].text = ""
                    run(c.paragraphs[0], str(v), bold=i in o.get("bold_rows", [0]),
                        sz=o.get("size", 12), heading=o.get("heading_rows") and i in o["heading_rows"])
            for (r0, c0, r1, c1) in o.get("merge", []):
                a = tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
        check.append("\n")
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue()), "\n".join(check)


# --------------------------------------------------------------------------- xlsx
def make_xlsx(sheets, author="Admin", active=0):
    """sheets: list of dicts {name, rows (list of lists), merges ["A1:G1"], widths {col: w},
    bold_rows [i], formats {(r,c): "h:mm"}, font}. Returns (bytes, check text)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    wb = Workbook()
    wb.remove(wb.active)
    check = []
    thin = Side(style="thin")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        check.append(sh["name"])
        fname = sh.get("font", "Times New Roman")
        for i, row in enumerate(sh["rows"]):
            for j, v in enumerate(row):
                if v is None:
                    continue
                c = ws.cell(row=i + 1, column=j + 1, value=v)
                c.font = Font(name=fname, bold=i in sh.get("bold_rows", []), size=12)
                if i >= sh.get("grid_from", 10 ** 6):
                    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                if (i, j) in sh.get("formats", {}):
                    c.number_format = sh["formats"][(i, j)]
                    check.append(sh.get("shown", {}).get((i, j), str(v)))
                else:
                    check.append(str(v))
        for m in sh.get("merges", []):
            ws.merge_cells(m)
            ws[m.split(":")[0]].alignment = Alignment(horizontal="center", vertical="center",
                                                       wrap_text=True)
        for col, w in sh.get("widths", {}).items():
            ws.column_dimensions[col].width = w
    wb.active = active
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2025, 7, 1, 8, 0, 0)
    wb.properties.modified = dt.datetime(2025, 7, 1, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue()), "\n".join(check)


def make_xls(sheets, font="Times New Roman", encode=None):
    """Legacy .xls through xlwt. encode: applied to strings (TCVN3)."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    check = []
    for sh in sheets:
        ws = wb.add_sheet(sh["name"])
        check.append(sh["name"])
        st = xlwt.XFStyle()
        f = xlwt.Font()
        f.name = sh.get("font", font)
        st.font = f
        stb = xlwt.XFStyle()
        fb = xlwt.Font()
        fb.name = sh.get("font", font)
        fb.bold = True
        stb.font = fb
        merged = set()
        for (r0, c0, r1, c1, v) in sh.get("merges", []):
            vv = encode(v) if (encode and isinstance(v, str)) else v
            ws.write_merge(r0, r1, c0, c1, vv, stb)
            check.append(str(v))
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    merged.add((r, c))
        for i, row in enumerate(sh["rows"]):
            for j, v in enumerate(row):
                if v is None or (i, j) in merged:
                    continue
                vv = encode(v) if (encode and isinstance(v, str)) else v
                ws.write(i, j, vv, stb if i in sh.get("bold_rows", []) else st)
                check.append(str(v))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), "\n".join(check)


def make_ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    check = []
    for sh in sheets:
        t = Table(name=sh["name"])
        check.append(sh["name"])
        for row in sh["rows"]:
            tr = TableRow()
            for v in row:
                if v is None:
                    tc = TableCell()
                elif isinstance(v, (int, float)):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                    check.append(str(v))
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=v))
                    check.append(v)
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    # odfpy writes meta.xml with the current date; fix it
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "meta.xml":
                t = blob.decode("utf-8")
                t = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>2025-07-01T08:00:00\2", t)
                t = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>2025-07-01T08:00:00\2", t)
                t = re.sub(r"(<meta:generator>)[^<]*(<)", r"\g<1>odfpy\2", t)
                blob = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue(), "\n".join(check)


# --------------------------------------------------------------------------- pdf
_FONTS_DONE = []


def _pdf_fonts():
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("LibSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSerifB", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LibSerifI", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"))
    _FONTS_DONE.append(1)


def make_pdf(lines, title="", author="", size=12.5):
    """A text PDF. lines: list of (text, style) with style in {"", "b", "i", "c", "cb", "r",
    "table:<col widths>"}; a table row is a list of cells. Returns (bytes, check)."""
    _pdf_fonts()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word 2016")
    W, H = A4
    x0, y = 85, H - 60
    check = []
    lead = size * 1.45
    for item in lines:
        text, style = item[0], item[1] if len(item) > 1 else ""
        if y < 70:
            c.showPage()
            y = H - 60
        if isinstance(text, list):
            widths = item[2]
            x = x0
            bold = "b" in style
            c.setFont("LibSerifB" if bold else "LibSerif", size - 1)
            for cell, w in zip(text, widths):
                c.drawString(x + 3, y, str(cell))
                check.append(str(cell))
                x += w
            c.line(x0, y - 4, x, y - 4)
            y -= lead
            continue
        check.append(text)
        f = "LibSerifB" if "b" in style else ("LibSerifI" if "i" in style else "LibSerif")
        c.setFont(f, size)
        if "c" in style:
            c.drawCentredString((x0 + W - 45) / 2, y, text)
        elif "r" in style:
            c.drawRightString(W - 45, y, text)
        elif "L" in style:  # letterhead left column centred at x=170
            c.drawCentredString(175, y, text)
        else:
            # naive wrap
            words = text.split(" ")
            line = ""
            from reportlab.pdfbase.pdfmetrics import stringWidth
            for wd in words:
                t = (line + " " + wd).strip()
                if stringWidth(t, f, size) > W - x0 - 50:
                    c.drawString(x0, y, line)
                    y -= lead
                    line = wd
                else:
                    line = t
            c.drawString(x0, y, line)
        y -= lead
    c.showPage()
    c.save()
    return buf.getvalue(), "\n".join(check)


def pdf_from_images(jpegs, size_px):
    """An image-only PDF (no text layer) from JPEG bytes."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon iR-ADV C3520 PDF")
    W, H = A4
    for jp in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jp)), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- soffice assets
def soffice_asset(name, src_bytes, src_ext, target_ext):
    """Convert once with LibreOffice and keep the result in assets/; reuse it after."""
    os.makedirs(ASSETS, exist_ok=True)
    target = os.path.join(ASSETS, "%s.%s" % (name, target_ext))
    srcpath = os.path.join(ASSETS, "%s.src.%s" % (name, src_ext))
    if os.path.exists(target) and os.path.exists(srcpath):
        with open(srcpath, "rb") as f:
            if f.read() == src_bytes:
                with open(target, "rb") as g:
                    return g.read()
    with open(srcpath, "wb") as f:
        f.write(src_bytes)
    tmp = tempfile.mkdtemp(prefix="h8so_")
    try:
        p = os.path.join(tmp, "%s.%s" % (name, src_ext))
        shutil.copy(srcpath, p)
        filt = {"doc": "doc:MS Word 97", "xls": "xls:MS Excel 97"}[target_ext]
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/prof" % tmp,
                        "--convert-to", filt, "--outdir", tmp, p],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(tmp, "%s.%s" % (name, target_ext)), target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(target, "rb") as g:
        return g.read()


# --------------------------------------------------------------------------- e-mail writer
CT = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf", "csv": "text/csv", "doc": "application/msword",
    "xls": "application/vnd.ms-excel", "jpg": "image/jpeg", "jpeg": "image/jpeg",
    "png": "image/png", "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "eml": "message/rfc822", "txt": "text/plain",
}


class Att:
    def __init__(self, filename, data, check="", ctype=None, style="2047", inline=False, cid=None):
        self.filename = filename
        self.data = data
        self.check = check
        ext = filename.rsplit(".", 1)[-1].lower()
        self.ctype = ctype or CT.get(ext, "application/octet-stream")
        self.style = style  # "2047" (Gmail), "2231" (Outlook/Thunderbird), "nfd" (Mac: 2231 with NFD)
        self.inline = inline
        self.cid = cid


def enc_header(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", header_name="Subject").encode()


def enc_addr(s):
    """'Name <addr>' -> encoded."""
    m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", s)
    if not m:
        return s
    name, addr = m.group(1).strip('"'), m.group(2)
    if not name:
        return "<%s>" % addr
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,;:@()]", name):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def _b64(b):
    return base64.encodebytes(b)


def _qp(b):
    return quopri.encodestring(b)


def text_node(text, subtype="plain", charset="utf-8", cte="quoted-printable", raw=None, extra_ct=""):
    b = raw if raw is not None else text.encode(charset)
    if cte == "base64":
        body = _b64(b)
    elif cte == "quoted-printable":
        body = _qp(b)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = b if b.endswith(b"\n") else b + b"\n"
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_ct),
         "Content-Transfer-Encoding: %s" % cte]
    return h, body


def att_node(a):
    fn = unicodedata.normalize("NFD", a.filename) if a.style == "nfd" else a.filename
    ascii_ok = all(ord(c) < 128 for c in fn)
    if ascii_ok:
        namep = '; name="%s"' % fn
        disp = 'filename="%s"' % fn
    elif a.style == "2047":
        e = Header(fn, "utf-8").encode(maxlinelen=10 ** 6)
        namep = '; name="%s"' % e
        disp = 'filename="%s"' % e
    else:
        from urllib.parse import quote as uq
        e = "utf-8''" + uq(fn.encode("utf-8"), safe="")
        namep = "; name*=%s" % e
        disp = "filename*=%s" % e
    h = ["Content-Type: %s%s" % (a.ctype, namep),
         "Content-Disposition: %s; %s" % ("inline" if a.inline else "attachment", disp),
         "Content-Transfer-Encoding: base64"]
    if a.cid:
        h.append("Content-ID: <%s>" % a.cid)
    return h, _b64(a.data)


def node_bytes(node):
    h, body = node
    return ("\n".join(h) + "\n\n").encode("ascii") + body


def multipart(subtype, boundary, nodes, extra=""):
    h = ['Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)]
    body = b""
    for n in nodes:
        body += b"--" + boundary.encode() + b"\n" + node_bytes(n) + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return h, body


# --------------------------------------------------------------------------- cases
def parse_val(v):
    """values are given as written: "12" -> (12, "12"); "3.500" -> (3500, "3.500");
    (written, value) tuples as they are; ints as str(int)."""
    if isinstance(v, tuple):
        return v[1], v[0]
    if isinstance(v, int):
        return v, str(v)
    if re.fullmatch(r"\d+", v):
        return int(v), v
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", v):
        return int(v.replace(".", "")), v
    raise ValueError("value %r needs (written, value)" % (v,))


class R:
    """An expected report. values: field -> written (see parse_val). pw: the period as
    written in the message; rule=True: no period written, the Date header decides."""

    def __init__(self, unit, form, period, values, status="accepted", pw=None, rule=False):
        self.unit, self.form, self.status = unit, form, status
        self.period = period
        self.vals = {}
        self.written = {}
        for k, v in values.items():
            n, w = parse_val(v)
            self.vals[k] = n
            self.written[k] = w
        self.pw = pw
        self.rule = rule

    def as_json(self):
        return {"unit": self.unit, "form": self.form,
                "period_end": self.period.isoformat() if isinstance(self.period, dt.date) else self.period,
                "values": self.vals, "status": self.status}


W, S = "weekly_propaganda", "social_media"

CASES = []


class Case:
    def __init__(self, family, name, note, frm, subject, date, text=None, html=None, atts=(),
                 reports=(), difficulty="ordinary", to=None, cc=None, headers=None,
                 charset="utf-8", cte="quoted-printable", tz=7, raw_text=None,
                 check_extra="", mailer=None, msgid=None, html_only=False, structure=None,
                 reply_to=None, raw_subject=None):
        self.family, self.name, self.note = family, name, note
        self.frm, self.subject, self.date = frm, subject, date
        self.text, self.html, self.atts = text, html, list(atts)
        self.reports = list(reports)
        self.difficulty = difficulty
        self.to = to or SO_TO
        self.cc = cc
        self.headers = headers or []
        self.charset, self.cte, self.tz = charset, cte, tz
        self.raw_text = raw_text
        self.check_extra = check_extra
        self.mailer = mailer
        self.msgid = msgid
        self.structure = structure
        self.reply_to = reply_to
        self.raw_subject = raw_subject
        CASES.append(self)

    # ------------------------------------------------------------------ mail bytes
    def local_dt(self):
        return parse_local(self.date)

    def eml(self):
        local = self.local_dt().replace(tzinfo=VN)
        shown = local.astimezone(dt.timezone(dt.timedelta(hours=self.tz)))
        h = []
        key = "%s/%s" % (self.family, self.name)
        dig = hashlib.sha1(key.encode()).hexdigest()
        addr = re.search(r"<([^>]+)>", self.frm).group(1) if "<" in self.frm else self.frm
        dom = addr.split("@")[1]
        if self.msgid:
            mid = self.msgid
        elif dom == "gmail.com":
            mid = "<CAH%s+%s@mail.gmail.com>" % (dig[:20].upper(), dig[20:30])
        elif dom == "yahoo.com" or dom == "yahoo.com.vn":
            mid = "<%s.%s@mail.yahoo.com>" % (int(dig[:9], 16), int(dig[9:17], 16))
        else:
            mid = "<%s.%s@%s>" % (dig[:16], dig[16:24], dom)
        h.append("Return-Path: <%s>" % addr)
        h.append("Received: from mail.laichau.gov.vn (mail.laichau.gov.vn [14.177.236.%d])\n"
                 "\tby mx.laichau.gov.vn with ESMTPS; %s" % (int(dig[:2], 16) % 200 + 20,
                                                             format_datetime(local + dt.timedelta(seconds=4))))
        h.append("Message-ID: %s" % mid)
        h.append("Date: %s" % format_datetime(shown))
        h.append("From: %s" % enc_addr(self.frm))
        h.append("To: %s" % ", ".join(enc_addr(x.strip()) for x in self.to.split(",,")))
        if self.cc:
            h.append("Cc: %s" % ", ".join(enc_addr(x.strip()) for x in self.cc.split(",,")))
        if self.reply_to:
            h.append("Reply-To: %s" % enc_addr(self.reply_to))
        h.append("Subject: %s" % (self.raw_subject or enc_header(self.subject)))
        for x in self.headers:
            h.append(x)
        if self.mailer:
            h.append(self.mailer)
        h.append("MIME-Version: 1.0")
        b = "h8_" + dig[:24]
        if self.structure is not None:
            top = self.structure(self, b)
        else:
            parts = []
            if self.text is not None or self.raw_text is not None:
                parts.append(text_node(self.text, "plain", self.charset, self.cte, raw=self.raw_text))
            if self.html is not None:
                hn = text_node(self.html, "html", "utf-8", "quoted-printable")
                parts = [multipart("alternative", b + "_alt", parts + [hn])] if parts else [hn]
            body = parts[0] if parts else text_node("", "plain")
            if self.atts:
                top = multipart("mixed", b + "_mix", [body] + [att_node(a) for a in self.atts])
            else:
                top = body
        return ("\n".join(h) + "\n").encode("ascii") + node_bytes(top)

    # ------------------------------------------------------------------ expected
    def expected(self):
        d = {"difficulty": self.difficulty, "note": self.note,
             "reports": [r.as_json() for r in self.reports]}
        return json.dumps(d, ensure_ascii=False, indent=2) + "\n"

    def check_text(self):
        parts = [self.subject]
        if self.text:
            parts.append(self.text)
        if self.html:
            parts.append(html_to_text(self.html))
        for a in self.atts:
            parts.append(a.filename)
            parts.append(a.check)
        parts.append(self.check_extra)
        return fold("\n".join(parts))

    def validate(self, forms):
        errs = []
        txt = self.check_text()
        assert self.difficulty in ("ordinary", "hard")
        assert self.note and "\n" not in self.note
        for r in self.reports:
            if r.unit is not None and r.unit not in UNIT:
                errs.append("unknown unit %s" % r.unit)
            if r.form is not None and r.form not in forms:
                errs.append("unknown form %s" % r.form)
            for k, n in r.vals.items():
                if r.form and k not in forms[r.form]:
                    errs.append("field %s not in %s" % (k, r.form))
                w = fold(r.written[k])
                if w not in txt:
                    errs.append("figure %s=%r not written in the message" % (k, w))
            if r.pw is not None:
                if fold(r.pw) not in txt:
                    errs.append("period %r not written" % r.pw)
                if r.period is None:
                    pass
                else:
                    if r.period.weekday() != 3:
                        errs.append("period %s is not a Thursday" % r.period)
                    errs += check_written_period(r.pw, r.period)
            if r.rule:
                p = rule_period(self.local_dt())
                if p != r.period:
                    errs.append("rule period %s != expected %s" % (p, r.period))
            if r.pw is None and not r.rule and r.period is not None:
                errs.append("period %s neither written nor by rule" % r.period)
            if r.status == "accepted":
                if r.unit is None or r.form is None or r.period is None:
                    errs.append("accepted report lacks unit/form/period")
                else:
                    for k, (lo, hi) in forms[r.form].items():
                        if k not in r.vals:
                            errs.append("accepted report lacks %s" % k)
                        elif not (lo <= r.vals[k] <= hi):
                            errs.append("%s=%s out of bounds" % (k, r.vals[k]))
            elif r.status != "needs_review":
                errs.append("bad status")
        lt = self.local_dt()
        if not (dt.datetime(2025, 8, 1) <= lt <= dt.datetime(2026, 11, 30, 23, 59)):
            errs.append("date out of range")
        for a in self.atts:
            if len(a.data) > 1_500_000:
                errs.append("attachment %s too big (%d)" % (a.filename, len(a.data)))
        return errs


def check_written_period(pw, period):
    """Cross-check a written period against the expected Thursday where the wording can be
    computed (ISO week, week of month, explicit end date)."""
    f = strip_accents(fold(pw)).lower()
    m = re.search(r"tuan (?:thu )?0?(\d{1,2}) thang 0?(\d{1,2})(?:[/ nam]+(\d{4}))?", f)
    if m:
        y = int(m.group(3)) if m.group(3) else period.year
        want = nth_thursday(y, int(m.group(2)), int(m.group(1)))
        return [] if want == period else ["week-of-month %r -> %s != %s" % (pw, want, period)]
    dates = re.findall(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", f)
    if dates:
        d, mth, y = map(int, dates[-1])
        want = dt.date(y, mth, d)
        return [] if want == period else ["end date %r -> %s != %s" % (pw, want, period)]
    m = re.search(r"(?:tuan|t)\s*(?:thu\s*)?0?(\d{1,2})(?:\s*(?:/|nam|-)\s*(\d{4}))?", f)
    if m:
        y = int(m.group(2)) if m.group(2) else period.year
        want = thursday_of_iso_week(y, int(m.group(1)))
        return [] if want == period else ["iso week %r -> %s != %s" % (pw, want, period)]
    return []


def D(s):
    return dt.date.fromisoformat(s)
