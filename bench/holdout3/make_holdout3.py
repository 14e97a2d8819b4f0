#!/usr/bin/env python3
"""Generate the third independent holdout corpus (bench/holdout3).

    /work/main/.venv/bin/python bench/holdout3/make_holdout3.py

Writes bench/holdout3/<family>/<case>.eml with <case>.expected.json beside each, and
bench/holdout3/README.md. Deterministic: fixed Message-IDs, boundaries, dates, file
timestamps; no randomness except a seeded generator for scan noise. Re-running gives
byte-identical files.

Written without reading the parser or the other corpora: the expectations are what a
careful clerk of the district office would record from the text of each message.
Every expected figure is checked (here, at generation time) to appear in the text that
was written into the message, and each period that is not written in the message is
checked against the week rule (Friday-Thursday weeks, Thursday 16:00 Asia/Ho_Chi_Minh,
48 h grace).
"""
from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import quopri
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
VN = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = dt.timezone.utc
OFFICE = "sangnq.tamduong@laichau.gov.vn"
OFFICE_NAME = "Nguyễn Quang Sáng"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
FONT_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

FAMILIES = ["labelled", "prose", "replies", "html", "attachments", "legacy", "social",
            "period", "nonreports"]

# --------------------------------------------------------------------------------------
# Directory (a copy of the facts of config/units.csv this corpus relies on)
# --------------------------------------------------------------------------------------
UNIT_EMAIL = {
    "tt_tam_duong": "vhtt.tttamduong@laichau.gov.vn",
    "tt_tam_duong2": "tttamduong.tamduong@laichau.gov.vn",
    "then_sin": "thensin.tamduong@laichau.gov.vn",
    "ta_leng": "taleng.tamduong@laichau.gov.vn",
    "giang_ma": "giangma.tamduong@laichau.gov.vn",
    "ho_thau": "hothau.tamduong@laichau.gov.vn",
    "binh_lu": "binhlu.tamduong@laichau.gov.vn",
    "son_binh": "sonbinh.tamduong@laichau.gov.vn",
    "nung_nang": "nungnang.tamduong@laichau.gov.vn",
    "ban_giang": "bangiang.tamduong@laichau.gov.vn",
    "ban_hon": "banhon.tamduong@laichau.gov.vn",
    "ban_bo": "banbo.tamduong@laichau.gov.vn",
    "na_tam": "natam.tamduong@laichau.gov.vn",
    "khun_ha": "khunha.tamduong@laichau.gov.vn",
    "dai_th_th": "daitruyenthanh.tamduong@laichau.gov.vn",
}
UNIT_IDS = {k for k in UNIT_EMAIL if k != "tt_tam_duong2"}
FORM_FIELDS = {
    "weekly_propaganda": {"items": (0, 500), "minutes": (0, 10080),
                          "broadcasts": (0, 2000), "listeners": (0, 1000000)},
    "social_media": {"groups": (0, 1000), "group_members": (0, 1000000),
                     "posts": (0, 5000), "bluezone_installs": (0, 1000000),
                     "fake_news": (0, 1000)},
}


def check_directory():
    """The addresses above must be those of config/units.csv."""
    path = ROOT.parent.parent / "config" / "units.csv"
    if not path.exists():
        return
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    emails = {r["id"]: r["emails"].split(";") for r in rows}
    for key, addr in UNIT_EMAIL.items():
        uid = "tt_tam_duong" if key == "tt_tam_duong2" else key
        assert addr in emails[uid], (key, addr)


# --------------------------------------------------------------------------------------
# Period rule
# --------------------------------------------------------------------------------------
def D(text: str, offset: str = "+0700") -> dt.datetime:
    """'2021-02-10 09:12' with a UTC offset as written in the Date header."""
    sign = 1 if offset[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    fmt = "%Y-%m-%d %H:%M:%S" if text.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(text, fmt).replace(tzinfo=tz)


def rule_period(when: dt.datetime) -> str:
    t = when.astimezone(VN)
    day = t.date()
    thu = day - dt.timedelta(days=(day.weekday() - 3) % 7)
    deadline = dt.datetime.combine(thu, dt.time(16, 0), VN)
    if deadline > t:
        thu -= dt.timedelta(days=7)
        deadline -= dt.timedelta(days=7)
    assert t != deadline
    if t - deadline <= dt.timedelta(hours=48):
        return thu.isoformat()
    return (thu + dt.timedelta(days=7)).isoformat()


def nth_thursday(year: int, month: int, n: int) -> str:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(3 - d.weekday()) % 7)
    d += dt.timedelta(days=7 * (n - 1))
    assert d.month == month
    return d.isoformat()


# --------------------------------------------------------------------------------------
# Legacy encodings
# --------------------------------------------------------------------------------------
_TCVN3 = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
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


def tcvn3_bytes(text: str, upper_font: bool = False) -> bytes:
    """Unicode -> TCVN3 (ABC) bytes. upper_font: text for .VnTimeH (no accented
    capitals exist in TCVN3; the H font draws the lowercase codes as capitals)."""
    text = unicodedata.normalize("NFC", text)
    if upper_font:
        text = text.lower()
    out = bytearray()
    for ch in text:
        if ord(ch) < 128:
            out.append(ord(ch))
        elif ch in _TCVN3:
            out.append(_TCVN3[ch])
        else:
            raise ValueError(f"no TCVN3 code for {ch!r} in {text!r}")
    return bytes(out)


def tcvn3(text: str, upper_font: bool = False) -> str:
    """TCVN3 bytes as the characters Word shows for them (what a .docx holds)."""
    return tcvn3_bytes(text, upper_font).decode("latin-1")


_VNI_TONES_PLAIN = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_TONES_CIRC = {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_TONES_BREVE = {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni(text: str) -> str:
    """Unicode -> VNI Windows, as the characters (cp1252/latin-1) the bytes show."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ch)
            continue
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        nfd = unicodedata.normalize("NFD", ch)
        base, marks = nfd[0], nfd[1:]
        upper = base.isupper()
        b = base.lower()
        tone = next((m for m in marks if m in _VNI_TONES_PLAIN), None)
        shape = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
        if b == "i":
            s = "i" if tone is None else _VNI_I[tone]
        elif b == "y" and tone == "\u0323":
            s = "î"
        elif shape == "\u0302":
            s = b + ("â" if tone is None else _VNI_TONES_CIRC[tone])
        elif shape == "\u0306":
            s = b + ("ê" if tone is None else _VNI_TONES_BREVE[tone])
        elif shape == "\u031b":
            s = {"o": "ô", "u": "ö"}[b] + ("" if tone is None else _VNI_TONES_PLAIN[tone])
        elif tone is not None:
            s = b + _VNI_TONES_PLAIN[tone]
        else:
            raise ValueError(f"no VNI code for {ch!r}")
        out.append(s.upper() if upper else s)
    return "".join(out)


def cp1258_bytes(text: str) -> bytes:
    """Unicode -> windows-1258 the way Windows writes it: precomposed base letters
    where the code page has them, combining tone marks otherwise."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        tones = [c for c in nfd if c in "\u0300\u0301\u0303\u0309\u0323"]
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tones))
        try:
            out += base.encode("cp1258") + "".join(tones).encode("cp1258")
        except UnicodeEncodeError:
            raise ValueError(f"no cp1258 form for {ch!r}")
    return bytes(out)


def mojibake(text: str) -> str:
    """UTF-8 bytes read as windows-1252 (what a mis-declared body shows)."""
    raw = text.encode("utf-8")
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else chr(b) for b in raw)


def fold(text: str) -> str:
    """Drop diacritics (what staff type without Unikey)."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in t if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------
# MIME helpers (compat32 Messages: every header and payload is written as given)
# --------------------------------------------------------------------------------------
def ew(text: str, charset: str = "UTF-8", mode: str = "B", raw: bytes | None = None) -> str:
    """RFC 2047 encoded words for a header, split so that no word exceeds 75 chars and
    no character is split."""
    if raw is None and all(ord(c) < 128 for c in text):
        return text
    chunks, cur = [], b""
    if raw is not None:
        pieces = [bytes([b]) for b in raw]
    else:
        # whole words (with their trailing space) where they fit, letters otherwise
        pieces = []
        for w in re.findall(r"\S+\s*|\s+", text):
            pieces.append(w.encode(charset))
    limit = 75 - len(f"=?{charset}?{mode}??=")

    def size(b):
        return len(base64.b64encode(b)) if mode == "B" else len(_q(b))

    def split_chars(p):
        return [c.encode(charset) for c in p.decode(charset)]

    queue = list(pieces)
    while queue:
        p = queue.pop(0)
        if size(cur + p) <= limit:
            cur += p
        elif size(p) > limit and raw is None:
            queue = split_chars(p) + queue
        else:
            if cur:
                chunks.append(cur)
            cur = p
    if cur:
        chunks.append(cur)
    words = []
    for c in chunks:
        enc = base64.b64encode(c).decode() if mode == "B" else _q(c)
        words.append(f"=?{charset}?{mode}?{enc}?=")
    return " ".join(words)


def _q(b: bytes) -> str:
    out = []
    for byte in b:
        ch = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif ch.isalnum() and byte < 128:
            out.append(ch)
        elif ch in "!*+-/" and byte < 128:
            out.append(ch)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def addr(name: str | None, email: str, charset: str = "UTF-8", mode: str = "B") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>'
    w = ew(name, charset, mode)
    assert " " not in w, ("display name too long for one encoded word", name)
    return f"{w} <{email}>"


class Leaf:
    def __init__(self, ctype, payload: bytes, cte="quoted-printable", params=None,
                 disposition=None, headers=None):
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.params = params or []
        self.disposition = disposition
        self.headers = headers or []


class Multi:
    def __init__(self, subtype, *parts, params=None, preamble=None):
        self.subtype, self.parts = subtype, list(parts)
        self.params = params or []
        self.preamble = preamble


def T(text, subtype="plain", charset="UTF-8", cte="quoted-printable", params=None,
      raw: bytes | None = None, quote_charset=True, headers=None):
    """A text part. raw: the exact bytes of the body (legacy encodings)."""
    data = raw if raw is not None else text.encode(charset if charset.lower() not in
                                                    ("us-ascii",) else "ascii")
    p = [("charset", f'"{charset}"' if quote_charset else charset)] + (params or [])
    return Leaf(f"text/{subtype}", data, cte, p, headers=headers)


def HTML(html, charset="UTF-8", cte="quoted-printable", quote_charset=True):
    return T(html, "html", charset, cte, quote_charset=quote_charset)


def ATT(data: bytes, ctype: str, filename: str, style: str = "gmail", inline=False,
        extra_headers=None):
    """An attached file. style decides how the client writes the file name:
    gmail (RFC 2047 in quotes), outlook (both), rfc2231 (filename*=), plain."""
    fn_ascii = all(ord(c) < 128 for c in filename)
    params, disp = [], []
    kind = "inline" if inline else "attachment"
    if fn_ascii or style == "plain":
        params.append(("name", f'"{filename}"'))
        disp = f'{kind}; filename="{filename}"'
    elif style == "gmail":
        w = ew(filename)
        params.append(("name", f'"{w}"'))
        disp = f'{kind}; filename="{w}"'
    elif style == "outlook":
        w = ew(filename, "utf-8", "B")
        params.append(("name", f'"{w}"'))
        disp = f"{kind};\n\tfilename*=utf-8''{_pct(filename)}"
    elif style == "rfc2231":
        params.append(("name*", f"utf-8''{_pct(filename)}"))
        disp = f"{kind};\n filename*=utf-8''{_pct(filename)}"
    else:
        raise ValueError(style)
    return Leaf(ctype, data, "base64", params, disposition=disp, headers=extra_headers)


def _pct(s: str) -> str:
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c.isalnum() and b < 128 or c in "-._~":
            out.append(c)
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def RAWPART(ctype_line: str, body: bytes, cte: str | None = None, headers=None, blocks=None):
    """A leaf whose Content-Type is written verbatim (message/rfc822, delivery-status)."""
    lf = Leaf(None, body, cte, [], headers=headers)
    lf.ctype_line = ctype_line
    lf.blocks = blocks
    return lf


def _encode_payload(data: bytes, cte: str | None) -> str:
    if cte is None or cte in ("7bit", "8bit"):
        return data.decode("ascii" if cte != "8bit" else "latin-1")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


def boundary_for(style: str, seed: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return f"_000_{h[:8].upper()}{h[8:16].upper()}SG2PR06MB{h[16:20].upper()}apcp_"
    if style == "zimbra":
        return f"=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "thunderbird":
        return "------------" + h[:24].upper()
    if style == "yahoo":
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1612900000000 + int(h[14:20], 16)}"
    return f"----=_NextPart_{h[:3].upper()}_{h[3:7].upper()}_{h[7:15].upper()}.{h[15:23].upper()}"


def build(node, style: str, seed: str, counter: list) -> Message:
    m = Message()
    if isinstance(node, Multi):
        counter[0] += 1
        b = boundary_for(style, f"{seed}/{counter[0]}")
        ps = "".join(f"; {k}={v}" for k, v in node.params)
        m["Content-Type"] = f'multipart/{node.subtype}; boundary="{b}"{ps}'
        for part in node.parts:
            m.attach(build(part, style, seed, counter))
        if node.preamble:
            m.preamble = node.preamble
        return m
    for k, v in node.headers:
        m[k] = v
    if getattr(node, "ctype_line", None):
        m["Content-Type"] = node.ctype_line
    else:
        ps = "".join(f"; {k}={v}" for k, v in node.params)
        m["Content-Type"] = f"{node.ctype}{ps}"
    if node.disposition:
        m["Content-Disposition"] = node.disposition
    if node.cte:
        m["Content-Transfer-Encoding"] = node.cte
    blocks = getattr(node, "blocks", None)
    if blocks is not None:
        # message/delivery-status: a list of header blocks
        msgs = []
        for block in blocks:
            bm = Message()
            for k, v in block:
                bm[k] = v
            msgs.append(bm)
        m.set_payload(msgs)
        return m
    m.set_payload(_encode_payload(node.payload, node.cte))
    return m


CLIENT_HEADERS = {
    "gmail": [],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "vi")],
    "outlook_en": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")],
    "zimbra": [("X-Mailer", "Zimbra 8.8.15_GA_4177 (ZimbraWebClient - GC88 (Win)/8.8.15_GA_4177)"),
               ("X-Originating-IP", "[10.12.3.41]")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) "
                                   "Gecko/20100101 Thunderbird/78.8.0")],
    "yahoo": [("X-Mailer", "WebService/1.1.17648 YMailNorrin")],
    "applemail": [("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")],
    "oe": [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157")],
    "plain": [],
}


def msgid_for(style: str, seed: str, domain: str, when: dt.datetime) -> str:
    h = hashlib.sha1(("mid:" + seed).encode()).hexdigest()
    ms = int(when.timestamp()) * 1000 + int(h[20:23], 16) % 1000
    if style == "gmail":
        return f"<CAH{h[:5]}{h[5:30].upper()}+{h[30:36]}@mail.gmail.com>"
    if style in ("outlook", "outlook_en"):
        return f"<00{h[:4]}01d7{h[4:8]}${h[8:16]}${h[16:24]}$@{domain}>"
    if style == "zimbra":
        return f"<{int(h[:8], 16)}.{int(h[8:14], 16)}.{ms}.JavaMail.zimbra@{domain}>"
    if style == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if style == "yahoo":
        return f"<{int(h[:9], 16)}.{int(h[9:16], 16)}@mail.yahoo.com>"
    return f"<{h[:20]}@{domain}>"


def fold_header(name: str, value: str) -> str:
    """'Name: value' folded at spaces into lines of at most 78 characters."""
    assert "\n" not in value and all(ord(c) < 128 for c in value), (name, value)
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if cur.endswith(":") or len(cur) + 1 + len(w) <= 78 or not lines and cur == f"{name}:":
            cur = f"{cur} {w}"
        else:
            lines.append(cur)
            cur = f" {w}"
    lines.append(cur)
    return "\r\n".join(lines) + "\r\n"


def mail(*, frm: str, to: str, date: dt.datetime, subject: str, body, style="gmail",
         seed: str, cc: str | None = None, extra=None, in_reply_to: str | None = None,
         msgid: str | None = None, date_header: str | None = None) -> bytes:
    """Build a whole message and return its bytes (CRLF line ends)."""
    root = build(body, "outlook" if style == "outlook_en" else style, seed, [0])
    domain = re.search(r"@([\w.-]+)", frm).group(1)
    hdrs = []
    if style == "gmail":
        hdrs += [("MIME-Version", "1.0")]
    hdrs += [("Date", date_header or format_datetime(date)),
             ("Message-ID", msgid or msgid_for(style, seed, domain, date))]
    if in_reply_to:
        hdrs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hdrs += [("Subject", subject), ("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += CLIENT_HEADERS[style]
    hdrs += extra or []
    if style != "gmail":
        hdrs.append(("MIME-Version", "1.0"))
    buf = io.BytesIO()
    for k, v in hdrs:
        buf.write(fold_header(k, v).encode("ascii"))
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78,
                   policy=compat32.clone(linesep="\r\n")).flatten(root, linesep="\r\n")
    data = buf.getvalue()
    assert all(b < 128 for b in data), "non-ASCII byte in message"
    return data


# --------------------------------------------------------------------------------------
# Office files (deterministic)
# --------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2021, 1, 4, 8, 0, 0)


def normalize_zip(data: bytes, when: dt.datetime | None = None) -> bytes:
    """Rewrite an OOXML zip with fixed entry times and a fixed modified date."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = (when or dt.datetime(2021, 2, 1, 8, 0)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", body)
                body = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def save_xlsx(wb, when: dt.datetime, author="Admin") -> bytes:
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when.replace(tzinfo=None)
    wb.properties.modified = when.replace(tzinfo=None)
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue(), when.astimezone(UTC).replace(tzinfo=None))


def save_docx(doc, when: dt.datetime, author="Admin") -> bytes:
    cp = doc.core_properties
    naive = when.astimezone(UTC).replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.created = naive
    cp.modified = naive
    cp.revision = 1
    cp.comments = ""
    cp.title = ""
    b = io.BytesIO()
    doc.save(b)
    return normalize_zip(b.getvalue(), naive)


# MIME types
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLS = "application/vnd.ms-excel"
DOC = "application/msword"
PDF = "application/pdf"
JPG = "image/jpeg"
PNG = "image/png"

# --------------------------------------------------------------------------------------
# Reading written figures (an independent check of the expectations)
# --------------------------------------------------------------------------------------
_DIG = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5,
        "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}


def words_to_int(s: str) -> int:
    toks = s.lower().split()
    total, cur, last = 0, 0, 0
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in _DIG:
            last = _DIG[t]
            cur += last
        elif t == "mười":
            cur += 10
        elif t == "mươi":
            cur = cur - last + last * 10
        elif t == "trăm":
            cur = cur - last + last * 100
        elif t in ("nghìn", "ngàn"):
            total += cur * 1000
            cur = 0
        elif t in ("linh", "lẻ"):
            pass
        else:
            raise ValueError(s)
        i += 1
    return total + cur


def interp(written: str, kind: str) -> int:
    """The integer a reader takes from a written figure (count or minutes)."""
    s = unicodedata.normalize("NFC", written).strip().lower()
    s = re.sub(r"^(khoảng|ước|ước khoảng|ước tính|hơn|gần|~)\s*", "", s)
    if kind == "minutes":
        m = re.fullmatch(r"(\d+)\s*(?:giờ|h|tiếng)\s*(\d+)?\s*(?:phút|phut|'|p)?", s)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2) or 0)
        m = re.fullmatch(r"(\d+)\s*(?:giờ|tiếng)\s*rưỡi", s)
        if m:
            return int(m.group(1)) * 60 + 30
        m = re.fullmatch(r"(\d+),(\d)\s*(?:giờ|tiếng|h)", s)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2)) * 6
        m = re.fullmatch(r"(\d+)\s*(?:phút|phut|'|p)?", s)
        if m:
            return int(m.group(1))
        m = re.fullmatch(r"(\d+):(\d\d)", s)
        if m:
            return int(m.group(1)) * 60 + int(m.group(2))
        m = re.fullmatch(r"([^\d]+?)\s*phút", s)
        if m:
            return words_to_int(m.group(1))
        raise ValueError(written)
    s = re.sub(r"\s+(người|lượt|lần|tin, bài|tin bài|tin|bài|nhóm|thành viên|vụ|"
               r"trường hợp|máy|buổi|ng|tin bai|luot|nguoi|lan|nhom|thanh vien|vu)$", "", s)
    m = re.fullmatch(r"(\d+)(?:,(\d+))?\s*(nghìn|ngàn|triệu)(?:\s+(\d))?", s)
    if m:
        mult = 1000 if m.group(3) != "triệu" else 1000000
        whole = int(m.group(1)) * mult
        if m.group(2):
            whole += int(m.group(2)) * mult // (10 ** len(m.group(2)))
        if m.group(4):
            whole += int(m.group(4)) * mult // 10
        return whole
    if re.fullmatch(r"\d{1,3}(?:[. \u00a0]\d{3})+", s):
        return int(re.sub(r"[. \u00a0]", "", s))
    if re.fullmatch(r"\d+", s):
        return int(s)
    return words_to_int(s)


def renderings(v: int) -> list[str]:
    out = {str(v)}
    if v < 10:
        out.add(f"0{v}")
    if v >= 1000:
        out.add(f"{v:,}".replace(",", "."))
        out.add(f"{v:,}".replace(",", " "))
        out.add(f"{v:,}".replace(",", "\u00a0"))
    return sorted(out)


def appears(token: str, texts: list[str]) -> bool:
    pat = re.compile(r"(?<!\d)(?<!\d[.,])" + re.escape(token) + r"(?![\d]|[.,]\d)")
    for t in texts:
        t = unicodedata.normalize("NFC", t)
        if token.isdigit() or re.fullmatch(r"[\d. \u00a0]+", token):
            if pat.search(t):
                return True
        elif token.lower() in t.lower():
            return True
    return False


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------
CASES: list[dict] = []
NULL = object()


def R(unit, form, *, date=None, period=None, written=False, status="accepted", **vals):
    """One expected report. vals: key=int or key=(int, 'as written').
    period: the intended period_end; written=False means it follows the Date rule
    (checked), written=True means the message states it."""
    return {"unit": unit, "form": form, "period": period, "written": written,
            "status": status, "vals": vals}


def add(family, name, difficulty, note, eml: bytes, reports, texts, date=None):
    assert family in FAMILIES, family
    assert difficulty in ("ordinary", "hard")
    assert "\n" not in note
    assert not any(c["family"] == family and c["name"] == name for c in CASES), name
    CASES.append({"family": family, "name": name, "difficulty": difficulty, "note": note,
                  "eml": eml, "reports": reports, "texts": texts, "date": date})


def expected_json(case) -> dict:
    reps = []
    for r in case["reports"]:
        vals = {}
        for k, v in r["vals"].items():
            vals[k] = v[0] if isinstance(v, tuple) else v
        p = r["period"]
        reps.append({"unit": r["unit"], "form": r["form"],
                     "period_end": None if p is NULL else p,
                     "values": vals, "status": r["status"]})
    return {"difficulty": case["difficulty"], "note": case["note"], "reports": reps}


def verify(case):
    where = f"{case['family']}/{case['name']}"
    texts = case["texts"]
    for r in case["reports"]:
        assert r["status"] in ("accepted", "needs_review"), where
        assert r["unit"] is None or r["unit"] in UNIT_IDS, (where, r["unit"])
        assert r["form"] in FORM_FIELDS or (r["form"] is None and r["status"] == "needs_review"), where
        p = r["period"]
        if p is NULL:
            assert r["status"] == "needs_review", where
        else:
            assert p is not None, where
            d = dt.date.fromisoformat(p)
            assert d.weekday() == 3, (where, p)
            assert dt.date(2021, 2, 1) <= d <= dt.date(2021, 10, 31), (where, p)
            if not r["written"]:
                assert case["date"] is not None, where
                got = rule_period(case["date"])
                assert got == p, (where, "period by rule", got, "intended", p)
        if r["status"] == "accepted":
            assert r["unit"] is not None and r["form"] is not None, where
            assert set(r["vals"]) == set(FORM_FIELDS[r["form"]]), (where, sorted(r["vals"]))
        fields = FORM_FIELDS.get(r["form"], {})
        for k, v in r["vals"].items():
            assert k in fields, (where, k)
            value, written = (v if isinstance(v, tuple) else (v, None))
            lo, hi = fields[k]
            if r["status"] == "accepted":
                assert lo <= value <= hi, (where, k, value)
            kind = "minutes" if k == "minutes" else "count"
            if written is not None:
                assert interp(written, kind) == value, (where, k, written, interp(written, kind), value)
                assert appears(written, texts), (where, k, "not in text:", written)
            else:
                assert any(appears(tok, texts) for tok in renderings(value)), (where, k, value)


def write_all():
    for fam in FAMILIES:
        d = ROOT / fam
        if d.exists():
            shutil.rmtree(d)
    for c in CASES:
        verify(c)
        d = ROOT / c["family"]
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{c['name']}.eml").write_bytes(c["eml"])
        (d / f"{c['name']}.expected.json").write_text(
            json.dumps(expected_json(c), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------
# Body helpers
# --------------------------------------------------------------------------------------
def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_html(text: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line.strip() else "<div><br></div>")
    return '<div dir="ltr">' + "".join(out) + "</div>\r\n"


def outlook_html(text: str) -> str:
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append(f'<p class=MsoNormal><span lang=VI style=\'font-size:13.0pt;'
                         f'font-family:"Times New Roman",serif\'>{esc(line)}</span></p>')
        else:
            paras.append("<p class=MsoNormal><span lang=VI>&nbsp;</span></p>")
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;} --></style></head>"
            "<body lang=EN-US link=\"#0563C1\" vlink=\"#954F72\"><div class=WordSection1>\r\n"
            + "\r\n".join(paras) + "\r\n</div></body></html>\r\n")


def zimbra_html(text: str) -> str:
    inner = "<br>".join(esc(l) for l in text.split("\n"))
    return ("<html><body><div style=\"font-family: times new roman, new york, times, serif; "
            f"font-size: 12pt; color: #000000\"><div>{inner}</div></div></body></html>")


def yahoo_html(text: str) -> str:
    inner = "".join(f"<div>{esc(l) or '<br>'}</div>" for l in text.split("\n"))
    return ("<html><head></head><body><div class=\"ydp3f1d2c9cyahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{inner}</div></body></html>")


