"""Building blocks for make_holdout5.py: MIME, office files, legacy encodings, checks.

Everything here is deterministic: fixed boundaries, Message-IDs, zip timestamps, document
properties, seeded noise. Nothing here reads the parser.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import quopri
import random
import re
import subprocess
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ASSETS = HERE / "assets"
VN = dt.timezone(dt.timedelta(hours=7))  # Asia/Ho_Chi_Minh: +07:00, no DST since 1975
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

OFFICE = "sangnq.tamduong@laichau.gov.vn"
OFFICE_NAME = "Phòng Văn hóa và Thông tin huyện Tam Đường"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------------------
# Units (display data written by hand; ids and addresses are checked against units.csv)

@dataclass(frozen=True)
class Unit:
    id: str
    short: str  # "Bản Bo"
    kind: str  # "xã", "thị trấn", "đài"
    ascii: str  # "Ban Bo"
    email: str

    @property
    def full(self) -> str:  # "xã Bản Bo"
        if self.kind == "đài":
            return "Đài Truyền thanh - Truyền hình huyện"
        return f"{self.kind} {self.short}"

    @property
    def Full(self) -> str:  # "Xã Bản Bo"
        return self.full[0].upper() + self.full[1:]

    @property
    def ubnd(self) -> str:  # "UBND xã Bản Bo"
        if self.kind == "đài":
            return "Đài Truyền thanh - Truyền hình huyện Tam Đường"
        return f"UBND {self.full}"

    @property
    def upper(self) -> str:  # "XÃ BẢN BO"
        if self.kind == "đài":
            return "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"
        return self.full.upper()

    @property
    def place(self) -> str:
        return "Tam Đường" if self.kind in ("thị trấn", "đài") else self.short

    @property
    def station(self) -> str:
        if self.kind == "đài":
            return "Đài Truyền thanh - Truyền hình huyện"
        return f"Trạm truyền thanh {self.full}"

    @property
    def symbol(self) -> str:
        return "BC-ĐTTTH" if self.kind == "đài" else "BC-UBND"


_U = [
    ("tt_tam_duong", "Tam Đường", "thị trấn", "Tam Duong"),
    ("then_sin", "Thèn Sin", "xã", "Then Sin"),
    ("ta_leng", "Tả Lèng", "xã", "Ta Leng"),
    ("giang_ma", "Giang Ma", "xã", "Giang Ma"),
    ("ho_thau", "Hồ Thầu", "xã", "Ho Thau"),
    ("binh_lu", "Bình Lư", "xã", "Binh Lu"),
    ("son_binh", "Sơn Bình", "xã", "Son Binh"),
    ("nung_nang", "Nùng Nàng", "xã", "Nung Nang"),
    ("ban_giang", "Bản Giang", "xã", "Ban Giang"),
    ("ban_hon", "Bản Hon", "xã", "Ban Hon"),
    ("ban_bo", "Bản Bo", "xã", "Ban Bo"),
    ("na_tam", "Nà Tăm", "xã", "Na Tam"),
    ("khun_ha", "Khun Há", "xã", "Khun Ha"),
    ("dai_th_th", "Tam Đường", "đài", "Dai TTTH"),
]


def load_units() -> dict[str, Unit]:
    import csv

    rows = {}
    with open(ROOT / "config" / "units.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows[r["id"]] = r
    out = {}
    for uid, short, kind, asc in _U:
        assert uid in rows, uid
        email = rows[uid]["emails"].split(";")[0].strip()
        out[uid] = Unit(uid, short, kind, asc, email)
    assert set(out) == set(rows), set(rows) ^ set(out)
    return out


def load_forms() -> dict[str, dict]:
    import tomllib

    forms = {}
    for p in sorted((ROOT / "config" / "forms").glob("*.toml")):
        d = tomllib.loads(p.read_text(encoding="utf-8"))
        forms[d["id"]] = {f["key"]: (f.get("min"), f.get("max"), f.get("required", False))
                          for f in d["fields"]}
    return forms


UNITS = load_units()
FORMS = load_forms()


# --------------------------------------------------------------------------------------
# Weeks and periods

def thursdays_2021():
    d = dt.date(2021, 3, 4)
    while d <= dt.date(2021, 12, 30):
        yield d
        d += dt.timedelta(days=7)


def week_of(thu: dt.date) -> tuple[dt.date, dt.date]:
    assert thu.weekday() == 3, thu
    return thu - dt.timedelta(days=6), thu


def period_from_date(when: dt.datetime) -> dt.date:
    """The configured rule: Thursday 16:00 Vietnam time, 48 h grace."""
    t = when.astimezone(VN)
    back = (t.weekday() - 3) % 7
    d = (t - dt.timedelta(days=back)).replace(hour=16, minute=0, second=0, microsecond=0)
    if d > t:
        d -= dt.timedelta(days=7)
    if t - d <= dt.timedelta(hours=48):
        return d.date()
    return (d + dt.timedelta(days=7)).date()


def dmy(d: dt.date, style: str = "d/m/Y") -> str:
    """Vietnamese dates in the styles clerks type."""
    if style == "d/m/Y":
        return f"{d.day}/{d.month}/{d.year}"
    if style == "dd/mm/Y":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "d/m":
        return f"{d.day}/{d.month}"
    if style == "dd/mm":
        return f"{d.day:02d}/{d.month:02d}"
    if style == "long":  # ngày 04 tháng 02 năm 2021 (ND 30 leading zeros)
        m = f"{d.month:02d}" if d.month < 3 else str(d.month)
        return f"ngày {d.day:02d} tháng {m} năm {d.year}"
    raise ValueError(style)


def at(d: dt.date, hh: int, mm: int, ss: int = 0, tz=VN) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, hh, mm, ss, tzinfo=tz)


# --------------------------------------------------------------------------------------
# Legacy encodings: TCVN3 (ABC, fonts .VnTime/.VnTimeH) and VNI Windows (VNI-Times)

TCVN3 = {
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
TCVN3_REV = {chr(v): k for k, v in TCVN3.items()}


def to_tcvn3(s: str, upper_font: bool = False) -> str:
    """Unicode -> the characters Word/Excel store for a .VnTime run (bytes as Latin-1).

    TCVN3 has no upper-case toned letters: in .VnTime they are typed lower case, and in
    .VnTimeH (an all-capitals font) everything is typed lower case."""
    s = nfc(s)
    if upper_font:
        s = s.lower()
    out = []
    for ch in s:
        if ch in TCVN3:
            out.append(chr(TCVN3[ch]))
        elif ord(ch) < 128:
            out.append(ch)
        elif ch.lower() in TCVN3:
            out.append(chr(TCVN3[ch.lower()]))
        else:
            raise ValueError(f"no TCVN3 for {ch!r}")
    return "".join(out)


def from_tcvn3(s: str) -> str:
    return "".join(TCVN3_REV.get(c, c) for c in s)


_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_VNI_TONE = {"s": "ù", "f": "ø", "r": "û", "x": "õ", "j": "ï"}
_VNI_I = {"s": "í", "f": "ì", "r": "æ", "x": "ó", "j": "ò"}
_VNI_CIRC = {None: "â", "s": "á", "f": "à", "r": "å", "x": "ã", "j": "ä"}
_VNI_BREVE = {None: "ê", "s": "é", "f": "è", "r": "ú", "x": "ü", "j": "ë"}


def _vni_char(ch: str) -> str:
    if ord(ch) < 128:
        return ch
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    up = base.isupper()
    b = base.lower()
    tone = shape = None
    for m in marks:
        if m in _TONES:
            tone = _TONES[m]
        elif m == "\u0302":
            shape = "circ"
        elif m == "\u0306":
            shape = "breve"
        elif m == "\u031b":
            shape = "horn"
        else:
            raise ValueError(f"no VNI for {ch!r}")
    cap = (lambda x: x.upper()) if up else (lambda x: x)
    if b == "đ":
        return cap("ñ")
    if shape == "horn":
        core = {"o": "ô", "u": "ö"}[b]
        return cap(core) + (cap(_VNI_TONE[tone]) if tone else "")
    if b == "i" and tone:
        return cap(_VNI_I[tone])
    if b == "y" and tone == "j":
        return cap("î")
    if shape == "circ":
        return base + cap(_VNI_CIRC[tone])
    if shape == "breve":
        return base + cap(_VNI_BREVE[tone])
    if tone:
        return base + cap(_VNI_TONE[tone])
    raise ValueError(f"no VNI for {ch!r}")


def to_vni(s: str) -> str:
    return "".join(_vni_char(c) for c in nfc(s))


def _vni_rev():
    letters = set()
    for base in "aeiouyAEIOUY":
        for shape in ("", "\u0302", "\u0306", "\u031b"):
            for tone in ("", *_TONES):
                ch = nfc(base + shape + tone)
                if len(ch) == 1:
                    letters.add(ch)
    letters |= {"đ", "Đ"}
    rev = {}
    for ch in letters:
        try:
            e = _vni_char(ch)
        except (ValueError, KeyError):
            continue
        if e != ch:
            rev[e] = ch
    return rev


VNI_REV = _vni_rev()


def from_vni(s: str) -> str:
    out, i = [], 0
    while i < len(s):
        for n in (2, 1):
            if s[i:i + n] in VNI_REV:
                out.append(VNI_REV[s[i:i + n]])
                i += n
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def enc_cp1258(s: str) -> bytes:
    """What a Vietnamese Windows (code page 1258) writes: precomposed where the code page
    has the letter, otherwise base letter + combining tone byte."""
    out = bytearray()
    for ch in nfc(s):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d[1:] if c in _TONES)
        rest = nfc(d[0] + "".join(c for c in d[1:] if c not in _TONES))
        out += rest.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def legacy(s: str, enc: str | None, upper_font: bool = False) -> str:
    if enc is None:
        return s
    if enc == "tcvn3":
        return to_tcvn3(s, upper_font)
    if enc == "vni":
        return to_vni(s)
    raise ValueError(enc)


def unlegacy(s: str, enc: str | None) -> str:
    if enc == "tcvn3":
        return from_tcvn3(s)
    if enc == "vni":
        return from_vni(s)
    return s


# --------------------------------------------------------------------------------------
# MIME: a small deterministic serializer

def b64lines(data: bytes) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + b"\n"


def hdr(s: str, name: str = "Subject", charset: str = "utf-8") -> str:
    """RFC 2047 for non-ASCII header text."""
    if all(ord(c) < 128 for c in s):
        return s
    if charset == "windows-1258":
        raw = enc_cp1258(s)
        q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                    ("_" if b == 32 else f"={b:02X}") for b in raw)
        words, cur = [], ""
        for tok in re.findall(r"=[0-9A-F]{2}|.", q):
            if len(cur) + len(tok) > 45:
                words.append(cur)
                cur = ""
            cur += tok
        words.append(cur)
        return "\n ".join(f"=?windows-1258?Q?{w}?=" for w in words)
    return Header(s, charset, header_name=name).encode(linesep="\n")


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    if charset == "windows-1258" and any(ord(c) > 127 for c in name):
        return f"{hdr(name, 'From', charset)} <{email}>"
    return formataddr((name, email), charset="utf-8")


class Part:
    def __init__(self, headers, body: bytes = b"", parts=None, boundary=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary

    def render(self) -> bytes:
        out = io.BytesIO()
        for k, v in self.headers:
            out.write(f"{k}: {v}\n".encode("ascii"))
        out.write(b"\n")
        if self.parts is None:
            out.write(self.body)
        else:
            out.write(b"This is a multi-part message in MIME format.\n\n")
            for p in self.parts:
                out.write(f"--{self.boundary}\n".encode())
                out.write(p.render())
                out.write(b"\n")
            out.write(f"--{self.boundary}--\n".encode())
        return out.getvalue()


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8",
              cte: str = "base64", declared: str | None = None) -> Part:
    """declared: the charset named in the header when it differs from the real one
    (mis-declared mail)."""
    text = text.replace("\r\n", "\n")
    data = enc_cp1258(text) if charset == "windows-1258" else text.encode(charset)
    if cte == "base64":
        body = b64lines(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "8bit":
        body = data if data.endswith(b"\n") else data + b"\n"
    else:
        raise ValueError(cte)
    ct = f'text/{subtype}; charset="{declared or charset}"'
    if subtype == "plain" and cte != "base64":
        ct += "; format=flowed" if False else ""
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def _param_2231(name: str, value: str) -> str:
    enc = quote(value.encode("utf-8"), safe="")
    if len(enc) <= 60:
        return f"{name}*=utf-8''{enc}"
    chunks, cur = [], ""
    for tok in re.findall(r"%[0-9A-F]{2}|.", enc):
        if len(cur) + len(tok) > 60:
            chunks.append(cur)
            cur = ""
        cur += tok
    chunks.append(cur)
    out = []
    for i, c in enumerate(chunks):
        out.append(f"{name}*{i}*=utf-8''{c}" if i == 0 else f"{name}*{i}*={c}")
    return ";\n ".join(out)


def attach_part(data: bytes, ctype: str, filename: str, style: str = "2231",
                disposition: str = "attachment", cid: str | None = None) -> Part:
    """style: '2231' (Thunderbird: RFC 2231, continuations), '2047' (Outlook/Gmail:
    encoded words inside quotes), 'ascii' (plain)."""
    if style == "ascii" or all(ord(c) < 128 for c in filename):
        assert all(ord(c) < 128 for c in filename), filename
        ctp = f'{ctype}; name="{filename}"'
        cdp = f'{disposition}; filename="{filename}"'
    elif style == "2231":
        ctp = f"{ctype};\n {_param_2231('name', filename)}"
        cdp = f"{disposition};\n {_param_2231('filename', filename)}"
    elif style == "2047":
        ew = Header(filename, "utf-8").encode(linesep="\n", maxlinelen=900)
        ctp = f'{ctype};\n name="{ew}"'
        cdp = f'{disposition};\n filename="{ew}"'
    else:
        raise ValueError(style)
    headers = [("Content-Type", ctp), ("Content-Disposition", cdp),
               ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers, b64lines(data))


def multipart(subtype: str, parts, boundary: str) -> Part:
    return Part([("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')],
                parts=parts, boundary=boundary)


CTYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "doc": "application/msword",
    "pdf": "application/pdf",
    "csv": "text/csv",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "jpg": "image/jpeg",
    "png": "image/png",
}


@dataclass
class Att:
    filename: str
    data: bytes
    ctype: str | None = None
    style: str = "2231"
    legacy: str | None = None  # 'tcvn3' / 'vni': text is to be decoded for the checks
    text_encoding: str | None = None  # csv: the real bytes' encoding

    @property
    def ext(self) -> str:
        return self.filename.rsplit(".", 1)[-1].lower()


MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "thunderbird": "Mozilla Thunderbird",
    "zimbra": "Zimbra 8.8.15_GA_3869 (ZimbraWebClient - GC96 (Win)/8.8.15_GA_3869)",
    "gmail": None,
}


def build_message(case_id: str, *, sender: str, sender_name: str | None, date: dt.datetime,
                  subject: str, text: str | None = None, html: str | None = None,
                  atts: list[Att] = (), to: str = OFFICE, cc: str | None = None,
                  mailer: str = "zimbra", charset: str = "utf-8", cte: str | None = None,
                  declared: str | None = None, extra_headers=()) -> bytes:
    """One .eml, byte for byte the same on every run."""
    bnd = f"----=_H5_{case_id}"
    if cte is None:
        cte = "quoted-printable" if mailer in ("outlook", "zimbra") else "base64"
    body_parts = []
    if text is not None:
        body_parts.append(text_part(text, "plain", charset, cte, declared))
    if html is not None:
        body_parts.append(text_part(html, "html", charset, cte, declared))
    if len(body_parts) == 2:
        body = multipart("alternative", body_parts, bnd + "_alt")
    elif body_parts:
        body = body_parts[0]
    else:
        body = text_part("", "plain", charset, cte)
    if atts:
        parts = [body] + [attach_part(a.data, a.ctype or CTYPES[a.ext], a.filename, a.style)
                          for a in atts]
        top = multipart("mixed", parts, bnd + "_mix")
    else:
        top = body
    domain = sender.split("@")[1]
    mid = f"<h5.{case_id}.{date.strftime('%Y%m%d%H%M%S')}@{domain}>"
    recv = date + dt.timedelta(seconds=7 + sum(map(ord, case_id)) % 40)
    headers = [
        ("Return-Path", f"<{sender}>"),
        ("Received", f"from {domain} (unknown [10.0.0.1])\n by mail.laichau.gov.vn "
                     f"(Postfix) with ESMTP id H5{abs(hash_id(case_id)) % 10**8:08d}\n"
                     f" for <{to.split(',')[0].strip()}>; {format_datetime(recv)}"),
        ("Message-ID", mid),
        ("Date", format_datetime(date)),
        ("From", addr(sender_name, sender, charset)),
        ("To", to),
    ]
    if cc:
        headers.append(("Cc", cc))
    headers.append(("Subject", hdr(subject, "Subject", charset)))
    headers.append(("MIME-Version", "1.0"))
    if MAILERS.get(mailer):
        headers.append(("X-Mailer", MAILERS[mailer]))
    if mailer == "outlook":
        headers.append(("Content-Language", "vi"))
        headers.append(("Thread-Index", "AdcX" + hashlib.sha1(case_id.encode()).hexdigest()[:20]))
    headers.extend(extra_headers)
    top.headers = headers + top.headers
    raw = top.render()
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


def hash_id(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


# --------------------------------------------------------------------------------------
# Zip packages (xlsx, docx, ods): fixed timestamps, fixed core properties

def normalize_zip(data: bytes, when: dt.datetime, cached: dict[str, dict[str, object]] | None = None) -> bytes:
    stamp = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    created = (when - dt.timedelta(hours=2)).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w")
    dtime = when.replace(tzinfo=None).timetuple()[:6]
    for info in zin.infolist():
        blob = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            s = blob.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{created}\g<2>", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{stamp}\g<2>", s)
            blob = s.encode("utf-8")
        if cached and info.filename in cached:
            s = blob.decode("utf-8")
            for ref, val in cached[info.filename].items():
                pat = re.compile(rf'(<c r="{ref}"[^>]*>)<f>(.*?)</f><v\s*/?>(?:</v>)?')
                s, n = pat.subn(lambda m: f"{m.group(1)}<f>{m.group(2)}</f><v>{val}</v>", s)
                assert n == 1, (info.filename, ref, n)
            blob = s.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=dtime)
        zi.compress_type = info.compress_type
        zi.external_attr = 0o600 << 16
        zi.create_system = 0
        zout.writestr(zi, blob)
    zout.close()
    return out.getvalue()


# --------------------------------------------------------------------------------------
# xlsx (openpyxl)

@dataclass
class F:
    """A formula cell with the value Excel cached when the clerk saved the file."""
    formula: str
    cached: float | int


@dataclass
class C:
    """A styled cell."""
    value: object
    bold: bool = False
    italic: bool = False
    center: bool = False
    fmt: str | None = None
    font: str | None = None
    size: float | None = None
    wrap: bool = False
    border: bool | None = None


@dataclass
class Sheet:
    title: str
    rows: list
    merges: list = field(default_factory=list)
    widths: dict = field(default_factory=dict)
    font: str = "Times New Roman"
    size: float = 12
    border_rows: tuple | None = None  # (first_row, last_row, ncols) 1-based, table grid
    state: str = "visible"


def make_xlsx(sheets: list[Sheet], when: dt.datetime, creator: str = "Admin") -> bytes:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    cached: dict[str, dict[str, object]] = {}
    for si, sh in enumerate(sheets, 1):
        ws = wb.create_sheet(sh.title)
        ws.sheet_state = sh.state
        part = f"xl/worksheets/sheet{si}.xml"
        for r, row in enumerate(sh.rows, 1):
            for c, v in enumerate(row, 1):
                st = v if isinstance(v, C) else C(v)
                while isinstance(st.value, C):
                    st = st.value
                val = st.value
                if val is None or val == "":
                    if sh.border_rows and sh.border_rows[0] <= r <= sh.border_rows[1] and c <= sh.border_rows[2]:
                        ws.cell(r, c).border = grid
                    continue
                cell = ws.cell(r, c)
                if isinstance(val, F):
                    cell.value = val.formula
                    cached.setdefault(part, {})[cell.coordinate] = val.cached
                else:
                    cell.value = val
                cell.font = Font(name=st.font or sh.font, size=st.size or sh.size, bold=st.bold,
                                 italic=st.italic)
                if st.center or st.wrap:
                    cell.alignment = Alignment(horizontal="center" if st.center else None,
                                               vertical="center", wrap_text=st.wrap or st.center)
                if st.fmt:
                    cell.number_format = st.fmt
                if st.border or (st.border is None and sh.border_rows and
                                 sh.border_rows[0] <= r <= sh.border_rows[1] and c <= sh.border_rows[2]):
                    cell.border = grid
        for m in sh.merges:
            ws.merge_cells(m)
        for col, w in sh.widths.items():
            ws.column_dimensions[col].width = w
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    wb.properties.modified = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when, cached)


# --------------------------------------------------------------------------------------
# xls (xlwt, BIFF8)

def make_xls(sheets: list[Sheet]) -> bytes:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    for sh in sheets:
        ws = wb.add_sheet(sh.title)
        styles = {}

        def style(st: C, bordered: bool):
            key = (st.bold, st.italic, st.center, st.fmt, st.font or sh.font, bordered, st.wrap)
            if key not in styles:
                s = xlwt.XFStyle()
                f = xlwt.Font()
                f.name = st.font or sh.font
                f.bold = st.bold
                f.italic = st.italic
                f.height = int((st.size or sh.size) * 20)
                s.font = f
                if st.center or st.wrap:
                    a = xlwt.Alignment()
                    if st.center:
                        a.horz = xlwt.Alignment.HORZ_CENTER
                    a.vert = xlwt.Alignment.VERT_CENTER
                    a.wrap = 1
                    s.alignment = a
                if bordered:
                    b = xlwt.Borders()
                    b.left = b.right = b.top = b.bottom = xlwt.Borders.THIN
                    s.borders = b
                if st.fmt:
                    s.num_format_str = st.fmt
                styles[key] = s
            return styles[key]

        merged_cells = set()
        merge_specs = []
        for m in sh.merges:
            a, b = m.split(":")
            r1, c1 = _ref(a)
            r2, c2 = _ref(b)
            merge_specs.append((r1, r2, c1, c2))
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if (rr, cc) != (r1, c1):
                        merged_cells.add((rr, cc))
        for r, row in enumerate(sh.rows):
            for c, v in enumerate(row):
                if (r, c) in merged_cells:
                    continue
                st = v if isinstance(v, C) else C(v)
                while isinstance(st.value, C):
                    st = st.value
                bordered = bool(sh.border_rows and sh.border_rows[0] <= r + 1 <= sh.border_rows[1]
                                and c + 1 <= sh.border_rows[2])
                spec = next((m for m in merge_specs if m[0] == r and m[2] == c), None)
                val = st.value if st.value is not None else ""
                assert not isinstance(val, F), "xlwt stores no cached formula values"
                if spec:
                    ws.write_merge(spec[0], spec[1], spec[2], spec[3], val, style(st, bordered))
                else:
                    ws.write(r, c, val, style(st, bordered))
        for col, w in sh.widths.items():
            ws.col(ord(col) - 65).width = int(w * 256)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _ref(a: str) -> tuple[int, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", a)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


# --------------------------------------------------------------------------------------
# ods (odfpy)

def make_ods(sheets: list[Sheet], when: dt.datetime) -> bytes:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    for sh in sheets:
        t = Table(name=sh.title)
        for row in sh.rows:
            tr = TableRow()
            for v in row:
                val = v
                while isinstance(val, C):
                    val = val.value
                if isinstance(val, F):
                    tc = TableCell(valuetype="float", value=val.cached, formula=val.formula)
                    tc.addElement(P(text=str(val.cached)))
                elif isinstance(val, bool) or val is None or val == "":
                    tc = TableCell()
                elif isinstance(val, (int, float)):
                    tc = TableCell(valuetype="float", value=val)
                    tc.addElement(P(text=str(val)))
                else:
                    tc = TableCell(valuetype="string")
                    for line in str(val).split("\n"):
                        tc.addElement(P(text=line))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue(), when)


# --------------------------------------------------------------------------------------
# docx (python-docx): the Nghị định 30/2020 layout

class Doc:
    def __init__(self, enc: str | None = None, font: str = "Times New Roman"):
        import docx
        from docx.shared import Mm

        self.enc = enc
        self.font = {"tcvn3": ".VnTime", "vni": "VNI-Times"}.get(enc, font)
        self.font_h = ".VnTimeH" if enc == "tcvn3" else self.font
        self.d = docx.Document()
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
        sec.left_margin, sec.right_margin = Mm(30), Mm(15)
        st = self.d.styles["Normal"]
        st.font.name = self.font
        self._fonts(st.element.get_or_add_rPr(), self.font)
        from docx.shared import Pt

        st.font.size = Pt(14)

    @staticmethod
    def _fonts(rPr, name):
        from docx.oxml.ns import qn

        rf = rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = rPr.makeelement(qn("w:rFonts"), {})
            rPr.insert(0, rf)
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(k), name)

    def run(self, p, text, bold=False, italic=False, size=None, upper=False, underline=False):
        from docx.shared import Pt

        font = self.font_h if (upper and self.enc == "tcvn3") else self.font
        r = p.add_run(legacy(text, self.enc, upper and self.enc == "tcvn3"))
        r.bold, r.italic, r.underline = bold or None, italic or None, underline or None
        r.font.name = font
        self._fonts(r._element.get_or_add_rPr(), font)
        if size:
            r.font.size = Pt(size)
        return r

    def para(self, text="", bold=False, italic=False, center=False, size=None, indent=True,
             upper=False, right=False, after=6, container=None, justify=True):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        p = (container or self.d).add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent and not center and not right:
            p.paragraph_format.first_line_indent = Cm(1.27)
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(0)
        if text:
            # **bold** segments
            for i, seg in enumerate(re.split(r"\*\*", text)):
                if seg:
                    self.run(p, seg, bold=bold or i % 2 == 1, italic=italic, size=size, upper=upper)
        return p

    def _cell_text(self, cell, text, bold=False, italic=False, center=True, size=13, upper=False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        lines = str(text).split("\n")
        p = cell.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            if line:
                for j, seg in enumerate(re.split(r"\*\*", line)):
                    if seg:
                        self.run(p, seg, bold=bold or j % 2 == 1, italic=italic, size=size,
                                 upper=upper and line.upper() == line)

    def header(self, left: list[str], so: str, place_date: str, right=None, vv: str | None = None):
        """The borderless header table of Nghị định 30: issuing body / Quốc hiệu, Tiêu ngữ;
        Số / place and date. left: body lines (the last one bold)."""
        right = right or ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        t = self.d.add_table(rows=2, cols=2)
        t.autofit = True
        lc, rc = t.cell(0, 0), t.cell(0, 1)
        for i, line in enumerate(left):
            self._cell_text_one(lc, i, line, bold=(i == len(left) - 1), size=13, upper=True)
        self._cell_text_one(lc, len(left), "_______", size=11)
        self._cell_text_one(rc, 0, right[0], bold=True, size=13, upper=True)
        self._cell_text_one(rc, 1, right[1], bold=True, size=14)
        self._cell_text_one(rc, 2, "______________________", size=11)
        self._cell_text_one(t.cell(1, 0), 0, so, size=13)
        if vv:
            self._cell_text_one(t.cell(1, 0), 1, vv, size=12)
        self._cell_text_one(t.cell(1, 1), 0, place_date, italic=True, size=14)
        return t

    def _cell_text_one(self, cell, idx, text, bold=False, italic=False, size=13, upper=False):
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        p = cell.paragraphs[0] if idx == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        self.run(p, text, bold=bold, italic=italic, size=size, upper=upper)

    def table(self, rows: list[list], header_rows: int = 1, merges=(), size=13, widths=None,
              grid=True):
        """rows: lists of cell text; merges: ((r1, c1), (r2, c2)) with the text in r1,c1."""
        from docx.shared import Cm

        nrows, ncols = len(rows), max(len(r) for r in rows)
        t = self.d.add_table(rows=nrows, cols=ncols)
        if grid:
            t.style = "Table Grid"
        skip = set()
        for (r1, c1), (r2, c2) in merges:
            a = t.cell(r1, c1).merge(t.cell(r2, c2))
            for rr in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if (rr, cc) != (r1, c1):
                        skip.add((rr, cc))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if (r, c) in skip or v is None or v == "":
                    continue
                self._cell_text(t.cell(r, c), v, bold=r < header_rows, center=(r < header_rows or c != 1),
                                size=size)
        if widths:
            for row in t.rows:
                for c, w in enumerate(widths):
                    row.cells[c].width = Cm(w)
        self.para("", after=0)
        return t

    def signature(self, noi_nhan: list[str], sign: list[str], signer: str):
        t = self.d.add_table(rows=1, cols=2)
        lc, rc = t.cell(0, 0), t.cell(0, 1)
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        p = lc.paragraphs[0]
        self.run(p, "Nơi nhận:", bold=True, italic=True, size=12)
        for line in noi_nhan:
            q = lc.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            self.run(q, line, size=11)
        for i, line in enumerate(sign + ["", "", "", signer]):
            q = rc.paragraphs[0] if i == 0 else rc.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            q.paragraph_format.space_after = Pt(0)
            if line:
                self.run(q, line, bold=True, size=14, upper=(line != signer))
        return t

    def save(self, when: dt.datetime, author: str = "Admin", title: str = "") -> bytes:
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.comments = ""
        cp.revision = 3
        naive = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
        cp.created = naive - dt.timedelta(hours=2)
        cp.modified = naive
        cp.last_printed = naive - dt.timedelta(hours=1)
        buf = io.BytesIO()
        self.d.save(buf)
        return normalize_zip(buf.getvalue(), when)


# --------------------------------------------------------------------------------------
# pdf (reportlab, DejaVu Serif, invariant mode)

_PDF_FONTS = False


def _pdf_fonts():
    global _PDF_FONTS
    if _PDF_FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DVS", str(FONT_DIR / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DVS-B", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVS-I", str(FONT_DIR / "DejaVuSerif-Italic.ttf")))
    pdfmetrics.registerFont(TTFont("DVS-BI", str(FONT_DIR / "DejaVuSerif-BoldItalic.ttf")))
    from reportlab.lib.fonts import addMapping

    addMapping("DVS", 0, 0, "DVS")
    addMapping("DVS", 1, 0, "DVS-B")
    addMapping("DVS", 0, 1, "DVS-I")
    addMapping("DVS", 1, 1, "DVS-BI")
    _PDF_FONTS = True


class Pdf:
    """Story-based PDF: header table, paragraphs, grid tables, signature."""

    def __init__(self):
        _pdf_fonts()
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
        from reportlab.lib.styles import ParagraphStyle

        self.story = []
        self.s = ParagraphStyle("b", fontName="DVS", fontSize=11.5, leading=15, alignment=TA_JUSTIFY,
                                firstLineIndent=28, spaceAfter=4)
        self.c = ParagraphStyle("c", parent=self.s, alignment=TA_CENTER, firstLineIndent=0)
        self.cell = ParagraphStyle("cell", fontName="DVS", fontSize=10, leading=12, alignment=TA_CENTER)
        self.cellL = ParagraphStyle("cellL", parent=self.cell, alignment=0)

    @staticmethod
    def esc(t: str) -> str:
        t = htmlmod.escape(t, quote=False)
        return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)

    def para(self, text, center=False, bold=False, italic=False, size=None, indent=True):
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph

        st = self.c if center else self.s
        if size or not indent:
            st = ParagraphStyle("x", parent=st, fontSize=size or st.fontSize,
                                leading=(size or st.fontSize) * 1.3,
                                firstLineIndent=st.firstLineIndent if indent else 0)
        t = self.esc(text)
        if bold:
            t = f"<b>{t}</b>"
        if italic:
            t = f"<i>{t}</i>"
        self.story.append(Paragraph(t, st))

    def header(self, left: list[str], so: str, place_date: str):
        from reportlab.platypus import Paragraph, Table, TableStyle

        lhtml = "<br/>".join(self.esc(x) if i < len(left) - 1 else f"<b>{self.esc(x)}</b>"
                             for i, x in enumerate(left))
        rhtml = "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b>"
        data = [[Paragraph(lhtml, self.cell), Paragraph(rhtml, self.cell)],
                [Paragraph(self.esc(so), self.cell), Paragraph(f"<i>{self.esc(place_date)}</i>", self.cell)]]
        t = Table(data, colWidths=[190, 290])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.story.append(t)

    def table(self, rows, header_rows=1, spans=(), widths=None):
        from reportlab.lib import colors
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        data = []
        for r, row in enumerate(rows):
            out = []
            for c, v in enumerate(row):
                txt = self.esc(str(v)) if v not in (None, "") else ""
                if r < header_rows:
                    txt = f"<b>{txt}</b>" if txt else ""
                out.append(Paragraph(txt, self.cellL if (c == 1 and r >= header_rows) else self.cell))
            data.append(out)
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for (c1, r1), (c2, r2) in spans:
            style.append(("SPAN", (c1, r1), (c2, r2)))
        t = Table(data, colWidths=widths, repeatRows=header_rows)
        t.setStyle(TableStyle(style))
        self.story.append(Spacer(1, 4))
        self.story.append(t)
        self.story.append(Spacer(1, 6))

    def signature(self, noi_nhan, sign, signer):
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        left = "<b><i>Nơi nhận:</i></b><br/>" + "<br/>".join(self.esc(x) for x in noi_nhan)
        right = "<br/>".join(f"<b>{self.esc(x)}</b>" for x in sign) + "<br/><br/><br/><br/>" + \
                f"<b>{self.esc(signer)}</b>"
        t = Table([[Paragraph(left, self.cellL), Paragraph(right, self.cell)]], colWidths=[220, 260])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.story.append(Spacer(1, 8))
        self.story.append(t)

    def pagebreak(self):
        from reportlab.platypus import PageBreak

        self.story.append(PageBreak())

    def save(self, title="", author="") -> bytes:
        from reportlab import rl_config
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate

        rl_config.invariant = 1
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=85, rightMargin=45, topMargin=57,
                                bottomMargin=57, title=title, author=author, creator="Microsoft® Word 2016",
                                invariant=1)
        doc.build(self.story)
        return buf.getvalue()


def image_pdf(jpeg: bytes, w_px: int, h_px: int, title="") -> bytes:
    """An image-only PDF (a scanner's output): one JPEG per page, no text layer."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cv.setTitle(title)
    cv.setCreator("Canon iR-ADV C3525 PDF")
    pw, ph = A4
    cv.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=pw, height=ph)
    cv.showPage()
    cv.save()
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# Images: a page typed, printed, signed and photographed or scanned

