"""Hard cases: scans and photos, legacy encodings (TCVN3, VNI, mojibake, windows-1258),
.doc/.xls files, two-row headers, several weeks in one message."""
from h8lib import (Case, R, W, S, D, Att, make_docx, make_xlsx, make_xls, to_tcvn3, to_vni,
                   to_cp1258, soffice_asset, pdf_from_images)
from h8people import PEOPLE as PP
from h8docs import nd30_blocks
from h8img import render_page, scanify


def mk(fam, name, note, p, subject, date, text=None, reports=(), **kw):
    kw.setdefault("mailer", p.mailer)
    kw.setdefault("difficulty", "hard")
    return Case(fam, name, note, kw.pop("frm", p.frm), subject, date, text=text, reports=reports, **kw)


QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TN = "Độc lập - Tự do - Hạnh phúc"
KG = "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu"


def page(parent, body, so, place_date, summary, content, signer, family="liberation", size=38):
    items = [("head", [parent, "*" + body, "Số: " + so], ["*" + QH, "*" + TN]),
             ("row2", "", place_date), ("gap", 30), ("c", "BÁO CÁO", "b"), ("c", summary, "b"),
             ("c", KG), ("gap", 40)]
    items += content
    items += [("gap", 60), ("sign", signer)]
    return render_page(items, family=family, size=size)


# =========================================================================== scans
F = "scans"
p = PP["hung"]
img, chk, st = page("UBND XÃ BẢN BO", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", "52/BC-TTTTVH",
                    "Bản Bo, ngày 18 tháng 12 năm 2025", "Kết quả công tác tuyên truyền tuần 51 năm 2025",
                    [("p", "Trung tâm Truyền thông và Văn hóa xã Bản Bo báo cáo kết quả công tác tuyên truyền "
                           "tuần 51 năm 2025 như sau:"),
                     ("table", [["TT", "Nội dung", "Kết quả"], ["1", "Số tin, bài", "12"],
                                ["2", "Độ dài (phút)", "70"], ["3", "Số lượt phát sóng", "24"],
                                ["4", "Ước số người nghe", "3.600"]], [120, 1100, 500])],
                    ["*GIÁM ĐỐC", "", "", "", "*Lò Văn Sơn"])
jp = scanify(img, 11, angle=0.8, stamp=st, stamp_text="UBND XÃ BẢN BO", quality=50, scale=0.9)
mk(F, "sc01_banbo_scan_pdf_stamp", "image-only PDF scan with a red stamp; table of four figures", p,
   "Bản scan báo cáo tuần 51", "2025-12-18 09:40",
   "Em gửi bản scan báo cáo có dấu đỏ tuần 51 ạ.\n" + p.sig,
   [R("ban_bo", W, D("2025-12-18"), {"items": "12", "minutes": "70", "broadcasts": "24",
                                      "listeners": "3.600"}, "needs_review", pw="tuần 51")],
   atts=[Att("Scan_20251218_0932.pdf", pdf_from_images([jp], None), chk)])

img, chk, st = page("UBND XÃ MƯỜNG TÈ", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", "07/BC-TTTTVH",
                    "Mường Tè, ngày 26 tháng 02 năm 2026", "Kết quả tuyên truyền tuần 9 năm 2026",
                    [("l", "1. Số tin, bài: 10"), ("l", "2. Độ dài tin, bài: 75 phút"),
                     ("l", "3. Số lượt phát sóng: 20"), ("l", "4. Ước số người nghe: 4.200 người")],
                    ["*GIÁM ĐỐC", "", "", "", "*Trần Văn Thành"])
jp = scanify(img, 12, angle=-2.2, mode="photo", quality=55, scale=0.62)
mk(F, "sc02_muongte_phone_photo_gmail", "phone photo (JPEG) from a personal Gmail; unit only on the page", PP["thanh"],
   "anh bao cao", "2026-02-26 10:15", "Gửi Sở ảnh báo cáo ạ\n\nGửi từ điện thoại Samsung Galaxy",
   [R("muong_te", W, D("2026-02-26"), {"items": "10", "minutes": "75", "broadcasts": "20",
                                        "listeners": "4.200"}, "needs_review", pw="tuần 9 năm 2026")],
   frm="Thanh Tran <thanh.tv.mt@gmail.com>", mailer=None,
   atts=[Att("IMG_20260226_100812.jpg", jp, chk)])