def body_for(style: str, text: str, html: str | None = None, alt: bool | None = None):
    """The text body as the client would send it."""
    if style == "gmail":
        return Multi("alternative", T(text), HTML(html or gmail_html(text)))
    if style in ("outlook", "outlook_en"):
        return Multi("alternative", T(text, cte="base64", quote_charset=True),
                     HTML(html or outlook_html(text), cte="quoted-printable"))
    if style == "zimbra":
        if alt:
            return Multi("alternative", T(text, charset="utf-8", quote_charset=False),
                         HTML(html or zimbra_html(text), charset="utf-8", quote_charset=False))
        return T(text, charset="utf-8", quote_charset=False)
    if style == "thunderbird":
        return T(text, params=[("format", "flowed")], cte="8bit" if False else "quoted-printable")
    if style == "yahoo":
        return Multi("alternative", T(text), HTML(html or yahoo_html(text)))
    if style == "applemail":
        return T(text, charset="utf-8", quote_charset=False, cte="quoted-printable")
    return T(text)


def subj(style: str, s: str) -> str:
    if style in ("zimbra", "thunderbird"):
        return ew(s, "utf-8" if style == "zimbra" else "UTF-8", "Q")
    return ew(s, "UTF-8" if style in ("gmail", "yahoo") else "utf-8", "B")


def frm(style: str, name: str | None, email: str) -> str:
    if style in ("zimbra", "thunderbird"):
        return addr(name, email, "utf-8", "Q")
    return addr(name, email, "UTF-8", "B")


def send(family, name, note, *, sender, name_, date, subject, text, reports,
         style="zimbra", difficulty="ordinary", to=OFFICE, cc=None, html=None,
         alt=None, attachments=(), texts_extra=(), extra=None, in_reply_to=None,
         body=None, date_header=None):
    """A report-like message: text body (+ attachments)."""
    b = body if body is not None else body_for(style, text, html, alt)
    if attachments:
        b = Multi("mixed", b, *attachments)
    eml = mail(frm=frm(style, name_, sender), to=to, date=date, subject=subj(style, subject),
               body=b, style=style, seed=f"{family}/{name}", cc=cc, extra=extra,
               in_reply_to=in_reply_to, date_header=date_header)
    add(family, name, difficulty, note, eml, reports,
        [text or "", html or "", subject, *texts_extra], date)


WP = "weekly_propaganda"
SM = "social_media"
E = UNIT_EMAIL


# ======================================================================================
# Family: labelled lines
# ======================================================================================
def fam_labelled():
    f = "labelled"

    d = D("2021-02-10 09:12")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

UBND xã Bản Bo báo cáo kết quả tuyên truyền tuần như sau:
- Số tin, bài: 8
- Độ dài: 55 phút
- Số lần phát sóng: 24
- Ước số người nghe: 2.100 người

Trân trọng!
Lò Văn Thắng
Công chức Văn hóa - Xã hội xã Bản Bo"""
    send(f, "l01_banbo_dash_colon", "dash bullets with colons, units after the figures, plain Zimbra mail",
         sender=E["ban_bo"], name_="Lò Văn Thắng", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="zimbra",
         reports=[R("ban_bo", WP, period="2021-02-11", items=8, minutes=(55, "55 phút"),
                    broadcasts=24, listeners=(2100, "2.100 người"))])

    d = D("2021-02-18 14:05")
    t = """Kinh gui Phong VH-TT huyen

Xa Na Tam bao cao ket qua tuyen truyen tuan:
So tin bai = 6
Do dai = 40 phut
So luot phat song = 18
Uoc so nguoi nghe = 1500

Tran trong!
Hoang Thi Mai - UBND xa Na Tam"""
    send(f, "l02_natam_no_diacritics_equals", "accent-free labels with '=' (typed without Unikey)",
         sender=E["na_tam"], name_="Hoang Thi Mai", date=d, subject="BC tuan", text=t,
         style="outlook",
         reports=[R("na_tam", WP, period="2021-02-18", items=6, minutes=(40, "40 phut"),
                    broadcasts=18, listeners=1500)])

    d = D("2021-02-24 10:20")
    t = """KÍNH GỬI PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN

UBND XÃ KHUN HÁ BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN NHƯ SAU:
SỐ TIN, BÀI: 12
THỜI LƯỢNG: 1 GIỜ 15 PHÚT
SỐ LẦN PHÁT SÓNG: 36
ƯỚC SỐ NGƯỜI NGHE: KHOẢNG 3.500 NGƯỜI

TRÂN TRỌNG!"""
    send(f, "l03_khunha_all_caps", "whole body in capitals, duration in hours and minutes, approximate listeners",
         sender=E["khun_ha"], name_="UBND xã Khun Há", date=d,
         subject="BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", text=t, style="zimbra", alt=True,
         reports=[R("khun_ha", WP, period="2021-02-25", items=12,
                    minutes=(75, "1 GIỜ 15 PHÚT"), broadcasts=36,
                    listeners=(3500, "KHOẢNG 3.500 NGƯỜI"))])

    d = D("2021-03-03 16:40")
    t = """Dạ em chào anh ạ
Em gửi báo cáo tuyên truyền tuần của xã Tả Lèng:

So tin bài : 07 tin
Độ dai: 35 phut
Số lươt phát sóng: 21 lượt
Ươc số ngừoi nghe: 1 200 người

Em cảm ơn ạ
Giàng A Sử - xã Tả Lèng
ĐT: 0389 216 745"""
    send(f, "l04_taleng_gmail_typos", "personal Gmail naming its commune, half-typed diacritics and typos, '1 200' with a space",
         sender="giangasu.taleng@gmail.com", name_="Giàng A Sử", date=d,
         subject="bao cao tuan xa Ta Leng", text=t, style="gmail",
         reports=[R("ta_leng", WP, period="2021-03-04", items=(7, "07 tin"),
                    minutes=(35, "35 phut"), broadcasts=(21, "21 lượt"),
                    listeners=(1200, "1 200 người"))])

    d = D("2021-03-11 08:30")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.

Thực hiện Công văn của Phòng Văn hóa và Thông tin huyện về việc tăng cường công tác tuyên truyền, UBND xã Giang Ma báo cáo nhanh kết quả tuyên truyền trong tuần như sau:

1. Số lượng tin, bài: 10 tin, bài
2. Độ dài tin, bài: 50 phút
3. Số lượng phát sóng: 30 lượt
4. Ước số lượng người nghe: 2.500 người

UBND xã Giang Ma trân trọng báo cáo./.

Lý Thị Dung
VP-TK UBND xã Giang Ma"""
    send(f, "l05_giangma_numbered_official_wording", "numbered lines in the wording of the district's request letter",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d,
         subject="V/v báo cáo kết quả tuyên truyền tuần", text=t, style="zimbra",
         reports=[R("giang_ma", WP, period="2021-03-11", items=(10, "10 tin, bài"),
                    minutes=(50, "50 phút"), broadcasts=(30, "30 lượt"),
                    listeners=(2500, "2.500 người"))])

    d = D("2021-03-17 15:10")
    t = """Kính gửi Phòng VH-TT,

Xã Hồ Thầu gửi kết quả tuyên truyền tuần:
+ Tin bài: 05
+ Thời lượng phát sóng: 45'
+ Lượt phát: 15
+ Người nghe: 1.800

Trân trọng!
--
Chảo Láo Tả
UBND xã Hồ Thầu
Di động: 0912.345.678"""
    send(f, "l06_hothau_plus_bullets_minutes_mark", "'+' bullets, leading zero, minutes written with an apostrophe, phone number in signature",
         sender=E["ho_thau"], name_="Chảo Láo Tả", date=d, subject="Báo cáo tuần", text=t,
         style="thunderbird",
         reports=[R("ho_thau", WP, period="2021-03-18", items=(5, "05"), minutes=(45, "45'"),
                    broadcasts=15, listeners=(1800, "1.800"))])

    d = D("2021-03-25 09:45")
    t = """Kính gửi: Phòng Văn hóa và Thông tin

Xã Bình Lư báo cáo kết quả tuyên truyền tuần:

Số tin bài: 9
Tổng thời lượng: 1h15
Số lần phát: 27
Số người nghe: 3,5 nghìn

Trân trọng!
Lường Văn Hùng"""
    send(f, "l07_binhlu_1h15_3comma5_nghin", "duration as 1h15 and listeners as '3,5 nghìn'",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d,
         subject="BC kết quả tuyên truyền tuần - xã Bình Lư", text=t, style="outlook",
         reports=[R("binh_lu", WP, period="2021-03-25", items=9, minutes=(75, "1h15"),
                    broadcasts=27, listeners=(3500, "3,5 nghìn"))])

    d = D("2021-04-01 11:00")
    t = """Dạ em gửi Phòng báo cáo tuần của xã Sơn Bình ạ

- Số tin bài: 6
- Thời lượng: 1 tiếng rưỡi
- Số lần phát sóng: 18
- Số người nghe: khoảng 2 ngàn người

Em Vàng Thị Lan - cán bộ văn hóa xã Sơn Bình"""
    send(f, "l08_sonbinh_yahoo_tieng_ruoi_ngan", "Yahoo address naming Sơn Bình, '1 tiếng rưỡi' and 'khoảng 2 ngàn'",
         sender="vangthilan_sb@yahoo.com", name_="Vàng Thị Lan", date=d,
         subject="Bao cao tuyen truyen tuan", text=t, style="yahoo",
         reports=[R("son_binh", WP, period="2021-04-01", items=6,
                    minutes=(90, "1 tiếng rưỡi"), broadcasts=18,
                    listeners=(2000, "khoảng 2 ngàn người"))])

    d = D("2021-04-08 14:30")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần:
- Số tin, bài, phóng sự: 30
- Tổng thời lượng phát sóng: 6 giờ
- Số lượt phát sóng: 90
- Lượt người nghe, xem: 1,2 triệu lượt

Trân trọng./.
Đài TT-TH huyện Tam Đường"""
    send(f, "l09_dai_listeners_beyond_bound", "listeners '1,2 triệu' exceed the form's bound of 1,000,000: held",
         sender=E["dai_th_th"], name_="Đài TT-TH Tam Đường", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="outlook",
         reports=[R("dai_th_th", WP, period="2021-04-08", status="needs_review", items=30,
                    minutes=(360, "6 giờ"), broadcasts=90,
                    listeners=(1200000, "1,2 triệu"))])

    d = D("2021-04-14 17:05")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện,
UBND xã Nùng Nàng báo cáo kết quả tuyên truyền trong tuần:
- Số tin, bài: 8
- Độ dài: 40 phút
- Số lần phát sóng: hai mươi lần
- Ước số người nghe: 1.600 người
Trân trọng!
Sùng A Chá"""
    send(f, "l10_nungnang_number_words", "one figure written in words ('hai mươi lần')",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra", alt=True,
         reports=[R("nung_nang", WP, period="2021-04-15", items=8, minutes=(40, "40 phút"),
                    broadcasts=(20, "hai mươi"), listeners=(1600, "1.600 người"))])

    d = D("2021-04-22 08:05")
    t = """Kính gửi Phòng VH&TT huyện Tam Đường

Xã Bản Giang gửi báo cáo tuần:
Số tin, bài: 05
Độ dài: 60 phút
Số lần phát sóng: 15 lượt
Ước số người nghe: 5 000 người

Trân trọng cảm ơn!
Đèo Thị Hương"""
    send(f, "l11_bangiang_space_thousands", "five thousand written '5 000', leading zero '05'",
         sender=E["ban_giang"], name_="Đèo Thị Hương", date=d,
         subject="Báo cáo tuyên truyền tuần xã Bản Giang", text=t, style="outlook",
         reports=[R("ban_giang", WP, period="2021-04-22", items=(5, "05"),
                    minutes=(60, "60 phút"), broadcasts=(15, "15 lượt"),
                    listeners=(5000, "5 000 người"))])

    d = D("2021-04-29 10:10")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

Em gửi báo cáo kết quả tuyên truyền tuần của xã:
Số tin, bài: 7
Thời lượng: 1,5 giờ
Số lần phát sóng: 21
Ước số người nghe: 1.400

Lò Văn Minh"""
    send(f, "l12_banhon_gmail_subject_unit_decimal_hours", "personal Gmail, the commune named only in the subject, '1,5 giờ'",
         sender="lovanminh.bh@gmail.com", name_="Lo Van Minh", date=d,
         subject="Báo cáo tuần - UBND xã Bản Hon", text=t, style="gmail",
         reports=[R("ban_hon", WP, period="2021-04-29", items=7, minutes=(90, "1,5 giờ"),
                    broadcasts=21, listeners=(1400, "1.400"))])

    d = D("2021-05-06 09:00")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần:
  Số tin, bài: 11
  Độ dài: 75'
  Số lần phát sóng: 33
  Ước số người nghe: 4.200

Trân trọng!
Nguyễn Thị Hằng - VP UBND thị trấn"""
    send(f, "l13_tttamduong_75_apostrophe", "indented lines, duration written 75'",
         sender=E["tt_tam_duong"], name_="Nguyễn Thị Hằng", date=d,
         subject="Báo cáo tuyên truyền tuần", text=t, style="zimbra",
         reports=[R("tt_tam_duong", WP, period="2021-05-06", items=11, minutes=(75, "75'"),
                    broadcasts=33, listeners=(4200, "4.200"))])

    d = D("2021-05-13 15:20")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần như sau:
1. Số tin, bài, phóng sự: 28
2. Tổng thời lượng phát sóng: 4 giờ 20 phút
3. Số lượt phát sóng: 84
4. Ước số người nghe: 25.000 người

Trân trọng./.
Trần Quốc Tuấn - Phó Giám đốc Đài
ĐT: +84 214 3875 123"""
    send(f, "l14_dai_hours_minutes", "the district radio station: 4 giờ 20 phút, 25.000 listeners",
         sender=E["dai_th_th"], name_="Trần Quốc Tuấn", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="outlook",
         reports=[R("dai_th_th", WP, period="2021-05-13", items=28,
                    minutes=(260, "4 giờ 20 phút"), broadcasts=84,
                    listeners=(25000, "25.000 người"))])

    d = D("2021-05-19 10:35")
    t = """Kính gửi: Phòng Văn hóa và Thông tin

BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ THÈN SIN
Số tin, bài ........................ 9
Độ dài (phút) ...................... 48
Số lần phát sóng ................... 27
Ước số người nghe .................. 1.700

Tao Văn Dũng"""
    send(f, "l15_thensin_dot_leaders", "labels and figures joined by dot leaders",
         sender=E["then_sin"], name_="Tao Văn Dũng", date=d,
         subject="Báo cáo tuyên truyền tuần xã Thèn Sin", text=t, style="zimbra",
         reports=[R("then_sin", WP, period="2021-05-20", items=9, minutes=48,
                    broadcasts=27, listeners=(1700, "1.700"))])

    d = D("2021-05-27 08:50")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện
Xã Khun Há báo cáo kết quả tuyên truyền tuần:

| Số tin, bài | Độ dài  | Số lần phát sóng | Ước số người nghe |
|-------------|---------|------------------|-------------------|
| 7           | 42 phút | 21               | 1.650             |

Trân trọng!"""
    send(f, "l16_khunha_text_table", "a header line and a value line drawn with '|' in plain text",
         sender=E["khun_ha"], name_="Tẩn A Phủ", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("khun_ha", WP, period="2021-05-27", items=7, minutes=(42, "42 phút"),
                    broadcasts=21, listeners=(1650, "1.650"))])

    d = D("2021-06-03 09:25")
    t = """Kính gửi Phòng VH-TT huyện

Xã Nà Tăm báo cáo tuyên truyền tuần:
- Số tin bài: 6
- Độ dài: 35 phút
- Số lần phát sóng: 18
- Ước số người nghe: 1.500 - 2.000 người

Trân trọng!
Hoàng Thị Mai"""
    send(f, "l17_natam_listeners_range", "listeners given as a range '1.500 - 2.000': held, range left out",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d, subject="Báo cáo tuần",
         text=t, style="outlook",
         reports=[R("na_tam", WP, period="2021-06-03", status="needs_review", items=6,
                    minutes=(35, "35 phút"), broadcasts=18)])

    d = D("2021-06-10 10:40")
    t = """Kính gửi Phòng Văn hóa và Thông tin

Xã Khun Há báo cáo:
- Số tin bài: 04
- Thời lượng: phát 3 buổi, mỗi buổi 15 phút
- Số lần phát: 12
- Người nghe: 1.100 người

Trân trọng."""
    send(f, "l18_khunha_sessions_not_summed", "duration given per session ('3 buổi, mỗi buổi 15 phút'), total not written: held",
         sender=E["khun_ha"], name_="Tẩn A Phủ", date=d, subject="BC tuyên truyền tuần",
         text=t, style="zimbra",
         reports=[R("khun_ha", WP, period="2021-06-10", status="needs_review",
                    items=(4, "04"), broadcasts=12, listeners=(1100, "1.100 người"))])

    d = D("2021-06-16 14:15")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:
1. Số tin, bài: 6
2. Độ dài: 40 phút
3. Số lần phát sóng: 18
4. Số người nghe: 850 hộ

Trân trọng!
Chảo Láo Tả"""
    send(f, "l19_hothau_listeners_households", "listeners given in households ('850 hộ'): held, figure left out",
         sender=E["ho_thau"], name_="Chảo Láo Tả", date=d, subject="Báo cáo tuần",
         text=t, style="thunderbird",
         reports=[R("ho_thau", WP, period="2021-06-17", status="needs_review", items=6,
                    minutes=(40, "40 phút"), broadcasts=18)])

    d = D("2021-06-24 11:30")
    t = """Kính gửi Phòng VH-TT

Xã Sơn Bình báo cáo tuyên truyền tuần:
- Số tin, bài: 5
- Độ dài: 30 phút
- Số lần phát sóng: 15
- Ước số người nghe: chưa thống kê được

Trân trọng!
Vàng Thị Lan"""
    send(f, "l20_sonbinh_listeners_missing", "required listeners figure missing ('chưa thống kê được'): held",
         sender=E["son_binh"], name_="Vàng Thị Lan", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("son_binh", WP, period="2021-06-24", status="needs_review", items=5,
                    minutes=(30, "30 phút"), broadcasts=15)])

    d = D("2021-07-01 08:20")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Xã Giang Ma báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 8
- Tổng thời lượng: 1.5 giờ
- Số lần phát sóng: 24
- Ước số người nghe: 2.000 người

Trân trọng!
Lý Thị Dung"""
    send(f, "l21_giangma_ambiguous_1dot5", "duration '1.5 giờ' with a dot (one and a half, or fifteen?): held",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("giang_ma", WP, period="2021-07-01", status="needs_review", items=8,
                    broadcasts=24, listeners=(2000, "2.000 người"))])

    d = D("2021-07-07 16:10")
    t = """Kính gửi Phòng Văn hóa và Thông tin

Xã Bình Lư báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 8 tin, 2 bài
- Độ dài: 50 phút
- Số lần phát sóng: 30
- Số người nghe: 2.600

Lường Văn Hùng"""
    send(f, "l22_binhlu_items_split", "items given as '8 tin, 2 bài' (a sum the sender did not do): held",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d, subject="Báo cáo tuần",
         text=t, style="outlook",
         reports=[R("binh_lu", WP, period="2021-07-08", status="needs_review",
                    minutes=(50, "50 phút"), broadcasts=30, listeners=(2600, "2.600"))])

    d = D("2021-07-15 07:55")
    t = """Gửi phòng VHTT
BC tuyên truyền tuần xã Nùng Nàng:
Tin bài tuyên truyền: 14 tin, bài
TG phát: 2h
Lượt PS: 42
Ng nghe: 3000
Sùng A Chá"""
    send(f, "l23_nungnang_abbreviations", "terse abbreviated labels (TG phát, Lượt PS, Ng nghe), '2h'",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d, subject="BC tuyen truyen",
         text=t, style="zimbra",
         reports=[R("nung_nang", WP, period="2021-07-15", items=(14, "14 tin, bài"),
                    minutes=(120, "2h"), broadcasts=42, listeners=3000)])

    d = D("2021-07-21 09:40")
    t = ("Kính gửi  Phòng Văn hóa và Thông tin huyện \n\n"
         "UBND xã Bản Bo  báo cáo kết quả tuyên truyền tuần :\n"
         "-  Số tin , bài  :   09 \n"
         "-  Độ dài :\u00a065 phút \n"
         "-  Số lần  phát sóng :  27\n"
         "-  Ước số người nghe :  2.300  người \n\n"
         "Trân trọng !\n"
         "Lò Văn Thắng")
    send(f, "l24_banbo_stray_spaces", "stray spaces, a no-break space, spaces before colons",
         sender=E["ban_bo"], name_="Lò Văn Thắng", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("ban_bo", WP, period="2021-07-22", items=(9, "09"), minutes=(65, "65 phút"),
                    broadcasts=27, listeners=(2300, "2.300"))])

    d = D("2021-07-29 10:05")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

UBND xã Tả Lèng báo cáo kết quả công tác tuyên truyền tuần như sau:
Số tin, bài (tin): 8
Độ dài (phút): 48
Số lần phát sóng (lần): 24
Số người nghe (ước, người): 2.300

Trân trọng!
Giàng A Sử"""
    send(f, "l25_taleng_units_in_labels", "units in parentheses inside the labels",
         sender=E["ta_leng"], name_="Giàng A Sử", date=d, subject="Báo cáo tuyên truyền tuần",
         text=t, style="outlook",
         reports=[R("ta_leng", WP, period="2021-07-29", items=8, minutes=48, broadcasts=24,
                    listeners=(2300, "2.300"))])

    d = D("2021-08-04 15:45")
    t = """Kính gửi Phòng Văn hóa và Thông tin

Xã Bản Giang báo cáo tuyên truyền tuần:
Số tin, bài: 10
Tổng thời lượng: 02 giờ
Số lần phát sóng: 30
Ước số người nghe: 2.800 người
(Nội dung chủ yếu: phòng chống dịch Covid-19, cài đặt Bluezone)

Đèo Thị Hương"""
    send(f, "l26_bangiang_02_gio", "duration '02 giờ'; a topics line in parentheses",
         sender=E["ban_giang"], name_="Đèo Thị Hương", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("ban_giang", WP, period="2021-08-05", items=10, minutes=(120, "02 giờ"),
                    broadcasts=30, listeners=(2800, "2.800 người"))])



# ======================================================================================
# Family: prose
# ======================================================================================
def fam_prose():
    f = "prose"

    d = D("2021-08-11 09:30")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

Trong tuần, Ban biên tập Trạm truyền thanh xã Nà Tăm đã xây dựng 05 tin, bài với tổng thời lượng 1 giờ 15 phút, phát sóng 21 lượt, ước khoảng 3.500 người nghe.

UBND xã Nà Tăm trân trọng báo cáo!
Hoàng Thị Mai"""
    send(f, "p01_natam_one_sentence", "all four figures in one sentence",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="zimbra", alt=True,
         reports=[R("na_tam", WP, period="2021-08-12", items=(5, "05"),
                    minutes=(75, "1 giờ 15 phút"), broadcasts=(21, "21 lượt"),
                    listeners=(3500, "khoảng 3.500"))])

    d = D("2021-08-19 09:00")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Thực hiện chỉ đạo của Ban Chỉ đạo phòng, chống dịch Covid-19 huyện, UBND xã Thèn Sin đã tăng cường tuyên truyền trên hệ thống loa truyền thanh của xã và các bản về các biện pháp phòng, chống dịch, thực hiện nghiêm thông điệp 5K và khai báo y tế.

Trong tuần, Trạm truyền thanh xã đã biên tập và phát sóng 07 tin, bài (tổng độ dài 40 phút), với 28 lượt phát; ước tính có khoảng 2.000 người dân được nghe.

Thời gian tới, xã tiếp tục duy trì phát sóng vào buổi sáng và buổi chiều hằng ngày.

Trân trọng!

Tao Văn Dũng
Công chức VH-XH xã Thèn Sin"""
    send(f, "p02_thensin_paragraphs", "several paragraphs, figures in the middle one, duration in parentheses",
         sender=E["then_sin"], name_="Tao Văn Dũng", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="outlook",
         reports=[R("then_sin", WP, period="2021-08-19", items=(7, "07 tin, bài"),
                    minutes=(40, "40 phút"), broadcasts=(28, "28 lượt"),
                    listeners=(2000, "khoảng 2.000"))])

    d = D("2021-08-26 13:20")
    t = """Dạ em gửi báo cáo tuần xã Khun Há ạ.
Tuần này xã em làm được 9 tin bài, thời lượng 50 phút, phát 27 lần, khoảng 2 nghìn 5 người nghe ạ.
Em cảm ơn anh ạ!

Tẩn A Phủ - Khun Há"""
    send(f, "p03_khunha_gmail_colloquial", "personal Gmail, colloquial sentence, '2 nghìn 5' = 2,500",
         sender="tanaphu88@gmail.com", name_="Tẩn A Phủ", date=d, subject="bc tuan",
         text=t, style="gmail",
         reports=[R("khun_ha", WP, period="2021-08-26", items=(9, "9 tin bài"),
                    minutes=(50, "50 phút"), broadcasts=(27, "27 lần"),
                    listeners=(2500, "2 nghìn 5"))])

    d = D("2021-02-04 10:00")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

Căn cứ Thông báo số 62/TB-UBND ngày 01/02/2021 của UBND huyện Tam Đường và Công văn của Phòng Văn hóa và Thông tin huyện về việc tăng cường công tác tuyên truyền dịp Tết Nguyên đán Tân Sửu 2021, UBND xã Bình Lư báo cáo kết quả như sau:

Trạm truyền thanh xã đã xây dựng 10 tin, bài tuyên truyền về phòng chống dịch Covid-19 và vui Xuân đón Tết an toàn, tổng thời lượng 60 phút, phát sóng 30 lượt, ước khoảng 3.000 người nghe. Ngoài ra, xã đã treo 15 băng rôn, khẩu hiệu và tổ chức 02 buổi tuyên truyền lưu động tại các bản.

Trân trọng báo cáo./.
Lường Văn Hùng - UBND xã Bình Lư"""
    send(f, "p04_binhlu_distractor_numbers", "prose with document numbers, dates, banners and sessions besides the four figures",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d,
         subject="Báo cáo kết quả tuyên truyền dịp Tết Nguyên đán", text=t, style="outlook",
         reports=[R("binh_lu", WP, period="2021-02-04", items=(10, "10 tin, bài"),
                    minutes=(60, "60 phút"), broadcasts=(30, "30 lượt"),
                    listeners=(3000, "khoảng 3.000"))])

    d = D("2021-09-01 15:00")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

UBND xã Bản Giang báo cáo: trong tuần xã đã xây dựng được sáu tin bài, tổng thời lượng ba mươi phút, phát sóng mười tám lượt, khoảng một nghìn hai trăm người nghe.

Trân trọng!
Đèo Thị Hương"""
    send(f, "p05_bangiang_all_words", "every figure written in words",
         sender=E["ban_giang"], name_="Đèo Thị Hương", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("ban_giang", WP, period="2021-09-02", items=(6, "sáu"),
                    minutes=(30, "ba mươi phút"), broadcasts=(18, "mười tám"),
                    listeners=(1200, "một nghìn hai trăm"))])

    d = D("2021-09-09 08:15")
    t = """Kính gửi Phòng VH-TT huyện,

