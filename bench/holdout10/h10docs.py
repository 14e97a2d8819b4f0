"""Document builders for make_holdout10.py: docx, xlsx, xls, pdf, scanned images.

Each builder returns (bytes, texts): texts are the Unicode strings written into the file
(the source text for legacy encodings, the drawn text for images), used by the checks.
"""
import datetime as dt
import io
import os
import random
import subprocess
import tempfile

from h10lib import HERE, normalize_zip, to_tcvn3, to_vni

FONT_DIR = "/usr/share/fonts/truetype"
SERIF = f"{FONT_DIR}/liberation2/LiberationSerif-Regular.ttf"
SERIF_B = f"{FONT_DIR}/liberation2/LiberationSerif-Bold.ttf"
SERIF_I = f"{FONT_DIR}/liberation2/LiberationSerif-Italic.ttf"
SERIF_BI = f"{FONT_DIR}/liberation2/LiberationSerif-BoldItalic.ttf"
DJ = f"{FONT_DIR}/dejavu/DejaVuSerif.ttf"
DJ_B = f"{FONT_DIR}/dejavu/DejaVuSerif-Bold.ttf"
SANS = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
SANS_B = f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"


# ======================================================================================
# DOCX

def _docx():
    import docx  # noqa
    return docx


def _set_font(run, name, size=None, bold=None, italic=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic


class Doc:
    """A small wrapper over python-docx that records the Unicode text it writes.

    enc: None (Unicode, Times New Roman), "tcvn3" (.VnTime / .VnTimeH) or "vni" (VNI-Times).
    """

    def __init__(self, enc=None, font="Times New Roman", margins=(20, 20, 30, 15)):
        docx = _docx()
        from docx.shared import Mm
        self.d = docx.Document()
        self.enc = enc
        self.font = font
        self.texts = []
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Mm(x) for x in margins]
        st = self.d.styles["Normal"]
        st.font.name = self._fontname(False)
        from docx.shared import Pt
        st.font.size = Pt(13)

    def _fontname(self, upper):
        if self.enc == "tcvn3":
            return ".VnTimeH" if upper else ".VnTime"
        if self.enc == "vni":
            return "VNI-Times"
        return self.font

    def _conv(self, text, upper):
        if self.enc == "tcvn3":
            return to_tcvn3(text, upper_font=upper)
        if self.enc == "vni":
            return to_vni(text)
        return text

    def run(self, para, text, size=13, bold=False, italic=False, upper=False):
        self.texts.append(text)
        if self.enc == "tcvn3" and text.isupper():
            upper = True  # typists switch to .VnTimeH for capitals
        r = para.add_run(self._conv(text, upper))
        _set_font(r, self._fontname(upper), size, bold, italic)
        return r

    def para(self, text="", size=13, bold=False, italic=False, align=None, indent=True, upper=False,
             space_after=6, runs=None):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt
        p = self.d.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(space_after)
        pf.space_before = Pt(0)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "justify" or align is None:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                pf.first_line_indent = Cm(1.27)
        if runs:
            for t, kw in runs:
                self.run(p, t, size=size, **kw)
        elif text:
            self.run(p, text, size, bold, italic, upper)
        return p

    def cell_text(self, cell, lines, size=13, bold=False, italic=False, align="center", upper=False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt
        if isinstance(lines, str):
            lines = [lines]
        first = True
        for ln in lines:
            if isinstance(ln, tuple):
                t, kw = ln
            else:
                t, kw = ln, {}
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.paragraph_format.space_after = Pt(0)
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                           "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
            if t:
                self.run(p, t, kw.get("size", size), kw.get("bold", bold), kw.get("italic", italic),
                         kw.get("upper", upper))

    def header(self, left, number, place_date, right=None, vx=None):
        """Nghị định 30 letterhead as a borderless 2-column table.
        left: [(text, bold)], e.g. [("UBND XÃ MƯỜNG LUÂN", False), ("PHÒNG VĂN HÓA - XÃ HỘI", True)]"""
        from docx.shared import Mm
        right = right or [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)]
        t = self.d.add_table(rows=2, cols=2)
        t.autofit = False
        widths = (Mm(62), Mm(103))
        for row in t.rows:
            for i, c in enumerate(row.cells):
                c.width = widths[i]
        self.cell_text(t.cell(0, 0), [(x, {"bold": b, "size": 13, "upper": x.isupper()}) for x, b in left]
                       + [("―――――", {"size": 9})])
        self.cell_text(t.cell(0, 1), [(right[0][0], {"bold": True, "size": 12, "upper": True}),
                                      (right[1][0], {"bold": True, "size": 13}),
                                      ("――――――――――――", {"size": 9})])
        num = [(number, {"size": 13})]
        if vx:
            num += [(v, {"size": 12}) for v in vx]
        self.cell_text(t.cell(1, 0), num)
        self.cell_text(t.cell(1, 1), [(place_date, {"italic": True, "size": 13})])
        return t

    def table(self, rows, widths_mm=None, header_rows=1, merges=(), size=12, style="Table Grid",
              align_first_left=True):
        from docx.shared import Mm
        nr, nc = len(rows), max(len(r) for r in rows)
        t = self.d.add_table(rows=nr, cols=nc)
        t.style = self.d.styles[style]
        for (r0, c0, r1, c1) in merges:
            t.cell(r0, c0).merge(t.cell(r1, c1))
        done = []
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is None:
                    continue
                c = t.cell(i, j)
                if any(x is c._tc for x in done):
                    continue
                done.append(c._tc)
                al = "left" if (align_first_left and j == 1 and i >= header_rows) else "center"
                self.cell_text(c, str(v), size=size, bold=i < header_rows, align=al)
        if widths_mm:
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    if j < len(widths_mm):
                        c.width = Mm(widths_mm[j])
        return t

    def signature(self, noi_nhan, sign_lines, sign_name):
        from docx.shared import Mm
        t = self.d.add_table(rows=1, cols=2)
        for row in t.rows:
            row.cells[0].width = Mm(80)
            row.cells[1].width = Mm(85)
        self.cell_text(t.cell(0, 0), [("Nơi nhận:", {"bold": True, "italic": True, "size": 12})]
                       + [(x, {"size": 11}) for x in noi_nhan], align="left")
        self.cell_text(t.cell(0, 1), [(x, {"bold": True, "upper": x.isupper()}) for x in sign_lines]
                       + [("", {}), ("", {}), ("", {}), (sign_name, {"bold": True})])

    def save(self, when, author="", title=""):
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.revision = 2
        cp.created = when.replace(tzinfo=None)
        cp.modified = when.replace(tzinfo=None)
        b = io.BytesIO()
        self.d.save(b)
        return normalize_zip(b.getvalue(), when), list(self.texts)


