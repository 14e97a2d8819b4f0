"""Families unit, period, multi, held."""

from h6case import D, R, V, W, case
import h6lib as L
from h6lib import addr
from h6_files import mixed
from h6_mail import DOCX, SM, WP, XLSX, c_when, sm, wp

# =========================================================================== unit


@case("unit", "signature_only_personal")
def _(c):
    t = """Dạ em gửi anh số liệu tuần này ạ:
Số tin, bài: 6
Thời lượng: 38 phút
Số lượt phát sóng: 18
Ước số người nghe: 2.200

--
Lý Thị Chăm
Công chức Văn hóa - Xã hội xã Bản Giang
DĐ: 0356 118 427
"""
    c.mail(("Lý Thị Chăm", "lythicham87@gmail.com"), "số liệu tuần", D(2022, 8, 18, 8, 30, 0),
           L.multipart("alternative", c.bnd("gmail"), [c.text(t)]))
    c.rep("ban_giang", WP, R("2022-08-18"), wp(6, V(38, "38 phút"), 18, V(2200, "2.200")))
    c.note = "personal Gmail; the unit is named only in the signature"


@case("unit", "yahoo_name_without_diacritics")
def _(c):
    t = """Kinh gui Phong Van hoa va Thong tin huyen
UBND xa Ho Thau bao cao ket qua tuyen truyen tuan:
- So tin, bai: 6
- Thoi luong: 36 phut
- So luot phat song: 18
- So nguoi nghe: 2.000
Hoang Van Thao
"""
    c.mail(("hoang thao", "hoangvanthao_85@yahoo.com.vn"), "bao cao tuan", D(2022, 8, 25, 16, 50, 0),
           c.text(t, charset="us-ascii", cte="7bit"),
           extra=[("X-Mailer", "WebService/1.1.20595 YMailNorrin")])
    c.rep("ho_thau", WP, R("2022-08-25"), wp(6, V(36, "36 phut"), 18, V(2000, "2.000")))
    c.note = "Yahoo address; unit named without diacritics ('UBND xa Ho Thau'); sent 50 min late"


@case("unit", "tt_abbreviation_personal")
def _(c):
    t = """TT. Tam Đường gửi số liệu tuyên truyền tuần:
Số tin, bài: 11
Độ dài: 66 phút
Số lần phát sóng: 33
Số người nghe: 6.600
"""
    c.mail(("Khanh Deo", "deovankhanh.tt@gmail.com"), "Số liệu tuần", D(2022, 9, 1, 10, 0, 0),
           L.multipart("alternative", c.bnd("gmail"), [c.text(t)]))
    c.rep("tt_tam_duong", WP, R("2022-09-01"), wp(11, V(66, "66 phút"), 33, V(6600, "6.600")))
    c.note = "personal address; the town named by its abbreviation 'TT. Tam Đường'"


@case("unit", "filename_only_ascii")
def _(c):
    rows = [["Noi dung", "Ket qua"], ["So tin, bai", 7], ["Thoi luong (phut)", 42],
            ["So lan phat song", 21], ["So nguoi nghe", 1900]]
    data, texts = L.xlsx_bytes([("Sheet1", rows, {})], c_when(2022, 9, 8))
    body = mixed(c, "gui anh file bao cao", c.att(data, XLSX, "BC tuan Then Sin.xlsx", texts),
                 style="gmail", alt=True)
    c.mail(("phong vh", "phongvh.ts@gmail.com"), "bc", D(2022, 9, 8, 9, 0, 0), body)
    c.rep("then_sin", WP, R("2022-09-08"), wp(7, 42, 21, 1900))
    c.note = "personal address, nothing in the text; the unit only in the ASCII file name"


