"""The people who write to the office in 2021: officers of each unit (each with a client,
a habit of writing and a signature), their figures, and how they name a week."""

from datetime import date, timedelta

from h9lib import OFFICE, THU, rng_for, ri, vn, week_no
from h9mail import Officer

UNIT_NAME = {
    "tt_tam_duong": "Thị trấn Tam Đường", "then_sin": "Xã Thèn Sin", "ta_leng": "Xã Tả Lèng",
    "giang_ma": "Xã Giang Ma", "ho_thau": "Xã Hồ Thầu", "binh_lu": "Xã Bình Lư",
    "son_binh": "Xã Sơn Bình", "nung_nang": "Xã Nùng Nàng", "ban_giang": "Xã Bản Giang",
    "ban_hon": "Xã Bản Hon", "ban_bo": "Xã Bản Bo", "na_tam": "Xã Nà Tăm",
    "khun_ha": "Xã Khun Há", "dai_th_th": "Đài Truyền thanh - Truyền hình huyện",
}
SHORT = {k: v.replace("Xã ", "").replace("Thị trấn ", "") for k, v in UNIT_NAME.items()}
UNIT_MAIL = {
    "tt_tam_duong": "vhtt.tttamduong@laichau.gov.vn", "then_sin": "thensin.tamduong@laichau.gov.vn",
    "ta_leng": "taleng.tamduong@laichau.gov.vn", "giang_ma": "giangma.tamduong@laichau.gov.vn",
    "ho_thau": "hothau.tamduong@laichau.gov.vn", "binh_lu": "binhlu.tamduong@laichau.gov.vn",
    "son_binh": "sonbinh.tamduong@laichau.gov.vn", "nung_nang": "nungnang.tamduong@laichau.gov.vn",
    "ban_giang": "bangiang.tamduong@laichau.gov.vn", "ban_hon": "banhon.tamduong@laichau.gov.vn",
    "ban_bo": "banbo.tamduong@laichau.gov.vn", "na_tam": "natam.tamduong@laichau.gov.vn",
    "khun_ha": "khunha.tamduong@laichau.gov.vn", "dai_th_th": "daitruyenthanh.tamduong@laichau.gov.vn",
}

O = {}


def _o(key, unit, name, email, display, client, ui="vi", sig=""):
    O[key] = Officer(key, unit, name, email, display, client, ui, sig)


_o("ha", "tt_tam_duong", "Nguyễn Thị Thu Hà", UNIT_MAIL["tt_tam_duong"], "VHTT Thị trấn Tam Đường",
   "zimbra", sig="--\nNguyễn Thị Thu Hà\nCông chức Văn hóa - Xã hội thị trấn Tam Đường\nĐT: 0912 458 307")
_o("duc", "tt_tam_duong", "Lê Văn Đức", "tttamduong.tamduong@laichau.gov.vn", "UBND Thị trấn Tam Đường",
   "outlook", sig="Lê Văn Đức\nVăn phòng HĐND-UBND thị trấn Tam Đường\nSĐT: 0983.216.450")
_o("denh", "then_sin", "Vàng A Dếnh", "vangadenh88@gmail.com", "Vang A Denh", "gmail_android",
   sig="Vang A Denh - CC VHXH xa Then Sin")
_o("mai", "then_sin", "Tẩn Thị Mai", UNIT_MAIL["then_sin"], "UBND xã Thèn Sin", "zimbra",
   sig="Tẩn Thị Mai\nUBND xã Thèn Sin\n0359 274 618")
_o("huong", "ta_leng", "Lò Thị Hương", UNIT_MAIL["ta_leng"], "Xã Tả Lèng", "zimbra",
   sig="Lò Thị Hương - VHXH xã Tả Lèng\nSđt 0977 305 112")
_o("tung", "ta_leng", "Đỗ Văn Tùng", UNIT_MAIL["ta_leng"], "Xã Tả Lèng", "outlook", ui="en",
   sig="Đỗ Văn Tùng\nVăn phòng UBND xã Tả Lèng\n0915.662.047")
_o("son", "giang_ma", "Phàn Văn Sơn", "phanvanson.gm@gmail.com", "Phàn Văn Sơn", "iphone",
   sig="Phàn Văn Sơn\nXã Giang Ma")
_o("lan", "giang_ma", "Chảo Thị Lan", UNIT_MAIL["giang_ma"], "UBND xa Giang Ma", "zimbra",
   sig="Chảo Thị Lan - CC VH-XH xã Giang Ma\nĐT 0334 820 579")
_o("quy", "ho_thau", "Lý Văn Quý", UNIT_MAIL["ho_thau"], "UBND xã Hồ Thầu", "outlook",
   sig="Lý Văn Quý\nCông chức Văn hóa - Xã hội xã Hồ Thầu\nĐT: 0944 170 283")
_o("nga", "ho_thau", "Hoàng Thị Nga", "nga.hothau@yahoo.com.vn", "Hoang Nga", "yahoo",
   sig="Hoang Thi Nga - CC VH-XH xa Ho Thau - DT 0386 221 904")
