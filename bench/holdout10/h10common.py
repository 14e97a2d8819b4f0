"""Shared text pieces for the cases: quotes, the department's reminder, letterheads, templates."""
import datetime as dt

from h10docs import grid, official_report_docx, official_report_pdf, xlsx_book
from h10lib import OFFICE_BOX, OFFICE_STAFF, UNIT_BY_ID, VN

WD_LONG = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_GMAIL = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_L = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]

STAFF_NAME = "Nguyễn Lan Anh"
STAFF_SIG = ("--\nNguyễn Lan Anh\nChuyên viên Phòng Quản lý Báo chí, Xuất bản và Thông tin cơ sở\n"
             "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên\nĐT: 0215.3825.146 - DĐ: 0912.385.264")


def name_of(uid):
    return UNIT_BY_ID[uid][2]


def full(uid, lower=True):
    u = UNIT_BY_ID[uid]
    return f"{u[3].lower() if lower else u[3]} {u[2]}"


def dmy(d, short=False, lead=False):
    if short:
        return f"{d.day:02d}/{d.month:02d}" if lead else f"{d.day}/{d.month}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if lead else f"{d.day}/{d.month}/{d.year}"


def week_bounds(thu):
    return thu - dt.timedelta(days=6), thu


def place_date(place, d):
    m = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{place}, ngày {d.day:02d} tháng {m} năm {d.year}"


