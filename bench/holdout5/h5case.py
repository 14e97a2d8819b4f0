"""The case registry, expected-report records and Vietnamese text pieces shared by the
case modules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from h5lib import UNITS, Att, C, Sheet, at, dmy, week_of

CASES: list = []

WP = "weekly_propaganda"
SM = "social_media"
WP_KEYS = ("items", "minutes", "broadcasts", "listeners")
SM_KEYS = ("groups", "group_members", "posts", "bluezone_installs", "fake_news")
KIND = {"minutes": "minutes"}


@dataclass
class Rep:
    """One expected report. values: key -> (value, written form, source); source is
    'body', 'html', 'subject' or an attachment's file name. period_src: ('date',) when
    the Date header decides, ('written', source, text) when the message writes it,
    None when the period is null."""
    unit: str | None
    form: str | None
    period: str | None
    values: dict
    status: str
    period_src: tuple | None


@dataclass
class Spec:
    msg: dict
    reports: list = field(default_factory=list)


def case(family: str, name: str, difficulty: str, note: str):
    def deco(fn):
        CASES.append((family, name, difficulty, note, fn))
        return fn
    return deco


def vals(src: str, **kv) -> dict:
    """vals('file.xlsx', items=12, listeners=(1500, '1.500')) -> key: (value, written, src)."""
    out = {}
    for k, v in kv.items():
        if isinstance(v, tuple):
            out[k] = (v[0], v[1], src) if len(v) == 2 else (v[0], v[1], v[2])
        else:
            out[k] = (v, str(v), src)
    return out


def merge(*ds) -> dict:
    out = {}
    for d in ds:
        out.update(d)
    return out


def drop(d: dict, *keys) -> dict:
    return {k: v for k, v in d.items() if k not in keys}


def ucfirst(s: str) -> str:
    return s[:1].upper() + s[1:]


def vn_int(n: int) -> str:
    """1500 -> '1.500' (Vietnamese thousands separator)."""
    s = f"{n:,}".replace(",", ".")
    return s


U = UNITS

# The people who write and sign (invented names, typical of the district).
PEOPLE = {
    "tt_tam_duong": ("Nguyễn Thị Hằng", "Công chức Văn hóa - Xã hội", "0912 458 326",
                     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Văn Nam"),
    "then_sin": ("Tẩn Văn Sơn", "Công chức Văn hóa - Xã hội", "0983 217 645",
                 ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Chảo Láo Tả"),
    "ta_leng": ("Lý Thị Dung", "Công chức VH-XH", "0915 330 872",
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Phàn A Lở"),
    "giang_ma": ("Vàng A Chư", "Cán bộ Văn hóa - Xã hội", "0968 114 509",
                 ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Giàng A Pháo"),
    "ho_thau": ("Sùng Thị Ly", "Công chức Văn hóa - Xã hội", "0846 902 117",
                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lý A Sang"),
    "binh_lu": ("Đèo Văn Thắng", "Công chức Văn hóa - Xã hội", "0913 276 448",
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lò Văn Hải"),
    "son_binh": ("Lù Thị Thơm", "Công chức Văn hóa - Xã hội", "0978 553 021",
                 ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Tao Văn Xuân"),
    "nung_nang": ("Phàn Thị Mẩy", "Công chức VH-XH", "0352 881 640",
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hoàng Văn Tiến"),
    "ban_giang": ("Lò Văn Dũng", "Công chức Văn hóa - Xã hội", "0917 640 233",
                  ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Tòng Văn Hưởng"),
    "ban_hon": ("Giàng Thị Pằng", "Công chức Văn hóa - Xã hội", "0388 207 915",
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lầu A Dơ"),
    "ban_bo": ("Lò Thị Mai", "Công chức Văn hóa - Xã hội", "0945 172 368",
               ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Tẩn Văn Thà"),
    "na_tam": ("Tao Thị Xiêng", "Công chức Văn hóa - Xã hội", "0869 415 032",
               ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Lò Văn Khiêm"),
    "khun_ha": ("Thào A Chứ", "Công chức VH-XH", "0962 330 718",
                ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Sùng A Lềnh"),
    "dai_th_th": ("Nguyễn Văn Quyết", "Phóng viên - Biên tập viên", "0213 3875 112",
                  ["TRƯỞNG ĐÀI"], "Lê Thị Thu Hà"),
}


def person(uid):
    return PEOPLE[uid]


def greeting() -> str:
    return "Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường."


def signature(uid: str, style: int = 0) -> str:
    name, title, phone, _, _ = PEOPLE[uid]
    u = U[uid]
    if style == 0:
        return f"--\n{name}\n{title} {u.full}\nĐT: {phone}"
    if style == 1:
        return f"Người gửi: {name} - {title}\n{u.ubnd}\nSĐT: {phone}"
    return f"{name}\n{u.ubnd}"


def period_phrase(thu: dt.date, style: str = "a") -> str:
    fri, thu = week_of(thu)
    if style == "a":
        return f"từ ngày {dmy(fri, 'dd/mm')} đến ngày {dmy(thu, 'dd/mm/Y')}"
    if style == "b":
        return f"từ ngày {dmy(fri, 'd/m/Y')} đến ngày {dmy(thu, 'd/m/Y')}"
    if style == "c":
        return f"{dmy(fri, 'd/m')} - {dmy(thu, 'd/m/Y')}"
    if style == "d":
        return (f"từ ngày {fri.day} tháng {fri.month} đến ngày {thu.day} tháng {thu.month} "
                f"năm {thu.year}")
    if style == "e":
        return f"từ {dmy(fri, 'dd/mm/Y')} đến {dmy(thu, 'dd/mm/Y')}"
    raise ValueError(style)


def topics(thu: dt.date) -> list[str]:
    """What communes were told to broadcast that week (2021)."""
    t = []
    if thu < dt.date(2021, 5, 28):
        t.append("bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026")
    t.append("phòng, chống dịch bệnh Covid-19, thực hiện Thông điệp 5K của Bộ Y tế")
    if thu >= dt.date(2021, 7, 1):
        t.append("lợi ích của tiêm vắc xin phòng Covid-19")
    if dt.date(2021, 8, 1) <= thu <= dt.date(2021, 10, 15):
        t.append("cài đặt và sử dụng ứng dụng Bluezone, khai báo y tế điện tử")
    if thu >= dt.date(2021, 10, 15):
        t.append("thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19")
    if dt.date(2021, 11, 1) <= thu <= dt.date(2021, 11, 20):
        t.append("Ngày hội Đại đoàn kết toàn dân tộc (18/11)")
    t.append("phòng, chống cháy rừng và an toàn giao thông")
    return t


def place_date(uid: str, d: dt.date) -> str:
    return f"{U[uid].place}, {dmy(d, 'long')}"


def doc_left(uid: str) -> list[str]:
    u = U[uid]
    if u.kind == "đài":
        return ["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"]
    return ["ỦY BAN NHÂN DÂN", u.upper]


def noi_nhan(uid: str) -> list[str]:
    if U[uid].kind == "đài":
        return ["- Phòng VH&TT huyện (b/c);", "- Lãnh đạo Đài;", "- Lưu: VT."]
    return ["- Phòng VH&TT huyện (b/c);", "- TT. Đảng ủy, HĐND xã;", "- Lưu: VT, VHXH."]


# ---- spreadsheet pieces --------------------------------------------------------------

def x_title(uid: str, thu: dt.date | None, ncols: int, title: str = "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN",
            pstyle: str = "b", left: list[str] | None = None, nat: bool = True,
            enc=None) -> tuple[list, list]:
    """Title rows of the district's template: unit / Quốc hiệu, title, (Từ ngày ... đến ngày ...)."""
    from h5lib import legacy

    def L(s, up=False):
        return legacy(s, enc, up)

    cols = [chr(65 + i) for i in range(ncols)]
    left = left or (["UBND HUYỆN TAM ĐƯỜNG", U[uid].upper] if U[uid].kind != "đài" else
                    ["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"])
    lw = 2 if ncols >= 5 else 1
    rows, merges = [], []
    r1 = [C(L(left[0], True), center=True)] + [None] * (ncols - 1)
    r2 = [C(L(left[1], True), bold=True, center=True)] + [None] * (ncols - 1)
    if nat:
        r1[lw] = C(L("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), bold=True, center=True)
        r2[lw] = C(L("Độc lập - Tự do - Hạnh phúc"), bold=True, center=True)
        merges += [f"{cols[lw]}1:{cols[-1]}1", f"{cols[lw]}2:{cols[-1]}2"]
    if lw > 1:
        merges += [f"A1:{cols[lw - 1]}1", f"A2:{cols[lw - 1]}2"]
    rows += [r1, r2, [None] * ncols]
    rows.append([C(L(title, True), bold=True, center=True, size=14)] + [None] * (ncols - 1))
    merges.append(f"A4:{cols[-1]}4")
    if thu is not None:
        fri, thu = week_of(thu)
        rows.append([C(L(f"({ucfirst(period_phrase(thu, pstyle))})"), italic=True, center=True)]
                    + [None] * (ncols - 1))
        merges.append(f"A5:{cols[-1]}5")
    rows.append([None] * ncols)
    return rows, merges


WP_VLABELS = [("Số tin, bài", "Tin, bài"), ("Độ dài, thời lượng", "Phút"),
              ("Số lần phát sóng", "Lần"), ("Ước số người nghe", "Người")]
SM_VLABELS = [("Số nhóm mạng xã hội (Zalo, Facebook) đã thành lập", "Nhóm"),
              ("Số thành viên trong nhóm", "Người"),
              ("Số tin, bài đăng tải", "Tin, bài"),
              ("Số lượt cài đặt Bluezone", "Lượt"),
              ("Số vụ tin giả, tin sai sự thật", "Vụ")]


def x_vertical(values: list, labels=WP_VLABELS, notes=None, head=("STT", "Nội dung", "Đơn vị tính",
               "Số lượng", "Ghi chú")) -> list:
    rows = [[C(h, bold=True, center=True) for h in head]]
    for i, ((lab, unit), v) in enumerate(zip(labels, values), 1):
        rows.append([C(i, center=True), lab, C(unit, center=True), C(v, center=True),
                     (notes or {}).get(i, None)])
    return rows


def x_sign(uid: str, d: dt.date, ncols: int, who: str = "Người lập biểu") -> list:
    name, title, phone, sign, boss = PEOPLE[uid]
    left = [None] * ncols
    rows = [[None] * ncols]
    r = [None] * ncols
    r[-2] = C(place_date(uid, d), italic=True)
    rows.append(r)
    r = [None] * ncols
    r[1] = C(who, bold=True, center=True)
    r[-2] = C(sign[0] if sign[0] != "TRƯỞNG ĐÀI" else "TRƯỞNG ĐÀI", bold=True, center=True)
    rows.append(r)
    rows += [[None] * ncols, [None] * ncols]
    r = [None] * ncols
    r[1] = C(name, bold=True, center=True)
    r[-2] = C(boss, bold=True, center=True)
    rows.append(r)
    r = [None] * ncols
    r[1] = C(f"ĐT: {phone}", italic=True, center=True)
    rows.append(r)
    del left
    return rows


def mail_std(uid: str, when: dt.datetime, subject: str, text: str, atts=(), **kw) -> dict:
    name = PEOPLE[uid][0] if "sender_name" not in kw else kw.pop("sender_name")
    return dict(sender=kw.pop("sender", U[uid].email), sender_name=name, date=when, subject=subject,
                text=text, atts=list(atts), **kw)


__all__ = [n for n in dir() if not n.startswith("_")] + ["Att", "Sheet", "C", "at", "dmy", "week_of"]