img, chk, st = page("UBND XÃ PU SAM CÁP", "PHÒNG VĂN HÓA - XÃ HỘI", "19/BC-VHXH",
                    "Pu Sam Cáp, ngày 26 tháng 3 năm 2026", "Kết quả tuyên truyền tuần 13",
                    [("l", "- Số tin, bài: 6"), ("l", "- Thời lượng: 45 phút"), ("l", "- Số lượt phát: 12"),
                     ("l", "- Ước số người nghe: 1.750")],
                    ["*TRƯỞNG PHÒNG", "", "", "", "*Tẩn Thị Lan"], family="dejavu", size=34)
png = scanify(img, 13, angle=1.4, mode="png", scale=0.8)
mk(F, "sc03_pusamcap_png_scan", "scan saved as PNG, labelled lines", PP["lan"],
   "BC tuần 13 (bản scan)", "2026-03-26 09:00", "Em gửi bản scan ạ.\n" + PP["lan"].sig,
   [R("pu_sam_cap", W, D("2026-03-26"), {"items": "6", "minutes": "45", "broadcasts": "12",
                                          "listeners": "1.750"}, "needs_review", pw="tuần 13")],
   atts=[Att("scan0013.png", png, chk)])

img, chk, st = page("UBND XÃ NẬM CUỔI", "PHÒNG VĂN HÓA - XÃ HỘI", "41/BC-VHXH",
                    "Nậm Cuổi, ngày 09 tháng 7 năm 2026", "Kết quả công tác thông tin, tuyên truyền tuần 28",
                    [("l", "I. Tuyên truyền trên hệ thống truyền thanh"),
                     ("l", "- Số tin, bài: 7;  - Độ dài: 50 phút;"),
                     ("l", "- Số lượt phát sóng: 14;  - Ước số người nghe: 2.000."),
                     ("l", "II. Tuyên truyền trên mạng xã hội"),
                     ("l", "- Số nhóm Zalo: 13;  - Số thành viên: 1.840;"),
                     ("l", "- Số tin, bài đăng tải: 21;  - Cài đặt Bluezone: 0;  - Tin giả: 0.")],
                    ["*TRƯỞNG PHÒNG", "", "", "", "*Vàng Văn Đạt"])
jp = scanify(img, 14, angle=-0.6, quality=45, scale=0.85)
mk(F, "sc04_namcuoi_scan_both_forms", "image-only PDF with both forms", PP["dat"],
   "Báo cáo tuần 28 - Nậm Cuổi (scan)", "2026-07-09 09:00", "Em gửi báo cáo tuần 28 bản scan ạ.\n" + PP["dat"].sig,
   [R("nam_cuoi", W, D("2026-07-09"), {"items": "7", "minutes": "50", "broadcasts": "14",
                                        "listeners": "2.000"}, "needs_review", pw="tuần 28"),
    R("nam_cuoi", S, D("2026-07-09"), {"groups": "13", "group_members": "1.840", "posts": "21",
                                        "bluezone_installs": "0", "fake_news": "0"}, "needs_review",
      pw="tuần 28")],
   atts=[Att("41.BC-VHXH.pdf", pdf_from_images([jp], None), chk)])

img, chk, st = page("UBND XÃ KHOEN ON", "PHÒNG VĂN HÓA - XÃ HỘI", "33/BC-VHXH",
                    "Khoen On, ngày 23 tháng 10 năm 2025", "Kết quả tuyên truyền trên mạng xã hội tuần 43",
                    [("table", [["Số nhóm Zalo", "Số thành viên", "Số tin, bài đăng tải", "Bluezone", "Tin giả"],
                                ["9", "1.260", "17", "0", "0"]], [360, 360, 440, 300, 260])],
                    ["*TRƯỞNG PHÒNG", "", "", "", "*Lò Văn Minh"])
jp = scanify(img, 15, angle=3.0, mode="photo", quality=50, scale=0.6)
mk(F, "sc05_khoenon_photo_social", "phone photo rotated 3 degrees, social-media table", PP["minh"],
   "BC MXH tuần 43", "2025-10-23 10:00", "Em gửi ảnh chụp báo cáo MXH tuần 43 ạ\n" + PP["minh"].sig,
   [R("khoen_on", S, D("2025-10-23"), {"groups": "9", "group_members": "1.260", "posts": "17",
                                        "bluezone_installs": "0", "fake_news": "0"}, "needs_review",
      pw="tuần 43")],
   atts=[Att("z6123456789_9a8b7c.jpg", jp, chk)])

