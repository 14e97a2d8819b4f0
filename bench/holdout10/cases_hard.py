"""Hard families: `legacy` (TCVN3, VNI, mojibake, .doc, .xls), `twoheader`, `scan`, `multiweek`."""
import datetime as dt
import textwrap

from cases_attach import lines4, period_summary, std_body
from cases_twoforms import two_body
from h10case import case
from h10common import commune_docx, dept_template, left_head, name_of, place_date, SYMBOL, sign_block
from h10docs import grid, png_scan, render_page, scanify, soffice_doc, xls_book, xlsx_book
from h10lib import unit_emails, vn

E = lambda uid, i=0: unit_emails(uid)[i]  # noqa: E731


# =====================================================================================================
# legacy

@case("legacy", "hard", "official docx typed in TCVN3 with .VnTime/.VnTimeH fonts (old template still in use)")
def l01_muong_cha_tcvn3_docx(C):
    when = vn(2025, 7, 17, 14, 0, 36)
    C.docx(commune_docx("muong_cha", "vhxh", when, "07", ["Kết quả công tác thông tin, tuyên truyền tuần",
                                                          period_summary(dt.date(2025, 7, 11), dt.date(2025, 7, 17))],
                        std_body("muong_cha", "vhxh", when.date(), lines4("9", "72", "18", "3.000")), "Lò Văn Inh",
                        enc="tcvn3"), "BC tuan TTCS - Muong Cha.docx")
    C.mail(frm=E("muong_cha", 1), name="Phòng VHXH xã Mường Chà", subject="Báo cáo tuần - xã Mường Chà", date=when,
           body="Kính gửi Sở VHTTDL,\nPhòng VH-XH xã Mường Chà gửi báo cáo tuần ạ (file đính kèm).\nLò Thị Xuân")
    C.weekly("muong_cha", "9", "72", "18", "3.000", ("w", "đến ngày 17/7/2025", "2025-07-17"))


@case("legacy", "hard", "official report as a Word 97-2003 .doc typed in VNI-Times")
def l02_xa_dung_vni_doc(C):
    when = vn(2025, 12, 11, 9, 50, 3)
    docx_bytes, texts = commune_docx("xa_dung", "ubnd", when, "118",
                                     ["Kết quả công tác thông tin cơ sở tuần",
                                      period_summary(dt.date(2025, 12, 5), dt.date(2025, 12, 11))],
                                     std_body("xa_dung", "ubnd", when.date(), lines4("7", "56", "14", "2.400")),
                                     "Vừ A Páo", deputy=True, enc="vni")
    C.doc(soffice_doc(docx_bytes, "l02_xa_dung_vni"), texts, "118 BC UBND.doc", style="2047")
    C.mail(frm=E("xa_dung"), name="UBND xã Xa Dung", client="outlook", subject="Báo cáo tuần - UBND xã Xa Dung", date=when,
           body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên\n\nUBND xã Xa Dung gửi báo cáo tuần (file Word).\n\n"
                "Trân trọng./.\nVừ Thị Mỷ")
    C.weekly("xa_dung", "7", "56", "14", "2.400", ("w", "đến ngày 11/12/2025", "2025-12-11"))