def official_report_docx(*, when, author, left, number, place_date, summary, body, noi_nhan, sign_lines,
                         sign_name, kinh_gui="Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên.",
                         enc=None, kind="BÁO CÁO", footer=None):
    """body: list of str (paragraph), ("h", str) bold heading, ("table", rows, kw), ("p", str, kw)."""
    d = Doc(enc=enc)
    d.header(left, number, place_date)
    d.para("", space_after=0)
    d.para(kind, size=14, bold=True, align="center", upper=True, space_after=0)
    for i, s in enumerate(summary):
        d.para(s, size=14, bold=True, align="center", space_after=0)
    d.para("―――――――", size=9, align="center")
    if kinh_gui:
        d.para(kinh_gui, align="center", indent=False)
    for b in body:
        if isinstance(b, str):
            d.para(b)
        elif b[0] == "h":
            d.para(b[1], bold=True)
        elif b[0] == "p":
            d.para(b[1], **b[2])
        elif b[0] == "table":
            d.table(b[1], **(b[2] if len(b) > 2 else {}))
            d.para("", space_after=0)
    d.signature(noi_nhan, sign_lines, sign_name)
    if footer:
        for f in footer:
            d.para(f, size=10, align="left", indent=False, space_after=0)
    return d.save(when, author, summary[0])


def simple_docx(*, when, author, paras, enc=None, title=""):
    d = Doc(enc=enc)
    for p in paras:
        if isinstance(p, str):
            d.para(p)
        elif p[0] == "center":
            d.para(p[1], bold=True, align="center", upper=p[1].isupper())
        elif p[0] == "table":
            d.table(p[1], **(p[2] if len(p) > 2 else {}))
    return d.save(when, author, title)