Xã Tả Lèng báo cáo kết quả tuyên truyền tuần: số tin bài là 8, tăng 2 tin so với tuần trước; thời lượng 45 phút; phát sóng 24 lượt; khoảng 1.900 người nghe.

Trân trọng!
Giàng A Sử"""
    send(f, "p06_taleng_comparison_with_last_week", "a comparison with last week ('tăng 2 tin') beside the figure",
         sender=E["ta_leng"], name_="Giàng A Sử", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("ta_leng", WP, period="2021-09-09", items=8, minutes=(45, "45 phút"),
                    broadcasts=(24, "24 lượt"), listeners=(1900, "khoảng 1.900"))])

    d = D("2021-09-15 10:50")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

Tuần qua, xã Bản Bo xây dựng 6 tin, bài với tổng thời lượng 42 phút. Trạm truyền thanh phát 2 buổi/ngày (sáng và chiều), tổng cộng 14 lượt trong tuần, ước khoảng 1.300 người nghe.

Trân trọng!
Lò Văn Thắng"""
    send(f, "p07_banbo_per_day_and_total", "a per-day rate beside the weekly total the sender gives",
         sender=E["ban_bo"], name_="Lò Văn Thắng", date=d, subject="Báo cáo tuyên truyền tuần",
         text=t, style="zimbra",
         reports=[R("ban_bo", WP, period="2021-09-16", items=(6, "6 tin, bài"),
                    minutes=(42, "42 phút"), broadcasts=(14, "14 lượt"),
                    listeners=(1300, "khoảng 1.300"))])

    d = D("2021-09-23 14:00")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

Xã Nà Tăm báo cáo: trong tuần đã xây dựng 5 tin bài, thời lượng 30 phút, phát sóng 15 lượt, có khoảng 1.500 đến 2.000 người nghe.

Trân trọng!
Hoàng Thị Mai"""
    send(f, "p08_natam_listener_range_prose", "listeners as a range in prose: held, range left out",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d, subject="Báo cáo tuần",
         text=t, style="outlook",
         reports=[R("na_tam", WP, period="2021-09-23", status="needs_review",
                    items=(5, "5 tin bài"), minutes=(30, "30 phút"),
                    broadcasts=(15, "15 lượt"))])

    d = D("2021-09-29 21:10")
    t = "bao cao tuan: xa ban giang xay dung 4 tin bai, do dai 25 phut, phat song 12 luot, uoc 900 nguoi nghe. huong"
    send(f, "p09_bangiang_gmail_one_line_lowercase", "one lowercase accent-free line from a personal Gmail naming the commune",
         sender="deohuong.bg@gmail.com", name_="Huong Deo", date=d, subject="bc tuan", text=t,
         style="gmail",
         reports=[R("ban_giang", WP, period="2021-09-30", items=(4, "4 tin bai"),
                    minutes=(25, "25 phut"), broadcasts=(12, "12 luot"), listeners=900)])

    d = D("2021-10-07 11:25")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Trong tuần, Đài Truyền thanh - Truyền hình huyện đã sản xuất và phát sóng 32 tin, bài, phóng sự với tổng thời lượng 5 giờ 10 phút; tổng số 96 lượt phát sóng trên sóng phát thanh và truyền hình của huyện; ước tính 30.000 lượt người nghe, xem.

Các tin, bài tập trung tuyên truyền công tác phòng, chống dịch Covid-19, tiêm vắc xin và phát triển kinh tế - xã hội.

Trân trọng./.
Đài TT-TH huyện"""
    send(f, "p10_dai_prose", "the district station's report in prose, listeners in 'lượt người nghe, xem'",
         sender=E["dai_th_th"], name_="Đài TT-TH Tam Đường", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="outlook",
         reports=[R("dai_th_th", WP, period="2021-10-07", items=(32, "32 tin, bài"),
                    minutes=(310, "5 giờ 10 phút"), broadcasts=(96, "96 lượt"),
                    listeners=(30000, "30.000 lượt"))])

    d = D("2021-10-13 15:35")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện Tam Đường

Trong tuần, UBND xã Nà Tăm phối hợp với xã Bản Bo tổ chức tuyên truyền lưu động tại bản Nà Tăm 1 về phòng chống dịch và tiêm chủng vắc xin.

Trạm truyền thanh xã Nà Tăm đã xây dựng 7 tin bài, tổng độ dài 38 phút, phát sóng 21 lượt, ước khoảng 1.750 người nghe.

Trân trọng!
Hoàng Thị Mai"""
    send(f, "p11_natam_mentions_neighbour", "a commune mentioning a neighbour it worked with (not a second reporter)",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("na_tam", WP, period="2021-10-14", items=(7, "7 tin bài"),
                    minutes=(38, "38 phút"), broadcasts=(21, "21 lượt"),
                    listeners=(1750, "khoảng 1.750"))])

    d = D("2021-10-20 09:05")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

Em là Lò Văn Minh xã Bản Hon. Em gửi hộ báo cáo của xã Khun Há do đường truyền internet bên đó bị mất ạ:
Xã Khun Há tuần này xây dựng 6 tin bài, thời lượng 35 phút, phát sóng 18 lượt, khoảng 1.200 người nghe.

Em cảm ơn ạ."""
    send(f, "p12_banhon_sends_for_khunha", "a known commune address sending another commune's figures: held",
         sender=E["ban_hon"], name_="Lò Văn Minh", date=d,
         subject="Gửi hộ báo cáo tuần xã Khun Há", text=t, style="zimbra",
         reports=[R("khun_ha", WP, period="2021-10-21", status="needs_review",
                    items=(6, "6 tin bài"), minutes=(35, "35 phút"),
                    broadcasts=(18, "18 lượt"), listeners=(1200, "khoảng 1.200"))])

    d = D("2021-10-27 16:30")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện.

UBND xã Hồ Thầu xin báo cáo kết quả tuyên truyền trong tuần: xây dựng 9 tin, bài; tổng thời lượng 55 phút; phát sóng 27 lượt; ước 2.200 người nghe.

Trân trọng!

--------------------------------
Chảo Láo Tả
Công chức Văn hóa - Xã hội
UBND xã Hồ Thầu, huyện Tam Đường, tỉnh Lai Châu
Điện thoại: 0912 345 678 - Cơ quan: 0213 3876 204
Email: hothau.tamduong@laichau.gov.vn"""
    send(f, "p13_hothau_signature_numbers", "a signature block with phone numbers after the figures",
         sender=E["ho_thau"], name_="Chảo Láo Tả", date=d, subject="Báo cáo tuần", text=t,
         style="thunderbird",
         reports=[R("ho_thau", WP, period="2021-10-28", items=(9, "9 tin, bài"),
                    minutes=(55, "55 phút"), broadcasts=(27, "27 lượt"),
                    listeners=(2200, "2.200"))])

    d = D("2021-06-30 16:55")
    t = """Kính gửi Phòng VHTT
Số liệu tuần này của xã Sơn Bình như sau: tin bài 6, độ dài 32 phút, lượt phát 18, người nghe ~1.400.
Trân trọng!
Vàng Thị Lan"""
    send(f, "p14_sonbinh_tilde_estimate", "figures after their labels in one sentence, '~1.400' for about 1,400",
         sender=E["son_binh"], name_="Vàng Thị Lan", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("son_binh", WP, period="2021-07-01", items=6, minutes=(32, "32 phút"),
                    broadcasts=18, listeners=(1400, "~1.400"))])

    d = D("2021-08-18 10:00")
    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

Tuần qua xã Nùng Nàng đã xây dựng trên 10 tin bài, thời lượng 60 phút, phát sóng 30 lượt, hơn 2.000 người nghe.

Trân trọng!
Sùng A Chá"""
    send(f, "p15_nungnang_items_lower_bound", "'trên 10 tin bài' is a bound, not a count: held ('hơn 2.000' listeners is an estimate)",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d, subject="Báo cáo tuần",
         text=t, style="zimbra",
         reports=[R("nung_nang", WP, period="2021-08-19", status="needs_review",
                    minutes=(60, "60 phút"), broadcasts=(30, "30 lượt"),
                    listeners=(2000, "hơn 2.000"))])

    d = D("2021-05-19 09:20")
    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND xã Giang Ma báo cáo kết quả tuyên truyền tuần như sau:

Trong tuần, Ban biên tập đã xây dựng 11 tin, bài (trong đó 6 tin về phòng chống dịch Covid-19, 3 tin về bầu cử đại biểu Quốc hội và HĐND các cấp, 2 bài về an toàn giao thông), tổng thời lượng 66 phút; phát sóng 33 lượt trên hệ thống loa của xã và các bản; ước có khoảng 2.700 người nghe.

Trân trọng./.
Lý Thị Dung"""
    send(f, "p16_giangma_total_with_breakdown", "the total given with its breakdown by topic in parentheses",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Báo cáo tuyên truyền tuần",
         text=t, style="zimbra", alt=True,
         reports=[R("giang_ma", WP, period="2021-05-20", items=(11, "11 tin, bài"),
                    minutes=(66, "66 phút"), broadcasts=(33, "33 lượt"),
                    listeners=(2700, "khoảng 2.700"))])

    d = D("2021-06-09 20:45")
    t = """Dạ em chào anh,
Em gửi BC tuần của TT Tam Đường ạ: tuần này thị trấn xây dựng 8 tin bài, tổng thời lượng 1 giờ, phát sóng 24 lượt, khoảng 3.200 người nghe.
Do máy cơ quan bị lỗi nên em gửi bằng mail cá nhân ạ.
Em Hằng"""
    send(f, "p17_tttamduong_personal_mail_alias", "personal Gmail naming the town by its abbreviation 'TT Tam Đường'",
         sender="hangnt.tamduong@gmail.com", name_="Nguyễn Thị Hằng", date=d,
         subject="BC tuần TT Tam Đường", text=t, style="gmail",
         reports=[R("tt_tam_duong", WP, period="2021-06-10", items=(8, "8 tin bài"),
                    minutes=(60, "1 giờ"), broadcasts=(24, "24 lượt"),
                    listeners=(3200, "khoảng 3.200"))])


# ======================================================================================
# Family: replies and forwards
# ======================================================================================
def quote_gt(text: str) -> str:
    return "\n".join(("> " + l) if l.strip() else ">" for l in text.split("\n"))


def gmail_reply(top: str, attr: str, old: str):
    plain = f"{top}\n\n{attr}\n\n{quote_gt(old)}\n"
    html = (gmail_html(top).rstrip("\r\n") + '<br><div class="gmail_quote"><div dir="ltr" '
            f'class="gmail_attr">{esc(attr)}<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + gmail_html(old).rstrip("\r\n") + "</blockquote></div>\r\n")
    return plain, html


def outlook_reply(top: str, hdr: list[tuple[str, str]], old: str):
    block = "\n".join(f"{k} {v}" for k, v in hdr)
    plain = f"{top}\n\n{block}\n\n{old}\n"
    hdr_html = "<br>\r\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in hdr)
    html = outlook_html(top).replace(
        "\r\n</div></body></html>",
        "\r\n<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
        f"<p class=MsoNormal>{hdr_html}</p></div></div>\r\n"
        + "\r\n".join(f"<p class=MsoNormal>{esc(l) if l.strip() else '&nbsp;'}</p>"
                      for l in old.split("\n"))
        + "\r\n</div></body></html>")
    return plain, html


def fam_replies():
    f = "replies"

    old = """Em gửi báo cáo tuyên truyền tuần xã Bản Bo:
Số tin, bài: 8
Độ dài: 55 phút
Số lần phát sóng: 24
Ước số người nghe: 2.100 người
Lò Văn Thắng"""
    top = """Em gửi báo cáo tuần này ạ:
Số tin, bài: 9
Độ dài: 60 phút
Số lần phát sóng: 27
Ước số người nghe: 2.400 người

Lò Văn Thắng - xã Bản Bo"""
    plain, html = gmail_reply(top, "Vào Th 4, 10 thg 2, 2021 lúc 09:15 Lò Văn Thắng <lothang.bb@gmail.com> đã viết:", old)
    d = D("2021-02-17 09:40")
    send(f, "r01_banbo_gmail_vi_quote_last_week", "Gmail (Vietnamese) reply: new figures on top, last week's different figures quoted below",
         sender="lothang.bb@gmail.com", name_="Lò Văn Thắng", date=d,
         subject="Re: Báo cáo tuyên truyền tuần - xã Bản Bo", text=plain, html=html,
         style="gmail", in_reply_to="<CAHa81c0B2E7D1C0A55F4E98D3A1F00B7C+5b1e22@mail.gmail.com>",
         reports=[R("ban_bo", WP, period="2021-02-18", items=9, minutes=(60, "60 phút"),
                    broadcasts=27, listeners=(2400, "2.400 người"))])

    old = """Kính gửi UBND các xã, thị trấn,

Đề nghị các xã gửi báo cáo kết quả tuyên truyền tuần (số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) về Phòng trước 16h00 thứ Năm hằng tuần.

Trân trọng!
Nguyễn Quang Sáng
Phòng Văn hóa và Thông tin huyện Tam Đường"""
    top = """Dạ xã Bình Lư gửi anh báo cáo tuần ạ:
7 tin bài / 42 phút / 21 lượt phát / 1.800 người nghe

Hùng - Bình Lư"""
    plain, html = gmail_reply(top, "On Wed, Mar 3, 2021 at 8:40 AM Nguyễn Quang Sáng <sangnq.tamduong@laichau.gov.vn> wrote:", old)
    d = D("2021-03-03 10:05")
    send(f, "r02_binhlu_gmail_en_reply_to_reminder", "Gmail (English) reply to the office's reminder; the quoted reminder names the fields without figures",
         sender="hungbinhlu@gmail.com", name_="Lường Văn Hùng", date=d,
         subject="Re: Nhắc gửi báo cáo kết quả tuyên truyền tuần", text=plain, html=html,
         style="gmail", in_reply_to="<1739210422.20551.1614735600000.JavaMail.zimbra@laichau.gov.vn>",
         reports=[R("binh_lu", WP, period="2021-03-04", items=(7, "7 tin bài"),
                    minutes=(42, "42 phút"), broadcasts=(21, "21 lượt"),
                    listeners=(1800, "1.800 người"))])

    old = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần:
- Số tin, bài, phóng sự: 24
- Tổng thời lượng: 3 giờ 30 phút
- Số lượt phát sóng: 72
- Ước số người nghe: 20.000 người

Trân trọng!"""
    top = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Đài TT-TH huyện báo cáo kết quả tuyên truyền tuần này:
- Số tin, bài, phóng sự: 26
- Tổng thời lượng: 3 giờ 50 phút
- Số lượt phát sóng: 78
- Ước số người nghe: 22.000 người

Trân trọng!
Trần Quốc Tuấn"""
    plain, html = outlook_reply(top, [("From:", "Đài Truyền thanh - Truyền hình <daitruyenthanh.tamduong@laichau.gov.vn>"),
                                      ("Sent:", "Thursday, March 4, 2021 9:02 AM"),
                                      ("To:", "sangnq.tamduong@laichau.gov.vn"),
                                      ("Subject:", "Báo cáo kết quả tuyên truyền tuần")], old)
    d = D("2021-03-11 09:30")
    send(f, "r03_dai_outlook_en_block", "Outlook (English) From/Sent/To/Subject block with last week's figures below the new ones",
         sender=E["dai_th_th"], name_="Trần Quốc Tuấn", date=d,
         subject="RE: Báo cáo kết quả tuyên truyền tuần", text=plain, html=html,
         style="outlook_en",
         reports=[R("dai_th_th", WP, period="2021-03-11", items=26,
                    minutes=(230, "3 giờ 50 phút"), broadcasts=78,
                    listeners=(22000, "22.000 người"))])

    old = """Kính gửi Phòng VH-TT
Xã Bản Giang báo cáo tuyên truyền tuần:
Số tin, bài: 5
Độ dài: 30 phút
Số lần phát sóng: 15
Ước số người nghe: 1.100 người
Đèo Thị Hương"""
    top = """Kính gửi Phòng VH-TT
Xã Bản Giang báo cáo tuyên truyền tuần này:
Số tin, bài: 6
Độ dài: 36 phút
Số lần phát sóng: 18
Ước số người nghe: 1.350 người
Đèo Thị Hương"""
    plain, html = outlook_reply(top, [("Từ:", "Đèo Thị Hương <bangiang.tamduong@laichau.gov.vn>"),
                                      ("Đã gửi:", "Thứ Năm, ngày 18 tháng 3 năm 2021 10:15 SA"),
                                      ("Đến:", "sangnq.tamduong@laichau.gov.vn"),
                                      ("Chủ đề:", "Báo cáo tuần")], old)
    d = D("2021-03-25 08:45")
    send(f, "r04_bangiang_outlook_vi_block", "Outlook (Vietnamese) Từ/Đã gửi/Đến/Chủ đề block with last week's figures",
         sender=E["ban_giang"], name_="Đèo Thị Hương", date=d, subject="TL: Báo cáo tuần",
         text=plain, html=html, style="outlook",
         reports=[R("ban_giang", WP, period="2021-03-25", items=6, minutes=(36, "36 phút"),
                    broadcasts=18, listeners=(1350, "1.350 người"))])

    old = """Xã Giang Ma báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 8
Độ dài: 48 phút
Số lần phát sóng: 24
Ước số người nghe: 2.100"""
    top = """Xã Giang Ma báo cáo kết quả tuyên truyền tuần này:
Số tin, bài: 9
Độ dài: 54 phút
Số lần phát sóng: 27
Ước số người nghe: 2.300

Lý Thị Dung"""
    plain = (top + "\n\n----- Original Message -----\nFrom: \"Lý Thị Dung\" <giangma.tamduong@laichau.gov.vn>\n"
             "To: \"sangnq tamduong\" <sangnq.tamduong@laichau.gov.vn>\n"
             "Sent: Thursday, April 1, 2021 9:10:22 AM\nSubject: Báo cáo tuần\n\n" + old + "\n")
    d = D("2021-04-08 09:05")
    send(f, "r05_giangma_zimbra_original_message", "Zimbra reply: '----- Original Message -----' and last week's figures unquoted below",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Re: Báo cáo tuần",
         text=plain, style="zimbra",
         reports=[R("giang_ma", WP, period="2021-04-08", items=9, minutes=(54, "54 phút"),
                    broadcasts=27, listeners=(2300, "2.300"))])

    old = """Xã Hồ Thầu gửi báo cáo tuần:
+ Số tin bài: 5
+ Độ dài: 35 phút
+ Số lần phát sóng: 15
+ Người nghe: 1.300"""
    top = """Xã Hồ Thầu gửi báo cáo tuần này:
+ Số tin bài: 6
+ Độ dài: 40 phút
+ Số lần phát sóng: 18
+ Người nghe: 1.500

Chảo Láo Tả
ĐT: 0912.345.678"""
    plain = top + "\n\nOn 08/04/2021 09:30, Chảo Láo Tả wrote:\n" + quote_gt(old) + "\n"
    d = D("2021-04-15 09:50")
    send(f, "r06_hothau_thunderbird_quote", "Thunderbird reply with '>' quoting of last week's figures",
         sender=E["ho_thau"], name_="Chảo Láo Tả", date=d, subject="Re: Báo cáo tuần",
         text=plain, style="thunderbird",
         reports=[R("ho_thau", WP, period="2021-04-15", items=6, minutes=(40, "40 phút"),
                    broadcasts=18, listeners=(1500, "1.500"))])

    fwd = """Kính gửi Phòng Văn hóa và Thông tin huyện
UBND xã Bản Bo báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 7
- Độ dài: 45 phút
- Số lần phát sóng: 21 lượt
- Ước số người nghe: 1.600 người
Lò Văn Thắng"""
    plain = ("\n\n----- Forwarded Message -----\nFrom: \"Lò Văn Thắng\" <lothang.bb@gmail.com>\n"
             "To: banbo.tamduong@laichau.gov.vn\nSent: Thursday, April 22, 2021 8:10:41 AM\n"
             "Subject: BC tuyen truyen tuan\n\n" + fwd + "\n")
    d = D("2021-04-22 10:00")
    send(f, "r07_banbo_zimbra_forward", "the commune's mailbox forwards (Zimbra, empty note) the report its officer wrote from Gmail",
         sender=E["ban_bo"], name_="UBND xã Bản Bo", date=d, subject="Fwd: BC tuyen truyen tuan",
         text=plain, style="zimbra",
         reports=[R("ban_bo", WP, period="2021-04-22", items=7, minutes=(45, "45 phút"),
                    broadcasts=(21, "21 lượt"), listeners=(1600, "1.600 người"))])

    fwd = """Kính gửi Phòng Văn hóa và Thông tin huyện Tam Đường
UBND xã Hồ Thầu báo cáo kết quả tuyên truyền tuần:
1. Số tin, bài: 8
2. Thời lượng: 1 giờ 5 phút
3. Số lần phát sóng: 24
4. Ước số người nghe: 1.900 người
Chảo Láo Tả"""
    top = "Em chuyển tiếp báo cáo tuần của xã Hồ Thầu ạ. Anh Tả đi họp nên nhờ em gửi.\n\nPhàn Thị Xuân - Văn phòng UBND xã Hồ Thầu"
    plain = (top + "\n\n---------- Forwarded message ---------\nFrom: Chảo Láo Tả <chaolaota@gmail.com>\n"
             "Date: Th 5, 29 thg 4, 2021 lúc 07:55\nSubject: BC tuần Hồ Thầu\n"
             "To: Phàn Thị Xuân <phanthixuan.ht@gmail.com>\n\n\n" + fwd + "\n")
    d = D("2021-04-29 08:20")
    send(f, "r08_hothau_gmail_forward", "Gmail forward by a colleague of the same commune; the figures are only in the forwarded part",
         sender="phanthixuan.ht@gmail.com", name_="Phàn Thị Xuân", date=d,
         subject="Fwd: BC tuần Hồ Thầu", text=plain, style="gmail",
         reports=[R("ho_thau", WP, period="2021-04-29", items=8, minutes=(65, "1 giờ 5 phút"),
                    broadcasts=24, listeners=(1900, "1.900 người"))])

    old = """Kính gửi Phòng VH-TT
Xã Bản Hon báo cáo tuần:
Số tin, bài: 7
Độ dài: 40 phút
Số lần phát sóng: 120
Số người nghe: 1.500
Lò Văn Minh"""
    top = """Em xin gửi lại báo cáo tuần, bản trước em gõ nhầm số lần phát sóng ạ:
Số tin, bài: 7
Độ dài: 40 phút
Số lần phát sóng: 21
Số người nghe: 1.500

Lò Văn Minh - xã Bản Hon"""
    plain, html = gmail_reply(top, "Vào Th 5, 6 thg 5, 2021 lúc 08:15 Lo Van Minh <lovanminh.bh@gmail.com> đã viết:", old)
    d = D("2021-05-06 10:40")
    send(f, "r09_banhon_resend_corrected", "a corrected report sent as a reply to the wrong one, which is quoted below",
         sender="lovanminh.bh@gmail.com", name_="Lo Van Minh", date=d,
         subject="Re: Báo cáo tuần - UBND xã Bản Hon", text=plain, html=html, style="gmail",
         reports=[R("ban_hon", WP, period="2021-05-06", items=7, minutes=(40, "40 phút"),
                    broadcasts=21, listeners=(1500, "1.500"))])

    old = """Kính gửi Phòng VH-TT
Xã Sơn Bình báo cáo tuần:
- Số tin bài: 6
- Thời lượng: 30 phút
- Số lần phát: 18
- Người nghe: 1.400
Vàng Thị Lan"""
    top = """Kính gửi Phòng VH-TT
Xã Sơn Bình báo cáo tuần này:
- Số tin bài: 7
- Thời lượng: 35 phút
- Số lần phát: 21
- Người nghe: 1.600

Vàng Thị Lan
ĐT: 0912 345 678 / +84 983 112 456"""
    plain = (top + "\n\n\nOn Thursday, May 13, 2021, 09:02:11 AM GMT+7, Vàng Thị Lan <vangthilan_sb@yahoo.com> wrote:\n\n\n"
             + "\n".join(" " + l for l in old.split("\n")) + "\n")
    d = D("2021-05-20 08:30")
    send(f, "r10_sonbinh_yahoo_reply", "Yahoo reply with the previous week's report indented below; phones in the signature",
         sender="vangthilan_sb@yahoo.com", name_="Vàng Thị Lan", date=d,
         subject="Re: Bao cao tuyen truyen tuan", text=plain, style="yahoo",
         reports=[R("son_binh", WP, period="2021-05-20", items=7, minutes=(35, "35 phút"),
                    broadcasts=21, listeners=(1600, "1.600"))])

    plain = """----- Original Message -----
From: "Nguyễn Quang Sáng" <sangnq.tamduong@laichau.gov.vn>
To: "taleng tamduong" <taleng.tamduong@laichau.gov.vn>
Sent: Wednesday, May 26, 2021 3:00:12 PM
Subject: Nhắc báo cáo tuần

> Đề nghị xã Tả Lèng gửi báo cáo kết quả tuyên truyền tuần này trước 16h00 ngày 27/5/2021.

Dạ em gửi ạ:
Số tin bài: 6
Độ dài: 38 phút
Số lần phát sóng: 18
Ước số người nghe: 1.450

Giàng A Sử
"""
    d = D("2021-05-27 11:10")
    send(f, "r11_taleng_bottom_posting", "bottom-posted answer below the quoted reminder",
         sender=E["ta_leng"], name_="Giàng A Sử", date=d, subject="Re: Nhắc báo cáo tuần",
         text=plain, style="zimbra",
         reports=[R("ta_leng", WP, period="2021-05-27", items=6, minutes=(38, "38 phút"),
                    broadcasts=18, listeners=(1450, "1.450"))])

    old = """Kính gửi: Phòng Văn hóa và Thông tin

BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ THÈN SIN
Số tin, bài ........................ 9
Độ dài (phút) ...................... 48
Số lần phát sóng ................... 27
Ước số người nghe .................. 1.700

Tao Văn Dũng"""
    plain = ("Dạ số liệu tuần này của xã giống tuần trước ạ.\n\nTao Văn Dũng\n\n"
             "----- Original Message -----\nFrom: \"Tao Văn Dũng\" <thensin.tamduong@laichau.gov.vn>\n"
             "To: sangnq.tamduong@laichau.gov.vn\nSent: Wednesday, May 19, 2021 10:35:00 AM\n"
             "Subject: Báo cáo tuyên truyền tuần xã Thèn Sin\n\n" + old + "\n")
    d = D("2021-05-26 09:15")
    send(f, "r12_thensin_same_as_last_week", "'same as last week' with last week's report quoted: figures only by reference, held",
         sender=E["then_sin"], name_="Tao Văn Dũng", date=d,
         subject="Re: Báo cáo tuyên truyền tuần xã Thèn Sin", text=plain, style="zimbra",
         reports=[R("then_sin", WP, period="2021-05-27", status="needs_review", items=9,
                    minutes=48, broadcasts=27, listeners=(1700, "1.700"))])

    plain = """Dạ em gửi báo cáo tuần ạ: Số tin, bài 9; độ dài 45 phút; phát sóng 27 lượt; người nghe 1.900.