@case("legacy", "hard", "old .xls template typed in TCVN3 (.VnTime), written by an old Excel")
def l03_tia_dinh_tcvn3_xls(C):
    when = vn(2026, 1, 22, 10, 30, 15)
    sheet = {"name": "Sheet1", "cells": [
        (0, 0, "UBND XÃ TÌA DÌNH", {"upper": True, "bold": True}),
        (4, 0, "STT", {"bold": True, "border": True, "align": "center"}),
        (4, 1, "Nội dung", {"bold": True, "border": True, "align": "center"}),
        (4, 2, "Số tin, bài", {"bold": True, "border": True, "align": "center"}),
        (4, 3, "Thời lượng (phút)", {"bold": True, "border": True, "align": "center", "wrap": True}),
        (4, 4, "Số lượt phát sóng", {"bold": True, "border": True, "align": "center", "wrap": True}),
        (4, 5, "Ước số người nghe", {"bold": True, "border": True, "align": "center", "wrap": True}),
        (5, 0, 1, {"border": True, "align": "center"}),
        (5, 1, "Truyền thanh xã", {"border": True}),
        (5, 2, 6, {"border": True, "align": "center"}),
        (5, 3, 45, {"border": True, "align": "center"}),
        (5, 4, 12, {"border": True, "align": "center"}),
        (5, 5, 1800, {"border": True, "align": "center"}),
        (7, 3, "Người lập biểu", {"bold": True, "align": "center"}),
        (10, 3, "Hờ A Sình", {"bold": True, "align": "center"})],
        "merges": [(1, 1, 0, 5, "BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN TUẦN", {"upper": True, "bold": True, "align": "center"}),
                   (2, 2, 0, 5, "(Từ ngày 16/01/2026 đến ngày 22/01/2026)", {"align": "center"})],
        "widths": {0: 1500, 1: 6500, 2: 3000, 3: 3500, 4: 3500, 5: 3800}}
    C.xls(xls_book([sheet], enc="tcvn3"), "bc tuan.xls")
    C.mail(frm=E("tia_dinh"), name="Xa Tia Dinh", client="zimbra_plain", subject="bao cao tuan xa Tia Dinh", date=when,
           body="Kinh gui So VHTTDL, xa Tia Dinh gui bao cao tuan (file dinh kem).\nHo A Sinh")
    C.weekly("tia_dinh", "6", "45", "12", "1800", ("w", "đến ngày 22/01/2026", "2026-01-22"))


@case("legacy", "hard", "official report as a Word 97-2003 .doc (Unicode)")
def l04_muong_lay_doc(C):
    when = vn(2026, 3, 19, 10, 0, 48)
    docx_bytes, texts = commune_docx("muong_lay", "vhxh", when, "19",
                                     ["Kết quả công tác thông tin, tuyên truyền tuần",
                                      period_summary(dt.date(2026, 3, 13), dt.date(2026, 3, 19))],
                                     std_body("muong_lay", "vhxh", when.date(), lines4("13", "110", "26", "6.800")),
                                     "Lò Thị Hạnh")
    C.doc(soffice_doc(docx_bytes, "l04_muong_lay"), texts, "19-BC-VHXH.doc")
    C.mail(frm=E("muong_lay", 1), name="Phòng VHXH phường Mường Lay", subject="Báo cáo tuần - phường Mường Lay", date=when,
           body="Kính gửi Sở VHTTDL,\nPhòng VH-XH phường Mường Lay gửi báo cáo tuần.\nLò Văn Quyết")
    C.weekly("muong_lay", "13", "110", "26", "6.800", ("w", "đến ngày 19/3/2026", "2026-03-19"))


@case("legacy", "hard", "the department's template saved as Excel 97-2003 .xls (Unicode)")
def l05_muong_pon_xls(C):
    when = vn(2026, 6, 4, 14, 0, 9)
    hb = {"bold": True, "border": True, "align": "center", "wrap": True}
    cells = [(0, 0, "ĐƠN VỊ: UBND XÃ MƯỜNG PỒN", {"bold": True})]
    for j, h_ in enumerate(["STT", "Nội dung", "Số tin, bài", "Độ dài, thời lượng (phút)", "Số lượt phát sóng",
                            "Ước số người nghe", "Ghi chú"]):
        cells.append((4, j, h_, hb))
    for j, v in enumerate([1, "Hệ thống truyền thanh cơ sở", 9, 70, 18, 3200, ""]):
        cells.append((5, j, v, {"border": True, "align": "center"}))
    cells.append((7, 0, "Người lập biểu: Tòng Văn Bun", {}))
    sheet = {"name": "Truyen thanh", "cells": cells,
             "merges": [(1, 1, 0, 6, "BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN CƠ SỞ HẰNG TUẦN", {"bold": True, "align": "center"}),
                        (2, 2, 0, 6, "(Từ ngày 29/5/2026 đến ngày 04/6/2026)", {"align": "center"})],
             "widths": {0: 1500, 1: 8000, 2: 3000, 3: 4000, 4: 3500, 5: 4000, 6: 5000}}
    C.xls(xls_book([sheet]), "BC tuan Muong Pon.xls")
    C.mail(frm=E("muong_pon", 1), name="Phòng VH-XH xã Mường Pồn", client="outlook", subject="Báo cáo tuần - xã Mường Pồn",
           date=when, body="Kính gửi Sở,\nXã Mường Pồn gửi báo cáo tuần (file Excel).\nTrân trọng.\nTòng Văn Bun")
    C.weekly("muong_pon", "9", "70", "18", "3200", ("w", "đến ngày 04/6/2026", "2026-06-04"))


