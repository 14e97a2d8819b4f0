"""Families legacy, sheets, documents: reports in attachments."""

import datetime as dt

from h6case import D, R, V, W, case
import h6lib as L
from h6lib import addr
from h6_mail import DOCX, SM, WP, XLSX, c_when, sm, wp

XLS = "application/vnd.ms-excel"
DOC = "application/msword"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
PDF = "application/pdf"


def mixed(c, text, *atts, style="plain", alt=False):
    first = c.text(text)
    if alt:
        first = L.multipart("alternative", c.bnd(style), [first])
    return L.multipart("mixed", c.bnd(style), [first, *atts])


def nd30_docx(b, left, right, so, place_date, kind, summary, recipients):
    b.header_nd30(left, right, so, place_date)
    b.para("")
    b.para(kind, bold=True, size=14, align="center")
    b.para(summary, bold=True, size=14, align="center")
    b.para("")
    if len(recipients) == 1:
        b.para(f"Kính gửi: {recipients[0]}", align="center")
    else:
        b.para("Kính gửi:", align="center")
        for r in recipients:
            b.para(r, align="center")


# =========================================================================== legacy (hard)


@case("legacy", "tcvn3_xls", "hard")
def _(c):
    rows = [["UBND xã Sơn Bình"], ["Báo cáo kết quả tuyên truyền tuần"],
            ["(Tuần từ ngày 10/6 đến ngày 16/6/2022)"], [],
            ["STT", "Nội dung", "Kết quả", "Ghi chú"],
            [1, "Số tin, bài", 7, None], [2, "Thời lượng (phút)", 45, None],
            [3, "Số lần phát sóng", 21, None], [4, "Ước số người nghe", 2600, "ước tính"]]
    data, texts = L.xls_bytes([("BC tuan", rows, {"bold_rows": (0, 1, 4)})], ".VnTime", L.tcvn3)
    body = mixed(c, "Xa Son Binh gui bao cao tuan (file Excel dinh kem).", 
                 c.att(data, XLS, "BC tuan 16-6.xls", texts))
    c.mail(("Xa Son Binh", addr("son_binh")), "Bao cao tuan", D(2022, 6, 16, 10, 40, 0), body)
    c.rep("son_binh", WP, W("2022-06-16", "Tuần từ ngày 10/6 đến ngày 16/6/2022"), wp(7, 45, 21, 2600))
    c.note = "legacy .xls (BIFF8) whose labels and week are TCVN3 text in .VnTime"


@case("legacy", "vni_doc", "hard")
def _(c):
    b = L.DocxBuilder(font="VNI-Times", encode=L.vni, author="Na Tam")
    b.para("ỦY BAN NHÂN DÂN XÃ NÀ TĂM", bold=True)
    b.para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="right")
    b.para("Độc lập - Tự do - Hạnh phúc", bold=True, align="right")
    b.para("BÁO CÁO", bold=True, align="center")
    b.para("Kết quả công tác tuyên truyền trên hệ thống truyền thanh cơ sở", bold=True, align="center")
    b.para("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường", align="center")
    b.para("UBND xã Nà Tăm báo cáo kết quả tuyên truyền trong tuần như sau:", indent=True)
    b.para("- Số tin, bài: 05 tin", indent=True)
    b.para("- Độ dài: 1 giờ 10 phút", indent=True)
    b.para("- Số lượt phát sóng: 15 lượt", indent=True)
    b.para("- Ước số người nghe: 1.800 người", indent=True)
    b.para("TM. ỦY BAN NHÂN DÂN", bold=True, align="right")
    b.para("CHỦ TỊCH", bold=True, align="right")
    b.para("Lường Văn Thắng", bold=True, align="right")
    docx = b.save(c_when(2022, 6, 23))
    data = L.soffice_asset("vni_natam", docx, "docx", "doc")
    body = mixed(c, "Xã Nà Tăm gửi báo cáo tuần.", c.att(data, DOC, "BC tuyen truyen tuan.doc", b.texts))
    c.mail(("Xã Nà Tăm", addr("na_tam")), "Báo cáo tuyên truyền tuần", D(2022, 6, 23, 9, 0, 0), body)
    c.rep("na_tam", WP, R("2022-06-23"),
          wp(V(5, "05 tin"), V(70, "1 giờ 10 phút"), V(15, "15 lượt"), V(1800, "1.800 người")))
    c.note = "Word 97 .doc in VNI-Times (VNI Windows text), converted once by LibreOffice (assets/)"


