"""Helpers for make_holdout10.py: units, periods, MIME, docx/xlsx/pdf/images, legacy encodings.

Everything here is deterministic: fixed dates, fixed boundaries, seeded noise.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import os
import quopri
import random
import re
import unicodedata
import zipfile
from email import policy as _policy
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
VN = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc

OFFICE_BOX = "ttcs.svhttdl@dienbien.gov.vn"
OFFICE_STAFF = "nguyenlananh.svhttdl@dienbien.gov.vn"
OFFICE_NAME = "Phòng Quản lý Báo chí, Xuất bản và Thông tin cơ sở"
SO_NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên"

# --------------------------------------------------------------------------------------
# Units of Tỉnh Điện Biên from 1 July 2025 (45: 3 phường, 42 xã), codes of the 2025 list.
# (id, code, name without type, type, second address kind or "")
UNITS = [
    ("dien_bien_phu", "03127", "Điện Biên Phủ", "Phường", "vhxh"),
    ("muong_lay", "03151", "Mường Lay", "Phường", "vhxh"),
    ("sin_thau", "03158", "Sín Thầu", "Xã", ""),
    ("muong_nhe", "03160", "Mường Nhé", "Xã", "vhxh"),
    ("nam_ke", "03162", "Nậm Kè", "Xã", ""),
    ("muong_toong", "03163", "Mường Toong", "Xã", ""),
    ("quang_lam", "03164", "Quảng Lâm", "Xã", ""),
    ("muong_cha", "03166", "Mường Chà", "Xã", "vhxh"),
    ("na_hy", "03169", "Nà Hỳ", "Xã", ""),
    ("na_sang", "03172", "Na Sang", "Xã", "tttt"),
    ("cha_to", "03175", "Chà Tở", "Xã", ""),
    ("na_bung", "03176", "Nà Bủng", "Xã", ""),
    ("muong_tung", "03181", "Mường Tùng", "Xã", ""),
    ("pa_ham", "03193", "Pa Ham", "Xã", ""),
    ("nam_nen", "03194", "Nậm Nèn", "Xã", ""),
    ("si_pa_phin", "03199", "Si Pa Phìn", "Xã", ""),
    ("muong_pon", "03202", "Mường Pồn", "Xã", "vhxh"),
    ("na_son", "03203", "Na Son", "Xã", "vhxh"),
    ("xa_dung", "03208", "Xa Dung", "Xã", ""),
    ("muong_luan", "03214", "Mường Luân", "Xã", "vhxh"),
    ("tua_chua", "03217", "Tủa Chùa", "Xã", "tttt"),
    ("tua_thang", "03220", "Tủa Thàng", "Xã", ""),
    ("sin_chai", "03226", "Sín Chải", "Xã", ""),
    ("sinh_phinh", "03241", "Sính Phình", "Xã", ""),
    ("sang_nhe", "03244", "Sáng Nhè", "Xã", ""),
    ("tuan_giao", "03253", "Tuần Giáo", "Xã", "tttt"),
    ("muong_ang", "03256", "Mường Ảng", "Xã", "vhxh"),
    ("pu_nhung", "03260", "Pú Nhung", "Xã", ""),
    ("muong_mun", "03268", "Mường Mùn", "Xã", ""),
    ("chieng_sinh", "03283", "Chiềng Sinh", "Xã", ""),
    ("quai_to", "03295", "Quài Tở", "Xã", ""),
    ("bung_lao", "03301", "Búng Lao", "Xã", ""),
    ("muong_lan", "03313", "Mường Lạn", "Xã", ""),
    ("na_tau", "03316", "Nà Tấu", "Xã", ""),
    ("muong_phang", "03325", "Mường Phăng", "Xã", "vhxh"),
    ("thanh_nua", "03328", "Thanh Nưa", "Xã", "vhxh"),
    ("muong_thanh", "03334", "Mường Thanh", "Phường", "vhxh"),
    ("thanh_yen", "03349", "Thanh Yên", "Xã", ""),
    ("thanh_an", "03352", "Thanh An", "Xã", ""),
    ("sam_mun", "03356", "Sam Mứn", "Xã", ""),
    ("nua_ngam", "03358", "Núa Ngam", "Xã", ""),
    ("muong_nha", "03368", "Mường Nhà", "Xã", ""),
    ("pu_nhi", "03370", "Pu Nhi", "Xã", ""),
    ("phinh_giang", "03382", "Phình Giàng", "Xã", ""),
    ("tia_dinh", "03385", "Tìa Dình", "Xã", ""),
]
UNIT_BY_ID = {u[0]: u for u in UNITS}


def strip_marks(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


def unit_key(uid):
    return uid.replace("_", "")


def unit_emails(uid):
    u = UNIT_BY_ID[uid]
    k = unit_key(uid)
    pre = "p" if u[3] == "Phường" else ""
    out = [f"ubnd.{pre}{k}@dienbien.gov.vn"]
    if u[4] == "vhxh":
        out.append(f"vhxh.{pre}{k}@dienbien.gov.vn")
    elif u[4] == "tttt":
        out.append(f"truyenthanh.{pre}{k}@dienbien.gov.vn")
    return out


def unit_full(uid):
    u = UNIT_BY_ID[uid]
    return f"{u[3]} {u[2]}"


def unit_aliases(uid):
    u = UNIT_BY_ID[uid]
    n, t = u[2], u[3]
    a = strip_marks(n)
    ta = strip_marks(t)
    al = [n, a, f"{t} {n}", f"{ta} {a}", f"UBND {t.lower()} {n}", f"UBND {ta.lower()} {a}"]
    if t == "Phường":
        al += [f"P. {n}", f"P.{n}"]
    else:
        al += [f"X. {n}"]
    out = []
    for x in al:
        if x not in out:
            out.append(x)
    return out


def units_csv():
    lines = ["id,code,name,aliases,emails"]
    for u in UNITS:
        uid = u[0]
        lines.append(",".join([uid, u[1], unit_full(uid), ";".join(unit_aliases(uid)),
                               ";".join(unit_emails(uid))]))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# Periods

def vn(y, mo, d, h=9, mi=0, s=0, tz=7):
    """An aware datetime: the local time of the sender's clock with UTC offset tz hours."""
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def deadline_period(when):
    """Thursday 16:00 Asia/Ho_Chi_Minh, 48 h grace: the Thursday of the week the mail counts for."""
    t = when.astimezone(VN).replace(tzinfo=None)
    # most recent Thursday 16:00 at or before t
    d = t.date()
    back = (d.weekday() - 3) % 7
    last = dt.datetime.combine(d - dt.timedelta(days=back), dt.time(16, 0))
    if last > t:
        last -= dt.timedelta(days=7)
    if t - last <= dt.timedelta(hours=48):
        return last.date()
    return (last + dt.timedelta(days=7)).date()


