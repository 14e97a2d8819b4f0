"""Attachment builders for make_holdout9.py: official docx (Nghị định 30/2020 layout, in
Unicode, TCVN3 or VNI fonts), the office's xlsx template, csv, PDF exported from Word,
legacy .xls (xlwt) and .doc (LibreOffice, cached under assets/), and scans/photos drawn
with Pillow. Every builder returns the file bytes and the Unicode text it carries."""

import hashlib
import io
import math
import os
import random
import shutil
import subprocess
import tempfile
from datetime import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from h9lib import normalise_zip, tcvn3, vni, nfc

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "assets")
FONTS = "/usr/share/fonts/truetype"

# ---------------------------------------------------------------------------------------
# docx


class Enc:
    """How text is written into a Word/Excel file: Unicode, TCVN3 or VNI."""

    def __init__(self, kind="unicode"):
        self.kind = kind

    def font(self, heading=False):
        if self.kind == "tcvn3":
            return ".VnTimeH" if heading else ".VnTime"
        if self.kind == "vni":
            return "VNI-Times"
        return "Times New Roman"

    def text(self, s, heading=False):
        if self.kind == "tcvn3":
            return tcvn3(s, heading=heading)
        if self.kind == "vni":
            return vni(s)
        return s


def _fonts(run, name):
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(slot), name)


def _run(par, text, enc, size=13, bold=False, italic=False, heading=False):
    r = par.add_run(enc.text(text, heading=heading))
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    _fonts(r, enc.font(heading))
    return r


def _para(container, text="", enc=None, size=13, bold=False, italic=False, align=None,
          indent=False, heading=False, space_after=3):
    p = container.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if indent:
        pf.first_line_indent = Cm(1.27)
    if text:
        _run(p, text, enc, size, bold, italic, heading)
    return p


