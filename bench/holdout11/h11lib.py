"""Helpers for make_holdout11.py: deterministic mail, office files, legacy encodings, checks."""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
import re
import unicodedata
import zipfile
from email import message_from_bytes, policy as email_policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr

VN = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc
OFFICE = "sangnq.tamduong@laichau.gov.vn"
OFFICE_NAME = "Phòng Văn hóa và Thông tin huyện Tam Đường"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
FIXED_ZIP_TIME = (2023, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- configuration
def load_units():
    units = {}
    with open(os.path.join(ROOT, "config", "units.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            units[row["id"]] = row
    return units

UNITS = load_units()

def unit_email(uid):
    return UNITS[uid]["emails"].split(";")[0]

def load_forms():
    import tomllib
    forms = {}
    d = os.path.join(ROOT, "config", "forms")
    for fn in sorted(os.listdir(d)):
        if fn.endswith(".toml"):
            with open(os.path.join(d, fn), "rb") as f:
                t = tomllib.load(f)
            forms[t["id"]] = t
    return forms

FORMS = load_forms()

# ---------------------------------------------------------------- dates
def thursday(n):
    """n-th Thursday of 2023 (1 = 2023-01-05)."""
    return dt.date(2023, 1, 5) + dt.timedelta(weeks=n - 1)

def thu_of(month, day):
    d = dt.date(2023, month, day)
    assert d.weekday() == 3, d
    return d

def sent(thu, day_offset=0, hh=9, mm=0, tz=VN, ss=0):
    """A moment relative to a Thursday (date), in Vietnam time, then shown in tz."""
    base = dt.datetime(thu.year, thu.month, thu.day, hh, mm, ss, tzinfo=VN) + dt.timedelta(days=day_offset)
    return base.astimezone(tz)

def at(y, m, d, hh, mm, tz=VN, ss=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=tz)

def weekly_period(moment):
    v = moment.astimezone(VN)
    # deadline of the week containing v: the Thursday 16:00 on or after v
    days = (3 - v.weekday()) % 7
    thu = (v + dt.timedelta(days=days)).date()
    deadline = dt.datetime(thu.year, thu.month, thu.day, 16, 0, tzinfo=VN)
    if deadline < v:
        thu = thu + dt.timedelta(days=7)
        deadline = deadline + dt.timedelta(days=7)
    prev = deadline - dt.timedelta(days=7)
    if v - prev <= dt.timedelta(hours=48) and v > prev:
        return prev.date()
    return thu

def monthly_period(moment):
    v = moment.astimezone(VN)
    y, m = v.year, v.month
    def dl(y, m):
        return dt.datetime(y, m, 20, 16, 0, tzinfo=VN)
    cur = dl(y, m)
    if v <= cur:
        py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
        prev = dl(py, pm)
        if v - prev <= dt.timedelta(hours=120):
            return prev.date()
        return cur.date()
    if v - cur <= dt.timedelta(hours=120):
        return cur.date()
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    return dl(ny, nm).date()

# ---------------------------------------------------------------- legacy encodings
TCVN3 = {
    "ă": "\xa8", "â": "\xa9", "ê": "\xaa", "ô": "\xab", "ơ": "\xac", "ư": "\xad", "đ": "\xae",
    "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7",
    "à": "\xb5", "ả": "\xb6", "ã": "\xb7", "á": "\xb8", "ạ": "\xb9",
    "ằ": "\xbb", "ẳ": "\xbc", "ẵ": "\xbd", "ắ": "\xbe", "ặ": "\xc6",
    "ầ": "\xc7", "ẩ": "\xc8", "ẫ": "\xc9", "ấ": "\xca", "ậ": "\xcb",
    "è": "\xcc", "ẻ": "\xce", "ẽ": "\xcf", "é": "\xd0", "ẹ": "\xd1",
    "ề": "\xd2", "ể": "\xd3", "ễ": "\xd4", "ế": "\xd5", "ệ": "\xd6",
    "ì": "\xd7", "ỉ": "\xd8", "ĩ": "\xdc", "í": "\xdd", "ị": "\xde",
    "ò": "\xdf", "ỏ": "\xe1", "õ": "\xe2", "ó": "\xe3", "ọ": "\xe4",
    "ồ": "\xe5", "ổ": "\xe6", "ỗ": "\xe7", "ố": "\xe8", "ộ": "\xe9",
    "ờ": "\xea", "ở": "\xeb", "ỡ": "\xec", "ớ": "\xed", "ợ": "\xee",
    "ù": "\xef", "ủ": "\xf1", "ũ": "\xf2", "ú": "\xf3", "ụ": "\xf4",
    "ừ": "\xf5", "ử": "\xf6", "ữ": "\xf7", "ứ": "\xf8", "ự": "\xf9",
    "ỳ": "\xfa", "ỷ": "\xfb", "ỹ": "\xfc", "ý": "\xfd", "ỵ": "\xfe",
}

def to_tcvn3(text):
    """Unicode -> TCVN3 as the Latin-1 characters a .VnTime run stores (no capital
    accented letters in TCVN3: they become lower case, as .VnTimeH users type them)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in TCVN3:
            out.append(TCVN3[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            low = ch.lower()
            if low in TCVN3:
                out.append(TCVN3[low])
            else:
                raise ValueError("no TCVN3 for %r" % ch)
    return "".join(out)

_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_TONE_CIRC = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_TONE_BREVE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}

def to_vni(text):
    """Unicode -> VNI Windows, as the cp1252 characters a VNI-Times run stores."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ch)
            continue
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        upper = base.isupper()
        b = base.lower()
        tone = None
        shape = None
        for mk in marks:
            if mk in ("\u0302",):
                shape = "circ"
            elif mk == "\u0306":
                shape = "breve"
            elif mk == "\u031b":
                shape = "horn"
            else:
                tone = mk
        if b == "i":
            s = _VNI_I[tone] if tone else "i"
            if tone is None:
                s = "i"
        elif shape == "horn":
            s = ("ô" if b == "o" else "ö") + (_VNI_TONE[tone] if tone else "")
        elif shape == "circ":
            s = b + (_VNI_TONE_CIRC[tone] if tone else "â")
        elif shape == "breve":
            s = b + (_VNI_TONE_BREVE[tone] if tone else "ê")
        else:
            if b == "y" and tone == "\u0323":
                s = "y" + "î"
            else:
                s = b + (_VNI_TONE[tone] if tone else "")
        if upper:
            s = s.upper()
        out.append(s)
    return "".join(out)

def to_cp1258(text):
    """Unicode -> windows-1258 bytes (precomposed base letters, combining tone bytes)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        # recompose base + shape mark (circumflex, breve, horn) when cp1258 has it
        base = d[0]
        rest = d[1:]
        shapes = [m for m in rest if m in "\u0302\u0306\u031b"]
        if shapes:
            base = unicodedata.normalize("NFC", base + shapes[0])
            rest = "".join(m for m in rest if m != shapes[0])
        out += base.encode("cp1258")
        for mk in rest:
            out += mk.encode("cp1258")
    assert unicodedata.normalize("NFC", out.decode("cp1258")) == unicodedata.normalize("NFC", text)
    return bytes(out)

def fold(text):
    t = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFD", t)
    return unicodedata.normalize("NFC", "".join(c for c in t if not unicodedata.combining(c)))

# ---------------------------------------------------------------- zips
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = blob.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2023-01-02T08:00:00Z\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2023-01-02T08:00:00Z\2", s)
                s = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>2023-01-02T08:00:00Z\2", s)
                blob = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()

# ---------------------------------------------------------------- mail
def _hid(name, what, n=20):
    return hashlib.sha256((name + "|" + what).encode()).hexdigest()[:n]

def _addr(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")

def text_part(text, subtype="plain", charset="utf-8", cte="base64", raw=None):
    if raw is None:
        if charset == "windows-1258":
            raw = to_cp1258(text)
        else:
            raw = text.encode(charset)
    p = MIMEBase("text", subtype, charset=charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        p.set_payload(raw.decode("ascii"))
    p["Content-Transfer-Encoding"] = cte
    return p

MIME_TYPES = {
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "xls": ("application", "vnd.ms-excel"),
    "doc": ("application", "msword"),
    "pdf": ("application", "pdf"),
    "csv": ("text", "csv"),
    "png": ("image", "png"),
    "jpg": ("image", "jpeg"),
    "ics": ("text", "calendar"),
}

def attachment_part(filename, data, mime=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    maintype, subtype = mime or MIME_TYPES[ext]
    p = MIMEBase(maintype, subtype)
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    p["Content-Transfer-Encoding"] = "base64"
    try:
        filename.encode("ascii")
        p.add_header("Content-Disposition", "attachment", filename=filename)
        p.set_param("name", filename)
    except UnicodeEncodeError:
        p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
        p.set_param("name", ("utf-8", "", filename))
    return p

class Att:
    """An attachment: file name, bytes, and the text a reader sees in it (for checks)."""
    def __init__(self, filename, data, text, mime=None):
        self.filename, self.data, self.text, self.mime = filename, data, text, mime

def build_mail(name, frm, subject, date, text=None, html=None, atts=(), to=None, cc=None,
               charset="utf-8", cte="base64", html_cte="quoted-printable", headers=None,
               reply_to_id=None, raw_text=None, attached_msgs=(), subject_charset="utf-8"):
    fname, faddr = frm
    parts = []
    body = None
    if text is not None and html is not None:
        body = MIMEMultipart("alternative", boundary="----=_Alt_" + _hid(name, "alt"))
        body.attach(text_part(text, "plain", charset, cte, raw=raw_text))
        body.attach(text_part(html, "html", charset, html_cte))
    elif html is not None:
        body = text_part(html, "html", charset, html_cte)
    elif text is not None or raw_text is not None:
        body = text_part(text, "plain", charset, cte, raw=raw_text)
    if atts or attached_msgs:
        msg = MIMEMultipart("mixed", boundary="----=_Part_" + _hid(name, "mixed"))
        if body is not None:
            msg.attach(body)
        for a in atts:
            msg.attach(attachment_part(a.filename, a.data, a.mime))
        for m in attached_msgs:
            msg.attach(MIMEMessage(m))
    else:
        msg = body if body is not None else text_part("", "plain")
    hdrs = [("From", _addr(fname, faddr)),
            ("To", ", ".join(_addr(n, a) for n, a in (to or [("", OFFICE)]))),]
    if cc:
        hdrs.append(("Cc", ", ".join(_addr(n, a) for n, a in cc)))
    try:
        subject.encode("ascii")
        subj = subject
    except UnicodeEncodeError:
        if subject_charset == "windows-1258":
            subj = "=?windows-1258?Q?" + "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else ("_" if b == 32 else "=%02X" % b)
                for b in to_cp1258(subject)) + "?="
        else:
            subj = Header(subject, "utf-8").encode()
    hdrs.append(("Subject", subj))
    hdrs.append(("Date", format_datetime(date)))
    dom = faddr.split("@", 1)[1] if "@" in faddr else "localhost"
    hdrs.append(("Message-ID", "<%s@%s>" % (_hid(name, "mid", 24), dom)))
    if reply_to_id:
        hdrs.append(("In-Reply-To", reply_to_id))
        hdrs.append(("References", reply_to_id))
    hdrs.append(("MIME-Version", "1.0"))
    for k, v in (headers or {}).items():
        hdrs.append((k, v))
    # put our headers first
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        if k == "MIME-Version" and any(e[0] == "MIME-Version" for e in existing):
            continue
        msg[k] = v
    for k, v in existing:
        msg[k] = v
    return msg

def msg_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue()

def fake_mid(name, dom="laichau.gov.vn"):
    return "<%s@%s>" % (_hid(name, "ref", 24), dom)

# ---------------------------------------------------------------- checks
def mail_text(data):
    """Subject, decoded text of every text part (nested messages included)."""
    m = message_from_bytes(data, policy=email_policy.default)
    texts = [str(m.get("Subject", ""))]
    for part in m.walk():
        if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html", "csv", "calendar"):
            if part.get_content_subtype() == "csv" and part.get_filename():
                continue
            try:
                texts.append(part.get_content())
            except Exception:
                texts.append(part.get_payload(decode=True).decode("latin-1"))
        elif part.get_content_type() == "message/rfc822":
            pass
    for part in m.walk():
        for k in ("Subject",):
            pass
    return unicodedata.normalize("NFC", "\n".join(texts))

def figure_found(hay, value, written):
    cands = []
    if written:
        cands.append(written)
    if isinstance(value, int):
        cands.append(str(value))
        if value >= 1000:
            cands.append("{:,}".format(value).replace(",", "."))
            cands.append("{:,}".format(value))
    else:
        cands.append(str(value))
    for c in cands:
        c = unicodedata.normalize("NFC", c)
        if re.search(r"(?<!\d)(?<!\d[.,])" + re.escape(c) + r"(?![\d]|[.,]\d)", hay):
            return True
        if not re.match(r"^[\d.,]+$", c) and c in hay:
            return True
    return False