@case("unit", "neighbour_mentioned")
def _(c):
    t = """Kính gửi Phòng VHTT,
Trong tuần, xã Bản Bo phối hợp với xã Nà Tăm tổ chức tuyên truyền lưu động về phòng
chống cháy rừng tại bản Nà Bo. Kết quả tuyên truyền trên hệ thống truyền thanh của
xã Bản Bo:
Số tin, bài: 8
Thời lượng: 48 phút
Số lượt phát sóng: 24
Ước số người nghe: 2.700
"""
    c.mail(("Tẩn Thị Lả", addr("ban_bo")), "Báo cáo tuần", D(2022, 9, 15, 14, 20, 0), c.text(t))
    c.rep("ban_bo", WP, R("2022-09-15"), wp(8, V(48, "48 phút"), 24, V(2700, "2.700")))
    c.note = "a commune mentions the neighbour it worked with; the figures are its own"


@case("unit", "station_alias_personal")
def _(c):
    t = """Đài TT-TH huyện Tam Đường báo cáo nhanh tuần:
- Số tin, bài: 25
- Thời lượng: 200 phút
- Số lượt phát sóng: 75
- Ước số người nghe, xem: 30.000
BTV Lò Thị Hương
"""
    c.mail(("BTV Dai Tam Duong", "btv.daitamduong@gmail.com"), "báo cáo nhanh tuần",
           D(2022, 9, 22, 11, 0, 0), L.multipart("alternative", c.bnd("gmail"), [c.text(t)]))
    c.rep("dai_th_th", WP, R("2022-09-22"), wp(25, V(200, "200 phút"), 75, V(30000, "30.000")))
    c.note = "personal address; the station named by its alias 'Đài TT-TH'"


@case("unit", "two_units_one_set")
def _(c):
    t = """Báo cáo kết quả tuyên truyền tuần của xã Bản Hon, xã Bản Bo:
Số tin, bài: 10
Thời lượng: 60 phút
Số lượt phát sóng: 30
Số người nghe: 4.000
"""
    c.mail(("cum xa", "cumxa.tamduong@gmail.com"), "Báo cáo tuần", D(2022, 9, 29, 10, 0, 0), c.text(t))
    c.rep(None, WP, R("2022-09-29"), wp(10, V(60, "60 phút"), 30, V(4000, "4.000")), status="needs_review")
    c.note = "one set of figures for two communes from an unknown address: unit unknown, held"


@case("unit", "no_unit_named")
def _(c):
    t = """Em gửi số liệu tuần ạ:
Số tin bài: 6
Thời lượng: 35 phút
Số lần phát sóng: 18
Số người nghe: 2.100
Em cảm ơn.
"""
    c.mail(("Hoa Nguyen", "hoa.nguyen.9x@gmail.com"), "số liệu", D(2022, 10, 6, 9, 45, 0),
           L.multipart("alternative", c.bnd("gmail"), [c.text(t)]))
    c.rep(None, WP, R("2022-10-06"), wp(6, V(35, "35 phút"), 18, V(2100, "2.100")), status="needs_review")
    c.note = "unknown address and no unit named anywhere: held"


# =========================================================================== period


@case("period", "written_range_sent_late")
def _(c):
    t = """Kính gửi Phòng VHTT huyện,
Xã Tả Lèng gửi bù báo cáo kết quả tuyên truyền tuần từ ngày 07/01 đến ngày 13/01/2022:
- Số tin, bài: 4
- Thời lượng: 24 phút
- Số lượt phát sóng: 12
- Ước số người nghe: 1.300 người
"""
    c.mail(("Sùng Thị Dợ", addr("ta_leng")), "Gửi bù báo cáo tuần", D(2022, 1, 17, 8, 30, 0), c.text(t))
    assert L.rule_period(c.date) == "2022-01-20"
    c.rep("ta_leng", WP, W("2022-01-13", "tuần từ ngày 07/01 đến ngày 13/01/2022"),
          wp(4, V(24, "24 phút"), 12, V(1300, "1.300 người")))
    c.note = "written week (07/01-13/01) wins over the Date rule, which would give 20/01"