def soffice_doc(docx_bytes, asset_name):
    """Convert docx to legacy .doc with LibreOffice once; keep the output in assets/ and reuse it."""
    assets = os.path.join(HERE, "assets")
    os.makedirs(assets, exist_ok=True)
    out = os.path.join(assets, asset_name + ".doc")
    src = os.path.join(assets, asset_name + ".docx")
    if os.path.exists(out) and os.path.exists(src) and open(src, "rb").read() == docx_bytes:
        return open(out, "rb").read()
    if os.path.exists(out) and not os.path.exists(src):
        return open(out, "rb").read()
    with open(src, "wb") as f:
        f.write(docx_bytes)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/profile",
                        "--convert-to", "doc", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        data = open(os.path.join(td, asset_name + ".doc"), "rb").read()
    with open(out, "wb") as f:
        f.write(data)
    return data


# ======================================================================================
# XLSX

def xlsx_book(sheets, when, author=""):
    """sheets: list of dicts {name, cells: [(ref, value, opts)], merges: [...], widths: {col: w},
    font: optional font name, enc: None/"tcvn3"}. opts: {"bold", "fmt", "display", "wrap", "align",
    "border"}. Returns (bytes, texts)."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    texts = []
    thin = Side(style="thin")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        texts.append(sh["name"])
        fontname = sh.get("font", "Times New Roman")
        enc = sh.get("enc")
        for ref, val, *rest in sh["cells"]:
            o = rest[0] if rest else {}
            c = ws[ref]
            if isinstance(val, str):
                texts.append(val)
                if enc == "tcvn3":
                    upper = o.get("upper", False)
                    val = to_tcvn3(val, upper_font=upper)
            elif val is not None:
                texts.append(o.get("display", str(val)))
            c.value = val
            fn = fontname
            if enc == "tcvn3":
                fn = ".VnTimeH" if o.get("upper") else ".VnTime"
            c.font = Font(name=fn, size=o.get("size", 12), bold=o.get("bold", False), italic=o.get("italic", False))
            if "fmt" in o:
                c.number_format = o["fmt"]
            c.alignment = Alignment(horizontal=o.get("align", "general"), vertical="center",
                                    wrap_text=o.get("wrap", False))
            if o.get("border"):
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for m in sh.get("merges", []):
            ws.merge_cells(m)
        for col, w in sh.get("widths", {}).items():
            ws.column_dimensions[col].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when.replace(tzinfo=None)
    wb.properties.modified = when.replace(tzinfo=None)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue(), when), texts


def grid(r0, c0, rows, opts=None, border=True):
    """Cells for a block of rows starting at (row r0, column letter c0)."""
    from openpyxl.utils import column_index_from_string, get_column_letter
    ci = column_index_from_string(c0)
    out = []
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            o = dict(opts or {})
            if border:
                o["border"] = True
            if isinstance(v, tuple):
                v, extra = v
                o.update(extra)
            out.append((f"{get_column_letter(ci + j)}{r0 + i}", v, o))
    return out


def xls_book(sheets, enc=None):
    """Legacy .xls with xlwt. sheets: [{name, cells: [(row, col, value, opts)], merges: [(r0,r1,c0,c1,value,opts)]}]."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    texts = []
    for sh in sheets:
        ws = wb.add_sheet(sh["name"])
        texts.append(sh["name"])
        for item in sh.get("merges", []):
            r0, r1, c0, c1, v, o = item
            texts.append(v)
            st = _xls_style(o, enc)
            ws.write_merge(r0, r1, c0, c1, to_tcvn3(v, o.get("upper", False)) if enc == "tcvn3" else v, st)
        for r, c, v, *rest in sh["cells"]:
            o = rest[0] if rest else {}
            st = _xls_style(o, enc)
            if isinstance(v, str):
                texts.append(v)
                v = to_tcvn3(v, o.get("upper", False)) if enc == "tcvn3" else v
            else:
                texts.append(o.get("display", str(v)))
            ws.write(r, c, v, st)
        for c, w in sh.get("widths", {}).items():
            ws.col(c).width = w
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue(), texts


def _xls_style(o, enc):
    import xlwt
    st = xlwt.XFStyle()
    f = xlwt.Font()
    if enc == "tcvn3":
        f.name = ".VnTimeH" if o.get("upper") else ".VnTime"
    else:
        f.name = "Times New Roman"
    f.bold = o.get("bold", False)
    f.height = 20 * o.get("size", 12)
    st.font = f
    if o.get("border"):
        b = xlwt.Borders()
        b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
        st.borders = b
    al = xlwt.Alignment()
    al.horz = {"center": xlwt.Alignment.HORZ_CENTER, "left": xlwt.Alignment.HORZ_LEFT}.get(
        o.get("align"), xlwt.Alignment.HORZ_GENERAL)
    al.vert = xlwt.Alignment.VERT_CENTER
    if o.get("wrap"):
        al.wrap = 1
    st.alignment = al
    return st