@case("legacy", "tcvn3_docx_table", "hard")
def _(c):
    b = L.DocxBuilder(font=".VnTime", encode=L.tcvn3, author="Ban Hon")
    b.para("UBND xã Bản Hon", bold=True)
    b.para("Báo cáo kết quả tuyên truyền tuần từ 24/6 đến 30/6/2022", bold=True, align="center")
    b.table([["STT", "Nội dung", "Kết quả"], ["1", "Số tin, bài", "06"],
             ["2", "Độ dài (phút)", "40"], ["3", "Số lượt phát sóng", "18"],
             ["4", "Ước số người nghe", "2.200"]])
    b.para("Người báo cáo: Lò Thị Văn")
    data = b.save(c_when(2022, 6, 30))
    body = mixed(c, "Gửi Phòng VHTT báo cáo tuần của xã Bản Hon.",
                 c.att(data, DOCX, "Bao cao tuan Ban Hon.docx", b.texts))
    c.mail(("Lò Thị Văn", addr("ban_hon")), "Báo cáo tuần", D(2022, 6, 30, 10, 0, 0), body)
    c.rep("ban_hon", WP, W("2022-06-30", "tuần từ 24/6 đến 30/6/2022"),
          wp(V(6, "06"), 40, 18, V(2200, "2.200")))
    c.note = "docx whose runs are .VnTime with TCVN3 text (table and week)"


@case("legacy", "mojibake_body", "hard")
def _(c):
    t = """Kính gửi Phòng VHTT huyện,
Xã Thèn Sin báo cáo tuần:
Số tin, bài: 8
Thời lượng: 50 phút
Số lượt phát sóng: 24
Số người nghe: 2.000 người
"""
    c.add(t)
    part = L.text_part(L.mojibake(t), cte="8bit")
    c.mail(("Xa Then Sin", addr("then_sin")), "Bao cao tuan", D(2022, 7, 7, 8, 20, 0), part)
    c.rep("then_sin", WP, R("2022-07-07"), wp(8, V(50, "50 phút"), 24, V(2000, "2.000 người")))
    c.note = "UTF-8 text once read as Windows-1252 and sent again as UTF-8 ('Sá»‘ tin, bÃ i')"


