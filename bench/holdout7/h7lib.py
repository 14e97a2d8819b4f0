"""Infrastructure for the holdout7 corpus: people, mail building, checks, writing.

Everything here is deterministic: no clock, no unseeded randomness, no hash().
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from email.charset import QP, Charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

VN = timezone(timedelta(hours=7))
UTC = timezone.utc
HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", ".."))

WP = "weekly_propaganda"
SM = "social_media"
FIELDS = {
    WP: ["items", "minutes", "broadcasts", "listeners"],
    SM: ["groups", "group_members", "posts", "bluezone_installs", "fake_news"],
}
BOUNDS = {}  # filled from config/forms/*.toml by load_config()
UNITS = {}   # id -> name
UNIT_EMAILS = {}


def load_config():
    import csv
    import tomllib
    with open(os.path.join(MAIN, "config", "units.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            UNITS[row["id"]] = row["name"]
            for e in row["emails"].split(";"):
                if e.strip():
                    UNIT_EMAILS[e.strip().lower()] = row["id"]
    for form in (WP, SM):
        with open(os.path.join(MAIN, "config", "forms", form + ".toml"), "rb") as f:
            spec = tomllib.load(f)
        for fl in spec["fields"]:
            BOUNDS[(form, fl["key"])] = (fl.get("min"), fl.get("max"), fl.get("required", True))


def hx(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def rng(*parts):
    return random.Random(int(hx(*parts, n=12), 16))


def D(y, m, d, hh=9, mi=0, ss=0, tz=VN):
    return datetime(y, m, d, hh, mi, ss, tzinfo=tz)


# ---------------------------------------------------------------- people

@dataclass
class Person:
    name: str
    addr: str
    client: str = "zimbra"
    title: str = ""
    phone: str = ""


OFFICE = Person("Nguyễn Quang Sáng", "sangnq.tamduong@laichau.gov.vn", "zimbra",
                "Chuyên viên Phòng Văn hóa và Thông tin huyện Tam Đường", "0915 226 418")

# Officers of the units (official addresses of config/units.csv) and their own mailboxes.
PEOPLE = {
    "ban_bo": Person("Lò Thị Hương", "banbo.tamduong@laichau.gov.vn", "zimbra",
                     "Công chức Văn hóa - Xã hội xã Bản Bo", "0983 416 275"),
    "ban_bo_g": Person("Hương Lò", "huonglo.banbo@gmail.com", "gmail_android"),
    "na_tam": Person("Tan Van Sai", "natam.tamduong@laichau.gov.vn", "zimbra",
                     "CC VH-XH xa Na Tam", "0352 908 114"),
    "na_tam_g": Person("Tẩn Sài", "tansai.natam90@gmail.com", "gmail_android"),
    "tt_tam_duong": Person("Nguyễn Thị Mai", "vhtt.tttamduong@laichau.gov.vn", "outlook",
                           "Công chức Văn hóa - Xã hội thị trấn Tam Đường", "0912 557 380"),
    "tt_tam_duong2": Person("UBND thị trấn Tam Đường", "tttamduong.tamduong@laichau.gov.vn", "zimbra"),
    "binh_lu": Person("Giàng A Sử", "binhlu.tamduong@laichau.gov.vn", "zimbra",
                      "Cán bộ Văn hóa xã Bình Lư", "0978 203 661"),
    "dai_th_th": Person("Đài TT-TH Tam Đường", "daitruyenthanh.tamduong@laichau.gov.vn", "outlook",
                        "Phó Trưởng Đài", "0915 332 870"),
    "son_binh": Person("Lê Thị Thu", "sonbinh.tamduong@laichau.gov.vn", "zimbra",
                       "VH-XH xã Sơn Bình", "0388 145 902"),
    "son_binh_g": Person("Thu Lê", "lethu.sonbinh@gmail.com", "gmail_android"),
    "khun_ha": Person("Tao Văn Phong", "khunha.tamduong@laichau.gov.vn", "zimbra",
                      "Cán bộ VHTT xã Khun Há", "0869 770 245"),
    "khun_ha_y": Person("phong tao", "taovanphong_kh@yahoo.com", "yahoo_android"),
    "ho_thau": Person("Chảo Láo Lở", "hothau.tamduong@laichau.gov.vn", "zimbra",
                      "CÔNG CHỨC VĂN HÓA XÃ HỒ THẦU", "0397 612 048"),
    "ho_thau_y": Person("Chao Lao Lo", "chaolaolo.ht@yahoo.com.vn", "yahoo"),
    "giang_ma": Person("Phàn Thị Dung", "giangma.tamduong@laichau.gov.vn", "zimbra",
                       "Công chức VH-XH xã Giang Ma", "0975 884 306"),
    "giang_ma_g": Person("Dung Phàn", "phandung.gm@gmail.com", "gmail"),
    "ta_leng": Person("Hoàng Văn Chiến", "taleng.tamduong@laichau.gov.vn", "thunderbird",
                      "Cán bộ Văn hóa - Thông tin xã Tả Lèng", "0962 150 739"),
    "ta_leng_g": Person("Chiến Hoàng", "hoangchien.taleng@gmail.com", "gmail"),
    "then_sin": Person("Lò Văn Hoàn", "thensin.tamduong@laichau.gov.vn", "zimbra",
                       "VH-XH xã Thèn Sin", "0345 227 519"),
    "then_sin_g": Person("Hoàn Lò Văn", "lovanhoan88@gmail.com", "gmail"),
    "nung_nang": Person("Sung A Pao", "nungnang.tamduong@laichau.gov.vn", "gmail",
                        "cb van hoa xa Nung Nang", "0825 301 966"),
    "nung_nang_g": Person("Sùng A Páo", "sungapao.nn@gmail.com", "gmail_android"),
    "ban_giang": Person("Hoàng Thị Lan", "bangiang.tamduong@laichau.gov.vn", "gmail",
                        "Công chức VH-XH xã Bản Giang", "0944 618 207"),
    "ban_giang_g": Person("Lan Hoàng", "lanhoang.bg@gmail.com", "iphone"),
    "ban_hon": Person("Tao Thị Ánh", "banhon.tamduong@laichau.gov.vn", "outlook",
                      "Công chức Văn hóa - Xã hội xã Bản Hon", "0374 509 882"),
    "ban_hon_g": Person("Ánh Tao", "anhtao.banhon@gmail.com", "gmail"),
}

UNAME = {  # how people name the units in text
    "tt_tam_duong": "thị trấn Tam Đường", "then_sin": "xã Thèn Sin", "ta_leng": "xã Tả Lèng",
    "giang_ma": "xã Giang Ma", "ho_thau": "xã Hồ Thầu", "binh_lu": "xã Bình Lư",
    "son_binh": "xã Sơn Bình", "nung_nang": "xã Nùng Nàng", "ban_giang": "xã Bản Giang",
    "ban_hon": "xã Bản Hon", "ban_bo": "xã Bản Bo", "na_tam": "xã Nà Tăm",
    "khun_ha": "xã Khun Há", "dai_th_th": "Đài Truyền thanh - Truyền hình huyện",
}

CLIENTS = {
    "zimbra": dict(mid="{h}.{n}.JavaMail.zimbra@laichau.gov.vn", bnd="=_{h}",
                   hdr=[("X-Mailer", "Zimbra 8.8.15_GA_3953 (ZimbraWebClient - GC89 (Win)/8.8.15_GA_3953)"),
                        ("X-Originating-IP", "[10.36.12.{o}]"), ("Thread-Topic", None)], cte="qp"),
    "gmail": dict(mid="CA{H}@mail.gmail.com", bnd="000000000000{h12}", hdr=[], cte="qp"),
    "gmail_android": dict(mid="CA{H}@mail.gmail.com", bnd="000000000000{h12}", hdr=[], cte="b64"),
    "outlook": dict(mid="000001d7{h8}${h12}${h4}0a0@laichau.gov.vn", bnd="----=_NextPart_000_00{n2}_01D7{h8u}",
                    hdr=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdcT{h12}==")], cte="qp"),
    "yahoo": dict(mid="{d10}.{d7}.{d13}@mail.yahoo.com", bnd="----=_Part_{d7}_{d9}.{d13}",
                  hdr=[("X-Mailer", "WebService/1.1.18138 YMailNorrin")], cte="qp"),
    "yahoo_android": dict(mid="{d10}.{d7}.{d13}@mail.yahoo.com", bnd="----=_Part_{d7}_{d9}.{d13}",
                          hdr=[("X-Mailer", "WebService/1.1.18138 YahooMailAndroidMobile")], cte="b64"),
    "iphone": dict(mid="{HU}@gmail.com", bnd="Apple-Mail-{HU}", hdr=[("X-Mailer", "iPhone Mail (18E212)")], cte="qp"),
    "thunderbird": dict(mid="{h8}-{h4}-{h4b}-{h4c}-{h12}@laichau.gov.vn", bnd="------------{d24}",
                        hdr=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.10.0")],
                        cte="b64"),
    "samsung": dict(mid="{h8}.{d10}@email.android.com", bnd="--_com.samsung.android.email_{d15}",
                    hdr=[], cte="b64"),
}


def _fill(tmpl, seed):
    h = hashlib.sha256(seed.encode()).hexdigest()
    digits = str(int(h, 16))
    rep = {
        "{h}": h[:20], "{H}": base64.b32encode(bytes.fromhex(h[:30])).decode().rstrip("=")[:22],
        "{HU}": (h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]).upper(),
        "{h12}": h[:12], "{h8}": h[12:20], "{h8u}": h[20:28].upper(), "{h4}": h[28:32],
        "{h4b}": h[42:46], "{h4c}": h[46:50],
        "{n}": str(int(h[32:36], 16)), "{n2}": str(int(h[36:38], 16) % 90 + 10),
        "{d7}": digits[:7], "{d9}": digits[7:16], "{d10}": "16" + digits[16:24], "{d13}": "16" + digits[24:35],
        "{d15}": digits[35:50], "{d24}": digits[:24], "{o}": str(int(h[40:42], 16) % 200 + 20),
    }
    for k, v in rep.items():
        tmpl = tmpl.replace(k, v)
    return tmpl


# ---------------------------------------------------------------- quoting styles

WD_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_GM = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def qlines(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def quote_gmail(dt, who: Person, text):
    return (f"Vào {WD_GM[dt.weekday()]}, {dt.day} thg {dt.month}, {dt.year} vào lúc {dt:%H:%M} "
            f"{who.name} <{who.addr}> đã viết:\n\n" + qlines(text))


def quote_gmail_en(dt, who: Person, text):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return (f"On {WD_EN[dt.weekday()][:3]}, {MON_EN[dt.month-1][:3]} {dt.day}, {dt.year} at {h}:{dt:%M} {ap} "
            f"{who.name} <{who.addr}> wrote:\n\n" + qlines(text))


def forward_gmail(dt, who: Person, to: Person, subject, text):
    return ("---------- Forwarded message ---------\n"
            f"Từ: {who.name} <{who.addr}>\n"
            f"Date: {WD_GM[dt.weekday()]}, {dt.day} thg {dt.month}, {dt.year} vào lúc {dt:%H:%M}\n"
            f"Subject: {subject}\nTo: {to.name} <{to.addr}>\n\n" + text.strip("\n"))


def quote_zimbra(dt, who: Person, to: Person, subject, text, prefixed=False):
    head = ("----- Thư gốc -----\n"
            f"Từ: \"{who.name}\" <{who.addr}>\n"
            f"Đến: \"{to.name}\" <{to.addr}>\n"
            f"Đã gửi: {WD_VI[dt.weekday()]}, {dt.day:02d} Tháng {dt.month} {dt.year} {dt:%H:%M:%S}\n"
            f"Chủ đề: {subject}\n\n")
    return head + (qlines(text) if prefixed else text.strip("\n"))


def quote_zimbra_en(dt, who: Person, to: Person, subject, text):
    return ("----- Original Message -----\n"
            f"From: \"{who.name}\" <{who.addr}>\n"
            f"To: \"{to.name}\" <{to.addr}>\n"
            f"Sent: {WD_EN[dt.weekday()]}, {MON_EN[dt.month-1]} {dt.day}, {dt.year} {dt:%I:%M:%S} "
            f"{'AM' if dt.hour < 12 else 'PM'}\nSubject: {subject}\n\n" + qlines(text))


def quote_outlook_en(dt, who: Person, to: Person, subject, text):
    h = dt.hour % 12 or 12
    return ("-----Original Message-----\n"
            f"From: {who.name} <{who.addr}>\n"
            f"Sent: {WD_EN[dt.weekday()]}, {MON_EN[dt.month-1]} {dt.day}, {dt.year} {h}:{dt:%M} "
            f"{'AM' if dt.hour < 12 else 'PM'}\nTo: {to.name} <{to.addr}>\nSubject: {subject}\n\n" + text.strip("\n"))


def quote_outlook_vi(dt, who: Person, to: Person, subject, text):
    return ("Từ: " + f"{who.name} <{who.addr}>\n"
            f"Đã gửi: {WD_VI[dt.weekday()]}, {dt.day} tháng {dt.month}, {dt.year} {dt:%H:%M}\n"
            f"Đến: {to.name} <{to.addr}>\nChủ đề: {subject}\n\n" + text.strip("\n"))


def quote_yahoo(dt, who: Person, text):
    return (f"Vào {WD_VI[dt.weekday()]}, {dt.day} tháng {dt.month}, {dt.year}, {dt:%H:%M:%S} GMT+7, "
            f"{who.name} <{who.addr}> đã viết:\n\n\n" + text.strip("\n"))


# ---------------------------------------------------------------- numbers and text

def dot(n):
    """Vietnamese thousands separator."""
    return f"{n:,}".replace(",", ".")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    return re.sub(r"\s+", " ", nfc(s)).strip()


def strip_marks(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", s.replace("đ", "d").replace("Đ", "D"))


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head|script).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</td>|</th>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


ZERO_WORDS = {"không", "khong", "không có", "ko có", "ko co", "không phát hiện", "khong phat hien",
              "chưa phát hiện trường hợp nào", "chưa phát hiện", "chua phat hien", "Không", "0 vụ", "0",
              "Không phát hiện", "Không có", "ko"}


def conv(fieldname, w):
    """Read a written figure the way a clerk would: used only to check the expectations."""
    s = fold(w)
    if fieldname == "fake_news" and s in ZERO_WORDS:
        return 0
    s = re.sub(r"^(khoảng|hơn|gần|trên|ước|ước khoảng|khoang|hon|khoảng hơn)\s+", "", s)
    if fieldname == "minutes":
        m = re.fullmatch(r"0?(\d+) (?:giờ|tiếng|h) 0?(\d+) (?:phút|p)", s)
        if m:
            return int(m[1]) * 60 + int(m[2])
        m = re.fullmatch(r"0?(\d+) ?h ?0?(\d+)'?", s)
        if m:
            return int(m[1]) * 60 + int(m[2])
        m = re.fullmatch(r"(\d+) (?:giờ|tiếng)", s)
        if m:
            return int(m[1]) * 60
        m = re.fullmatch(r"(\d+) tiếng rưỡi", s)
        if m:
            return int(m[1]) * 60 + 30
        m = re.fullmatch(r"(\d+),(\d) (?:giờ|tiếng)", s)
        if m:
            return int(m[1]) * 60 + int(m[2]) * 6
        m = re.fullmatch(r"(\d+):(\d\d)", s)
        if m:
            return int(m[1]) * 60 + int(m[2])
        m = re.fullmatch(r"(\d+) ?(?:phút|phut|p|')", s)
        if m:
            return int(m[1])
    m = re.fullmatch(r"(\d+),(\d) (?:nghìn|ngàn|nghin)", s)
    if m:
        return int(m[1]) * 1000 + int(m[2]) * 100
    m = re.fullmatch(r"(\d+) (?:nghìn|ngàn) (\d)", s)
    if m:
        return int(m[1]) * 1000 + int(m[2]) * 100
    m = re.fullmatch(r"(\d+) (?:nghìn|ngàn|nghin)", s)
    if m:
        return int(m[1]) * 1000
    m = re.fullmatch(r"0?(\d{1,3}(?:\.\d{3})*)", s)
    if m:
        return int(m[1].replace(".", ""))
    m = re.fullmatch(r"\d+", s)
    if m:
        return int(s)
    raise ValueError(f"cannot read {fieldname}={w!r}")


def token_in(w, text):
    w = fold(w)
    pat = re.escape(w)
    if re.match(r"\w", w):
        pat = r"(?<![\w.,])" + pat
    if re.search(r"\w$", w):
        pat = pat + r"(?![\w]|[.,]\d)"
    return re.search(pat, text) is not None


# ---------------------------------------------------------------- periods

def rule_period(dt):
    """The office's rule: a Thursday 16:00 deadline with 48 h grace, in Vietnam time."""
    v = dt.astimezone(VN)
    back = (v.weekday() - 3) % 7
    last = datetime.combine(v.date() - timedelta(days=back), time(16, 0), VN)
    if last > v:
        last -= timedelta(days=7)
    if v - last < timedelta(hours=48):
        return last.date()
    return (last + timedelta(days=7)).date()


