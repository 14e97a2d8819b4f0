"""Office files for holdout11: docx, xlsx, xls, csv, pdf, images. All deterministic."""
import datetime as dt
import io
import random

from h11lib import Att, normalize_zip, to_tcvn3, to_vni, to_cp1258

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = dt.datetime(2023, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------- docx
def _set_font(run, name, size=None, bold=None, italic=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic

def docx_file(filename, blocks, legacy=None, author="Admin"):
    """blocks: list of ("p", text, opts) | ("table", rows, opts) | ("header", left_lines, right_lines).
    legacy: None, "tcvn3" (.VnTime) or "vni" (VNI-Times)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm
    conv = {None: (lambda s: s), "tcvn3": to_tcvn3, "vni": to_vni}[legacy]
    font = {None: "Times New Roman", "tcvn3": ".VnTime", "vni": "VNI-Times"}[legacy]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    shown = []
    for blk in blocks:
        kind = blk[0]
        if kind == "p":
            text, opts = blk[1], (blk[2] if len(blk) > 2 else {})
            p = doc.add_paragraph()
            if opts.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(conv(text))
            _set_font(r, font, opts.get("size", 14), opts.get("bold"), opts.get("italic"))
            shown.append(text)
        elif kind == "header":
            left, right = blk[1], blk[2]
            t = doc.add_table(rows=max(len(left), len(right)), cols=2)
            for i in range(max(len(left), len(right))):
                for j, col in enumerate((left, right)):
                    if i < len(col):
                        c = t.cell(i, j)
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                        txt = col[i]
                        r = c.paragraphs[0].add_run(conv(txt))
                        _set_font(r, font, 13, bold=(i == 1 if j == 0 else i < 2), italic=txt.startswith(("Tam Đường, ", "Bản ", "Xã ")) and "ngày" in txt)
                        shown.append(txt)
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    r = t.cell(i, j).paragraphs[0].add_run(conv(str(val)))
                    _set_font(r, font, 13, bold=(i == 0))
                    shown.append(str(val))
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    data = normalize_zip(buf.getvalue())
    # the reader sees the text (a legacy font shows it as Vietnamese)
    return Att(filename, data, "\n".join(shown))

def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                out.append(c.text)
    return "\n".join(out)

# ---------------------------------------------------------------- xlsx
def xlsx_file(filename, sheets):
    """sheets: list of (title, rows, opts); a cell is a value or ("time", h, m) or ("date", y, m, d)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    shown = []
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        shown.append(title)
        for i, row in enumerate(rows, start=1):
            for j, val in enumerate(row, start=1):
                if val is None:
                    continue
                c = ws.cell(row=i, column=j)
                if isinstance(val, tuple) and val[0] == "time":
                    c.value = dt.time(val[1], val[2])
                    c.number_format = "h:mm"
                    shown.append("%d:%02d" % (val[1], val[2]))
                elif isinstance(val, tuple) and val[0] == "date":
                    c.value = dt.datetime(val[1], val[2], val[3])
                    c.number_format = "dd/mm/yyyy"
                    shown.append("%02d/%02d/%04d" % (val[3], val[2], val[1]))
                else:
                    c.value = val
                    if isinstance(val, int) and val >= 1000 and opts.get("thousands"):
                        c.number_format = "#,##0"
                    shown.append(str(val))
                if i == 1 and opts.get("bold_first"):
                    c.font = Font(bold=True)
        for col, w in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = w
    wb.properties.creator = "Admin"
    wb.properties.lastModifiedBy = "Admin"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return Att(filename, normalize_zip(buf.getvalue()), "\n".join(shown))

def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, dt.time):
                    out.append("%d:%02d" % (v.hour, v.minute))
                else:
                    out.append(str(v))
    return "\n".join(out)

# ---------------------------------------------------------------- xls
def xls_file(filename, sheets, legacy=None):
    import xlwt
    conv = {None: (lambda s: s), "tcvn3": to_tcvn3}[legacy]
    wb = xlwt.Workbook(encoding="utf-8")
    style = xlwt.XFStyle()
    f = xlwt.Font()
    f.name = ".VnTime" if legacy == "tcvn3" else "Times New Roman"
    style.font = f
    shown = []
    for title, rows in sheets:
        ws = wb.add_sheet(conv(title))
        shown.append(title)
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                if val is None:
                    continue
                if isinstance(val, str):
                    ws.write(i, j, conv(val), style)
                else:
                    ws.write(i, j, val, style)
                shown.append(str(val))
    buf = io.BytesIO()
    wb.save(buf)
    return Att(filename, buf.getvalue(), "\n".join(shown))

# ---------------------------------------------------------------- csv
def csv_file(filename, rows, sep=",", encoding="utf-8-sig"):
    lines = []
    for row in rows:
        cells = []
        for v in row:
            s = "" if v is None else str(v)
            if sep in s or '"' in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        lines.append(sep.join(cells))
    text = "\r\n".join(lines) + "\r\n"
    if encoding == "windows-1258":
        data = to_cp1258(text)
        mime = ("text", "csv")
    else:
        data = text.encode(encoding)
        mime = None
    cells_text = "\n".join("\t".join("" if v is None else str(v) for v in row) for row in rows)
    return Att(filename, data, cells_text, mime)

# ---------------------------------------------------------------- pdf
_FONTS_DONE = []

def _fonts():
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DVSerif", FONT_DIR + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSerifB", FONT_DIR + "DejaVuSerif-Bold.ttf"))
    _FONTS_DONE.append(1)