@case("legacy", "unicode_doc_station", "hard")
def _(c):
    b = L.DocxBuilder(author="Dai TT-TH")
    nd30_docx(b, [("UBND HUYỆN TAM ĐƯỜNG", False), ("ĐÀI TRUYỀN THANH - TRUYỀN HÌNH", True)],
              [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)],
              "Số: 31/BC-ĐTTTH", "Tam Đường, ngày 14 tháng 7 năm 2022", "BÁO CÁO",
              "Kết quả tuyên truyền tuần từ ngày 08/7 đến ngày 14/7/2022",
              ["Phòng Văn hóa và Thông tin huyện"])
    b.para("Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền trong tuần như sau:", indent=True)
    b.table([["STT", "Nội dung", "Kết quả", "Ghi chú"],
             ["1", "Số tin, bài, phóng sự", "28", ""],
             ["2", "Tổng thời lượng (phút)", "240", "Phát thanh và truyền hình"],
             ["3", "Số lần phát sóng", "84", ""],
             ["4", "Ước số người nghe, xem", "42.000", ""]])
    b.para("Nơi nhận:", bold=True, italic=True, size=12)
    b.para("- Như trên;", size=11)
    b.para("- Lưu: VT.", size=11)
    b.para("GIÁM ĐỐC", bold=True, align="right")
    b.para("Hoàng Văn Quyết", bold=True, align="right")
    docx = b.save(c_when(2022, 7, 14))
    data = L.soffice_asset("dai_0714", docx, "docx", "doc")
    body = mixed(c, "Đài TT-TH huyện gửi báo cáo tuần (file đính kèm).",
                 c.att(data, DOC, "31-BC-DTTTH tuan 14-7-2022.doc", b.texts))
    c.mail(("Đài TT-TH huyện Tam Đường", addr("dai_th_th")), "Báo cáo kết quả tuyên truyền tuần",
           D(2022, 7, 14, 15, 30, 0), body, crlf=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    c.rep("dai_th_th", WP, W("2022-07-14", "tuần từ ngày 08/7 đến ngày 14/7/2022"),
          wp(28, 240, 84, V(42000, "42.000")))
    c.note = "Unicode Word 97 .doc in the Nghị định 30 layout (LibreOffice conversion kept in assets/)"


# =========================================================================== sheets


@case("sheets", "xlsx_title_rows_vertical")
def _(c):
    rows = [["UBND XÃ KHUN HÁ"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
            ["(Tuần từ ngày 31/12/2021 đến ngày 06/01/2022)"], [],
            ["STT", "Nội dung", "Số lượng", "Ghi chú"],
            [1, "Số tin, bài", 6, None], [2, "Thời lượng (phút)", 45, None],
            [3, "Số lượt phát sóng", 18, None], [4, "Ước số người nghe", 2300, "người"]]
    data, texts = L.xlsx_bytes([("Báo cáo", rows, {"merge": ["A1:D1", "A2:D2", "A3:D3"],
                                                   "bold_rows": (1, 2, 5), "widths": {"B": 28}})],
                               c_when(2022, 1, 6))
    body = mixed(c, "Xã Khun Há gửi báo cáo tuần đầu năm 2022 ạ.",
                 c.att(data, XLSX, "Khun Ha - bao cao tuan.xlsx", texts), style="gmail", alt=True)
    c.mail(("UBND xã Khun Há", addr("khun_ha")), "Báo cáo tuần", D(2022, 1, 6, 14, 0, 0), body)
    c.rep("khun_ha", WP, W("2022-01-06", "Tuần từ ngày 31/12/2021 đến ngày 06/01/2022"),
          wp(6, 45, 18, 2300))
    c.note = "xlsx with title rows, STT/Nội dung/Số lượng/Ghi chú; a week spanning the new year"


@case("sheets", "xlsx_one_row_horizontal")
def _(c):
    rows = [["STT", "Đơn vị", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng",
             "Ước số người nghe", "Ghi chú"],
            [1, "Xã Thèn Sin", 5, 35, 15, 1500, None]]
    data, texts = L.xlsx_bytes([("Sheet1", rows, {"bold_rows": (1,)})], c_when(2022, 1, 20))
    body = mixed(c, "Em gửi báo cáo tuần ạ.", c.att(data, XLSX, "baocao.xlsx", texts))
    c.mail(("Tao Văn Hùng", addr("then_sin")), "Báo cáo tuần", D(2022, 1, 20, 10, 15, 0), body)
    c.rep("then_sin", WP, R("2022-01-20"), wp(5, 35, 15, 1500))
    c.note = "one horizontal row under a header row"


@case("sheets", "xlsx_numbers_as_text")
def _(c):
    rows = [["Báo cáo tuyên truyền tuần - xã Giang Ma"], [],
            ["Chỉ tiêu", "Kết quả"], ["Số tin, bài", "06"], ["Thời lượng", "45 phút"],
            ["Số lượt phát sóng", "18 lượt"], ["Số người nghe", "3.000"]]
    data, texts = L.xlsx_bytes([("Tuan", rows, {"widths": {"A": 26, "B": 14}})], c_when(2022, 2, 17))
    body = mixed(c, "Xã Giang Ma gửi báo cáo.", c.att(data, XLSX, "GiangMa_tuan.xlsx", texts))
    c.mail(("Giàng A Lử", addr("giang_ma")), "Báo cáo tuần", D(2022, 2, 17, 9, 48, 0), body)
    c.rep("giang_ma", WP, R("2022-02-17"),
          wp(V(6, "06"), V(45, "45 phút"), V(18, "18 lượt"), V(3000, "3.000")))
    c.note = "figures typed as text in the cells ('06', '45 phút', '3.000')"


@case("sheets", "xlsx_villages_total_row")
def _(c):
    rows = [["KẾT QUẢ TUYÊN TRUYỀN TUẦN - XÃ HỒ THẦU"], [],
            ["STT", "Bản", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng", "Số người nghe"],
            [1, "Bản Hồ Thầu", 2, 12, 6, 700], [2, "Bản Sin Chải", 2, 10, 6, 600],
            [3, "Bản Lì Ho", 1, 8, 3, 400], [4, "Bản Phìn Hồ", 2, 12, 6, 650],
            [None, "Tổng cộng", 7, 42, 21, 2350]]
    data, texts = L.xlsx_bytes([("Tuan", rows, {"merge": ["A1:F1"], "bold_rows": (1, 3, 8)})],
                               c_when(2022, 3, 3))
    body = mixed(c, "Xã Hồ Thầu gửi kết quả tuyên truyền tuần theo từng bản.",
                 c.att(data, XLSX, "Ho Thau tuan.xlsx", texts))
    c.mail(("Lò Văn Pằng", addr("ho_thau")), "Báo cáo tuần", D(2022, 3, 3, 11, 20, 0), body)
    c.rep("ho_thau", WP, R("2022-03-03"), wp(7, 42, 21, 2350))
    c.note = "rows per village and a 'Tổng cộng' row: the total is the commune's report"


@case("sheets", "xls_biff8_unicode")
def _(c):
    rows = [["UBND XÃ BẢN BO"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Nội dung", "Kết quả"], [1, "Số tin, bài", 5], [2, "Độ dài (phút)", 40],
            [3, "Số lượt phát sóng", 15], [4, "Ước số người nghe", 2000]]
    data, texts = L.xls_bytes([("Sheet1", rows, {"bold_rows": (0, 1, 3)})])
    body = mixed(c, "Bản Bo gửi báo cáo tuần ạ.", c.att(data, XLS, "BanBo_BC_tuan.xls", texts))
    c.mail(("Tẩn Thị Lả", addr("ban_bo")), "Báo cáo tuần", D(2022, 3, 10, 14, 2, 0), body)
    c.rep("ban_bo", WP, R("2022-03-10"), wp(5, 40, 15, 2000))
    c.note = "legacy .xls (BIFF8) with Unicode text"


@case("sheets", "ods_libreoffice")
def _(c):
    rows = [["Thị trấn Tam Đường - Báo cáo tuyên truyền tuần"], [],
            ["Nội dung", "Số liệu"], ["Số tin, bài", 12], ["Thời lượng (phút)", 70],
            ["Số lần phát sóng", 36], ["Ước số người nghe", 6800]]
    data, texts = L.ods_bytes([("Trang1", rows, {})], c_when(2022, 3, 17))
    body = mixed(c, "TT Tam Đường gửi báo cáo tuần (file ods).",
                 c.att(data, ODS, "bc_tuan_tt.ods", texts))
    c.mail(("Đèo Văn Khánh", addr("tt_tam_duong")), "Báo cáo tuần", D(2022, 3, 17, 15, 58, 0), body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:91.0) Gecko/20100101 Thunderbird/91.7.0")])
    c.rep("tt_tam_duong", WP, R("2022-03-17"), wp(12, 70, 36, 6800))
    c.note = "OpenDocument spreadsheet, sent two minutes before the deadline"


@case("sheets", "csv_semicolon_bom")
def _(c):
    t = "Chỉ tiêu;Số lượng\nSố tin, bài;6\nThời lượng (phút);40\nSố lượt phát sóng;18\nSố người nghe;2.500\n"
    data = "\ufeff".encode() + t.encode("utf-8")
    body = mixed(c, "Sơn Bình gửi số liệu tuần.", c.att(data, "text/csv", "sonbinh_tuan.csv", [t]))
    c.mail(("Nguyễn Thị Thu Hà", addr("son_binh")), "Số liệu tuần", D(2022, 3, 24, 8, 5, 0), body)
    c.rep("son_binh", WP, R("2022-03-24"), wp(6, 40, 18, V(2500, "2.500")))
    c.note = "CSV with a BOM, ';' separators and '2.500' as text"


@case("sheets", "csv_station_programs_total")
def _(c):
    t = ('STT,Chương trình,Số tin bài,Thời lượng (phút),Số lần phát,Người nghe\n'
         '1,Thời sự địa phương,12,90,36,15000\n2,Chuyên mục phòng chống dịch,6,60,18,10000\n'
         '3,Chương trình tiếng Mông,5,45,15,8000\n4,Chương trình tiếng Dao,5,45,15,7000\n'
         ',Tổng cộng,28,240,84,40000\n')
    body = mixed(c, "Đài gửi số liệu tuần theo chương trình.",
                 c.att(t.encode("utf-8"), "text/csv", "Dai_tuan.csv", [t]))
    c.mail(("Đài TT-TH Tam Đường", addr("dai_th_th")), "Số liệu tuyên truyền tuần",
           D(2022, 4, 7, 13, 0, 0), body)
    c.rep("dai_th_th", WP, R("2022-04-07"), wp(28, 240, 84, 40000))
    c.note = "CSV with rows per programme and a total row"


@case("sheets", "xlsx_excel_time_duration")
def _(c):
    rows = [["Nội dung", "Kết quả"], ["Số tin, bài", 6], ["Thời lượng", dt.time(1, 15)],
            ["Số lần phát sóng", 18], ["Ước số người nghe", 1400]]
    data, texts = L.xlsx_bytes([("Sheet1", rows, {"formats": {(3, 2): "h:mm"},
                                                  "display": {(3, 2): "1:15"}})], c_when(2022, 4, 21))
    body = mixed(c, "Xã Nùng Nàng gửi báo cáo tuần ạ.", c.att(data, XLSX, "Nung Nang tuan.xlsx", texts))
    c.mail(("Chảo Thị Mẩy", addr("nung_nang")), "Báo cáo tuần", D(2022, 4, 21, 9, 40, 0), body)
    c.rep("nung_nang", WP, R("2022-04-21"), wp(6, V(75, "1:15"), 18, 1400))
    c.note = "duration as an Excel time cell shown 1:15 (= 75 minutes)"


@case("sheets", "xlsx_social_media")
def _(c):
    rows = [["BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ BLUEZONE"], ["Xã Bình Lư"], [],
            ["STT", "Nội dung", "Kết quả"], [1, "Số nhóm Zalo đã thành lập", 16],
            [2, "Số thành viên trong nhóm", 2840], [3, "Số tin, bài đăng tải", 48],
            [4, "Số lượt cài đặt Bluezone", 1530], [5, "Số vụ tin giả, tin sai sự thật", 0]]
    data, texts = L.xlsx_bytes([("MXH", rows, {"merge": ["A1:C1", "A2:C2"]})], c_when(2022, 5, 19))
    body = mixed(c, "Xã Bình Lư gửi báo cáo mạng xã hội tuần.", c.att(data, XLSX, "MXH Binh Lu.xlsx", texts))
    c.mail(("Phàn Thị Nhất", addr("binh_lu")), "Báo cáo tuyên truyền trên mạng xã hội",
           D(2022, 5, 19, 10, 25, 0), body)
    c.rep("binh_lu", SM, R("2022-05-19"), sm(16, 2840, 48, 1530, 0))
    c.note = "social-media form in a vertical sheet"


@case("sheets", "xlsx_station_programs_period")
def _(c):
    rows = [["KẾT QUẢ TUYÊN TRUYỀN TUẦN TỪ 20/5 ĐẾN 26/5/2022"], [],
            ["Chương trình", "Số tin, bài", "Thời lượng (phút)", "Lượt phát sóng", "Người nghe, xem"],
            ["Thời sự", 14, 105, 42, 20000], ["Chuyên đề", 8, 80, 24, 12000],
            ["Truyền hình", 6, 60, 18, 15000], ["Cộng", 28, 245, 84, 47000]]
    data, texts = L.xlsx_bytes([("Tuan 20.5-26.5", rows, {"merge": ["A1:E1"], "bold_rows": (1, 3, 7)})],
                               c_when(2022, 5, 27))
    body = mixed(c, "Đài TT-TH gửi muộn báo cáo tuần, mong Phòng thông cảm.",
                 c.att(data, XLSX, "Dai TTTH tuan 20-26.5.xlsx", texts))
    c.mail(("Đài TT-TH Tam Đường", addr("dai_th_th")), "Báo cáo tuần (gửi muộn)",
           D(2022, 5, 27, 9, 0, 0), body)
    c.rep("dai_th_th", WP, W("2022-05-26", "TỪ 20/5 ĐẾN 26/5/2022"), wp(28, 245, 84, 47000))
    c.note = "station sheet per programme with a 'Cộng' row; week in the title, sent the next morning"


@case("sheets", "xlsx_ghi_chu_with_numbers")
def _(c):
    rows = [["STT", "Nội dung", "Kết quả", "Ghi chú"],
            [1, "Số tin, bài", 8, "Tăng 2 tin so với tuần trước"],
            [2, "Thời lượng (phút)", 48, "Phát 2 buổi/ngày"],
            [3, "Số lần phát sóng", 24, "Trong đó 6 lượt qua loa của bản"],
            [4, "Ước số người nghe", 2900, None]]
    data, texts = L.xlsx_bytes([("BC", rows, {"bold_rows": (1,), "widths": {"B": 24, "D": 34}})],
                               c_when(2022, 5, 5))
    body = mixed(c, "Bản Giang gửi báo cáo tuần.", c.att(data, XLSX, "BC tuan Ban Giang.xlsx", texts))
    c.mail(("Lý Thị Chăm", addr("ban_giang")), "Báo cáo tuần", D(2022, 5, 5, 15, 15, 0), body)
    c.rep("ban_giang", WP, R("2022-05-05"), wp(8, 48, 24, 2900))
    c.note = "the Ghi chú column holds other numbers (comparisons, sessions) that are not figures"


@case("sheets", "xlsx_two_row_header", "hard")
def _(c):
    rows = [["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
            ["STT", "Đơn vị", "Tin, bài", None, "Phát sóng", "Người nghe"],
            [None, None, "Số lượng", "Thời lượng (phút)", "Số lượt", "Ước số"],
            [1, "Xã Tả Lèng", 5, 32, 15, 1700]]
    data, texts = L.xlsx_bytes([("Sheet1", rows, {"merge": ["A1:F1", "A3:A4", "B3:B4", "C3:D3"],
                                                  "bold_rows": (1, 3, 4)})], c_when(2022, 6, 2))
    body = mixed(c, "Xã Tả Lèng gửi báo cáo tuần.", c.att(data, XLSX, "Ta Leng.xlsx", texts))
    c.mail(("Sùng Thị Dợ", addr("ta_leng")), "Báo cáo tuần", D(2022, 6, 2, 10, 30, 0), body)
    c.rep("ta_leng", WP, R("2022-06-02"), wp(5, 32, 15, 1700))
    c.note = "two-row merged header (Tin, bài over Số lượng/Thời lượng)"


@case("sheets", "xlsx_two_row_header_social", "hard")
def _(c):
    rows = [["TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI"], [],
            ["STT", "Đơn vị", "Nhóm mạng xã hội", None, "Tin, bài đăng tải", "Bluezone",
             "Tin giả, tin sai sự thật"],
            [None, None, "Số nhóm", "Số thành viên", "Số lượng", "Số lượt cài đặt", "Số vụ"],
            [1, "Xã Thèn Sin", 9, 1260, 27, 640, 1]]
    data, texts = L.xlsx_bytes([("MXH", rows, {"merge": ["A1:G1", "A3:A4", "B3:B4", "C3:D3"],
                                               "bold_rows": (1, 3, 4)})], c_when(2022, 6, 9))
    body = mixed(c, "Thèn Sin gửi báo cáo mạng xã hội tuần.", c.att(data, XLSX, "MXH tuan.xlsx", texts))
    c.mail(("Tao Văn Hùng", addr("then_sin")), "Báo cáo mạng xã hội", D(2022, 6, 9, 14, 44, 0), body)
    c.rep("then_sin", SM, R("2022-06-09"), sm(9, 1260, 27, 640, 1))
    c.note = "social-media form under a two-row merged header; one fake-news case"


# =========================================================================== documents


@case("documents", "docx_table")
def _(c):
    b = L.DocxBuilder(author="Ban Hon")
    b.para("UBND XÃ BẢN HON", bold=True, align="center")
    b.para("KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, align="center")
    b.table([["STT", "Nội dung", "Kết quả"], ["1", "Số tin, bài", "6"], ["2", "Thời lượng (phút)", "36"],
             ["3", "Số lần phát sóng", "18"], ["4", "Ước số người nghe", "1.900"]])
    data = b.save(c_when(2022, 6, 16))
    body = mixed(c, "Em gửi báo cáo tuần ạ.", c.att(data, DOCX, "BaoCaoTuan.docx", b.texts),
                 style="gmail", alt=True)
    c.mail(("Lò Thị Văn", addr("ban_hon")), "Báo cáo tuần", D(2022, 6, 16, 8, 55, 0), body)
    c.rep("ban_hon", WP, R("2022-06-16"), wp(6, 36, 18, V(1900, "1.900")))
    c.note = "docx with a three-column table"


@case("documents", "docx_paragraphs_prose")
def _(c):
    b = L.DocxBuilder(author="Giang Ma")
    b.para("ỦY BAN NHÂN DÂN XÃ GIANG MA", bold=True)
    b.para("BÁO CÁO NHANH KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, align="center")
    b.para("Trong tuần, đài truyền thanh xã đã biên tập và phát 07 tin, bài về phòng chống dịch "
           "Covid-19, phòng chống thiên tai mùa mưa bão và cài đặt ứng dụng PC-Covid; tổng thời "
           "lượng 50 phút; số lượt phát sóng 21 lượt; ước số người nghe khoảng 2.200 người.",
           indent=True, align="justify")
    b.para("Trên đây là báo cáo nhanh kết quả tuyên truyền của UBND xã Giang Ma./.", indent=True)
    data = b.save(c_when(2022, 6, 23))
    body = mixed(c, "Giang Ma gửi báo cáo nhanh.", c.att(data, DOCX, "bao cao nhanh.docx", b.texts))
    c.mail(("Giàng A Lử", addr("giang_ma")), "Báo cáo nhanh tuần", D(2022, 6, 23, 14, 5, 0), body)
    c.rep("giang_ma", WP, R("2022-06-23"),
          wp(V(7, "07 tin, bài"), V(50, "50 phút"), V(21, "21 lượt"), V(2200, "2.200 người")))
    c.note = "docx with the figures in a prose paragraph"


@case("documents", "docx_nd30_official")
def _(c):
    b = L.DocxBuilder(author="UBND xa Na Tam")
    nd30_docx(b, [("UBND HUYỆN TAM ĐƯỜNG", False), ("UBND XÃ NÀ TĂM", True)],
              [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)],
              "Số: 25/BC-UBND", "Nà Tăm, ngày 30 tháng 6 năm 2022", "BÁO CÁO",
              "Kết quả công tác tuyên truyền tuần từ ngày 24/6 đến ngày 30/6/2022",
              ["Phòng Văn hóa và Thông tin huyện Tam Đường"])
    b.para("Căn cứ Công văn số 12/VHTT ngày 04/01/2022 của Phòng Văn hóa và Thông tin huyện; "
           "UBND xã Nà Tăm báo cáo kết quả công tác tuyên truyền trong tuần như sau:", indent=True,
           italic=False, align="justify")
    b.table([["STT", "Nội dung", "Kết quả", "Ghi chú"],
             ["1", "Số lượng tin, bài", "06", ""], ["2", "Độ dài tin, bài (phút)", "45", ""],
             ["3", "Số lượng phát sóng (lượt)", "18", ""], ["4", "Ước số lượng người nghe", "2.000", ""]])
    b.para("Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND xã Nà Tăm./.", indent=True)
    b.para("Nơi nhận:", bold=True, italic=True, size=12)
    b.para("- Như trên;", size=11)
    b.para("- Lưu: VT.", size=11)
    b.para("TM. ỦY BAN NHÂN DÂN", bold=True, align="right")
    b.para("KT. CHỦ TỊCH", bold=True, align="right")
    b.para("PHÓ CHỦ TỊCH", bold=True, align="right")
    b.para("Lò Văn Toán", bold=True, align="right")
    data = b.save(c_when(2022, 6, 30))
    body = mixed(c, "UBND xã Nà Tăm gửi Báo cáo số 25/BC-UBND.",
                 c.att(data, DOCX, "25-BC-UBND.docx", b.texts))
    c.mail(("UBND xã Nà Tăm", addr("na_tam")), "Báo cáo số 25/BC-UBND", D(2022, 6, 30, 15, 10, 0), body)
    c.rep("na_tam", WP, W("2022-06-30", "tuần từ ngày 24/6 đến ngày 30/6/2022"),
          wp(V(6, "06"), 45, 18, V(2000, "2.000")))
    c.note = "official Nghị định 30 layout (header table, Số, place-date, Kính gửi, Nơi nhận)"


@case("documents", "pdf_text_layer")
def _(c):
    lines = [("UBND XÃ SƠN BÌNH", 13, True, "left"),
             ("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", 14, True, "center"), ("", 10, False, "left"),
             ("1. Số tin, bài: 05", 13, False, "left"), ("2. Thời lượng: 35 phút", 13, False, "left"),
             ("3. Số lần phát sóng: 15", 13, False, "left"),
             ("4. Ước số người nghe: 2.400 người", 13, False, "left"), ("", 10, False, "left"),
             ("Người lập: Nguyễn Thị Thu Hà", 13, False, "left2")]
    data, texts = L.pdf_text(lines, title="Bao cao tuan", author="Son Binh")
    body = mixed(c, "Xã Sơn Bình gửi báo cáo tuần (PDF).", c.att(data, PDF, "SonBinh_tuan.pdf", texts))
    c.mail(("Nguyễn Thị Thu Hà", addr("son_binh")), "Báo cáo tuần", D(2022, 7, 7, 11, 35, 0), body)
    c.rep("son_binh", WP, R("2022-07-07"),
          wp(V(5, "05"), V(35, "35 phút"), 15, V(2400, "2.400 người")))
    c.note = "PDF with a text layer"


@case("documents", "docx_unit_only_in_header")
def _(c):
    b = L.DocxBuilder(author="ngocbich")
    b.header_nd30([("UBND HUYỆN TAM ĐƯỜNG", False), ("UBND XÃ BÌNH LƯ", True)],
                  [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True)],
                  "Số:      /BC-UBND", "Bình Lư, ngày      tháng 7 năm 2022")
    b.para("BÁO CÁO", bold=True, align="center")
    b.para("Kết quả tuyên truyền trên hệ thống truyền thanh cơ sở", bold=True, align="center")
    b.para("- Số tin, bài: 09", indent=True)
    b.para("- Độ dài: 60 phút", indent=True)
    b.para("- Số lần phát sóng: 27", indent=True)
    b.para("- Ước số người nghe: 3.800", indent=True)
    data = b.save(c_when(2022, 7, 14))
    body = mixed(c, "Em gửi báo cáo tuần ạ. Em gửi bằng mail cá nhân vì mail cơ quan không đăng nhập được.",
                 c.att(data, DOCX, "Document1.docx", b.texts), style="gmail", alt=True)
    c.mail(("Ngoc Bich", "ngocbich1990@gmail.com"), "báo cáo", D(2022, 7, 14, 10, 50, 0), body)
    c.rep("binh_lu", WP, R("2022-07-14"), wp(V(9, "09"), V(60, "60 phút"), 27, V(3800, "3.800")))
    c.note = "personal address; the unit is named only in the document header (blank number and day)"


@case("documents", "pdf_nd30_station")
def _(c):
    lines = [("UBND HUYỆN TAM ĐƯỜNG", 12, False, "lcenter", True),
             ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, "rcenter"),
             ("ĐÀI TRUYỀN THANH - TRUYỀN HÌNH", 12, True, "lcenter", True),
             ("Độc lập - Tự do - Hạnh phúc", 13, True, "rcenter"),
             ("Số: 33/BC-ĐTTTH", 13, False, "lcenter", True),
             ("Tam Đường, ngày 21 tháng 7 năm 2022", 13, False, "rcenter"),
             ("", 8, False, "left"), ("BÁO CÁO", 14, True, "center"),
             ("Kết quả tuyên truyền tuần từ ngày 15/7 đến ngày 21/7/2022", 14, True, "center"),
             ("Kính gửi: Phòng Văn hóa và Thông tin huyện", 13, False, "center"),
             ("", 8, False, "left"),
             ("Trong tuần, Đài đã sản xuất, phát sóng 30 tin, bài, phóng sự với tổng thời lượng", 13, False, "left"),
             ("250 phút; số lần phát sóng 90 lần; ước số người nghe, xem 48.000 người.", 13, False, "left"),
             ("", 8, False, "left"), ("Nơi nhận:", 12, True, "left", True), ("GIÁM ĐỐC", 13, True, "rcenter"),
             ("- Như trên;", 11, False, "left"), ("- Lưu: VT.", 11, False, "left"),
             ("Hoàng Văn Quyết", 13, True, "rcenter")]
    data, texts = L.pdf_text(lines, title="33-BC-DTTTH", author="Dai TT-TH")
    body = mixed(c, "Đài TT-TH huyện gửi Báo cáo số 33/BC-ĐTTTH.",
                 c.att(data, PDF, "33-BC-ĐTTTH.pdf", texts, style="rfc2231"))
    c.mail(("Đài TT-TH huyện Tam Đường", addr("dai_th_th")), "Báo cáo số 33/BC-ĐTTTH",
           D(2022, 7, 21, 14, 0, 0), body)
    c.rep("dai_th_th", WP, W("2022-07-21", "tuần từ ngày 15/7 đến ngày 21/7/2022"),
          wp(V(30, "30 tin, bài"), V(250, "250 phút"), V(90, "90 lần"), V(48000, "48.000 người")))
    c.note = "PDF in the official layout, figures in prose across two lines"


@case("documents", "docx_social_media_table")
def _(c):
    b = L.DocxBuilder(author="Ho Thau")
    b.para("UBND XÃ HỒ THẦU", bold=True, align="center")
    b.para("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI", bold=True, align="center")
    b.table([["STT", "Nội dung", "Kết quả"], ["1", "Số nhóm Zalo", "11"],
             ["2", "Số thành viên", "1.480"], ["3", "Số tin, bài đăng tải", "30"],
             ["4", "Số người cài đặt Bluezone", "820"], ["5", "Số vụ tin giả", "0"]])
    data = b.save(c_when(2022, 7, 28))
    body = mixed(c, "Hồ Thầu gửi báo cáo mạng xã hội.", c.att(data, DOCX, "MXH_HoThau.docx", b.texts))
    c.mail(("Lò Văn Pằng", addr("ho_thau")), "Báo cáo mạng xã hội tuần", D(2022, 7, 28, 9, 10, 0), body)
    c.rep("ho_thau", SM, R("2022-07-28"), sm(11, V(1480, "1.480"), 30, 820, 0))
    c.note = "social-media form in a docx table"


@case("documents", "pdf_scan_only", "hard")
def _(c):
    img = L.paper_image([("UBND XÃ KHUN HÁ", 34, True), ("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", 34, True),
                         ("1. Số tin, bài: 06", 30, False), ("2. Thời lượng: 40 phút", 30, False),
                         ("3. Số lượt phát sóng: 18", 30, False), ("4. Ước số người nghe: 2.200", 30, False),
                         ("TM. UBND XÃ - CHỦ TỊCH", 30, True)], seed=804)
    data = L.pdf_scan(img)
    body = mixed(c, "Xã Khun Há gửi báo cáo tuần (bản scan có dấu đỏ).",
                 c.att(data, PDF, "scan0804.pdf", []))
    c.mail(("UBND xã Khun Há", addr("khun_ha")), "Báo cáo tuần (bản scan)", D(2022, 8, 4, 15, 20, 0), body)
    c.rep("khun_ha", WP, R("2022-08-04"), {}, status="needs_review")
    c.note = "image-only scanned PDF: unit and week known, figures not readable as text"


@case("documents", "photo_jpeg", "hard")
def _(c):
    img = L.paper_image([("Xã Nùng Nàng - báo cáo tuần", 36, True), ("Số tin bài: 5", 32, False),
                         ("Thời lượng: 30 phút", 32, False), ("Lượt phát sóng: 15", 32, False),
                         ("Người nghe: 1.300", 32, False)], seed=811, size=(1000, 760), skew=-3.5,
                        photo=True)
    data = L.jpeg(img, 70)
    body = mixed(c, "Em gửi ảnh chụp báo cáo ạ, máy tính xã đang hỏng.",
                 c.att(data, "image/jpeg", "IMG_20220811_093012.jpg", []), style="gmail", alt=True)
    c.mail(("Chảo Thị Mẩy", addr("nung_nang")), "Báo cáo tuần", D(2022, 8, 11, 9, 31, 0), body)
    c.rep("nung_nang", WP, R("2022-08-11"), {}, status="needs_review")
    c.note = "phone photo of the report page: held, nothing readable as text"
