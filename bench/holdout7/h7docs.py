"""Attachments for holdout7: xlsx, docx, pdf, csv, xls, .doc (LibreOffice, cached), scans.

Each builder returns (bytes, text) where text is what a person reading the file sees
(for legacy encodings the Unicode source, for images the text drawn).
"""
import hashlib
import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile
from datetime import datetime

from h7lib import HERE, rng

FIXED_ZIP_TIME = (2021, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- legacy encodings

_U = ("À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý à á â ã è é ê ì í ò ó ô õ ù ú ý Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư "
      "Ạ ạ Ả ả Ấ ấ Ầ ầ Ẩ ẩ Ẫ ẫ Ậ ậ Ắ ắ Ằ ằ Ẳ ẳ Ẵ ẵ Ặ ặ Ẹ ẹ Ẻ ẻ Ẽ ẽ Ế ế Ề ề Ể ể Ễ ễ Ệ ệ "
      "Ỉ ỉ Ị ị Ọ ọ Ỏ ỏ Ố ố Ồ ồ Ổ ổ Ỗ ỗ Ộ ộ Ớ ớ Ờ ờ Ở ở Ỡ ỡ Ợ ợ Ụ ụ Ủ ủ Ứ ứ Ừ ừ Ử ử Ữ ữ Ự ự "
      "Ỳ ỳ Ỵ ỵ Ỷ ỷ Ỹ ỹ").split()
_VNI = ("AØ AÙ AÂ AÕ EØ EÙ EÂ Ì Í OØ OÙ OÂ OÕ UØ UÙ YÙ aø aù aâ aõ eø eù eâ ì í oø où oâ oõ uø uù yù "
        "AÊ aê Ñ ñ Ó ó UÕ uõ Ô ô Ö ö AÏ aï AÛ aû AÁ aá AÀ aà AÅ aå AÃ aã AÄ aä AÉ aé AÈ aè AÚ aú "
        "AÜ aü AË aë EÏ eï EÛ eû EÕ eõ EÁ eá EÀ eà EÅ eå EÃ eã EÄ eä Æ æ Ò ò OÏ oï OÛ oû OÁ oá "
        "OÀ oà OÅ oå OÃ oã OÄ oä ÔÙ ôù ÔØ ôø ÔÛ ôû ÔÕ ôõ ÔÏ ôï UÏ uï UÛ uû ÖÙ öù ÖØ öø ÖÛ öû "
        "ÖÕ öõ ÖÏ öï YØ yø Î î YÛ yû YÕ yõ").split()
assert len(_U) == len(_VNI) == 134
VNI = dict(zip(_U, _VNI))

# TCVN3 (ABC), font .VnTime: lowercase letters and the seven toneless capitals only.
_TC_LOWER = {
    "à": "µ", "á": "¸", "â": "©", "ã": "·", "è": "Ì", "é": "Ð", "ê": "ª", "ì": "×", "í": "Ý",
    "ò": "ß", "ó": "ã", "ô": "«", "õ": "â", "ù": "ï", "ú": "ó", "ý": "ý", "ă": "¨", "đ": "®",
    "ĩ": "Ü", "ũ": "ò", "ơ": "¬", "ư": "\u00ad", "ạ": "¹", "ả": "¶", "ấ": "Ê", "ầ": "Ç", "ẩ": "È",
    "ẫ": "É", "ậ": "Ë", "ắ": "¾", "ằ": "»", "ẳ": "¼", "ẵ": "½", "ặ": "Æ", "ẹ": "Ñ", "ẻ": "Î",
    "ẽ": "Ï", "ế": "Õ", "ề": "Ò", "ể": "Ó", "ễ": "Ô", "ệ": "Ö", "ỉ": "Ø", "ị": "Þ", "ọ": "ä",
    "ỏ": "á", "ố": "è", "ồ": "å", "ổ": "æ", "ỗ": "ç", "ộ": "é", "ớ": "í", "ờ": "ê", "ở": "ë",
    "ỡ": "ì", "ợ": "î", "ụ": "ô", "ủ": "ñ", "ứ": "ø", "ừ": "õ", "ử": "ö", "ữ": "÷", "ự": "ù",
    "ỳ": "ú", "ỵ": "þ", "ỷ": "û", "ỹ": "ü",
}
_TC_UPPER = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}