# ======================================================================================
# PDF (text)

_PDF_FONTS = False


def _pdf_fonts():
    global _PDF_FONTS
    if _PDF_FONTS:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("TNR", SERIF))
    pdfmetrics.registerFont(TTFont("TNR-B", SERIF_B))
    pdfmetrics.registerFont(TTFont("TNR-I", SERIF_I))
    pdfmetrics.registerFont(TTFont("TNR-BI", SERIF_BI))
    addMapping("TNR", 0, 0, "TNR")
    addMapping("TNR", 1, 0, "TNR-B")
    addMapping("TNR", 0, 1, "TNR-I")
    addMapping("TNR", 1, 1, "TNR-BI")
    _PDF_FONTS = True


def official_report_pdf(*, left, number, place_date, summary, body, noi_nhan, sign_lines, sign_name,
                        kinh_gui="Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên.", kind="BÁO CÁO",
                        author="", creator="Microsoft® Word 2019", footer=None):
    """A text PDF in the official layout. body items as in official_report_docx."""
    _pdf_fonts()
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    texts = []

    def P(t, size=13, bold=False, italic=False, align=TA_JUSTIFY, indent=True, after=4):
        texts.append(t)
        st = ParagraphStyle("x", fontName="TNR-BI" if (bold and italic) else "TNR-B" if bold else
                            "TNR-I" if italic else "TNR", fontSize=size, leading=size * 1.3,
                            alignment=align, firstLineIndent=12 * mm if (indent and align == TA_JUSTIFY) else 0,
                            spaceAfter=after)
        return Paragraph(escape(t), st)

    story = []
    lh = [P(x, 12.5, b, align=TA_CENTER, after=0) for x, b in left] + [P("―――――", 8, align=TA_CENTER)]
    rh = [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, align=TA_CENTER, after=0),
          P("Độc lập - Tự do - Hạnh phúc", 13, True, align=TA_CENTER, after=0),
          P("――――――――――――", 8, align=TA_CENTER)]
    head = Table([[lh, rh], [P(number, 13, align=TA_CENTER), P(place_date, 13, italic=True, align=TA_CENTER)]],
                 colWidths=[68 * mm, 97 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, Spacer(1, 4 * mm), P(kind, 14, True, align=TA_CENTER, after=0)]
    story += [P(s, 14, True, align=TA_CENTER, after=0) for s in summary]
    story += [P("―――――――", 8, align=TA_CENTER)]
    if kinh_gui:
        story.append(P(kinh_gui, 14, align=TA_CENTER, after=6))
    for b in body:
        if isinstance(b, str):
            story.append(P(b))
        elif b[0] == "h":
            story.append(P(b[1], bold=True))
        elif b[0] == "p":
            story.append(P(b[1], **b[2]))
        elif b[0] == "table":
            rows = b[1]
            kw = b[2] if len(b) > 2 else {}
            hr = kw.get("header_rows", 1)
            data = [[P(str(v), 11.5, i < hr, align=TA_LEFT if (j == 1 and i >= hr) else TA_CENTER, after=0)
                     if v is not None else "" for j, v in enumerate(r)] for i, r in enumerate(rows)]
            w = kw.get("widths_mm")
            t = Table(data, colWidths=[x * mm for x in w] if w else None, repeatRows=hr)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for (r0, c0, r1, c1) in kw.get("merges", ()):
                sty.append(("SPAN", (c0, r0), (c1, r1)))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 3 * mm)]
    nn = [P("Nơi nhận:", 12, True, True, align=TA_LEFT, after=0)] + [P(x, 11, align=TA_LEFT, after=0) for x in noi_nhan]
    sg = [P(x, 13, True, align=TA_CENTER, after=0) for x in sign_lines] + [Spacer(1, 22 * mm),
                                                                          P(sign_name, 13, True, align=TA_CENTER)]
    st = Table([[nn, sg]], colWidths=[80 * mm, 85 * mm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 4 * mm), st]
    if footer:
        story += [Spacer(1, 6 * mm)] + [P(f, 9.5, align=TA_LEFT, after=0) for f in footer]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=summary[0], author=author,
                            creator=creator, subject="")
    doc.build(story)
    return buf.getvalue(), texts