def page_image(lines: list, seed: int, photo: bool = False, table=None) -> tuple[bytes, int, int]:
    """lines: (text, size, bold, align) drawn top-down; table: (rows, col_widths) drawn
    after the lines marked 'TABLE'. Returns a JPEG."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    W, H = 1240, 1754
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    fonts = {}

    def font(size, bold):
        k = (size, bold)
        if k not in fonts:
            fonts[k] = ImageFont.truetype(str(FONT_DIR / ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")), size)
        return fonts[k]

    y = 110
    for item in lines:
        if item == "TABLE" and table:
            rows, widths = table
            x0 = 130
            rh = 58
            for r, row in enumerate(rows):
                x = x0
                for c, txt in enumerate(row):
                    dr.rectangle([x, y, x + widths[c], y + rh], outline=0, width=2)
                    f = font(22, r == 0)
                    tw = dr.textlength(str(txt), font=f)
                    dr.text((x + max(6, (widths[c] - tw) / 2), y + 16), str(txt), fill=20, font=f)
                    x += widths[c]
                y += rh
            y += 30
            continue
        text, size, bold, align = item
        f = font(size, bold)
        tw = dr.textlength(text, font=f)
        x = {"l": 130, "c": (W - tw) / 2, "r": W - 110 - tw, "lc": 130 + (420 - tw) / 2,
             "rc": 560 + (600 - tw) / 2}[align]
        dr.text((x, y), text, fill=15, font=f)
        y += int(size * 1.65)
    rnd = random.Random(seed)
    # a signature scrawl and a red seal become grey in a b/w scan
    pts = [(820 + i * 9, y - 160 + int(18 * rnd.random())) for i in range(20)]
    dr.line(pts, fill=60, width=3)
    dr.ellipse([700, y - 260, 880, y - 80], outline=110, width=5)
    noise = Image.new("L", (W // 4, H // 4))
    noise.putdata([200 + int(55 * rnd.random()) for _ in range((W // 4) * (H // 4))])
    noise = noise.resize((W, H))
    img = Image.composite(noise, img, img.point(lambda v: 255 if v > 128 else 0).convert("L"))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    if photo:
        img = img.rotate(2.3, resample=Image.BICUBIC, fillcolor=90, expand=False)
        shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 180 + v // 4)
        img = Image.composite(shade, img, img.point(lambda v: 255 if v > 200 else 0))
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=72, optimize=False, progressive=False)
    return out.getvalue(), W, H


def photo_jpeg(seed: int, caption: str) -> bytes:
    """A photo of an event (a meeting hall or a loudspeaker) — no figures to read."""
    from PIL import Image, ImageDraw, ImageFilter

    rnd = random.Random(seed)
    W, H = 800, 600
    img = Image.new("RGB", (W, H), (rnd.randint(90, 140), rnd.randint(120, 160), rnd.randint(150, 200)))
    dr = ImageDraw.Draw(img)
    dr.rectangle([0, 380, W, H], fill=(rnd.randint(60, 100), rnd.randint(90, 120), 60))
    for _ in range(14):
        x = rnd.randint(20, W - 60)
        y = rnd.randint(300, 480)
        col = tuple(rnd.randint(20, 220) for _ in range(3))
        dr.ellipse([x, y - 40, x + 30, y - 10], fill=(200, 160, 130))
        dr.rectangle([x - 5, y - 10, x + 35, y + 60], fill=col)
    dr.rectangle([330, 60, 470, 250], fill=(170, 20, 20))
    dr.text((345, 140), caption[:16], fill=(250, 230, 0))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


# --------------------------------------------------------------------------------------
# LibreOffice conversions (legacy .doc / .xls) kept as assets

def soffice_asset(name: str, source: bytes, src_ext: str, to: str) -> bytes:
    """Convert once with soffice and keep the result in assets/; re-run reuses it while the
    source bytes are unchanged (the .sha256 side file names them)."""
    ASSETS.mkdir(exist_ok=True)
    target = ASSETS / name
    side = ASSETS / (name + ".source.sha256")
    digest = hashlib.sha256(source).hexdigest()
    if target.exists() and side.exists() and side.read_text().strip() == digest:
        return target.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"src.{src_ext}"
        src.write_bytes(source)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", to, "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        out = Path(tmp) / f"src.{to.split(':')[0]}"
        data = out.read_bytes()
    target.write_bytes(data)
    side.write_text(digest + "\n")
    return data


# --------------------------------------------------------------------------------------
# Text of what was generated, for the checks

def html_text(h: str) -> str:
    h = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " | ", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def cell_str(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.time):
        return f"{v.hour}:{v.minute:02d}"
    if isinstance(v, dt.timedelta):
        m = int(v.total_seconds() // 60)
        return f"{m // 60}:{m % 60:02d}"
    if isinstance(v, dt.datetime) and v.year < 1901:
        return f"{v.hour}:{v.minute:02d}"
    return str(v)


def attachment_text(att_name: str, data: bytes, legacy_enc: str | None = None,
                    text_encoding: str | None = None) -> str:
    ext = att_name.rsplit(".", 1)[-1].lower()
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(f"[sheet {ws.title}]")
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(cell_str(v) for v in row))
        txt = "\n".join(parts)
    elif ext in ("xls", "ods"):
        from python_calamine import CalamineWorkbook

        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        parts = []
        for name in wb.sheet_names:
            parts.append(f"[sheet {name}]")
            for row in wb.get_sheet_by_name(name).to_python():
                parts.append(" | ".join(cell_str(v) for v in row))
        txt = "\n".join(parts)
    elif ext == "docx":
        import docx

        d = docx.Document(io.BytesIO(data))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        txt = "\n".join(parts)
    elif ext == "doc":
        # LibreOffice, not antiword: antiword drops the soft hyphen (0xAD), which is TCVN3's "ư"
        with tempfile.TemporaryDirectory() as tmp:
            p = Path(tmp) / "a.doc"
            p.write_bytes(data)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "txt:Text (encoded):UTF8", "--outdir", tmp, str(p)],
                           check=True, capture_output=True, timeout=180)
            txt = (Path(tmp) / "a.txt").read_text(encoding="utf-8-sig")
    elif ext == "pdf":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            txt = "\n".join((pg.extract_text() or "") for pg in pdf.pages)
    elif ext == "csv":
        txt = data.decode(text_encoding or "utf-8-sig")
    elif ext in ("jpg", "jpeg", "png"):
        txt = ""
    else:
        raise ValueError(att_name)
    return nfc(unlegacy(txt, legacy_enc))


# --------------------------------------------------------------------------------------
# Reading a written figure the way a clerk would (a self-check on the expectations)

_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
          "mười": 10}


def _num(s: str) -> float:
    s = s.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        return int(s.replace(".", ""))
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", "."))
    if re.fullmatch(r"\d+", s):
        return int(s)
    if s in _WORDS:
        return _WORDS[s]
    raise ValueError(s)


def clerk_reading(written: str, kind: str) -> int | None:
    """The integer a careful clerk reads from a written figure, or None when the form
    of writing is not one this checker knows (then the case must give the reading)."""
    w = nfc(written).strip().lower()
    w = re.sub(r"^(khoảng|ước|ước khoảng|trên|hơn|gần|ước tính|khoảng hơn)\s+", "", w)
    w = re.sub(r"\s+(người|lượt|tin, bài|tin bài|tin|bài|lần|nhóm|thành viên|vụ|trường hợp|máy|"
               r"lượt người nghe, xem|lượt người nghe|người nghe|buổi)$", "", w)
    if kind == "minutes":
        m = re.fullmatch(r"(\d+)\s*(?:giờ|h|tiếng)\s*(\d+)\s*(?:phút|')?", w)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2))
        m = re.fullmatch(r"(\d+)\s*(?:giờ|tiếng)(?: đồng hồ)?", w)
        if m:
            return int(m.group(1)) * 60
        m = re.fullmatch(r"(\d+|một|hai|ba)\s*tiếng rưỡi", w)
        if m:
            return int(_num(m.group(1)) * 60 + 30)
        m = re.fullmatch(r"(\d+,\d+)\s*giờ", w)
        if m:
            return round(_num(m.group(1)) * 60)
        m = re.fullmatch(r"(\d+):(\d\d)", w)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2))
        m = re.fullmatch(r"([\d.]+)\s*(?:phút|')", w)
        if m:
            return int(_num(m.group(1)))
    m = re.fullmatch(r"([\d,]+)\s*nghìn", w)
    if m:
        return round(_num(m.group(1)) * 1000)
    m = re.fullmatch(r"(\d+)\s*nghìn\s*(\d)", w)
    if m:
        return int(m.group(1)) * 1000 + int(m.group(2)) * 100
    m = re.fullmatch(r"0?(\d+)", w)
    if m:
        return int(m.group(1))
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", w):
        return int(w.replace(".", ""))
    if w in ("không", "không có", "không phát hiện", "chưa phát hiện"):
        return 0
    return None
