"""Ordinary cases whose figures are in attachments (xlsx, csv, docx, pdf, ods)."""
import datetime as dt

from h8lib import Case, R, W, S, D, Att, make_xlsx, make_ods
from h8people import PEOPLE as PP
from h8docs import nd30_docx, nd30_pdf, simple_xlsx


def mk(fam, name, note, p, subject, date, text=None, reports=(), **kw):
    kw.setdefault("mailer", p.mailer)
    return Case(fam, name, note, kw.pop("frm", p.frm), subject, date, text=text, reports=reports, **kw)


F = "attachments"
HDR = ["STT", "Nội dung tuyên truyền", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng",
       "Ước số người nghe", "Ghi chú"]

# A01 -------------------------------------------------------------------------------
p = PP["hung"]
rows = [["UBND XÃ BẢN BO"], ["TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA"], [],
        ["BIỂU TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN TUẦN 49/2025"],
        ["(Từ ngày 28/11/2025 đến ngày 04/12/2025)"], [], HDR,
        [1, "Văn kiện Đại hội XIV của Đảng", 3, 20, 6, 1200, ""],
        [2, "Phòng cháy, chữa cháy rừng", 2, 12, 4, 900, ""],
        [3, "Chuyển đổi số, cài đặt và sử dụng VNeID", 3, 18, 6, 1100, ""],
        [4, "An toàn giao thông", 2, 10, 4, 800, ""],
        ["", "Tổng cộng", 10, 60, 20, 4000, ""], [],
        ["", "", "", "", "Người lập biểu", "", ""], ["", "", "", "", "Lò Văn Hùng", "", ""]]
x, chk = simple_xlsx("Tuan 49", rows, bold_rows=(0, 1, 3, 6, 11), author="Lo Van Hung",
                     merges=["A1:C1", "A2:C2", "A4:G4", "A5:G5"], grid_from=6,
                     widths={"B": 38, "C": 11, "D": 12, "E": 12, "F": 14})
mk(F, "a01_banbo_xlsx_total_row", "workbook with title rows, topic rows and a Tổng cộng row", p,
   "Biểu tổng hợp tuyên truyền tuần 49 - Bản Bo", "2025-12-04 09:00",
   "Kính gửi Sở VHTTDL,\nTrung tâm TT&VH xã Bản Bo gửi biểu tổng hợp kết quả tuyên truyền tuần 49 "
   "(file đính kèm).\nTrân trọng!\n" + p.sig,
   [R("ban_bo", W, D("2025-12-04"), {"items": "10", "minutes": "60", "broadcasts": "20",
                                      "listeners": "4000"}, pw="TUẦN 49/2025")],
   atts=[Att("Bieu tong hop tuyen truyen T49.xlsx", x, chk)])

# A02 -------------------------------------------------------------------------------
x, chk = simple_xlsx("Sheet1", [["Số tin, bài", "Thời lượng", "Số lượt phát", "Số người nghe"],
                                [7, 48, 14, 1700]])
mk(F, "a02_namtam_unit_in_filename", "personal Gmail, empty body; unit and week only in the file name", PP["yen"],
   "bao cao", "2025-11-20 10:30", "\n",
   [R("nam_tam", W, D("2025-11-20"), {"items": "7", "minutes": "48", "broadcasts": "14",
                                       "listeners": "1700"}, pw="tuan 47")],
   frm="Hà Yến <hayen.nt90@gmail.com>", mailer=None,
   atts=[Att("Bao cao tuyen truyen tuan 47 - xa Nam Tam.xlsx", x, chk)])

# A03 -------------------------------------------------------------------------------
p = PP["minh"]
csvtxt = ("Chỉ tiêu;Kết quả\r\nSố tin, bài;5\r\nThời lượng (phút);35\r\nSố lượt phát sóng;10\r\n"
          "Ước số người nghe;1.200\r\n")
mk(F, "a03_khoenon_csv", "semicolon CSV with BOM, week in the subject", p,
   "BC tuần 22 - xã Khoen On", "2026-05-28 09:40",
   "Em gửi báo cáo tuần 22 file csv ạ (máy bên em không có Excel).\n" + p.sig,
   [R("khoen_on", W, D("2026-05-28"), {"items": "5", "minutes": "35", "broadcasts": "10",
                                        "listeners": "1.200"}, pw="tuần 22")],
   atts=[Att("bao_cao_tuan_22_KhoenOn.csv", b"\xef\xbb\xbf" + csvtxt.encode("utf-8"), csvtxt,
             ctype="text/csv; charset=utf-8")])