def simple_pdf(paras, title="", author="", creator="Microsoft® Word 2016"):
    """A plain text PDF: paras are str or ("center", str) or ("table", rows, kw)."""
    _pdf_fonts()
    from xml.sax.saxutils import escape
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    texts = []

    def P(t, size=13, bold=False, align=TA_JUSTIFY, after=5):
        texts.append(t)
        st = ParagraphStyle("x", fontName="TNR-B" if bold else "TNR", fontSize=size, leading=size * 1.3,
                            alignment=align, spaceAfter=after)
        return Paragraph(escape(t), st)

    story = []
    for p in paras:
        if isinstance(p, str):
            story.append(P(p))
        elif p[0] == "center":
            story.append(P(p[1], 14, True, TA_CENTER))
        elif p[0] == "table":
            rows = p[1]
            kw = p[2] if len(p) > 2 else {}
            hr = kw.get("header_rows", 1)
            data = [[P(str(v), 11, i < hr, TA_LEFT if (j == 1 and i >= hr) else TA_CENTER, 0) if v is not None else ""
                     for j, v in enumerate(r)] for i, r in enumerate(rows)]
            w = kw.get("widths_mm")
            t = Table(data, colWidths=[x * mm for x in w] if w else None)
            sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for (r0, c0, r1, c1) in kw.get("merges", ()):
                sty.append(("SPAN", (c0, r0), (c1, r1)))
            t.setStyle(TableStyle(sty))
            story += [t, Spacer(1, 3 * mm)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=title, author=author, creator=creator)
    doc.build(story)
    return buf.getvalue(), texts


def image_pdf(jpeg_bytes, size_px, author="", creator="CamScanner"):
    """A PDF whose only content is one scanned page image (no text layer)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(author)
    c.setCreator(creator)
    w, h = A4
    iw, ih = size_px
    scale = min(w / iw, h / ih)
    c.drawImage(ImageReader(io.BytesIO(jpeg_bytes)), (w - iw * scale) / 2, (h - ih * scale) / 2,
                iw * scale, ih * scale)
    c.showPage()
    c.save()
    return buf.getvalue()


# ======================================================================================
# Scans and photos

def render_page(blocks, size=(2480, 3508), margin=(260, 200, 170), seed=0):
    """Draw a typed page. blocks: ("c", text, px, bold) centred; ("l", text, px, bold) left;
    ("lr", left_text, right_text, px) two columns; ("gap", px); ("table", rows, col_px, px, header_rows);
    ("sig", [lines], px). Returns (PIL image 'L', drawn texts)."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = size
    left, top, right = margin
    img = Image.new("L", size, 255)
    dr = ImageDraw.Draw(img)
    texts = []
    fonts = {}

    def F(px, bold=False):
        k = (px, bold)
        if k not in fonts:
            fonts[k] = ImageFont.truetype(SERIF_B if bold else SERIF, px)
        return fonts[k]

    y = top
    for b in blocks:
        kind = b[0]
        if kind == "gap":
            y += b[1]
            continue
        if kind in ("c", "l"):
            t, px, bold = b[1], b[2], b[3] if len(b) > 3 else False
            texts.append(t)
            f = F(px, bold)
            tw = dr.textlength(t, font=f)
            x = (W - tw) / 2 if kind == "c" else left
            if kind == "l" and len(b) > 4:
                x = left + b[4]
            dr.text((x, y), t, font=f, fill=20)
            y += int(px * 1.45)
        elif kind == "lr":
            lt, rt, px = b[1], b[2], b[3]
            lb = b[4] if len(b) > 4 else (False, False)
            for t, cx, bold in ((lt, left + (W - left - right) * 0.22, lb[0]),
                                (rt, left + (W - left - right) * 0.70, lb[1])):
                if t:
                    texts.append(t)
                    f = F(px, bold)
                    dr.text((cx - dr.textlength(t, font=f) / 2, y), t, font=f, fill=20)
            y += int(px * 1.45)
        elif kind == "table":
            rows, colpx, px, hr = b[1], b[2], b[3], b[4]
            rh = int(px * 2.1)
            x0 = left
            total = sum(colpx)
            for i, row in enumerate(rows):
                h = rh * (2 if (i < hr and any("\n" in str(v) for v in row)) else 1)
                x = x0
                for j, v in enumerate(row):
                    dr.rectangle([x, y, x + colpx[j], y + h], outline=30, width=3)
                    if v is not None and v != "":
                        f = F(px, i < hr)
                        lines = str(v).split("\n")
                        for k, ln in enumerate(lines):
                            texts.append(ln)
                            tw = dr.textlength(ln, font=f)
                            tx = x + 14 if (j == 1 and i >= hr) else x + (colpx[j] - tw) / 2
                            ty = y + (h - len(lines) * px * 1.25) / 2 + k * px * 1.25
                            dr.text((tx, ty), ln, font=f, fill=20)
                    x += colpx[j]
                y += h
            y += px
            assert total <= W - left - right + 5, total
        elif kind == "sig":
            lines, px = b[1], b[2]
            cx = left + (W - left - right) * 0.70
            for t in lines:
                if t:
                    texts.append(t)
                    f = F(px, True)
                    dr.text((cx - dr.textlength(t, font=f) / 2, y), t, font=f, fill=20)
                y += int(px * 1.45)
        elif kind == "stamp":
            # a round seal drawn over the signature (grey in a greyscale scan)
            cx, cy, r = b[1], b[2], b[3]
            dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=120, width=9)
            dr.ellipse([cx - r + 30, cy - r + 30, cx + r - 30, cy + r - 30], outline=130, width=4)
    return img, texts