Sùng A Chá - xã Nùng Nàng

----- Forwarded Message -----
From: "Nguyễn Quang Sáng" <sangnq.tamduong@laichau.gov.vn>
To: "UBND các xã, thị trấn" <sangnq.tamduong@laichau.gov.vn>
Sent: Wednesday, June 2, 2021 3:00:00 PM
Subject: Nhắc gửi báo cáo kết quả tuyên truyền tuần

Kính gửi UBND các xã, thị trấn,
Phòng Văn hóa và Thông tin nhắc các đơn vị gửi báo cáo kết quả tuyên truyền tuần gồm: số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe.
Thời hạn: trước 16h00 thứ Năm, ngày 03/6/2021.
Trân trọng!
"""
    d = D("2021-06-03 14:20")
    send(f, "r13_nungnang_figures_over_forwarded_reminder", "figures typed above the office's forwarded reminder",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d,
         subject="Fwd: Nhắc gửi báo cáo kết quả tuyên truyền tuần", text=plain, style="zimbra",
         reports=[R("nung_nang", WP, period="2021-06-03", items=9, minutes=(45, "45 phút"),
                    broadcasts=(27, "27 lượt"), listeners=(1900, "1.900"))])

    old = """Xã Khun Há báo cáo tuần:
Số tin bài: 5
Độ dài: 30 phút
Số lần phát sóng: 15
Người nghe: 1.100"""
    top = "Tuần này xã Khun Há: số tin bài 7, độ dài 40 phút, phát 21 lượt ạ.\n\nTẩn A Phủ"
    plain = top + "\n\n----- Original Message -----\nFrom: \"Tẩn A Phủ\" <khunha.tamduong@laichau.gov.vn>\nTo: sangnq.tamduong@laichau.gov.vn\nSent: Thursday, June 10, 2021 10:40:00 AM\nSubject: BC tuyên truyền tuần\n\n" + quote_gt(old) + "\n"
    d = D("2021-06-17 09:00")
    send(f, "r14_khunha_listeners_only_in_quote", "new report lacks listeners; last week's listeners are only in the quote: held",
         sender=E["khun_ha"], name_="Tẩn A Phủ", date=d, subject="Re: BC tuyên truyền tuần",
         text=plain, style="zimbra",
         reports=[R("khun_ha", WP, period="2021-06-17", status="needs_review",
                    items=(7, "7"), minutes=(40, "40 phút"), broadcasts=(21, "21 lượt"))])

    fwd = """Kính gửi: Phòng Văn hóa và Thông tin huyện
Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 10
- Độ dài: 1 giờ 10 phút
- Số lần phát sóng: 30
- Ước số người nghe: 4.000 người
Nguyễn Thị Hằng"""
    plain, html = outlook_reply("Em chuyển tiếp báo cáo tuần của thị trấn ạ.\n\nNguyễn Thị Hằng",
                                [("Từ:", "Nguyễn Thị Hằng <hangnt.tamduong@gmail.com>"),
                                 ("Đã gửi:", "Thứ Năm, ngày 24 tháng 6 năm 2021 8:05 SA"),
                                 ("Đến:", "vhtt.tttamduong@laichau.gov.vn"),
                                 ("Chủ đề:", "BC tuan")], fwd)
    d = D("2021-06-24 08:30")
    send(f, "r15_tttamduong_outlook_vi_forward", "Outlook (Vietnamese) forward 'CT:' from the town's mailbox of a report its officer wrote at home",
         sender=E["tt_tam_duong"], name_="Nguyễn Thị Hằng", date=d, subject="CT: BC tuan",
         text=plain, html=html, style="outlook",
         reports=[R("tt_tam_duong", WP, period="2021-06-24", items=10,
                    minutes=(70, "1 giờ 10 phút"), broadcasts=30,
                    listeners=(4000, "4.000 người"))])


# ======================================================================================
# Family: HTML bodies
# ======================================================================================
def html_entities(s: str) -> str:
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)


def fam_html():
    f = "html"

    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Xã Nà Tăm báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 6
Độ dài: 35 phút
Số lần phát sóng: 18
Ước số người nghe: 1.400 người

Trân trọng!
Hoàng Thị Mai"""
    h = outlook_html(t).replace("Số tin, bài:", "<b>Số tin, bài:</b>").replace(
        "Độ dài:", "<b>Độ dài:</b>").replace("Số lần phát sóng:", "<b>Số lần phát sóng:</b>").replace(
        "Ước số người nghe:", "<b>Ước số người nghe:</b>")
    d = D("2021-02-25 09:10")
    send(f, "h01_natam_outlook_html_bold_labels", "Outlook HTML (Word markup, bold labels) with its text/plain alternative",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d, subject="Báo cáo tuần", text=t,
         html=h, style="outlook",
         reports=[R("na_tam", WP, period="2021-02-25", items=6, minutes=(35, "35 phút"),
                    broadcasts=18, listeners=(1400, "1.400 người"))])

    t = """Kính gửi Phòng VH-TT huyện Tam Đường
Xã Bản Hon báo cáo tuyên truyền tuần:
Số tin bài: 8
Độ dài: 50 phút
Số lần phát sóng: 24
Số người nghe: 1.700
Lò Văn Minh - UBND xã Bản Hon"""
    h = ('<div dir="ltr"><div>Kính gửi Phòng VH-TT huyện Tam Đường</div><div>Xã Bản Hon báo cáo tuyên truyền tuần:</div>'
         '<div><b>Số tin bài:</b> <span style="color:rgb(255,0,0)">8</span></div>'
         '<div><b>Độ dài:</b> <span style="color:rgb(255,0,0)">50 phút</span></div>'
         '<div><b>Số lần phát sóng:</b> <span style="color:rgb(255,0,0)">24</span></div>'
         '<div><b>Số người nghe:</b> <span style="color:rgb(255,0,0)">1.700</span></div>'
         '<div>Lò Văn Minh - UBND xã Bản Hon</div></div>\r\n')
    d = D("2021-03-18 10:00")
    send(f, "h02_banhon_gmail_html_colored", "Gmail HTML with bold labels and red figures in spans",
         sender="lovanminh.bh@gmail.com", name_="Lo Van Minh", date=d,
         subject="Báo cáo tuyên truyền tuần", text=t, html=h, style="gmail",
         reports=[R("ban_hon", WP, period="2021-03-18", items=8, minutes=(50, "50 phút"),
                    broadcasts=24, listeners=(1700, "1.700"))])

    rows = [("Số tin, bài", "9"), ("Độ dài", "1 giờ"), ("Số lần phát sóng", "27"),
            ("Ước số người nghe", "2.000 người")]
    t = ("Dạ em gửi báo cáo tuần xã Khun Há ạ\n\n"
         + "\n".join(f"{a}\t{b}" for a, b in rows) + "\n\nTẩn A Phủ")
    h = ('<div dir="ltr"><div>Dạ em gửi báo cáo tuần xã Khun Há ạ</div><div><br></div>'
         '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tbody>'
         + "".join(f'<tr><td style="padding:2px 6px">{esc(a)}</td><td style="padding:2px 6px">{esc(b)}</td></tr>' for a, b in rows)
         + '</tbody></table><div><br></div><div>Tẩn A Phủ</div></div>\r\n')
    d = D("2021-04-07 15:30")
    send(f, "h03_khunha_gmail_vertical_table", "Gmail HTML table, one label and one figure per row",
         sender="tanaphu88@gmail.com", name_="Tẩn A Phủ", date=d, subject="bc tuan Khun Ha",
         text=t, html=h, style="gmail",
         reports=[R("khun_ha", WP, period="2021-04-08", items=9, minutes=(60, "1 giờ"),
                    broadcasts=27, listeners=(2000, "2.000 người"))])

    h = ("<html><body><div style=\"font-family: times new roman, new york, times, serif; font-size: 12pt; color: #000000\">"
         "<div>K&iacute;nh gửi Ph&ograve;ng Văn h&oacute;a v&agrave; Th&ocirc;ng tin huyện</div><div><br data-mce-bogus=\"1\"></div>"
         "<div>X&atilde; Hồ Thầu b&aacute;o c&aacute;o kết quả tuy&ecirc;n truyền tuần:</div>"
         "<div>&nbsp;- Số tin, b&agrave;i: 7<br>&nbsp;- Độ d&agrave;i: 40 ph&uacute;t<br>"
         "&nbsp;- Số lần ph&aacute;t s&oacute;ng: 21<br>&nbsp;- Ước số người nghe: 1.500 người</div>"
         "<div><br></div><div>Tr&acirc;n trọng!</div><div>Chảo L&aacute;o Tả</div></div></body></html>")
    src = ("Kính gửi Phòng Văn hóa và Thông tin huyện\nXã Hồ Thầu báo cáo kết quả tuyên truyền tuần:\n"
           "- Số tin, bài: 7\n- Độ dài: 40 phút\n- Số lần phát sóng: 21\n- Ước số người nghe: 1.500 người\nTrân trọng!")
    d = D("2021-05-12 14:40")
    send(f, "h04_hothau_zimbra_html_only", "Zimbra HTML-only body (no text/plain), named entities and &nbsp;",
         sender=E["ho_thau"], name_="Chảo Láo Tả", date=d, subject="Báo cáo tuần", text="",
         body=HTML(h, charset="utf-8", quote_charset=False), style="zimbra", texts_extra=[src],
         reports=[R("ho_thau", WP, period="2021-05-13", items=7, minutes=(40, "40 phút"),
                    broadcasts=21, listeners=(1500, "1.500 người"))])

    head = ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe", "Ghi chú"]
    row = ["1", "Xã Nùng Nàng", "6", "35", "18", "1.200", ""]
    t = ("Kính gửi Phòng Văn hóa và Thông tin huyện\nXã Nùng Nàng báo cáo kết quả tuyên truyền tuần:\n\n"
         + "\t".join(head) + "\n" + "\t".join(row) + "\n\nTrân trọng!\nSùng A Chá")
    cell = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
             "<tr>" + "".join(f"<td style='{cell}'><p class=MsoNormal><b>{esc(c)}</b></p></td>" for c in head) + "</tr>\r\n"
             "<tr>" + "".join(f"<td style='{cell}'><p class=MsoNormal>{esc(c) or '&nbsp;'}</p></td>" for c in row) + "</tr></table>")
    h = outlook_html("Kính gửi Phòng Văn hóa và Thông tin huyện\nXã Nùng Nàng báo cáo kết quả tuyên truyền tuần:").replace(
        "\r\n</div></body></html>", "\r\n" + table + "\r\n<p class=MsoNormal>Trân trọng!</p><p class=MsoNormal>Sùng A Chá</p>\r\n</div></body></html>")
    d = D("2021-05-26 10:25")
    send(f, "h05_nungnang_outlook_row_table", "Outlook HTML table: header row and one unit row, STT and Ghi chú columns",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d, subject="Báo cáo tuyên truyền tuần",
         text=t, html=h, style="outlook",
         reports=[R("nung_nang", WP, period="2021-05-27", items=6, minutes=35, broadcasts=18,
                    listeners=(1200, "1.200"))])

    old = """bao cao tuan xa Ban Giang: 4 tin bai, do dai 25 phut, phat song 12 luot, 900 nguoi nghe"""
    top = """Báo cáo tuần này của xã Bản Giang:
- Số tin, bài: 5
- Độ dài: 30 phút
- Số lần phát sóng: 15
- Ước số người nghe: 1.000 người
Hương"""
    plain, html = gmail_reply(top, "Vào Th 4, 2 thg 6, 2021 lúc 20:10 Huong Deo <deohuong.bg@gmail.com> đã viết:", old)
    d = D("2021-06-09 19:30")
    send(f, "h06_bangiang_gmail_blockquote", "Gmail HTML reply: last week's figures inside the gmail_quote blockquote",
         sender="deohuong.bg@gmail.com", name_="Huong Deo", date=d,
         subject="Re: bc tuan", text=plain, html=html, style="gmail",
         reports=[R("ban_giang", WP, period="2021-06-10", items=5, minutes=(30, "30 phút"),
                    broadcasts=15, listeners=(1000, "1.000 người"))])

    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần:
- Số tin, bài, phóng sự: 27
- Tổng thời lượng: 4 giờ
- Số lượt phát sóng: 81
- Ước số người nghe, xem: 24.000 người

Trân trọng./."""
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
         "<p style=\"font-family:'Times New Roman';font-size:14pt;margin:0\">Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường</p>"
         "<p style=\"font-family:'Times New Roman';font-size:14pt;text-indent:1cm;margin:6pt 0\">Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần:</p>"
         "<p style=\"font-family:'Times New Roman';font-size:14pt;margin:0\">- Số tin, bài, phóng sự: <span style=\"font-weight:bold\">27</span></p>"
         "<p style=\"font-family:'Times New Roman';font-size:14pt;margin:0\">- Tổng thời lượng: <span style=\"font-weight:bold\">4 giờ</span></p>"
         "<p style=\"font-family:'Times New Roman';font-size:14pt;margin:0\">- Số lượt phát sóng: <span style=\"font-weight:bold\">81</span></p>"
         "<p style=\"font-family:'Times New Roman';font-size:14pt;margin:0\">- Ước số người nghe, xem: <span style=\"font-weight:bold\">24.000</span> người</p>"
         "<p style=\"font-family:'Times New Roman';font-size:14pt\">Trân trọng./.</p></body></html>\r\n")
    d = D("2021-06-30 15:05")
    send(f, "h07_dai_inline_styles", "HTML pasted from Word: inline styles, bold figures in spans",
         sender=E["dai_th_th"], name_="Đài TT-TH Tam Đường", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, html=h, style="outlook",
         reports=[R("dai_th_th", WP, period="2021-07-01", items=27, minutes=(240, "4 giờ"),
                    broadcasts=81, listeners=(24000, "24.000"))])

    src = """Kính gửi Phòng Văn hóa và Thông tin huyện
Xã Thèn Sin báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 8
Độ dài: 44 phút
Số lần phát sóng: 24
Ước số người nghe: 1.750 người
Tao Văn Dũng"""
    h = ("<HTML><HEAD><META http-equiv=Content-Type content=\"text/html; charset=us-ascii\"></HEAD><BODY>"
         + "<BR>".join(html_entities(esc(l)) for l in src.split("\n")) + "</BODY></HTML>")
    d = D("2021-07-14 08:35")
    send(f, "h08_thensin_numeric_entities_ascii", "us-ascii HTML where every Vietnamese letter is a numeric entity (&#7889;)",
         sender=E["then_sin"], name_="Tao Van Dung", date=d, subject="Bao cao tuan", text="",
         body=HTML(h, charset="us-ascii", cte="7bit"), style="oe", texts_extra=[src],
         reports=[R("then_sin", WP, period="2021-07-15", items=8, minutes=(44, "44 phút"),
                    broadcasts=24, listeners=(1750, "1.750 người"))])

    rows = [("Số tin, bài", "7"), ("Độ dài (phút)", "42"), ("Số lần phát sóng", "21"),
            ("Ước số người nghe", "")]
    t = ("Kính gửi Phòng VH-TT\nXã Tả Lèng báo cáo tuần:\n\n" + "\n".join(f"{a}\t{b}" for a, b in rows)
         + "\n\nGiàng A Sử")
    cell = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             + "".join(f"<tr><td style='{cell}'><p class=MsoNormal>{esc(a)}</p></td><td style='{cell}'><p class=MsoNormal>{esc(b) or '&nbsp;'}</p></td></tr>\r\n" for a, b in rows)
             + "</table>")
    h = outlook_html("Kính gửi Phòng VH-TT\nXã Tả Lèng báo cáo tuần:").replace(
        "\r\n</div></body></html>", "\r\n" + table + "\r\n<p class=MsoNormal>Giàng A Sử</p>\r\n</div></body></html>")
    d = D("2021-08-11 10:15")
    send(f, "h09_taleng_table_empty_cell", "HTML table whose listeners cell is empty: held",
         sender=E["ta_leng"], name_="Giàng A Sử", date=d, subject="Báo cáo tuần", text=t,
         html=h, style="outlook",
         reports=[R("ta_leng", WP, period="2021-08-12", status="needs_review", items=7,
                    minutes=42, broadcasts=21)])

    t = """Kính gửi Phòng VH-TT
Xã Sơn Bình báo cáo tuần:
* Số tin bài: 6
* Độ dài: 33 phút
* Số lần phát sóng: 18
* Người nghe: 1.450
Vàng Thị Lan"""
    h = ("<html><head></head><body><div class=\"ydp5e2a1b3cyahoo-style-wrap\" style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
         "<div dir=\"ltr\">Kính gửi Phòng VH-TT</div><div dir=\"ltr\">Xã Sơn Bình báo cáo tuần:</div>"
         "<ul><li>Số tin bài:&nbsp;6</li><li>Độ dài:&nbsp;33 phút</li><li>Số lần phát sóng:&nbsp;18</li>"
         "<li>Người nghe:&nbsp;1.450</li></ul><div dir=\"ltr\">Vàng Thị Lan</div></div></body></html>")
    d = D("2021-08-25 09:45")
    send(f, "h10_sonbinh_yahoo_list", "Yahoo HTML bullet list, &nbsp; between labels and figures",
         sender="vangthilan_sb@yahoo.com", name_="Vàng Thị Lan", date=d,
         subject="Bao cao tuan xa Son Binh", text=t, html=h, style="yahoo",
         reports=[R("son_binh", WP, period="2021-08-26", items=6, minutes=(33, "33 phút"),
                    broadcasts=18, listeners=(1450, "1.450"))])

    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND xã Bình Lư báo cáo kết quả tuyên truyền tuần:
- Số tin, bài: 9
- Độ dài: 55 phút
- Số lần phát sóng: 27
- Ước số người nghe: 2.500 người

Trân trọng!
Lường Văn Hùng
UBND XÃ BÌNH LƯ"""
    h = outlook_html(t).replace("\r\n</div></body></html>",
                                "\r\n<p class=MsoNormal><img width=120 height=40 src=\"cid:image001.png@01D7A4B2.3C5D6E70\" alt=\"logo\"></p>\r\n</div></body></html>")
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (120, 40), (200, 20, 20))
    ImageDraw.Draw(im).text((8, 12), "UBND XA", fill=(255, 255, 255))
    b = io.BytesIO()
    im.save(b, "PNG")
    logo = Leaf("image/png", b.getvalue(), "base64", [("name", '"image001.png"')],
                disposition='inline; filename="image001.png"',
                headers=[("Content-ID", "<image001.png@01D7A4B2.3C5D6E70>")])
    body = Multi("related", Multi("alternative", T(t, cte="base64"), HTML(h)), logo,
                 params=[("type", '"multipart/alternative"')])
    d = D("2021-09-08 14:10")
    send(f, "h11_binhlu_related_logo", "Outlook multipart/related: HTML with an inline signature logo",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d, subject="Báo cáo tuần", text=t,
         html=h, body=body, style="outlook",
         reports=[R("binh_lu", WP, period="2021-09-09", items=9, minutes=(55, "55 phút"),
                    broadcasts=27, listeners=(2500, "2.500 người"))])


# ======================================================================================
# Office-file builders
# ======================================================================================
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


def _no_borders(table):
    from docx.oxml.ns import qn
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = tblPr.makeelement(qn("w:tblBorders"), {})
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"})
        borders.append(el)
    tblPr.append(borders)


class Enc:
    """How text is written into a Word file: Unicode, TCVN3 or VNI."""
    def __init__(self, kind="unicode"):
        self.kind = kind

    def font(self, upper=False):
        return {"unicode": "Times New Roman", "tcvn3": ".VnTimeH" if upper else ".VnTime",
                "vni": "VNI-Times"}[self.kind]

    def text(self, s, upper=False):
        if self.kind == "tcvn3":
            return tcvn3(s, upper_font=upper)
        if self.kind == "vni":
            return vni(s)
        return s


