"""Builders (mail, xlsx, xls, docx, pdf, images, legacy encodings) and checks for holdout12.
Everything is deterministic: boundaries, Message-IDs, zip timestamps, PDF ids."""
import hashlib, io, json, re, zipfile, datetime as dt, unicodedata, html as htmlmod
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.header import Header
from email.utils import formataddr
from email import encoders, policy
from email.generator import BytesGenerator

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
VN = dt.timezone(dt.timedelta(hours=7))
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)


def h(name, n=16):
    return hashlib.sha256(name.encode()).hexdigest()[:n]


# ---------- period rule: Thursday 16:00 Asia/Ho_Chi_Minh, 48 h grace ----------
def period_for(sent_vn):
    d = sent_vn.date()
    # most recent Thursday deadline at or before sent
    back = (d.weekday() - 3) % 7
    thu = d - dt.timedelta(days=back)
    dl = dt.datetime.combine(thu, dt.time(16, 0), VN)
    if dl > sent_vn:
        thu -= dt.timedelta(days=7)
        dl -= dt.timedelta(days=7)
    if sent_vn <= dl + dt.timedelta(hours=48):
        return thu
    return thu + dt.timedelta(days=7)


def month_period_for(sent_vn):
    # monthly form: ends on the 20th, due 16:00 that day, 120 h grace
    y, m = sent_vn.year, sent_vn.month
    def end(y, m):
        return dt.datetime(y, m, 20, 16, 0, tzinfo=VN)
    e = end(y, m)
    if sent_vn <= e:
        pm_y, pm_m = (y, m - 1) if m > 1 else (y - 1, 12)
        if sent_vn <= end(pm_y, pm_m) + dt.timedelta(hours=120):
            return dt.date(pm_y, pm_m, 20)
        return dt.date(y, m, 20)
    if sent_vn <= e + dt.timedelta(hours=120):
        return dt.date(y, m, 20)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    return dt.date(ny, nm, 20)


# ---------- zip normalisation ----------
def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2025-01-01T00:00:00Z\g<3>", b)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