# A04 -------------------------------------------------------------------------------
p = PP["tuan"]
x, chk = nd30_docx(
    "UBND XÃ TÂN UYÊN", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", "48/BC-TTTTVH",
    "Tân Uyên, ngày 20 tháng 11 năm 2025", "Kết quả công tác tuyên truyền tuần 47 năm 2025",
    ["Thực hiện Công văn số 1120/SVHTTDL-QLBC ngày 28/8/2025 của Sở Văn hóa, Thể thao và Du lịch về "
     "việc báo cáo định kỳ công tác thông tin cơ sở; Trung tâm Truyền thông và Văn hóa xã Tân Uyên báo "
     "cáo kết quả công tác tuyên truyền tuần 47 năm 2025 như sau:",
     "1. Số tin, bài: 13 tin, bài.", "2. Độ dài tin, bài: 90 phút.",
     "3. Số lượt phát sóng: 26 lượt.", "4. Ước số người nghe: 5.400 người.",
     "Nội dung tuyên truyền: Ngày hội Đại đoàn kết toàn dân tộc; phòng chống bạo lực gia đình; "
     "tiêm chủng mở rộng.",
     "Trên đây là báo cáo kết quả công tác tuyên truyền tuần 47 năm 2025 của Trung tâm Truyền thông "
     "và Văn hóa xã Tân Uyên./."],
    ["*KT. GIÁM ĐỐC", "*PHÓ GIÁM ĐỐC", "", "", "", "*Hoàng Văn Tuấn"],
    ["- Sở VHTTDL tỉnh (b/c);", "- Đảng ủy xã (b/c);", "- UBND xã;", "- Lưu: VT."],
    author="Hoang Van Tuan")
mk(F, "a04_tanuyen_docx_nd30", "docx in the ND 30 layout, Số: 48/BC-TTTTVH, Đảng ủy xã in Nơi nhận", p,
   "Báo cáo số 48/BC-TTTTVH", "2025-11-20 14:00",
   "Kính gửi: Sở Văn hóa, Thể thao và Du lịch.\nTrung tâm Truyền thông và Văn hóa xã Tân Uyên gửi Báo "
   "cáo số 48/BC-TTTTVH ngày 20/11/2025 (đính kèm).\nTrân trọng!\n\n" + p.sig,
   [R("tan_uyen", W, D("2025-11-20"), {"items": "13", "minutes": "90", "broadcasts": "26",
                                        "listeners": "5.400"}, pw="tuần 47 năm 2025")],
   atts=[Att("48.BC-TTTTVH tuan 47.docx", x, chk, style="2231")])

# A05 -------------------------------------------------------------------------------
p = PP["duc"]
x, chk = nd30_pdf(
    "UBND PHƯỜNG ĐOÀN KẾT", "PHÒNG VĂN HÓA - XÃ HỘI", "215/BC-VHXH",
    "Đoàn Kết, ngày 30 tháng 10 năm 2025", "Kết quả công tác tuyên truyền tuần 44",
    ["Phòng Văn hóa - Xã hội phường Đoàn Kết báo cáo kết quả tuyên truyền trên hệ thống truyền thanh "
     "của phường trong tuần 44 như sau:"],
    ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "", "Lê Văn Đức"],
    ["- Như trên;", "- Lưu: VT."],
    table=[["TT", "Nội dung", "Kết quả"], ["1", "Số tin, bài", "11"], ["2", "Thời lượng (phút)", "85"],
           ["3", "Số lượt phát sóng", "22"], ["4", "Ước số người nghe", "7.100"]],
    widths=[40, 260, 100], title="BC tuyen truyen T44", author="Le Van Duc")