def docx_official(*, when, body_lines, number, place_date, kind="BÁO CÁO", summary,
                  paras, table=None, table_header_rows=1, merges=(), sign_lines, signer,
                  recipients=("Như trên", "Lưu: VT"), enc: Enc | None = None,
                  author="Admin", kinh_gui="Phòng Văn hóa và Thông tin huyện Tam Đường",
                  closing="Trên đây là báo cáo kết quả công tác tuyên truyền trong tuần./."):
    """A report laid out as Nghị định 30/2020 sets out (Mẫu 1.4)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, Cm
    enc = enc or Enc()
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
    sec.left_margin, sec.right_margin = Mm(30), Mm(15)

    def para(container, text, *, upper=False, bold=False, italic=False, size=13,
             align=None, indent=False):
        p = container.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "justify":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.27)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(enc.text(text, upper))
        _set_font(r, enc.font(upper), size, bold, italic)
        return p

    head = doc.add_table(rows=2, cols=2)
    _no_borders(head)
    c = head.cell(0, 0)
    c.paragraphs[0].text = ""
    for i, (text, bold) in enumerate(body_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(enc.text(text, True))
        _set_font(r, enc.font(True), 13, bold)
    c = head.cell(0, 1)
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(enc.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True))
    _set_font(r, enc.font(True), 12, True)
    p = c.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(enc.text("Độc lập - Tự do - Hạnh phúc"))
    _set_font(r, enc.font(), 13, True)
    c = head.cell(1, 0)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(enc.text(number))
    _set_font(r, enc.font(), 13)
    c = head.cell(1, 1)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(enc.text(place_date))
    _set_font(r, enc.font(), 13, italic=True)

    para(doc, kind, upper=True, bold=True, size=14, align="center")
    para(doc, summary, bold=True, size=14, align="center")
    para(doc, f"Kính gửi: {kinh_gui}.", size=14, align="center")
    for t in paras:
        para(doc, t, size=14, align="justify", indent=True)
    if table:
        ncols = len(table[0])
        tb = doc.add_table(rows=len(table), cols=ncols)
        tb.style = "Table Grid"
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                cell = tb.cell(i, j)
                cell.paragraphs[0].text = ""
                if val is None:
                    continue
                r = cell.paragraphs[0].add_run(enc.text(str(val)))
                _set_font(r, enc.font(), 13, bold=i < table_header_rows)
                if i < table_header_rows:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for (r0, c0, r1, c1) in merges:
            a = tb.cell(r0, c0)
            b = tb.cell(r1, c1)
            keep = a.text
            m = a.merge(b)
            # merging concatenates the texts: keep the first cell's text only
            for extra in m.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
            if m.paragraphs and not m.paragraphs[0].runs and keep:
                rr = m.paragraphs[0].add_run(keep)
                _set_font(rr, enc.font(), 13, bold=True)
        para(doc, "", size=6)
    para(doc, closing, size=14, align="justify", indent=True)
    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    c = sig.cell(0, 0)
    p = c.paragraphs[0]
    r = p.add_run(enc.text("Nơi nhận:"))
    _set_font(r, enc.font(), 12, True, True)
    for rc in recipients:
        p = c.add_paragraph()
        r = p.add_run(enc.text(f"- {rc};" if rc != recipients[-1] else f"- {rc}."))
        _set_font(r, enc.font(), 11)
    c = sig.cell(0, 1)
    for i, line in enumerate(sign_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(enc.text(line, True))
        _set_font(r, enc.font(True), 13, True)
    for _ in range(3):
        c.add_paragraph()
    p = c.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(enc.text(signer))
    _set_font(r, enc.font(), 14, True)
    return save_docx(doc, when, author)


def docx_simple(lines, when, author="Admin", table=None, font="Times New Roman"):
    import docx
    doc = docx.Document()
    for ln in lines:
        p = doc.add_paragraph()
        r = p.add_run(ln)
        _set_font(r, font, 13)
    if table:
        tb = doc.add_table(rows=len(table), cols=len(table[0]))
        tb.style = "Table Grid"
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                tb.cell(i, j).paragraphs[0].text = ""
                r = tb.cell(i, j).paragraphs[0].add_run(str(v))
                _set_font(r, font, 13, bold=(i == 0))
    return save_docx(doc, when, author)


_FONTS_REGISTERED = False


def _pdf_fonts():
    global _FONTS_REGISTERED
    if not _FONTS_REGISTERED:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DejaVuSerif", FONT_SERIF))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", FONT_SERIF_B))
        _FONTS_REGISTERED = True


def pdf_report(*, left, number, place_date, title, summary, paras, table=None,
               sign, signer, producer_title="BC tuan"):
    """A text-layer PDF of an official report (DejaVu Serif carries Vietnamese)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _pdf_fonts()
    st = ParagraphStyle("n", fontName="DejaVuSerif", fontSize=12, leading=16,
                        alignment=TA_JUSTIFY, firstLineIndent=10 * mm)
    stc = ParagraphStyle("c", parent=st, alignment=TA_CENTER, firstLineIndent=0)
    stb = ParagraphStyle("b", parent=stc, fontName="DejaVuSerif-Bold")
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title=producer_title, author="UBND", creator="Microsoft Word")
    story = []
    sth = ParagraphStyle("h", parent=stb, fontSize=10.5, leading=14)
    hdr = Table([[Paragraph("<br/>".join(left), sth),
                  Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc", sth)],
                 [Paragraph(number, stc), Paragraph(f"<i>{place_date}</i>", stc)]],
                colWidths=[70 * mm, 95 * mm])
    story += [hdr, Spacer(1, 8 * mm), Paragraph(title, stb), Paragraph(summary, stb),
              Spacer(1, 4 * mm),
              Paragraph("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.", stc),
              Spacer(1, 4 * mm)]
    for t in paras:
        story.append(Paragraph(t, st))
        story.append(Spacer(1, 2 * mm))
    if table:
        stt = ParagraphStyle("t", parent=stc, fontSize=11, leading=14)
        tb = Table([[Paragraph(str(c), stt) for c in row] for row in table])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [tb, Spacer(1, 4 * mm)]
    story.append(Spacer(1, 6 * mm))
    story.append(Table([["", Paragraph("<br/>".join(sign) + "<br/><br/><br/><br/>" + signer, stb)]],
                       colWidths=[70 * mm, 95 * mm]))
    doc.build(story)
    return buf.getvalue()


def scan_image(lines, seed: str, rotate=0.8, size=(1240, 1754), quality=62, photo=False):
    """A grey, slightly rotated, speckled picture of a printed page."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    W, H = size
    im = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT_SERIF, 25)
    bold = ImageFont.truetype(FONT_SERIF_B, 26)
    y = 120
    for ln in lines:
        f = bold if ln.isupper() and ln.strip() else font
        x = 110 if not ln.startswith("  ") else 170
        dr.text((x, y), ln.strip(), fill=30 + rnd.randint(0, 40), font=f)
        y += 52
    for _ in range(2500):
        px, py = rnd.randrange(W), rnd.randrange(H)
        dr.point((px, py), fill=rnd.randint(80, 200))
    im = im.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=235)
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    if photo:
        bg = Image.new("L", (W + 200, H + 260), 90)
        bg.paste(im, (90, 140))
        im = bg.resize(((W + 200) * 3 // 4, (H + 260) * 3 // 4)).convert("RGB")
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality)
    return b.getvalue()


def pdf_of_image(jpeg: bytes) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setCreator("Canon MF Scan Utility")
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def xls_bytes(sheets: list[tuple[str, list[list]]], font_name="Times New Roman") -> bytes:
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    style = xlwt.easyxf(f"font: name {font_name}, height 260;")
    for name, rows in sheets:
        ws = wb.add_sheet(name)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    ws.write(i, j, v, style)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def cells_text(rows) -> str:
    return "\n".join(" | ".join("" if v is None else str(v) for v in row) for row in rows)


def xlsx_from_rows(sheets: list[tuple[str, list[list]]], when, merges=None, widths=None,
                   font="Times New Roman", numfmt=None, author="Admin"):
    """sheets: (name, rows); merges: {sheet: ["A1:G1", ...]}; numfmt: {(sheet, cell): fmt}."""
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row, 1):
                if v is None:
                    continue
                c = ws.cell(i, j, v)
                c.font = Font(name=font, size=12)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
            ws[rng.split(":")[0]].alignment = Alignment(horizontal="center", vertical="center",
                                                        wrap_text=True)
        for (sh, ref), fmt in (numfmt or {}).items():
            if sh == name:
                ws[ref].number_format = fmt
        for col, w in (widths or {}).get(name, {}).items():
            ws.column_dimensions[col].width = w
    return save_xlsx(wb, when, author)


# ======================================================================================
# Family: attachments
# ======================================================================================
NOTE_BODIES = [
    "Kính gửi Phòng Văn hóa và Thông tin huyện,\nEm gửi báo cáo kết quả tuyên truyền tuần (file đính kèm).\nTrân trọng!",
    "Dạ em gửi báo cáo tuần ạ.",
    "Kính gửi Phòng VH-TT\nĐơn vị gửi báo cáo tuyên truyền tuần theo file đính kèm.\nTrân trọng cảm ơn!",
]


def fam_attachments():
    f = "attachments"

    when = D("2021-03-11 10:05")
    rows = [["UBND XÃ BẢN HON"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
            ["(Từ ngày 05/3/2021 đến ngày 11/3/2021)"], [],
            ["STT", "Nội dung", "Số lượng", "Ghi chú"],
            [1, "Số tin, bài", 8, None], [2, "Độ dài (phút)", 55, None],
            [3, "Số lần phát sóng", 24, None], [4, "Ước số người nghe", 2100, "Ước tính"],
            [], [None, None, "Người lập biểu"], [None, None, "Lò Văn Minh"]]
    x = xlsx_from_rows([("Sheet1", rows)], when, numfmt={("Sheet1", "C9"): "#,##0"},
                       widths={"Sheet1": {"B": 28, "C": 14, "D": 14}}, author="Lo Van Minh")
    d = D("2021-03-11 10:20")
    send(f, "a01_banhon_xlsx_title_rows", "xlsx: title rows and a period line above an STT/Nội dung/Số lượng/Ghi chú table",
         sender=E["ban_hon"], name_="Lò Văn Minh", date=d, subject="Báo cáo tuyên truyền tuần",
         text=NOTE_BODIES[1], style="zimbra",
         attachments=[ATT(x, XLSX, "BC tuyen truyen tuan - Ban Hon.xlsx")],
         texts_extra=[cells_text(rows)],
         reports=[R("ban_hon", WP, period="2021-03-11", items=8, minutes=55, broadcasts=24,
                    listeners=2100)])

    when = D("2021-04-15 08:40")
    rows = [["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ SƠN BÌNH"],
            ["Tuần từ ngày 09/4 đến ngày 15/4/2021"], [],
            ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe", "Ghi chú"],
            ["1", "Xã Sơn Bình", "08", "45", "24", "2.100", None]]
    x = xlsx_from_rows([("BC tuan", rows)], when, merges={"BC tuan": ["A1:G1", "A2:G2"]},
                       widths={"BC tuan": {"B": 16, "C": 12, "D": 12, "E": 14, "F": 16, "G": 12}})
    d = D("2021-04-15 09:00")
    send(f, "a02_sonbinh_xlsx_merged_title_text_numbers", "xlsx: merged title cells, one unit row, every number stored as text ('08', '2.100')",
         sender=E["son_binh"], name_="Vàng Thị Lan", date=d,
         subject="Báo cáo tuyên truyền tuần xã Sơn Bình", text=NOTE_BODIES[0], style="outlook",
         attachments=[ATT(x, XLSX, "BCTT tuan 15-4.xlsx", style="outlook")],
         texts_extra=[cells_text(rows)],
         reports=[R("son_binh", WP, period="2021-04-15", items=(8, "08"), minutes=45,
                    broadcasts=24, listeners=(2100, "2.100"))])

    when = D("2021-07-21 15:10")
    rows = [["UBND XÃ NÀ TĂM"], ["KẾT QUẢ TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH TUẦN"], [],
            ["STT", "Nội dung tuyên truyền", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe", "Ghi chú"],
            [1, "Phòng, chống dịch Covid-19", 4, 24, 12, None, None],
            [2, "Tiêm chủng vắc xin", 2, 12, 6, None, None],
            [3, "An toàn giao thông", 1, 6, 3, None, None],
            [None, "Tổng cộng", 7, 42, 21, 2100, None]]
    x = xlsx_from_rows([("Tuyen truyen", rows)], when, merges={"Tuyen truyen": ["A1:C1", "A2:G2"]},
                       numfmt={("Tuyen truyen", "F8"): "#,##0"})
    d = D("2021-07-21 15:30")
    send(f, "a03_natam_xlsx_topic_rows_total", "xlsx: one row per topic and a total row (listeners only in the total)",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[2], style="zimbra",
         attachments=[ATT(x, XLSX, "Bao cao tuyen truyen tuan.xlsx")],
         texts_extra=[cells_text(rows)],
         reports=[R("na_tam", WP, period="2021-07-22", items=7, minutes=42, broadcasts=21,
                    listeners=2100)])

    when = D("2021-06-16 09:00")
    s1 = [["HƯỚNG DẪN NHẬP SỐ LIỆU"],
          ["- Số tin, bài: ghi tổng số tin, bài đã phát trong tuần"],
          ["- Độ dài: ghi tổng số phút"],
          ["- Số lần phát sóng: ghi tổng số lượt phát"],
          ["- Ước số người nghe: ghi số người"],
          ["Gửi về Phòng VH-TT trước 16h00 thứ Năm hằng tuần"]]
    s2 = [["UBND XÃ THÈN SIN"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
          ["STT", "Chỉ tiêu", "Kết quả"], [1, "Số tin, bài", 8], [2, "Độ dài (phút)", 50],
          [3, "Số lần phát sóng", 24], [4, "Ước số người nghe", 1900]]
    x = xlsx_from_rows([("Huong dan", s1), ("Bao cao", s2), ("Sheet3", [])], when)
    d = D("2021-06-16 09:20")
    send(f, "a04_thensin_xlsx_three_sheets", "xlsx with an instructions sheet, the data sheet and an empty sheet",
         sender=E["then_sin"], name_="Tao Văn Dũng", date=d, subject="BC tuyên truyền tuần",
         text=NOTE_BODIES[0], style="zimbra",
         attachments=[ATT(x, XLSX, "Thensin_BC_tuan.xlsx")],
         texts_extra=[cells_text(s2)],
         reports=[R("then_sin", WP, period="2021-06-17", items=8, minutes=50, broadcasts=24,
                    listeners=1900)])

    when = D("2021-08-05 08:10")
    rows = [["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN CÁC XÃ CỤM BẢN BO"],
            ["(Tuần từ ngày 30/7 đến ngày 05/8/2021)"], [],
            ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe", "Ghi chú"],
            [1, "Xã Bản Bo", 8, 50, 24, 2000, None],
            [2, "Xã Nà Tăm", 6, 36, 18, 1500, None],
            [3, "Xã Bản Hon", 7, 42, 21, 1600, None],
            [None, "Cộng", 21, 128, 63, 5100, None]]
    x = xlsx_from_rows([("Tong hop", rows)], when, merges={"Tong hop": ["A1:G1", "A2:G2"]})
    t = ("Kính gửi Phòng Văn hóa và Thông tin huyện\n\nEm là Lò Thị Hoa, được phân công tổng hợp báo cáo tuần của cụm 3 xã Bản Bo, Nà Tăm, Bản Hon. "
         "Em gửi file tổng hợp số liệu tuần này ạ.\n\nEm cảm ơn!")
    d = D("2021-08-05 08:30")
    send(f, "a05_cluster_xlsx_three_units", "xlsx from an outside address listing three communes and a total: one report per commune",
         sender="lothihoa.vhxh@gmail.com", name_="Lò Thị Hoa", date=d,
         subject="Tổng hợp BC tuyên truyền tuần cụm xã Bản Bo", text=t, style="gmail",
         attachments=[ATT(x, XLSX, "Tong hop BC tuan cum Ban Bo.xlsx")],
         texts_extra=[cells_text(rows)],
         reports=[R("ban_bo", WP, period="2021-08-05", items=8, minutes=50, broadcasts=24, listeners=2000),
                  R("na_tam", WP, period="2021-08-05", items=6, minutes=36, broadcasts=18, listeners=1500),
                  R("ban_hon", WP, period="2021-08-05", items=7, minutes=42, broadcasts=21, listeners=1600)])

    rows = [["UBND XA HO THAU"], ["BAO CAO KET QUA TUYEN TRUYEN TUAN"], [],
            ["STT", "Nội dung", "Số lượng"], [1, "Số tin, bài", 6], [2, "Độ dài (phút)", 36],
            [3, "Số lần phát sóng", 18], [4, "Ước số người nghe", 1350]]
    x = xls_bytes([("Sheet1", rows)])
    d = D("2021-07-07 10:30")
    send(f, "a06_hothau_xls", "legacy .xls (BIFF8) with a vertical table",
         sender=E["ho_thau"], name_="Chảo Láo Tả", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[1], style="thunderbird",
         attachments=[ATT(x, XLS, "BCTT_HoThau_tuan.xls")], texts_extra=[cells_text(rows)],
         reports=[R("ho_thau", WP, period="2021-07-08", items=6, minutes=36, broadcasts=18,
                    listeners=1350)])

    csv_text = ("STT,Nội dung,Số lượng,Ghi chú\r\n1,Số tin bài,9,\r\n2,Độ dài (phút),80,\r\n"
                "3,Số lần phát sóng,27,\r\n4,Ước số người nghe,\"3.800\",ước tính\r\n")
    d = D("2021-07-28 14:45")
    send(f, "a07_tttamduong_csv", "CSV (UTF-8 with BOM) from the town's second address, listeners quoted '3.800'",
         sender=E["tt_tam_duong2"], name_="Thị trấn Tam Đường", date=d,
         subject="Báo cáo tuyên truyền tuần - Thị trấn Tam Đường", text=NOTE_BODIES[0],
         style="outlook", attachments=[ATT(b"\xef\xbb\xbf" + csv_text.encode("utf-8"), "text/csv", "BC_tuan_TT_TamDuong.csv")],
         texts_extra=[csv_text],
         reports=[R("tt_tam_duong", WP, period="2021-07-29", items=9, minutes=80, broadcasts=27,
                    listeners=(3800, "3.800"))])

    paras = ["Thực hiện Công văn của Phòng Văn hóa và Thông tin huyện về việc báo cáo nhanh kết quả tuyên truyền hằng tuần, UBND xã Thèn Sin báo cáo như sau:",
             "Trong tuần (từ ngày 02/4 đến ngày 08/4/2021), Ban biên tập Trạm truyền thanh xã đã xây dựng 09 tin, bài; tổng thời lượng 54 phút; phát sóng 27 lượt; ước khoảng 2.000 người nghe.",
             "Nội dung tuyên truyền tập trung vào công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026, phòng chống dịch Covid-19."]
    x = docx_official(when=D("2021-04-08 11:00"), body_lines=[("ỦY BAN NHÂN DÂN", False), ("XÃ THÈN SIN", True)],
                      number="Số: 25/BC-UBND", place_date="Thèn Sin, ngày 08 tháng 4 năm 2021",
                      summary="Kết quả công tác tuyên truyền tuần", paras=paras,
                      sign_lines=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Tao Văn Sơn",
                      recipients=("Như trên", "TT Đảng ủy xã", "Lưu: VT"))
    d = D("2021-04-08 14:00")
    send(f, "a08_thensin_docx_official_prose", "docx in the official layout (Quốc hiệu, Số, place and date), figures in a paragraph",
         sender=E["then_sin"], name_="UBND xã Thèn Sin", date=d,
         subject="Báo cáo số 25/BC-UBND kết quả tuyên truyền tuần", text=NOTE_BODIES[0], style="zimbra",
         attachments=[ATT(x, DOCX, "25.BC-UBND tuyen truyen tuan.docx")], texts_extra=paras,
         reports=[R("then_sin", WP, period="2021-04-08", items=(9, "09"), minutes=(54, "54 phút"),
                    broadcasts=(27, "27 lượt"), listeners=(2000, "khoảng 2.000"))])

    table = [["STT", "Nội dung", "Kết quả", "Ghi chú"], ["1", "Số tin, bài", "10", ""],
             ["2", "Độ dài tin, bài", "65 phút", ""], ["3", "Số lần phát sóng", "30", ""],
             ["4", "Ước số người nghe", "2.400", "người"]]
    x = docx_official(when=D("2021-09-15 09:00"), body_lines=[("ỦY BAN NHÂN DÂN", False), ("XÃ NÙNG NÀNG", True)],
                      number="Số: 118/BC-UBND", place_date="Nùng Nàng, ngày 15 tháng 9 năm 2021",
                      summary="Kết quả tuyên truyền trên hệ thống truyền thanh cơ sở tuần",
                      paras=["UBND xã Nùng Nàng báo cáo kết quả tuyên truyền trong tuần như sau:"],
                      table=table, sign_lines=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                      signer="Sùng A Lử")
    d = D("2021-09-15 10:10")
    send(f, "a09_nungnang_docx_table", "docx (official layout) with an STT/Nội dung/Kết quả/Ghi chú table",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[2], style="zimbra",
         attachments=[ATT(x, DOCX, "BC 118 tuyen truyen tuan.docx")], texts_extra=[cells_text(table)],
         reports=[R("nung_nang", WP, period="2021-09-16", items=10, minutes=(65, "65 phút"),
                    broadcasts=30, listeners=(2400, "2.400"))])

    table = [["STT", "Nội dung", "Đơn vị tính", "Số lượng"], ["1", "Tin, bài", "tin, bài", "9"],
             ["2", "Độ dài", "phút", "50"], ["3", "Số lần phát sóng", "lần", "27"],
             ["4", "Ước số người nghe", "người", "2.200"]]
    x = pdf_report(left=["ỦY BAN NHÂN DÂN", "XÃ GIANG MA"], number="Số: 96/BC-UBND",
                   place_date="Giang Ma, ngày 25 tháng 8 năm 2021", title="BÁO CÁO",
                   summary="Kết quả công tác tuyên truyền tuần",
                   paras=["UBND xã Giang Ma báo cáo kết quả tuyên truyền trên hệ thống truyền thanh cơ sở trong tuần như sau:"],
                   table=table, sign=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Lý A Chảo")
    d = D("2021-08-25 16:20")
    send(f, "a10_giangma_pdf_table", "PDF with a text layer (official layout, table with a unit column)",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Báo cáo kết quả tuyên truyền tuần",
         text=NOTE_BODIES[0], style="zimbra",
         attachments=[ATT(x, PDF, "BC 96 Giang Ma.pdf")], texts_extra=[cells_text(table)],
         reports=[R("giang_ma", WP, period="2021-08-26", items=9, minutes=50, broadcasts=27,
                    listeners=(2200, "2.200"))])

    paras = ["Thực hiện chức năng, nhiệm vụ được giao, trong tuần Đài Truyền thanh - Truyền hình huyện đã sản xuất và phát sóng 30 tin, bài, phóng sự, tổng thời lượng 5 giờ; thực hiện 90 lượt phát sóng trên sóng phát thanh, truyền hình và hệ thống truyền thanh cơ sở; ước có 28.000 người nghe, xem.",
             "Nội dung tập trung tuyên truyền công tác phòng, chống dịch Covid-19; tiêm chủng vắc xin; sản xuất vụ mùa."]
    x = pdf_report(left=["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"], number="Số: 41/BC-ĐTTTH",
                   place_date="Tam Đường, ngày 22 tháng 9 năm 2021", title="BÁO CÁO",
                   summary="Kết quả công tác tuyên truyền tuần", paras=paras,
                   sign=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer="Trần Quốc Tuấn")
    d = D("2021-09-22 15:40")
    send(f, "a11_dai_pdf_prose", "PDF with a text layer, the figures in prose",
         sender=E["dai_th_th"], name_="Đài TT-TH Tam Đường", date=d,
         subject="Báo cáo số 41/BC-ĐTTTH", text=NOTE_BODIES[0], style="outlook",
         attachments=[ATT(x, PDF, "41.BC-DTTTH.pdf", style="outlook")], texts_extra=paras,
         reports=[R("dai_th_th", WP, period="2021-09-23", items=(30, "30 tin, bài"),
                    minutes=(300, "5 giờ"), broadcasts=(90, "90 lượt"), listeners=(28000, "28.000"))])

    lines = ["ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "  XÃ BẢN GIANG                  Độc lập - Tự do - Hạnh phúc", "",
             "  Số: 77/BC-UBND            Bản Giang, ngày 06 tháng 10 năm 2021", "",
             "BÁO CÁO", "  Kết quả công tác tuyên truyền tuần", "",
             "  1. Số tin, bài: 8", "  2. Độ dài: 48 phút", "  3. Số lần phát sóng: 24",
             "  4. Ước số người nghe: 1.900 người", "", "  TM. ỦY BAN NHÂN DÂN", "  CHỦ TỊCH"]
    x = pdf_of_image(scan_image(lines, "a12"))
    d = D("2021-10-06 15:30")
    send(f, "a12_bangiang_scanned_pdf", "scanned PDF (image only, no text layer): held, nothing to read automatically",
         sender=E["ban_giang"], name_="Đèo Thị Hương", date=d, subject="Báo cáo tuần (bản scan)",
         text="Kính gửi Phòng VH-TT, xã gửi bản scan báo cáo tuần có chữ ký, đóng dấu ạ.", style="zimbra",
         difficulty="hard", attachments=[ATT(x, PDF, "scan_BC77.pdf")],
         reports=[R("ban_giang", WP, period="2021-10-07", status="needs_review")])

    lines = ["UBND XÃ KHUN HÁ", "", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", "",
             "  Số tin, bài: 6", "  Độ dài: 36 phút", "  Số lần phát sóng: 18",
             "  Ước số người nghe: 1.300", "", "  Người báo cáo", "  Tẩn A Phủ"]
    x = scan_image(lines, "a13", rotate=-2.5, photo=True)
    d = D("2021-10-13 17:45")
    send(f, "a13_khunha_phone_photo", "a phone photo of the printed report from a personal Gmail: held",
         sender="tanaphu88@gmail.com", name_="Tẩn A Phủ", date=d, subject="Anh bao cao tuan",
         text="Em gửi ảnh chụp báo cáo tuần của xã Khun Há ạ, máy tính xã bị hỏng chưa đánh máy được.\n\nSent from my iPhone",
         style="gmail", difficulty="hard", attachments=[ATT(x, JPG, "IMG_20211013_174012.jpg")],
         reports=[R("khun_ha", WP, period="2021-10-14", status="needs_review")])

    rows = [["UBND XÃ ..........."], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], ["(Từ ngày ..../..../2021 đến ngày ..../..../2021)"], [],
            ["STT", "Nội dung", "Số lượng", "Ghi chú"], [1, "Số tin, bài", None, None],
            [2, "Độ dài (phút)", None, None], [3, "Số lần phát sóng", None, None],
            [4, "Ước số người nghe", None, None]]
    x = xlsx_from_rows([("Mau", rows)], D("2021-02-01 08:00"))
    d = D("2021-10-20 10:00")
    send(f, "a14_binhlu_blank_template", "the blank template attached instead of the filled one: held, no figures",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d, subject="Báo cáo tuần",
         text="Kính gửi Phòng VH-TT\nXã Bình Lư gửi báo cáo tuần theo file đính kèm.\nTrân trọng!",
         style="outlook", attachments=[ATT(x, XLSX, "Mau bao cao tuan.xlsx", style="outlook")],
         reports=[R("binh_lu", WP, period="2021-10-21", status="needs_review")])

    lines = ["BÁO CÁO TUẦN", "Xã Tả Lèng", "", "Số tin bài: 7", "Độ dài: 40 phút",
             "Số lần phát sóng: 21", "Ước số người nghe: 1.650 người", "",
             "Người báo cáo: Giàng A Sử"]
    x = docx_simple(lines, D("2021-09-29 09:00"), author="Giang A Su")
    d = D("2021-09-29 09:15")
    send(f, "a15_taleng_docx_plain_lines", "docx with labelled lines, no official layout",
         sender=E["ta_leng"], name_="Giàng A Sử", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[1], style="zimbra",
         attachments=[ATT(x, DOCX, "bao cao tuan.docx")], texts_extra=["\n".join(lines)],
         reports=[R("ta_leng", WP, period="2021-09-30", items=7, minutes=(40, "40 phút"),
                    broadcasts=21, listeners=(1650, "1.650 người"))])

    rows = [["UBND XÃ BÌNH LƯ"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Nội dung", "Kết quả"], [1, "Số tin, bài", 8],
            [2, "Thời lượng (giờ:phút)", dt.time(1, 15)], [3, "Số lần phát sóng", 24],
            [4, "Ước số người nghe", 2200]]
    x = xlsx_from_rows([("Sheet1", rows)], D("2021-06-23 09:00"),
                       numfmt={("Sheet1", "C6"): "h:mm", ("Sheet1", "C8"): "#,##0"})
    d = D("2021-06-23 09:30")
    send(f, "a16_binhlu_xlsx_excel_time", "xlsx duration stored as an Excel time 1:15 (= 75 minutes)",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[0], style="outlook",
         attachments=[ATT(x, XLSX, "BC tuan Binh Lu.xlsx", style="outlook")],
         texts_extra=[cells_text(rows), "1:15"],
         reports=[R("binh_lu", WP, period="2021-06-24", items=8, minutes=(75, "1:15"),
                    broadcasts=24, listeners=2200)])

    rows = [["UBND XÃ NÀ TĂM"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Nội dung", "Số lượng", "Ghi chú"], [1, "Số tin, bài", 6, None],
            [2, "Độ dài (phút)", 38, None], [3, "Số lần phát sóng", 18, None],
            [4, "Ước số người nghe", 1450, None]]
    x = xlsx_from_rows([("Báo cáo", rows)], D("2021-04-21 08:00"))
    d = D("2021-04-21 08:20")
    send(f, "a17_natam_rfc2231_filename", "xlsx whose Vietnamese file name is RFC 2231-encoded",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[0], style="thunderbird",
         attachments=[ATT(x, XLSX, "Báo cáo tuần - Nà Tăm.xlsx", style="rfc2231")],
         texts_extra=[cells_text(rows)],
         reports=[R("na_tam", WP, period="2021-04-22", items=6, minutes=38, broadcasts=18,
                    listeners=1450)])

    lines = ["UBND XÃ KHUN HÁ", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", "",
             "1. Số tin, bài: 8", "2. Độ dài: 45 phút", "3. Số lần phát sóng: 24",
             "4. Ước số người nghe: 1.800 người",
             "Nội dung: tuyên truyền phòng chống dịch Covid-19, tiêm vắc xin, phòng chống thiên tai mùa mưa lũ."]
    x = docx_simple(lines, D("2021-07-28 08:00"))
    t = "Kính gửi Phòng VH-TT\nXã Khun Há gửi báo cáo tuần: số tin bài 8, độ dài 45 phút, phát sóng 24 lượt, 1.800 người nghe (chi tiết trong file đính kèm).\nTrân trọng!"
    d = D("2021-07-28 08:25")
    send(f, "a18_khunha_body_and_docx_agree", "the same figures in the body and in the attached docx: one report",
         sender=E["khun_ha"], name_="Tẩn A Phủ", date=d, subject="Báo cáo tuần", text=t,
         style="zimbra", attachments=[ATT(x, DOCX, "BC tuan Khun Ha.docx")],
         texts_extra=["\n".join(lines)],
         reports=[R("khun_ha", WP, period="2021-07-29", items=8, minutes=(45, "45 phút"),
                    broadcasts=24, listeners=(1800, "1.800 người"))])

    rows = [["UBND XÃ GIANG MA"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Nội dung", "Số lượng"], [1, "Số tin, bài", 9], [2, "Độ dài (phút)", 48],
            [3, "Số lần phát sóng", 24], [4, "Ước số người nghe", 2000]]
    x = xlsx_from_rows([("Sheet1", rows)], D("2021-06-09 08:00"))
    t = "Kính gửi Phòng VH-TT\nXã Giang Ma báo cáo tuần: 8 tin bài, 48 phút, 24 lượt phát sóng, khoảng 2.000 người nghe. File chi tiết gửi kèm.\nLý Thị Dung"
    d = D("2021-06-09 08:30")
    send(f, "a19_giangma_body_and_xlsx_disagree", "body says 8 items, the attached xlsx says 9: held, the agreeing figures kept",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Báo cáo tuần", text=t,
         style="zimbra", attachments=[ATT(x, XLSX, "BC tuan Giang Ma.xlsx")],
         texts_extra=[cells_text(rows)],
         reports=[R("giang_ma", WP, period="2021-06-10", status="needs_review", minutes=48,
                    broadcasts=24, listeners=(2000, "2.000"))])

    rows = [["UBND XÃ BẢN BO"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Nội dung", "Số lượng", "Ghi chú"], [1, "Số tin, bài", 8, None],
            [2, "Độ dài (phút)", 52, None], [3, "Số lần phát sóng", 24, None],
            [4, "Ước số người nghe", 2000, None]]
    x = xlsx_from_rows([("Sheet1", rows)], D("2021-06-02 08:00"))
    p1 = scan_image(["Tuyên truyền lưu động", "bản Nà Bó"], "a20a", rotate=0, size=(800, 600), quality=70)
    p2 = scan_image(["Treo băng rôn", "trung tâm xã"], "a20b", rotate=0, size=(800, 600), quality=70)
    d = D("2021-06-02 16:40")
    send(f, "a20_banbo_xlsx_and_photos", "the report xlsx together with two photos of activities",
         sender=E["ban_bo"], name_="Lò Văn Thắng", date=d, subject="Báo cáo tuần + ảnh hoạt động",
         text="Kính gửi Phòng VH-TT\nXã Bản Bo gửi báo cáo tuần và một số hình ảnh tuyên truyền lưu động.\nTrân trọng!",
         style="zimbra",
         attachments=[ATT(x, XLSX, "BC tuan Ban Bo.xlsx"), ATT(p1, JPG, "anh1.jpg"), ATT(p2, JPG, "anh2.jpg")],
         texts_extra=[cells_text(rows)],
         reports=[R("ban_bo", WP, period="2021-06-03", items=8, minutes=52, broadcasts=24,
                    listeners=2000)])

    rows = [["UBND XÃ BẢN GIANG"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Nội dung", "Số lượng"], [1, "Số tin, bài", 5], [2, "Độ dài (phút)", 30],
            [3, "Số lần phát sóng", 15], [4, "Ước số người nghe", 1100]]
    x = xlsx_from_rows([("Sheet1", rows)], D("2021-07-01 07:40"))
    nfd_name = unicodedata.normalize("NFD", "Báo cáo tuần Bản Giang.xlsx")
    d = D("2021-07-01 08:00")
    send(f, "a21_bangiang_mac_nfd_filename", "Apple Mail from iCloud naming Bản Giang; decomposed (NFD) file name in RFC 2231",
         sender="huongdeo.bg@icloud.com", name_="Đèo Thị Hương", date=d,
         subject="Báo cáo tuần xã Bản Giang", text="Em gửi báo cáo tuần của xã Bản Giang ạ.\n\nĐèo Thị Hương",
         style="applemail",
         attachments=[ATT(x, XLSX, nfd_name, style="rfc2231")], texts_extra=[cells_text(rows)],
         reports=[R("ban_giang", WP, period="2021-07-01", items=5, minutes=30, broadcasts=15,
                    listeners=1100)])


# ======================================================================================
# Family: legacy encodings, .doc, two-row headers, several weeks (all hard)
# ======================================================================================
def doc_from_docx(docx_data: bytes) -> bytes:
    """A legacy Word 97-2003 .doc made by LibreOffice from a docx."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bao_cao.docx"
        src.write_bytes(docx_data)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", tmp, str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={"HOME": tmp, "PATH": "/usr/bin:/bin"})
        return (Path(tmp) / "bao_cao.doc").read_bytes()


def fam_legacy():
    f = "legacy"
    H = "hard"

    table = [["STT", "Nội dung", "Số lượng", "Ghi chú"], ["1", "Số tin, bài", "7", ""],
             ["2", "Độ dài (phút)", "42", ""], ["3", "Số lần phát sóng", "21", ""],
             ["4", "Ước số người nghe", "1.600", ""]]
    x = docx_official(when=D("2021-03-31 08:00"), body_lines=[("ỦY BAN NHÂN DÂN", False), ("XÃ KHUN HÁ", True)],
                      number="Số: 31/BC-UBND", place_date="Khun Há, ngày 31 tháng 3 năm 2021",
                      summary="Kết quả công tác tuyên truyền tuần",
                      paras=["UBND xã Khun Há báo cáo kết quả tuyên truyền trên hệ thống truyền thanh cơ sở trong tuần như sau:"],
                      table=table, sign_lines=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Tẩn A Phủ",
                      enc=Enc("tcvn3"))
    d = D("2021-03-31 08:30")
    send(f, "g01_khunha_docx_tcvn3_official", "docx typed in TCVN3 (.VnTime / .VnTimeH runs), official layout and table",
         sender=E["khun_ha"], name_="UBND xã Khun Há", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[0], style="zimbra", difficulty=H,
         attachments=[ATT(x, DOCX, "BC tuan 31-3.docx")], texts_extra=[cells_text(table)],
         reports=[R("khun_ha", WP, period="2021-04-01", items=7, minutes=42, broadcasts=21,
                    listeners=(1600, "1.600"))])

    src_rows = [["UBND XÃ NÀ TĂM"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
                ["STT", "Nội dung", "Số lượng", "Ghi chú"], [1, "Số tin, bài", 8, None],
                [2, "Độ dài (phút)", 46, None], [3, "Số lần phát sóng", 24, None],
                [4, "Ước số người nghe", 1550, None]]
    enc_rows = []
    for i, row in enumerate(src_rows):
        enc_rows.append([tcvn3(v, upper_font=(i < 2)) if isinstance(v, str) else v for v in row])
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for i, row in enumerate(enc_rows, 1):
        for j, v in enumerate(row, 1):
            if v is not None:
                c = ws.cell(i, j, v)
                c.font = Font(name=".VnTimeH" if i <= 2 else ".VnTime", size=13)
    x = save_xlsx(wb, D("2021-05-05 08:00"))
    d = D("2021-05-05 08:45")
    send(f, "g02_natam_xlsx_tcvn3", "xlsx whose labels are TCVN3 text in .VnTime cells",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[1], style="zimbra", difficulty=H,
         attachments=[ATT(x, XLSX, "BCTT tuan NaTam.xlsx")], texts_extra=[cells_text(src_rows)],
         reports=[R("na_tam", WP, period="2021-05-06", items=8, minutes=46, broadcasts=24,
                    listeners=1550)])

    src = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

Xã Hồ Thầu báo cáo kết quả tuyên truyền tuần như sau:
- Số tin, bài: 6
- Độ dài: 35 phút
- Số lần phát sóng: 18
- Ước số người nghe: 1.300 người

Trân trọng!
Chảo Láo Tả"""
    raw = tcvn3_bytes(src).replace(b"\n", b"\r\n")
    d = D("2021-03-04 09:00")
    send(f, "g03_hothau_body_tcvn3", "body text pasted from a .VnTime document: TCVN3 bytes declared as iso-8859-1",
         sender=E["ho_thau"], name_="Chao Lao Ta", date=d, subject="Bao cao tuan", text="",
         body=T("", charset="iso-8859-1", raw=raw), style="oe", difficulty=H, texts_extra=[src],
         reports=[R("ho_thau", WP, period="2021-03-04", items=6, minutes=(35, "35 phút"),
                    broadcasts=18, listeners=(1300, "1.300 người"))])

    table = [["STT", "Nội dung", "Số lượng"], ["1", "Số tin, bài", "7"], ["2", "Độ dài (phút)", "40"],
             ["3", "Số lần phát sóng", "21"], ["4", "Ước số người nghe", "1.500"]]
    x = docx_official(when=D("2021-09-01 08:00"), body_lines=[("ỦY BAN NHÂN DÂN", False), ("XÃ SƠN BÌNH", True)],
                      number="Số: 102/BC-UBND", place_date="Sơn Bình, ngày 01 tháng 9 năm 2021",
                      summary="Kết quả công tác tuyên truyền tuần",
                      paras=["UBND xã Sơn Bình báo cáo kết quả tuyên truyền trong tuần như sau:"],
                      table=table, sign_lines=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Vàng A Dơ",
                      enc=Enc("vni"))
    d = D("2021-09-01 09:10")
    send(f, "g04_sonbinh_docx_vni", "docx typed in VNI Windows (VNI-Times runs)",
         sender=E["son_binh"], name_="Vàng Thị Lan", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[0], style="zimbra", difficulty=H,
         attachments=[ATT(x, DOCX, "BC tuan Son Binh.docx")], texts_extra=[cells_text(table)],
         reports=[R("son_binh", WP, period="2021-09-02", items=7, minutes=40, broadcasts=21,
                    listeners=(1500, "1.500"))])

    src = """Kính gửi Phòng Văn hóa và Thông tin huyện

Xã Thèn Sin báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 8
Độ dài: 45 phút
Số lần phát sóng: 24
Ước số người nghe: 1.800 người

Tao Văn Dũng"""
    raw = vni(src).encode("cp1252").replace(b"\n", b"\r\n")
    d = D("2021-09-22 10:20")
    send(f, "g05_thensin_body_vni", "body text in VNI Windows, declared windows-1252",
         sender=E["then_sin"], name_="Tao Van Dung", date=d, subject="Bao cao tuan", text="",
         body=T("", charset="windows-1252", raw=raw), style="oe", difficulty=H, texts_extra=[src],
         reports=[R("then_sin", WP, period="2021-09-23", items=8, minutes=(45, "45 phút"),
                    broadcasts=24, listeners=(1800, "1.800 người"))])

    src = """Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND xã Tả Lèng báo cáo kết quả tuyên truyền tuần:
1. Số tin, bài: 9
2. Độ dài: 50 phút
3. Số lần phát sóng: 27
4. Ước số người nghe: 2.000 người

Trân trọng!
Giàng A Sử"""
    raw = cp1258_bytes(src).replace(b"\n", b"\r\n")
    subject_src = "Báo cáo kết quả tuyên truyền tuần"
    d = D("2021-10-06 08:50")
    eml = mail(frm=f"{ew('', raw=cp1258_bytes('Giàng A Sử'), charset='windows-1258', mode='Q')} <{E['ta_leng']}>",
               to=OFFICE, date=d,
               subject=ew("", raw=cp1258_bytes(subject_src), charset="windows-1258", mode="Q"),
               body=T("", charset="windows-1258", raw=raw), style="oe", seed=f"{f}/g06")
    add(f, "g06_taleng_windows1258", H,
        "windows-1258 body (combining tone bytes) and windows-1258 encoded-word subject and name", eml, [R("ta_leng", WP, period="2021-10-07", items=9, minutes=(50, "50 phút"),
                   broadcasts=27, listeners=(2000, "2.000 người"))], [src, subject_src], d)

    src = """Kính gửi Phòng Văn hóa và Thông tin huyện

Em là Lường Văn Hùng, xã Bình Lư. Em gửi báo cáo tuyên truyền tuần:
- Số tin, bài: 8
- Độ dài: 44 phút
- Số lần phát sóng: 24
- Ước số người nghe: 2.100 người

Trân trọng!"""
    nfd = unicodedata.normalize("NFD", src)
    d = D("2021-10-27 19:40")
    send(f, "g07_binhlu_mac_nfd_body", "Mac mail from iCloud: decomposed (NFD) body and subject; the commune named in the body",
         sender="hunglv.binhlu@icloud.com", name_=unicodedata.normalize("NFD", "Lường Văn Hùng"),
         date=d, subject=unicodedata.normalize("NFD", "Báo cáo tuần"), text=nfd,
         style="applemail", difficulty=H, texts_extra=[src],
         reports=[R("binh_lu", WP, period="2021-10-28", items=8, minutes=(44, "44 phút"),
                    broadcasts=24, listeners=(2100, "2.100 người"))])

    table = [["STT", "Nội dung", "Kết quả", "Ghi chú"], ["1", "Số tin, bài", "10", ""],
             ["2", "Độ dài (phút)", "55", ""], ["3", "Số lần phát sóng", "30", ""],
             ["4", "Ước số người nghe", "2.400", ""]]
    dx = docx_official(when=D("2021-10-13 08:00"), body_lines=[("ỦY BAN NHÂN DÂN", False), ("XÃ GIANG MA", True)],
                       number="Số: 121/BC-UBND", place_date="Giang Ma, ngày 13 tháng 10 năm 2021",
                       summary="Kết quả công tác tuyên truyền tuần",
                       paras=["UBND xã Giang Ma báo cáo kết quả tuyên truyền trong tuần như sau:"],
                       table=table, sign_lines=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Lý A Chảo")
    x = doc_from_docx(dx)
    d = D("2021-10-13 09:00")
    send(f, "g08_giangma_legacy_doc", "legacy Word 97-2003 .doc (made with LibreOffice), official layout with a table",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[0], style="zimbra", difficulty=H,
         attachments=[ATT(x, DOC, "BC 121 tuyen truyen tuan.doc")], texts_extra=[cells_text(table)],
         reports=[R("giang_ma", WP, period="2021-10-14", items=10, minutes=55, broadcasts=30,
                    listeners=(2400, "2.400"))])

    rows = [["UBND XÃ BẢN GIANG"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Đơn vị", "Tin, bài", None, "Phát sóng", "Người nghe", "Ghi chú"],
            [None, None, "Số lượng", "Độ dài (phút)", "Số lần", "Ước số (người)", None],
            [1, "Xã Bản Giang", 7, 45, 21, 1500, None]]
    x = xlsx_from_rows([("BC", rows)], D("2021-05-05 09:00"),
                       merges={"BC": ["A2:G2", "A4:A5", "B4:B5", "C4:D4", "G4:G5"]})
    d = D("2021-05-05 09:30")
    send(f, "g09_bangiang_xlsx_two_row_header", "xlsx with a two-row header (merged 'Tin, bài' over 'Số lượng' and 'Độ dài')",
         sender=E["ban_giang"], name_="Đèo Thị Hương", date=d, subject="Báo cáo tuyên truyền tuần",
         text=NOTE_BODIES[2], style="zimbra", difficulty=H,
         attachments=[ATT(x, XLSX, "BC tuan Ban Giang.xlsx")], texts_extra=[cells_text(rows)],
         reports=[R("ban_giang", WP, period="2021-05-06", items=7, minutes=45, broadcasts=21,
                    listeners=1500)])

    table = [["STT", "Đơn vị", "Tin, bài", None, "Phát sóng", "Người nghe"],
             [None, None, "Số lượng", "Độ dài (phút)", "Số lần", "Ước số"],
             ["1", "Xã Nùng Nàng", "9", "50", "27", "2.000"]]
    x = docx_official(when=D("2021-10-06 08:00"), body_lines=[("ỦY BAN NHÂN DÂN", False), ("XÃ NÙNG NÀNG", True)],
                      number="Số: 131/BC-UBND", place_date="Nùng Nàng, ngày 06 tháng 10 năm 2021",
                      summary="Kết quả công tác tuyên truyền tuần",
                      paras=["UBND xã Nùng Nàng báo cáo kết quả tuyên truyền trong tuần như sau:"],
                      table=table, table_header_rows=2,
                      merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)],
                      sign_lines=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Sùng A Lử")
    d = D("2021-10-06 09:20")
    send(f, "g10_nungnang_docx_two_row_header", "docx table with a two-row merged header",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d, subject="Báo cáo tuần",
         text=NOTE_BODIES[0], style="zimbra", difficulty=H,
         attachments=[ATT(x, DOCX, "BC 131.docx")], texts_extra=[cells_text(table)],
         reports=[R("nung_nang", WP, period="2021-10-07", items=9, minutes=50, broadcasts=27,
                    listeners=(2000, "2.000"))])

    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

Tuần trước thị trấn chưa gửi được báo cáo, em xin gửi bù báo cáo 2 tuần ạ:

Tuần từ 05/02 đến 11/02/2021:
- Số tin, bài: 7
- Độ dài: 40 phút
- Số lần phát sóng: 21
- Ước số người nghe: 3.000 người

Tuần từ 12/02 đến 18/02/2021:
- Số tin, bài: 9
- Độ dài: 55 phút
- Số lần phát sóng: 27
- Ước số người nghe: 3.600 người

Trân trọng!
Nguyễn Thị Hằng - Thị trấn Tam Đường"""
    d = D("2021-02-19 09:00")
    send(f, "g11_tttamduong_two_weeks_in_body", "two weeks in one body, each under its written date range",
         sender=E["tt_tam_duong"], name_="Nguyễn Thị Hằng", date=d,
         subject="Báo cáo tuyên truyền 2 tuần (bổ sung)", text=t, style="zimbra", difficulty=H,
         reports=[R("tt_tam_duong", WP, period="2021-02-11", written=True, items=7,
                    minutes=(40, "40 phút"), broadcasts=21, listeners=(3000, "3.000 người")),
                  R("tt_tam_duong", WP, period="2021-02-18", written=True, items=9,
                    minutes=(55, "55 phút"), broadcasts=27, listeners=(3600, "3.600 người"))])

    def week_rows(n, vals):
        return [["UBND XÃ BẢN HON"], [f"BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN {n} THÁNG 9/2021"], [],
                ["STT", "Nội dung", "Số lượng"], [1, "Số tin, bài", vals[0]],
                [2, "Độ dài (phút)", vals[1]], [3, "Số lần phát sóng", vals[2]],
                [4, "Ước số người nghe", vals[3]]]
    r3, r4 = week_rows(3, [6, 36, 18, 1400]), week_rows(4, [7, 40, 21, 1500])
    x = xlsx_from_rows([("Tuan 3 thang 9", r3), ("Tuan 4 thang 9", r4)], D("2021-09-24 07:30"))
    assert nth_thursday(2021, 9, 3) == "2021-09-16" and nth_thursday(2021, 9, 4) == "2021-09-23"
    d = D("2021-09-24 07:50")
    send(f, "g12_banhon_xlsx_two_week_sheets", "xlsx with one sheet per week ('Tuan 3 thang 9', 'Tuan 4 thang 9')",
         sender=E["ban_hon"], name_="Lò Văn Minh", date=d, subject="BC tuyên truyền tuần 3 và tuần 4 tháng 9",
         text="Kính gửi Phòng VH-TT\nXã Bản Hon gửi báo cáo tuần 3 (bổ sung) và tuần 4 tháng 9/2021.\nTrân trọng!",
         style="zimbra", difficulty=H,
         attachments=[ATT(x, XLSX, "BC tuan 3, 4 thang 9 - Ban Hon.xlsx")],
         texts_extra=[cells_text(r3), cells_text(r4)],
         reports=[R("ban_hon", WP, period="2021-09-16", written=True, items=6, minutes=36,
                    broadcasts=18, listeners=1400),
                  R("ban_hon", WP, period="2021-09-23", written=True, items=7, minutes=40,
                    broadcasts=21, listeners=1500)])

    src = """Kính gửi Phòng Văn hóa và Thông tin huyện

Xã Bản Bo báo cáo kết quả tuyên truyền tuần:
Số tin, bài: 7
Độ dài: 44 phút
Số lần phát sóng: 21
Ước số người nghe: 1.700 người

Lò Văn Thắng"""
    raw = src.replace("\n", "\r\n").encode("utf-8")
    d = D("2021-08-18 10:30")
    send(f, "g13_banbo_utf8_declared_cp1252", "UTF-8 body declared windows-1252 (reads as mojibake 'Sá»‘ tin')",
         sender=E["ban_bo"], name_="Lo Van Thang", date=d, subject="Bao cao tuan", text="",
         body=T("", charset="windows-1252", raw=raw), style="oe", difficulty=H,
         texts_extra=[src],
         reports=[R("ban_bo", WP, period="2021-08-19", items=7, minutes=(44, "44 phút"),
                    broadcasts=21, listeners=(1700, "1.700 người"))])


# ======================================================================================
# Family: social media form (Công văn 606/UBND-VX style)
# ======================================================================================
def fam_social():
    f = "social"

    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

UBND xã Nùng Nàng báo cáo kết quả tuyên truyền trên mạng xã hội trong tuần:
- Số nhóm Zalo đã thành lập: 12 nhóm
- Tổng số thành viên: 1.850
- Số tin, bài đăng tải: 36
- Số người cài đặt Bluezone: 420
- Số vụ tin giả, tin sai sự thật: 01 vụ (đã xử lý, nhắc nhở)

Trân trọng!
Sùng A Chá"""
    d = D("2021-08-12 09:30")
    send(f, "s01_nungnang_labelled", "the social-media form in labelled lines, one fake-news case",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d,
         subject="Báo cáo tuyên truyền trên mạng xã hội", text=t, style="zimbra",
         reports=[R("nung_nang", SM, period="2021-08-12", groups=(12, "12 nhóm"),
                    group_members=(1850, "1.850"), posts=36, bluezone_installs=420,
                    fake_news=(1, "01 vụ"))])

    t = """Kính gửi Phòng VH-TT huyện

Thực hiện Công văn số 606/UBND-VX của UBND huyện về đẩy mạnh thông tin tuyên truyền trên mạng xã hội, UBND xã Bản Bo báo cáo: đến nay xã đã thành lập 9 nhóm Zalo theo bản với 1.240 thành viên; trong tuần đăng tải 27 tin bài; vận động 315 người cài đặt Bluezone; không phát hiện trường hợp tin giả nào.

Trân trọng!
Lò Văn Thắng"""
    d = D("2021-08-19 10:00")
    send(f, "s02_banbo_prose", "the social-media form in prose; 'không phát hiện trường hợp tin giả nào' = 0",
         sender=E["ban_bo"], name_="Lò Văn Thắng", date=d,
         subject="Báo cáo kết quả tuyên truyền trên mạng xã hội", text=t, style="zimbra",
         reports=[R("ban_bo", SM, period="2021-08-19", groups=(9, "9 nhóm"),
                    group_members=(1240, "1.240"), posts=(27, "27 tin bài"),
                    bluezone_installs=(315, "315 người"), fake_news=(0, "không"))])

    rows = [["UBND XÃ BẢN HON"], ["KẾT QUẢ THÔNG TIN TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI"], [],
            ["STT", "Tên bản", "Số nhóm Zalo", "Số thành viên", "Số tin, bài đăng tải", "Số người cài Bluezone", "Tin giả"],
            [1, "Bản Hon", 1, 320, 9, 60, 0], [2, "Sử Thàng", 1, 280, 8, 50, 0],
            [3, "Nà Khan", 1, 300, 8, 55, 0], [4, "Tả Chải", 1, 250, 7, 45, 0],
            [5, "Lao Chải", 1, 280, 8, 50, 0],
            [None, "Tổng cộng", 5, 1430, 40, 260, 0]]
    x = xlsx_from_rows([("MXH", rows)], D("2021-08-26 08:00"), merges={"MXH": ["A2:G2"]})
    d = D("2021-08-26 08:40")
    send(f, "s03_banhon_xlsx_per_village_total", "xlsx with one row per village and a total row",
         sender=E["ban_hon"], name_="Lò Văn Minh", date=d,
         subject="Báo cáo tuyên truyền mạng xã hội, Bluezone", text=NOTE_BODIES[0], style="zimbra",
         attachments=[ATT(x, XLSX, "BC mang xa hoi tuan - Ban Hon.xlsx")], texts_extra=[cells_text(rows)],
         reports=[R("ban_hon", SM, period="2021-08-26", groups=5, group_members=1430, posts=40,
                    bluezone_installs=260, fake_news=0)])

    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường

UBND xã Bình Lư báo cáo kết quả tuyên truyền tuần như sau:

I. Tuyên truyền trên hệ thống truyền thanh
- Số tin, bài: 8
- Độ dài: 45 phút
- Số lần phát sóng: 24
- Ước số người nghe: 2.300 người

II. Tuyên truyền trên mạng xã hội
- Số nhóm Zalo: 11
- Số thành viên: 2.050
- Số tin bài đăng tải: 30
- Số lượt cài đặt Bluezone: 180
- Tin giả, tin sai sự thật: 0

Trân trọng!
Lường Văn Hùng"""
    d = D("2021-09-15 09:10")
    send(f, "s04_binhlu_both_forms_in_body", "both forms in one body, under headings I and II",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="outlook",
         reports=[R("binh_lu", WP, period="2021-09-16", items=8, minutes=(45, "45 phút"),
                    broadcasts=24, listeners=(2300, "2.300 người")),
                  R("binh_lu", SM, period="2021-09-16", groups=11, group_members=(2050, "2.050"),
                    posts=30, bluezone_installs=180, fake_news=0)])

    wp = [["THỊ TRẤN TAM ĐƯỜNG"], ["KẾT QUẢ TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH"], [],
          ["STT", "Nội dung", "Số lượng"], [1, "Số tin, bài", 12], [2, "Độ dài (phút)", 70],
          [3, "Số lần phát sóng", 36], [4, "Ước số người nghe", 4500]]
    sm = [["THỊ TRẤN TAM ĐƯỜNG"], ["KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI"], [],
          ["STT", "Nội dung", "Số lượng"], [1, "Số nhóm mạng xã hội", 14],
          [2, "Số thành viên trong nhóm", 3200], [3, "Số tin, bài đăng tải", 45],
          [4, "Số lượt cài đặt Bluezone", 650], [5, "Số vụ tin giả, tin sai sự thật", 1]]
    x = xlsx_from_rows([("Truyen thanh", wp), ("Mang xa hoi", sm)], D("2021-08-31 14:00"))
    d = D("2021-08-31 14:30")
    send(f, "s05_tttamduong_xlsx_two_forms", "xlsx with one sheet per form",
         sender=E["tt_tam_duong"], name_="Nguyễn Thị Hằng", date=d,
         subject="Báo cáo tuyên truyền tuần và mạng xã hội", text=NOTE_BODIES[0], style="zimbra",
         attachments=[ATT(x, XLSX, "BC tuan TT Tam Duong.xlsx")],
         texts_extra=[cells_text(wp), cells_text(sm)],
         reports=[R("tt_tam_duong", WP, period="2021-09-02", items=12, minutes=70, broadcasts=36,
                    listeners=4500),
                  R("tt_tam_duong", SM, period="2021-09-02", groups=14, group_members=3200,
                    posts=45, bluezone_installs=650, fake_news=1)])

    t = """Kính gửi Phòng Văn hóa và Thông tin

Xã Tả Lèng báo cáo tuyên truyền trên mạng xã hội:
- Số nhóm Zalo: 7
- Số thành viên: 960
- Số tin bài đăng tải: 21
- Tỷ lệ cài đặt Bluezone: đạt 38% số người có điện thoại thông minh
- Tin giả: 0

Giàng A Sử"""
    d = D("2021-09-22 10:45")
    send(f, "s06_taleng_bluezone_percentage", "Bluezone given as a percentage where a count is asked: held",
         sender=E["ta_leng"], name_="Giàng A Sử", date=d, subject="BC mạng xã hội", text=t,
         style="zimbra",
         reports=[R("ta_leng", SM, period="2021-09-23", status="needs_review", groups=7,
                    group_members=960, posts=21, fake_news=0)])

    rows = [("Số nhóm mạng xã hội (Zalo, Facebook)", "8"), ("Số thành viên", "1.100"),
            ("Số tin, bài đăng tải", "24"), ("Số người cài đặt Bluezone", "140"),
            ("Số vụ tin giả, tin sai sự thật", "0")]
    t = ("Kính gửi Phòng VH-TT\nXã Sơn Bình báo cáo kết quả tuyên truyền trên mạng xã hội tuần:\n\n"
         + "\n".join(f"{a}\t{b}" for a, b in rows) + "\n\nVàng Thị Lan")
    cell = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
             + "".join(f"<tr><td style='{cell}'><p class=MsoNormal>{esc(a)}</p></td><td style='{cell}'><p class=MsoNormal>{esc(b)}</p></td></tr>\r\n" for a, b in rows)
             + "</table>")
    h = outlook_html("Kính gửi Phòng VH-TT\nXã Sơn Bình báo cáo kết quả tuyên truyền trên mạng xã hội tuần:").replace(
        "\r\n</div></body></html>", "\r\n" + table + "\r\n<p class=MsoNormal>Vàng Thị Lan</p>\r\n</div></body></html>")
    d = D("2021-09-29 15:20")
    send(f, "s07_sonbinh_html_table", "the social-media form in an Outlook HTML table",
         sender=E["son_binh"], name_="Vàng Thị Lan", date=d, subject="Báo cáo mạng xã hội tuần",
         text=t, html=h, style="outlook",
         reports=[R("son_binh", SM, period="2021-09-30", groups=8, group_members=(1100, "1.100"),
                    posts=24, bluezone_installs=140, fake_news=0)])

    t = """Dạ em gửi báo cáo mạng xã hội tuần này của xã Hồ Thầu ạ:
Số nhóm: 10
Số người tham gia nhóm: 2 nghìn 1
Số bài đăng: 33
Cài Bluezone: 205 người
Tin giả: 0

Phàn Thị Xuân - VP UBND xã Hồ Thầu"""
    d = D("2021-08-05 11:20")
    send(f, "s08_hothau_gmail_colloquial", "personal Gmail naming Hồ Thầu, members written '2 nghìn 1' (= 2,100)",
         sender="phanthixuan.ht@gmail.com", name_="Phàn Thị Xuân", date=d,
         subject="BC mang xa hoi tuan - Ho Thau", text=t, style="gmail",
         reports=[R("ho_thau", SM, period="2021-08-05", groups=10, group_members=(2100, "2 nghìn 1"),
                    posts=33, bluezone_installs=(205, "205 người"), fake_news=0)])

    t = """Kính gửi Phòng Văn hóa và Thông tin huyện

Xã Giang Ma báo cáo tuyên truyền trên mạng xã hội trong tuần:
- Số nhóm Zalo: 9 nhóm (mỗi bản 01 nhóm)
- Số thành viên: khoảng 1.200 - 1.300 người
- Số tin bài đăng tải: 25
- Số người cài đặt Bluezone: 150
- Tin giả: không có

Lý Thị Dung"""
    d = D("2021-08-11 14:50")
    send(f, "s09_giangma_members_range", "group members as a range '1.200 - 1.300': held, range left out",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Báo cáo mạng xã hội",
         text=t, style="zimbra",
         reports=[R("giang_ma", SM, period="2021-08-12", status="needs_review",
                    groups=(9, "9 nhóm"), posts=25, bluezone_installs=150,
                    fake_news=(0, "không"))])


# ======================================================================================
# Family: periods
# ======================================================================================
def lines4(a, b, c, d_):
    return (f"- Số tin, bài: {a}\n- Độ dài: {b}\n- Số lần phát sóng: {c}\n"
            f"- Ước số người nghe: {d_}")


def fam_period():
    f = "period"

    t = ("Kính gửi Phòng Văn hóa và Thông tin huyện\n\nXã Bản Hon gửi bù báo cáo kết quả tuyên truyền tuần từ 26/02 đến 04/03/2021 (tuần trước mạng bị lỗi chưa gửi được):\n"
         + lines4("6", "35 phút", "18", "1.300 người") + "\n\nTrân trọng!\nLò Văn Minh")
    d = D("2021-03-08 09:00")
    assert rule_period(d) == "2021-03-11"
    send(f, "t01_banhon_monday_explicit_range", "Monday mail for last week, the range written ('từ 26/02 đến 04/03/2021') wins over the Date",
         sender=E["ban_hon"], name_="Lò Văn Minh", date=d, subject="Báo cáo tuần (gửi bù)",
         text=t, style="zimbra",
         reports=[R("ban_hon", WP, period="2021-03-04", written=True, items=6,
                    minutes=(35, "35 phút"), broadcasts=18, listeners=(1300, "1.300 người"))])

    t = ("Kính gửi Phòng VH-TT\n\nXã Nà Tăm báo cáo kết quả tuyên truyền:\n"
         + lines4("7", "40 phút", "21", "1.600") + "\n\nHoàng Thị Mai")
    d = D("2021-03-20 20:00")
    assert rule_period(d) == "2021-03-25" and nth_thursday(2021, 3, 3) == "2021-03-18"
    send(f, "t02_natam_saturday_night_week_in_subject", "Saturday-night mail; subject names 'tuần 3 tháng 3/2021' (ending Thu 18 March)",
         sender=E["na_tam"], name_="Hoàng Thị Mai", date=d,
         subject="Báo cáo tuyên truyền tuần 3 tháng 3/2021", text=t, style="outlook",
         reports=[R("na_tam", WP, period="2021-03-18", written=True, items=7,
                    minutes=(40, "40 phút"), broadcasts=21, listeners=(1600, "1.600"))])

    t = ("Kính gửi Phòng Văn hóa và Thông tin\n\nXã Thèn Sin báo cáo kết quả tuyên truyền từ ngày 26/3 - 1/4:\n"
         + lines4("8", "45 phút", "24", "1.700 người") + "\n\nTao Văn Dũng")
    d = D("2021-04-05 08:30")
    assert rule_period(d) == "2021-04-08"
    send(f, "t03_thensin_short_range_no_year", "range without year ('từ ngày 26/3 - 1/4') sent the next Monday",
         sender=E["then_sin"], name_="Tao Văn Dũng", date=d, subject="Báo cáo tuần", text=t,
         style="zimbra",
         reports=[R("then_sin", WP, period="2021-04-01", written=True, items=8,
                    minutes=(45, "45 phút"), broadcasts=24, listeners=(1700, "1.700 người"))])

    t = ("Kính gửi Phòng VH-TT\nEm xin lỗi vì gửi báo cáo muộn ạ. Xã Giang Ma báo cáo tuyên truyền tuần:\n"
         + lines4("9", "50 phút", "27", "2.100 người") + "\n\nLý Thị Dung")
    d = D("2021-04-16 10:30")
    send(f, "t04_giangma_friday_late", "late on Friday morning, no week written: the week just closed (Thu 15 April)",
         sender=E["giang_ma"], name_="Lý Thị Dung", date=d, subject="Báo cáo tuần (muộn)",
         text=t, style="zimbra",
         reports=[R("giang_ma", WP, period="2021-04-15", items=9, minutes=(50, "50 phút"),
                    broadcasts=27, listeners=(2100, "2.100 người"))])

    t = ("Kính gửi Phòng VH-TT\nXã Tả Lèng gửi báo cáo tuần:\n"
         + lines4("6", "36 phút", "18", "1.400") + "\n\nGiàng A Sử")
    d = D("2021-05-08 15:00")
    send(f, "t05_taleng_saturday_within_grace", "Saturday 15:00, within 48 h of the Thursday deadline: the week just closed",
         sender=E["ta_leng"], name_="Giàng A Sử", date=d, subject="Báo cáo tuần", text=t,
         style="zimbra",
         reports=[R("ta_leng", WP, period="2021-05-06", items=6, minutes=(36, "36 phút"),
                    broadcasts=18, listeners=(1400, "1.400"))])

    t = ("Dạ em gửi báo cáo tuần ạ\nXã Khun Há:\n" + lines4("5", "30 phút", "15", "1.000")
         + "\n\nTẩn A Phủ")
    d = D("2021-05-15 17:30")
    send(f, "t06_khunha_saturday_after_grace", "Saturday 17:30, more than 48 h after the deadline, no week written: the next week by the rule",
         sender=E["khun_ha"], name_="Tẩn A Phủ", date=d, subject="Báo cáo tuần", text=t,
         style="zimbra",
         reports=[R("khun_ha", WP, period="2021-05-20", items=5, minutes=(30, "30 phút"),
                    broadcasts=15, listeners=(1000, "1.000"))])

    t = ("Kính gửi Phòng VH-TT\nXã Hồ Thầu báo cáo tuyên truyền tuần:\n"
         + lines4("7", "42 phút", "21", "1.550") + "\n\nChảo Láo Tả")
    d = D("2021-05-22 09:30", "+0000")
    assert rule_period(d) == "2021-05-27" and rule_period(D("2021-05-22 09:30")) == "2021-05-20"
    send(f, "t07_hothau_utc_date_header", "Date header in UTC (Sat 09:30 +0000 = 16:30 in Vietnam, past the grace): the next week",
         sender=E["ho_thau"], name_="Chảo Láo Tả", date=d, subject="Báo cáo tuần", text=t,
         style="zimbra",
         reports=[R("ho_thau", WP, period="2021-05-27", items=7, minutes=(42, "42 phút"),
                    broadcasts=21, listeners=(1550, "1.550"))])

    t = ("Kính gửi Phòng Văn hóa và Thông tin huyện\n\nXã Sơn Bình báo cáo kết quả tuyên truyền tuần 4 tháng 5 như sau:\n"
         + lines4("6", "35 phút", "18", "1.350 người") + "\n\nTrân trọng!\nVàng Thị Lan")
    d = D("2021-05-31 08:00")
    assert rule_period(d) == "2021-06-03" and nth_thursday(2021, 5, 4) == "2021-05-27"
    send(f, "t08_sonbinh_monday_week_of_month", "Monday mail naming 'tuần 4 tháng 5' (ending Thu 27 May)",
         sender=E["son_binh"], name_="Vàng Thị Lan", date=d, subject="Báo cáo tuần 4 tháng 5",
         text=t, style="zimbra",
         reports=[R("son_binh", WP, period="2021-05-27", written=True, items=6,
                    minutes=(35, "35 phút"), broadcasts=18, listeners=(1350, "1.350 người"))])

    t = """Kính gửi: Phòng Văn hóa và Thông tin huyện

Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền tuần từ ngày 11 tháng 6 đến ngày 17 tháng 6 năm 2021:
- Số tin, bài, phóng sự: 25
- Tổng thời lượng: 3 giờ 45 phút
- Số lượt phát sóng: 75
- Ước số người nghe: 21.000 người

Trân trọng./."""
    d = D("2021-06-22 14:00")
    assert rule_period(d) == "2021-06-24"
    send(f, "t09_dai_range_in_words", "Tuesday mail; range written 'từ ngày 11 tháng 6 đến ngày 17 tháng 6 năm 2021'",
         sender=E["dai_th_th"], name_="Đài TT-TH Tam Đường", date=d,
         subject="Báo cáo kết quả tuyên truyền tuần", text=t, style="outlook",
         reports=[R("dai_th_th", WP, period="2021-06-17", written=True, items=25,
                    minutes=(225, "3 giờ 45 phút"), broadcasts=75, listeners=(21000, "21.000 người"))])

    t = ("Kính gửi Phòng VH-TT\nXã Bình Lư báo cáo kết quả tuyên truyền từ ngày 01/6 đến ngày 07/6/2021:\n"
         + lines4("8", "46 phút", "24", "2.200 người") + "\n\nLường Văn Hùng")
    d = D("2021-06-08 09:40")
    send(f, "t10_binhlu_range_not_a_reporting_week", "range Tuesday 01/6 to Monday 07/6 is not a Friday-Thursday week: held, period unknown",
         sender=E["binh_lu"], name_="Lường Văn Hùng", date=d, subject="Báo cáo tuần", text=t,
         style="outlook",
         reports=[R("binh_lu", WP, period=NULL, status="needs_review", items=8,
                    minutes=(46, "46 phút"), broadcasts=24, listeners=(2200, "2.200 người"))])

    t = ("Kính gửi Phòng VH-TT\nXã Bản Giang báo cáo kết quả tuyên truyền tuần 3 tháng 6/2021:\n"
         + lines4("6", "32 phút", "18", "1.200 người") + "\n\nĐèo Thị Hương")
    d = D("2021-06-16 10:10")
    send(f, "t11_bangiang_subject_and_body_weeks_differ", "subject says 'tuần 2 tháng 6', body says 'tuần 3 tháng 6/2021': held, period unknown",
         sender=E["ban_giang"], name_="Đèo Thị Hương", date=d,
         subject="Báo cáo tuyên truyền tuần 2 tháng 6", text=t, style="zimbra",
         reports=[R("ban_giang", WP, period=NULL, status="needs_review", items=6,
                    minutes=(32, "32 phút"), broadcasts=18, listeners=(1200, "1.200 người"))])

    t = ("Kính gửi Phòng VH-TT\nXã Bản Bo báo cáo tuần:\n" + lines4("8", "48 phút", "24", "2.000")
         + "\n\nLò Văn Thắng")
    d = D("2021-07-15 17:20")
    send(f, "t12_banbo_thursday_after_deadline", "Thursday 17:20, just after the 16:00 deadline: still the week ending that day",
         sender=E["ban_bo"], name_="Lò Văn Thắng", date=d, subject="Báo cáo tuần", text=t,
         style="zimbra",
         reports=[R("ban_bo", WP, period="2021-07-15", items=8, minutes=(48, "48 phút"),
                    broadcasts=24, listeners=(2000, "2.000"))])

    t = ("Kính gửi Phòng Văn hóa và Thông tin huyện\nXã Nùng Nàng báo cáo kết quả tuyên truyền tuần (đến hết ngày 29/7/2021):\n"
         + lines4("7", "40 phút", "21", "1.650 người") + "\n\nSùng A Chá")
    d = D("2021-08-02 08:15")
    assert rule_period(d) == "2021-08-05"
    send(f, "t13_nungnang_week_named_by_end_date", "Monday mail for the week 'đến hết ngày 29/7/2021'",
         sender=E["nung_nang"], name_="Sùng A Chá", date=d, subject="Báo cáo tuần (bổ sung)",
         text=t, style="zimbra",
         reports=[R("nung_nang", WP, period="2021-07-29", written=True, items=7,
                    minutes=(40, "40 phút"), broadcasts=21, listeners=(1650, "1.650 người"))])


# ======================================================================================
# Family: not reports
# ======================================================================================
SUMMARY_TEXT = """Kính gửi: Lãnh đạo UBND huyện

Phòng Văn hóa và Thông tin tổng hợp kết quả tuyên truyền tuần (từ ngày 11/6 đến ngày 17/6/2021) của các xã, thị trấn như sau:
1. Thị trấn Tam Đường: 10 tin, bài; 70 phút; 30 lượt phát sóng; 4.000 người nghe
2. Xã Bản Bo: 8 tin, bài; 50 phút; 24 lượt phát sóng; 2.000 người nghe
3. Xã Bình Lư: 8 tin, bài; 46 phút; 24 lượt phát sóng; 2.200 người nghe
4. Xã Hồ Thầu: 6 tin, bài; 40 phút; 18 lượt phát sóng; 1.500 người nghe
5. Đài TT-TH huyện: 25 tin, bài; 225 phút; 75 lượt phát sóng; 21.000 người nghe
Các xã Thèn Sin, Khun Há chưa gửi báo cáo.

Trân trọng!
Nguyễn Quang Sáng - Phòng Văn hóa và Thông tin huyện Tam Đường"""

REMINDER_TEXT = """Kính gửi UBND các xã, thị trấn và Đài Truyền thanh - Truyền hình huyện,

Phòng Văn hóa và Thông tin huyện đề nghị các đơn vị gửi báo cáo nhanh kết quả tuyên truyền tuần (số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) về địa chỉ sangnq.tamduong@laichau.gov.vn trước 16h00 thứ Năm hằng tuần.

Trân trọng!
Nguyễn Quang Sáng
Phòng Văn hóa và Thông tin huyện Tam Đường
ĐT: 0213.3875.456"""

SEED_001 = """Số: /VHTT
Tam Đường, ngày tháng 02 năm 2021
V/v tăng cường công tác tuyên truyền dịp tết Nguyên đán Tân Sửu 2021

Kính gửi:
- Các cơ quan, ban, ngành, đoàn thể huyện;
- UBND các xã, thị trấn.

Căn cứ Thông báo số 62/TB-UBND ngày 01/02/2021 của UBND huyện Tam Đường về kết luận của đồng chí Sùng Lữ Páo - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh Covid-19 huyện tại cuộc họp ngày 31/01/2021 về công tác phòng chống dịch bệnh Covid -19;

Căn cứ Công văn số 122/STTTT-BCVTCNTT ngày 29/01/2021 của Sở Thông tin và Truyền thông tỉnh Lai Châu về việc thúc đẩy cài đặt và sử dụng ứng dụng Bluezone.

Phòng Văn hóa và Thông tin huyện đề nghị các cơ quan, ban, ngành, đoàn thể huyện, UBND các xã, thị trấn quan tâm chỉ đạo thực hiện tốt một số nội dung sau:

1. Đề nghị lãnh đạo các cơ quan nhà nước trên địa bàn huyện yêu cầu cán bộ, công chức, viên chức, nhân viên và người lao động cài đặt ứng dụng Bluezone. UBND các xã, thị trấn triển khai tuyên truyền, hướng dẫn đến người dân trên địa bàn thông qua hệ thống truyền thanh cơ sở và định kỳ nhắc lại.

2. Đề nghị Đài Truyền thanh - Truyền hình huyện, UBND các xã, thị trấn xây dựng các tin, bài, phóng sự phát trên hệ thống phát thanh, truyền hình, Trạm truyền thanh cơ sở, Trang thông tin điện tử huyện.

3. Đài Truyền thanh - Truyền hình huyện, UBND các xã, thị trấn báo cáo nhanh, tóm tắt kết quả tuyên truyền (Trong đó nêu rõ số lượng tin, bài; độ dài tin, bài; số lượng phát sóng; ước số lượng người nghe) về Phòng Văn hóa và Thông tin huyện qua địa chỉ email: Sangnq.tamduong@laichau.gov.vn trước ngày 16h 00' ngày thứ năm hàng tuần trong tháng 02/2021 để Phòng báo cáo kết quả về Sở Thông tin và Truyền thông, UBND huyện.

Nơi nhận:
- Như trên;
- Chủ tịch, các PCT.UBND huyện;
- Lưu: VT.

TRƯỞNG PHÒNG
Đỗ Trọng Thi"""

SEED_000_PARAS = [
    "Căn cứ Thông báo số 897/TB-UBND ngày 05/8/2021 của UBND huyện Tam Đường về Kết luận của đồng chí Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo phòng chống dịch bệnh Covid-19 huyện tại cuộc họp giao ban Ban Chỉ đạo huyện ngày 04/8/2021.",
    "1. Đẩy mạnh tuyên truyền đến từng cán bộ, công chức, viên chức, các lực lượng vũ trang và quần chúng Nhân dân biết và truy cập trang Fanpage UBND tỉnh Lai Châu. Tăng cường tương tác với trang để cập nhật kịp thời các thông tin chính thống về tình hình dịch bệnh covid-19.",
    "2. Tuyên truyền đến cán bộ, công chức, viên chức và Nhân dân trên địa bàn thường xuyên truy cập vào trang thông tin của UBND tỉnh Lai Châu trên Zalo.",
    "3. Đề nghị Đài Truyền thanh - Truyền hình huyện, UBND các xã, thị trấn chỉ đạo Ban biên tập Trạm truyền thanh cơ sở xây dựng các tin, bài, clip ngắn, phóng sự tuyên truyền ngắn gọn, dễ hiểu về phòng chống dịch bệnh; báo cáo số nhóm mạng xã hội, số thành viên, số tin bài đăng tải, số lượt cài đặt Bluezone và số vụ tin giả, tin sai sự thật hằng tuần.",
    "4. UBND các xã, thị trấn cử cán bộ, công chức tuyên truyền, hướng dẫn đến từng bản về việc truy cập trang Fanpage facebook, trang zalo của UBND tỉnh Lai Châu.",
]


def nr(name, note, **kw):
    kw.setdefault("reports", [])
    send("nonreports", name, note, **kw)


def fam_nonreports():
    f = "nonreports"

    nr("n01_banbo_zimbra_vacation", "Zimbra out-of-office reply (Auto-Submitted: auto-replied) with dates and a phone number",
       sender=E["ban_bo"], name_="Lò Văn Thắng", date=D("2021-03-10 15:00:05"),
       subject="Re: Nhắc gửi báo cáo kết quả tuyên truyền tuần",
       text="Tôi đang đi công tác từ ngày 08/3 đến hết ngày 12/3/2021, sẽ trả lời thư khi trở về.\nViệc gấp xin liên hệ số 0912.456.789.\nLò Văn Thắng",
       style="zimbra", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])

    nr("n02_dai_outlook_automatic_reply", "Exchange/Outlook 'Automatic reply' in English and Vietnamese",
       sender=E["dai_th_th"], name_="Trần Quốc Tuấn", date=D("2021-03-18 10:02:11"),
       subject="Automatic reply: Tổng hợp kết quả tuyên truyền tuần",
       text="I am out of the office until 22/03/2021 with limited access to email.\nTôi đang nghỉ phép đến hết ngày 22/3/2021, việc gấp xin liên hệ 0983 112 456.",
       style="outlook_en",
       extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "daitruyenthanh.tamduong@laichau.gov.vn")])

    nr("n03_giangma_x_autoreply", "an old autoresponder marked only with X-Autoreply: yes",
       sender=E["giang_ma"], name_="UBND xa Giang Ma", date=D("2021-04-07 15:01"),
       subject="Auto: Re: BC tuan",
       text="Thư của anh/chị đã được nhận. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.\nUBND xã Giang Ma",
       style="plain", extra=[("X-Autoreply", "yes")])

    nr("n04_gmail_vacation_responder", "Gmail vacation responder of a personal address (Auto-Submitted: auto-replied)",
       sender="lothihoa.vhxh@gmail.com", name_="Lò Thị Hoa", date=D("2021-09-01 08:00:40"),
       subject="Em đang nghỉ chế độ",
       text="Em đang nghỉ chế độ thai sản đến hết tháng 10/2021. Mọi công việc xin liên hệ đồng chí Hùng, SĐT 0977 123 456.\nEm cảm ơn!",
       style="gmail", extra=[("Auto-Submitted", "auto-replied")])

    nr("n05_nungnang_precedence_auto_reply", "autoresponder (Precedence: auto_reply) quoting the office's reminder that names the fields",
       sender=E["nung_nang"], name_="UBND xã Nùng Nàng", date=D("2021-06-02 15:00:30"),
       subject="Re: Nhắc gửi báo cáo kết quả tuyên truyền tuần",
       text="Cảm ơn anh/chị đã gửi thư. Cán bộ phụ trách đang đi cơ sở, sẽ trả lời sau.\n\n> " + REMINDER_TEXT.replace("\n", "\n> "),
       style="plain", extra=[("Precedence", "auto_reply"), ("X-Autorespond", "UBND xa Nung Nang")])

    nr("n06_vanhoa_autoreply_quoting_summary", "an auto-reply from the district's mailbox quoting the office's summary with every unit's figures",
       sender="vanhoa.tamduong@laichau.gov.vn", name_="Lãnh đạo UBND huyện", date=D("2021-06-17 16:31:02"),
       subject="Re: Tổng hợp kết quả tuyên truyền tuần",
       text="Đồng chí đang đi công tác, thư sẽ được xử lý sau.\n\n----- Original Message -----\nFrom: sangnq.tamduong@laichau.gov.vn\nSent: Thursday, June 17, 2021 4:30:00 PM\nSubject: Tổng hợp kết quả tuyên truyền tuần\n\n" + SUMMARY_TEXT,
       style="zimbra", extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

    # delivery reports
    def bounce(name, note, date, failed_rcpt, original: bytes, headers_only=False, delayed=False):
        text = ("This is the mail system at host mail.laichau.gov.vn.\n\n"
                + ("Your message could not be delivered yet. It will be retried until it is 5 days old.\n\n"
                   if delayed else
                   "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n")
                + f"                   The mail system\n\n<{failed_rcpt}>: host mx.laichau.gov.vn[10.12.3.5] said: 550 5.1.1\n    <{failed_rcpt}>: Recipient address rejected: User unknown in virtual mailbox table\n")
        dsn = RAWPART("message/delivery-status", b"", headers=[("Content-Description", "Delivery report")],
                      blocks=[[("Reporting-MTA", "dns; mail.laichau.gov.vn"),
                               ("X-Postfix-Queue-ID", "4FqK2b3Xz9z1"),
                               ("Arrival-Date", format_datetime(date - dt.timedelta(seconds=40)))],
                              [("Final-Recipient", f"rfc822; {failed_rcpt}"),
                               ("Original-Recipient", f"rfc822;{failed_rcpt}"),
                               ("Action", "delayed" if delayed else "failed"),
                               ("Status", "4.4.1" if delayed else "5.1.1"),
                               ("Diagnostic-Code", "smtp; 550 5.1.1 Recipient address rejected")]])
        orig_text = original.decode("ascii")
        if headers_only:
            orig_text = orig_text.split("\r\n\r\n", 1)[0] + "\r\n"
            op = RAWPART("text/rfc822-headers", orig_text.encode(), headers=[("Content-Description", "Undelivered Message Headers")])
        else:
            op = RAWPART("message/rfc822", orig_text.encode(), headers=[("Content-Description", "Undelivered Message")])
        body = Multi("report", T(text, charset="us-ascii", cte="7bit", quote_charset=False,
                                 headers=[("Content-Description", "Notification")]), dsn, op,
                     params=[("report-type", "delivery-status")],
                     preamble="This is a MIME-encapsulated message.")
        eml = mail(frm="MAILER-DAEMON@mail.laichau.gov.vn (Mail Delivery System)", to=OFFICE, date=date,
                   subject="Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender",
                   body=body, style="plain", seed=f"{f}/{name}",
                   extra=[("Auto-Submitted", "auto-replied")])
        add(f, name, "ordinary", note, eml, [], [text], date)

    reminder = mail(frm=frm("zimbra", OFFICE_NAME, OFFICE), to="xahothau.tamduong@laichau.gov.vn",
                    date=D("2021-06-02 15:00"), subject=subj("zimbra", "Nhắc gửi báo cáo kết quả tuyên truyền tuần"),
                    body=body_for("zimbra", REMINDER_TEXT), style="zimbra", seed="orig/reminder")
    bounce("n07_bounce_reminder_headers_only", "delivery failure (multipart/report) for the office's reminder, original headers only",
           D("2021-06-02 15:00:42"), "xahothau.tamduong@laichau.gov.vn", reminder, headers_only=True)

    summary = mail(frm=frm("zimbra", OFFICE_NAME, OFFICE), to="lanhdao.tamduong@laichau.gov.vn",
                   date=D("2021-06-17 16:30"), subject=subj("zimbra", "Tổng hợp kết quả tuyên truyền tuần"),
                   body=body_for("zimbra", SUMMARY_TEXT), style="zimbra", seed="orig/summary")
    bounce("n08_bounce_returning_office_summary", "delivery failure carrying the office's own weekly summary (every unit's figures) as message/rfc822",
           D("2021-06-17 16:30:35"), "lanhdao.tamduong@laichau.gov.vn", summary)

    fwd_text = ("Kính gửi Sở Thông tin và Truyền thông,\nPhòng gửi báo cáo của xã Bản Bo để tổng hợp.\n\n"
                "----- Forwarded Message -----\nFrom: \"Lò Văn Thắng\" <banbo.tamduong@laichau.gov.vn>\n"
                "Sent: Thursday, July 15, 2021 5:20:00 PM\nSubject: Báo cáo tuần\n\n"
                "Xã Bản Bo báo cáo tuần:\n- Số tin, bài: 8\n- Độ dài: 48 phút\n- Số lần phát sóng: 24\n- Ước số người nghe: 2.000\n")
    fwd = mail(frm=frm("zimbra", OFFICE_NAME, OFFICE), to="stttt.laichau@laichau.gov.vn",
               date=D("2021-07-16 08:00"), subject=subj("zimbra", "Fwd: Báo cáo tuần"),
               body=body_for("zimbra", fwd_text), style="zimbra", seed="orig/fwd")
    bounce("n09_bounce_carrying_commune_report", "delivery failure carrying a commune's report the office had forwarded on",
           D("2021-07-16 08:00:31"), "stttt.laichau@laichau.gov.vn", fwd)

    bounce("n10_delay_notification", "delivery delay notification (Action: delayed) for the office's summary",
           D("2021-06-17 20:31:00"), "lanhdao.tamduong@laichau.gov.vn", summary, headers_only=True, delayed=True)

    html = ("<html><body><h2>BẢN TIN THÔNG TIN CƠ SỞ SỐ 23/2021</h2>"
            "<p>Trong tuần qua, hệ thống truyền thanh cơ sở trên cả nước đã phát hơn 12.000 tin, bài về phòng, chống dịch Covid-19, "
            "với tổng thời lượng trên 3.000 giờ; ước tính 20 triệu lượt người nghe.</p>"
            "<p>Tại Lai Châu, 96 xã, phường, thị trấn duy trì 2 buổi phát sóng mỗi ngày.</p>"
            "<p><a href=\"https://ttcs.gov.vn/huy-dang-ky\">Hủy đăng ký nhận bản tin</a></p></body></html>")
    text = ("BẢN TIN THÔNG TIN CƠ SỞ SỐ 23/2021\n\nTrong tuần qua, hệ thống truyền thanh cơ sở trên cả nước đã phát hơn 12.000 tin, bài về phòng, chống dịch Covid-19, "
            "với tổng thời lượng trên 3.000 giờ; ước tính 20 triệu lượt người nghe.\n\nTại Lai Châu, 96 xã, phường, thị trấn duy trì 2 buổi phát sóng mỗi ngày.\n\n"
            "Hủy đăng ký nhận bản tin: https://ttcs.gov.vn/huy-dang-ky")
    nr("n11_newsletter_list_id", "a newsletter (List-Id, List-Unsubscribe, Precedence: bulk) full of broadcast statistics",
       sender="bantin@ttcs.gov.vn", name_="Bản tin Thông tin cơ sở", date=D("2021-06-11 07:00"),
       subject="Bản tin Thông tin cơ sở số 23/2021", text=text, html=html, style="gmail",
       extra=[("List-Id", "Ban tin Thong tin co so <bantin.ttcs.gov.vn>"),
              ("List-Unsubscribe", "<https://ttcs.gov.vn/huy-dang-ky>, <mailto:unsubscribe@ttcs.gov.vn>"),
              ("Precedence", "bulk")])

    nr("n12_google_group_discussion", "a Google Groups list message (List-Id, Precedence: list) about the template, no figures",
       sender="tanaphu88@gmail.com", name_="Tẩn A Phủ", date=D("2021-07-06 20:15"),
       subject="[vhxh-tamduong] Mẫu báo cáo tuần có thay đổi không?",
       text="Các anh chị cho em hỏi mẫu báo cáo tuần tháng 7 có thêm mục Bluezone không ạ?\n\n--\nBạn nhận được thư này vì bạn đã đăng ký vào nhóm \"vhxh-tamduong\" của Google Groups.",
       style="gmail",
       extra=[("List-Id", "<vhxh-tamduong.googlegroups.com>"), ("Mailing-list", "list vhxh-tamduong@googlegroups.com; contact vhxh-tamduong+owners@googlegroups.com"),
              ("Precedence", "list"), ("List-Post", "<https://groups.google.com/group/vhxh-tamduong/post>, <mailto:vhxh-tamduong@googlegroups.com>")])

    nr("n13_spam_phishing_quota", "phishing mail about the mailbox quota",
       sender="admin@laichau-gov-vn.com", name_="Quản trị hệ thống thư điện tử", date=D("2021-05-04 03:12"),
       subject="THÔNG BÁO: Hộp thư của bạn đã đạt 98% dung lượng",
       text="Hộp thư sangnq.tamduong@laichau.gov.vn đã sử dụng 4.900 MB / 5.000 MB.\nVui lòng xác nhận tài khoản trong 24 giờ để tránh bị khóa: http://laichau-gov-vn.com/xac-nhan\n\nBan quản trị",
       style="plain")

    nr("n14_spam_loan_minutes", "loan spam whose figures look like a report ('30 phút', '50 triệu')",
       sender="tuvan.vaytieudung@vnvay24h.top", name_="Vay nhanh 24h", date=D("2021-07-20 11:11"),
       subject="Vay tín chấp đến 50 triệu, giải ngân trong 30 phút",
       text="Kính gửi Quý khách,\nVay tín chấp đến 50 triệu, lãi suất chỉ 0,8%/tháng, giải ngân trong 30 phút, hơn 12.000 khách hàng đã tin dùng.\nGọi ngay 1900 6868.",
       style="plain")

    rows = [["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN (từ 11/6 đến 17/6/2021)"], [],
            ["STT", "Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"],
            [1, "Thị trấn Tam Đường", 10, 70, 30, 4000], [2, "Xã Bản Bo", 8, 50, 24, 2000],
            [3, "Xã Bình Lư", 8, 46, 24, 2200], [4, "Xã Hồ Thầu", 6, 40, 18, 1500],
            [5, "Đài TT-TH huyện", 25, 225, 75, 21000]]
    x = xlsx_from_rows([("Tong hop", rows)], D("2021-06-17 16:30"))
    nr("n15_office_summary_copy", "the office's own weekly summary (From the office, Cc to itself) with an xlsx of every unit",
       sender=OFFICE, name_=OFFICE_NAME, date=D("2021-06-17 16:30"),
       subject="Tổng hợp kết quả tuyên truyền tuần", text=SUMMARY_TEXT, style="zimbra",
       to="vanhoa.tamduong@laichau.gov.vn", cc=OFFICE,
       attachments=[ATT(x, XLSX, "Tong hop tuan 17-6-2021.xlsx")])

    nr("n16_office_reminder_copy", "the office's own reminder coming back to its mailbox",
       sender=OFFICE, name_=OFFICE_NAME, date=D("2021-06-02 15:00"),
       subject="Nhắc gửi báo cáo kết quả tuyên truyền tuần", text=REMINDER_TEXT, style="zimbra",
       to=OFFICE)

    nr("n17_question_template", "a question without figures: which template to use this week",
       sender="giangasu.taleng@gmail.com", name_="Giàng A Sử", date=D("2021-03-02 09:10"),
       subject="hoi mau bao cao", text="Dạ anh ơi, cho em hỏi mẫu báo cáo tuần này ạ? Em tìm không thấy file anh gửi hôm trước.\nEm Sử - xã Tả Lèng",
       style="gmail")

    nr("n18_sonbinh_question_holiday", "a question about the 30/4 - 1/5 holiday week, dates but no figures",
       sender=E["son_binh"], name_="Vàng Thị Lan", date=D("2021-04-28 10:00"),
       subject="Hỏi về báo cáo tuần nghỉ lễ",
       text="Kính gửi Phòng VH-TT\nTuần này nghỉ lễ 30/4 - 1/5 thì xã em có phải gửi báo cáo tuần không ạ? Nếu có thì gửi trước ngày 29/4 đúng không ạ?\nEm cảm ơn.\nVàng Thị Lan",
       style="zimbra")

    nr("n19_thensin_forwards_request_letter", "the district's request letter forwarded back with a question: names every field, no figure",
       sender=E["then_sin"], name_="Tao Văn Dũng", date=D("2021-02-03 08:30"),
       subject="Fwd: V/v tăng cường công tác tuyên truyền dịp tết Nguyên đán Tân Sửu 2021",
       text="Anh ơi công văn này các xã báo cáo theo mẫu nào ạ?\n\n----- Forwarded Message -----\nFrom: \"Phòng VH-TT Tam Đường\" <sangnq.tamduong@laichau.gov.vn>\nSent: Tuesday, February 2, 2021 4:10:00 PM\nSubject: V/v tăng cường công tác tuyên truyền dịp tết Nguyên đán Tân Sửu 2021\n\n" + SEED_001,
       style="zimbra")

    x = docx_official(when=D("2021-08-06 08:00"), body_lines=[("UBND HUYỆN TAM ĐƯỜNG", False), ("PHÒNG VĂN HÓA VÀ THÔNG TIN", True)],
                      number="Số: 215/VHTT-TT&TT", place_date="Tam Đường, ngày 06 tháng 8 năm 2021",
                      kind="CÔNG VĂN", summary="V/v tăng cường công tác vận động, tuyên truyền các thông tin chính thống về phòng chống dịch Covid-19 trên mạng xã hội",
                      paras=SEED_000_PARAS, sign_lines=["TRƯỞNG PHÒNG"], signer="Đỗ Trọng Thi",
                      kinh_gui="UBND các xã, thị trấn",
                      closing="Trên đây là Công văn của Phòng Văn hóa và Thông tin huyện đề nghị UBND các xã, thị trấn triển khai thực hiện./.",
                      recipients=("Như trên", "Sở Thông tin và Truyền thông (B/c)", "Lưu: VT"))
    nr("n20_khunha_returns_request_docx", "the office's request letter (docx) sent back by a commune asking for a signed copy",
       sender=E["khun_ha"], name_="Tẩn A Phủ", date=D("2021-08-09 09:00"),
       subject="Gửi lại công văn 215/VHTT-TT&TT",
       text="Dạ em gửi lại anh công văn ạ, bản anh gửi hôm trước bên em mở bị lỗi, anh gửi giúp em bản có chữ ký ạ.",
       style="zimbra", attachments=[ATT(x, DOCX, "215 VHTT mang xa hoi.docx")])

    nr("n21_thank_you_quoting_reminder", "a thank-you reply quoting the reminder",
       sender=E["ta_leng"], name_="Giàng A Sử", date=D("2021-06-02 15:20"),
       subject="Re: Nhắc gửi báo cáo kết quả tuyên truyền tuần",
       text="Dạ em cảm ơn anh ạ, em đã nhận được thông báo.\n\n----- Original Message -----\nFrom: \"Nguyễn Quang Sáng\" <sangnq.tamduong@laichau.gov.vn>\nSent: Wednesday, June 2, 2021 3:00:00 PM\nSubject: Nhắc gửi báo cáo kết quả tuyên truyền tuần\n\n" + quote_gt(REMINDER_TEXT),
       style="zimbra")

    ack = """Phòng Văn hóa và Thông tin đã nhận báo cáo của Xã Bản Giang, tuần kết thúc ngày 22/04/2021:
- Số tin, bài: 5
- Độ dài, thời lượng (phút): 60
- Số lần phát sóng: 15
- Ước số người nghe: 5.000
Nếu có sai sót, đề nghị trả lời thư này kèm số liệu đúng."""
    nr("n22_bangiang_confirms_acknowledgment", "'số liệu đúng rồi ạ' in reply to the office's acknowledgment, whose figures are quoted",
       sender=E["ban_giang"], name_="Đèo Thị Hương", date=D("2021-04-22 09:10"),
       subject="Re: Đã nhận báo cáo tuyên truyền tuần", text="Dạ số liệu đúng rồi ạ, em cảm ơn anh.\n\n" + outlook_reply("", [
           ("Từ:", "Phòng Văn hóa và Thông tin <sangnq.tamduong@laichau.gov.vn>"),
           ("Đã gửi:", "Thứ Năm, ngày 22 tháng 4 năm 2021 8:06 SA"),
           ("Đến:", "bangiang.tamduong@laichau.gov.vn"), ("Chủ đề:", "Đã nhận báo cáo tuyên truyền tuần")], ack)[0].strip(),
       style="outlook")

    nr("n23_hothau_promise_friday", "a promise to send the report on Friday morning",
       sender=E["ho_thau"], name_="Chảo Láo Tả", date=D("2021-09-09 15:30"),
       subject="Báo cáo tuần xin gửi muộn",
       text="Kính gửi Phòng VH-TT\nDạ tuần này đường truyền internet của xã bị mất, em xin gửi báo cáo vào sáng thứ Sáu (10/9) ạ.\nEm cảm ơn!\nChảo Láo Tả - 0912.345.678",
       style="thunderbird")

    nr("n24_natam_promise_afternoon", "personal Gmail: figures still being collected, will send at 15h",
       sender="hoangmai.natam@gmail.com", name_="Hoàng Thị Mai", date=D("2021-09-30 09:05"),
       subject="bc tuan Na Tam", text="Dạ anh ơi số liệu tuần này xã Nà Tăm em đang tổng hợp từ 9 bản, chiều nay 15h em gửi ạ.",
       style="gmail")

    mdn_text = ("Thư bạn gửi\n\n   Tới: sonbinh.tamduong@laichau.gov.vn\n   Chủ đề: Nhắc gửi báo cáo kết quả tuyên truyền tuần\n   Đã gửi: 02/06/2021 15:00\n\nđã được đọc lúc 02/06/2021 16:12.")
    mdn = RAWPART("message/disposition-notification",
                  ("Reporting-UA: sonbinh; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;sonbinh.tamduong@laichau.gov.vn\r\n"
                   "Original-Message-ID: <1739210422.20551.1622620800000.JavaMail.zimbra@laichau.gov.vn>\r\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\r\n").encode())
    body = Multi("report", T(mdn_text, cte="base64", quote_charset=True), mdn,
                 params=[("report-type", "disposition-notification")])
    date = D("2021-06-02 16:12")
    eml = mail(frm=frm("outlook", "Vàng Thị Lan", E["son_binh"]), to=OFFICE, date=date,
               subject=subj("outlook", "Đã đọc: Nhắc gửi báo cáo kết quả tuyên truyền tuần"), body=body,
               style="outlook", seed=f"{f}/n25")
    add(f, "n25_sonbinh_read_receipt", "ordinary", "a read receipt (multipart/report; disposition-notification)", eml, [], [mdn_text], date)

    p1 = scan_image(["Tuyên truyền lưu động", "bản Tả Lèng"], "n26a", rotate=0, size=(800, 600), quality=70)
    p2 = scan_image(["Họp bản triển khai", "cài đặt Bluezone"], "n26b", rotate=0, size=(800, 600), quality=70)
    nr("n26_taleng_activity_photos", "photos of activities with a one-line note, no figures",
       sender=E["ta_leng"], name_="Giàng A Sử", date=D("2021-07-09 10:00"),
       subject="Ảnh hoạt động tuyên truyền", text="Em gửi anh ảnh hoạt động tuyên truyền lưu động tuần này ạ.",
       style="zimbra", attachments=[ATT(p1, JPG, "IMG_0412.jpg"), ATT(p2, JPG, "IMG_0415.jpg")])

    nr("n27_province_bluezone_statistics", "the province's statistics mail (not a unit): Bluezone rates and counts per district",
       sender="stttt@laichau.gov.vn", name_="Sở Thông tin và Truyền thông Lai Châu", date=D("2021-08-10 14:00"),
       subject="Tình hình cài đặt Bluezone trên địa bàn tỉnh",
       text="Kính gửi Phòng Văn hóa và Thông tin các huyện, thành phố,\n\nĐến ngày 09/8/2021 toàn tỉnh có 98.500 lượt cài đặt Bluezone, đạt 21,3% dân số. Huyện Tam Đường: 12.450 lượt, đạt 32,5%; huyện Tân Uyên: 10.200 lượt, đạt 17,8%.\nĐề nghị các huyện tiếp tục đôn đốc.\n\nSở Thông tin và Truyền thông",
       style="outlook")

    ics = ("BEGIN:VCALENDAR\r\nPRODID:-//Zimbra//Zimbra 8.8//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
           "UID:5f0a3c1e-2021-0820-tamduong\r\nSUMMARY:Họp giao ban công tác thông tin cơ sở\r\n"
           "DTSTART;TZID=\"Asia/Ho_Chi_Minh\":20210820T140000\r\nDTEND;TZID=\"Asia/Ho_Chi_Minh\":20210820T163000\r\n"
           "LOCATION:Phòng họp số 2 UBND huyện\r\nORGANIZER:mailto:vanphong.tamduong@laichau.gov.vn\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    text = ("GIẤY MỜI\nHọp giao ban công tác thông tin cơ sở 6 tháng đầu năm.\nThời gian: 14h00 ngày 20/8/2021 (thứ Sáu).\n"
            "Địa điểm: Phòng họp số 2 UBND huyện.\nThành phần: công chức văn hóa - xã hội 13 xã, thị trấn.")
    body = Multi("alternative", T(text, charset="utf-8", quote_charset=False),
                 T(ics, "calendar", charset="utf-8", quote_charset=False, params=[("method", "REQUEST")]))
    nr("n28_meeting_invitation", "a meeting invitation (text/calendar) from the district office",
       sender="vanphong.tamduong@laichau.gov.vn", name_="Văn phòng HĐND-UBND huyện", date=D("2021-08-16 08:00"),
       subject="Giấy mời họp giao ban công tác thông tin cơ sở", text=text, body=body, style="zimbra",
       texts_extra=[ics])

def main():
    check_directory()
    for fam in FAMILY_BUILDERS:
        fam()
    write_all()
    write_readme()


FAMILY_BUILDERS = [fam_labelled, fam_prose, fam_replies, fam_html, fam_attachments, fam_legacy, fam_social, fam_period, fam_nonreports]


JUDGEMENT_CALLS = [
    ("labelled/l09_dai_listeners_beyond_bound", "'1,2 triệu lượt' listeners is read as 1,200,000, above the form's bound of 1,000,000, so the report is held; the figure is still listed in values because it is written unambiguously."),
    ("labelled/l21_giangma_ambiguous_1dot5", "'1.5 giờ' (dot, not comma) is treated as ambiguous (90 minutes or 15 hours?) and held, as the corpus README prescribes for an ambiguous '1.5'; '1,5 giờ' (l12) is accepted as 90."),
    ("labelled/l08, l03, prose/p01, p14 ...", "approximate listener figures ('khoảng 3.500', '~1.400', 'hơn 2.000') are accepted as written: listeners is an estimate by nature. 'trên 10 tin bài' (p15) is a bound for a count field and holds the report."),
    ("labelled/l16_khunha_text_table", "a header line and a value line drawn with '|' in plain text is accepted: a person reads it without doubt."),
    ("prose/p03, social/s08", "'2 nghìn 5' = 2,500 and '2 nghìn 1' = 2,100 (colloquial), accepted."),
    ("prose/p06_taleng_comparison_with_last_week", "'số tin bài là 8, tăng 2 tin so với tuần trước': the 2 is a difference, the figure is 8; accepted."),
    ("prose/p07_banbo_per_day_and_total", "'phát 2 buổi/ngày ... tổng cộng 14 lượt trong tuần': the weekly total is written, so accepted with 14."),
    ("prose/p10_dai_prose", "the district station gives listeners as '30.000 lượt người nghe, xem' (listens, not persons); the form's own aliases include 'lượt người nghe', so it is accepted as listeners."),
    ("prose/p12_banhon_sends_for_khunha", "a directory address (Bản Hon) sending Khun Há's figures: held; the unit is recorded as khun_ha because the message says whose figures they are."),
    ("replies/r12_thensin_same_as_last_week", "'số liệu tuần này giống tuần trước' with last week's report quoted: held (figures only by reference); values list the quoted figures a clerk would copy after checking."),
    ("replies/r14_khunha_listeners_only_in_quote", "a reply lacking listeners whose quoted previous report has listeners: held, listeners not taken from the quote."),
    ("html/h09_taleng_table_empty_cell", "an empty listeners cell is a missing required figure: held with the three figures given."),
    ("attachments/a05_cluster_xlsx_three_units", "an outside Gmail address sending one sheet with three communes and a 'Cộng' row: three accepted reports, one per commune, the total row is not a unit."),
    ("attachments/a03, social/s03", "sheets with topic/village rows and a total row: the total row is the unit's report."),
    ("attachments/a19_giangma_body_and_xlsx_disagree", "body and attachment disagree on items (8 vs 9): held; values keep only the figures on which both agree."),
    ("attachments/a12, a13, a14", "scan, phone photo and blank template: held with empty values; unit from the sender/body, period from the Date."),
    ("social/s02, s09", "'không phát hiện trường hợp tin giả nào' and 'Tin giả: không có' are read as fake_news = 0 (s02 accepted)."),
    ("social/s06, s09", "a Bluezone percentage (s06) and a range of members (s09) hold the social-media report; the other figures are kept."),
    ("period/t06_khunha_saturday_after_grace, t07", "a Saturday report after 16:00 (Vietnam time) with no week written goes to the NEXT week, as the configured rule says (48 h grace), even though the sender probably meant the week just closed."),
    ("period/t10, t11", "a range that is not a Friday-Thursday week, and a subject and body naming different weeks: held with period_end null."),
    ("legacy/g11, g12", "two weeks in one message: two accepted reports, each with its written week (hard)."),
    ("legacy/g03, g05, g06, g13", "bodies in TCVN3, VNI, windows-1258 and UTF-8 mis-declared as windows-1252 are accepted: a careful clerk can read them (with a converter); they are 'hard'."),
    ("nonreports/n06, n08, n09, n15", "mail carrying figures that are not a unit's new report (auto-reply or bounce quoting the office's summary, bounce carrying a forwarded report, the office's own summary) are non-reports."),
    ("nonreports/n22_bangiang_confirms_acknowledgment", "'Dạ số liệu đúng rồi ạ' in reply to the office's acknowledgment, which quotes the figures: not a (new) report."),
    ("nonreports/n27_province_bluezone_statistics", "statistics from the province (not a unit of the directory) are not a report."),
]


def write_readme():
    from collections import Counter
    fam_diff = Counter()
    fam_status = Counter()
    totals = Counter()
    for c in CASES:
        fam_diff[(c["family"], c["difficulty"])] += 1
        if not c["reports"]:
            fam_status[(c["family"], "non-report")] += 1
            totals["non-report cases"] += 1
        for r in c["reports"]:
            fam_status[(c["family"], r["status"])] += 1
            totals[f"{r['status']} reports"] += 1
            totals[f"{r['status']} reports ({c['difficulty']})"] += 1
            totals[f"fields of {r['status']} reports ({c['difficulty']})"] += len(r["vals"])
        if c["reports"]:
            kinds = {r["status"] for r in c["reports"]}
            totals["report cases"] += 1
            totals["report cases with a held report" if "needs_review" in kinds else "report cases, all accepted"] += 1
    lines = []
    lines.append("| family | cases | ordinary | hard | accepted reports | needs_review reports | non-report cases |")
    lines.append("|---|---|---|---|---|---|---|")
    for fam in FAMILIES:
        n = sum(1 for c in CASES if c["family"] == fam)
        lines.append(f"| {fam} | {n} | {fam_diff[(fam, 'ordinary')]} | {fam_diff[(fam, 'hard')]} | "
                     f"{fam_status[(fam, 'accepted')]} | {fam_status[(fam, 'needs_review')]} | "
                     f"{fam_status[(fam, 'non-report')]} |")
    n_all = len(CASES)
    lines.append(f"| **all** | **{n_all}** | {sum(v for (f_, d), v in fam_diff.items() if d == 'ordinary')} | "
                 f"{sum(v for (f_, d), v in fam_diff.items() if d == 'hard')} | {totals['accepted reports']} | "
                 f"{totals['needs_review reports']} | {totals['non-report cases']} |")
    table = "\n".join(lines)
    field_lines = "\n".join(f"- {k}: {totals[k]}" for k in sorted(totals) if k.startswith("fields"))
    case_rows = ["| case | difficulty | expected | what it tests |", "|---|---|---|---|"]
    for c in CASES:
        if not c["reports"]:
            exp = "not a report"
        else:
            exp = "; ".join(f"{r['unit'] or '?'} {('SM' if r['form'] == SM else 'WP')} "
                            f"{'?' if r['period'] is NULL else r['period']} {r['status']}" for r in c["reports"])
        case_rows.append(f"| {c['family']}/{c['name']} | {c['difficulty']} | {exp} | {c['note']} |")
    calls = "\n".join(f"- **{k}**: {v}" for k, v in JUDGEMENT_CALLS)
    text = f"""# holdout3: an independent test corpus

Written by a helper session started by the lead engineer, to measure how well the parser
generalises to mail it has never seen. **Do not tune the parser on these cases one by one**:
they are a holdout. If a case fails, fix the general cause (a reading of numbers, of a
layout, of an encoding), never the case; and do not move a case into the training corpus.

## What the writer read, and what not

Read: the district's request letters (`/work/shared/seeds/*.txt`), the domain notes
(`/work/shared/notes/domain.md`), `config/units.csv`, `config/forms/*.toml`,
`config/example.toml` (the `[period]` rule and the office's addresses), and only the sections
"The expected file", "How expectations are decided" and "How the harness scores" of
`tests/corpus/README.md`, plus the docstring of `bench/accuracy.py` and the overview in
`bench/README.md`.

Not read: anything under `intake/`, the rest of `tests/`, `bench/holdout/`, `bench/holdout2/`,
the internals of `bench/accuracy.py`. The parser was never run on these cases by the writer.
Expectations are what a careful clerk of the district office would record.

## Regenerating

    .venv/bin/python bench/holdout3/make_holdout3.py

The script rewrites the family folders. It is deterministic (fixed Message-IDs, boundaries,
dates and file timestamps; a seeded generator only for the speckles of the scans), so a
re-run gives byte-identical files. It needs openpyxl, python-docx, reportlab, xlwt, pillow
(`tests/corpus/requirements.txt`) and LibreOffice `soffice` (one legacy .doc), and the
DejaVu fonts for the PDF and the scans.

While generating, it checks every expectation: each expected figure must appear in the text
written into the message (in the written form given, e.g. "1 giờ 15 phút", and that form is
read back to the expected integer by an independent little reader); accepted reports carry
every field of their form within the form's bounds; every unit id is in `config/units.csv`
(the addresses used are checked against it); and every period that is not written in the
message equals the week rule applied to the Date header (Friday-Thursday weeks named by the
Thursday, deadline Thursday 16:00 Asia/Ho_Chi_Minh, 48 h grace).

## Families

{table}

`hard` is used only for legacy encodings (TCVN3, VNI, windows-1258, NFD, mojibake), the
legacy .doc, two-row headers, scans/photos and several weeks in one message; everything
else is `ordinary`.

Fields (what the harness scores):

{field_lines}

Families: `labelled` (label: figure lines in every style), `prose` (sentences), `replies`
(replies and forwards, quoted parts holding last week's figures), `html` (HTML bodies and
tables), `attachments` (xlsx, xls, csv, docx, pdf, scan, photo), `legacy` (encodings, .doc,
two-row headers, two weeks), `social` (the social-media form, and both forms in one mail),
`period` (written weeks, late mail, UTC dates), `nonreports` (auto-replies, bounces, lists,
spam, the office's own mail, questions, letters, thank-yous, promises).

## Judgement calls

{calls}

## Cases

{chr(10).join(case_rows)}
"""
    (ROOT / "README.md").write_text(text, encoding="utf-8")
    print(f"{n_all} cases")
    print(table)
    for k in sorted(totals):
        print(f"  {k}: {totals[k]}")


if __name__ == "__main__":
    main()