def thursdays(month, year=2021):
    d = date(year, month, 1)
    out = []
    while d.month == month:
        if d.weekday() == 3:
            out.append(d)
        d += timedelta(days=1)
    return out


def _dmy(s, year=2021):
    p = [int(x) for x in s.split("/")]
    return date(p[2] if len(p) > 2 else year, p[1], p[0])


def spec_period(spec):
    """A written period as I define it (README): returns the Thursday ending it."""
    kind = spec[0]
    if kind == "iso":      # ("iso", text, week): ISO week number of the Thursday
        return date.fromisocalendar(2021, spec[2], 4)
    if kind == "wom":      # ("wom", text, k, month): the k-th week whose Thursday is in the month
        return thursdays(spec[3])[spec[2] - 1]
    if kind == "range":    # ("range", text, "dd/mm", "dd/mm/yyyy"): Friday to Thursday
        a, b = _dmy(spec[2]), _dmy(spec[3])
        assert (b - a).days == 6 and a.weekday() == 4, spec
        return b
    if kind == "date":     # ("date", text, "dd/mm/yyyy"): the Thursday itself
        return _dmy(spec[2])
    raise ValueError(spec)


# ---------------------------------------------------------------- cases

RULE = ("rule",)   # no period written: the office's deadline rule applied to the Date header