# --------------------------------------------------------------------------------------
# Text utilities

def fold(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def text_to_html(t, font="Arial", size="10pt"):
    body = []
    for line in t.split("\n"):
        if line.startswith(">"):
            body.append(f"<div style=\"color:#500050\">{html.escape(line)}</div>")
        elif line.strip() == "":
            body.append("<div><br></div>")
        else:
            body.append(f"<div>{html.escape(line)}</div>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:{font};font-size:{size}\">" + "\n".join(body) + "</div></body></html>")


# --------------------------------------------------------------------------------------
# Legacy encodings

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


def to_tcvn3(s, upper_font=False):
    """Unicode -> TCVN3 (ABC) as Latin-1 code points. TCVN3 has no uppercase accented letters:
    an uppercase accented letter is written as its lowercase code (as typists do with .VnTimeH)."""
    s = unicodedata.normalize("NFC", s)
    if upper_font:
        s = s.lower()
    out = []
    for ch in s:
        if ch in _TCVN3_LOWER:
            out.append(_TCVN3_LOWER[ch])
        elif ch in _TCVN3_UPPER:
            out.append(_TCVN3_UPPER[ch])
        elif ch.lower() in _TCVN3_LOWER:
            out.append(_TCVN3_LOWER[ch.lower()])
        elif ord(ch) < 128:
            out.append(ch)
        elif ch in "–":
            out.append("-")
        elif ch == "―":
            out.append("_")
        else:
            raise ValueError(f"no TCVN3 for {ch!r}")
    return "".join(out)


_VNI_BASE = {"â": ("a", "â"), "ă": ("a", "ê"), "ê": ("e", "â"), "ô": ("o", "â"),
             "ơ": ("ô", ""), "ư": ("ö", ""), "đ": ("ñ", "")}
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT_TONE = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_VNI_Y_DOT = "î"


def _vni_char(ch):
    low = ch.lower()
    up = ch != low
    d = unicodedata.normalize("NFD", low)
    base = d[0]
    marks = d[1:]
    shape = ""
    tone = ""
    for m in marks:
        if m in ("\u0302", "\u0306", "\u031b"):
            shape = m
        else:
            tone = m
    if low == "đ":
        r = "ñ"
    elif base == "i" and tone:
        r = _VNI_I[tone]
    elif base == "y" and tone == "\u0323":
        r = _VNI_Y_DOT
    elif shape == "\u031b":  # ơ ư
        r = ("ô" if base == "o" else "ö") + (_VNI_TONE[tone] if tone else "")
    elif shape == "\u0302":  # â ê ô
        r = base + (_VNI_HAT_TONE[tone] if tone else "â")
    elif shape == "\u0306":  # ă
        r = base + (_VNI_BREVE_TONE[tone] if tone else "ê")
    elif tone:
        r = base + _VNI_TONE[tone]
    else:
        r = base
    if up:
        r = r.upper()
    return r


def to_vni(s):
    s = unicodedata.normalize("NFC", s)
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ch == "–":
            out.append("-")
        elif ch == "―":
            out.append("_")
        else:
            out.append(_vni_char(ch))
    return "".join(out)


def to_cp1258(s):
    """Encode as Windows-1258 the way Outlook does: precomposed where the code page has the
    letter, else base letter + combining tone byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        shape = "".join(m for m in d[1:] if m in "\u0302\u0306\u031b")
        tone = "".join(m for m in d[1:] if m not in "\u0302\u0306\u031b")
        try:
            out += (unicodedata.normalize("NFC", d[0] + shape) + tone).encode("cp1258")
        except UnicodeEncodeError:
            raise ValueError(f"no cp1258 for {ch!r}")
    assert unicodedata.normalize("NFC", bytes(out).decode("cp1258")) == unicodedata.normalize("NFC", s)
    return bytes(out)


# --------------------------------------------------------------------------------------
# MIME

def h(s):
    """An RFC 2047 header value (UTF-8) or the plain string when it is ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def h_q(s, charset="utf-8"):
    """Q-encoded header (Outlook / Zimbra style)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    raw = s.encode(charset) if charset != "windows-1258" else to_cp1258(s)
    words = []
    chunk = ""
    for b in raw:
        c = chr(b)
        if c == " ":
            enc = "_"
        elif c.isalnum() and b < 128:
            enc = c
        else:
            enc = "=%02X" % b
        if len(chunk) + len(enc) > 60:
            words.append(chunk)
            chunk = ""
        chunk += enc
    words.append(chunk)
    # do not split inside a UTF-8 sequence: re-split on character boundaries
    if charset == "utf-8":
        words = []
        chunk = b""
        for ch in s:
            e = ch.encode("utf-8")
            if len(chunk) + len(e) > 22:
                words.append(chunk)
                chunk = b""
            chunk += e
        words.append(chunk)
        words = ["".join("_" if x == 32 else (chr(x) if (chr(x).isalnum() and x < 128) else "=%02X" % x)
                         for x in w) for w in words]
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in words)


def addr(name, email, q=False):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{h(name)} <{email}>"


def _encode_payload(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("8bit", "7bit"):
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", raw=None, flowed=False):
    p = MIMENonMultipart("text", subtype, charset=charset)
    if flowed:
        p.set_param("format", "flowed")
    if raw is None:
        if charset.lower() == "windows-1258":
            raw = to_cp1258(text)
        else:
            raw = text.encode(charset)
    p.set_payload(_encode_payload(raw, cte))
    p["Content-Transfer-Encoding"] = cte
    return p


def attachment(data, filename, mime, style="2231", inline=False, cid=None):
    maint, sub = mime.split("/")
    p = MIMEBase(maint, sub)
    fn = filename
    try:
        fn.encode("ascii")
        ascii_name = True
    except UnicodeEncodeError:
        ascii_name = False
    if ascii_name:
        p.set_param("name", fn)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=fn)
    elif style == "2231":
        p.set_param("name", ("utf-8", "", fn))
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=("utf-8", "", fn))
    else:  # RFC 2047 in quotes (Outlook, Gmail)
        enc = Header(fn, "utf-8").encode(maxlinelen=998).replace("\n", "")
        p.set_param("name", enc)
        p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=enc)
    if cid:
        p["Content-ID"] = f"<{cid}>"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    return p


def bnd(seed, style="gmail"):
    hx = hashlib.sha1(seed.encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + hx[:16]
    if style == "outlook":
        return "_000_" + hx[:24].upper() + "_"
    if style == "zimbra":
        return "=_" + hx[:8] + "-" + hx[8:12] + "-" + hx[12:16] + "-" + hx[16:20] + "-" + hx[20:32]
    if style == "apple":
        return "Apple-Mail-" + hx[:8].upper() + "-" + hx[8:12].upper()
    return "----=_NextPart_" + hx[:3] + "_" + hx[3:7] + "_" + hx[7:15]


def msgid(seed, domain):
    hx = hashlib.sha1(("mid:" + seed).encode()).hexdigest()
    if domain == "gmail.com":
        return "<CA" + base64.b32encode(bytes.fromhex(hx)).decode().rstrip("=")[:30] + "@mail.gmail.com>"
    return f"<{hx[:8]}.{hx[8:20]}@{domain}>"


def build_message(*, seed, frm, to, subject, date, body=None, html_body=None, atts=(), cc=None,
                  style="gmail", charset="utf-8", cte="quoted-printable", headers=(),
                  in_reply_to=None, references=None, subject_q=False, mid_domain=None,
                  raw_body=None, body_subtype="plain", flowed=False, related=(), envelope=None):
    """Build a message; returns bytes."""
    # body part
    if html_body is not None and body is not None:
        alt = MIMEMultipart("alternative", boundary=bnd(seed + "alt", style))
        alt.attach(text_part(body, "plain", charset, cte, raw=raw_body, flowed=flowed))
        hp = text_part(html_body, "html", charset, cte)
        if related:
            rel = MIMEMultipart("related", boundary=bnd(seed + "rel", style))
            rel.attach(hp)
            for r in related:
                rel.attach(r)
            alt.attach(rel)
        else:
            alt.attach(hp)
        main = alt
    elif html_body is not None:
        main = text_part(html_body, "html", charset, cte)
    else:
        main = text_part(body or "", body_subtype, charset, cte, raw=raw_body, flowed=flowed)
    if atts:
        msg = MIMEMultipart("mixed", boundary=bnd(seed + "mix", style))
        msg.attach(main)
        for a in atts:
            msg.attach(a)
    else:
        msg = main
    return finalize(msg, seed=seed, frm=frm, to=to, subject=subject, date=date, cc=cc, headers=headers,
                    in_reply_to=in_reply_to, references=references, subject_q=subject_q, mid_domain=mid_domain,
                    envelope=envelope)


def _received(sender, date):
    dom = sender.split("@")[-1].lower()
    if dom.endswith("gmail.com") or dom.endswith("googlemail.com"):
        src = "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])"
    elif "yahoo" in dom:
        src = "sonic313-20.consmr.mail.sg3.yahoo.com (sonic313-20.consmr.mail.sg3.yahoo.com [106.10.240.80])"
    elif dom.endswith("dienbien.gov.vn"):
        src = "mail.dienbien.gov.vn (mail.dienbien.gov.vn [10.20.1.15])"
    else:
        src = f"mail.{dom} (mail.{dom} [103.97.125.18])"
    return f"from {src}\n\tby mx.dienbien.gov.vn; " + format_datetime(date.astimezone(VN))


def finalize(msg, *, seed, frm, to, subject, date, cc=None, headers=(), in_reply_to=None, references=None,
             subject_q=False, mid_domain=None, envelope=None):
    """Put the top headers on a MIME tree in a client-like order and serialise it."""
    for sub in msg.walk():
        if sub is not msg and "MIME-Version" in sub:
            del sub["MIME-Version"]
    # headers in a client-like order
    dom = mid_domain or re.sub(r"[>\s].*", "", frm.split("@")[-1])
    hdrs = [
        ("Return-Path", "<>" if envelope == "<>" else "<" + (envelope or re.sub(r".*<|>", "", frm)) + ">"),
        ("Received", _received("x@dienbien.gov.vn" if envelope == "<>" else (envelope or re.sub(r".*<|>", "", frm)), date)),
        ("Date", format_datetime(date)),
        ("From", frm),
        ("To", to),
    ]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Message-ID", msgid(seed, dom)))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
        hdrs.append(("References", references or in_reply_to))
    hdrs.append(("Subject", h_q(subject) if subject_q else h(subject)))
    hdrs.append(("MIME-Version", "1.0"))
    for k, v in headers:
        hdrs.append((k, v))
    # rebuild: headers first, then the MIME headers already on msg
    mime_hdrs = [(k, v) for k, v in msg.items() if k.lower() != "mime-version"]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in mime_hdrs:
        msg[k] = v
    buf = io.BytesIO()
    from email.generator import BytesGenerator
    g = BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=_policy.compat32)
    g.flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# Zip normalisation (docx, xlsx)

def normalize_zip(data, when, author="", title=""):
    """Rewrite an OOXML zip with fixed entry times and fixed core properties."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for info in zin.infolist():
        b = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            s = b.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\2", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2", s)
            s = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", s)
            b = s.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zi.create_system = 0
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()