# ---------- attachments ----------
def xlsx(rows, sheet="Báo cáo", extra_sheets=None, times=None):
    """rows: list of lists; returns (bytes, text). times: {(r,c): (h,m)} written as Excel times."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    text = []
    def fill(ws, rows, times):
        for r, row in enumerate(rows, 1):
            for c, v in enumerate(row, 1):
                if v is None and not (times and (r, c) in times):
                    continue
                if times and (r, c) in times:
                    hh, mm = times[(r, c)]
                    cell = ws.cell(r, c, dt.time(hh, mm))
                    cell.number_format = "h:mm"
                    text.append(f"{hh}:{mm:02d}")
                else:
                    ws.cell(r, c, v)
                    text.append(str(v))
    fill(ws, rows, times)
    for name, rws in (extra_sheets or []):
        fill(wb.create_sheet(name), rws, None)
    wb.properties.creator = "UBND"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue()), "\n".join(text)


def xls(rows, sheet="Sheet1"):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    text = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None:
                continue
            ws.write(r, c, v)
            text.append(str(v))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), "\n".join(text)


def csvb(rows, enc="utf-8-sig"):
    import csv
    s = io.StringIO()
    w = csv.writer(s, lineterminator="\r\n")
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    t = s.getvalue()
    return t.encode(enc), t


def docx(unit_upper, place, date_vn, title, summary, paras, table=None, signer=("CHỦ TỊCH", "Nguyễn Văn An"), number="25/BC-UBND", parent="ỦY BAN NHÂN DÂN", font="Times New Roman"):
    """Official layout (Nghị định 30/2020): header table, BÁO CÁO, trích yếu, body, signature."""
    import docx as D
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = D.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    text = []
    t = d.add_table(rows=2, cols=2)
    def cell(c, lines):
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, (ln, bold) in enumerate(lines):
            if i:
                p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln); r.bold = bold; r.font.size = Pt(13)
            text.append(ln)
    cell(t.cell(0, 0), [(parent, False), (unit_upper, True)])
    cell(t.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)])
    cell(t.cell(1, 0), [(f"Số: {number}", False)])
    cell(t.cell(1, 1), [(f"{place}, ngày {date_vn.day:02d} tháng {date_vn.month:02d} năm {date_vn.year}", False)])
    for ln, b in (("BÁO CÁO", True), (summary, True)):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = b; text.append(ln)
    for ln in paras:
        if ln == "@TABLE" and table:
            tb = d.add_table(rows=0, cols=len(table[0]))
            tb.style = "Table Grid"
            for row in table:
                cs = tb.add_row().cells
                for c, v in zip(cs, row):
                    c.text = str(v); text.append(str(v))
            continue
        p = d.add_paragraph(ln); p.paragraph_format.first_line_indent = Mm(10); text.append(ln)
    p = d.add_paragraph(); r = p.add_run("Nơi nhận:"); r.bold = True; r.italic = True
    d.add_paragraph("- Sở VHTTDL tỉnh;\n- Lưu: VT.")
    for ln in (signer[0], "(Đã ký)", signer[1]):
        p = d.add_paragraph(ln); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; text.append(ln)
    d.core_properties.author = "UBND"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_modified_by = "UBND"
    d.core_properties.revision = 1
    buf = io.BytesIO(); d.save(buf)
    return fix_zip(buf.getvalue()), "\n".join(text)


def pdf(lines, size=11):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("DV")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DV", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setFont("DV", size)
    y = 800
    for ln in lines:
        c.drawString(60, y, ln); y -= size * 1.6
        if y < 60:
            c.showPage(); c.setFont("DV", size); y = 800
    c.save()
    return buf.getvalue(), "\n".join(lines)


def image(lines, fmt="PNG", rotate=0, seed="x"):
    """A 'scan' or 'photo' of a page: the figures are drawn, not text."""
    from PIL import Image, ImageDraw, ImageFont
    import random
    rnd = random.Random(seed)
    im = Image.new("RGB", (1240, 60 + 46 * len(lines)), (247, 245, 238))
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT_SERIF, 30)
    for i, ln in enumerate(lines):
        dr.text((60 + rnd.randint(0, 4), 30 + 46 * i), ln, font=f, fill=(30, 30, 40))
    for _ in range(300):
        x, y = rnd.randrange(im.width), rnd.randrange(im.height)
        im.putpixel((x, y), (180, 180, 180))
    if rotate:
        im = im.rotate(rotate, expand=True, fillcolor=(255, 255, 255))
    buf = io.BytesIO()
    im.save(buf, fmt, **({"quality": 80} if fmt == "JPEG" else {}))
    return buf.getvalue(), "\n".join(lines)


# ---------- legacy encodings ----------
def cp1258(s):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258"); continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        base = nfd[0]; rest = nfd[1:]
        tones = ""
        for m in rest:
            if m in "\u0302\u0306\u031b":
                base = unicodedata.normalize("NFC", base + m)
            else:
                tones += m
        out += (base + tones).encode("cp1258")
    return bytes(out)


# ---------- mail ----------
def addr(name, email):
    if not name:
        return email
    return formataddr((str(Header(name, "utf-8")), email)) if any(ord(c) > 127 for c in name) else formataddr((name, email))


class Case:
    def __init__(self, family, name, **kw):
        self.family, self.name = family, name
        self.__dict__.update(kw)


def build(case, office="ttcs.svhttdl@tuyenquang.gov.vn"):
    """Returns (eml bytes, check text)."""
    c = case
    texts = [c.subject or ""]
    atts = getattr(c, "atts", []) or []
    body = getattr(c, "body", None)
    html = getattr(c, "html", None)
    charset = getattr(c, "charset", "utf-8")
    raw_body = getattr(c, "raw_body", None)  # pre-encoded bytes for legacy charsets
    parts = []
    if raw_body is not None:
        import quopri
        from email.mime.nonmultipart import MIMENonMultipart
        tp = MIMENonMultipart("text", "plain", charset=charset)
        tp["Content-Transfer-Encoding"] = "quoted-printable"
        tp.set_payload(quopri.encodestring(raw_body).decode("ascii"))
        parts.append(tp); texts.append(body)
    elif body is not None and html is not None:
        alt = MIMEMultipart("alternative", boundary="=_alt_" + h(c.name, 20))
        alt.attach(MIMEText(body, "plain", "utf-8"))
        alt.attach(MIMEText(html, "html", "utf-8"))
        parts.append(alt); texts.append(body); texts.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", html)))
    elif html is not None:
        parts.append(MIMEText(html, "html", "utf-8")); texts.append(htmlmod.unescape(re.sub(r"<[^>]+>", " ", html)))
    elif body is not None:
        parts.append(MIMEText(body, "plain", "utf-8")); texts.append(body)
    for a in atts:
        fname, data, mtype, atext = a
        if mtype == "message/rfc822":
            inner, itext = data
            p = MIMEMessage(inner)
            p.add_header("Content-Disposition", "attachment")
            parts.append(p); texts.append(itext); continue
        maj, mnr = mtype.split("/")
        p = MIMEBase(maj, mnr)
        p.set_payload(data)
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname) if any(ord(ch) > 127 for ch in fname) else fname)
        parts.append(p); texts.append(fname); texts.append(atext or "")
    if len(parts) == 1 and not atts:
        msg = parts[0]
    else:
        msg = MIMEMultipart("mixed", boundary="=_mix_" + h(c.name, 20))
        for p in parts:
            msg.attach(p)
    msg["From"] = addr(*c.frm) if isinstance(c.frm, tuple) else c.frm
    msg["To"] = getattr(c, "to", office)
    msg["Subject"] = Header(c.subject, "utf-8").encode() if any(ord(ch) > 127 for ch in c.subject) else c.subject
    msg["Date"] = c.date_hdr
    msg["Message-ID"] = f"<{h(c.name)}.{c.family}@{c.msgid_domain}>"
    for k, v in (getattr(c, "headers", None) or []):
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, policy=policy.SMTP, mangle_from_=False).flatten(msg)
    return buf.getvalue(), "\n".join(texts)
