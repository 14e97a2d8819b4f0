"""Ordinary cases, part 2: attachments, sections (social media), negative answers, periods, last week."""
from datetime import time as dtime

from h7docs import Docx, csv_bytes, pdf_text, xlsx
from h7lib import RULE, D, OFFICE, PEOPLE, SM, WP, Att, case, mail, rng

P = PEOPLE
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
QH = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def attachments():
    F = "attachments"
    c = case(F, "giangma_xlsx_topics_total", "ordinary", "xlsx with title rows, a period row, one row per topic and a total row")
    data, text = xlsx([dict(name="BC tuan", rows=[
        ["UBND XÃ GIANG MA"],
        ["BIỂU TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN"],
        ["(Từ ngày 09/4/2021 đến ngày 15/4/2021)"],
        [],
        ["STT", "Nội dung tuyên truyền", "Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
        [1, "Phòng chống dịch Covid-19", 4, 24, 12, None],
        [2, "Bầu cử ĐBQH và HĐND các cấp", 3, 18, 9, None],
        [3, "Phòng chống cháy rừng", 2, 12, 6, None],
        [None, "Tổng cộng", 9, 54, 27, 2400],
    ], merges=["A1:C1", "A2:F2", "A3:F3"], bold=[1, 2, 5, 9], center=[1, 2, 3, 5], border_from=5,
        widths={"B": 34, "C": 12, "D": 14, "E": 18, "F": 18})], author="Phan Thi Dung")
    mail(c, sender=P["giang_ma"], subject="Báo cáo kết quả tuyên truyền tuần xã Giang Ma", date=D(2021, 4, 15, 10, 0),
         body="Kính gửi Phòng VH&TT,\nXã Giang Ma gửi biểu tổng hợp kết quả tuyên truyền tuần (file đính kèm).\nTrân trọng!\nPhàn Thị Dung\n",
         atts=[Att("Bieu tong hop tuyen truyen tuan Giang Ma.xlsx", data, XLSX, text)])
    c.rep("giang_ma", WP, {"items": "9", "minutes": "54", "broadcasts": "27", "listeners": "2400"},
          period=("range", "Từ ngày 09/4/2021 đến ngày 15/4/2021", "09/4/2021", "15/4/2021"))

    c = case(F, "ttd_xlsx_vertical", "ordinary", "xlsx with labels in column A and figures in column B, units in the labels")
    data, text = xlsx([dict(name="Sheet1", rows=[
        ["UBND THỊ TRẤN TAM ĐƯỜNG"], ["KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["Nội dung", "Kết quả"],
        ["Số lượng tin, bài", 16], ["Độ dài tin, bài (phút)", 95], ["Số lượng phát sóng (lượt)", 48],
        ["Ước số lượng người nghe (người)", 5100], [], ["Người lập biểu", "Nguyễn Thị Mai"]],
        bold=[1, 2, 4], border_from=4, border_to=8, widths={"A": 38, "B": 14})], author="Mai")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuần - TT Tam Đường", date=D(2021, 4, 28, 16, 10),
         body="Gửi Phòng VH&TT file báo cáo tuần của thị trấn.\nTrân trọng.\nMai\n",
         atts=[Att("BC tuan TT Tam Duong.xlsx", data, XLSX, text)])
    c.rep("tt_tam_duong", WP, {"items": "16", "minutes": "95", "broadcasts": "48", "listeners": "5100"}, period=RULE)

    c = case(F, "thensin_unit_in_filename", "ordinary", "Personal Gmail, no unit in body or workbook: only the file name names the commune")
    data, text = xlsx([dict(name="Sheet1", rows=[
        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
        [5, 30, 15, 900]], bold=[1, 3], border_from=3)], author="Windows User")
    mail(c, sender=P["then_sin_g"], subject="Báo cáo tuần", date=D(2021, 3, 18, 9, 50),
         body="Em gửi báo cáo tuần ạ\n",
         atts=[Att("BC tuyen truyen tuan - Then Sin.xlsx", data, XLSX, text)])
    c.rep("then_sin", WP, {"items": "5", "minutes": "30", "broadcasts": "15", "listeners": "900"}, period=RULE)

    c = case(F, "taleng_csv_units_column", "ordinary", "csv with a unit-of-measure column")
    data, text = csv_bytes([["Chỉ tiêu", "Đơn vị tính", "Số lượng"], ["Số tin bài", "tin", 10], ["Độ dài", "phút", 58],
                            ["Số lượt phát sóng", "lượt", 30], ["Ước số người nghe", "người", 2700]])
    mail(c, sender=P["ta_leng"], subject="Xã Tả Lèng báo cáo tuyên truyền tuần", date=D(2021, 7, 8, 13, 30),
         body="Kính gửi Phòng VH&TT,\nXã Tả Lèng gửi báo cáo tuần (file đính kèm).\nTrân trọng.\nHoàng Văn Chiến\n",
         atts=[Att("TaLeng_BC_tuan.csv", data, "text/csv", text)])
    c.rep("ta_leng", WP, {"items": "10", "minutes": "58", "broadcasts": "30", "listeners": "2700"}, period=RULE)

    c = case(F, "banhon_pdf_formal", "ordinary", "Text PDF of a formal report (letterhead, table, signature)")
    data, text = pdf_text([
        ("two", ["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN HON"], QH), ("gap", 3),
        ("two", ["Số: 58/BC-UBND"], ["Bản Hon, ngày 27 tháng 5 năm 2021"]), ("gap", 6),
        ("c", "BÁO CÁO", True), ("c", "Kết quả công tác tuyên truyền tuần", True), ("gap", 4),
        ("l", "Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường."),
        ("l", "Thực hiện chỉ đạo của Phòng Văn hóa và Thông tin huyện, UBND xã Bản Hon báo cáo kết quả công tác tuyên truyền trong tuần như sau:"),
        ("table", [["STT", "Nội dung", "Kết quả"], ["1", "Số tin, bài", "8"], ["2", "Độ dài tin, bài", "52 phút"],
                   ["3", "Số lượt phát sóng", "24"], ["4", "Ước số người nghe", "1.900 người"]], [15, 90, 50]),
        ("l", "Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND xã Bản Hon./."), ("gap", 6),
        ("two", ["Nơi nhận:", "- Như trên;", "- Lưu: VP."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Quý"]),
    ], title="58-BC-UBND")
    mail(c, sender=P["ban_hon"], subject="Báo cáo kết quả công tác tuyên truyền tuần", date=D(2021, 5, 27, 14, 0),
         body="Kính gửi Phòng Văn hóa và Thông tin,\nUBND xã Bản Hon gửi báo cáo số 58/BC-UBND (file đính kèm).\nTrân trọng!\nTao Thị Ánh\n",
         atts=[Att("58-BC-UBND Ban Hon.pdf", data, PDF, text)])
    c.rep("ban_hon", WP, {"items": "8", "minutes": "52 phút", "broadcasts": "24", "listeners": "1.900"}, period=RULE)

    c = case(F, "dai_docx_formal_range", "ordinary", "Station's formal docx report with the week as a range in the title and a remark column")
    d = Docx(author="Dai TTTH")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"], QH, so="Số: 41/BC-ĐTTTH",
                 place_date="Tam Đường, ngày 24 tháng 6 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần (từ ngày 18/6 đến ngày 24/6/2021)", bold=True, center=True)
    d.p("Kính gửi: Phòng Văn hóa và Thông tin huyện Tam Đường.", center=True)
    d.p("Đài Truyền thanh - Truyền hình huyện báo cáo kết quả tuyên truyền trong tuần như sau:", indent=True)
    d.table([["TT", "Nội dung", "Số lượng", "Ghi chú"], ["1", "Số tin, bài, phóng sự", "42", ""],
             ["2", "Tổng thời lượng (phút)", "290", ""], ["3", "Số lượt phát sóng", "84", "Phát lại 02 lần"],
             ["4", "Ước số người nghe, xem", "36.000", ""]], widths=[1.2, 7, 3, 4])
    d.p("Trên đây là báo cáo kết quả tuyên truyền tuần của Đài Truyền thanh - Truyền hình huyện./.", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT huyện;", "- Lưu: VT."], ["KT. TRƯỞNG ĐÀI", "PHÓ TRƯỞNG ĐÀI", "", "", "Đinh Thị Thu Hà"])
    data, text = d.save()
    mail(c, sender=P["dai_th_th"], subject="Báo cáo kết quả tuyên truyền tuần", date=D(2021, 6, 24, 15, 0),
         body="Kính gửi Phòng VH&TT,\nĐài TT-TH huyện gửi báo cáo kết quả tuyên truyền tuần.\nTrân trọng!\n",
         atts=[Att("41-BC-DTTTH tuyen truyen tuan.docx", data, DOCX, text)])
    c.rep("dai_th_th", WP, {"items": "42", "minutes": "290", "broadcasts": "84", "listeners": "36.000"},
          period=("range", "từ ngày 18/6 đến ngày 24/6/2021", "18/6", "24/6/2021"))

    c = case(F, "banbo_docx_labelled", "ordinary", "docx with labelled numbered paragraphs and the week range under the title")
    d = Docx(author="Huong")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ BẢN BO"], QH, so="Số:     /BC-UBND", place_date="Bản Bo, ngày 17 tháng 6 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.p("(Từ ngày 11/6 đến ngày 17/6/2021)", italic=True, center=True)
    d.p("1. Số tin, bài: 9 tin, bài.", indent=True)
    d.p("2. Độ dài tin, bài: 55 phút.", indent=True)
    d.p("3. Số lần phát sóng: 27 lần.", indent=True)
    d.p("4. Ước số người nghe: 2.300 người.", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT huyện;", "- Lưu: VP."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lò Văn Pấng"])
    data, text = d.save()
    mail(c, sender=P["ban_bo"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 6, 17, 10, 40),
         body="Dạ em gửi báo cáo tuần ạ.\nHương\n", atts=[Att("Báo cáo tuyên truyền tuần.docx", data, DOCX, text, name_mode="rfc2047")])
    c.rep("ban_bo", WP, {"items": "9", "minutes": "55 phút", "broadcasts": "27", "listeners": "2.300"},
          period=("range", "Từ ngày 11/6 đến ngày 17/6/2021", "11/6", "17/6/2021"))

    c = case(F, "natam_unit_in_subject_xlsx", "ordinary", "Personal Gmail, one-row workbook without a unit; the subject names the commune")
    data, text = xlsx([dict(name="Sheet1", rows=[
        ["Số tin bài", "Thời lượng (phút)", "Số lượt phát", "Số người nghe"], [7, 44, 21, 1600]], bold=[1])], author="Admin")
    mail(c, sender=P["na_tam_g"], subject="Báo cáo tuyên truyền xã Nà Tăm", date=D(2021, 8, 11, 21, 15),
         body="gui phong a\n", atts=[Att("baocao.xlsx", data, XLSX, text)])
    c.rep("na_tam", WP, {"items": "7", "minutes": "44", "broadcasts": "21", "listeners": "1600"}, period=RULE)

    c = case(F, "nungnang_csv_semicolon", "ordinary", "csv with semicolons (Excel in a Vietnamese locale), no BOM")
    data, text = csv_bytes([["STT", "Nội dung", "Đơn vị tính", "Số lượng"], [1, "Số tin, bài", "tin", 6], [2, "Thời lượng", "phút", 40],
                            [3, "Số lượt phát sóng", "lượt", 18], [4, "Số người nghe", "người", 1700]], sep=";", encoding="utf-8")
    mail(c, sender=P["nung_nang"], subject="BC tuyen truyen tuan - xa Nung Nang", date=D(2021, 10, 21, 8, 0),
         body="Gui phong file bao cao tuan a.\nPao\n", atts=[Att("NungNang_tuan.csv", data, "text/csv", text)])
    c.rep("nung_nang", WP, {"items": "6", "minutes": "40", "broadcasts": "18", "listeners": "1700"}, period=RULE)

    c = case(F, "ttd_pdf_table_hours", "ordinary", "Text PDF table, duration '1 giờ 40 phút' in a cell")
    data, text = pdf_text([
        ("c", "UBND THỊ TRẤN TAM ĐƯỜNG", True), ("c", "BÁO CÁO NHANH KẾT QUẢ TUYÊN TRUYỀN TUẦN", True), ("gap", 5),
        ("table", [["Nội dung", "Số lượng", "Đơn vị"], ["Số lượng tin, bài", "17", "tin, bài"],
                   ["Độ dài tin, bài", "1 giờ 40 phút", ""], ["Số lượng phát sóng", "51", "lượt"],
                   ["Ước số lượng người nghe", "5.200", "người"]], [75, 45, 35]),
        ("l", "Người báo cáo: Nguyễn Thị Mai"),
    ], title="BC tuan")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo nhanh kết quả tuyên truyền tuần", date=D(2021, 12, 9, 15, 20),
         body="Kính gửi Phòng VH&TT, thị trấn gửi báo cáo (file pdf).\nMai\n", atts=[Att("BC nhanh tuan.pdf", data, PDF, text)])
    c.rep("tt_tam_duong", WP, {"items": "17", "minutes": ("1 giờ 40 phút", 100), "broadcasts": "51", "listeners": "5.200"}, period=RULE)

    c = case(F, "khunha_docx_two_columns", "ordinary", "docx with letterhead and a two-column table")
    d = Docx(author="Phong")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ KHUN HÁ"], QH, place_date="Khun Há, ngày 08 tháng 4 năm 2021")
    d.p("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", bold=True, center=True)
    d.table([["Nội dung", "Kết quả"], ["Số tin, bài", "9"], ["Độ dài", "54 phút"], ["Số lượt phát sóng", "27"], ["Ước số người nghe", "1.750"]])
    d.p("Người báo cáo", bold=True, right=True)
    d.p("Tao Văn Phong", right=True)
    data, text = d.save()
    mail(c, sender=P["khun_ha"], subject="Báo cáo tuần", date=D(2021, 4, 8, 9, 30), body="Gửi phòng báo cáo tuần xã Khun Há.\n",
         atts=[Att("BC tuan KH.docx", data, DOCX, text)])
    c.rep("khun_ha", WP, {"items": "9", "minutes": "54 phút", "broadcasts": "27", "listeners": "1.750"}, period=RULE)

    c = case(F, "binhlu_xlsx_time_cell", "ordinary", "Duration typed 1:15 in Excel, stored as a time (75 minutes)")
    data, text = xlsx([dict(name="Tuần", rows=[
        ["XÃ BÌNH LƯ - BÁO CÁO TUYÊN TRUYỀN TUẦN"], [], ["Nội dung", "Số liệu"], ["Số tin, bài", 10],
        ["Thời lượng (giờ:phút)", dtime(1, 15)], ["Số lượt phát sóng", 30], ["Ước số người nghe", 2900]],
        bold=[1, 3], formats={"B5": "h:mm"}, widths={"A": 30})], author="Su")
    mail(c, sender=P["binh_lu"], subject="Báo cáo tuyên truyền tuần xã Bình Lư", date=D(2021, 7, 21, 15, 45),
         body="Kính gửi phòng VH&TT, xã Bình Lư gửi báo cáo tuần ạ.\nGiàng A Sử\n", atts=[Att("BinhLu_tuan.xlsx", data, XLSX, text)])
    c.rep("binh_lu", WP, {"items": "10", "minutes": ("1:15", 75), "broadcasts": "30", "listeners": "2900"}, period=RULE)

    c = case(F, "hothau_blank_template", "ordinary", "The office's template sent back unfilled: held, no figure")
    data, text = xlsx([dict(name="Mau", rows=[
        ["BIỂU MẪU BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN"], ["Đơn vị: ......................."], [],
        ["STT", "Nội dung", "Đơn vị tính", "Số lượng"], [1, "Số lượng tin, bài", "Tin, bài", None],
        [2, "Độ dài tin, bài", "Phút", None], [3, "Số lượng phát sóng", "Lượt", None], [4, "Ước số lượng người nghe", "Người", None]],
        bold=[1, 4], border_from=4)], author="VHTT")
    mail(c, sender=P["ho_thau"], subject="BAO CAO TUAN", date=D(2021, 11, 4, 15, 50), body="Em gửi báo cáo tuần xã Hồ Thầu ạ\n",
         atts=[Att("Mau bao cao tuan.xlsx", data, XLSX, text)])
    c.rep("ho_thau", WP, {}, status="needs_review", period=RULE)

    c = case(F, "sonbinh_docx_prose", "ordinary", "docx with letterhead whose figures are in a prose paragraph")
    d = Docx(author="Thu")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "UBND XÃ SƠN BÌNH"], QH, so="Số: 102/BC-UBND", place_date="Sơn Bình, ngày 01 tháng 9 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả công tác tuyên truyền tuần", bold=True, center=True)
    d.p("Trong tuần, Trạm truyền thanh xã đã phát 7 tin, bài tuyên truyền về phòng chống dịch Covid-19, tổ chức Tết Trung thu cho thiếu nhi an toàn, với tổng thời lượng 45 phút; tổng số lượt phát sóng 21 lượt; ước số người nghe khoảng 1.550 người.", indent=True)
    d.p("Trên đây là báo cáo kết quả công tác tuyên truyền tuần của UBND xã Sơn Bình./.", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Vàng A Dơ"])
    data, text = d.save()
    mail(c, sender=P["son_binh"], subject="Báo cáo tuần", date=D(2021, 9, 1, 9, 0), body="Em gửi báo cáo tuần ạ\nThu\n",
         atts=[Att("102.BC tuyên truyền tuần Sơn Bình.docx", data, DOCX, text, nfd=True)])
    c.rep("son_binh", WP, {"items": "7", "minutes": "45 phút", "broadcasts": "21", "listeners": "1.550"}, period=RULE)

    c = case(F, "bangiang_xlsx_tin_bai_total", "ordinary", "Workbook splits tin and bài but states their total 'Tổng số tin, bài'")
    data, text = xlsx([dict(name="Sheet1", rows=[
        ["BẢN GIANG - KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [], ["Nội dung", "Số lượng"], ["Số tin", 6], ["Số bài", 2],
        ["Tổng số tin, bài", 8], ["Độ dài (phút)", 50], ["Số lượt phát sóng", 24], ["Ước số người nghe", 2200]],
        bold=[1, 3, 6], border_from=3)], author="Lan")
    mail(c, sender=P["ban_giang"], subject="Báo cáo tuần xã Bản Giang", date=D(2021, 9, 30, 11, 30),
         body="Em gửi anh báo cáo tuần ạ.\nLan\n", atts=[Att("BanGiang_tuan.xlsx", data, XLSX, text)])
    c.rep("ban_giang", WP, {"items": "8", "minutes": "50", "broadcasts": "24", "listeners": "2200"}, period=RULE)

    c = case(F, "taleng_xlsx_row_period_body", "ordinary", "One-row workbook with the fields as columns; the week range in the body, sent 20 min after the deadline")
    data, text = xlsx([dict(name="T8-2021", rows=[
        ["Đơn vị", "Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"], ["Xã Tả Lèng", 8, 49, 24, 2350]],
        bold=[1], border_from=1)], author="Chien")
    mail(c, sender=P["ta_leng"], subject="BC tuyên truyền tuần", date=D(2021, 8, 26, 16, 20),
         body="Kính gửi Phòng VH&TT, xã Tả Lèng gửi báo cáo tuần từ 20/8 đến 26/8 (file kèm theo).\nChiến\n",
         atts=[Att("TaLeng.xlsx", data, XLSX, text)])
    c.rep("ta_leng", WP, {"items": "8", "minutes": "49", "broadcasts": "24", "listeners": "2350"},
          period=("range", "từ 20/8 đến 26/8", "20/8", "26/8"))

    c = case(F, "dai_xlsx_programme_total", "ordinary", "Station's list of 31 items with minutes and broadcasts each and a total row; listeners in the body")
    r = rng("dai-programme")
    topics = ["Phòng chống dịch Covid-19", "Tiêm chủng vắc xin", "Xây dựng nông thôn mới", "Phòng chống thiên tai",
              "An toàn giao thông", "Chuyển đổi số", "Cải cách hành chính", "Bảo vệ rừng", "Tết Trung thu",
              "Phòng chống ma túy", "Bảo hiểm y tế", "Khuyến nông", "Cài đặt Bluezone", "Học sinh tựu trường"]
    kinds = ["Tin", "Bài", "Phóng sự", "Tin"]
    mins = [r.randint(5, 11) for _ in range(30)]
    mins.append(248 - sum(mins))
    assert 3 <= mins[-1] <= 15, mins
    rows = [["ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN TAM ĐƯỜNG"], ["DANH MỤC TIN, BÀI PHÁT SÓNG TRONG TUẦN"], [],
            ["STT", "Tên tin, bài", "Thể loại", "Thời lượng (phút)", "Số lần phát"]]
    for i in range(31):
        rows.append([i + 1, f"{topics[i % len(topics)]} ({i // len(topics) + 1})", kinds[i % 4], mins[i], 2])
    rows.append([None, "Tổng cộng: 31 tin, bài", None, 248, 62])
    data, text = xlsx([dict(name="Danh muc", rows=rows, bold=[1, 2, 4, 36], border_from=4, widths={"B": 44, "C": 12, "D": 18, "E": 12})],
                      author="Dai TTTH")
    mail(c, sender=P["dai_th_th"], subject="Báo cáo kết quả tuyên truyền tuần - Đài TT-TH", date=D(2021, 9, 16, 9, 0),
         body="Kính gửi Phòng VH&TT,\nĐài gửi danh mục tin, bài phát sóng trong tuần (file đính kèm).\nƯớc số người nghe, xem trong tuần: 34.000 lượt.\nTrân trọng!\n",
         atts=[Att("Danh muc tin bai tuan.xlsx", data, XLSX, text)])
    c.rep("dai_th_th", WP, {"items": "31", "minutes": "248", "broadcasts": "62", "listeners": "34.000"}, period=RULE)

    c = case(F, "banbo_docx_from_phone", "ordinary", "docx typed on a phone, plain lines, from a personal Gmail; the unit inside the document")
    d = Docx(size=12, author="Android")
    for line in ["BÁO CÁO TUYÊN TRUYỀN TUẦN", "Xã Bản Bo", "Số tin bài: 7", "Độ dài: 42 phút", "Số lượt phát: 21",
                 "Số người nghe: 1.950", "Người báo cáo: Lò Thị Hương"]:
        d.p(line)
    data, text = d.save()
    mail(c, sender=P["ban_bo_g"], subject="bc tuan", date=D(2021, 10, 27, 20, 30), body="Em gửi báo cáo ạ\n",
         atts=[Att("BC tuan.docx", data, DOCX, text)])
    c.rep("ban_bo", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.950"}, period=RULE)

    c = case(F, "natam_total_disagrees", "ordinary", "Topic rows add up to 7 items but the total row says 8: held, items left out")
    data, text = xlsx([dict(name="Sheet1", rows=[
        ["UBND XÃ NÀ TĂM"], ["KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [],
        ["STT", "Nội dung", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát", "Số người nghe"],
        [1, "Phòng chống dịch Covid-19", 3, 18, 9, None], [2, "Tiêm vắc xin", 2, 12, 6, None],
        [3, "An toàn giao thông", 2, 12, 6, None], [None, "Tổng", 8, 42, 21, 1500]],
        bold=[1, 2, 4, 8], border_from=4)], author="Sai")
    mail(c, sender=P["na_tam"], subject="Bao cao tuan xa Na Tam", date=D(2021, 12, 2, 14, 10), body="Gui phong bao cao tuan a.\n",
         atts=[Att("NaTam_tuan.xlsx", data, XLSX, text)])
    c.rep("na_tam", WP, {"minutes": "42", "broadcasts": "21", "listeners": "1500"}, status="needs_review", period=RULE)

    c = case(F, "giangma_pdf_labelled", "ordinary", "Text PDF with labelled lines using the office's wording")
    data, text = pdf_text([
        ("c", "UBND XÃ GIANG MA", True), ("c", "BÁO CÁO NHANH KẾT QUẢ TUYÊN TRUYỀN TUẦN", True), ("gap", 5),
        ("l", "- Số lượng tin, bài: 11"), ("l", "- Độ dài tin, bài: 63 phút"), ("l", "- Số lượng phát sóng: 33 lượt"),
        ("l", "- Ước số lượng người nghe: 3.050 người"), ("gap", 8), ("l", "Người báo cáo: Phàn Thị Dung"),
    ], title="BC nhanh")
    mail(c, sender=P["giang_ma"], subject="Báo cáo nhanh tuyên truyền tuần", date=D(2021, 5, 6, 11, 0),
         body="Kính gửi Phòng VH&TT.\nXã Giang Ma gửi báo cáo nhanh (pdf).\n", atts=[Att("BC nhanh Giang Ma.pdf", data, PDF, text)])
    c.rep("giang_ma", WP, {"items": "11", "minutes": "63 phút", "broadcasts": "33", "listeners": "3.050"}, period=RULE)


def sections():
    F = "sections"
    c = case(F, "banbo_two_sections_body", "ordinary", "Body with a radio section and a social-media section; 'Số tin, bài đăng tải, chia sẻ trên mạng xã hội' is posts")
    mail(c, sender=P["ban_bo"], subject="Báo cáo kết quả tuyên truyền tuần", date=D(2021, 8, 19, 9, 30),
         body="""Dạ em gửi báo cáo kết quả tuyên truyền tuần của xã Bản Bo ạ.

I. Tuyên truyền trên hệ thống truyền thanh
- Số tin, bài: 8
- Độ dài: 48 phút
- Số lượt phát sóng: 24
- Ước số người nghe: 2.300 người

II. Tuyên truyền trên mạng xã hội
- Số nhóm Zalo: 14 nhóm (mỗi bản 01 nhóm)
- Số thành viên: 1.870
- Số tin, bài đăng tải, chia sẻ trên mạng xã hội: 15
- Số người cài đặt Bluezone: 640
- Tin giả: không

Em cảm ơn ạ!
Lò Thị Hương - 0983 416 275
""")
    c.rep("ban_bo", WP, {"items": "8", "minutes": "48 phút", "broadcasts": "24", "listeners": "2.300"}, period=RULE)
    c.rep("ban_bo", SM, {"groups": "14", "group_members": "1.870", "posts": "15", "bluezone_installs": "640",
                         "fake_news": ("không", 0)}, period=RULE)

    c = case(F, "ttd_social_alone", "ordinary", "The social-media form alone; 'số tin bài đăng trên nhóm Zalo' is posts, 'không phát hiện' a zero")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuyên truyền trên mạng xã hội - TT Tam Đường", date=D(2021, 8, 26, 15, 10),
         body="""Kính gửi Phòng Văn hóa và Thông tin,

BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI
Số nhóm Zalo: 9
Tổng số thành viên: 2.340
Số tin bài đăng trên nhóm Zalo: 27
Số người cài đặt Bluezone: 1.115
Tin giả: không phát hiện

Trân trọng.
Nguyễn Thị Mai
""")
    c.rep("tt_tam_duong", SM, {"groups": "9", "group_members": "2.340", "posts": "27", "bluezone_installs": "1.115",
                               "fake_news": ("không phát hiện", 0)}, period=RULE)

    c = case(F, "dai_docx_two_sections", "ordinary", "Station's docx with a broadcast section and a section on its fanpage and Zalo groups")
    d = Docx(author="Dai TTTH")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"], QH, so="Số: 63/BC-ĐTTTH",
                 place_date="Tam Đường, ngày 07 tháng 10 năm 2021")
    d.p("BÁO CÁO", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.p("1. Tuyên truyền trên sóng truyền thanh - truyền hình", bold=True)
    d.p("- Số tin, bài, phóng sự: 36", indent=True)
    d.p("- Tổng thời lượng: 4 giờ 5 phút", indent=True)
    d.p("- Số lượt phát sóng: 72", indent=True)
    d.p("- Ước số người nghe, xem: 33.000", indent=True)
    d.p("2. Tuyên truyền trên Trang thông tin điện tử, Fanpage và nhóm Zalo của Đài", bold=True)
    d.p("- Số nhóm Zalo do Đài quản lý: 3", indent=True)
    d.p("- Tổng số thành viên: 4.250", indent=True)
    d.p("- Số tin, bài đăng tải trên Fanpage, nhóm Zalo: 46", indent=True)
    d.p("- Số lượt cài đặt Bluezone (cán bộ, viên chức, người lao động của Đài): 18", indent=True)
    d.p("- Tin giả, tin sai sự thật: Không phát hiện", indent=True)
    d.signature(["Nơi nhận:", "- Phòng VH&TT;", "- Lưu: VT."], ["TRƯỞNG ĐÀI", "", "", "Lê Văn Khánh"])
    data, text = d.save()
    mail(c, sender=P["dai_th_th"], subject="Báo cáo tuần Đài TT-TH", date=D(2021, 10, 7, 14, 0),
         body="Kính gửi Phòng VH&TT, Đài gửi báo cáo tuần (kèm theo).\n", atts=[Att("63-BC tuan.docx", data, DOCX, text)])
    c.rep("dai_th_th", WP, {"items": "36", "minutes": ("4 giờ 5 phút", 245), "broadcasts": "72", "listeners": "33.000"}, period=RULE)
    c.rep("dai_th_th", SM, {"groups": "3", "group_members": "4.250", "posts": "46", "bluezone_installs": "18",
                            "fake_news": ("Không phát hiện", 0)}, period=RULE)

    c = case(F, "sonbinh_xlsx_groups_per_village", "ordinary", "Workbook of Zalo groups per village with a total row; Bluezone and fake news in the body")
    vill = [("Sơn Bình", "Zalo bản Sơn Bình", 142, 4), ("Hoàng Hồ", "Hoàng Hồ TT", 118, 3), ("Nà Khum", "Bản Nà Khum", 97, 3),
            ("Thèn Thầu", "Thèn Thầu", 131, 3), ("Nậm Đích", "Nậm Đích cùng chung tay", 126, 3), ("Lao Chải", "Lao Chải", 155, 3),
            ("Cư Nhà La", "Cư Nhà La", 108, 3), ("Hợp 1", "Bản Hợp 1", 139, 3), ("Hợp 2", "Bản Hợp 2", 112, 3), ("Nà Vàn", "Nà Vàn", 126, 3)]
    assert sum(v[2] for v in vill) == 1254 and sum(v[3] for v in vill) == 31
    rows = [["THỐNG KÊ NHÓM ZALO CÁC BẢN - XÃ SƠN BÌNH"], [], ["STT", "Bản", "Tên nhóm", "Số thành viên", "Số tin bài đăng tải"]]
    rows += [[i, a, b, m, p] for i, (a, b, m, p) in enumerate(vill, 1)]
    rows.append([None, "Tổng cộng", "10 nhóm", 1254, 31])
    data, text = xlsx([dict(name="Nhom Zalo", rows=rows, bold=[1, 3, 14], border_from=3)], author="Thu")
    mail(c, sender=P["son_binh"], subject="Báo cáo tuyên truyền trên mạng xã hội tuần", date=D(2021, 9, 9, 9, 15),
         body="Em gửi báo cáo tuyên truyền trên mạng xã hội của xã Sơn Bình ạ.\nSố nhóm, thành viên và tin bài đăng tải em thống kê trong file.\nSố người cài đặt Bluezone trong tuần: 86 người.\nTin giả: không có.\nThu\n",
         atts=[Att("Thong ke nhom Zalo.xlsx", data, XLSX, text)])
    c.rep("son_binh", SM, {"groups": "10", "group_members": "1254", "posts": "31", "bluezone_installs": "86",
                           "fake_news": ("không có", 0)}, period=RULE)

    c = case(F, "khunha_star_heading", "ordinary", "Radio lines then '* Mạng xã hội:' with short lowercase labels")
    mail(c, sender=P["khun_ha"], subject="Báo cáo tuần xã Khun Há", date=D(2021, 10, 20, 16, 50),
         body="""Gửi phòng VH&TT báo cáo tuần:
- Số tin bài: 7
- Độ dài: 42 phút
- Số lượt phát sóng: 21
- Người nghe: 1.500 người
* Mạng xã hội:
- số nhóm zalo: 8
- thành viên: 912
- số tin bài đăng trên nhóm Zalo: 12
- cài Bluezone: 47 người
- tin giả: không có
Phong
""")
    c.rep("khun_ha", WP, {"items": "7", "minutes": "42 phút", "broadcasts": "21", "listeners": "1.500"}, period=RULE)
    c.rep("khun_ha", SM, {"groups": "8", "group_members": "912", "posts": "12", "bluezone_installs": "47",
                          "fake_news": ("không có", 0)}, period=RULE)

    c = case(F, "binhlu_caps_heading", "ordinary", "A capitalised heading introduces the social-media block after the radio block")
    mail(c, sender=P["binh_lu"], subject="Báo cáo kết quả tuyên truyền tuần", date=D(2021, 11, 4, 9, 0),
         body="""Kính gửi Phòng VH&TT huyện.
UBND xã Bình Lư báo cáo kết quả tuyên truyền tuần:

KẾT QUẢ TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH
Số tin, bài: 10
Độ dài: 60 phút
Số lần phát sóng: 30
Ước số người nghe: 3.100

TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI, ỨNG DỤNG BLUEZONE
Số nhóm mạng xã hội: 13
Số thành viên trong nhóm: 1.688
Số tin, bài đăng tải, chia sẻ: 18
Số lượt cài đặt Bluezone: 205
Số vụ tin giả, tin sai sự thật: 0

Trân trọng.
Giàng A Sử
""")
    c.rep("binh_lu", WP, {"items": "10", "minutes": "60", "broadcasts": "30", "listeners": "3.100"}, period=RULE)
    c.rep("binh_lu", SM, {"groups": "13", "group_members": "1.688", "posts": "18", "bluezone_installs": "205", "fake_news": "0"}, period=RULE)

    c = case(F, "bangiang_html_social_table", "ordinary", "Gmail HTML table of the social-media form alone")
    html = """<div dir="ltr"><div>Em chào anh, em gửi báo cáo tuyên truyền trên mạng xã hội tuần này của xã Bản Giang ạ:</div><br>
<table border="1" cellspacing="0" cellpadding="4"><tr><td><b>Nội dung</b></td><td><b>Số lượng</b></td></tr>
<tr><td>Số nhóm Zalo</td><td>12</td></tr><tr><td>Số thành viên</td><td>1.540</td></tr>
<tr><td>Số tin, bài đăng tải</td><td>20</td></tr><tr><td>Số người cài Bluezone</td><td>318</td></tr>
<tr><td>Tin giả, tin sai sự thật</td><td>Không</td></tr></table><br><div>Lan</div></div>"""
    plain = ("Em chào anh, em gửi báo cáo tuyên truyền trên mạng xã hội tuần này của xã Bản Giang ạ:\n\n"
             "Nội dung\tSố lượng\nSố nhóm Zalo\t12\nSố thành viên\t1.540\nSố tin, bài đăng tải\t20\n"
             "Số người cài Bluezone\t318\nTin giả, tin sai sự thật\tKhông\n\nLan\n")
    mail(c, sender=P["ban_giang"], subject="BC tuyên truyền mạng xã hội xã Bản Giang", date=D(2021, 9, 16, 10, 20), html=html, body=plain)
    c.rep("ban_giang", SM, {"groups": "12", "group_members": "1.540", "posts": "20", "bluezone_installs": "318",
                            "fake_news": ("Không", 0)}, period=RULE)

    c = case(F, "nungnang_xlsx_two_sheets", "ordinary", "Workbook with a radio sheet and a social-media sheet ('MXH')")
    data, text = xlsx([
        dict(name="Truyen thanh", rows=[["KẾT QUẢ TUYÊN TRUYỀN TRÊN LOA TRUYỀN THANH"], [], ["Nội dung", "Số lượng"],
                                        ["Số tin, bài", 6], ["Thời lượng (phút)", 38], ["Số lượt phát sóng", 18], ["Số người nghe", 1650]],
             bold=[1, 3], border_from=3),
        dict(name="MXH", rows=[["TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI"], [], ["Nội dung", "Số lượng"], ["Số nhóm Zalo", 12],
                               ["Số thành viên", 1410], ["Số tin bài đăng tải, chia sẻ", 20], ["Số người cài Bluezone", 95],
                               ["Tin giả", 0]], bold=[1, 3], border_from=3)], author="Pao")
    mail(c, sender=P["nung_nang"], subject="Bao cao tuan xa Nung Nang (truyen thanh + MXH)", date=D(2021, 11, 25, 15, 30),
         body="Gui phong bao cao tuan, co 2 sheet a.\nPao\n", atts=[Att("NungNang_BC_tuan.xlsx", data, XLSX, text)])
    c.rep("nung_nang", WP, {"items": "6", "minutes": "38", "broadcasts": "18", "listeners": "1650"}, period=RULE)
    c.rep("nung_nang", SM, {"groups": "12", "group_members": "1410", "posts": "20", "bluezone_installs": "95", "fake_news": "0"}, period=RULE)


def negatives():
    F = "negatives"
    c = case(F, "hothau_tin_gia_khong", "ordinary", "Social-media form with 'Tin giả: không' (a zero)")
    mail(c, sender=P["ho_thau"], subject="BC MANG XA HOI TUAN", date=D(2021, 10, 14, 10, 0),
         body="""XÃ HỒ THẦU BÁO CÁO TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI:
- Số nhóm Zalo: 7
- Số thành viên trong nhóm: 845
- Số bài đăng: 10
- Số người cài đặt Bluezone: 233
- Tin giả: không
CHẢO LÁO LỞ
""")
    c.rep("ho_thau", SM, {"groups": "7", "group_members": "845", "posts": "10", "bluezone_installs": "233", "fake_news": ("không", 0)}, period=RULE)

    c = case(F, "taleng_chua_phat_hien", "ordinary", "'chưa phát hiện trường hợp nào' answers the fake-news question with a zero; radio block beside it")
    mail(c, sender=P["ta_leng"], subject="Báo cáo tuyên truyền tuần xã Tả Lèng", date=D(2021, 11, 18, 8, 40),
         body="""Kính gửi Phòng Văn hóa và Thông tin huyện.
Xã Tả Lèng báo cáo:
1. Truyền thanh: số tin, bài 9; độ dài 54 phút; số lượt phát sóng 27; ước số người nghe 2.600.
2. Mạng xã hội: số nhóm Zalo 11; số thành viên 1.395; số tin, bài đăng tải 16; số người cài đặt Bluezone 120; phát hiện tin giả, tin sai sự thật: chưa phát hiện trường hợp nào.
Trân trọng.
Hoàng Văn Chiến
""")
    c.rep("ta_leng", WP, {"items": "9", "minutes": "54", "broadcasts": "27", "listeners": "2.600"}, period=RULE)
    c.rep("ta_leng", SM, {"groups": "11", "group_members": "1.395", "posts": "16", "bluezone_installs": "120",
                          "fake_news": ("chưa phát hiện trường hợp nào", 0)}, period=RULE)

    c = case(F, "natam_khong_phat_hien_ascii", "ordinary", "No diacritics: 'tin gia: khong phat hien' is a zero; sent after the deadline")
    mail(c, sender=P["na_tam"], subject="bc mang xa hoi xa Na Tam", date=D(2021, 10, 28, 16, 30), cte="7bit",
         body="""Xa Na Tam bao cao tuyen truyen tren mang xa hoi:
so nhom zalo: 9 nhom
so thanh vien: 1.020
so tin bai dang tai: 13
so nguoi cai bluezone: 150
tin gia: khong phat hien
Sai
""")
    c.rep("na_tam", SM, {"groups": "9", "group_members": "1.020", "posts": "13", "bluezone_installs": "150",
                         "fake_news": ("khong phat hien", 0)}, period=RULE)

    c = case(F, "thensin_bluezone_chua_co_so_lieu", "ordinary", "Bluezone 'chưa có số liệu': the social-media report is held without it; the radio report stands")
    mail(c, sender=P["then_sin"], subject="Báo cáo tuần xã Thèn Sin", date=D(2021, 9, 30, 9, 45),
         body="""Gửi phòng VH&TT.
* Truyền thanh:
- Số tin, bài: 5
- Độ dài: 30 phút
- Số lượt phát sóng: 15
- Ước số người nghe: 870
* Mạng xã hội:
- Số nhóm Zalo: 6
- Số thành viên: 684
- Số tin bài đăng: 9
- Số lượt cài đặt Bluezone: chưa có số liệu
- Tin giả: Không
Lò Văn Hoàn
""")
    c.rep("then_sin", WP, {"items": "5", "minutes": "30 phút", "broadcasts": "15", "listeners": "870"}, period=RULE)
    c.rep("then_sin", SM, {"groups": "6", "group_members": "684", "posts": "9", "fake_news": ("Không", 0)}, status="needs_review", period=RULE)

    c = case(F, "giangma_listeners_dang_tong_hop", "ordinary", "Listeners 'đang tổng hợp, em gửi sau': held without listeners")
    mail(c, sender=P["giang_ma"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 10, 21, 15, 45),
         body="""Kính gửi Phòng VH&TT,
Xã Giang Ma báo cáo tuần:
- Số tin, bài: 10
- Độ dài: 58 phút
- Số lượt phát sóng: 30
- Ước số người nghe: đang tổng hợp, em gửi sau ạ
Phàn Thị Dung
""")
    c.rep("giang_ma", WP, {"items": "10", "minutes": "58 phút", "broadcasts": "30"}, status="needs_review", period=RULE)

    c = case(F, "banhon_minutes_chua_thong_ke", "ordinary", "Duration 'chưa thống kê': held without minutes")
    mail(c, sender=P["ban_hon"], subject="Báo cáo tuần xã Bản Hon", date=D(2021, 12, 8, 10, 10),
         body="""Kính gửi Phòng Văn hoá và Thông tin,
Xã Bản Hon báo cáo tuần:
- Số tin, bài: 6
- Độ dài: chưa thống kê
- Số lượt phát sóng: 18
- Ước số người nghe: 1.350
Tao Thị Ánh
""")
    c.rep("ban_hon", WP, {"items": "6", "broadcasts": "18", "listeners": "1.350"}, status="needs_review", period=RULE)

    c = case(F, "dai_prose_no_fake_news", "ordinary", "Prose sentence 'Không phát hiện tin giả' as the fake-news figure")
    mail(c, sender=P["dai_th_th"], subject="Báo cáo tuyên truyền trên mạng xã hội - Đài TT-TH", date=D(2021, 12, 2, 9, 10),
         body="""Kính gửi Phòng VH&TT,
Đài TT-TH huyện báo cáo kết quả tuyên truyền trên mạng xã hội trong tuần:
- Số nhóm Zalo do Đài quản lý: 3
- Tổng số thành viên: 4.510
- Số tin, bài đăng tải trên Fanpage và nhóm Zalo: 38
- Số lượt cài đặt Bluezone (cán bộ, viên chức): 17
Không phát hiện tin giả, tin sai sự thật liên quan đến địa bàn huyện.
Trân trọng!
""")
    c.rep("dai_th_th", SM, {"groups": "3", "group_members": "4.510", "posts": "38", "bluezone_installs": "17",
                            "fake_news": ("Không phát hiện", 0)}, period=RULE)

    c = case(F, "khunha_khong_co", "ordinary", "'Tin giả, tin sai sự thật: Không có' is a zero")
    mail(c, sender=P["khun_ha"], subject="BC mạng xã hội tuần", date=D(2021, 12, 9, 11, 20),
         body="""Xã Khun Há báo cáo tuyên truyền trên mạng xã hội:
Số nhóm Zalo: 8
Số thành viên: 940
Số tin, bài đăng tải: 14
Số người cài đặt Bluezone: 52
Tin giả, tin sai sự thật: Không có
Tao Văn Phong
""")
    c.rep("khun_ha", SM, {"groups": "8", "group_members": "940", "posts": "14", "bluezone_installs": "52",
                          "fake_news": ("Không có", 0)}, period=RULE)


def periods():
    F = "periods"
    c = case(F, "banbo_tuan_49", "ordinary", "'tuần 49' in the subject (ISO week of the Thursday: 9 Dec 2021)")
    mail(c, sender=P["ban_bo"], subject="Báo cáo tuyên truyền tuần 49 - xã Bản Bo", date=D(2021, 12, 9, 8, 30),
         body="Dạ em gửi báo cáo ạ:\n- Số tin, bài: 9\n- Độ dài: 54 phút\n- Số lần phát sóng: 27\n- Ước số người nghe: 2.350\nHương\n")
    c.rep("ban_bo", WP, {"items": "9", "minutes": "54 phút", "broadcasts": "27", "listeners": "2.350"}, period=("iso", "tuần 49", 49))

    c = case(F, "binhlu_tuan_thu_12", "ordinary", "'tuần thứ 12 năm 2021' (Thursday 25 March), sent the day before")
    mail(c, sender=P["binh_lu"], subject="Báo cáo kết quả tuyên truyền tuần thứ 12 năm 2021", date=D(2021, 3, 24, 15, 0),
         body="Kính gửi Phòng VH&TT.\nXã Bình Lư báo cáo: số tin, bài: 9; độ dài: 56 phút; số lượt phát sóng: 27; ước số người nghe: 2.750.\nGiàng A Sử\n")
    c.rep("binh_lu", WP, {"items": "9", "minutes": "56 phút", "broadcasts": "27", "listeners": "2.750"},
          period=("iso", "tuần thứ 12 năm 2021", 12))

    c = case(F, "ttd_tuan_1_thang_12", "ordinary", "'tuần 1 tháng 12' (the first week whose Thursday is in December: 2 Dec)")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuyên truyền tuần 1 tháng 12", date=D(2021, 12, 2, 10, 50),
         body="Kính gửi Phòng VH&TT,\nThị trấn Tam Đường báo cáo kết quả tuyên truyền tuần 1 tháng 12:\n- Số lượng tin, bài: 15\n- Thời lượng: 88 phút\n- Số lượt phát sóng: 45\n- Số người nghe: 4.700\nMai\n")
    c.rep("tt_tam_duong", WP, {"items": "15", "minutes": "88 phút", "broadcasts": "45", "listeners": "4.700"},
          period=("wom", "tuần 1 tháng 12", 1, 12))

    c = case(F, "khunha_range_late", "ordinary", "Range 'từ 26/11 đến 02/12/2021' sent on the Friday after")
    mail(c, sender=P["khun_ha"], subject="Báo cáo tuần (từ 26/11 đến 02/12/2021)", date=D(2021, 12, 3, 8, 15),
         body="Xã Khun Há báo cáo tuần:\n- Số tin bài: 8\n- Độ dài: 46 phút\n- Số lượt phát sóng: 24\n- Ước số người nghe: 1.450\nPhong\n")
    c.rep("khun_ha", WP, {"items": "8", "minutes": "46 phút", "broadcasts": "24", "listeners": "1.450"},
          period=("range", "từ 26/11 đến 02/12/2021", "26/11", "02/12/2021"))

    c = case(F, "giangma_range_dash", "ordinary", "Range with a dash '05/3 - 11/3/2021'")
    mail(c, sender=P["giang_ma"], subject="BC tuyên truyền tuần 05/3 - 11/3/2021", date=D(2021, 3, 11, 9, 0),
         body="Kính gửi phòng VH&TT,\nXã Giang Ma báo cáo kết quả tuyên truyền tuần từ ngày 05/3 - 11/3/2021:\n- Số tin, bài: 10\n- Độ dài: 60 phút\n- Số lượt phát sóng: 30\n- Ước số người nghe: 2.900\nDung\n")
    c.rep("giang_ma", WP, {"items": "10", "minutes": "60 phút", "broadcasts": "30", "listeners": "2.900"},
          period=("range", "05/3 - 11/3/2021", "05/3", "11/3/2021"))

    c = case(F, "nungnang_tuan_3_thang_6", "ordinary", "'tuan 3 thang 6' without diacritics (third Thursday of June: 17 June)")
    mail(c, sender=P["nung_nang"], subject="bao cao tuan 3 thang 6", date=D(2021, 6, 17, 14, 45),
         body="Xa Nung Nang bao cao tuyen truyen tuan 3 thang 6:\nso tin bai: 6\nthoi luong: 36 phut\nso luot phat: 18\nso nguoi nghe: 1.550\nPao\n")
    c.rep("nung_nang", WP, {"items": "6", "minutes": "36 phut", "broadcasts": "18", "listeners": "1.550"},
          period=("wom", "tuan 3 thang 6", 3, 6))

    c = case(F, "dai_week_and_range", "ordinary", "Both a week number and the matching range: 'Tuần 32 (từ ngày 06/8/2021 đến ngày 12/8/2021)'")
    mail(c, sender=P["dai_th_th"], subject="Báo cáo kết quả tuyên truyền Tuần 32 (từ ngày 06/8/2021 đến ngày 12/8/2021)",
         date=D(2021, 8, 12, 14, 0),
         body="Kính gửi Phòng VH&TT,\nĐài TT-TH huyện báo cáo:\n- Số tin, bài: 37\n- Thời lượng: 262 phút\n- Số lượt phát sóng: 74\n- Ước số người nghe, xem: 34.500\nTrân trọng!\n")
    c.rep("dai_th_th", WP, {"items": "37", "minutes": "262 phút", "broadcasts": "74", "listeners": "34.500"},
          period=("iso", "Tuần 32", 32))

    c = case(F, "sonbinh_gop_2_tuan", "ordinary", "'số liệu gộp 2 tuần' over a two-week range: held, no single week")
    mail(c, sender=P["son_binh"], subject="Báo cáo tuyên truyền (gộp 2 tuần)", date=D(2021, 7, 29, 16, 30),
         body="Dạ em xin lỗi tuần trước em chưa gửi được, em gửi số liệu gộp 2 tuần (từ 16/7 đến 29/7/2021) ạ:\n- Tin bài: 13\n- Thời lượng: 80 phút\n- Số lượt phát: 39\n- Người nghe: 1.500\nThu\n")
    c.rep("son_binh", WP, {"items": "13", "minutes": "80 phút", "broadcasts": "39", "listeners": "1.500"},
          status="needs_review", period=None)

    c = case(F, "bangiang_tu_dau_thang_den_nay", "ordinary", "'từ ngày 01/9 đến nay' is not a reporting week: held, period unknown")
    mail(c, sender=P["ban_giang"], subject="Báo cáo kết quả tuyên truyền", date=D(2021, 9, 9, 10, 0),
         body="Em gửi anh kết quả tuyên truyền của xã Bản Giang từ ngày 01/9 đến nay ạ:\n- Số tin bài: 12\n- Thời lượng: 70 phút\n- Số lượt phát sóng: 36\n- Số người nghe: 3.000\nLan\n")
    c.rep("ban_giang", WP, {"items": "12", "minutes": "70 phút", "broadcasts": "36", "listeners": "3.000"},
          status="needs_review", period=None)

    c = case(F, "taleng_tuan_2_thang_02", "ordinary", "'Tuần 2 tháng 02' before Tết (second Thursday of February: 11 Feb)")
    mail(c, sender=P["ta_leng"], subject="Báo cáo tuyên truyền Tuần 2 tháng 02", date=D(2021, 2, 10, 9, 15),
         body="Kính gửi Phòng VH&TT huyện.\nXã Tả Lèng báo cáo kết quả tuyên truyền Tuần 2 tháng 02 (dịp Tết Nguyên đán Tân Sửu):\n- Số lượng tin, bài: 12\n- Độ dài tin, bài: 72 phút\n- Số lượng phát sóng: 36 lượt\n- Ước số lượng người nghe: 3.000 người\nChiến\n")
    c.rep("ta_leng", WP, {"items": "12", "minutes": "72 phút", "broadcasts": "36", "listeners": "3.000"},
          period=("wom", "Tuần 2 tháng 02", 2, 2))

    c = case(F, "banhon_weekday_range", "ordinary", "Range written with weekdays 'từ thứ 6 ngày 16/4 đến thứ 5 ngày 22/4'")
    mail(c, sender=P["ban_hon"], subject="Báo cáo tuần", date=D(2021, 4, 22, 11, 30),
         body="Kính gửi Phòng VH&TT,\nXã Bản Hon báo cáo kết quả tuyên truyền tuần (từ thứ 6 ngày 16/4 đến thứ 5 ngày 22/4):\n- Số tin, bài: 7\n- Độ dài: 40 phút\n- Số lượt phát sóng: 21\n- Ước số người nghe: 1.500\nTao Thị Ánh\n")
    c.rep("ban_hon", WP, {"items": "7", "minutes": "40 phút", "broadcasts": "21", "listeners": "1.500"},
          period=("range", "từ thứ 6 ngày 16/4 đến thứ 5 ngày 22/4", "16/4", "22/4"))

    c = case(F, "thensin_tuan_thu_45", "ordinary", "'tuần thứ 45' without a year (Thursday 11 November)")
    mail(c, sender=P["then_sin"], subject="Báo cáo tuyên truyền tuần thứ 45", date=D(2021, 11, 11, 9, 20),
         body="Gửi phòng VH&TT.\nXã Thèn Sin báo cáo tuần thứ 45:\n- Số tin bài: 5\n- Thời lượng: 32 phút\n- Số lượt phát sóng: 15\n- Số người nghe: 910\nHoàn\n")
    c.rep("then_sin", WP, {"items": "5", "minutes": "32 phút", "broadcasts": "15", "listeners": "910"},
          period=("iso", "tuần thứ 45", 45))


def lastweek():
    F = "lastweek"
    c = case(F, "giangma_two_week_sheets", "ordinary", "Workbook keeps last week's sheet ('Tuần 18') beside this week's ('Tuần 19'): only week 19 is the report")
    def sheet(name, rng_text, v):
        return dict(name=name, rows=[["UBND XÃ GIANG MA"], ["KẾT QUẢ TUYÊN TRUYỀN TUẦN"], [rng_text], [],
                                     ["Nội dung", "Số lượng"], ["Số tin, bài", v[0]], ["Độ dài (phút)", v[1]],
                                     ["Số lượt phát sóng", v[2]], ["Ước số người nghe", v[3]]],
                    bold=[1, 2, 5], border_from=5, merges=["A2:B2", "A3:B3"])
    data, text = xlsx([sheet("Tuần 18", "(Từ ngày 30/4 đến ngày 06/5/2021)", (9, 52, 27, 2500)),
                       sheet("Tuần 19", "(Từ ngày 07/5 đến ngày 13/5/2021)", (11, 64, 33, 2800))], author="Dung")
    mail(c, sender=P["giang_ma"], subject="Báo cáo tuyên truyền tuần 19", date=D(2021, 5, 12, 16, 0),
         body="Kính gửi Phòng VH&TT, xã Giang Ma gửi báo cáo tuần (sheet Tuần 19).\nDung\n",
         atts=[Att("GiangMa_tuyen truyen 2021.xlsx", data, XLSX, text)])
    c.rep("giang_ma", WP, {"items": "11", "minutes": "64", "broadcasts": "33", "listeners": "2800"},
          period=("range", "Từ ngày 07/5 đến ngày 13/5/2021", "07/5", "13/5/2021"))

    c = case(F, "ttd_body_compare_columns", "ordinary", "Body table 'Tuần trước | Tuần này': only the second column is the report")
    mail(c, sender=P["tt_tam_duong"], subject="Báo cáo tuyên truyền tuần - TT Tam Đường", date=D(2021, 7, 29, 9, 20),
         body="""Kính gửi Phòng VH&TT,
Thị trấn Tam Đường báo cáo kết quả tuyên truyền tuần, so sánh với tuần trước:

Nội dung\tTuần trước\tTuần này
Số lượng tin, bài\t10\t12
Thời lượng (phút)\t62\t75
Số lượt phát sóng\t30\t36
Số người nghe\t3.900\t4.300

Trân trọng.
Nguyễn Thị Mai
""")
    c.rep("tt_tam_duong", WP, {"items": "12", "minutes": "75", "broadcasts": "36", "listeners": "4.300"}, period=RULE)

    c = case(F, "dai_docx_compare_table", "ordinary", "Station's docx table with last week, this week and the difference")
    d = Docx(author="Dai TTTH")
    d.letterhead(["UBND HUYỆN TAM ĐƯỜNG", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"], QH, place_date="Tam Đường, ngày 21 tháng 10 năm 2021")
    d.p("BÁO CÁO NHANH", bold=True, center=True)
    d.p("Kết quả tuyên truyền tuần", bold=True, center=True)
    d.table([["TT", "Nội dung", "Tuần trước", "Tuần này", "Tăng (+), giảm (-)"],
             ["1", "Số tin, bài", "33", "36", "+3"], ["2", "Thời lượng (phút)", "238", "251", "+13"],
             ["3", "Số lượt phát sóng", "66", "72", "+6"], ["4", "Ước số người nghe, xem", "31.000", "32.500", "+1.500"]])
    d.signature(["Nơi nhận:", "- Phòng VH&TT;", "- Lưu: VT."], ["TRƯỞNG ĐÀI", "", "", "Lê Văn Khánh"])
    data, text = d.save()
    mail(c, sender=P["dai_th_th"], subject="Báo cáo nhanh tuần", date=D(2021, 10, 21, 10, 0), body="Kính gửi Phòng VH&TT.\n",
         atts=[Att("BC nhanh tuan.docx", data, DOCX, text)])
    c.rep("dai_th_th", WP, {"items": "36", "minutes": "251", "broadcasts": "72", "listeners": "32.500"}, period=RULE)

    c = case(F, "binhlu_sheets_tuan1_tuan2", "ordinary", "Sheets 'T10-tuan1' and 'T10-tuan2'; the second, titled 'TUẦN 2 THÁNG 10', is this week's")
    def sh(name, title, v):
        return dict(name=name, rows=[[title], [], ["Số tin, bài", v[0]], ["Độ dài (phút)", v[1]], ["Số lượt phát sóng", v[2]],
                                     ["Ước số người nghe", v[3]]], bold=[1])
    data, text = xlsx([sh("T10-tuan1", "KẾT QUẢ TUYÊN TRUYỀN TUẦN 1 THÁNG 10/2021", (9, 54, 27, 2700)),
                       sh("T10-tuan2", "KẾT QUẢ TUYÊN TRUYỀN TUẦN 2 THÁNG 10/2021", (10, 58, 30, 2850))], author="Su")
    mail(c, sender=P["binh_lu"], subject="Báo cáo tuyên truyền tuần - xã Bình Lư", date=D(2021, 10, 14, 8, 50),
         body="Kính gửi phòng, xã Bình Lư gửi báo cáo tuần này (sheet tuần 2).\nGiàng A Sử\n",
         atts=[Att("BinhLu_thang10.xlsx", data, XLSX, text)])
    c.rep("binh_lu", WP, {"items": "10", "minutes": "58", "broadcasts": "30", "listeners": "2850"},
          period=("wom", "TUẦN 2 THÁNG 10", 2, 10))

    c = case(F, "banbo_so_voi_tuan_truoc", "ordinary", "Prose gives this week's figures, then last week's in brackets for comparison")
    mail(c, sender=P["ban_bo"], subject="Báo cáo tuyên truyền tuần", date=D(2021, 11, 25, 10, 30),
         body="Dạ em gửi báo cáo ạ. Tuần này xã Bản Bo đã phát 9 tin, bài với thời lượng 60 phút, phát 27 lượt, ước 2.400 người nghe; so với tuần trước (7 tin, bài, 45 phút, 21 lượt) tăng 2 tin, bài.\nEm cảm ơn ạ.\nHương\n")
    c.rep("ban_bo", WP, {"items": "9", "minutes": "60 phút", "broadcasts": "27", "listeners": "2.400"}, period=RULE)

    c = case(F, "khunha_bluezone_tuan_truoc_tuan_nay", "ordinary", "Bluezone line gives last week's and this week's figures; only this week's is recorded")
    mail(c, sender=P["khun_ha"], subject="Báo cáo mạng xã hội tuần", date=D(2021, 7, 8, 15, 0),
         body="""Xã Khun Há báo cáo tuyên truyền trên mạng xã hội:
- Số nhóm Zalo: 8
- Số thành viên: 905
- Số tin, bài đăng tải: 11
- Số người cài đặt Bluezone: tuần trước 1.120 người, tuần này 1.184 người
- Tin giả: không
Tao Văn Phong
""")
    c.rep("khun_ha", SM, {"groups": "8", "group_members": "905", "posts": "11", "bluezone_installs": "1.184",
                          "fake_news": ("không", 0)}, period=RULE)


def register():
    attachments()
    sections()
    negatives()
    periods()
    lastweek()
