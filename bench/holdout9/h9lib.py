"""Helpers for make_holdout9.py: dates and periods, numbers, legacy encodings, a small
deterministic MIME writer, the mail-client profiles and the per-case record.

Nothing here reads the intake project; it only knows the configuration files named in the
brief (units.csv, forms/*.toml, example.toml)."""

import base64
import html
import io
import quopri
import random
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

VN = timezone(timedelta(hours=7))
UTC = timezone.utc
OFFICE = "sangnq.tamduong@laichau.gov.vn"
OFFICE_NAME = "Phòng Văn hóa và Thông tin huyện Tam Đường"

# ---------------------------------------------------------------------------------------
# dates and periods


def T(y, m, d, H=0, M=0, S=0, tz=VN):
    return datetime(y, m, d, H, M, S, tzinfo=tz)


def rule_period(d):
    """The configured rule: weeks end Thursday 16:00 Asia/Ho_Chi_Minh; a message sent up
    to 48 h after a deadline belongs to the week just closed, otherwise to the next."""
    d = d.astimezone(VN)
    back = (d.weekday() - 3) % 7
    thu = (d - timedelta(days=back)).replace(hour=16, minute=0, second=0, microsecond=0)
    if thu > d:
        thu -= timedelta(days=7)
    if d - thu <= timedelta(hours=48):
        return thu.date()
    return (thu + timedelta(days=7)).date()


def thursdays(year=2021):
    d = date(year, 1, 1)
    while d.weekday() != 3:
        d += timedelta(days=1)
    out = []
    while d.year == year:
        out.append(d)
        d += timedelta(days=7)
    return out


THU = thursdays()


def week_no(thu):
    """Our reading of "tuần N": the week ending on the N-th Thursday of the year (this is
    also the ISO week that contains that Thursday)."""
    return THU.index(thu) + 1


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
THU_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
TH_SHORT = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def rfc2822(d, tz=VN, pad=False, suffix=""):
    d = d.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{d.day:02d}" if pad else str(d.day)
    s = (f"{_DAYS[d.weekday()]}, {day} {_MONS[d.month - 1]} {d.year} "
         f"{d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}")
    return s + suffix


def ddmm(d):
    return f"{d.day:02d}/{d.month:02d}"


def ddmmyyyy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# ---------------------------------------------------------------------------------------
# numbers


def vn(n):
    """Vietnamese thousands separator: 3200 -> '3.200'."""
    s = str(int(n))
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    return s + out


def ri(rng, lo, hi, step=1):
    return rng.randrange(lo // step, hi // step + 1) * step


# Word forms a clerk reads without guessing; the generator checks every evidence string
# against this table or against plain digits.
WORD_FIGURES = {
    "1 tiếng rưỡi": 90, "1 tieng ruoi": 90, "1 giờ 30 phút": 90, "1h30": 90, "1h30'": 90,
    "1 giờ 15 phút": 75, "01 giờ 15 phút": 75, "1 giờ": 60, "2 giờ": 120, "1 tiếng": 60,
    "2 tiếng": 120, "1h15": 75, "1h45": 105, "1 giờ 45 phút": 105, "2 giờ 30 phút": 150,
    "2h30": 150, "1h20": 80, "1 gio 20 phut": 80, "1 giờ 10 phút": 70, "1h10": 70,
    "3,5 nghìn": 3500, "2 nghìn 5": 2500, "3 nghìn": 3000, "gần 3 nghìn": 3000,
    "2 nghìn": 2000, "4 nghìn": 4000, "1,5 nghìn": 1500, "5 nghìn": 5000, "2,5 nghìn": 2500,
    "hai nghìn": 2000, "1,5 nghin": 1500, "khong": 0, "không": 0, "Không": 0, "không phát hiện": 0,
    "Không phát hiện": 0, "không có": 0, "Không có": 0, "khong co": 0, "chưa phát hiện": 0,
    "Chưa phát hiện": 0, "chua phat hien": 0, "5 tiếng": 300, "6 tiếng": 360,
    "4 giờ 30 phút": 270, "5 giờ 15 phút": 315, "6 giờ": 360, "3 giờ 45 phút": 225,
    "1.5 giờ": None,  # never used as a figure: ambiguous
}


def evidence_value(ev):
    m = re.fullmatch(r"0?(\d+) (?:giờ|gio|tiếng|tieng) (\d+) (?:phút|phut)", ev)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"(\d+)h(\d+)'?", ev)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"(\d+) (?:giờ|tiếng)", ev)
    if m:
        return int(m.group(1)) * 60
    m = re.fullmatch(r"(\d+) (?:tiếng rưỡi|tieng ruoi|giờ rưỡi)", ev)
    if m:
        return int(m.group(1)) * 60 + 30
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", ev):
        return int(ev.replace(".", ""))
    if re.fullmatch(r"\d+", ev):
        return int(ev)
    if ev in WORD_FIGURES:
        return WORD_FIGURES[ev]
    raise ValueError(f"evidence {ev!r} is neither digits nor a known word form")