@case("legacy", "hard", "UTF-8 body labelled iso-8859-1 by an old client: shows as mojibake ('Sá»‘ tin, bÃ i')")
def l06_nam_nen_mojibake(C):
    src = ("Kính gửi Sở VHTTDL\nXã Nậm Nèn báo cáo kết quả tuyên truyền tuần:\n- Số tin, bài: 8\n- Thời lượng: 60 phút\n"
           "- Số lượt phát sóng: 16\n- Ước số người nghe: 2.300\nTrân trọng!\nMùa A Lử - VHXH xã Nậm Nèn")
    C.mail(frm=E("nam_nen"), name="Xa Nam Nen", client="oe", subject="Bao cao tuan - xa Nam Nen",
           date=vn(2025, 10, 9, 11, 15, 40), body=src, raw_body=src.encode("utf-8"), charset="iso-8859-1",
           cte="quoted-printable", source_text=src)
    C.weekly("nam_nen", "8", "60", "16", "2.300", period="rule")


# =====================================================================================================
# two-row headers

@case("twoheader", "hard", "xlsx with a two-row merged header, one row per loudspeaker cluster and a TỔNG CỘNG row")
def w01_muong_nha_per_cluster(C):
    when = vn(2025, 11, 13, 10, 0, 51)
    hb = {"bold": True, "align": "center", "wrap": True}
    cells = [("A1", "UBND XÃ MƯỜNG NHÀ", {"bold": True}),
             ("A2", "KẾT QUẢ HOẠT ĐỘNG TRUYỀN THANH CƠ SỞ TUẦN", {"bold": True, "align": "center"}),
             ("A3", "(Từ ngày 07/11/2025 đến ngày 13/11/2025)", {"italic": True, "align": "center"})]
    cells += grid(5, "A", [["STT", "Cụm loa / thôn, bản", "Truyền thanh cơ sở", None, None, None, "Ghi chú"],
                           [None, None, "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe", None]],
                  hb)
    cells += grid(7, "A", [[1, "Trung tâm xã (loa trạm)", 6, 48, 12, 2100, None],
                           [2, "Cụm loa bản Mường Lói (xã Mường Lói cũ)", 3, 24, 6, 1500, None],
                           [3, "Cụm loa bản Phu Luông (xã Phu Luông cũ)", 3, 24, 6, 1200, "01 loa hỏng"],
                           [None, ("TỔNG CỘNG", {"bold": True}), (12, {"bold": True}), (96, {"bold": True}),
                            (24, {"bold": True}), (4800, {"bold": True}), None]])
    C.xlsx(xlsx_book([{"name": "Tuan", "cells": cells, "merges": ["A2:G2", "A3:G3", "A5:A6", "B5:B6", "C5:F5", "G5:G6"],
                       "widths": {"A": 6, "B": 40, "C": 12, "D": 14, "E": 14, "F": 14, "G": 16}}],
                     when - dt.timedelta(minutes=25), author="Lan MN"), "BC tuan Muong Nha 13.11.xlsx")
    C.mail(frm=E("muong_nha"), name="UBND xã Mường Nhà", subject="Báo cáo tuần - xã Mường Nhà", date=when,
           body="Kính gửi Sở VHTTDL,\nXã Mường Nhà gửi báo cáo tuần (chi tiết theo từng cụm loa).\nQuàng Thị Lan")
    C.weekly("muong_nha", "12", "96", "24", "4800", ("w", "đến ngày 13/11/2025", "2025-11-13"))