_o("hoa", "binh_lu", "Trần Thị Hoa", UNIT_MAIL["binh_lu"], "Xa Binh Lu", "outlook1258",
   sig="Trần Thị Hoa\nCông chức VH-XH xã Bình Lư\nĐT: 0973.508.226")
_o("hai", "binh_lu", "Nguyễn Văn Hải", UNIT_MAIL["binh_lu"], "Xa Binh Lu", "outlook1258",
   sig="Nguyễn Văn Hải - UBND xã Bình Lư\n0912.733.590")
_o("thang", "son_binh", "Lường Văn Thắng", UNIT_MAIL["son_binh"], "Son Binh", "zimbra",
   sig="Thắng - VHXH Sơn Bình 0915 280 764")
_o("thao", "son_binh", "Bùi Thị Thảo", "buithithao.sb@gmail.com", "Bùi Thảo", "gmail",
   sig="Bùi Thị Thảo\nUBND xã Sơn Bình\nĐT: 0865 414 092")
_o("chung", "nung_nang", "Tao Văn Chung", UNIT_MAIL["nung_nang"], "Nùng Nàng", "samsung",
   sig="Tao Văn Chung")
_o("sua", "nung_nang", "Giàng Thị Sua", UNIT_MAIL["nung_nang"], "UBND xã Nùng Nàng", "zimbra",
   sig="Giàng Thị Sua\nCC VH-XH xã Nùng Nàng")
_o("thanh", "ban_giang", "Sân Văn Thành", UNIT_MAIL["ban_giang"], "Xã Bản Giang", "outlook",
   sig="Sân Văn Thành\nPhó Chủ tịch UBND xã Bản Giang")
_o("hung", "ban_giang", "Lò Văn Hùng", UNIT_MAIL["ban_giang"], "Xã Bản Giang", "outlook", ui="en",
   sig="Lò Văn Hùng\nCC Văn hóa - Xã hội xã Bản Giang\nDĐ: 0868 903 157")
_o("phin", "ban_hon", "Tẩn Văn Phin", UNIT_MAIL["ban_hon"], "Ban Hon", "samsung",
   sig="Phin - VHXH Ban Hon")
_o("huyen", "ban_hon", "Phạm Thị Huyền", UNIT_MAIL["ban_hon"], "UBND xã Bản Hon", "outlook",
   sig="Phạm Thị Huyền\nVăn phòng - Thống kê xã Bản Hon\nĐT: 0983 447 021")
_o("thanh2", "ban_bo", "Lò Thị Thanh", UNIT_MAIL["ban_bo"], "Xã Bản Bo", "zimbra",
   sig="--\nLò Thị Thanh\nCC VH-XH xã Bản Bo\n0962 118 437")
_o("luc", "ban_bo", "Đinh Văn Lực", UNIT_MAIL["ban_bo"], "Xã Bản Bo", "zimbra",
   sig="Đinh Văn Lực - UBND xã Bản Bo\nĐT: 0913 602 885")
_o("tien", "na_tam", "Hoàng Văn Tiến", UNIT_MAIL["na_tam"], "UBND xã Nà Tăm", "zimbra",
   sig="Hoàng Văn Tiến\nCông chức VH-XH xã Nà Tăm")
_o("xuan", "na_tam", "Lò Thị Xuân", "lothixuan.nt@gmail.com", "Xuân Lò", "gmail",
   sig="Lò Thị Xuân - xã Nà Tăm\n0388 615 230")
_o("lu", "khun_ha", "Sùng A Lử", UNIT_MAIL["khun_ha"], "Khun Ha", "iphone",
   sig="Sung A Lu - Khun Ha")
_o("ngoc", "khun_ha", "Vũ Thị Ngọc", UNIT_MAIL["khun_ha"], "UBND xã Khun Há", "outlook",
   sig="Vũ Thị Ngọc\nVăn phòng UBND xã Khun Há\nĐT: 0977 861 304")
_o("binh", "dai_th_th", "Nguyễn Văn Bình", UNIT_MAIL["dai_th_th"], "Đài TT-TH Tam Đường", "outlook",
   sig="Nguyễn Văn Bình\nPhó Giám đốc Đài Truyền thanh - Truyền hình huyện Tam Đường\nĐT: 0912 076 339")
_o("phuong", "dai_th_th", "Trần Thị Minh Phương", UNIT_MAIL["dai_th_th"], "Dai TT-TH Tam Duong",
   "zimbra", sig="Trần Thị Minh Phương\nBiên tập viên - Đài TT-TH huyện Tam Đường\n0966 725 810")
# not in the directory, not named: a new officer writing from a personal address
_o("dung", "", "Lò Văn Dũng", "dunglv.1994@gmail.com", "Dũng Lò", "gmail_android", sig="Dũng")
# the office itself
_o("office", "", "Nguyễn Quang Sáng", OFFICE, "Nguyễn Quang Sáng", "zimbra",
   sig="Nguyễn Quang Sáng\nPhòng Văn hóa và Thông tin huyện Tam Đường\nĐT: 0213 3875 116")