def scanify(img, seed, angle=1.2, quality=55, noise=14, blur=0.7, photo=False, crop=None):
    """Make a page look scanned or photographed; returns (jpeg bytes, size)."""
    from PIL import Image, ImageChops, ImageFilter
    rnd = random.Random(seed)
    W, H = img.size
    if photo:
        # uneven light: a horizontal and vertical gradient, grey paper
        grad = Image.linear_gradient("L").resize((W, H)).point(lambda v: 200 + v // 6)
        grad2 = Image.linear_gradient("L").rotate(90, expand=True).resize((W, H)).point(lambda v: 235 + v // 12)
        shade = ImageChops.multiply(grad, grad2)
        img = ImageChops.multiply(img, shade.point(lambda v: min(255, v + 40)))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235 if not photo else 90)
    # noise from a seeded generator
    nb = rnd.randbytes(W * H)
    n = Image.frombytes("L", (W, H), nb).point(lambda v: v * noise // 255)
    img = ImageChops.subtract(img, n)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if crop:
        img = img.crop(crop)
    if photo:
        img = img.convert("RGB")
        r, g, b = img.split()
        b = b.point(lambda v: int(v * 0.93))
        img = Image.merge("RGB", (r, g, b))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2 if photo else 0)
    return out.getvalue(), img.size


def png_scan(img, seed, angle=0.8, noise=10):
    from PIL import Image, ImageChops
    rnd = random.Random(seed)
    W, H = img.size
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    nb = rnd.randbytes(W * H)
    n = Image.frombytes("L", (W, H), nb).point(lambda v: v * noise // 255)
    img = ImageChops.subtract(img, n)
    # 1-bit-ish threshold like a fax scanner, then back to L for a small PNG
    img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue(), img.size


def event_photo(seed, caption, size=(1600, 1200), quality=70):
    """A stand-in 'photo of an event': coloured shapes and a banner text."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    img = Image.new("RGB", size, (rnd.randint(90, 140), rnd.randint(120, 170), rnd.randint(150, 200)))
    dr = ImageDraw.Draw(img)
    W, H = size
    dr.rectangle([0, int(H * 0.6), W, H], fill=(110, 90, 60))
    for i in range(28):
        x = rnd.randint(0, W)
        y = rnd.randint(int(H * 0.45), int(H * 0.85))
        c = (rnd.randint(20, 230), rnd.randint(20, 230), rnd.randint(20, 230))
        dr.ellipse([x - 22, y - 60, x + 22, y - 16], fill=(205, 160, 120))
        dr.rectangle([x - 35, y - 16, x + 35, y + 110], fill=c)
    dr.rectangle([int(W * 0.1), int(H * 0.08), int(W * 0.9), int(H * 0.26)], fill=(200, 20, 20))
    f = ImageFont.truetype(SANS_B, 40)
    tw = dr.textlength(caption, font=f)
    dr.text(((W - tw) / 2, int(H * 0.14)), caption, font=f, fill=(255, 230, 0))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()