@case("twoheader", "hard", "docx with one table for both forms under a two-row merged header")
def w02_nua_ngam_both_forms_table(C):
    when = vn(2026, 4, 16, 14, 0, 25)
    rows = [["STT", "Nội dung", "Truyền thanh cơ sở", None, None, None, "Mạng xã hội", None, None, None, None],
            [None, None, "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe", "Số nhóm",
             "Số thành viên", "Số tin, bài đăng tải", "Số lượt cài đặt Bluezone", "Số vụ tin giả"],
            [1, "Kết quả trong tuần", 11, 88, 22, "4.200", 17, "2.900", 31, 0, 0]]
    tbl = ("table", rows, {"header_rows": 2, "merges": [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 0, 10)],
                           "size": 10, "widths_mm": [9, 22, 13, 15, 15, 16, 13, 15, 15, 17, 15]})
    body = ["Thực hiện Công văn số 1186/SVHTTDL-QLBCXB ngày 04/7/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên; "
            "UBND xã Núa Ngam báo cáo kết quả công tác thông tin cơ sở tuần như sau:", tbl,
            "Trên đây là báo cáo kết quả công tác thông tin cơ sở tuần của UBND xã Núa Ngam./."]
    C.docx(commune_docx("nua_ngam", "ubnd", when, "58", ["Kết quả công tác thông tin cơ sở tuần",
                                                         period_summary(dt.date(2026, 4, 10), dt.date(2026, 4, 16))],
                        body, "Bạc Cầm Minh", deputy=True), "BC 58 tuan.docx")
    C.mail(frm=E("nua_ngam"), name="UBND xã Núa Ngam", client="outlook", subject="Báo cáo tuần - xã Núa Ngam", date=when,
           body="Kính gửi Sở,\nXã Núa Ngam gửi báo cáo tuần.\nBạc Cầm Thanh")
    p = ("w", "đến ngày 16/4/2026", "2026-04-16")
    C.weekly("nua_ngam", "11", "88", "22", "4.200", p)
    C.social("nua_ngam", "17", "2.900", "31", "0", "0", p)


# =====================================================================================================
# scans and photos

def _wrap(text, width=92):
    return textwrap.wrap(text, width)


