"""Families sheet, doc, pdf, html, legacy."""
from h11lib import OFFICE, UNITS, UTC, VN, at, fold, sent, thursday, unit_email, to_tcvn3
from h11files import rtf_doc_file, csv_file, docx_file, image_file, pdf_file, scanned_pdf, xls_file, xlsx_file

WP = "weekly_propaganda"
SM = "social_media"
GM = "grassroots_monthly"


def U(uid, name=None):
    return (name if name is not None else "UBND " + UNITS[uid]["name"], unit_email(uid))


def short(uid):
    return UNITS[uid]["name"].replace("Xã ", "").replace("Thị trấn ", "")


def official(uid, number, date_line, summary, body, table=None, after=None, signer="Lò Văn Hải", title="CHỦ TỊCH",
             authority="TM. ỦY BAN NHÂN DÂN"):
    up = UNITS[uid]["name"].upper()
    blocks = [("header", ["UBND HUYỆN TAM ĐƯỜNG", "UBND " + up, "Số: %s" % number],
               ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", date_line]),
              ("p", "BÁO CÁO", {"bold": True, "center": True}),
              ("p", summary, {"bold": True, "center": True}),
              ("p", "Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.", {"center": True})]
    for para in body:
        blocks.append(("p", para, {}))
    if table:
        blocks.append(("table", table))
    for para in after or []:
        blocks.append(("p", para, {}))
    blocks += [("p", "Nơi nhận:", {"bold": True, "italic": True, "size": 12}),
               ("p", "- Như trên;", {"size": 11}), ("p", "- Lưu: VT.", {"size": 11}),
               ("p", authority, {"bold": True, "center": True}), ("p", title, {"bold": True, "center": True}),
               ("p", signer, {"bold": True, "center": True})]
    return blocks


HDR = ["Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Ước số người nghe"]


def define(add, R, V):
    # ------------------------------------------------------------------ sheet
    t = thursday(3)
    a = xlsx_file("BC_tuan_Ban_Bo.xlsx", [("Sheet1", [["Đơn vị"] + HDR, ["Xã Bản Bo", 9, 45, 18, 1400]], {"bold_first": True})])
    add("sheet", "xlsx_header_row", dict(frm=U("ban_bo"), subject="Báo cáo tuần", date=sent(t, -1, 10, 0),
        text="Xã Bản Bo gửi báo cáo tuần (file đính kèm).", atts=[a]),
        [R("ban_bo", WP, t, V(9, 45, 18, 1400))], "xlsx: header row and one data row")

    t = thursday(11)
    a = xlsx_file("Bao cao tuyen truyen.xlsx", [("Báo cáo", [
        ["UBND XÃ BÌNH LƯ"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN (từ 10/03 đến 16/03/2023)"], [],
        ["Nội dung", "Kết quả"], ["Số tin, bài", 12], ["Độ dài (phút)", 60], ["Số lần phát sóng", 24], ["Ước số người nghe", 2500]],
        {"widths": {"A": 40}})])
    add("sheet", "xlsx_vertical_stated", dict(frm=U("binh_lu"), subject="BC tuần Bình Lư", date=sent(t, 1, 8, 30),
        text="Gửi Phòng.", atts=[a]),
        [R("binh_lu", WP, t, V(12, 60, 24, 2500), stated="16/03/2023")], "xlsx label/value column with the week in the title")

    t = thursday(15)
    a = xlsx_file("tuan.xlsx", [("Tuần", [HDR, [10, ("time", 1, 15), 20, 1800]], {})])
    add("sheet", "xlsx_excel_time", dict(frm=U("then_sin"), subject="Bao cao tuan Then Sin", date=sent(t, 0, 9, 20),
        text="Xa Then Sin gui file bao cao tuan.", atts=[a]),
        [R("then_sin", WP, t, V(10, 75, 20, 1800), written={"minutes": "1:15"})], "duration typed as an Excel time 1:15 = 75 minutes")

    t = thursday(17)
    a = xlsx_file("BC tuan 27-4.xlsx", [
        ("T27.4", [["BÁO CÁO TUẦN TỪ 21/4 ĐẾN 27/4/2023 - XÃ NÙNG NÀNG"], HDR, [11, 55, 22, 2000]], {}),
        ("T20.4", [["BÁO CÁO TUẦN TỪ 14/4 ĐẾN 20/4/2023 - XÃ NÙNG NÀNG"], HDR, [9, 45, 18, 1700]], {})])
    add("sheet", "xlsx_last_week_second_sheet", dict(frm=U("nung_nang"), subject="Báo cáo tuần đến 27/4", date=sent(t, 0, 10, 45),
        text="Xã Nùng Nàng gửi báo cáo tuần đến 27/4/2023.", atts=[a]),
        [R("nung_nang", WP, t, V(11, 55, 22, 2000), stated="27/4/2023")],
        "workbook keeps last week's sheet beside this week's; only this week counts", "hard")

    t = thursday(20)
    a = xlsx_file("KQ tuyen truyen.xlsx", [("KQ", [["Chỉ tiêu", "Trong tuần", "Lũy kế từ đầu năm"],
        ["Số tin, bài", 10, 198], ["Độ dài (phút)", 50, 1020], ["Số lần phát sóng", 20, 401], ["Ước số người nghe", 1900, 38500]], {})])
    add("sheet", "xlsx_cumulative_column", dict(frm=U("giang_ma"), subject="BC tuần Giang Ma", date=sent(t, -1, 15, 50),
        text="Xã Giang Ma gửi báo cáo.", atts=[a]),
        [R("giang_ma", WP, t, V(10, 50, 20, 1900))], "week column beside a cumulative column", "hard")

    t = thursday(24)
    a = xlsx_file("bc.xlsx", [("Sheet1", [HDR, ["8", "40 phút", "16", "2.500"]], {})])
    add("sheet", "xlsx_text_numbers", dict(frm=U("ta_leng"), subject="Báo cáo tuần xã Tả Lèng", date=sent(t, 0, 8, 0),
        text="", atts=[a]),
        [R("ta_leng", WP, t, V(8, 40, 16, 2500))], "numbers typed as text, 2.500 with a thousands dot, empty body")

    t = thursday(27)
    a = xls_file("BCtuan.xls", [("Sheet1", [["UBND XÃ HỒ THẦU"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], HDR, [9, 45, 18, 1300]])])
    add("sheet", "xls_simple", dict(frm=U("ho_thau"), subject="BC tuần Hồ Thầu", date=sent(t, -1, 16, 0),
        text="Gửi Phòng file báo cáo.", atts=[a]),
        [R("ho_thau", WP, t, V(9, 45, 18, 1300))], "legacy .xls (BIFF8)")

    t = thursday(30)
    a = csv_file("bao_cao_tuan.csv", [["don_vi", "so_tin_bai", "do_dai_phut", "so_lan_phat_song", "so_nguoi_nghe"],
                                       ["Ban Giang", "10", "50", "20", "1900"]], sep=";")
    add("sheet", "csv_semicolon_bom", dict(frm=U("ban_giang"), subject="bao cao tuan (csv)", date=sent(t, -1, 9, 10),
        text="Xa Ban Giang gui file csv.", atts=[a]),
        [R("ban_giang", WP, t, V(10, 50, 20, 1900))], "CSV with BOM, semicolons, ASCII headers")

    t = thursday(32)
    a = xlsx_file("Mau bao cao tuan.xlsx", [("Mẫu", [["UBND XÃ ..."], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], HDR, [None, None, None, None]], {})])
    add("sheet", "xlsx_blank_template", dict(frm=U("khun_ha"), subject="Báo cáo tuần xã Khun Há", date=sent(t, 0, 10, 0),
        text="Xã Khun Há gửi báo cáo tuần.", atts=[a]),
        [R("khun_ha", WP, t, {}, "needs_review")], "the blank template was attached instead of the filled one")

    t = thursday(34)
    a = xlsx_file("MXH_Bluezone.xlsx", [("MXH", [["Chỉ tiêu", "Số liệu"], ["Số nhóm Zalo (lũy kế)", 18], ["Số thành viên", 2350],
        ["Số tin, bài đăng tải", 45], ["Số lượt cài đặt Bluezone (lũy kế)", 3120], ["Số vụ tin giả", 0]], {})])
    add("sheet", "xlsx_social_media", dict(frm=U("tt_tam_duong"), subject="Báo cáo tuyên truyền trên mạng xã hội tuần",
        date=sent(t, -1, 14, 0), text="Thị trấn Tam Đường gửi báo cáo mạng xã hội, Bluezone.", atts=[a]),
        [R("tt_tam_duong", SM, t, {"groups": 18, "group_members": 2350, "posts": 45, "bluezone_installs": 3120, "fake_news": 0})],
        "social-media form in a sheet; running totals are what the form asks")

    t = thursday(39)
    a = xlsx_file("tong hop.xlsx", [("Bản", [["Bản", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Số người nghe"],
        ["Bản Hon", 3, 15, 6, 420], ["Bản Lở Thàng", 4, 20, 8, 510], ["Bản Sì Thâu Chải", 3, 15, 6, 380], ["Tổng cộng", 10, 50, 20, 1310]], {})])
    add("sheet", "xlsx_village_rows_total", dict(frm=U("ban_hon"), subject="BC tuần Bản Hon", date=sent(t, -1, 11, 0),
        text="Xã Bản Hon gửi báo cáo tuần theo từng bản.", atts=[a]),
        [R("ban_hon", WP, t, V(10, 50, 20, 1310))], "rows per village and a total row: the total is the report", "hard")

    t = thursday(48)
    a = xlsx_file("BC tuan.xlsx", [("Sheet1", [HDR, [13, 65, 26, 2700]], {}), ("Sheet2", [], {}), ("Sheet3", [], {})])
    add("sheet", "xlsx_empty_extra_sheets", dict(frm=U("na_tam"), subject="Báo cáo tuần Nà Tăm", date=sent(t, 0, 7, 45),
        text="Nà Tăm gửi báo cáo.", atts=[a]),
        [R("na_tam", WP, t, V(13, 65, 26, 2700))], "default empty sheets beside the data")

    # ------------------------------------------------------------------ doc
    t = thursday(10)
    blocks = official("ban_hon", "15/BC-UBND", "Bản Hon, ngày 08 tháng 3 năm 2023", "Kết quả công tác tuyên truyền tuần",
                      ["Căn cứ Công văn số 122/VHTT ngày 06/02/2023 của Phòng Văn hóa và Thông tin huyện về việc báo cáo kết quả tuyên truyền hằng tuần;",
                       "UBND xã Bản Hon báo cáo kết quả tuyên truyền trên hệ thống truyền thanh cơ sở trong tuần như sau:"],
                      [["STT"] + HDR, ["1", "11", "55", "22", "1.850"]],
                      ["Trên đây là báo cáo kết quả tuyên truyền tuần của UBND xã Bản Hon./."])
    a = docx_file("15-BC-UBND.docx", blocks)
    add("doc", "nd30_table", dict(frm=U("ban_hon"), subject="Báo cáo số 15/BC-UBND", date=sent(t, -1, 9, 0),
        text="Kính gửi Phòng VHTT, UBND xã Bản Hon gửi Báo cáo số 15/BC-UBND.", atts=[a]),
        [R("ban_hon", WP, t, V(11, 55, 22, 1850))], "Nghị định 30 letter with a table; document number and dates are not figures")

    t = thursday(14)
    blocks = official("son_binh", "08/BC-UBND", "Sơn Bình, ngày 05 tháng 4 năm 2023", "Kết quả tuyên truyền tuần từ 31/3 đến 06/4/2023",
                      ["Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND xã Sơn Bình báo cáo như sau:",
                       "1. Số tin, bài đã phát: 9 tin, bài.", "2. Độ dài các tin, bài: 45 phút.",
                       "3. Số lần phát sóng: 18 lần trên 02 cụm loa.", "4. Ước số người nghe: 1.600 người.",
                       "Trên đây là báo cáo của UBND xã Sơn Bình./."])
    a = docx_file("BC 08 Son Binh.docx", blocks)
    add("doc", "nd30_paragraphs", dict(frm=U("son_binh"), subject="V/v báo cáo kết quả tuyên truyền tuần", date=sent(t, -1, 15, 10),
        text="Gửi Phòng báo cáo (đính kèm).", atts=[a]),
        [R("son_binh", WP, t, V(9, 45, 18, 1600), stated="06/4/2023")], "numbered paragraphs, '02 cụm loa' is not a figure")

    t = thursday(18)
    a = docx_file("BC tuan Ta Leng.docx", official("ta_leng", "21/BC-UBND", "Tả Lèng, ngày 03 tháng 5 năm 2023",
        "Kết quả tuyên truyền tuần và kế hoạch tuần tới",
        ["UBND xã Tả Lèng báo cáo kết quả thực hiện và kế hoạch tuần tới như sau:"],
        [["Nội dung", "Thực hiện trong tuần", "Kế hoạch tuần tới"], ["Số tin, bài", "10", "12"], ["Độ dài (phút)", "50", "60"],
         ["Số lần phát sóng", "20", "24"], ["Ước số người nghe", "1.800", "2.000"]]))
    add("doc", "plan_column", dict(frm=U("ta_leng"), subject="Báo cáo tuần xã Tả Lèng", date=sent(t, -1, 10, 40),
        text="Xã Tả Lèng gửi báo cáo.", atts=[a]),
        [R("ta_leng", WP, t, V(10, 50, 20, 1800))], "table with a 'plan for next week' column beside the results", "hard")

    t = thursday(22)
    a = docx_file("BC TTCS thang 5.docx", official("binh_lu", "30/BC-UBND", "Bình Lư, ngày 19 tháng 5 năm 2023",
        "Công tác thông tin cơ sở tháng 5 năm 2023",
        ["UBND xã Bình Lư báo cáo công tác thông tin cơ sở tháng 5 năm 2023 (từ 21/4 đến 20/5/2023):"],
        [["Nội dung", "Số lượng"], ["Số bản tin thông tin cơ sở", "4"], ["Số bảng tin công cộng (lũy kế)", "12"],
         ["Số tài liệu tuyên truyền đã cấp phát", "350"], ["Số ý kiến phản ánh của người dân", "3"]]))
    add("doc", "monthly_grassroots", dict(frm=U("binh_lu"), subject="Báo cáo công tác thông tin cơ sở tháng 5/2023", date=at(2023, 5, 19, 14, 0),
        text="UBND xã Bình Lư gửi báo cáo tháng.", atts=[a]),
        [R("binh_lu", GM, __import__("datetime").date(2023, 5, 20), {"bulletins": 4, "notice_boards": 12, "leaflets": 350, "feedback": 3},
           stated="20/5/2023")], "monthly grassroots form in an official letter")

    t = thursday(25)
    a = docx_file("Bao cao tuan.docx", official("nung_nang", "19/BC-UBND", "Nùng Nàng, ngày 21 tháng 6 năm 2023",
        "Kết quả tuyên truyền tuần",
        ["UBND xã Nùng Nàng báo cáo: số tin, bài 10; độ dài 50 phút; số lần phát sóng 20; ước số người nghe 2.200 người."],
        after=["Địa chỉ: Bản Nùng Nàng, xã Nùng Nàng, huyện Tam Đường. ĐT: 0213 3785 216. Email: nungnang.tamduong@laichau.gov.vn"],
        signer="Lý A Sử"))
    add("doc", "footer_contacts", dict(frm=U("nung_nang"), subject="BC tuần Nùng Nàng", date=sent(t, -1, 8, 50),
        text="Gửi Phòng VHTT.", atts=[a]),
        [R("nung_nang", WP, t, V(10, 50, 20, 2200))], "letter with an address/phone block")

    t = thursday(28)
    a = docx_file("Dai TTTH BC tuan.docx", [
        ("header", ["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH", "Số: 42/BC-ĐTTTH"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tam Đường, ngày 12 tháng 7 năm 2023"]),
        ("p", "BÁO CÁO", {"bold": True, "center": True}), ("p", "Kết quả tuyên truyền tuần", {"bold": True, "center": True}),
        ("table", [["Chương trình", "Số tin, bài", "Thời lượng (phút)", "Số lần phát sóng"],
                   ["Thời sự", "20", "180", "40"], ["Chuyên mục", "12", "120", "24"], ["Tổng cộng", "32", "300", "64"]]),
        ("p", "Ước số người nghe, xem: 14.000 người.", {}),
        ("p", "GIÁM ĐỐC", {"bold": True, "center": True}), ("p", "Lò Văn Piểng", {"bold": True, "center": True})])
    add("doc", "station_programs_total", dict(frm=("Đài TT-TH Tam Đường", unit_email("dai_th_th")), subject="Đài TT-TH báo cáo tuần",
        date=sent(t, -1, 16, 10), text="Đài gửi báo cáo tuần.", atts=[a]),
        [R("dai_th_th", WP, t, V(32, 300, 64, 14000))], "district station: programme rows and a total row")

    t = thursday(31)
    a = docx_file("BC MXH Bản Giang.docx", [
        ("p", "UBND XÃ BẢN GIANG", {"bold": True}), ("p", "BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI VÀ BLUEZONE", {"bold": True, "center": True}),
        ("p", "1. Số nhóm Zalo đã thành lập: 14 nhóm (lũy kế).", {}), ("p", "2. Tổng số thành viên: 1.980 người.", {}),
        ("p", "3. Số tin, bài đăng tải trong tuần: 32.", {}), ("p", "4. Số lượt cài đặt Bluezone: lũy kế 2.640 lượt, trong tuần tăng 25 lượt.", {}),
        ("p", "5. Số vụ tin giả, tin sai sự thật: không phát hiện (0 vụ).", {})])
    add("doc", "social_media_paragraphs", dict(frm=U("ban_giang"), subject="Báo cáo mạng xã hội tuần", date=sent(t, 0, 9, 30),
        text="Xã Bản Giang gửi báo cáo.", atts=[a]),
        [R("ban_giang", SM, t, {"groups": 14, "group_members": 1980, "posts": 32, "bluezone_installs": 2640, "fake_news": 0})],
        "social media in paragraphs: Bluezone running total beside the week's increase", "hard")

    t = thursday(41)
    a = docx_file("BC tuan Khun Ha.docx", official("khun_ha", "55/BC-UBND", "Khun Há, ngày 11 tháng 10 năm 2023", "Kết quả tuyên truyền tuần",
        ["UBND xã Khun Há báo cáo kết quả tuyên truyền tuần như sau:"],
        [["Bản", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Số người nghe"],
         ["Khun Há", "4", "20", "8", "600"], ["Phiêng Chá", "3", "15", "6", "450"], ["Tổng", "7", "35", "14", "1.050"]], signer="Tẩn A Lềnh"))
    add("doc", "village_rows_total", dict(frm=U("khun_ha"), subject="Khun Há BC tuần", date=sent(t, -1, 14, 5),
        text="Xã Khun Há gửi báo cáo.", atts=[a]),
        [R("khun_ha", WP, t, V(7, 35, 14, 1050))], "docx table per village with a total row")

    t = thursday(46)
    a = rtf_doc_file("BC tuan Ban Bo.doc", ["UBND XÃ BẢN BO", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN",
        "Bản Bo, ngày 15 tháng 11 năm 2023",
        "1. Số tin, bài: 12", "2. Độ dài: 60 phút", "3. Số lần phát sóng: 24", "4. Ước số người nghe: 1.850 người",
        "TM. UBND XÃ", "Lò Văn Thắng"])
    add("doc", "rtf_named_doc", dict(frm=U("ban_bo"), subject="Báo cáo tuần xã Bản Bo", date=sent(t, -1, 10, 25),
        text="Xã Bản Bo gửi báo cáo tuần (file .doc).", atts=[a]),
        [R("ban_bo", WP, t, V(12, 60, 24, 1850))], "a .doc file that is Rich Text inside (Word 'save as')")

    # ------------------------------------------------------------------ pdf
    t = thursday(12)
    a = pdf_file("BC_tuan_Giang_Ma.pdf", [[
        ("UBND HUYỆN TAM ĐƯỜNG", {}), ("UBND XÃ GIANG MA", {"bold": True}), ("Số: 12/BC-UBND", {}),
        ("Giang Ma, ngày 22 tháng 3 năm 2023", {}), ("BÁO CÁO", {"bold": True, "center": True}),
        ("Kết quả công tác tuyên truyền tuần", {"bold": True, "center": True}),
        ("1. Số tin, bài: 10 tin, bài", {}), ("2. Độ dài: 50 phút", {}), ("3. Số lần phát sóng: 20 lần", {}),
        ("4. Ước số người nghe: 1.750 người", {}), ("CHỦ TỊCH", {"bold": True, "x": 380}), ("Vàng A Dế", {"bold": True, "x": 380})]])
    add("pdf", "text_pdf_lines", dict(frm=U("giang_ma"), subject="Báo cáo tuần (pdf)", date=sent(t, -1, 15, 0),
        text="Xã Giang Ma gửi báo cáo tuần.", atts=[a]),
        [R("giang_ma", WP, t, V(10, 50, 20, 1750))], "text PDF of a letter")

    t = thursday(16)
    cols = {"cols": [60, 200, 320, 430]}
    a = pdf_file("BaoCao.pdf", [[
        ("UBND XÃ THÈN SIN", {"bold": True}), ("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", {"bold": True, "center": True}),
        ("Số tin, bài\tĐộ dài (phút)\tSố lần phát sóng\tSố người nghe", cols), ("8\t40\t16\t1.250", cols)]])
    add("pdf", "text_pdf_table", dict(frm=U("then_sin"), subject="BC tuan", date=sent(t, 0, 10, 0),
        text="", atts=[a]),
        [R("then_sin", WP, t, V(8, 40, 16, 1250))], "text PDF with a drawn table, empty body")

    t = thursday(21)
    a = scanned_pdf("scan0001.pdf", [
        ("UBND XÃ BẢN BO", {"bold": True}), ("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", {"bold": True, "center": True}),
        ("Số tin, bài: 9", {}), ("Độ dài: 45 phút", {}), ("Số lần phát sóng: 18", {}), ("Ước số người nghe: 1.500", {})], seed=2101)
    add("pdf", "scanned_pdf", dict(frm=U("ban_bo"), subject="Báo cáo tuần (bản scan)", date=sent(t, -1, 16, 40),
        text="Xã Bản Bo gửi bản scan báo cáo có chữ ký, đóng dấu.", atts=[a]),
        [R("ban_bo", WP, t, V(9, 45, 18, 1500), "needs_review")], "scanned PDF: a clerk must read and confirm the figures")

    t = thursday(26)
    a = image_file("IMG_20230628_0912.jpg", [
        ("XÃ HỒ THẦU - BÁO CÁO TUẦN", {"bold": True}), ("Số tin bài: 7", {}), ("Thời lượng: 35 phút", {}),
        ("Phát sóng: 14 lần", {}), ("Người nghe: 980", {})], seed=2602, angle=3.0)
    add("pdf", "phone_photo", dict(frm=("Giàng A Páo", "giangapao.hothau@gmail.com"), subject="anh bao cao tuan xa Ho Thau",
        date=sent(t, -1, 9, 15), text="Em chup anh bao cao gui phong a", atts=[a]),
        [R("ho_thau", WP, t, V(7, 35, 14, 980), "needs_review")], "phone photo of a paper report from a personal address")

    t = thursday(29)
    a = pdf_file("BC tuan Nung Nang.pdf", [
        [("UBND XÃ NÙNG NÀNG", {"bold": True}), ("Số: 33/BC-UBND", {}), ("Nùng Nàng, ngày 19 tháng 7 năm 2023", {}),
         ("BÁO CÁO", {"bold": True, "center": True}), ("Kết quả tuyên truyền tuần", {"bold": True, "center": True}),
         ("UBND xã báo cáo kết quả tuyên truyền tuần (chi tiết tại Phụ lục kèm theo).", {}),
         ("TM. ỦY BAN NHÂN DÂN", {"bold": True, "x": 350}), ("CHỦ TỊCH", {"bold": True, "x": 380})],
        [("Phụ lục I", {"bold": True, "center": True}), ("KẾT QUẢ TUYÊN TRUYỀN TUẦN", {"bold": True, "center": True}),
         ("Số tin, bài\tĐộ dài (phút)\tSố lần phát sóng\tƯớc số người nghe", {"cols": [60, 190, 310, 430]}),
         ("12\t60\t24\t2.300", {"cols": [60, 190, 310, 430]})]])
    add("pdf", "appendix_page2", dict(frm=U("nung_nang"), subject="Báo cáo 33/BC-UBND", date=sent(t, -1, 10, 20),
        text="Gửi Phòng.", atts=[a]),
        [R("nung_nang", WP, t, V(12, 60, 24, 2300))], "figures in an appendix on page 2")

    t = thursday(42)
    a = pdf_file("bao cao.pdf", [[
        ("UBND XÃ NÀ TĂM", {"bold": True}), ("KẾT QUẢ TUYÊN TRUYỀN TUẦN", {"bold": True, "center": True}),
        ("Nội dung\tTrong tuần\tLũy kế năm 2023", {"cols": [60, 260, 380]}),
        ("Số tin, bài\t11\t402", {"cols": [60, 260, 380]}), ("Độ dài (phút)\t55\t2.010", {"cols": [60, 260, 380]}),
        ("Số lần phát sóng\t22\t815", {"cols": [60, 260, 380]}), ("Ước số người nghe\t2.050\t79.300", {"cols": [60, 260, 380]})]])
    add("pdf", "pdf_cumulative_column", dict(frm=U("na_tam"), subject="Báo cáo tuần", date=sent(t, 0, 11, 5),
        text="Nà Tăm gửi báo cáo.", atts=[a]),
        [R("na_tam", WP, t, V(11, 55, 22, 2050))], "PDF with a year-to-date column", "hard")

    t = thursday(46)
    a = image_file("bao_cao_tuan.png", [
        ("UBND XÃ SƠN BÌNH", {"bold": True}), ("BÁO CÁO TUẦN", {"bold": True}),
        ("Số tin, bài\tĐộ dài\tLần phát\tNgười nghe", {"cols": [120, 380, 620, 860]}),
        ("10\t50 phút\t20\t1.450", {"cols": [120, 380, 620, 860]})], seed=4601, angle=0.0, photo=False)
    add("pdf", "screenshot_png", dict(frm=U("son_binh"), subject="Báo cáo tuần Sơn Bình", date=sent(t, -1, 15, 45),
        text="Xã gửi ảnh chụp màn hình báo cáo.", atts=[a]),
        [R("son_binh", WP, t, V(10, 50, 20, 1450), "needs_review")], "figures only in a screenshot image")

    # ------------------------------------------------------------------ html
    t = thursday(13)
    html = ("<html><body><div>Kính gửi Phòng VHTT,</div><div>Xã Tả Lèng báo cáo kết quả tuyên truyền tuần:</div>"
            "<table border=\"1\" cellspacing=\"0\"><tr><th>Số tin, bài</th><th>Độ dài (phút)</th><th>Số lần phát sóng</th><th>Ước số người nghe</th></tr>"
            "<tr><td>9</td><td>45</td><td>18</td><td>1.550</td></tr></table><div>Trân trọng.</div></body></html>")
    add("html", "html_table", dict(frm=U("ta_leng"), subject="Báo cáo tuần Tả Lèng", date=sent(t, -1, 9, 25), html=html),
        [R("ta_leng", WP, t, V(9, 45, 18, 1550))], "HTML-only body with a table")

    t = thursday(17)
    html = ("<div dir=\"ltr\">X&atilde; B&igrave;nh L&#432; b&aacute;o c&aacute;o:<br>S&#7889; tin, b&agrave;i:&nbsp;10<br>"
            "&#272;&#7897; d&agrave;i:&nbsp;50 ph&uacute;t<br>S&#7889; l&#7847;n ph&aacute;t s&oacute;ng:&nbsp;20<br>"
            "S&#7889; ng&#432;&#7901;i nghe:&nbsp;1.850<br></div>")
    add("html", "html_entities_br", dict(frm=U("binh_lu"), subject="BC tuần", date=sent(t, 0, 8, 35), html=html),
        [R("binh_lu", WP, t, V(10, 50, 20, 1850))], "HTML entities for every Vietnamese letter, <br> lines, &nbsp;")

    t = thursday(36)
    html = ("<html><body><p>Thị trấn Tam Đường báo cáo:</p><table border=1><tr><td></td><td><b>Tuần này</b></td><td><b>Lũy kế</b></td></tr>"
            "<tr><td>Số tin, bài</td><td>15</td><td>512</td></tr><tr><td>Độ dài (phút)</td><td>75</td><td>2.480</td></tr>"
            "<tr><td>Số lần phát sóng</td><td>30</td><td>1.020</td></tr><tr><td>Ước số người nghe</td><td>3.400</td><td>110.200</td></tr></table></body></html>")
    add("html", "html_cumulative", dict(frm=U("tt_tam_duong", "Thị trấn Tam Đường"), subject="Báo cáo tuyên truyền tuần",
        date=sent(t, -1, 16, 15), html=html),
        [R("tt_tam_duong", WP, t, V(15, 75, 30, 3400))], "HTML table with week and cumulative columns", "hard")

    t = thursday(44)
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{margin:0cm;font-family:Calibri}</style></head><body>"
            "<div class=WordSection1><p class=MsoNormal>Xã Bản Bo báo cáo tuần này:<o:p></o:p></p>"
            "<p class=MsoNormal>Số tin, bài: 11<o:p></o:p></p><p class=MsoNormal>Độ dài: 55 phút<o:p></o:p></p>"
            "<p class=MsoNormal>Số lần phát sóng: 22<o:p></o:p></p><p class=MsoNormal>Số người nghe: 1.700<o:p></o:p></p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"><p class=MsoNormal><b>From:</b> Xã Bản Bo &lt;banbo.tamduong@laichau.gov.vn&gt;<br>"
            "<b>Sent:</b> Wednesday, October 25, 2023 10:02 AM<br><b>Subject:</b> Báo cáo tuần</p></div>"
            "<p class=MsoNormal>Số tin, bài: 10<o:p></o:p></p><p class=MsoNormal>Độ dài: 50 phút<o:p></o:p></p>"
            "<p class=MsoNormal>Số lần phát sóng: 20<o:p></o:p></p><p class=MsoNormal>Số người nghe: 1.600<o:p></o:p></p></div></body></html>")
    add("html", "outlook_html_quoted", dict(frm=U("ban_bo"), subject="RE: Báo cáo tuần", date=sent(t, -1, 9, 55), html=html),
        [R("ban_bo", WP, t, V(11, 55, 22, 1700))], "Outlook HTML reply: last week's quoted figures below a From: block", "hard")

    t = thursday(47)
    html = ("<div>Xã Giang Ma báo cáo kết quả tuyên truyền trên mạng xã hội tuần:</div><ul>"
            "<li>Số nhóm Zalo: 12 nhóm</li><li>Số thành viên: 1.430</li><li>Số bài đăng: 27</li>"
            "<li>Số người cài đặt Bluezone (lũy kế): 2.210</li><li>Tin giả: 0 vụ</li></ul>")
    add("html", "html_list_social", dict(frm=U("giang_ma"), subject="BC mạng xã hội", date=sent(t, 0, 10, 15), html=html,
        text="Xã Giang Ma báo cáo kết quả tuyên truyền trên mạng xã hội tuần:\n* Số nhóm Zalo: 12 nhóm\n* Số thành viên: 1.430\n* Số bài đăng: 27\n* Số người cài đặt Bluezone (lũy kế): 2.210\n* Tin giả: 0 vụ\n"),
        [R("giang_ma", SM, t, {"groups": 12, "group_members": 1430, "posts": 27, "bluezone_installs": 2210, "fake_news": 0})],
        "multipart/alternative, social media form in a list")

    # ------------------------------------------------------------------ legacy
    t = thursday(9)
    add("legacy", "body_windows_1258", dict(frm=U("ban_giang"), subject="Báo cáo tuần xã Bản Giang", date=sent(t, -1, 10, 0),
        text="Xã Bản Giang báo cáo kết quả tuyên truyền tuần:\nSố tin, bài: 10\nĐộ dài: 50 phút\nSố lần phát sóng: 20\nƯớc số người nghe: 1.950\n",
        charset="windows-1258", cte="quoted-printable", subject_charset="windows-1258"),
        [R("ban_giang", WP, t, V(10, 50, 20, 1950))], "windows-1258 body and subject (combining tone bytes)")

    t = thursday(20)
    a = docx_file("BC tuan.docx", official("ho_thau", "17/BC-UBND", "Hå ThÇu, ngày 17 tháng 5 năm 2023".replace("Hå ThÇu", "Hồ Thầu"),
        "Kết quả tuyên truyền tuần", ["UBND xã Hồ Thầu báo cáo kết quả tuyên truyền tuần như sau:"],
        [HDR, ["8", "40", "16", "1.150"]], signer="Giàng A Páo"), legacy="tcvn3")
    add("legacy", "docx_vntime_tcvn3", dict(frm=U("ho_thau"), subject="BC tuan Ho Thau", date=sent(t, -1, 15, 20),
        text="Xa Ho Thau gui bao cao tuan.", atts=[a]),
        [R("ho_thau", WP, t, V(8, 40, 16, 1150))], "docx typed in .VnTime (TCVN3 bytes)")

    t = thursday(35)
    a = docx_file("Bao cao tuan Khun Ha.docx", [
        ("p", "UBND XÃ KHUN HÁ", {"bold": True}), ("p", "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", {"bold": True, "center": True}),
        ("p", "1. Số tin, bài: 9", {}), ("p", "2. Độ dài: 45 phút", {}), ("p", "3. Số lần phát sóng: 18", {}),
        ("p", "4. Ước số người nghe: 1.200 người", {})], legacy="vni")
    add("legacy", "docx_vni_times", dict(frm=U("khun_ha"), subject="Bao cao tuan Khun Ha", date=sent(t, -1, 16, 5),
        text="Gui Phong bao cao tuan.", atts=[a]),
        [R("khun_ha", WP, t, V(9, 45, 18, 1200))], "docx typed in VNI-Times")

    t = thursday(38)
    a = xls_file("BC tuan Na Tam.xls", [("Sheet1", [["UBND XÃ NÀ TĂM"], ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], HDR, [10, 50, 20, 1600]])], legacy="tcvn3")
    add("legacy", "xls_vntime", dict(frm=U("na_tam"), subject="BC tuan", date=sent(t, 0, 8, 25),
        text="Na Tam gui file.", atts=[a]),
        [R("na_tam", WP, t, V(10, 50, 20, 1600))], ".xls whose labels are TCVN3 in a .VnTime font")

    t = thursday(41)
    junk = to_tcvn3("Xã Thèn Sin báo cáo kết quả tuyên truyền tuần:\nSố tin, bài: 8\nĐộ dài: 40 phút\nSố lần phát sóng: 16\nSố người nghe: 1.300\n")
    add("legacy", "body_tcvn3_as_latin1", dict(frm=U("then_sin"), subject="Bao cao tuan Then Sin", date=sent(t, -1, 9, 35),
        text=junk, charset="iso-8859-1", cte="quoted-printable"),
        [R("then_sin", WP, t, V(8, 40, 16, 1300))], "body pasted from a .VnTime document: TCVN3 bytes labelled iso-8859-1", "hard")

    t = thursday(44)
    a = csv_file("baocao.csv", [["Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lần phát sóng", "Số người nghe"],
                                 ["Xã Bản Hon", "9", "45", "18", "1250"]], sep=",", encoding="windows-1258")
    add("legacy", "csv_windows_1258", dict(frm=U("ban_hon"), subject="BC tuan Ban Hon", date=sent(t, 0, 9, 40),
        text="Xa Ban Hon gui file CSV.", atts=[a]),
        [R("ban_hon", WP, t, V(9, 45, 18, 1250))], "CSV saved by Excel in windows-1258, no charset parameter")