@case("period", "written_short_dash")
def _(c):
    t = """Bản Giang báo cáo tuần từ 4/2 - 10/2/2022:
Tin, bài: 5 - Thời lượng: 30 phút - Lượt phát: 15 - Người nghe: 2.000
"""
    c.mail(("Lý Thị Chăm", addr("ban_giang")), "BC tuần", D(2022, 2, 11, 8, 0, 0), c.text(t))
    c.rep("ban_giang", WP, W("2022-02-10", "từ 4/2 - 10/2/2022"),
          wp(5, V(30, "30 phút"), 15, V(2000, "2.000")))
    c.note = "short written range 'từ 4/2 - 10/2/2022' with dashes also between the figures"


@case("period", "week_of_month")
def _(c):
    t = """Xã Khun Há báo cáo kết quả tuyên truyền tuần 2 tháng 4/2022:
Số tin, bài: 7
Độ dài: 42 phút
Số lần phát sóng: 21
Ước số người nghe: 2.500
"""
    c.mail(("Vàng A Sử", addr("khun_ha")), "Báo cáo tuần 2 tháng 4/2022", D(2022, 4, 14, 9, 40, 0), c.text(t))
    assert L.rule_period(c.date) == "2022-04-14"
    c.rep("khun_ha", WP, W("2022-04-14", "tuần 2 tháng 4/2022"), wp(7, V(42, "42 phút"), 21, V(2500, "2.500")))
    c.note = ("'tuần 2 tháng 4/2022': April 2022 starts on a Friday, so week 2 is 08/4-14/4 under "
              "any Friday-Thursday count, and the Date agrees")


@case("period", "report_dated_thursday")
def _(c):
    t = """Xã Nà Tăm báo cáo kết quả tuyên truyền ngày 20/10/2022:
Số tin, bài: 6
Thời lượng: 40 phút
Số lượt phát sóng: 18
Ước số người nghe: 1.900
"""
    c.mail(("Lường Thị Hoa", addr("na_tam")), "Báo cáo tuần", D(2022, 10, 21, 7, 30, 0), c.text(t))
    c.rep("na_tam", WP, W("2022-10-20", "ngày 20/10/2022"), wp(6, V(40, "40 phút"), 18, V(1900, "1.900")))
    c.note = "report dated on the Thursday ('ngày 20/10/2022'), sent the next morning"


@case("period", "rule_saturday_within_grace")
def _(c):
    t = "Bản Bo gửi báo cáo tuần muộn ạ:\nSố tin, bài: 5\nThời lượng: 30 phút\nSố lượt phát sóng: 15\nNgười nghe: 1.800\n"
    c.mail(("Tẩn Thị Lả", addr("ban_bo")), "Báo cáo tuần (muộn)", D(2022, 1, 29, 13, 0, 0), c.text(t))
    c.rep("ban_bo", WP, R("2022-01-27"), wp(5, V(30, "30 phút"), 15, V(1800, "1.800")))
    c.note = "Saturday 13:00, 45 h after the deadline: the week just closed (27/01)"


@case("period", "rule_saturday_after_grace")
def _(c):
    t = "Sơn Bình gửi báo cáo tuần:\nSố tin, bài: 6\nThời lượng: 36 phút\nSố lượt phát sóng: 18\nNgười nghe: 2.300\n"
    c.mail(("Nguyễn Thị Thu Hà", addr("son_binh")), "Báo cáo tuần", D(2022, 2, 12, 17, 30, 0), c.text(t))
    c.rep("son_binh", WP, R("2022-02-17"), wp(6, V(36, "36 phút"), 18, V(2300, "2.300")))
    c.note = "Saturday 17:30, more than 48 h after the deadline: the next week (17/02)"


@case("period", "rule_utc_date_header")
def _(c):
    t = "Thèn Sin báo cáo tuần:\nSố tin, bài: 5\nThời lượng: 30 phút\nSố lượt phát sóng: 15\nNgười nghe: 1.500\n"
    c.mail(("Tao Văn Hùng", addr("then_sin")), "Báo cáo tuần", D(2022, 3, 26, 9, 30, 0, tz="+0000"),
           c.text(t))
    c.rep("then_sin", WP, R("2022-03-31"), wp(5, V(30, "30 phút"), 15, V(1500, "1.500")))
    c.note = "Date in UTC: Saturday 09:30 +0000 is 16:30 in Vietnam, past the grace: week 31/03"