mk(F, "a05_doanket_text_pdf", "text PDF with a small table", p,
   "BC tuyên truyền tuần 44 - P.Đoàn Kết", "2025-10-30 10:15",
   "Phòng VH-XH phường Đoàn Kết gửi báo cáo tuần 44 (file đính kèm).\n\n" + p.sig,
   [R("phuong_doan_ket", W, D("2025-10-30"), {"items": "11", "minutes": "85", "broadcasts": "22",
                                               "listeners": "7.100"}, pw="tuần 44")],
   atts=[Att("BC_tuyen_truyen_T44.pdf", x, chk)])

# A06 -------------------------------------------------------------------------------
p = PP["thuy"]
rows = [["KẾT QUẢ PHÁT SÓNG TẠI CÁC BẢN - TUẦN 24"], [],
        ["STT", "Bản", "Số lượt phát", "Số người nghe"],
        [1, "Bản Nậm Pì", 4, 320], [2, "Bản Pú Đao", 4, 410], [3, "Bản Chăn Nưa", 6, 530],
        [4, "Bản Lê Lợi", 6, 600], [5, "Bản Nậm Ngá", 2, 150]]
x, chk = simple_xlsx("Tuan 24", rows, bold_rows=(0, 2), merges=["A1:D1"], grid_from=2)
mk(F, "a06_leloi_rows_per_village_no_total", "broadcasts and listeners only per village, no total: held", p,
   "Báo cáo tuần 24 xã Lê Lợi", "2026-06-11 09:20",
   "Dạ em gửi báo cáo tuần 24: Số tin, bài: 6; tổng thời lượng 48 phút. Số lượt phát và người nghe "
   "từng bản em để trong file ạ.\n\n" + p.sig,
   [R("le_loi", W, D("2026-06-11"), {"items": "6", "minutes": "48"}, "needs_review", pw="tuần 24")],
   atts=[Att("Luot phat cac ban T24.xlsx", x, chk)])