@dataclass
class Rep:
    unit: object
    form: object
    values: dict          # field -> (written, value) or written
    status: str = "accepted"
    period: object = "unset"     # RULE, a spec for spec_period, or None (no week can be told)
    period_end: object = None    # filled by finalize


@dataclass
class Att:
    filename: str
    data: bytes
    ctype: str
    text: str = ""           # what a reader sees (Unicode source for legacy encodings, drawn text for images)
    name_mode: str = "rfc2231"
    nfd: bool = False


@dataclass
class Case:
    family: str
    name: str
    difficulty: str
    note: str
    reports: list = field(default_factory=list)
    texts: list = field(default_factory=list)
    raw: bytes = b""
    date: datetime = None

    def rep(self, unit, form, values, status="accepted", period="unset"):
        assert period != "unset", f"{self.name}: say where the period comes from"
        self.reports.append(Rep(unit, form, values, status, period))
        return self


CASES = []


def case(family, name, difficulty, note):
    c = Case(family, name, difficulty, note)
    CASES.append(c)
    return c


def _hdr(s, mode="b", name="Subject"):
    if all(ord(ch) < 128 for ch in s):
        return s
    cs = Charset("utf-8")
    if mode == "q":
        cs.header_encoding = QP
    return Header(s, cs, header_name=name)