@case("period", "rule_monday_next_deadline")
def _(c):
    t = "Xã Giang Ma gửi báo cáo tuần sớm vì cán bộ đi tập huấn:\nSố tin, bài: 4\nĐộ dài: 28 phút\nSố lượt phát sóng: 12\nNgười nghe: 1.600\n"
    c.mail(("Giàng A Lử", addr("giang_ma")), "Báo cáo tuần", D(2022, 5, 9, 8, 0, 0), c.text(t))
    c.rep("giang_ma", WP, R("2022-05-12"), wp(4, V(28, "28 phút"), 12, V(1600, "1.600")))
    c.note = "sent early on Monday: the week whose deadline comes next (12/05)"


@case("period", "two_different_weeks")
def _(c):
    t = """Xã Bình Lư báo cáo kết quả tuyên truyền tuần từ ngày 14/10 đến ngày 20/10/2022:
Số tin, bài: 8
Thời lượng: 50 phút
Số lượt phát sóng: 24
Ước số người nghe: 3.400
"""
    c.mail(("Phàn Thị Nhất", addr("binh_lu")), "Báo cáo tuần 13/10/2022", D(2022, 10, 20, 10, 0, 0), c.text(t))
    c.rep("binh_lu", WP, None, wp(8, V(50, "50 phút"), 24, V(3400, "3.400")), status="needs_review")
    c.note = "subject names the week of 13/10, body the week of 20/10: period doubtful, held"


# =========================================================================== multi


@case("multi", "body_two_forms")
def _(c):
    t = """Kính gửi Phòng VHTT huyện,
Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần như sau:

I. Tuyên truyền trên hệ thống truyền thanh
- Số tin, bài: 12
- Thời lượng: 75 phút
- Số lượt phát sóng: 36
- Ước số người nghe: 6.900

II. Tuyên truyền trên mạng xã hội
- Số nhóm Zalo: 12
- Số thành viên: 3.150
- Số tin, bài đăng tải: 40
- Số lượt cài đặt Bluezone: 2.200
- Tin giả, tin sai sự thật: 0

Đèo Văn Khánh
"""
    c.mail(("Đèo Văn Khánh", addr("tt_tam_duong")), "Báo cáo tuần (truyền thanh + mạng xã hội)",
           D(2022, 8, 4, 9, 20, 0), c.text(t))
    c.rep("tt_tam_duong", WP, R("2022-08-04"), wp(12, V(75, "75 phút"), 36, V(6900, "6.900")))
    c.rep("tt_tam_duong", SM, R("2022-08-04"), sm(12, V(3150, "3.150"), 40, V(2200, "2.200"), 0))
    c.note = "both forms in one body, in two numbered sections (both use 'Số tin, bài')"