def scan_blocks(uid, office, number, doc_date, summary, lines, signer, deputy=True, table=None, px=36):
    lh = left_head(uid, office)
    b = [("gap", 40), ("lr", lh[0][0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 34, (lh[0][1], True)),
         ("lr", lh[1][0], "Độc lập - Tự do - Hạnh phúc", 34, (lh[1][1], True))]
    if len(lh) > 2:
        b.append(("lr", lh[2][0], "", 34, (True, False)))
    b += [("gap", 30), ("lr", f"Số: {number}/{SYMBOL[office]}", place_date(name_of(uid), doc_date), 34), ("gap", 70),
          ("c", "BÁO CÁO", 42, True)]
    b += [("c", s, 38, True) for s in summary]
    b += [("gap", 30), ("c", "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên.", px), ("gap", 30)]
    for ln in lines:
        if ln == "":
            b.append(("gap", 20))
            continue
        for i, w in enumerate(_wrap(ln)):
            b.append(("l", w, px, False, 70 if i == 0 and not ln.startswith("-") else 0))
    if table:
        b += [("gap", 20), table]
    b += [("gap", 60), ("sig", sign_block(office, deputy) + ["", "", "", signer], px)]
    return b


@case("scan", "hard", "signed report scanned to a PDF with no text layer: held, every figure on the page expected")
def s01_tua_chua_scan_pdf(C):
    when = vn(2025, 10, 23, 15, 0, 4)
    lines = ["Thực hiện Công văn số 1186/SVHTTDL-QLBCXB ngày 04/7/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên, "
             "Trung tâm Truyền thông và Văn hóa xã Tủa Chùa báo cáo kết quả công tác thông tin, tuyên truyền trong tuần "
             "như sau:", "",
             "- Số tin, bài: 12 tin, bài;", "- Độ dài, thời lượng: 100 phút;", "- Số lượt phát sóng: 24 lượt;",
             "- Ước số người nghe: 5.000 người.", "",
             "Trên đây là báo cáo kết quả công tác thông tin cơ sở tuần của Trung tâm Truyền thông và Văn hóa xã Tủa Chùa./."]
    img, texts = render_page(scan_blocks("tua_chua", "tttt", "43", when.date(),
                                         ["Kết quả công tác thông tin, tuyên truyền tuần",
                                          "(Từ ngày 17/10/2025 đến ngày 23/10/2025)"], lines, "Giàng A Khua",
                                         deputy=False))
    C.scan_pdf(scanify(img, 1001, angle=0.9, quality=60, noise=16, blur=0.6), "BC tuan 43 TTTTVH Tua Chua.pdf", texts)
    C.mail(frm=E("tua_chua", 1), name="Trung tâm TT&VH xã Tủa Chùa", subject="Báo cáo tuần (bản scan) - xã Tủa Chùa",
           date=when, body="Kính gửi Sở VHTTDL,\nTrung tâm TT&VH xã Tủa Chùa gửi bản scan báo cáo tuần có chữ ký, đóng dấu ạ.\n"
                           "Trân trọng!")
    C.weekly("tua_chua", "12", "100", "24", "5.000", ("w", "đến ngày 23/10/2025", "2025-10-23"), status="needs_review")


@case("scan", "hard", "phone photo (JPEG) of the printed template with a table: held, figures and week expected")
def s02_pa_ham_phone_photo(C):
    when = vn(2026, 1, 15, 16, 10, 33)
    table = ("table", [["STT", "Nội dung", "Số tin,\nbài", "Thời lượng\n(phút)", "Số lượt\nphát sóng",
                        "Ước số\nngười nghe"],
                       ["1", "Truyền thanh cơ sở", "7", "55", "14", "2.100"]],
             [110, 560, 250, 300, 300, 300], 34, 1)
    blocks = [("gap", 80), ("l", "ĐƠN VỊ: UBND XÃ PA HAM", 36, True),
              ("gap", 40), ("c", "BÁO CÁO KẾT QUẢ CÔNG TÁC THÔNG TIN CƠ SỞ HẰNG TUẦN", 40, True),
              ("c", "(Từ ngày 09/01/2026 đến ngày 15/01/2026)", 36), ("gap", 60), table,
              ("gap", 40), ("l", "Người lập biểu: Vừ A Dế", 34), ("gap", 80),
              ("sig", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Vừ A Thắng"], 36)]
    img, texts = render_page(blocks, margin=(190, 200, 170))
    C.jpeg(scanify(img, 1002, angle=-2.4, quality=52, noise=22, blur=1.1, photo=True, crop=(0, 0, 2480, 2500))[0],
           "IMG_20260115_160412.jpg", texts)
    C.mail(frm=E("pa_ham"), name="UBND xã Pa Ham", client="android", subject="Báo cáo tuần xã Pa Ham (ảnh)", date=when,
           body="Em gửi ảnh báo cáo tuần xã Pa Ham ạ, máy tính xã hỏng nên em chụp lại bản in.\nVừ A Dế")
    C.weekly("pa_ham", "7", "55", "14", "2.100", ("w", "đến ngày 15/01/2026", "2026-01-15"), status="needs_review")


@case("scan", "hard", "black-and-white PNG scan of the social-media table: held, the five figures expected")
def s03_quang_lam_png_social(C):
    when = vn(2026, 3, 26, 10, 30, 2)
    table = ("table", [["STT", "Nội dung", "Số nhóm\nMXH", "Số thành\nviên", "Số tin, bài\nđăng tải", "Cài đặt\nBluezone",
                        "Tin giả,\ntin sai sự thật"],
                       ["1", "Zalo, Facebook", "14", "2.300", "26", "0", "0"]],
             [100, 420, 240, 260, 280, 250, 300], 32, 1)
    blocks = [("gap", 60), ("l", "ĐƠN VỊ: UBND XÃ QUẢNG LÂM", 36, True), ("gap", 40),
              ("c", "KẾT QUẢ TUYÊN TRUYỀN TRÊN MẠNG XÃ HỘI", 40, True),
              ("c", "(Từ ngày 20/3/2026 đến ngày 26/3/2026)", 36), ("gap", 60), table, ("gap", 60),
              ("sig", ["NGƯỜI LẬP BIỂU", "", "", "Chang Thị Dung"], 36)]
    img, texts = render_page(blocks, size=(2480, 1754), margin=(140, 120, 120))
    C.png(png_scan(img, 1003, angle=0.6)[0], "scan0012.png", texts)
    C.mail(frm=E("quang_lam"), name="UBND xã Quảng Lâm", subject="Báo cáo MXH tuần - Quảng Lâm", date=when,
           body="Kính gửi Sở VHTTDL,\nXã Quảng Lâm gửi báo cáo kết quả tuyên truyền trên mạng xã hội tuần (bản scan).\n"
                "Chang Thị Dung")
    C.social("quang_lam", "14", "2.300", "26", "0", "0", ("w", "đến ngày 26/3/2026", "2026-03-26"), status="needs_review")


@case("scan", "hard", "phone photo of a signed report without week dates, sent Friday morning: held, week from the Date")
def s04_sam_mun_photo_friday(C):
    when = vn(2026, 5, 8, 9, 0, 17)
    lines = ["UBND xã Sam Mứn báo cáo kết quả công tác thông tin cơ sở trong tuần như sau:", "",
             "- Số tin, bài: 10 tin, bài;", "- Thời lượng: 80 phút;", "- Số lượt phát sóng: 20 lượt;",
             "- Ước số người nghe: 3.600 người.", "",
             "Nội dung tập trung tuyên truyền kỷ niệm 72 năm Chiến thắng Điện Biên Phủ."]
    img, texts = render_page(scan_blocks("sam_mun", "ubnd", "64", dt.date(2026, 5, 7),
                                         ["Kết quả công tác thông tin cơ sở tuần"], lines, "Quàng Văn Xôm"))
    C.jpeg(scanify(img, 1004, angle=1.8, quality=48, noise=20, blur=1.0, photo=True)[0], "z7534128.jpg", texts)
    C.mail(frm=E("sam_mun"), name="UBND xã Sam Mứn", client="android", subject="BC tuan Sam Mun", date=when,
           body="Em gửi ảnh báo cáo tuần đã ký ạ, hôm qua mất mạng nên em gửi muộn.\nQuàng Văn Ơn")
    C.weekly("sam_mun", "10", "80", "20", "3.600", "rule", status="needs_review")


@case("scan", "hard", "signed report scanned to an image-only PDF by a copier: held, every figure expected")
def s05_thanh_yen_scan_pdf(C):
    when = vn(2026, 9, 10, 14, 20, 45)
    lines = ["Thực hiện Công văn số 1186/SVHTTDL-QLBCXB ngày 04/7/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên, "
             "UBND xã Thanh Yên báo cáo kết quả công tác thông tin cơ sở tuần như sau:", "",
             "1. Số tin, bài: 11 tin, bài.", "2. Thời lượng phát sóng: 90 phút.", "3. Số lượt phát sóng: 22 lượt.",
             "4. Ước số người nghe: 4.400 người.", "",
             "Trên đây là báo cáo kết quả công tác thông tin cơ sở tuần của UBND xã Thanh Yên./."]
    img, texts = render_page(scan_blocks("thanh_yen", "ubnd", "117", when.date(),
                                         ["Kết quả công tác thông tin cơ sở tuần",
                                          "(Từ ngày 04/9/2026 đến ngày 10/9/2026)"], lines, "Lường Văn Khánh"))
    C.scan_pdf(scanify(img, 1005, angle=-0.7, quality=58, noise=14, blur=0.5), "SCAN_20260910_141522.pdf", texts,
               creator="RICOH MP 3055")
    C.mail(frm=E("thanh_yen"), name="UBND xã Thanh Yên", subject="Báo cáo tuần - xã Thanh Yên (scan)", date=when,
           body="Kính gửi Sở VHTTDL\nXã Thanh Yên gửi báo cáo tuần (bản scan).\nLường Thị Lả")
    C.weekly("thanh_yen", "11", "90", "22", "4.400", ("w", "đến ngày 10/9/2026", "2026-09-10"), status="needs_review")


# =====================================================================================================
# several weeks in one message

@case("multiweek", "hard", "missed last week: two weeks in one body, each under its dates")
def m01_muong_tung_two_weeks(C):
    C.mail(frm=E("muong_tung"), name="UBND xã Mường Tùng", subject="Báo cáo tuần (gửi bù tuần trước) - xã Mường Tùng",
           date=vn(2026, 1, 15, 10, 0, 29),
           body="Kính gửi Sở VHTTDL,\nTuần trước xã Mường Tùng chưa gửi được báo cáo do cán bộ đi học, nay xã gửi bù cùng báo "
                "cáo tuần này:\n\n1. Tuần từ 02/01 đến 08/01/2026:\n- Số tin, bài: 7\n- Thời lượng: 56 phút\n"
                "- Số lượt phát sóng: 14\n- Ước số người nghe: 2.000\n\n2. Tuần từ 09/01 đến 15/01/2026:\n- Số tin, bài: 8\n"
                "- Thời lượng: 64 phút\n- Số lượt phát sóng: 16\n- Ước số người nghe: 2.300\n\nTrân trọng!\nLò Văn Tiến")
    C.weekly("muong_tung", "7", "56", "14", "2.000", ("w", "đến 08/01/2026", "2026-01-08"))
    C.weekly("muong_tung", "8", "64", "16", "2.300", ("w", "đến 15/01/2026", "2026-01-15"))


@case("multiweek", "hard", "xlsx with one row per week of October and a total row, sent late")
def m02_pu_nhi_month_rows(C):
    when = vn(2026, 10, 30, 8, 0, 14)
    hb = {"bold": True, "align": "center", "wrap": True}
    cells = [("A1", "UBND XÃ PU NHI", {"bold": True}),
             ("A2", "SỐ LIỆU TUYÊN TRUYỀN TRÊN HỆ THỐNG TRUYỀN THANH THÁNG 10/2026", {"bold": True})]
    cells += grid(4, "A", [["Tuần", "Từ ngày - đến ngày", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng",
                            "Ước số người nghe"]], hb)
    cells += grid(5, "A", [["Tuần 1", "02/10 - 08/10/2026", 6, 48, 12, 1900],
                           ["Tuần 2", "09/10 - 15/10/2026", 7, 55, 14, 2000],
                           ["Tuần 3", "16/10 - 22/10/2026", 6, 50, 12, 1900],
                           ["Tuần 4", "23/10 - 29/10/2026", 8, 64, 16, 2200],
                           [("Cộng", {"bold": True}), None, (27, {"bold": True}), (217, {"bold": True}),
                            (54, {"bold": True}), None]])
    C.xlsx(xlsx_book([{"name": "T10", "cells": cells, "merges": ["A2:F2"],
                       "widths": {"A": 10, "B": 22, "C": 12, "D": 14, "E": 14, "F": 16}}],
                     when - dt.timedelta(minutes=40), author="Hang A Tung"), "So lieu thang 10 - Pu Nhi.xlsx")
    C.mail(frm=E("pu_nhi"), name="UBND xã Pu Nhi", subject="Số liệu tuyên truyền các tuần tháng 10/2026 - xã Pu Nhi",
           date=when,
           body="Kính gửi Sở VHTTDL,\nTháng 10 xã Pu Nhi chưa gửi báo cáo tuần đầy đủ, nay xã gửi tổng hợp số liệu 4 tuần "
                "(file đính kèm), xin lỗi Sở vì chậm trễ.\nHạng A Tùng")
    C.weekly("pu_nhi", "6", "48", "12", "1900", ("w", "02/10 - 08/10/2026", "2026-10-08"))
    C.weekly("pu_nhi", "7", "55", "14", "2000", ("w", "09/10 - 15/10/2026", "2026-10-15"))
    C.weekly("pu_nhi", "6", "50", "12", "1900", ("w", "16/10 - 22/10/2026", "2026-10-22"))
    C.weekly("pu_nhi", "8", "64", "16", "2200", ("w", "23/10 - 29/10/2026", "2026-10-29"))