def _cell_par(cell, text, enc, size=13, bold=False, italic=False, align="center",
              heading=False, first=True):
    p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "left":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
    if text:
        _run(p, text, enc, size, bold, italic, heading)
    return p


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{b}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def _grid(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{b}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


class Doc:
    """An official document (Mẫu 1.4 of Nghị định 30/2020) written with python-docx.
    `text` collects the Unicode source, line by line."""

    def __init__(self, enc="unicode", size=13):
        self.enc = Enc(enc)
        self.d = Document()
        self.size = size
        self.text = []
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
        sec.left_margin, sec.right_margin = Mm(30), Mm(15)
        st = self.d.styles["Normal"]
        st.font.name = self.enc.font()
        st.font.size = Pt(size)

    def letterhead(self, parent, body, number, place_date, national=True):
        """parent/body: the left column (e.g. "UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN BO")."""
        t = self.d.add_table(rows=2, cols=2)
        _no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        L, R = t.cell(0, 0), t.cell(0, 1)
        if parent:
            _cell_par(L, parent, self.enc, 12, heading=True)
            self.text.append(parent)
        _cell_par(L, body, self.enc, 12, bold=True, heading=True, first=not parent)
        self.text.append(body)
        _cell_par(L, "", self.enc, 12, first=False)
        if national:
            _cell_par(R, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", self.enc, 12, bold=True, heading=True)
            _cell_par(R, "Độc lập - Tự do - Hạnh phúc", self.enc, 13, bold=True, first=False)
            self.text += ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        _cell_par(t.cell(1, 0), number, self.enc, 13)
        _cell_par(t.cell(1, 1), place_date, self.enc, 13, italic=True)
        self.text += [number, place_date]
        _para(self.d, "", self.enc)

    def title(self, kind, summary_lines):
        _para(self.d, kind, self.enc, 14, bold=True, align="center", heading=True, space_after=0)
        self.text.append(kind)
        for s in summary_lines:
            _para(self.d, s, self.enc, 14, bold=True, align="center", space_after=0)
            self.text.append(s)
        _para(self.d, "", self.enc)

    def kinh_gui(self, who):
        _para(self.d, f"Kính gửi: {who}", self.enc, 14, align="center")
        self.text.append(f"Kính gửi: {who}")
        _para(self.d, "", self.enc)

    def p(self, text, bold=False, italic=False, indent=True, align="justify", size=None):
        _para(self.d, text, self.enc, size or self.size + 1, bold=bold, italic=italic,
              align=align, indent=indent, space_after=6)
        self.text.append(text)

    def heading_line(self, text):
        """A bold upper-case line inside the body (e.g. "I. KẾT QUẢ ...")."""
        _para(self.d, text, self.enc, self.size + 1, bold=True, indent=True,
              heading=True, space_after=6)
        self.text.append(text)

    def table(self, rows, header_rows=1, merges=(), widths=None, size=12):
        ncols = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncols)
        _grid(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        done = set()
        for (r1, c1), (r2, c2) in merges:
            a = t.cell(r1, c1).merge(t.cell(r2, c2))
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        done.add((r, c))
        for i, row in enumerate(rows):
            line = []
            for j, val in enumerate(row):
                if (i, j) in done or val is None:
                    continue
                s = str(val)
                _cell_par(t.cell(i, j), s, self.enc, size, bold=i < header_rows,
                          align="center" if (i < header_rows or j != 1) else "left")
                line.append(s)
            self.text.append(" | ".join(line))
        if widths:
            for j, w in enumerate(widths):
                for cell in t.columns[j].cells:
                    cell.width = Cm(w)
        _para(self.d, "", self.enc)

    def signature(self, noi_nhan, authority, title, name, left_title="Nơi nhận:"):
        t = self.d.add_table(rows=1, cols=2)
        _no_borders(t)
        L, R = t.cell(0, 0), t.cell(0, 1)
        if noi_nhan:
            _cell_par(L, left_title, self.enc, 12, bold=True, italic=True, align="left")
            self.text.append(left_title)
            for line in noi_nhan:
                _cell_par(L, line, self.enc, 11, align="left", first=False)
                self.text.append(line)
        first = True
        for line in authority:
            _cell_par(R, line, self.enc, 13, bold=True, heading=True, first=first)
            self.text.append(line)
            first = False
        if title:
            _cell_par(R, title, self.enc, 13, bold=True, heading=True, first=first)
            self.text.append(title)
        for _ in range(3):
            _cell_par(R, "", self.enc, 13, first=False)
        if name:
            _cell_par(R, name, self.enc, 13, bold=True, first=False)
            self.text.append(name)

    def save(self, author, when, last_by=None, revision=3, title=""):
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = last_by or author
        cp.comments = ""
        cp.title = title
        cp.subject = ""
        cp.keywords = ""
        cp.revision = revision
        naive = when.replace(tzinfo=None)
        cp.created = naive
        cp.modified = naive
        buf = io.BytesIO()
        self.d.save(buf)
        return normalise_zip(buf.getvalue(), when), "\n".join(self.text)


# ---------------------------------------------------------------------------------------
# xlsx

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Sheet:
    def __init__(self, title="Sheet1", font="Times New Roman", enc="unicode"):
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = title
        self.font = font
        self.enc = Enc(enc)
        self.text = [title]
        self.sheets = [self.ws]

    def new_sheet(self, title):
        self.ws = self.wb.create_sheet(title)
        self.text.append(title)
        return self.ws

    def put(self, ref, value, bold=False, italic=False, size=12, merge_to=None, align="center",
            border=False, wrap=True, fmt=None):
        ws = self.ws
        c = ws[ref]
        if isinstance(value, str):
            c.value = self.enc.text(value)
        else:
            c.value = value
        c.font = Font(name=self.enc.font() if self.enc.kind != "unicode" else self.font,
                      size=size, bold=bold, italic=italic)
        c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
        if fmt:
            c.number_format = fmt
        if border:
            c.border = BOX
        if merge_to:
            ws.merge_cells(f"{ref}:{merge_to}")
            if border:
                for row in ws[f"{ref}:{merge_to}"]:
                    for cc in row:
                        cc.border = BOX
        if value is not None and value != "":
            self.text.append(str(value))
        return c

    def row(self, r, values, start="A", bold=False, border=True, size=12, aligns=None, fmt=None):
        col = ord(start)
        for i, v in enumerate(values):
            if v is None:
                self.ws[f"{chr(col + i)}{r}"].border = BOX if border else Border()
                continue
            al = aligns[i] if aligns else "center"
            self.put(f"{chr(col + i)}{r}", v, bold=bold, border=border, size=size, align=al,
                     fmt=fmt if not isinstance(v, str) else None)

    def widths(self, ws_widths):
        for k, w in ws_widths.items():
            self.ws.column_dimensions[k].width = w

    def save(self, author, when):
        p = self.wb.properties
        p.creator = author
        p.lastModifiedBy = author
        naive = when.replace(tzinfo=None)
        p.created = naive
        p.modified = naive
        buf = io.BytesIO()
        self.wb.save(buf)
        stamp = naive.strftime("%Y-%m-%dT%H:%M:%SZ")
        data = normalise_zip(buf.getvalue(), when,
                             core={"dcterms:modified": stamp, "dcterms:created": stamp})
        return data, "\n".join(self.text)


# ---------------------------------------------------------------------------------------
# PDF "exported from Word" (reportlab, invariant)

_PDF_READY = False


def _pdf_fonts():
    global _PDF_READY
    if _PDF_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("TimesNewRomanPSMT", f"{FONTS}/liberation2/LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("TimesNewRomanPS-BoldMT", f"{FONTS}/liberation2/LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("TimesNewRomanPS-ItalicMT", f"{FONTS}/liberation2/LiberationSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("TimesNewRomanPS-BoldItalicMT", f"{FONTS}/liberation2/LiberationSerif-BoldItalic.ttf"))
    _PDF_READY = True


def _fontname(bold, italic):
    if bold and italic:
        return "TimesNewRomanPS-BoldItalicMT"
    if bold:
        return "TimesNewRomanPS-BoldMT"
    if italic:
        return "TimesNewRomanPS-ItalicMT"
    return "TimesNewRomanPSMT"


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def pdf_document(blocks, author, when, title=""):
    """blocks: list of (kind, payload): ("letterhead", (left_lines, right_lines, num, date)),
    ("center", text, bold, size), ("para", text), ("indent", text), ("table", rows,
    col_widths_mm, header_rows), ("sign", noi_nhan, right_lines), ("space", mm)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    _pdf_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("Microsoft® Word 2016")
    c.setSubject("")
    W, H = A4
    left, right = 30 * mm, W - 15 * mm
    y = H - 20 * mm
    text = []

    def line(s, x, yy, bold=False, italic=False, size=13, align="left", width=None):
        f = _fontname(bold, italic)
        c.setFont(f, size)
        if align == "center":
            c.drawCentredString(x, yy, s)
        elif align == "right":
            c.drawRightString(x, yy, s)
        else:
            c.drawString(x, yy, s)

    for blk in blocks:
        kind = blk[0]
        if kind == "letterhead":
            lefts, rights, num, dat = blk[1]
            lx, rx = left + 35 * mm, left + 118 * mm
            yy = y
            for i, (s, b) in enumerate(lefts):
                line(s, lx, yy, bold=b, size=12.5, align="center")
                text.append(s)
                yy -= 15
            c.line(lx - 18 * mm, yy + 10, lx + 18 * mm, yy + 10)
            yy2 = y
            for s, b, sz in rights:
                line(s, rx, yy2, bold=b, size=sz, align="center")
                text.append(s)
                yy2 -= 15
            c.line(rx - 30 * mm, yy2 + 10, rx + 30 * mm, yy2 + 10)
            y = min(yy, yy2) - 10
            line(num, lx, y, size=13, align="center")
            line(dat, rx, y, italic=True, size=13, align="center")
            text += [num, dat]
            y -= 28
        elif kind == "center":
            _, s, b, sz = blk
            line(s, W / 2 + 7 * mm, y, bold=b, size=sz, align="center")
            text.append(s)
            y -= sz + 5
        elif kind in ("para", "indent"):
            s = blk[1]
            f = _fontname(False, False)
            first = True
            for ln in _wrap(s, f, 13, right - left - (12 * mm if kind == "indent" else 0)):
                x = left + (12 * mm if (kind == "indent" and first) else 0)
                line(ln, x, y, size=13)
                first = False
                y -= 18
            text.append(s)
            y -= 4
        elif kind == "table":
            _, rows, widths, hdr = blk
            x0 = left
            rh = 34
            for i, row in enumerate(rows):
                x = x0
                for j, val in enumerate(row):
                    w = widths[j] * mm
                    c.rect(x, y - rh + 12, w, rh, stroke=1, fill=0)
                    f = _fontname(i < hdr, False)
                    sz = 11
                    parts = _wrap(str(val), f, sz, w - 6)
                    yy = y - 2 if len(parts) > 1 else y - 8
                    for pl in parts[:2]:
                        c.setFont(f, sz)
                        c.drawCentredString(x + w / 2, yy, pl)
                        yy -= 12
                    x += w
                text.append(" | ".join(str(v) for v in row))
                y -= rh
            y -= 14
        elif kind == "sign":
            _, noi, rights = blk
            yy = y
            if noi:
                line("Nơi nhận:", left, yy, bold=True, italic=True, size=12)
                text.append("Nơi nhận:")
                yy -= 15
                for s in noi:
                    line(s, left, yy, size=11)
                    text.append(s)
                    yy -= 13
            yy2 = y
            rx = left + 118 * mm
            for s, b in rights:
                if s == "":
                    yy2 -= 45
                    continue
                line(s, rx, yy2, bold=b, size=13, align="center")
                text.append(s)
                yy2 -= 17
            y = min(yy, yy2) - 10
        elif kind == "space":
            y -= blk[1] * mm
    c.showPage()
    c.save()
    return buf.getvalue(), "\n".join(text)


# ---------------------------------------------------------------------------------------
# legacy: .xls with xlwt and .doc through LibreOffice


def xls_legacy(rows, merges=(), sheet="Sheet1", enc="unicode", widths=None, bold_rows=()):
    """rows: list of lists (None = empty). Returns (bytes, unicode text)."""
    import xlwt
    e = Enc(enc)
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(e.text(sheet) if enc == "unicode" else sheet)
    fname = e.font()
    def style(bold=False, border=False):
        st = xlwt.XFStyle()
        f = xlwt.Font()
        f.name = fname
        f.height = 12 * 20
        f.bold = bold
        st.font = f
        al = xlwt.Alignment()
        al.wrap = 1
        al.vert = xlwt.Alignment.VERT_CENTER
        st.alignment = al
        if border:
            b = xlwt.Borders()
            b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
            st.borders = b
        return st
    merged = set()
    for (r1, c1, r2, c2, val, bold, border) in merges:
        ws.write_merge(r1, r2, c1, c2, e.text(val) if isinstance(val, str) else val,
                       style(bold, border))
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                merged.add((r, c))
    text = [sheet] + [m[4] for m in merges if m[4]]
    for i, row in enumerate(rows):
        line = []
        for j, v in enumerate(row):
            if (i, j) in merged:
                continue
            if v is None:
                continue
            border = i >= 0 and isinstance(row, list) and getattr(row, "border", False)
            ws.write(i, j, e.text(v) if isinstance(v, str) else v,
                     style(i in bold_rows, border=True if i in bold_rows or not isinstance(v, str) or True else False))
            line.append(str(v))
        if line:
            text.append(" | ".join(line))
    if widths:
        for j, w in enumerate(widths):
            ws.col(j).width = int(w * 256)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), "\n".join(text)


USED_ASSETS = set()


def doc_from_docx(docx_bytes, stem):
    """Convert with LibreOffice Writer once; the .doc is kept in assets/ and reused."""
    h = hashlib.sha256(docx_bytes).hexdigest()[:12]
    out = os.path.join(ASSETS, f"{stem}-{h}.doc")
    USED_ASSETS.add(os.path.basename(out))
    if os.path.exists(out):
        return open(out, "rb").read()
    os.makedirs(ASSETS, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h9doc-")
    try:
        src = os.path.join(tmp, f"{stem}.docx")
        with open(src, "wb") as f:
            f.write(docx_bytes)
        prof = os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "doc", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.copyfile(os.path.join(tmp, f"{stem}.doc"), out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return open(out, "rb").read()


# ---------------------------------------------------------------------------------------
# scans and photos (Pillow)


def _font(name, size):
    paths = {
        "serif": f"{FONTS}/liberation2/LiberationSerif-Regular.ttf",
        "serif-b": f"{FONTS}/liberation2/LiberationSerif-Bold.ttf",
        "serif-i": f"{FONTS}/liberation2/LiberationSerif-Italic.ttf",
        "dserif": f"{FONTS}/dejavu/DejaVuSerif.ttf",
        "dserif-b": f"{FONTS}/dejavu/DejaVuSerif-Bold.ttf",
        "dserif-i": f"{FONTS}/dejavu/DejaVuSerif-Italic.ttf",
        "sans": f"{FONTS}/dejavu/DejaVuSans.ttf",
        "sans-b": f"{FONTS}/dejavu/DejaVuSans-Bold.ttf",
    }
    return ImageFont.truetype(paths[name], size)


class Page:
    """A typed page drawn at about 300 dpi; `lines` records every string drawn."""

    def __init__(self, w=2480, h=3508, family="serif", size=38):
        self.im = Image.new("L", (w, h), 250)
        self.dr = ImageDraw.Draw(self.im)
        self.w, self.h = w, h
        self.fam = family
        self.size = size
        self.y = 200
        self.left = 330
        self.right = w - 200
        self.lines = []

    def f(self, bold=False, italic=False, size=None):
        n = self.fam + ("-b" if bold else "-i" if italic else "")
        return _font(n, size or self.size)

    def text(self, s, x=None, bold=False, italic=False, size=None, align="left", dy=None,
             center_x=None):
        f = self.f(bold, italic, size)
        w = self.dr.textlength(s, font=f)
        if align == "center":
            cx = center_x if center_x is not None else (self.left + self.right) / 2
            x = cx - w / 2
        elif x is None:
            x = self.left
        self.dr.text((x, self.y), s, font=f, fill=20)
        self.lines.append(s)
        self.y += dy if dy is not None else int((size or self.size) * 1.45)

    def para(self, s, indent=90):
        f = self.f()
        words = s.split(" ")
        cur, first = "", True
        width = self.right - self.left
        for wd in words:
            t = (cur + " " + wd).strip()
            if self.dr.textlength(t, font=f) + (indent if first else 0) <= width or not cur:
                cur = t
            else:
                self.dr.text((self.left + (indent if first else 0), self.y), cur, font=f, fill=20)
                first = False
                self.y += int(self.size * 1.45)
                cur = wd
        if cur:
            self.dr.text((self.left + (indent if first else 0), self.y), cur, font=f, fill=20)
            self.y += int(self.size * 1.45)
        self.lines.append(s)

    def two_cols(self, left_lines, right_lines, lx, rx):
        y0 = self.y
        for s, b in left_lines:
            self.text(s, bold=b, align="center", center_x=lx)
        y1 = self.y
        self.y = y0
        for s, b in right_lines:
            self.text(s, bold=b, align="center", center_x=rx)
        self.y = max(self.y, y1)

    def table(self, rows, widths, header_rows=1, size=None, row_h=None):
        size = size or self.size - 4
        row_h = row_h or int(size * 2.6)
        x0 = self.left
        for i, row in enumerate(rows):
            x = x0
            for j, val in enumerate(row):
                w = widths[j]
                self.dr.rectangle([x, self.y, x + w, self.y + row_h], outline=30, width=3)
                f = _font(self.fam + ("-b" if i < header_rows else ""), size)
                s = str(val)
                parts = []
                cur = ""
                for wd in s.split(" "):
                    t = (cur + " " + wd).strip()
                    if self.dr.textlength(t, font=f) <= w - 16 or not cur:
                        cur = t
                    else:
                        parts.append(cur)
                        cur = wd
                if cur:
                    parts.append(cur)
                parts = parts[:2]
                yy = self.y + (row_h - len(parts) * size * 1.2) / 2
                for pl in parts:
                    tw = self.dr.textlength(pl, font=f)
                    self.dr.text((x + (w - tw) / 2, yy), pl, font=f, fill=20)
                    yy += size * 1.2
                x += w
            self.lines.append(" | ".join(str(v) for v in row))
            self.y += row_h
        self.y += 30

    def stamp(self, cx, cy, r, label_top, label_mid, rng):
        """A red round seal (drawn on an RGB copy later): returns a drawing callback."""
        return (cx, cy, r, label_top, label_mid)

    def signature(self, x, y, rng):
        pts = []
        xx = x
        for i in range(14):
            xx += rng.randint(15, 35)
            pts.append((xx, y + rng.randint(-40, 40)))
        self.dr.line(pts, fill=40, width=5, joint="curve")


def degrade(im, rng, angle, blur=0.8, noise=10, color=False, shadow=False, crop_to=None):
    """Make a clean page look scanned or photographed: rotation, blur, noise, optional
    uneven lighting; returns an RGB or L image."""
    if color:
        im = im.convert("RGB")
        # a warm paper tint
        r, g, b = im.split()
        r = r.point(lambda v: min(255, int(v * 0.98 + 4)))
        b = b.point(lambda v: int(v * 0.90))
        im = Image.merge("RGB", (r, g, b))
    fill = (225, 220, 205) if color else 235
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    w, h = im.size
    n = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    n = n.point(lambda v: 128 + (v - 128) * noise // 128)
    if color:
        n = Image.merge("RGB", (n, n, n))
        base = Image.new("RGB", (w, h), (128, 128, 128))
    else:
        base = Image.new("L", (w, h), 128)
    from PIL import ImageChops
    im = ImageChops.add(im, n, scale=1.0, offset=-128)
    if shadow:
        grad = Image.linear_gradient("L").rotate(rng.choice([90, 180, 270, 0])).resize((w, h), Image.BILINEAR)
        grad = grad.point(lambda v: 160 + v * 95 // 255)
        if color:
            grad = Image.merge("RGB", (grad, grad, grad))
        im = ImageChops.multiply(im, grad)
    if crop_to:
        im = im.crop(crop_to)
    return im


def add_seal(im, cx, cy, r, top, mid):
    im = im.convert("RGB")
    d = ImageDraw.Draw(im)
    red = (200, 40, 40)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    d.ellipse([cx - r + 30, cy - r + 30, cx + r - 30, cy + r - 30], outline=red, width=4)
    k = r / 170.0
    f = _font("sans-b", int(34 * k))
    # letters around the upper arc
    n = len(top)
    for i, ch in enumerate(top):
        a = math.pi * (1.15 + 0.7 * i / max(1, n - 1))
        x = cx + (r - 62 * k) * math.cos(a)
        y = cy + (r - 62 * k) * math.sin(a)
        d.text((x - 12 * k, y - 18 * k), ch, font=f, fill=red)
    fm = _font("sans-b", int(40 * k))
    tw = d.textlength(mid, font=fm)
    d.text((cx - tw / 2, cy - 22 * k), mid, font=fm, fill=red)
    d.text((cx - 12 * k, cy + 40 * k), "★", font=_font("sans", int(40 * k)), fill=red)
    return im


def to_jpeg(im, quality):
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2)
    return buf.getvalue()


def to_png(im):
    buf = io.BytesIO()
    im.save(buf, "PNG", optimize=False, compress_level=9)
    return buf.getvalue()


def image_pdf(jpegs, sizes_px, author="", when=None, dpi=300):
    """A PDF with no text layer: each page one JPEG image (as a scanner app makes)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("CamScanner")
    c.setProducer("intsig.com pdf producer")
    for data, (w, h) in zip(jpegs, sizes_px):
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return buf.getvalue()