def h12(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


# ---- quotes -----------------------------------------------------------------------------

def q_lines(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def quote_gmail_vi(when, name, email, text):
    t = when.astimezone(VN)
    return (f"Vào {WD_GMAIL[t.weekday()]}, {t.day} thg {t.month}, {t.year} vào lúc {t.hour:02d}:{t.minute:02d} "
            f"{name} <{email}> đã viết:\n\n" + q_lines(text))


def quote_gmail_en(when, name, email, text):
    t = when.astimezone(VN)
    return (f"On {WD_EN[t.weekday()][:3]}, {MON_EN[t.month]} {t.day}, {t.year} at {h12(t)} {name} <{email}> wrote:\n\n"
            + q_lines(text))


def quote_outlook_vi(when, name, email, to, subject, text):
    t = when.astimezone(VN)
    return ("________________________________\n"
            f"Từ: {name} <{email}>\n"
            f"Đã gửi: {WD_LONG[t.weekday()]}, ngày {t.day} tháng {t.month} năm {t.year} {t.hour:02d}:{t.minute:02d}\n"
            f"Đến: {to}\nChủ đề: {subject}\n\n" + text)


def quote_outlook_en(when, name, email, to, subject, text):
    t = when.astimezone(VN)
    return (f"From: {name} <{email}>\nSent: {WD_EN[t.weekday()]}, {MON_EN_L[t.month]} {t.day}, {t.year} {h12(t)}\n"
            f"To: {to}\nSubject: {subject}\n\n" + text)


def quote_zimbra(when, name, email, to, subject, text, vi=True):
    t = when.astimezone(VN)
    if vi:
        head = (f"----- Thư gốc -----\nTừ: \"{name}\" <{email}>\nGửi tới: {to}\n"
                f"Đã gửi: {WD_LONG[t.weekday()]}, {t.day} Tháng {t.month} {t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d}\n"
                f"Chủ đề: {subject}\n\n")
    else:
        head = (f"----- Original Message -----\nFrom: \"{name}\" <{email}>\nTo: {to}\n"
                f"Sent: {WD_EN[t.weekday()]}, {MON_EN_L[t.month]} {t.day}, {t.year} {h12(t)}\n"
                f"Subject: {subject}\n\n")
    return head + q_lines(text)


def quote_yahoo(when, name, email, text):
    t = when.astimezone(VN)
    return (f"Vào {WD_LONG[t.weekday()]}, {t.day} tháng {t.month}, {t.year} lúc {t.hour:02d}:{t.minute:02d}:{t.second:02d} GMT+7, "
            f"{name} <{email}> đã viết:\n\n" + q_lines(text))


def quote_iphone(when, name, email, text):
    t = when.astimezone(VN)
    return (f"Vào {t.hour:02d}:{t.minute:02d}, {WD_GMAIL[t.weekday()]}, {t.day} thg {t.month}, {t.year}, "
            f"{name} <{email}> đã viết:\n\n" + q_lines(text))


def fwd_gmail(when, name, email, to, subject, text, vi=False):
    t = when.astimezone(VN)
    if vi:
        return ("---------- Forwarded message ---------\n"
                f"Từ: {name} <{email}>\nDate: {WD_GMAIL[t.weekday()]}, {t.day} thg {t.month}, {t.year} vào lúc "
                f"{t.hour:02d}:{t.minute:02d}\nSubject: {subject}\nTo: {to}\n\n\n" + text)
    return ("---------- Forwarded message ---------\n"
            f"From: {name} <{email}>\nDate: {WD_EN[t.weekday()][:3]}, {MON_EN[t.month]} {t.day}, {t.year} at {h12(t)}\n"
            f"Subject: {subject}\nTo: {to}\n\n\n" + text)


# ---- the department's reminder -----------------------------------------------------------

def reminder_text(thu, week_no=True):
    fri, thu = week_bounds(thu)
    wk = f"tuần {thu.isocalendar()[1]} " if week_no else ""
    return ("Kính gửi: UBND các xã, phường\n\n"
            "Thực hiện Công văn số 1186/SVHTTDL-QLBCXB ngày 04/7/2025 của Sở Văn hóa, Thể thao và Du lịch "
            "về việc báo cáo định kỳ kết quả công tác thông tin cơ sở, Phòng Quản lý Báo chí, Xuất bản và "
            f"Thông tin cơ sở đề nghị UBND các xã, phường báo cáo kết quả công tác thông tin cơ sở {wk}"
            f"(từ ngày {dmy(fri, True)} đến ngày {dmy(thu)}) gồm: số tin, bài; độ dài, thời lượng; số lượt phát sóng; "
            "ước số người nghe và kết quả tuyên truyền trên mạng xã hội (số nhóm, số thành viên, số tin bài "
            f"đăng tải, tin giả), gửi về địa chỉ {OFFICE_BOX} trước 16 giờ 00 phút thứ Năm, "
            f"ngày {dmy(thu)}.\n\nTrân trọng./.\n\n" + STAFF_SIG)


def reminder_subject(thu):
    return f"V/v báo cáo kết quả công tác thông tin cơ sở tuần {thu.isocalendar()[1]} năm {thu.year}"


# ---- topics of the weeks -----------------------------------------------------------------

TOPICS = {
    (2025, 7): "việc vận hành mô hình chính quyền địa phương hai cấp; phòng, chống mưa lũ, sạt lở đất; "
               "kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2025)",
    (2025, 8): "kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9; Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030; "
               "phòng, chống thiên tai",
    (2025, 9): "Quốc khánh 2/9; khai giảng năm học 2025 - 2026; phòng, chống dịch bệnh trên đàn gia súc",
    (2025, 10): "Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV; phòng, chống lừa đảo trên không gian mạng",
    (2025, 11): "Ngày Pháp luật Việt Nam 9/11; Ngày hội Đại đoàn kết toàn dân tộc 18/11",
    (2025, 12): "chuẩn bị Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; phòng, chống đói, rét cho gia súc",
    (2026, 1): "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu "
               "HĐND các cấp nhiệm kỳ 2026 - 2031",
    (2026, 2): "vui Xuân, đón Tết Bính Ngọ an toàn, lành mạnh; phòng, chống cháy rừng; cuộc bầu cử ngày 15/3/2026",
    (2026, 3): "cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; Ngày Quốc tế Phụ nữ 8/3",
    (2026, 4): "kỷ niệm 51 năm Ngày Giải phóng miền Nam, thống nhất đất nước; 72 năm Chiến thắng Điện Biên Phủ",
    (2026, 5): "kỷ niệm 72 năm Chiến thắng Điện Biên Phủ; 136 năm Ngày sinh Chủ tịch Hồ Chí Minh",
    (2026, 6): "phòng, chống mưa lũ; Ngày Gia đình Việt Nam 28/6; kỳ thi tốt nghiệp THPT năm 2026",
    (2026, 7): "kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ; phòng, chống thiên tai, sạt lở đất",
    (2026, 8): "kỷ niệm 81 năm Cách mạng Tháng Tám và Quốc khánh 2/9; phòng, chống mưa lũ",
    (2026, 9): "khai giảng năm học 2026 - 2027; phòng, chống dịch bệnh; chuyển đổi số",
    (2026, 10): "Ngày Chuyển đổi số quốc gia 10/10; phòng, chống lừa đảo trực tuyến",
    (2026, 11): "Ngày hội Đại đoàn kết toàn dân tộc 18/11; Ngày Nhà giáo Việt Nam 20/11",
}


def topics(d):
    return TOPICS[(d.year, d.month)]


# ---- letterheads -------------------------------------------------------------------------

def left_head(uid, office):
    u = UNIT_BY_ID[uid]
    tn = f"{u[3].upper()} {u[2].upper()}"
    if office == "ubnd":
        return [("ỦY BAN NHÂN DÂN", True), (tn, True)]
    if office == "vhxh":
        return [(f"UBND {tn}", False), ("PHÒNG VĂN HÓA - XÃ HỘI", True)]
    if office == "tttt":
        return [(f"UBND {tn}", False), ("TRUNG TÂM TRUYỀN THÔNG", True), ("VÀ VĂN HÓA", True)]
    raise ValueError(office)


SYMBOL = {"ubnd": "BC-UBND", "vhxh": "BC-VHXH", "tttt": "BC-TTTTVH"}
ISSUER = {"ubnd": "UBND {t} {n}", "vhxh": "Phòng Văn hóa - Xã hội {t} {n}",
          "tttt": "Trung tâm Truyền thông và Văn hóa {t} {n}"}


def issuer(uid, office):
    u = UNIT_BY_ID[uid]
    return ISSUER[office].format(t=u[3].lower(), n=u[2])


def sign_block(office, deputy=False):
    if office == "ubnd":
        return ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if deputy else ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    if office == "vhxh":
        return ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"] if deputy else ["TRƯỞNG PHÒNG"]
    return ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] if deputy else ["GIÁM ĐỐC"]


def noi_nhan(office):
    if office == "ubnd":
        return ["- Như trên;", "- TT Đảng ủy, HĐND xã;", "- Lãnh đạo UBND xã;", "- Lưu: VT, VHXH."]
    if office == "vhxh":
        return ["- Như trên;", "- Lãnh đạo UBND xã (b/c);", "- Lưu: VT."]
    return ["- Như trên;", "- UBND xã (b/c);", "- Lưu: VT, TTTTVH."]


def congvan_line(uid, office):
    return ("Thực hiện Công văn số 1186/SVHTTDL-QLBCXB ngày 04/7/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh "
            "Điện Biên về việc báo cáo định kỳ kết quả công tác thông tin cơ sở; " + issuer(uid, office)
            + " báo cáo kết quả công tác thông tin, tuyên truyền trong tuần như sau:")


def commune_docx(uid, office, when, number, summary, body, signer, deputy=False, enc=None, footer=None,
                 author=None, place=None):
    d = when.astimezone(VN).date()
    return official_report_docx(
        when=when - dt.timedelta(minutes=35), author=author or signer, left=left_head(uid, office),
        number=f"Số: {number}/{SYMBOL[office]}", place_date=place_date(place or name_of(uid), d),
        summary=summary, body=body, noi_nhan=noi_nhan(office), sign_lines=sign_block(office, deputy),
        sign_name=signer, enc=enc, footer=footer)


def commune_pdf(uid, office, when, number, summary, body, signer, deputy=False, footer=None, creator=None,
                place=None):
    d = when.astimezone(VN).date()
    return official_report_pdf(
        left=left_head(uid, office), number=f"Số: {number}/{SYMBOL[office]}",
        place_date=place_date(place or name_of(uid), d), summary=summary, body=body, noi_nhan=noi_nhan(office),
        sign_lines=sign_block(office, deputy), sign_name=signer, author=signer,
        creator=creator or "Microsoft® Word 2019", footer=footer)


# ---- the department's xlsx template (2025 edition) --------------------------------------------

W_HEAD = ["STT", "Nội dung", "Số tin, bài", "Độ dài, thời lượng (phút)", "Số lượt phát sóng",
          "Ước số người nghe", "Ghi chú"]
S_HEAD = ["STT", "Nội dung", "Số nhóm mạng xã hội", "Số thành viên trong nhóm", "Số tin, bài đăng tải",
          "Số lượt cài đặt Bluezone", "Số vụ tin giả, tin sai sự thật", "Ghi chú"]


def dept_template(*, when, unit_line, period_line, weekly=None, social=None, maker="", note_w="", note_s="",
                  author="", sheet_names=("Truyen thanh", "Mang xa hoi"), social_period_line=None):
    """The department's weekly template. weekly: 4 values (or (value, opts)); social: 5 values. None: left blank."""
    hopt = {"bold": True, "align": "center", "wrap": True}
    s1 = {"name": sheet_names[0], "cells": [
        ("A1", f"ĐƠN VỊ: {unit_line}", {"bold": True}),
        ("A2", "BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN CƠ SỞ HẰNG TUẦN", {"bold": True, "align": "center", "size": 13}),
        ("A3", period_line, {"italic": True, "align": "center"}),
    ] + grid(5, "A", [W_HEAD], hopt) + grid(6, "A", [[1, "Hệ thống truyền thanh cơ sở"]
                                                     + list(weekly or ["", "", "", ""]) + [note_w]],
                                              {"align": "center"}) + [
        ("A8", "Người lập biểu: " + maker if maker else "Người lập biểu:", {"italic": True}),
    ], "merges": ["A2:G2", "A3:G3"], "widths": {"A": 6, "B": 34, "C": 12, "D": 16, "E": 14, "F": 16, "G": 24}}
    s2 = {"name": sheet_names[1], "cells": [
        ("A1", f"ĐƠN VỊ: {unit_line}", {"bold": True}),
        ("A2", "KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI", {"bold": True, "align": "center", "size": 13}),
        ("A3", social_period_line or period_line, {"italic": True, "align": "center"}),
    ] + grid(5, "A", [S_HEAD], hopt) + grid(6, "A", [[1, "Nhóm Zalo, Facebook của xã/phường, thôn, bản"]
                                                     + list(social or ["", "", "", "", ""]) + [note_s]],
                                              {"align": "center"}),
        "merges": ["A2:H2", "A3:H3"], "widths": {"A": 6, "B": 34, "C": 14, "D": 14, "E": 14, "F": 14, "G": 16, "H": 20}}
    # drop empty strings from the registered text: they are blank cells
    for sh in (s1, s2):
        sh["cells"] = [c if c[1] != "" else (c[0], None, c[2]) for c in sh["cells"]]
    return xlsx_book([s1, s2], when - dt.timedelta(minutes=20), author=author)