# A07 -------------------------------------------------------------------------------
p = PP["mai"]
from h8lib import make_docx  # noqa: E402
x, chk = make_docx([
    ("head", ["UBND XÃ SÌN HỒ", "*PHÒNG VĂN HÓA - XÃ HỘI"],
     ["*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "*Độc lập - Tự do - Hạnh phúc", "_Sìn Hồ, ngày 15 tháng 01 năm 2026"]),
    ("p", "BÁO CÁO NHANH", {"bold": True, "align": "center"}),
    ("p", "Kết quả tuyên truyền tuần 3 năm 2026", {"bold": True, "align": "center"}),
    ("table", [["Nội dung", "Kết quả"], ["Số tin, bài", "9"], ["Thời lượng phát sóng", "1 giờ 10 phút"],
               ["Số lượt phát sóng", "18"], ["Ước số người nghe", "3.000"]], {"bold_rows": [0]}),
    ("p", "Người báo cáo: Tẩn Thị Mai", {"align": "right"}),
], author="Tan Thi Mai")
mk(F, "a07_sinho_docx_two_col_table", "docx with a Nội dung | Kết quả table", p,
   "Gửi báo cáo nhanh tuần 3", "2026-01-15 10:20",
   "Dạ em gửi Sở báo cáo nhanh tuần 3 của xã Sìn Hồ ạ. Em cảm ơn.\n" + p.sig,
   [R("sin_ho", W, D("2026-01-15"), {"items": "9", "minutes": ("1 giờ 10 phút", 70), "broadcasts": "18",
                                      "listeners": "3.000"}, pw="tuần 3 năm 2026")],
   atts=[Att("Báo cáo nhanh tuần 3.docx", x, chk)])

# A08 -------------------------------------------------------------------------------
p = PP["thanh"]
rows = [["TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA XÃ MƯỜNG TÈ"], ["Kết quả tuyên truyền tuần 7"], [],
        ["Số tin, bài", "Thời lượng", "Số lượt phát sóng", "Ước số người nghe"],
        [8, dt.time(1, 15), 16, "1.250"]]
x, chk = make_xlsx([{"name": "T7", "rows": rows, "bold_rows": [0, 1, 3], "formats": {(4, 1): "h:mm"},
                     "shown": {(4, 1): "1:15"}, "grid_from": 3}], author="Tran Van Thanh")
mk(F, "a08_muongte_excel_time_and_text_number", "duration as an Excel time 1:15, listeners typed as text '1.250'", p,
   "TT TT&VH Mường Tè - báo cáo tuần 7", "2026-02-12 08:50",
   "Kính gửi Sở,\nTrung tâm gửi kết quả tuyên truyền tuần 7 (file kèm theo).\n\n" + p.sig,
   [R("muong_te", W, D("2026-02-12"), {"items": "8", "minutes": ("1:15", 75), "broadcasts": "16",
                                        "listeners": "1.250"}, pw="tuần 7")],
   atts=[Att("KQ tuyen truyen tuan 7.xlsx", x, chk)])

# A09 -------------------------------------------------------------------------------
p = PP["hien"]
x, chk = nd30_pdf(
    "ỦY BAN NHÂN DÂN", "XÃ PẮC TA", "96/BC-UBND", "Pắc Ta, ngày 24 tháng 9 năm 2026",
    "Kết quả tuyên truyền tuần 39/2026",
    ["Số tin, bài: 7", "Độ dài: 50 phút", "Số lượt phát sóng: 14", "Ước số người nghe: 1.850"],
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Vàng Văn Sáng"],
    ["- Sở VHTTDL;", "- Lưu: VT, VHXH."], title="BC 96", author="VHXH")
mk(F, "a09_pacta_pdf_and_body_agree", "figures both in the body and in the PDF, identical", p,
   "Báo cáo tuần 39/2026 xã Pắc Ta", "2026-09-24 09:00",
   "Kính gửi Sở VHTTDL. Xã Pắc Ta báo cáo tuần 39/2026: Số tin, bài: 7; Độ dài: 50 phút; Số lượt phát "
   "sóng: 14; Ước số người nghe: 1.850. Bản có chữ ký đính kèm.\n" + p.sig,
   [R("pac_ta", W, D("2026-09-24"), {"items": "7", "minutes": "50", "broadcasts": "14",
                                      "listeners": "1.850"}, pw="tuần 39/2026")],
   atts=[Att("96-BC-UBND.pdf", x, chk)])

# A10 -------------------------------------------------------------------------------
p = PP["bao"]
x, chk = nd30_docx(
    "UBND XÃ BUM TỞ", "PHÒNG VĂN HÓA - XÃ HỘI", "37/BC-VHXH", "Bum Tở, ngày 09 tháng 10 năm 2025",
    "Kết quả công tác tuyên truyền tuần 41",
    ["Phòng Văn hóa - Xã hội xã Bum Tở báo cáo kết quả tuyên truyền tuần 41 như sau:",
     "- Số tin, bài: 14", "- Độ dài: 70 phút", "- Số lượt phát sóng: 24", "- Ước số người nghe: 3.300"],
    ["*TRƯỞNG PHÒNG", "", "", "", "*Nguyễn Văn Bảo"], ["- Sở VHTTDL;", "- Lưu: VT."], author="Bao NV")
mk(F, "a10_bumto_body_and_docx_disagree", "body says 12 tin bài, the signed docx says 14: held", p,
   "BC tuần 41 - Bum Tở", "2025-10-09 10:00",
   "Kính gửi Sở VHTTDL,\nXã Bum Tở báo cáo tuần 41: Số tin bài: 12, độ dài 70 phút, 24 lượt phát sóng, "
   "ước 3.300 người nghe. Báo cáo có chữ ký gửi kèm.\n\n" + p.sig,
   [R("bum_to", W, D("2025-10-09"), {"minutes": "70", "broadcasts": "24", "listeners": "3.300"},
      "needs_review", pw="tuần 41")],
   atts=[Att("37.BC-VHXH.docx", x, chk, style="2231")])

# A11 -------------------------------------------------------------------------------
p = PP["dat"]
x, chk = simple_xlsx("Mau BC", [["BIỂU MẪU BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN ...."], [],
                                ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
                                [None, None, None, None]], bold_rows=(0, 2), merges=["A1:D1"])
mk(F, "a11_namcuoi_blank_template", "the attached workbook is the empty template: held, no figures", p,
   "Báo cáo tuyên truyền xã Nậm Cuổi", "2026-07-16 11:00",
   "Em gửi báo cáo tuần này ạ.\n" + p.sig,
   [R("nam_cuoi", W, D("2026-07-16"), {}, "needs_review", rule=True)],
   atts=[Att("Mau bao cao tuan.xlsx", x, chk)])

# A12 -------------------------------------------------------------------------------
p = PP["quang"]
x, chk = make_ods([{"name": "Tuần 45", "rows": [
    ["UBND xã Mường Mô - Kết quả tuyên truyền tuần 45 năm 2026"], [],
    ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
    [6, 42, 12, 1500]]}])
mk(F, "a12_muongmo_ods", "LibreOffice .ods spreadsheet", p,
   "KQ tuyên truyền T45 - Mường Mô", "2026-11-05 09:30",
   "Kính gửi Sở VHTTDL\nEm gửi kết quả tuyên truyền tuần 45 xã Mường Mô (file .ods).\n" + p.sig,
   [R("muong_mo", W, D("2026-11-05"), {"items": "6", "minutes": "42", "broadcasts": "12",
                                        "listeners": "1500"}, pw="tuần 45 năm 2026")],
   atts=[Att("BC_T45_MuongMo.ods", x, chk)])

# A13 -------------------------------------------------------------------------------
p = PP["nga"]
rows = [["TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA XÃ PHONG THỔ"], ["KẾT QUẢ TUYÊN TRUYỀN TUẦN 17 NĂM 2026"], [],
        ["Chỉ tiêu", "Tuần này", "Lũy kế từ đầu năm"],
        ["Số tin, bài", 13, 210], ["Thời lượng (phút)", 95, 1530], ["Số lượt phát sóng", 26, 420],
        ["Ước số người nghe", 5600, 88000]]
x, chk = simple_xlsx("T17", rows, bold_rows=(0, 1, 3), grid_from=3, widths={"A": 26, "B": 12, "C": 18})
mk(F, "a13_phongtho_week_and_year_to_date", "columns Tuần này and Lũy kế từ đầu năm: only the week counts", p,
   "BC tuần 17 - Phong Thổ", "2026-04-23 09:00",
   "Kính gửi Sở VHTTDL\nTrung tâm TT&VH xã Phong Thổ gửi kết quả tuyên truyền tuần 17 ạ.\n" + p.sig,
   [R("phong_tho", W, D("2026-04-23"), {"items": "13", "minutes": "95", "broadcasts": "26",
                                         "listeners": "5600"}, pw="TUẦN 17 NĂM 2026")],
   atts=[Att("KQ tuyen truyen T17.xlsx", x, chk)])

# A14 -------------------------------------------------------------------------------
x, chk = make_docx([
    ("head", ["UBND PHƯỜNG TÂN PHONG", "*PHÒNG VĂN HÓA - XÃ HỘI"],
     ["*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "*Độc lập - Tự do - Hạnh phúc", "_Tân Phong, ngày 03 tháng 9 năm 2026"]),
    ("p", "BÁO CÁO", {"bold": True, "align": "center"}),
    ("p", "Kết quả tuyên truyền tuần 36", {"bold": True, "align": "center"}),
    ("p", "- Số tin, bài: 15"), ("p", "- Độ dài: 110 phút"), ("p", "- Số lượt phát sóng: 30"),
    ("p", "- Ước số người nghe: 9.100 người"),
    ("sign", ["*Nơi nhận:", "- Sở VHTTDL;", "- Lưu VT."], ["*TRƯỞNG PHÒNG", "", "", "*Phạm Minh Tú"]),
], author="Pham Minh Tu")
mk(F, "a14_tanphong_mac_nfd_filename", "Apple Mail, decomposed (NFD) RFC 2231 file name", PP["ha"],
   "Báo cáo tuần 36", "2026-09-03 10:00",
   "Gửi Sở báo cáo tuần 36 của phường Tân Phong.\n\nPhạm Minh Tú\nPhòng VH-XH phường Tân Phong\n\n"
   "Sent from my Mac",
   [R("phuong_tan_phong", W, D("2026-09-03"), {"items": "15", "minutes": "110", "broadcasts": "30",
                                                "listeners": "9.100"}, pw="tuần 36")],
   frm="Phạm Minh Tú <vhxh.tanphong@laichau.gov.vn>", mailer="X-Mailer: Apple Mail (2.3774.600.62)",
   atts=[Att("Báo cáo tuyên truyền tuần 36 - P.Tân Phong.docx", x, chk, style="nfd")])