@case("multi", "docx_and_xlsx_two_forms")
def _(c):
    b = L.DocxBuilder(author="Ban Giang")
    b.para("UBND XÃ BẢN GIANG", bold=True, align="center")
    b.para("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, align="center")
    b.para("1. Số tin, bài: 7")
    b.para("2. Độ dài: 42 phút")
    b.para("3. Số lượt phát sóng: 21")
    b.para("4. Ước số người nghe: 2.400 người")
    docx = b.save(c_when(2022, 8, 25))
    rows = [["TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI - XÃ BẢN GIANG"], [],
            ["Nội dung", "Kết quả"], ["Số nhóm Zalo", 14], ["Số thành viên", 2410],
            ["Số bài đăng", 22], ["Số lượt cài đặt Bluezone", 1150], ["Số vụ tin giả", 0]]
    xlsx, texts = L.xlsx_bytes([("MXH", rows, {"merge": ["A1:B1"]})], c_when(2022, 8, 25))
    body = mixed(c, "Bản Giang gửi 02 báo cáo tuần: truyền thanh (Word) và mạng xã hội (Excel).",
                 c.att(docx, DOCX, "BC truyen thanh.docx", b.texts),
                 c.att(xlsx, XLSX, "BC mang xa hoi.xlsx", texts))
    c.mail(("Lý Thị Chăm", addr("ban_giang")), "02 báo cáo tuần", D(2022, 8, 25, 10, 15, 0), body)
    c.rep("ban_giang", WP, R("2022-08-25"), wp(7, V(42, "42 phút"), 21, V(2400, "2.400 người")))
    c.rep("ban_giang", SM, R("2022-08-25"), sm(14, 2410, 22, 1150, 0))
    c.note = "two attachments, one per form"


@case("multi", "two_weeks_in_body", "hard")
def _(c):
    t = """Dạ em gửi bù báo cáo 2 tuần của xã Nùng Nàng ạ:

Tuần từ 14/01 đến 20/01/2022:
Số tin, bài: 4 - Thời lượng: 25 phút - Số lượt phát sóng: 12 - Số người nghe: 1.100

Tuần từ 21/01 đến 27/01/2022:
Số tin, bài: 6 - Thời lượng: 36 phút - Số lượt phát sóng: 18 - Số người nghe: 1.500
"""
    c.mail(("Chảo Thị Mẩy", addr("nung_nang")), "Báo cáo bù 2 tuần", D(2022, 1, 28, 8, 0, 0), c.text(t))
    c.rep("nung_nang", WP, W("2022-01-20", "Tuần từ 14/01 đến 20/01/2022"),
          wp(V(4, "Số tin, bài: 4"), V(25, "25 phút"), V(12, "phát sóng: 12"), V(1100, "1.100")))
    c.rep("nung_nang", WP, W("2022-01-27", "Tuần từ 21/01 đến 27/01/2022"),
          wp(V(6, "Số tin, bài: 6"), V(36, "36 phút"), V(18, "phát sóng: 18"), V(1500, "1.500")))
    c.note = "two weeks in one body, each with its written range"


@case("multi", "two_weeks_two_sheets", "hard")
def _(c):
    def sheet(rng, a, b_, cc, d):
        return [[f"Báo cáo tuyên truyền tuần từ {rng}"], [], ["Nội dung", "Kết quả"],
                ["Số tin, bài", a], ["Thời lượng (phút)", b_], ["Số lượt phát sóng", cc],
                ["Số người nghe", d]]
    xlsx, texts = L.xlsx_bytes([("Tuan 1", sheet("04/11 đến 10/11/2022", 6, 38, 18, 2100), {}),
                                ("Tuan 2", sheet("11/11 đến 17/11/2022", 8, 50, 24, 2600), {})],
                               c_when(2022, 11, 18))
    body = mixed(c, "Hồ Thầu gửi báo cáo 2 tuần (mỗi tuần một sheet).",
                 c.att(xlsx, XLSX, "Ho Thau 2 tuan.xlsx", texts))
    c.mail(("Lò Văn Pằng", addr("ho_thau")), "Báo cáo 2 tuần", D(2022, 11, 18, 9, 0, 0), body)
    c.rep("ho_thau", WP, W("2022-11-10", "tuần từ 04/11 đến 10/11/2022"), wp(6, 38, 18, 2100))
    c.rep("ho_thau", WP, W("2022-11-17", "tuần từ 11/11 đến 17/11/2022"), wp(8, 50, 24, 2600))
    c.note = "two weeks, one sheet each, week written in each sheet's title row"


@case("multi", "sheet_of_three_units")
def _(c):
    rows = [["TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN - CỤM XÃ PHÍA NAM"], [],
            ["STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Ước số người nghe"],
            [1, "Xã Bản Bo", 7, 42, 21, 2500], [2, "Xã Nà Tăm", 5, 30, 15, 1700],
            [3, "Xã Bản Hon", 6, 36, 18, 1900]]
    xlsx, texts = L.xlsx_bytes([("Cum xa", rows, {"merge": ["A1:F1"], "bold_rows": (1, 3)})],
                               c_when(2022, 12, 1))
    body = mixed(c, "Cụm xã gửi số liệu tuần của 3 xã Bản Bo, Nà Tăm, Bản Hon (mỗi xã một dòng).",
                 c.att(xlsx, XLSX, "Cum xa tuan.xlsx", texts), style="gmail", alt=True)
    c.mail(("Cum xa phia Nam", "cumxa.phianam.td@gmail.com"), "Số liệu tuần cụm xã",
           D(2022, 12, 1, 14, 0, 0), body)
    c.rep("ban_bo", WP, R("2022-12-01"), wp(7, 42, 21, 2500))
    c.rep("na_tam", WP, R("2022-12-01"), wp(5, 30, 15, 1700))
    c.rep("ban_hon", WP, R("2022-12-01"), wp(6, 36, 18, 1900))
    c.note = "one sheet, one row per commune, no total: three reports"


@case("multi", "xlsx_two_sheets_two_forms")
def _(c):
    tt = [["Truyền thanh"], ["Số tin, bài", 9], ["Thời lượng (phút)", 54], ["Số lượt phát sóng", 27],
          ["Số người nghe", 3700]]
    mx = [["Mạng xã hội"], ["Số nhóm", 15], ["Số thành viên", 2960], ["Số tin, bài đăng tải", 31],
          ["Số lượt cài đặt Bluezone", 1610], ["Số vụ tin giả", 0]]
    xlsx, texts = L.xlsx_bytes([("Truyền thanh", tt, {}), ("Mạng xã hội", mx, {})], c_when(2022, 12, 15))
    body = mixed(c, "Xã Bình Lư gửi báo cáo tuần (2 sheet).", c.att(xlsx, XLSX, "BinhLu_tuan.xlsx", texts))
    c.mail(("Phàn Thị Nhất", addr("binh_lu")), "Báo cáo tuần", D(2022, 12, 15, 15, 0, 0), body)
    c.rep("binh_lu", WP, R("2022-12-15"), wp(9, 54, 27, 3700))
    c.rep("binh_lu", SM, R("2022-12-15"), sm(15, 2960, 31, 1610, 0))
    c.note = "one workbook, one sheet per form"


# =========================================================================== held


@case("held", "body_and_attachment_disagree")
def _(c):
    t = "Tả Lèng báo cáo tuần:\nSố tin, bài: 6\nThời lượng: 30 phút\nSố lượt phát sóng: 15\nSố người nghe: 1.600\n(chi tiết file đính kèm)"
    rows = [["Nội dung", "Kết quả"], ["Số tin, bài", 8], ["Thời lượng (phút)", 30],
            ["Số lượt phát sóng", 15], ["Số người nghe", 1600]]
    xlsx, texts = L.xlsx_bytes([("Sheet1", rows, {})], c_when(2022, 3, 3))
    body = mixed(c, t, c.att(xlsx, XLSX, "TaLeng.xlsx", texts))
    c.mail(("Sùng Thị Dợ", addr("ta_leng")), "Báo cáo tuần", D(2022, 3, 3, 9, 30, 0), body)
    c.rep("ta_leng", WP, R("2022-03-03"), {"minutes": 30, "broadcasts": 15, "listeners": 1600},
          status="needs_review")
    c.note = "body says 6 items, the attached sheet 8: two values, held"


@case("held", "listeners_missing")
def _(c):
    t = "Xã Bản Hon báo cáo tuần:\nSố tin, bài: 5\nThời lượng: 30 phút\nSố lượt phát sóng: 15\n"
    c.mail(("Lò Thị Văn", addr("ban_hon")), "Báo cáo tuần", D(2022, 3, 10, 10, 0, 0), c.text(t))
    c.rep("ban_hon", WP, R("2022-03-10"), {"items": 5, "minutes": V(30, "30 phút"), "broadcasts": 15},
          status="needs_review")
    c.note = "a required field (listeners) is missing"


@case("held", "figure_without_label")
def _(c):
    t = "Giang Ma báo cáo:\nSố tin bài: 5\nThời lượng: 30 phút\nPhát sóng: 15 lượt\n2000\n"
    c.mail(("Giàng A Lử", addr("giang_ma")), "Báo cáo tuần", D(2022, 3, 17, 15, 0, 0), c.text(t))
    c.rep("giang_ma", WP, R("2022-03-17"), {"items": 5, "minutes": V(30, "30 phút"),
                                             "broadcasts": V(15, "15 lượt")}, status="needs_review")
    c.note = "a last figure '2000' with neither label nor unit: listeners not given"


@case("held", "negative_broadcasts")
def _(c):
    t = "Xã Khun Há báo cáo tuần:\nSố tin, bài: 4\nThời lượng: 24 phút\nSố lượt phát sóng: -3\nSố người nghe: 1.200\n"
    c.mail(("Vàng A Sử", addr("khun_ha")), "Báo cáo tuần", D(2022, 3, 24, 10, 0, 0), c.text(t))
    c.rep("khun_ha", WP, R("2022-03-24"), {"items": 4, "minutes": V(24, "24 phút"),
                                            "listeners": V(1200, "1.200")}, status="needs_review")
    c.note = "a negative broadcast count"


@case("held", "listeners_over_bound")
def _(c):
    t = """Đài TT-TH báo cáo tuần:
Số tin, bài: 32
Thời lượng: 260 phút
Số lượt phát sóng: 96
Ước số người nghe, xem: 1,2 triệu lượt (tính cả lượt xem trên Facebook của Đài)
"""
    c.mail(("Đài TT-TH Tam Đường", addr("dai_th_th")), "Báo cáo tuần", D(2022, 6, 9, 15, 0, 0), c.text(t))
    c.rep("dai_th_th", WP, R("2022-06-09"), {"items": 32, "minutes": V(260, "260 phút"),
                                              "broadcasts": 96}, status="needs_review")
    c.note = "'1,2 triệu' = 1,200,000 listeners, beyond the form's maximum of 1,000,000"


@case("held", "duration_not_computed")
def _(c):
    t = "Nà Tăm báo cáo tuần:\nSố tin, bài: 5\nThời lượng: 3 buổi, mỗi buổi 15 phút\nSố lượt phát sóng: 15\nSố người nghe: 1.700\n"
    c.mail(("Lường Thị Hoa", addr("na_tam")), "Báo cáo tuần", D(2022, 4, 14, 9, 0, 0), c.text(t))
    c.rep("na_tam", WP, R("2022-04-14"), {"items": 5, "broadcasts": 15, "listeners": V(1700, "1.700")},
          status="needs_review")
    c.note = "duration given as '3 buổi, mỗi buổi 15 phút': a computation the sender did not do"


@case("held", "listeners_in_households")
def _(c):
    t = "Sơn Bình báo cáo tuần:\nSố tin, bài: 6\nThời lượng: 36 phút\nSố lượt phát sóng: 18\nSố người nghe: ước 850 hộ\n"
    c.mail(("Nguyễn Thị Thu Hà", addr("son_binh")), "Báo cáo tuần", D(2022, 4, 21, 9, 0, 0), c.text(t))
    c.rep("son_binh", WP, R("2022-04-21"), {"items": 6, "minutes": V(36, "36 phút"), "broadcasts": 18},
          status="needs_review")
    c.note = "listeners counted in households ('850 hộ'), not people"


@case("held", "blank_template")
def _(c):
    rows = [["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], ["Đơn vị: ..............."], [],
            ["STT", "Nội dung", "Kết quả", "Ghi chú"], [1, "Số tin, bài", None, None],
            [2, "Thời lượng (phút)", None, None], [3, "Số lần phát sóng", None, None],
            [4, "Ước số người nghe", None, None]]
    xlsx, texts = L.xlsx_bytes([("Mau", rows, {"merge": ["A1:D1"]})], c_when(2022, 4, 28))
    body = mixed(c, "Em gửi báo cáo tuần ạ.", c.att(xlsx, XLSX, "Mau bao cao tuan.xlsx", texts))
    c.mail(("Lý Thị Chăm", addr("ban_giang")), "Báo cáo tuần", D(2022, 4, 28, 10, 0, 0), body)
    c.rep("ban_giang", WP, R("2022-04-28"), {}, status="needs_review")
    c.note = "the blank template attached instead of the filled report"