def to_vni(s):
    return "".join(VNI.get(ch, ch) for ch in unicodedata.normalize("NFC", s))


def to_tcvn3(s, heading=False):
    """heading=True: the text is shown in .VnTimeH, whose lowercase codes display as capitals."""
    s = unicodedata.normalize("NFC", s)
    if heading:
        s = s.lower()
    out = []
    for ch in s:
        if ch in _TC_UPPER:
            out.append(_TC_UPPER[ch])
        elif ch in _TC_LOWER:
            out.append(_TC_LOWER[ch])
        elif ch.lower() in _TC_LOWER:
            raise ValueError(f"TCVN3 has no capital {ch!r} in .VnTime: write it otherwise ({s!r})")
        else:
            out.append(ch)
    return "".join(out)


def legacy(s, enc, heading=False):
    if enc == "tcvn3":
        return to_tcvn3(s, heading)
    if enc == "vni":
        return to_vni(s)
    return s


def legacy_font(enc, heading=False):
    return {"tcvn3": ".VnTimeH" if heading else ".VnTime", "vni": "VNI-Times"}.get(enc, "Times New Roman")


# ---------------------------------------------------------------- zip normalisation

CORE_FIX = [
    (rb"<dcterms:created([^>]*)>[^<]*</dcterms:created>", rb"<dcterms:created\1>2021-01-01T00:00:00Z</dcterms:created>"),
    (rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>", rb"<dcterms:modified\1>2021-01-01T00:00:00Z</dcterms:modified>"),
]


def normalize_zip(data, created=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                for a, b in CORE_FIX:
                    if created:
                        b = b.replace(b"2021-01-01T00:00:00Z", created.encode())
                    blob = re.sub(a, b, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- xlsx

def cell_text(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "hour") and not hasattr(v, "year"):
        return f"{v.hour}:{v.minute:02d}"
    return str(v)


def xlsx(sheets, author="Admin", created="2021-01-01T00:00:00Z", enc=None):
    """sheets: list of dicts: name, rows (list of lists), merges, bold (row indexes, 1-based),
    widths {col letter: width}, formats {cell: number_format}, title_rows (bold+center), font."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    texts = []
    thin = Side(style="thin")
    for sh in sheets:
        ws = wb.create_sheet(legacy(sh["name"], None))
        texts.append(sh["name"])
        fontname = sh.get("font", "Times New Roman")
        border_from = sh.get("border_from")
        for r, row in enumerate(sh["rows"], 1):
            for col, v in enumerate(row, 1):
                if v is None:
                    continue
                texts.append(cell_text(v))
                heading = enc == "tcvn3" and r in sh.get("caps_rows", ())
                cv = legacy(v, enc, heading) if isinstance(v, str) else v
                cell = ws.cell(row=r, column=col, value=cv)
                bold = r in sh.get("bold", ())
                cell.font = Font(name=legacy_font(enc, heading) if enc else fontname, size=12, bold=bold)
                if r in sh.get("center", ()):
                    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                if border_from and r >= border_from and r <= sh.get("border_to", len(sh["rows"])):
                    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            texts.append("\n")
        for m in sh.get("merges", ()):
            ws.merge_cells(m)
        for col, w in sh.get("widths", {}).items():
            ws.column_dimensions[col].width = w
        for ref, fmt in sh.get("formats", {}).items():
            ws[ref].number_format = fmt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(2021, 1, 1)
    wb.properties.modified = datetime(2021, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), created), "\n".join(texts)


# ---------------------------------------------------------------- docx

class Docx:
    def __init__(self, enc=None, size=13, author="Admin"):
        import docx
        from docx.shared import Mm, Pt
        self.enc = enc
        self.d = docx.Document()
        self.texts = []
        self.size = size
        st = self.d.styles["Normal"]
        st.font.name = legacy_font(enc)
        st.font.size = Pt(size)
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin, sec.right_margin = Mm(30), Mm(15)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.created = datetime(2021, 1, 1)
        cp.modified = datetime(2021, 1, 1)
        cp.revision = 1
        cp.title = ""

    def _run(self, par, text, bold=False, italic=False, caps=False, size=None):
        from docx.oxml.ns import qn
        from docx.shared import Pt
        heading = caps and self.enc == "tcvn3"
        r = par.add_run(legacy(text, self.enc, heading))
        r.bold = bold
        r.italic = italic
        fn = legacy_font(self.enc, heading)
        r.font.name = fn
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        for k in ("w:eastAsia", "w:cs"):
            rf.set(qn(k), fn)
        if size:
            r.font.size = Pt(size)
        self.texts.append(text)
        return r

    def p(self, text="", bold=False, italic=False, center=False, caps=False, size=None, indent=False, right=False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm
        par = self.d.add_paragraph()
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if indent else None
        if indent:
            par.paragraph_format.first_line_indent = Cm(1.27)
        if text:
            self._run(par, text, bold, italic, caps, size)
        self.texts.append("\n")
        return par

    def runs(self, parts, indent=True):
        """parts: list of (text, bold)"""
        from docx.shared import Cm
        par = self.d.add_paragraph()
        if indent:
            par.paragraph_format.first_line_indent = Cm(1.27)
        for t, b in parts:
            self._run(par, t, bold=b)
        self.texts.append("\n")

    def letterhead(self, left, right=("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                   so=None, place_date=None):
        """A borderless two-column table, as Nghị định 30 lays it out."""
        t = self.d.add_table(rows=2 if (so or place_date) else 1, cols=2)
        c0, c1 = t.rows[0].cells
        self._cell_lines(c0, left, bold_from=len(left) - 1, caps=True)
        self._cell_lines(c1, right, bold_from=0, caps_upto=1)
        if so or place_date:
            a, b = t.rows[1].cells
            self._cell_lines(a, [so or ""], bold_from=99)
            self._cell_lines(b, [place_date or ""], bold_from=99, italic=True)
        self.texts.append("\n")

    def _cell_lines(self, cell, lines, bold_from=0, caps=False, caps_upto=None, italic=False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            is_caps = caps or (caps_upto is not None and i < caps_upto)
            self._run(par, line, bold=i >= bold_from, italic=italic, caps=is_caps and line.isupper(), size=12)
            self.texts.append("\n")

    def table(self, rows, bold_rows=(0,), merges=(), widths=None, caps_rows=()):
        """merges: list of ((r1, c1), (r2, c2)); text of merged cells given in the top-left."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm
        t = self.d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        t.style = "Table Grid"
        covered = set()
        for (a, b) in merges:
            t.cell(*a).merge(t.cell(*b))
            for i in range(a[0], b[0] + 1):
                for j in range(a[1], b[1] + 1):
                    if (i, j) != tuple(a):
                        covered.add((i, j))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is None or (i, j) in covered:
                    continue
                cell = t.cell(i, j)
                cell.paragraphs[0].text = ""
                par = cell.paragraphs[0]
                if i in bold_rows:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self._run(par, str(v), bold=i in bold_rows, caps=i in caps_rows and str(v).isupper(), size=12)
                self.texts.append("\t")
            self.texts.append("\n")
        if widths:
            for j, w in enumerate(widths):
                for cell in t.columns[j].cells:
                    cell.width = Cm(w)
        return t

    def signature(self, left_lines, right_lines):
        t = self.d.add_table(rows=1, cols=2)
        a, b = t.rows[0].cells
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        a.paragraphs[0].text = ""
        for i, line in enumerate(left_lines):
            par = a.paragraphs[0] if i == 0 else a.add_paragraph()
            self._run(par, line, bold=(i == 0), italic=(i == 0), size=11 if i else 12)
            self.texts.append("\n")
        b.paragraphs[0].text = ""
        for i, line in enumerate(right_lines):
            par = b.paragraphs[0] if i == 0 else b.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(par, line, bold=True, caps=line.isupper())
            self.texts.append("\n")

    def save(self):
        buf = io.BytesIO()
        self.d.save(buf)
        return normalize_zip(buf.getvalue()), "".join(self.texts)


# ---------------------------------------------------------------- pdf (text)

_FONTS_DONE = []


def _fonts():
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LSerif", base + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-B", base + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-I", base + "LiberationSerif-Italic.ttf"))
    _FONTS_DONE.append(1)


def pdf_text(blocks, title=""):
    """blocks: ('c', text, bold) centered; ('l', text) left; ('lb', text) bold left;
    ('two', left, right) two columns; ('table', rows, widths_mm); ('gap', mm)."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    _fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("Microsoft® Word 2016")
    texts = []
    y = 277 * mm
    L, R = 30 * mm, 195 * mm
    size = 13

    def wrap(t, font, width):
        words, lines, cur = t.split(" "), [], ""
        for w in words:
            nxt = (cur + " " + w).strip()
            if stringWidth(nxt, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = nxt
        lines.append(cur)
        return lines

    for b in blocks:
        kind = b[0]
        if kind == "gap":
            y -= b[1] * mm
            continue
        if kind == "c":
            font = "LSerif-B" if (len(b) > 2 and b[2]) else "LSerif"
            c.setFont(font, size)
            c.drawCentredString((L + R) / 2, y, b[1])
            texts.append(b[1])
            y -= 6.5 * mm
        elif kind in ("l", "lb", "li"):
            font = {"l": "LSerif", "lb": "LSerif-B", "li": "LSerif-I"}[kind]
            c.setFont(font, size)
            for line in wrap(b[1], font, R - L):
                c.drawString(L, y, line)
                y -= 6.5 * mm
            texts.append(b[1])
        elif kind == "two":
            c.setFont("LSerif-B", 12)
            for i, (lt, rt) in enumerate(zip(b[1], b[2])):
                c.drawCentredString(L + 35 * mm, y, lt)
                c.drawCentredString(L + 118 * mm, y, rt)
                texts += [lt, rt]
                y -= 6 * mm
        elif kind == "table":
            rows, widths = b[1], [w * mm for w in b[2]]
            c.setFont("LSerif", 12)
            for i, row in enumerate(rows):
                x = L
                c.setFont("LSerif-B" if i == 0 else "LSerif", 12)
                for j, v in enumerate(row):
                    c.rect(x, y - 2.5 * mm, widths[j], 8 * mm)
                    c.drawString(x + 1.5 * mm, y, str(v))
                    texts.append(str(v))
                    x += widths[j]
                texts.append("\n")
                y -= 8 * mm
            y -= 4 * mm
        texts.append("\n")
    c.showPage()
    c.save()
    return buf.getvalue(), "\n".join(texts)


def pdf_images(jpegs, size_px=None):
    """An image-only PDF (a scan): one JPEG per page, no text layer."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setCreator("HP Scan")
    c.setProducer("HP Scan")
    for j in jpegs:
        c.drawImage(ImageReader(io.BytesIO(j)), 0, 0, width=210 * mm, height=297 * mm)
        c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- csv, xls

def csv_bytes(rows, sep=",", encoding="utf-8-sig", crlf=True):
    def q(v):
        s = "" if v is None else str(v)
        if sep in s or '"' in s or "\n" in s:
            s = '"' + s.replace('"', '""') + '"'
        return s
    text = ("\r\n" if crlf else "\n").join(sep.join(q(v) for v in r) for r in rows) + ("\r\n" if crlf else "\n")
    shown = "\n".join("\t".join("" if v is None else str(v) for v in r) for r in rows)
    return text.encode(encoding), shown


def xls_xlwt(sheets, enc=None):
    """A real BIFF8 .xls written by xlwt; with enc='vni' or 'tcvn3' the cells carry legacy text and font."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    texts = []
    for sh in sheets:
        ws = wb.add_sheet(sh["name"])
        texts.append(sh["name"])
        merges = {(m[0], m[2]): m for m in sh.get("merges", ())}   # (r1, r2, c1, c2), 0-based
        covered = {(r, cc) for (r1, r2, c1, c2) in merges.values() for r in range(r1, r2 + 1)
                   for cc in range(c1, c2 + 1)} - set(merges)
        for r, row in enumerate(sh["rows"]):
            for col, v in enumerate(row):
                if (r, col) in covered:
                    continue
                if v is None and (r, col) not in merges:
                    continue
                texts.append(cell_text(v))
                heading = enc == "tcvn3" and (r + 1) in sh.get("caps_rows", ())
                v = "" if v is None else v
                st = xlwt.XFStyle()
                f = xlwt.Font()
                f.name = legacy_font(enc, heading)
                f.bold = (r + 1) in sh.get("bold", ())
                st.font = f
                cv = legacy(v, enc, heading) if isinstance(v, str) else v
                if (r, col) in merges:
                    r1, r2, c1, c2 = merges[(r, col)]
                    ws.write_merge(r1, r2, c1, c2, cv, st)
                else:
                    ws.write(r, col, cv, st)
            texts.append("\n")
        for col, w in sh.get("widths", {}).items():
            ws.col(col).width = w * 256
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), "\n".join(texts)


# ---------------------------------------------------------------- LibreOffice (.doc/.xls), cached in assets/

ASSETS = os.path.join(HERE, "assets")


def soffice(src_bytes, src_ext, dst_ext, name):
    """Convert with headless LibreOffice once; the result is kept in assets/ and reused."""
    os.makedirs(ASSETS, exist_ok=True)
    h = hashlib.sha256(src_bytes).hexdigest()
    out = os.path.join(ASSETS, f"{name}.{dst_ext}")
    tag = out + ".src.sha256"
    if os.path.exists(out) and os.path.exists(tag) and open(tag).read().strip() == h:
        return open(out, "rb").read()
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, f"{name}.{src_ext}")
        with open(src, "wb") as f:
            f.write(src_bytes)
        filt = {"doc": "doc:MS Word 97", "xls": "xls:MS Excel 97"}[dst_ext]
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless",
                        "--convert-to", filt, "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(os.path.join(td, f"{name}.{dst_ext}"), out)
    with open(tag, "w") as f:
        f.write(h + "\n")
    return open(out, "rb").read()


# ---------------------------------------------------------------- scans and photos

FONT_DIR = "/usr/share/fonts/truetype/"
SERIF = FONT_DIR + "dejavu/DejaVuSerif.ttf"
SERIF_B = FONT_DIR + "dejavu/DejaVuSerif-Bold.ttf"
LSERIF = FONT_DIR + "liberation2/LiberationSerif-Regular.ttf"
LSERIF_B = FONT_DIR + "liberation2/LiberationSerif-Bold.ttf"
LSERIF_I = FONT_DIR + "liberation2/LiberationSerif-Italic.ttf"


def render_page(blocks, size=(2480, 3508), fontset="liberation", px=38, margin=(290, 220)):
    """Draw a typed report page at 300 dpi. blocks like pdf_text plus ('sign', lines) and
    ('head', left_lines, right_lines). Returns (PIL image RGB, drawn text)."""
    from PIL import Image, ImageDraw, ImageFont
    reg, bold = (LSERIF, LSERIF_B) if fontset == "liberation" else (SERIF, SERIF_B)
    F = lambda b=False, s=px: ImageFont.truetype(bold if b else reg, s)
    img = Image.new("RGB", size, "white")
    dr = ImageDraw.Draw(img)
    texts = []
    anchors = {}
    L, T = margin
    R = size[0] - 170
    y = T
    lh = int(px * 1.55)

    def center(t, f, cx=None):
        w = dr.textlength(t, font=f)
        cx = cx if cx is not None else (L + R) / 2
        dr.text((cx - w / 2, y), t, font=f, fill=(20, 20, 20))

    for b in blocks:
        k = b[0]
        if k == "gap":
            y += b[1]
            continue
        if k == "head":
            left, right = b[1], b[2]
            for i in range(max(len(left), len(right))):
                if i < len(left):
                    center(left[i], F(i == len(left) - 1, px - 4), L + 380)
                    texts.append(left[i])
                if i < len(right):
                    center(right[i], F(True, px - 4), L + 1380)
                    texts.append(right[i])
                y += lh
            y += 20
        elif k == "c":
            f = F(len(b) > 2 and b[2])
            center(b[1], f)
            texts.append(b[1])
            y += lh
        elif k in ("l", "lb"):
            f = F(k == "lb")
            words, cur = b[1].split(" "), ""
            for w in words:
                nxt = (cur + " " + w).strip()
                if dr.textlength(nxt, font=f) > R - L and cur:
                    dr.text((L, y), cur, font=f, fill=(20, 20, 20))
                    y += lh
                    cur = w
                else:
                    cur = nxt
            dr.text((L, y), cur, font=f, fill=(20, 20, 20))
            y += lh
            texts.append(b[1])
        elif k == "table":
            rows, widths = b[1], b[2]
            rh = int(px * 1.9)
            for i, row in enumerate(rows):
                x = L
                for j, v in enumerate(row):
                    dr.rectangle([x, y, x + widths[j], y + rh], outline=(30, 30, 30), width=3)
                    f = F(i == 0, px - 2)
                    dr.text((x + 14, y + (rh - px) // 2), str(v), font=f, fill=(20, 20, 20))
                    texts.append(str(v))
                    x += widths[j]
                y += rh
            y += 30
        elif k == "sign":
            x0 = L + 1250
            anchors["sign"] = (int(x0), int(y))
            for i, line in enumerate(b[1]):
                if line:
                    center(line, F(True), x0)
                    texts.append(line)
                y += lh
        texts.append("\n")
    return img, "\n".join(texts), anchors


def scribble(img, box, seed, color=(25, 45, 150)):
    from PIL import ImageDraw
    r = rng("scribble", seed)
    dr = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    pts = []
    x = x0
    while x < x1:
        pts.append((x, r.randint(y0, y1)))
        x += r.randint(18, 45)
    dr.line(pts, fill=color, width=5, joint="curve")


def stamp(img, center, seed, label="ỦY BAN NHÂN DÂN", radius=190):
    from PIL import Image, ImageDraw, ImageFont
    r = rng("stamp", seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    cx, cy = center
    red = (200, 30, 40, 150)
    dr.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=red, width=9)
    dr.ellipse([cx - radius + 30, cy - radius + 30, cx + radius - 30, cy + radius - 30], outline=red, width=4)
    f = ImageFont.truetype(LSERIF_B, 30)
    w = dr.textlength(label, font=f)
    dr.text((cx - w / 2, cy - 20), label, font=f, fill=red)
    import math
    star = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 42 if k % 2 == 0 else 18
        star.append((cx + rr * math.cos(a), cy - 75 + rr * math.sin(a)))
    dr.polygon(star, fill=red)
    layer = layer.rotate(r.uniform(-20, 20), center=center)
    img.paste(layer, (0, 0), layer)


def scanify(img, seed, angle=1.2, noise=12, blur=0.8, quality=55, grey_bg=None, shade=False,
            scale=1.0, mode="RGB", fmt="JPEG"):
    """Make a clean page look scanned or photographed. Deterministic (seeded noise)."""
    from PIL import Image, ImageFilter
    r = rng("scan", seed)
    if scale != 1.0:
        img = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    from PIL import ImageChops
    if grey_bg:  # a photo of the page lying on a desk
        W, H = img.size
        canvas = Image.new("RGB", (int(W * 1.10), int(H * 1.07)), grey_bg)
        canvas.paste(img, (int(W * 0.05), int(H * 0.035)))
        img = canvas.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=grey_bg).resize((W, H), Image.LANCZOS)
    else:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    if shade:  # uneven light of a phone photo
        small = Image.new("L", (3, 3))
        small.putdata([r.randint(165, 255) for _ in range(9)])
        grad = small.resize(img.size, Image.BICUBIC)
        img = ImageChops.multiply(img, Image.merge("RGB", (grad, grad, grad)))
    if noise:
        n = Image.frombytes("L", img.size, r.randbytes(img.width * img.height))
        n = n.point(lambda v: 128 + (v - 128) * noise // 128)
        nrgb = Image.merge("RGB", (n, n, n))
        img = ImageChops.add(img, nrgb, scale=1.0, offset=-128)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if mode == "L":
        img = img.convert("L")
    elif mode == "1":
        img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False, subsampling=2, dpi=(300, 300))
    else:
        img.save(buf, "PNG", optimize=True, dpi=(300, 300))
    return buf.getvalue()