def pdf_file(filename, pages, title="Bao cao"):
    """pages: list of lists of (text, opts) lines; opts: bold, center, size, cols (tab positions)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    _fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Admin")
    c.setCreator("Microsoft Word")
    w, h = A4
    shown = []
    for lines in pages:
        y = h - 60
        for text, opts in lines:
            size = opts.get("size", 12)
            c.setFont("DVSerifB" if opts.get("bold") else "DVSerif", size)
            if "cols" in opts:
                for x, cell in zip(opts["cols"], text.split("\t")):
                    c.drawString(x, y, cell)
            elif opts.get("center"):
                c.drawCentredString(w / 2 + 20, y, text)
            else:
                c.drawString(opts.get("x", 85), y, text)
            shown.append(text)
            y -= size + 7
        c.showPage()
    c.save()
    return Att(filename, buf.getvalue(), "\n".join(shown))

def raster_page(lines, seed, size=(1240, 1754), angle=0.0, noise=True, photo=False):
    """Draw lines on a page image (a scan or a phone photo)."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    bg = (238, 236, 228) if photo else (250, 250, 250)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 26)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 28)
    y = 110
    for text, opts in lines:
        f = bold if opts.get("bold") else font
        if "cols" in opts:
            for x, cell in zip(opts["cols"], text.split("\t")):
                d.text((x, y), cell, fill=(30, 30, 40), font=f)
        else:
            x = opts.get("x", 120)
            if opts.get("center"):
                tw = d.textlength(text, font=f)
                x = (size[0] - tw) / 2
            d.text((x, y), text, fill=(30, 30, 40), font=f)
        y += 44
    if noise:
        px = img.load()
        for _ in range(size[0] * size[1] // 60):
            x, yy = rnd.randrange(size[0]), rnd.randrange(size[1])
            g = rnd.randrange(150, 235)
            px[x, yy] = (g, g, g)
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=bg)
    if photo:
        img = img.filter(ImageFilter.GaussianBlur(0.8))
    return img, "\n".join(t for t, _ in lines)

def image_file(filename, lines, seed, angle=0.0, photo=True):
    img, text = raster_page(lines, seed, angle=angle, photo=photo)
    buf = io.BytesIO()
    if filename.lower().endswith(".jpg"):
        img.save(buf, "JPEG", quality=80, optimize=False)
    else:
        img.save(buf, "PNG", optimize=False)
    return Att(filename, buf.getvalue(), text)

def scanned_pdf(filename, lines, seed, angle=0.6):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    img, text = raster_page(lines, seed, angle=angle, photo=False)
    img = img.convert("L")
    ibuf = io.BytesIO()
    img.save(ibuf, "PNG", optimize=False)
    ibuf.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon iR-ADV C3520 PDF")
    w, h = A4
    c.drawImage(ImageReader(ibuf), 0, 0, width=w, height=h)
    c.showPage()
    c.save()
    return Att(filename, buf.getvalue(), text)


# ---------------------------------------------------------------- rtf saved as .doc
def rtf_doc_file(filename, paragraphs):
    """Word 'Rich Text' saved with a .doc name (common in offices); Unicode as \\uN? escapes."""
    def esc(t):
        out = []
        for ch in t:
            o = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif o < 128:
                out.append(ch)
            else:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        return "".join(out)
    body = "".join("\\pard\\sa120 " + esc(p) + "\\par\n" for p in paragraphs)
    rtf = ("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0\\froman\\fcharset163 Times New Roman;}}"
           "{\\info{\\author Admin}{\\creatim\\yr2023\\mo1\\dy2\\hr8\\min0}}\n\\f0\\fs28\n" + body + "}\n")
    return Att(filename, rtf.encode("ascii"), "\n".join(paragraphs), ("application", "msword"))