def _addr(p: Person, mode="b"):
    if all(ord(ch) < 128 for ch in p.name):
        return formataddr((p.name, p.addr))
    return formataddr((p.name, p.addr), charset="utf-8")


def _text_part(text, subtype, charset, cte):
    part = MIMENonMultipart("text", subtype)
    del part["MIME-Version"]
    part.set_param("charset", charset)
    if charset.lower() == "windows-1258":
        data = encode_cp1258(text)
    else:
        data = text.encode(charset)
    if cte == "b64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit":
        assert all(b < 128 for b in data)
        part.set_payload(data.decode("ascii"))
        part["Content-Transfer-Encoding"] = "7bit"
    else:
        part.set_payload(quopri.encodestring(data).decode("ascii"))
        part["Content-Transfer-Encoding"] = "quoted-printable"
    return part


def encode_cp1258(text):
    """windows-1258 as Windows writes it: precomposed base letters, tone marks as combining bytes."""
    out = bytearray()
    for ch in nfc(text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base, marks = d[0], d[1:]
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            other = [m for m in marks if m not in tones]
            out += unicodedata.normalize("NFC", base + "".join(other)).encode("cp1258")
            for t in tones:
                out += t.encode("cp1258")
    return bytes(out)


def _attach_part(a: Att):
    mt, st = a.ctype.split("/")
    part = MIMEBase(mt, st)
    del part["MIME-Version"]
    part.set_payload(base64.encodebytes(a.data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    name = unicodedata.normalize("NFD", a.filename) if a.nfd else a.filename
    ascii_name = all(ord(ch) < 128 for ch in name)
    if ascii_name or a.name_mode == "plain":
        part.set_param("name", name)
        part.add_header("Content-Disposition", "attachment", filename=name)
    elif a.name_mode == "rfc2047":
        enc = Header(name, "utf-8").encode()
        part.set_param("name", enc)
        part.add_header("Content-Disposition", "attachment", filename=enc)
    else:
        part.set_param("name", ("utf-8", "", name))
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


def mail(c: Case, *, sender: Person, subject, date, body=None, html=None, atts=(), to=None, cc=None,
         in_reply_to=None, references=None, headers=(), charset="utf-8", cte=None, subject_mode="b",
         client=None, inline_html_only=False, seq=0):
    client = client or sender.client
    prof = CLIENTS[client]
    seed = f"{c.family}/{c.name}/{seq}"
    cte = cte or prof["cte"]
    to = to if to is not None else [OFFICE]
    c.date = date

    if html is not None and body is not None:
        alt = MIMEMultipart("alternative", boundary=_fill(prof["bnd"], seed + "alt"))
        del alt["MIME-Version"]
        alt.attach(_text_part(body, "plain", charset, cte))
        alt.attach(_text_part(html, "html", charset, cte))
        main = alt
    elif html is not None:
        main = _text_part(html, "html", charset, cte)
    else:
        main = _text_part(body or "", "plain", charset, cte)
    if atts:
        msg = MIMEMultipart("mixed", boundary=_fill(prof["bnd"], seed + "mix"))
        msg.attach(main)
        for a in atts:
            msg.attach(_attach_part(a))
    else:
        msg = main

    def put(k, v):
        msg[k] = v
    # header order as most clients write it
    put("Date", format_datetime(date))
    put("From", _addr(sender))
    put("To", ", ".join(_addr(p) for p in to))
    if cc:
        put("Cc", ", ".join(_addr(p) for p in cc))
    put("Message-ID", "<" + _fill(prof["mid"], seed) + ">")
    if in_reply_to:
        put("In-Reply-To", in_reply_to)
        put("References", references or in_reply_to)
    put("Subject", _hdr(subject, subject_mode))
    for k, v in prof["hdr"]:
        if k == "Thread-Topic":
            continue
        put(k, _fill(v, seed))
    for k, v in headers:
        put(k, v)
    # MIME headers after the others, as clients write them
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    for k in ("Content-Type", "Content-Transfer-Encoding"):
        val = msg[k]
        if val is not None:
            del msg[k]
            msg[k] = val
    c.raw = msg.as_bytes()
    c.texts += [subject, body or "", html_to_text(html) if html else ""]
    for a in atts:
        c.texts += [a.filename, a.text]
    return c


def mid_of(tag, domain="laichau.gov.vn"):
    return f"<{hx(tag, n=24)}@{domain}>"


# ---------------------------------------------------------------- checking and writing

def finalize(c: Case):
    text = fold("\n".join(c.texts))
    assert c.date is not None and c.raw, (c.family, c.name)
    v = c.date.astimezone(VN)
    assert date(2021, 2, 1) <= v.date() <= date(2021, 12, 31), (c.name, v)
    assert c.difficulty in ("ordinary", "hard")
    out = []
    for r in c.reports:
        vals = {}
        for f, wv in r.values.items():
            assert r.form is None or f in FIELDS[r.form], (c.name, f)
            w, val = (wv if isinstance(wv, tuple) else (wv, None))
            got = conv(f, w)
            if val is not None:
                assert got == val, (c.name, f, w, got, val)
            assert token_in(w, text), (c.name, f, w)
            vals[f] = got
        p = r.period
        if p is None:
            pe = None
        elif p[0] == "rule":
            pe = rule_period(c.date)
        elif p[0] == "fixed":
            pe = date.fromisoformat(p[1])
        else:
            assert fold(p[1]) in text, (c.name, p[1])
            pe = spec_period(p)
        if pe is not None:
            assert pe.weekday() == 3, (c.name, pe)
        if r.status == "accepted":
            assert r.unit in UNITS and r.form in FIELDS and pe is not None, c.name
            for f in FIELDS[r.form]:
                assert f in vals, (c.name, "missing", f)
                lo, hi, _ = BOUNDS[(r.form, f)]
                assert lo <= vals[f] <= hi, (c.name, f, vals[f])
        else:
            assert r.status == "needs_review"
        if r.unit is not None:
            assert r.unit in UNITS, r.unit
        r.period_end = pe.isoformat() if pe else None
        out.append({"unit": r.unit, "form": r.form, "period_end": r.period_end,
                    "values": {k: vals[k] for k in FIELDS.get(r.form, sorted(vals)) if k in vals},
                    "status": r.status})
    return {"difficulty": c.difficulty, "note": c.note, "reports": out}


def write_all(root):
    names = set()
    written = []
    for c in CASES:
        key = (c.family, c.name)
        assert key not in names, key
        names.add(key)
        exp = finalize(c)
        d = os.path.join(root, c.family)
        os.makedirs(d, exist_ok=True)
        p1 = os.path.join(d, c.name + ".eml")
        p2 = os.path.join(d, c.name + ".expected.json")
        with open(p1, "wb") as f:
            f.write(c.raw)
        with open(p2, "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(exp, ensure_ascii=False, indent=2) + "\n")
        written += [p1, p2]
    return written
