"""Units of the holdout12 directory: 40 communes and wards of Tuyên Quang (2025 edition).
Names and codes from the PyPI package vietnam-provinces 2025.10.1 (nested divisions JSON);
aliases, e-mail addresses are invented."""
import unicodedata

# (id, code, full name, email local part)
UNITS = [
    ("minh_xuan", "02215", "Phường Minh Xuân", "minhxuan"),
    ("nong_tien", "02212", "Phường Nông Tiến", "nongtien"),
    ("my_lam", "02509", "Phường Mỹ Lâm", "mylam"),
    ("an_tuong", "02512", "Phường An Tường", "antuong"),
    ("binh_thuan", "02524", "Phường Bình Thuận", "binhthuan"),
    ("ha_giang_1", "00694", "Phường Hà Giang 1", "hagiang1"),
    ("ha_giang_2", "00691", "Phường Hà Giang 2", "hagiang2"),
    ("thuong_lam", "02269", "Xã Thượng Lâm", "thuonglam"),
    ("lam_binh", "02266", "Xã Lâm Bình", "lambinh"),
    ("minh_quang", "02302", "Xã Minh Quang", "minhquang"),
    ("na_hang", "02221", "Xã Nà Hang", "nahang"),
    ("yen_hoa", "02248", "Xã Yên Hoa", "yenhoa"),
    ("chiem_hoa", "02287", "Xã Chiêm Hoá", "chiemhoa"),
    ("kim_binh", "02350", "Xã Kim Bình", "kimbinh"),
    ("ham_yen", "02374", "Xã Hàm Yên", "hamyen"),
    ("thai_son", "02407", "Xã Thái Sơn", "thaison"),
    ("yen_son", "02473", "Xã Yên Sơn", "yenson"),
    ("nhu_khe", "02530", "Xã Nhữ Khê", "nhukhe"),
    ("tan_trao", "02545", "Xã Tân Trào", "tantrao"),
    ("minh_thanh", "02554", "Xã Minh Thanh", "minhthanh"),
    ("son_duong", "02536", "Xã Sơn Dương", "sonduong"),
    ("dong_tho", "02572", "Xã Đông Thọ", "dongtho"),
    ("hong_son", "02608", "Xã Hồng Sơn", "hongson"),
    ("lung_cu", "00715", "Xã Lũng Cú", "lungcu"),
    ("dong_van", "00721", "Xã Đồng Văn", "dongvan"),
    ("meo_vac", "00769", "Xã Mèo Vạc", "meovac"),
    ("yen_minh", "00820", "Xã Yên Minh", "yenminh"),
    ("quan_ba", "00874", "Xã Quản Bạ", "quanba"),
    ("bac_me", "00991", "Xã Bắc Mê", "bacme"),
    ("vi_xuyen", "00913", "Xã Vị Xuyên", "vixuyen"),
    ("viet_lam", "00967", "Xã Việt Lâm", "vietlam"),
    ("bac_quang", "01153", "Xã Bắc Quang", "bacquang"),
    ("vinh_tuy", "01156", "Xã Vĩnh Tuy", "vinhtuy"),
    ("quang_binh", "01237", "Xã Quang Bình", "quangbinh"),
    ("hoang_su_phi", "01021", "Xã Hoàng Su Phì", "hoangsuphi"),
    ("ho_thau", "01084", "Xã Hồ Thầu", "hothau"),
    ("xin_man", "01108", "Xã Xín Mần", "xinman"),
    ("po_ly_ngai", "01057", "Xã Pờ Ly Ngài", "polyngai"),
    ("khau_vai", "00802", "Xã Khâu Vai", "khauvai"),
    ("du_gia", "00871", "Xã Du Già", "dugia"),
]
BYID = {u[0]: u for u in UNITS}
DOMAIN = "tuyenquang.gov.vn"


def strip(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def email(uid):
    return f"vhxh.{BYID[uid][3]}@{DOMAIN}"


def short(uid):
    name = BYID[uid][2]
    return name.split(" ", 1)[1]


def kind(uid):
    return BYID[uid][2].split(" ", 1)[0]


def csv_text():
    lines = ["id,code,name,aliases,emails"]
    for uid, code, name, local in UNITS:
        k, s = name.split(" ", 1)
        ks = strip(k)
        al = [s, strip(s), name, f"{ks} {strip(s)}", f"UBND {k.lower()} {s}", f"UBND {ks.lower()} {strip(s)}"]
        if k == "Phường":
            al.append(f"P. {s}")
        else:
            al.append(f"X. {s}")
        # mixed spelling of hoà / hóa written both ways by administrators
        if "oá" in s or "oà" in s:
            al.append(s.replace("oá", "óa").replace("oà", "òa"))
        seen = []
        for a in al:
            if a not in seen:
                seen.append(a)
        emails = [f"vhxh.{local}@{DOMAIN}", f"ubnd{local}@{DOMAIN}"]
        lines.append(f"{uid},{code},{name},{';'.join(seen)},{';'.join(emails)}")
    return "\n".join(lines) + "\n"