img1, chk1, st = page("UBND XÃ HỒNG THU", "PHÒNG VĂN HÓA - XÃ HỘI", "88/BC-VHXH",
                      "Hồng Thu, ngày 19 tháng 11 năm 2026", "Kết quả công tác tuyên truyền tuần 47",
                      [("p", "Thực hiện chỉ đạo của Sở Văn hóa, Thể thao và Du lịch, Phòng Văn hóa - Xã hội xã "
                             "Hồng Thu báo cáo kết quả tuyên truyền tuần 47 như sau:"),
                       ("table", [["Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
                                  ["8", "55", "16", "2.300"]], [420, 420, 440, 440]),
                       ("p", "Nội dung: phòng chống rét, tuyên truyền Ngày hội Đại đoàn kết toàn dân tộc.")],
                      ["*TRƯỞNG PHÒNG", "", "", "", "*Vũ Trung Kiên"])
img2, chk2, _ = render_page([("l", "Nơi nhận:"), ("l", "- Sở VHTTDL (b/c);"), ("l", "- Lưu: VT.")])
jp1 = scanify(img1, 16, angle=0.5, quality=45, scale=0.85)
jp2 = scanify(img2, 17, angle=0.9, quality=45, scale=0.85)
mk(F, "sc06_hongthu_two_page_scan", "two-page image-only PDF", PP["kien"],
   "Scan BC tuan 47", "2026-11-19 09:00", "Gửi Sở bản scan báo cáo tuần 47.\n" + PP["kien"].sig,
   [R("hong_thu", W, D("2026-11-19"), {"items": "8", "minutes": "55", "broadcasts": "16",
                                        "listeners": "2.300"}, "needs_review", pw="tuần 47")],
   atts=[Att("BC88_HongThu.pdf", pdf_from_images([jp1, jp2], None), chk1 + "\n" + chk2)])

img, chk, st = page("UBND XÃ NẬM TĂM", "PHÒNG VĂN HÓA - XÃ HỘI", "61/BC-VHXH",
                    "Nậm Tăm, ngày 06 tháng 11 năm 2025", "Kết quả tuyên truyền tuần 45",
                    [("l", "Số tin, bài: 5"), ("l", "Thời lượng phát sóng: 36 phút"),
                     ("l", "Số lượt phát sóng: 10"), ("l", "Ước số người nghe: 1.400")],
                    ["*KT. TRƯỞNG PHÒNG", "*PHÓ TRƯỞNG PHÒNG", "", "", "*Hà Thị Yến"])
jp = scanify(img, 18, angle=1.8, mode="photo", quality=60, scale=0.55)
mk(F, "sc07_namtam_photo_no_body", "photo only, no body text; week and unit in the subject and on the page", PP["yen"],
   "BC tuan 45 xa Nam Tam", "2025-11-06 07:50", "",
   [R("nam_tam", W, D("2025-11-06"), {"items": "5", "minutes": "36", "broadcasts": "10",
                                       "listeners": "1.400"}, "needs_review", pw="tuan 45")],
   atts=[Att("IMG_4471.JPG", jp, chk)])

img, chk, st = page("UBND XÃ THAN UYÊN", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA", "24/BC-TTTTVH",
                    "Than Uyên, ngày 18 tháng 6 năm 2026", "Kết quả công tác tuyên truyền tuần 25",
                    [("l", "1. Số tin, bài: 12"), ("l", "2. Độ dài: 80 phút"), ("l", "3. Số lượt phát sóng: 24"),
                     ("l", "4. Ước số người nghe: 5.000 người")],
                    ["*GIÁM ĐỐC", "", "", "", "*Lò Văn Đoàn"])
jp = scanify(img, 19, angle=-1.1, stamp=st, stamp_text="UBND XÃ THAN UYÊN", quality=50, scale=0.85)
mk(F, "sc08_thanuyen_iphone_scan_stamp", "iPhone Notes scan as image-only PDF, stamp", PP["phuong"],
   "Báo cáo tuần 25", "2026-06-18 08:30", "Em gửi bản có dấu ạ\n\nGửi từ iPhone của tôi",
   [R("than_uyen", W, D("2026-06-18"), {"items": "12", "minutes": "80", "broadcasts": "24",
                                         "listeners": "5.000"}, "needs_review", pw="tuần 25")],
   atts=[Att("Tài liệu được quét.pdf", pdf_from_images([jp], None), chk, style="2231")])

img, chk, st = page("UBND XÃ SIN SUỐI HỒ", "PHÒNG VĂN HÓA - XÃ HỘI", "70/BC-VHXH",
                    "Sin Suối Hồ, ngày 01 tháng 10 năm 2026", "Kết quả tuyên truyền tuần 40",
                    [("table", [["Tuyên truyền trên hệ thống truyền thanh", "", "", ""],
                                ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát", "Người nghe"],
                                ["9", "64", "18", "3.100"]], [420, 460, 420, 420], 2)],
                    ["*TRƯỞNG PHÒNG", "", "", "", "*Chang Thị Thảo"])
png = scanify(img, 20, angle=-0.7, mode="png", scale=0.8)
mk(F, "sc09_sinsuoiho_png_two_row_header", "PNG scan of a table with a two-row header", PP["thao"],
   "BC tuần 40 Sin Suối Hồ", "2026-10-01 09:30", "Em gửi báo cáo tuần 40 ạ (ảnh scan).\n" + PP["thao"].sig,
   [R("sin_suoi_ho", W, D("2026-10-01"), {"items": "9", "minutes": "64", "broadcasts": "18",
                                           "listeners": "3.100"}, "needs_review", pw="tuần 40")],
   atts=[Att("BC T40.png", png, chk)])

# =========================================================================== legacy
F = "legacy"


def tcvn_docx(blocks):
    return make_docx(blocks, font=".VnTime", encode=to_tcvn3,
                     heading_encode=lambda s: to_tcvn3(s, heading=True), author="User")


p = PP["sinh"]
x, chk = tcvn_docx(nd30_blocks(
    "UBND XÃ DÀO SAN", "PHÒNG VĂN HÓA - XÃ HỘI", "58/BC-VHXH", "Dào San, ngày 27 tháng 11 năm 2025",
    "Kết quả công tác tuyên truyền tuần 48",
    ["Phòng Văn hóa - Xã hội xã Dào San báo cáo kết quả công tác tuyên truyền tuần 48 như sau:",
     "- Số tin, bài: 8", "- Độ dài: 55 phút", "- Số lượt phát sóng: 16", "- Ước số người nghe: 2.200 người"],
    ["*TRƯỞNG PHÒNG", "", "", "", "*Chẻo A Sinh"], ["- Sở VHTTDL;", "- Lưu: VT."]))
mk(F, "lg01_daosan_tcvn3_docx", "docx typed in .VnTime (TCVN3 bytes), headings in .VnTimeH", p,
   "Bao cao tuan 48 - Dao San", "2025-11-27 09:00", "Em gửi báo cáo tuần 48 ạ.\n" + p.sig,
   [R("dao_san", W, D("2025-11-27"), {"items": "8", "minutes": "55", "broadcasts": "16",
                                       "listeners": "2.200"}, pw="tuần 48")],
   atts=[Att("BC tuan 48.docx", x, chk)])

p = PP["dat"]
src, chk = tcvn_docx(nd30_blocks(
    "UBND XÃ NẬM CUỔI", "PHÒNG VĂN HÓA - XÃ HỘI", "02/BC-VHXH", "Nậm Cuổi, ngày 08 tháng 01 năm 2026",
    "Kết quả tuyên truyền tuần 2 năm 2026",
    ["- Số tin, bài: 7", "- Độ dài: 46 phút", "- Số lượt phát sóng: 14", "- Ước số người nghe: 2.050"],
    ["*TRƯỞNG PHÒNG", "", "", "", "*Vàng Văn Đạt"], ["- Sở VHTTDL;", "- Lưu: VT."]))
x = soffice_asset("lg02_namcuoi_tcvn3", src, "docx", "doc")
mk(F, "lg02_namcuoi_tcvn3_doc", "Word 97 .doc in .VnTime (TCVN3)", p,
   "BC tuan 2/2026", "2026-01-08 10:00", "Gửi Sở báo cáo tuần 2 năm 2026.\n" + p.sig,
   [R("nam_cuoi", W, D("2026-01-08"), {"items": "7", "minutes": "46", "broadcasts": "14",
                                        "listeners": "2.050"}, pw="tuần 2 năm 2026")],
   atts=[Att("BC02.doc", x, chk)])

p = PP["giang"]
x, chk = make_xls([{"name": "T15", "font": ".VnTime", "merges": [(0, 0, 0, 3, "UBND XÃ HUA BUM"),
                                                                  (1, 0, 1, 3, "Kết quả tuyên truyền tuần 15 năm 2026")],
                    "rows": [[None], [None], [],
                             ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
                             [5, 38, 10, 1450]], "bold_rows": [3]}], encode=to_tcvn3)
mk(F, "lg03_huabum_tcvn3_xls", "legacy .xls with .VnTime (TCVN3) labels", p,
   "bao cao tuan 15", "2026-04-09 09:00", "Em gửi file báo cáo tuần 15 ạ\n" + p.sig,
   [R("hua_bum", W, D("2026-04-09"), {"items": "5", "minutes": "38", "broadcasts": "10",
                                       "listeners": "1450"}, pw="tuần 15 năm 2026")],
   atts=[Att("BCT15.xls", x, chk)])

p = PP["po"]
x, chk = make_docx(nd30_blocks(
    "UBND XÃ SÌ LỞ LẦU", "PHÒNG VĂN HÓA - XÃ HỘI", "27/BC-VHXH", "Sì Lở Lầu, ngày 28 tháng 5 năm 2026",
    "Kết quả tuyên truyền tuần 22",
    ["- Số tin, bài: 6", "- Độ dài: 40 phút", "- Số lượt phát sóng: 12", "- Ước số người nghe: 1.600"],
    ["*TRƯỞNG PHÒNG", "", "", "", "*Lù Văn Pó"], ["- Sở VHTTDL;", "- Lưu: VT."]),
    font="VNI-Times", encode=to_vni, author="PC")
mk(F, "lg04_silolau_vni_docx", "docx typed in VNI-Times (VNI Windows bytes)", p,
   "BC tuần 22 Sì Lở Lầu", "2026-05-28 10:00", "Gửi Sở báo cáo tuần 22 ạ.\n" + p.sig,
   [R("si_lo_lau", W, D("2026-05-28"), {"items": "6", "minutes": "40", "broadcasts": "12",
                                         "listeners": "1.600"}, pw="tuần 22")],
   atts=[Att("BC 27 tuan 22.docx", x, chk)])

p = PP["quang"]
T = ("Kính gửi Sở VHTTDL tỉnh Lai Châu\nXã Mường Mô báo cáo kết quả tuyên truyền tuần 37:\n- Số tin, bài: 7\n"
     "- Độ dài: 45 phút\n- Số lượt phát sóng: 14\n- Ước số người nghe: 1.700\n\n" + p.sig)
mk(F, "lg05_muongmo_utf8_declared_cp1252", "UTF-8 body declared windows-1252 (reads as 'BÃ¡o cÃ¡o' mojibake)", p,
   "Bao cao tuan 37 - Muong Mo", "2025-09-11 09:00", T,
   [R("muong_mo", W, D("2025-09-11"), {"items": "7", "minutes": "45", "broadcasts": "14",
                                        "listeners": "1.700"}, pw="tuần 37")],
   charset="windows-1252", raw_text=T.encode("utf-8"), mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512")

p = PP["thuy"]
T = ("Kính gửi Sở Văn hóa, Thể thao và Du lịch\nXã Lê Lợi báo cáo kết quả tuyên truyền tuần 6:\n"
     "Số tin, bài: 6\nĐộ dài: 42 phút\nSố lượt phát sóng: 12\nƯớc số người nghe: 1.500\n\nLò Thị Thủy - VHXH xã Lê Lợi")
_sb = to_cp1258("Báo cáo tuần 6 - Lê Lợi")
_subj = "=?windows-1258?Q?" + "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                                      ("_" if b == 32 else "=%02X" % b) for b in _sb) + "?="
mk(F, "lg06_leloi_windows1258", "body and subject in windows-1258 (combining tone bytes)", p,
   "Báo cáo tuần 6 - Lê Lợi", "2026-02-05 09:00", T,
   [R("le_loi", W, D("2026-02-05"), {"items": "6", "minutes": "42", "broadcasts": "12",
                                      "listeners": "1.500"}, pw="tuần 6")],
   charset="windows-1258", raw_text=to_cp1258(T), raw_subject=_subj,
   frm="Lo Thi Thuy <" + p.addr + ">", mailer="X-Mailer: Microsoft Outlook Express 6.00.2900.5512")

p = PP["hien"]
x, chk = make_xls([{"name": "Tuan 35", "merges": [(0, 0, 0, 4, "UBND XÃ PẮC TA - PHÒNG VĂN HÓA - XÃ HỘI"),
                                                   (1, 0, 1, 4, "BIỂU KẾT QUẢ TUYÊN TRUYỀN TUẦN 35/2025"),
                                                   (2, 0, 2, 4, "(Từ ngày 22/8/2025 đến ngày 28/8/2025)")],
                    "rows": [[None], [None], [None], [],
                             ["STT", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
                             [1, 7, 44, 14, 1650]], "bold_rows": [4]}])
mk(F, "lg07_pacta_xls_title_rows", "legacy .xls (BIFF8) with merged title rows", p,
   "Báo cáo tuần 35 - Pắc Ta", "2025-08-28 09:30", "Kính gửi Sở, em gửi biểu báo cáo tuần 35.\n" + p.sig,
   [R("pac_ta", W, D("2025-08-28"), {"items": "7", "minutes": "44", "broadcasts": "14",
                                      "listeners": "1650"}, pw="TUẦN 35/2025")],
   atts=[Att("Bieu BC tuan 35.xls", x, chk)])

p = PP["luyen"]
src, chk = make_docx(nd30_blocks(
    "UBND XÃ NẬM SỎ", "PHÒNG VĂN HÓA - XÃ HỘI", "44/BC-VHXH", "Nậm Sỏ, ngày 23 tháng 7 năm 2026",
    "Kết quả công tác tuyên truyền tuần 30",
    ["Phòng Văn hóa - Xã hội xã Nậm Sỏ báo cáo:", "- Số tin, bài: 9", "- Độ dài: 58 phút",
     "- Số lượt phát sóng: 18", "- Ước số người nghe: 2.250"],
    ["*TRƯỞNG PHÒNG", "", "", "", "*Tạ Thị Luyến"], ["- Sở VHTTDL;", "- Lưu: VT."]), author="Luyen")
x = soffice_asset("lg08_namso_unicode", src, "docx", "doc")
mk(F, "lg08_namso_doc_unicode", "Word 97 .doc, Unicode text", p,
   "BC tuần 30 - Nậm Sỏ", "2026-07-23 09:00", "Em gửi báo cáo tuần 30 ạ.\n" + p.sig,
   [R("nam_so", W, D("2026-07-23"), {"items": "9", "minutes": "58", "broadcasts": "18",
                                      "listeners": "2.250"}, pw="tuần 30")],
   atts=[Att("44-BC-VHXH.doc", x, chk)])

p = PP["ngoc"]
rows = [["STT", "Nội dung tuyên truyền", "Tuyên truyền trên hệ thống truyền thanh", None, None, None],
        [None, None, "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
        [1, "Phòng chống lũ quét, sạt lở đất", 3, 22, 6, 1000],
        [2, "Khai giảng năm học mới", 2, 14, 4, 700],
        [3, "Chuyển đổi số, dịch vụ công trực tuyến", 4, 30, 8, 1300],
        [None, "Cộng", 9, 66, 18, 3000]]
x, chk = make_xlsx([{"name": "Tuần 40", "rows": [["XÃ MƯỜNG KHOA - KẾT QUẢ TUYÊN TRUYỀN TUẦN 40"], []] + rows,
                     "merges": ["A1:F1", "A3:A4", "B3:B4", "C3:F3"], "bold_rows": [0, 2, 3, 7], "grid_from": 2,
                     "widths": {"B": 36, "C": 12, "D": 14, "E": 14, "F": 14}}], author="Ngoc")
mk(F, "lg09_muongkhoa_two_row_header", "two-row merged header over the four figures, topic rows and a Cộng row", p,
   "KQ tuyên truyền tuần 40 Mường Khoa", "2025-10-02 09:00", "Em gửi báo cáo tuần 40 ạ\n" + p.sig,
   [R("muong_khoa", W, D("2025-10-02"), {"items": "9", "minutes": "66", "broadcasts": "18",
                                          "listeners": "3000"}, pw="TUẦN 40")],
   atts=[Att("KQ TT tuan 40.xlsx", x, chk)])

p = PP["minh"]
rows = [["Xã", "Truyền thanh cơ sở", None, None, None, "Mạng xã hội", None, None, None, None],
        [None, "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe",
         "Số nhóm", "Số thành viên", "Số tin, bài đăng tải", "Cài đặt Bluezone", "Tin giả"],
        ["Khoen On", 6, 42, 12, 1380, 10, 1150, 16, 0, 0]]
x, chk = make_xlsx([{"name": "T32", "rows": [["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN 32 NĂM 2026"], []] + rows,
                     "merges": ["A1:J1", "A3:A4", "B3:E3", "F3:J3"], "bold_rows": [0, 2, 3], "grid_from": 2}],
                   author="Minh")
mk(F, "lg10_khoenon_two_row_header_both_forms", "two-row header: Truyền thanh | Mạng xã hội side by side, one data row", p,
   "BC tuần 32/2026 - Khoen On", "2026-08-06 10:00", "Em gửi báo cáo tuần 32 ạ.\n" + p.sig,
   [R("khoen_on", W, D("2026-08-06"), {"items": "6", "minutes": "42", "broadcasts": "12",
                                        "listeners": "1380"}, pw="TUẦN 32 NĂM 2026"),
    R("khoen_on", S, D("2026-08-06"), {"groups": "10", "group_members": "1150", "posts": "16",
                                        "bluezone_installs": "0", "fake_news": "0"}, pw="TUẦN 32 NĂM 2026")],
   atts=[Att("BC T32.xlsx", x, chk)])

p = PP["son"]
mk(F, "lg11_muca_three_weeks_in_body", "three missed weeks sent together, each labelled with its dates", p,
   "Gui bu bao cao 3 tuan 40, 41, 42 xa Mu Ca", "2025-10-16 14:00",
   "Kinh gui So VHTTDL\nXa Mu Ca gui bu bao cao 3 tuan do mat mang:\n\n"
   "Tuan 40 (tu 26/9 den 02/10/2025): so tin bai 4; do dai 30 phut; so luot phat 8; nguoi nghe 1.100\n"
   "Tuan 41 (tu 03/10 den 09/10/2025): so tin bai 5; do dai 36 phut; so luot phat 10; nguoi nghe 1.250\n"
   "Tuan 42 (tu 10/10 den 16/10/2025): so tin bai 6; do dai 41 phut; so luot phat 12; nguoi nghe 1.380\n\n"
   + p.sig,
   [R("mu_ca", W, D("2025-10-02"), {"items": "4", "minutes": "30", "broadcasts": "8", "listeners": "1.100"},
      pw="Tuan 40 (tu 26/9 den 02/10/2025)"),
    R("mu_ca", W, D("2025-10-09"), {"items": "5", "minutes": "36", "broadcasts": "10", "listeners": "1.250"},
      pw="Tuan 41 (tu 03/10 den 09/10/2025)"),
    R("mu_ca", W, D("2025-10-16"), {"items": "6", "minutes": "41", "broadcasts": "12", "listeners": "1.380"},
      pw="Tuan 42 (tu 10/10 den 16/10/2025)")])

p = PP["hang"]
sheets = []
for wk, v in ((44, [5, 34, 10, 1180]), (45, [6, 40, 12, 1240]), (46, [7, 47, 14, 1310])):
    sheets.append({"name": "Tuần %d" % wk, "rows": [["KẾT QUẢ TUYÊN TRUYỀN TUẦN %d/2026 - XÃ TÀ TỔNG" % wk], [],
                                                    ["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng",
                                                     "Ước số người nghe"], v], "bold_rows": [0, 2]})
x, chk = make_xlsx(sheets, author="Hang", active=2)
mk(F, "lg12_tatong_three_week_sheets", "catch-up workbook: one sheet per week 44, 45, 46; all three are reports", p,
   "Gửi bù báo cáo tuần 44, 45, 46 - Tà Tổng", "2026-11-12 10:00",
   "Em gửi bù báo cáo 3 tuần 44, 45, 46 do máy tính hỏng ạ, mỗi tuần một sheet.\n" + p.sig,
   [R("ta_tong", W, D("2026-10-29"), {"items": "5", "minutes": "34", "broadcasts": "10", "listeners": "1180"},
      pw="TUẦN 44/2026"),
    R("ta_tong", W, D("2026-11-05"), {"items": "6", "minutes": "40", "broadcasts": "12", "listeners": "1240"},
      pw="TUẦN 45/2026"),
    R("ta_tong", W, D("2026-11-12"), {"items": "7", "minutes": "47", "broadcasts": "14", "listeners": "1310"},
      pw="TUẦN 46/2026")],
   atts=[Att("Ta Tong T44-46.xlsx", x, chk)])