# ---------------------------------------------------------------------------------------
# figures

WEEKLY_BASE = {
    "tt_tam_duong": ((10, 16), (50, 90), (14, 21), (4000, 6000)),
    "then_sin": ((5, 9), (25, 45), (10, 14), (1200, 1800)),
    "ta_leng": ((6, 10), (30, 50), (14, 14), (2000, 2800)),
    "giang_ma": ((4, 8), (20, 40), (7, 14), (1000, 1600)),
    "ho_thau": ((4, 8), (20, 40), (10, 14), (1200, 1700)),
    "binh_lu": ((8, 12), (40, 70), (14, 21), (3000, 4000)),
    "son_binh": ((6, 10), (30, 55), (14, 14), (1800, 2500)),
    "nung_nang": ((5, 9), (25, 45), (12, 14), (1500, 2200)),
    "ban_giang": ((6, 10), (30, 50), (14, 14), (2500, 3300)),
    "ban_hon": ((5, 9), (25, 45), (14, 14), (1800, 2400)),
    "ban_bo": ((7, 11), (35, 60), (14, 21), (2500, 3500)),
    "na_tam": ((5, 9), (25, 45), (10, 14), (1700, 2300)),
    "khun_ha": ((4, 7), (20, 35), (7, 14), (1100, 1600)),
    "dai_th_th": ((18, 34), (180, 420), (28, 56), (25000, 40000)),
}


def weekly(unit, thu, salt=""):
    r = rng_for("weekly", unit, thu, salt)
    (a, b), (c, d), (e, f), (g, h) = WEEKLY_BASE[unit]
    step = 500 if unit == "dai_th_th" else 50
    return {"items": r.randint(a, b), "minutes": ri(r, c, d, 5), "broadcasts": r.randint(e, f),
            "listeners": ri(r, g, h, step)}


VILLAGES = {"tt_tam_duong": 12, "then_sin": 9, "ta_leng": 11, "giang_ma": 8, "ho_thau": 7,
            "binh_lu": 13, "son_binh": 11, "nung_nang": 9, "ban_giang": 10, "ban_hon": 10,
            "ban_bo": 13, "na_tam": 9, "khun_ha": 8, "dai_th_th": 3}


def social(unit, thu, salt=""):
    r = rng_for("social", unit, thu, salt)
    g = VILLAGES[unit] + r.randint(0, 3)
    # Bluezone installs grow from February to September (cumulative count, as sent)
    k = max(0, (thu - date(2021, 2, 1)).days) / 240.0
    base = {"tt_tam_duong": 3600, "binh_lu": 2100}.get(unit, 1300)
    if unit == "dai_th_th":
        base = 40
    bz = int(base * (0.25 + 0.75 * min(1.0, k))) + r.randint(0, 60)
    return {"groups": g, "group_members": g * r.randint(70, 160), "posts": r.randint(8, 45),
            "bluezone_installs": bz, "fake_news": 0 if r.random() > 0.08 else 1}


# ---------------------------------------------------------------------------------------
# how weeks are named


def fri(thu):
    return thu - timedelta(days=6)


def kth_in_month(thu):
    return (thu.day - 1) // 7 + 1


def period_phrase(thu, style):
    f = fri(thu)
    if style == "tu_ngay_full":      # từ ngày 28/05 đến ngày 03/06/2021
        return f"từ ngày {f.day:02d}/{f.month:02d} đến ngày {thu.day:02d}/{thu.month:02d}/{thu.year}"
    if style == "tu_ngay_short":     # từ ngày 28/5 đến ngày 3/6/2021
        return f"từ ngày {f.day}/{f.month} đến ngày {thu.day}/{thu.month}/{thu.year}"
    if style == "tu_den":            # từ 04/6 đến 10/6
        return f"từ {f.day:02d}/{f.month} đến {thu.day:02d}/{thu.month}"
    if style == "tu_den_ascii":      # tu 04/6 den 10/6
        return f"tu {f.day:02d}/{f.month} den {thu.day:02d}/{thu.month}"
    if style == "tu_ngay_ascii":
        return f"tu ngay {f.day:02d}/{f.month:02d} den ngay {thu.day:02d}/{thu.month:02d}/{thu.year}"
    if style == "tuan_n":
        return f"tuần {week_no(thu)}"
    if style == "tuan_n_ascii":
        return f"tuan {week_no(thu)}"
    if style == "tuan_k_thang":
        return f"tuần {kth_in_month(thu)} tháng {thu.month}"
    if style == "ngay":
        return f"ngày {thu.day}/{thu.month}"
    if style == "den_ngay":
        return f"đến ngày {thu.day}/{thu.month}"
    if style == "Tu_ngay_full":
        return f"Từ ngày {f.day:02d}/{f.month:02d}/{f.year} đến ngày {thu.day:02d}/{thu.month:02d}/{thu.year}"
    raise ValueError(style)


def place_date(place, d):
    m = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {m} năm {d.year}"