# ---------------------------------------------------------------------------------------
# text helpers


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold_ws(s):
    return re.sub(r"\s+", " ", nfc(s)).strip()


def strip_accents(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------------------
# legacy encodings (Unicode source -> legacy glyph string)

_TCVN3 = {
    "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7",
    "ă": "\xa8", "â": "\xa9", "ê": "\xaa", "ô": "\xab", "ơ": "\xac", "ư": "\xad", "đ": "\xae",
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


def tcvn3(s, heading=False):
    """Unicode -> TCVN3 (.VnTime). With heading=True the text is meant for .VnTimeH, the
    uppercase font: lowercase codes are written and the font draws capitals."""
    s = nfc(s)
    if heading:
        s = s.lower()
    out = []
    for ch in s:
        if ch in _TCVN3:
            out.append(_TCVN3[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            low = ch.lower()
            if low in _TCVN3 and not heading:
                raise ValueError(f"TCVN3 (.VnTime) has no capital {ch!r}; use .VnTimeH")
            raise ValueError(f"no TCVN3 code for {ch!r}")
    return "".join(out)


_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_TONES_CIRC = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_TONES_BREVE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _vni_char(ch):
    if ch == "đ":
        return "ñ"
    if ch == "Đ":
        return "Ñ"
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    if not marks:
        return ch
    upper = base.isupper()
    b = base.lower()
    shape = None
    tone = None
    for m in marks:
        if m in ("\u0302", "\u0306", "\u031b"):
            shape = m
        else:
            tone = m
    def U(s):
        return s.upper() if upper else s
    if b == "i":
        return _VNI_I[tone].upper() if upper else _VNI_I[tone]
    if b == "y" and tone == "\u0323":
        return "Î" if upper else "î"
    if shape == "\u031b":  # horn: ơ -> ô, ư -> ö
        hb = {"o": "ô", "u": "ö"}[b]
        s = U(hb)
        return s + (U(_VNI_TONES[tone]) if tone else "")
    if shape == "\u0302":
        return U(b) + U(_VNI_TONES_CIRC[tone] if tone else "â")
    if shape == "\u0306":
        return U(b) + U(_VNI_TONES_BREVE[tone] if tone else "ê")
    return U(b) + U(_VNI_TONES[tone])


def vni(s):
    """Unicode -> VNI Windows (VNI-Times)."""
    return "".join(_vni_char(c) if ord(c) > 127 else c for c in nfc(s))


def cp1258_bytes(s):
    """Encode NFC text in windows-1258 the way Vietnamese Windows does: precomposed base
    letters (â ê ô ơ ư ă đ) and combining tone marks."""
    out = bytearray()
    for ch in nfc(s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        for m in list(marks):
            if m in ("\u0302", "\u0306", "\u031b"):
                comp = nfc(base + m)
                if len(comp) == 1:
                    try:
                        comp.encode("cp1258")
                        base = comp
                        marks.remove(m)
                    except UnicodeEncodeError:
                        pass
        out += base.encode("cp1258")
        for m in marks:
            out += m.encode("cp1258")
    return bytes(out)


def mojibake(s):
    """UTF-8 bytes shown as windows-1252 (what a broken forward produces)."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(bytes([b]).decode("latin-1"))
    return "".join(out)


# ---------------------------------------------------------------------------------------
# zip normalisation (docx/xlsx are zips; fix every entry time and the core properties)


def normalise_zip(data, when, core=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                for tag, val in core.items():
                    txt = re.sub(rf"<{tag}([^>]*)>[^<]*</{tag}>", rf"<{tag}\1>{val}</{tag}>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# MIME writer


def b64_lines(data):
    return base64.encodebytes(data).decode("ascii")


def qp_text(raw):
    return quopri.encodestring(raw, quotetabs=False).decode("ascii")


def enc_word(s, charset="utf-8", mode="B", maxlen=75):
    """RFC 2047 encoded words, split on character boundaries, joined for folding."""
    if all(ord(c) < 128 for c in s) and "=?" not in s:
        return s
    words = []
    chunk = ""
    def encode(txt):
        raw = cp1258_bytes(txt) if charset.lower() == "windows-1258" else txt.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        q = ""
        for b in raw:
            c = chr(b)
            if c == " ":
                q += "_"
            elif c.isalnum() and b < 128:
                q += c
            else:
                q += f"={b:02X}"
        return f"=?{charset}?Q?{q}?="
    for ch in s:
        if len(encode(chunk + ch)) > maxlen and chunk:
            words.append(encode(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(encode(chunk))
    return "\n ".join(words)


def fold_header(name, value):
    if "\n" in value or len(name) + len(value) < 78:
        return f"{name}: {value}"
    # fold on spaces
    parts = value.split(" ")
    lines = []
    cur = f"{name}:"
    for p in parts:
        if len(cur) + 1 + len(p) > 76 and cur.strip() != f"{name}:":
            lines.append(cur)
            cur = " " + p
        else:
            cur += " " + p
    lines.append(cur)
    return "\n".join(lines)


def addr(name, email, charset="utf-8", mode="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:@]", name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{enc_word(name, charset, mode)} <{email}>"


@dataclass
class Part:
    headers: list
    body: object  # str (already encoded, ascii) or list of Part
    boundary: str = ""

    def render(self):
        out = [fold_header(k, v) for k, v in self.headers]
        if isinstance(self.body, list):
            s = "\n".join(out) + "\n\n"
            for p in self.body:
                s += f"--{self.boundary}\n" + p.render() + "\n"
            s += f"--{self.boundary}--\n"
            return s
        return "\n".join(out) + "\n\n" + self.body


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
              extra_ct=""):
    if charset == "windows-1258":
        raw = cp1258_bytes(text)
    else:
        raw = text.encode(charset)
    if cte == "quoted-printable":
        body = qp_text(raw)
    elif cte == "base64":
        body = b64_lines(raw)
    elif cte in ("7bit", "8bit"):
        body = raw.decode(charset if charset != "windows-1258" else "latin-1")
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    ct = f'text/{subtype}; charset="{charset}"' if subtype == "html" or not flowed else \
        f"text/{subtype}; charset={charset}; format=flowed"
    if extra_ct:
        ct += extra_ct
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


MIME_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf", "doc": "application/msword", "xls": "application/vnd.ms-excel",
    "csv": "text/csv", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
    "txt": "text/plain",
}


def attachment_part(filename, data, style="rfc2047", ctype=None, extra=None, inline=False):
    ext = filename.rsplit(".", 1)[-1].lower()
    ctype = ctype or MIME_TYPES[ext]
    ascii_name = all(ord(c) < 128 for c in filename)
    if ascii_name:
        ct = f'{ctype}; name="{filename}"'
        cd = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    elif style == "rfc2231":
        from urllib.parse import quote
        q = quote(nfc(filename).encode("utf-8"), safe="")
        ct = f"{ctype};\n name*=utf-8''{q}"
        cd = f"{'inline' if inline else 'attachment'};\n filename*=utf-8''{q}"
    else:
        ew = enc_word(filename)
        ct = f'{ctype}; name="{ew}"'
        cd = f'{"inline" if inline else "attachment"}; filename="{ew}"'
    hdrs = [("Content-Type", ct), ("Content-Disposition", cd),
            ("Content-Transfer-Encoding", "base64")]
    if extra:
        hdrs += extra
    return Part(hdrs, b64_lines(data))


# ---------------------------------------------------------------------------------------
# expected reports and evidence


FORM_FIELDS = {
    "weekly_propaganda": ["items", "minutes", "broadcasts", "listeners"],
    "social_media": ["groups", "group_members", "posts", "bluezone_installs", "fake_news"],
}


class Rep:
    """One expected report; w() writes a figure into the text and records it."""

    def __init__(self, form, unit, period_end=None, period_how=None, period_text=None,
                 status="accepted"):
        self.form = form
        self.unit = unit
        self.period_end = period_end          # date or None
        self.period_how = period_how          # "written", "rule" or None
        self.period_text = period_text        # the words of a written period
        self.status = status
        self.values = {}
        self.evidence = {}

    def w(self, key, value, text=None):
        assert key in FORM_FIELDS[self.form], key
        if text is None:
            text = vn(value)
        self.values[key] = value
        self.evidence[key] = text
        return text

    def expected(self):
        vals = {k: self.values[k] for k in FORM_FIELDS[self.form] if k in self.values}
        return {"unit": self.unit, "form": self.form,
                "period_end": self.period_end.isoformat() if self.period_end else None,
                "values": vals, "status": self.status}


@dataclass
class Case:
    family: str
    name: str
    difficulty: str
    note: str
    eml: bytes = b""
    reports: list = field(default_factory=list)
    sources: list = field(default_factory=list)   # Unicode text of legacy files, pdf, images
    files: dict = field(default_factory=dict)     # attachment name -> bytes (for checks)
    sender: str = ""
    date: datetime = None
    hold_reason: str = ""
    unit_named_as: str = ""  # for unknown senders: the name that identifies the unit


def rng_for(*key):
    return random.Random("holdout9|" + "|".join(str(k) for k in key))


def html_escape(s):
    return html.escape(s, quote=False)
