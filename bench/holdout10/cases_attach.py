"""Families `xlsx`, `docx`, `pdf`: the department's template filled in, and the official report as docx or PDF."""
import datetime as dt

from h10case import case
from h10common import (commune_docx, commune_pdf, congvan_line, dept_template, issuer, quote_zimbra, topics)
from h10docs import grid, xlsx_book
from h10lib import OFFICE_BOX, msgid, unit_emails, vn

E = lambda uid, i=0: unit_emails(uid)[i]  # noqa: E731
GOV = "dienbien.gov.vn"
XMIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def std_body(uid, office, d, lines, extra_eval=None, next_week=None, intro=None):
    org = issuer(uid, office)
    b = [intro or congvan_line(uid, office), ("h", "I. KẾT QUẢ THỰC HIỆN"),
         ("h", "1. Công tác tuyên truyền trên hệ thống truyền thanh cơ sở"),
         f"Trong tuần, {org} đã tập trung tuyên truyền các nội dung: {topics(d)}. Kết quả cụ thể:"]
    b += lines
    b += [("h", "2. Đánh giá chung"),
          extra_eval or ("Công tác thông tin cơ sở được duy trì thường xuyên, nội dung bám sát nhiệm vụ chính trị của địa "
                         "phương. Một số cụm loa ở các bản xa trung tâm xuống cấp, chất lượng âm thanh chưa tốt."),
          ("h", "II. NHIỆM VỤ TUẦN TỚI"),
          next_week or ("Tiếp tục tuyên truyền các nhiệm vụ chính trị của địa phương; duy trì phát sóng đúng thời lượng quy "
                        "định; rà soát, đề xuất sửa chữa các cụm loa hư hỏng."),
          f"Trên đây là báo cáo kết quả công tác thông tin cơ sở tuần của {org}./."]
    return b


def lines4(items, minutes, broadcasts, listeners):
    return [f"- Số tin, bài: {items} tin, bài;", f"- Độ dài, thời lượng: {minutes} phút;",
            f"- Số lượt phát sóng: {broadcasts} lượt;", f"- Ước số người nghe: {listeners} người."]


def period_summary(fri, thu):
    """Nghị định 30 style: day < 10 and months 1, 2 take a leading zero."""
    def f(d):
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if d.month <= 2 else f"{d.day:02d}/{d.month}/{d.year}"
    return f"(Từ ngày {f(fri)} đến ngày {f(thu)})"


# =====================================================================================================
# xlsx

@case("xlsx", "ordinary", "the department's template filled in (weekly sheet only), dates in the sheet")
def x01_muong_nhe_template(C):
    when = vn(2025, 7, 31, 10, 10, 31)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ MƯỜNG NHÉ", period_line="(Từ ngày 25/7/2025 đến ngày 31/7/2025)",
                         weekly=[11, 90, 22, 3300], maker="Lý Văn Sáng - ĐT 0392 115 806", author="Ly Van Sang"),
           "BC TTCS tuan Muong Nhe.xlsx")
    C.mail(frm=E("muong_nhe", 1), name="Phòng VH-XH xã Mường Nhé", subject="Báo cáo TTCS tuần - xã Mường Nhé", date=when,
           body="Kính gửi Sở VHTTDL,\nPhòng VH-XH xã Mường Nhé gửi báo cáo tuần theo biểu mẫu của Sở (file đính kèm).\n"
                "Trân trọng!\nLý Văn Sáng - 0392 115 806")
    C.weekly("muong_nhe", "11", "90", "22", "3300", ("w", "đến ngày 31/7/2025", "2025-07-31"))


@case("xlsx", "ordinary", "template with the figures typed as text ('4.500'), one-line mail")
def x02_thanh_an_text_numbers(C):
    when = vn(2025, 8, 14, 9, 20, 3)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ THANH AN", period_line="(Từ ngày 08/8/2025 đến ngày 14/8/2025)",
                         weekly=["10", "80", "20", "4.500"], maker="Lò Thị Hương", author="Huong"),
           "Thanh An - bao cao tuan.xlsx")
    C.mail(frm=E("thanh_an"), name="UBND xã Thanh An", subject="Bao cao tuan xa Thanh An", date=when,
           body="Em gửi báo cáo tuần ạ.")
    C.weekly("thanh_an", "10", "80", "20", "4.500", ("w", "đến ngày 14/8/2025", "2025-08-14"))


@case("xlsx", "ordinary", "template with the duration entered as an Excel time 1:15 (= 75 minutes)")
def x03_muong_pon_excel_time(C):
    when = vn(2025, 9, 4, 14, 30, 50)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ MƯỜNG PỒN", period_line="(Từ ngày 29/8/2025 đến ngày 04/9/2025)",
                         weekly=[8, (75 / 1440, {"fmt": "h:mm", "display": "1:15"}), 16, 2900],
                         note_w="thời lượng tính theo giờ:phút", maker="Tòng Văn Bun", author="Bun"),
           "BC tuần Mường Pồn.xlsx", style="2047")
    C.mail(frm=E("muong_pon", 1), name="Phòng VH-XH xã Mường Pồn", client="outlook", subject="Báo cáo tuần - xã Mường Pồn",
           date=when, body="Kính gửi Sở,\nXã Mường Pồn gửi báo cáo tuần (file đính kèm).\nTrân trọng.\nTòng Văn Bun")
    C.weekly("muong_pon", "8", ("1:15", 75), "16", "2900", ("w", "đến ngày 04/9/2025", "2025-09-04"))


@case("xlsx", "ordinary", "the template sent back blank (only the unit filled in): held, no figures")
def x04_na_hy_blank_template(C):
    when = vn(2025, 9, 25, 15, 10, 12)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ NÀ HỲ",
                         period_line="(Từ ngày ..../..../2025 đến ngày ..../..../2025)", author="Administrator"),
           "Mau bao cao tuan.xlsx")
    C.mail(frm=E("na_hy"), name="UBND xã Nà Hỳ", subject="Báo cáo tuần - Nà Hỳ", date=when,
           body="Kính gửi Sở VHTTDL\nXã Nà Hỳ gửi báo cáo tuần ạ.\nPờ Thị Sinh")
    C.report("na_hy", "weekly_propaganda", {}, "rule", status="needs_review")


@case("xlsx", "ordinary", "the centre's own sheet with the week as two real date cells")
def x05_tuan_giao_date_cells(C):
    when = vn(2025, 10, 2, 8, 30, 44)
    cells = [("A1", "TRUNG TÂM TRUYỀN THÔNG VÀ VĂN HÓA XÃ TUẦN GIÁO", {"bold": True}),
             ("A2", "BÁO CÁO SỐ LIỆU TUYÊN TRUYỀN TUẦN", {"bold": True}),
             ("A3", "Tuần từ ngày:", {}), ("B3", dt.datetime(2025, 9, 26), {"fmt": "dd/mm/yyyy", "display": "26/09/2025"}),
             ("C3", "đến ngày:", {}), ("D3", dt.datetime(2025, 10, 2), {"fmt": "dd/mm/yyyy", "display": "02/10/2025"})]
    cells += grid(5, "A", [["Nội dung", "Số tin, bài", "Thời lượng (phút)", "Lượt phát sóng", "Người nghe (ước)"]],
                  {"bold": True, "wrap": True, "align": "center"})
    cells += grid(6, "A", [["Truyền thanh xã", 17, 145, 30, 9000]])
    cells += [("A8", "Người báo cáo: Lò Thị Thu Hà", {"italic": True})]
    C.xlsx(xlsx_book([{"name": "Sheet1", "cells": cells, "widths": {"A": 28, "B": 14, "C": 14, "D": 14, "E": 16}}],
                     when - dt.timedelta(minutes=12), author="TTTTVH Tuan Giao"), "so lieu tuyen truyen tuan.xlsx")
    C.mail(frm=E("tuan_giao", 1), name="Trung tâm TT&VH xã Tuần Giáo", client="outlook",
           subject="Số liệu tuyên truyền tuần - xã Tuần Giáo", date=when,
           body="Kính gửi Sở VHTTDL,\nTrung tâm TT&VH xã Tuần Giáo gửi số liệu tuần.\nTrân trọng./.\nLò Thị Thu Hà")
    C.weekly("tuan_giao", "17", "145", "30", "9000", ("w", "02/10/2025", "2025-10-02"))


@case("xlsx", "ordinary", "ward's own one-row sheet named 'Tuan 43', week number in the sheet title")
def x06_muong_lay_own_sheet(C):
    when = vn(2025, 10, 23, 9, 50, 7)
    cells = [("A1", "PHƯỜNG MƯỜNG LAY - SỐ LIỆU THÔNG TIN CƠ SỞ TUẦN 43", {"bold": True})]
    cells += grid(3, "A", [["Số tin bài", "Thời lượng (phút)", "Số lần phát", "Số người nghe"]], {"bold": True})
    cells += grid(4, "A", [[13, 105, 26, 6200]])
    C.xlsx(xlsx_book([{"name": "Tuan 43", "cells": cells, "widths": {"A": 14, "B": 18, "C": 14, "D": 16}}],
                     when - dt.timedelta(minutes=5), author="Quyet"), "MuongLay_T43.xlsx")
    C.mail(frm=E("muong_lay"), name="UBND phường Mường Lay", subject="BC tuần - phường Mường Lay", date=when,
           body="Phường Mường Lay gửi số liệu tuần ạ.\nLò Văn Quyết")
    C.weekly("muong_lay", "13", "105", "26", "6200", ("w", "TUẦN 43", "2025-10-23"))


@case("xlsx", "ordinary", "body says 9 items, the attached template says 11: held, the three agreeing figures expected")
def x07_pa_ham_body_vs_file(C):
    when = vn(2025, 11, 13, 10, 30, 26)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ PA HAM", period_line="(Từ ngày 07/11/2025 đến ngày 13/11/2025)",
                         weekly=[11, 75, 18, 3000], maker="Vừ A Dế", author="Vu A De"), "BC tuan Pa Ham.xlsx")
    C.mail(frm=E("pa_ham"), name="UBND xã Pa Ham", subject="Báo cáo tuần - xã Pa Ham", date=when,
           body="Kính gửi Sở VHTTDL,\nXã Pa Ham báo cáo tuần: số tin bài 9, thời lượng 75 phút, 18 lượt phát sóng, khoảng "
                "3.000 người nghe. Chi tiết trong file đính kèm.\nVừ A Dế")
    C.weekly("pa_ham", None, "75", "18", "3.000", ("w", "đến ngày 13/11/2025", "2025-11-13"), status="needs_review")


@case("xlsx", "ordinary", "template with a note column holding other numbers (broken loudspeaker clusters), sent Wednesday")
def x08_nua_ngam_notes(C):
    when = vn(2025, 11, 26, 16, 20, 39)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ NÚA NGAM", period_line="(Từ ngày 21/11/2025 đến ngày 27/11/2025)",
                         weekly=[10, 80, 20, 4000], note_w="Hỏng 02 cụm loa bản Na Tông, Hẹ Muông (cũ)",
                         maker="Bạc Cầm Thanh", author="BCThanh"), "BC TTCS tuan - Nua Ngam.xlsx")
    C.mail(frm=E("nua_ngam"), name="UBND xã Núa Ngam", client="outlook", subject="Báo cáo tuần xã Núa Ngam", date=when,
           body="Kính gửi Sở,\nXã Núa Ngam gửi báo cáo tuần (gửi sớm do ngày mai xã tổ chức hội nghị).\nBạc Cầm Thanh")
    C.weekly("nua_ngam", "10", "80", "20", "4000", ("w", "đến ngày 27/11/2025", "2025-11-27"))


@case("xlsx", "ordinary", "ward's sheet with one row per programme and a 'Tổng cộng' row; listeners only on the total")
def x09_dien_bien_phu_total_row(C):
    when = vn(2025, 12, 18, 10, 15, 2)
    cells = [("A1", "UBND PHƯỜNG ĐIỆN BIÊN PHỦ", {"bold": True}),
             ("A2", "KẾT QUẢ PHÁT SÓNG TRÊN HỆ THỐNG TRUYỀN THANH PHƯỜNG TUẦN 51 NĂM 2025", {"bold": True})]
    cells += grid(4, "A", [["STT", "Chuyên mục / nội dung", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát",
                            "Ước số người nghe"]], {"bold": True, "wrap": True, "align": "center"})
    cells += grid(5, "A", [[1, "Thời sự trong tỉnh, trong phường", 10, 70, 14, None],
                           [2, "Chuyên mục Pháp luật và đời sống", 4, 40, 8, None],
                           [3, "Tuyên truyền Đại hội XIV của Đảng", 6, 60, 12, None],
                           [4, "Thông báo, văn bản của UBND phường", 4, 40, 8, None],
                           [None, ("Tổng cộng", {"bold": True}), (24, {"bold": True}), (210, {"bold": True}),
                            (42, {"bold": True}), (18000, {"bold": True, "fmt": "#,##0"})]])
    C.xlsx(xlsx_book([{"name": "T51", "cells": cells, "merges": ["A2:F2"],
                       "widths": {"A": 6, "B": 40, "C": 12, "D": 14, "E": 12, "F": 16}}],
                     when - dt.timedelta(minutes=30), author="Huyen"), "KQ phat song tuan 51.xlsx")
    C.mail(frm=E("dien_bien_phu", 1), name="Phòng VHXH phường Điện Biên Phủ",
           subject="Báo cáo kết quả TTCS tuần 51 - phường Điện Biên Phủ", date=when,
           body="Kính gửi Sở VHTTDL,\nPhường Điện Biên Phủ gửi kết quả phát sóng tuần 51 (file đính kèm).\nTrân trọng!\n"
                "Nguyễn Thị Huyền")
    C.weekly("dien_bien_phu", "24", "210", "42", "18000", ("w", "TUẦN 51 NĂM 2025", "2025-12-18"))


@case("xlsx", "ordinary", "template sent from Apple Mail with a decomposed (NFD) Vietnamese file name")
def x10_sam_mun_nfd_name(C):
    import unicodedata
    when = vn(2026, 2, 5, 14, 0, 55)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ SAM MỨN", period_line="(Từ ngày 30/01/2026 đến ngày 05/02/2026)",
                         weekly=[9, 70, 18, 3500], maker="Quàng Văn Ơn", author="Quang Van On"),
           unicodedata.normalize("NFD", "Báo cáo tuần Sam Mứn.xlsx"))
    C.mail(frm=E("sam_mun"), name="UBND xã Sam Mứn", client="applemail", subject="Báo cáo tuần - xã Sam Mứn", date=when,
           body="Xã Sam Mứn gửi báo cáo tuần ạ.\nQuàng Văn Ơn")
    C.weekly("sam_mun", "9", "70", "18", "3500", ("w", "đến ngày 05/02/2026", "2026-02-05"))


@case("xlsx", "ordinary", "template with listeners typed as text 'khoảng 5.000'")
def x11_muong_luan_khoang(C):
    when = vn(2026, 3, 5, 9, 0, 18)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ MƯỜNG LUÂN", period_line="(Từ ngày 27/02/2026 đến ngày 05/03/2026)",
                         weekly=[12, 100, 24, "khoảng 5.000"], maker="Vàng Thị Dở", author="Do"),
           "BC tuan Muong Luan 05.3.xlsx")
    C.mail(frm=E("muong_luan", 1), name="Phòng VHXH xã Mường Luân", client="outlook",
           subject="Báo cáo tuần - xã Mường Luân", date=when,
           body="Kính gửi Sở VHTTDL,\nPhòng VH-XH xã Mường Luân gửi báo cáo tuần ạ.\nTrân trọng!\nVàng Thị Dở")
    C.weekly("muong_luan", "12", "100", "24", ("khoảng 5.000", 5000), ("w", "đến ngày 05/03/2026", "2026-03-05"))


@case("xlsx", "ordinary", "template attached to a reply to last week's thread (quoted mail has no figures)")
def x12_na_son_reply_xlsx(C):
    when = vn(2026, 4, 16, 10, 45, 30)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ NA SON", period_line="(Từ ngày 10/4/2026 đến ngày 16/4/2026)",
                         weekly=[10, 85, 20, 3800], maker="Mùa A Sử", author="Mua A Su"), "BC tuan Na Son 16.4.xlsx")
    q = quote_zimbra(vn(2026, 4, 9, 14, 30, 0), "Phòng VHXH xã Na Son", E("na_son", 1), OFFICE_BOX,
                     "Báo cáo tuần - UBND xã Na Son", "Xã Na Son gửi báo cáo tuần (file đính kèm).\nMùa A Sử")
    C.mail(frm=E("na_son", 1), name="Phòng VHXH xã Na Son", subject="Re: Báo cáo tuần - UBND xã Na Son", date=when,
           in_reply_to=msgid("prev-nason-2026-04-09", GOV),
           body="Xã Na Son gửi báo cáo tuần này (file đính kèm).\nMùa A Sử\n\n" + q)
    C.weekly("na_son", "10", "85", "20", "3800", ("w", "đến ngày 16/4/2026", "2026-04-16"))


@case("xlsx", "ordinary", "template from the officer's personal Gmail; the commune is in the sheet and the file name")
def x13_chieng_sinh_gmail_xlsx(C):
    when = vn(2026, 5, 28, 11, 20, 48)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ CHIỀNG SINH", period_line="(Từ ngày 22/5/2026 đến ngày 28/5/2026)",
                         weekly=[11, 90, 22, 4100], maker="Lò Văn Thắng - 0978 315 662", author="Thang"),
           "BC tuan Chieng Sinh 28.5.2026.xlsx", style="2047")
    C.mail(frm="lovanthang.cs@gmail.com", name="Lò Văn Thắng", client="gmail", subject="BC tuan Chieng Sinh", date=when,
           body="Em gửi chị báo cáo tuần của xã Chiềng Sinh ạ.\nThắng")
    C.weekly("chieng_sinh", "11", "90", "22", "4100", ("w", "đến ngày 28/5/2026", "2026-05-28"))


@case("xlsx", "ordinary", "template with the period line rewritten as 'Tuần 33 năm 2026'")
def x14_quang_lam_week33(C):
    when = vn(2026, 8, 13, 15, 0, 24)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ QUẢNG LÂM", period_line="Tuần 33 năm 2026",
                         weekly=[8, 60, 16, 2600], maker="Chang Thị Dung", author="Dung"), "QuangLam_BCtuan33.xlsx")
    C.mail(frm=E("quang_lam"), name="UBND xã Quảng Lâm", subject="Báo cáo tuần - UBND xã Quảng Lâm", date=when,
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch,\nXã Quảng Lâm gửi báo cáo tuần (đính kèm).\nTrân trọng!\n"
                "Chang Thị Dung\nĐT: 0389 447 120")
    C.weekly("quang_lam", "8", "60", "16", "2600", ("w", "Tuần 33 năm 2026", "2026-08-13"))


# =====================================================================================================
# docx

def _docx_case(C, uid, office, when, number, fri, thu, lines, signer, *, deputy=False, summary=None, body=None,
               mail_body, subject, frm_i=0, name=None, client="zimbra", filename, footer=None, in_reply_to=None):
    d = when.date()
    summary = summary or ["Kết quả công tác thông tin, tuyên truyền tuần", period_summary(fri, thu)]
    C.docx(commune_docx(uid, office, when, number, summary, body or std_body(uid, office, d, lines), signer,
                        deputy=deputy, footer=footer), filename)
    C.mail(frm=E(uid, frm_i), name=name, subject=subject, date=when, body=mail_body, client=client,
           in_reply_to=in_reply_to)


@case("docx", "ordinary", "official report (Phòng VH-XH letterhead), labelled lines, period in the summary line")
def d01_muong_luan_official(C):
    _docx_case(C, "muong_luan", "vhxh", vn(2025, 7, 10, 15, 20, 4), "05", dt.date(2025, 7, 4), dt.date(2025, 7, 10),
               lines4("12", "95", "24", "6.500"), "Mùa A Vàng", frm_i=1, name="Phòng VHXH xã Mường Luân",
               subject="Báo cáo kết quả công tác TTCS tuần - xã Mường Luân", filename="05.BC-VHXH tuan.docx",
               mail_body="Kính gửi Sở VHTTDL,\nPhòng VH-XH xã Mường Luân gửi báo cáo tuần (file đính kèm).\nTrân trọng!")
    C.weekly("muong_luan", "12", "95", "24", "6.500", ("w", "đến ngày 10/7/2025", "2025-07-10"))


@case("docx", "ordinary", "official report of the commune's media centre with a one-row table, 'tuần 35 năm 2025'")
def d02_tuan_giao_table(C):
    when = vn(2025, 8, 28, 10, 0, 16)
    rows = [["STT", "Nội dung", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
            [1, "Hệ thống truyền thanh xã", 19, 160, 34, "10.500"]]
    body = std_body("tuan_giao", "tttt", when.date(), [("table", rows, {"widths_mm": [12, 50, 22, 25, 25, 28]})])
    _docx_case(C, "tuan_giao", "tttt", when, "18", None, None, None, "Quàng Văn Thiện", body=body,
               summary=["Kết quả hoạt động thông tin, tuyên truyền tuần 35 năm 2025"], frm_i=1,
               name="Trung tâm TT&VH xã Tuần Giáo", client="outlook", subject="BC tuần 35 - TTTT&VH xã Tuần Giáo",
               filename="BC tuan 35.docx",
               mail_body="Kính gửi Sở Văn hóa, Thể thao và Du lịch,\nTrung tâm Truyền thông và Văn hóa xã Tuần Giáo gửi báo "
                         "cáo tuần 35 (file đính kèm).\nTrân trọng./.\nLò Thị Thu Hà")
    C.weekly("tuan_giao", "19", "160", "34", "10.500", ("w", "tuần 35 năm 2025", "2025-08-28"))


@case("docx", "ordinary", "official report of the UBND in prose: the figures sit inside sentences")
def d03_muong_phang_prose(C):
    when = vn(2025, 9, 25, 9, 40, 9)
    d = when.date()
    body = [congvan_line("muong_phang", "ubnd"),
            f"Trong tuần, Đài truyền thanh xã đã biên tập và phát 13 tin, bài với tổng độ dài 120 phút; thực hiện 26 lượt "
            f"phát sóng vào các buổi sáng và chiều; ước có khoảng 4.800 người nghe. Nội dung tập trung tuyên truyền "
            f"{topics(d)}.",
            "Hệ thống loa tại 24/24 bản hoạt động ổn định; các bản Nà Nhạn, Pá Khoang (thuộc xã Nà Nhạn, xã Pá Khoang cũ) "
            "được tăng thời lượng tiếp sóng Đài Phát thanh và Truyền hình tỉnh.",
            "Tuần tới, UBND xã tiếp tục chỉ đạo duy trì hoạt động thông tin cơ sở, tuyên truyền các nhiệm vụ trọng tâm.",
            "Trên đây là báo cáo kết quả công tác thông tin cơ sở tuần của UBND xã Mường Phăng./."]
    _docx_case(C, "muong_phang", "ubnd", when, "142", dt.date(2025, 9, 19), dt.date(2025, 9, 25), None, "Lò Văn Pọm",
               deputy=True, body=body, summary=["Kết quả công tác thông tin cơ sở tuần",
                                                "(từ ngày 19/9/2025 đến ngày 25/9/2025)"],
               name="UBND xã Mường Phăng", subject="UBND xã Mường Phăng gửi báo cáo tuần", filename="142-BC-UBND.docx",
               mail_body="Kính gửi Sở VHTTDL,\nUBND xã Mường Phăng gửi Báo cáo số 142/BC-UBND.\nTrân trọng!\nLò Văn Hùng")
    C.weekly("muong_phang", "13", "120", "26", "4.800", ("w", "đến ngày 25/9/2025", "2025-09-25"))


@case("docx", "ordinary", "official report without the number of broadcasts: held for the missing figure")
def d04_sinh_phinh_missing_broadcasts(C):
    lines = ["- Số tin, bài: 8 tin, bài;", "- Thời lượng: 64 phút;", "- Ước số người nghe: 2.900 người."]
    _docx_case(C, "sinh_phinh", "ubnd", vn(2025, 10, 30, 14, 15, 33), "87", dt.date(2025, 10, 24), dt.date(2025, 10, 30),
               lines, "Giàng A Lử", deputy=True, name="UBND xã Sính Phình", subject="Báo cáo tuần - UBND xã Sính Phình",
               filename="BC 87.docx", mail_body="Kính gửi Sở VHTTDL,\nUBND xã Sính Phình gửi báo cáo tuần ạ.\nVàng A Chư")
    C.weekly("sinh_phinh", "8", "64", None, "2.900", ("w", "đến ngày 30/10/2025", "2025-10-30"), status="needs_review")


@case("docx", "ordinary", "one commune mails another commune's report 'gửi hộ': held, the named commune is the reporter")
def d05_muong_ang_sends_bung_lao(C):
    when = vn(2025, 11, 20, 15, 35, 1)
    C.docx(commune_docx("bung_lao", "ubnd", when, "96", ["Kết quả công tác thông tin, tuyên truyền tuần",
                                                           period_summary(dt.date(2025, 11, 14), dt.date(2025, 11, 20))],
                        std_body("bung_lao", "ubnd", when.date(), lines4("9", "72", "18", "3.100")), "Quàng Văn Đôi",
                        deputy=True), "BC tuan Bung Lao.docx")
    C.mail(frm=E("muong_ang", 1), name="VHXH Mường Ảng", subject="Gửi hộ báo cáo tuần xã Búng Lao", date=when,
           body="Kính gửi Sở VHTTDL,\nEm là Cà Văn Dũng, VHXH xã Mường Ảng. Em gửi hộ báo cáo tuần của xã Búng Lao do hộp "
                "thư của xã Búng Lao đang bị lỗi không gửi được ạ.\nTrân trọng!")
    C.weekly("bung_lao", "9", "72", "18", "3.100", ("w", "đến ngày 20/11/2025", "2025-11-20"), status="needs_review")


@case("docx", "ordinary", "ward's official report 'Số: 112/BC-UBND', 'tuần 51 năm 2025' in the summary line")
def d06_muong_lay_week51(C):
    when = vn(2025, 12, 18, 9, 15, 47)
    _docx_case(C, "muong_lay", "ubnd", when, "112", None, None, lines4("14", "120", "28", "7.200"), "Lò Văn Sơn",
               deputy=True, summary=["Kết quả công tác thông tin cơ sở tuần 51 năm 2025"], name="UBND phường Mường Lay",
               subject="Báo cáo 112/BC-UBND", filename="112 BC UBND.docx",
               mail_body="Kính gửi: Sở Văn hóa, Thể thao và Du lịch\nUBND phường Mường Lay trân trọng gửi Báo cáo số "
                         "112/BC-UBND ngày 18/12/2025.\nVăn phòng HĐND và UBND phường")
    C.weekly("muong_lay", "14", "120", "28", "7.200", ("w", "tuần 51 năm 2025", "2025-12-18"))


@case("docx", "ordinary", "mail body holds only a signature; everything is in the docx (numbering restarted in January)")
def d07_thanh_nua_signature_only(C):
    _docx_case(C, "thanh_nua", "vhxh", vn(2026, 1, 29, 10, 30, 26), "04", dt.date(2026, 1, 23), dt.date(2026, 1, 29),
               lines4("12", "100", "24", "5.600"), "Lò Văn Chung", frm_i=1, name="VHXH xa Thanh Nua",
               subject="Báo cáo tuần - Phòng VHXH xã Thanh Nưa", filename="04-BC-VHXH.docx",
               mail_body="--\nQuàng Văn Tuấn\nPhòng VH-XH xã Thanh Nưa\n0987 114 502")
    C.weekly("thanh_nua", "12", "100", "24", "5.600", ("w", "đến ngày 29/01/2026", "2026-01-29"))


@case("docx", "ordinary", "official report whose 'next week' section has target figures (a plan, not results)")
def d08_nam_ke_next_week_targets(C):
    when = vn(2026, 3, 26, 14, 40, 58)
    body = std_body("nam_ke", "ubnd", when.date(), lines4("9", "70", "18", "2.500"),
                    next_week="Phấn đấu biên tập, phát sóng 12 tin, bài, tăng thời lượng phát sóng lên 90 phút; phối hợp "
                              "với Trung tâm Văn hóa tỉnh tổ chức 02 buổi tuyên truyền lưu động tại bản Pá Mỳ, Nậm Kè.")
    _docx_case(C, "nam_ke", "ubnd", when, "45", dt.date(2026, 3, 20), dt.date(2026, 3, 26), None, "Giàng A Chứ",
               deputy=True, body=body, name="UBND xã Nậm Kè", subject="Báo cáo kết quả thông tin cơ sở tuần - xã Nậm Kè",
               filename="BC 45 TTCS tuan.docx",
               mail_body="Kính gửi Sở VHTTDL,\nUBND xã Nậm Kè gửi báo cáo tuần ạ.\nGiàng A Sử")
    C.weekly("nam_ke", "9", "70", "18", "2.500", ("w", "đến ngày 26/3/2026", "2026-03-26"))


@case("docx", "ordinary", "official report attached to a reply to last week's thread")
def d09_muong_tung_reply_docx(C):
    when = vn(2026, 4, 23, 9, 10, 13)
    q = quote_zimbra(vn(2026, 4, 16, 10, 2, 0), "UBND xã Mường Tùng", E("muong_tung"), OFFICE_BOX,
                     "Báo cáo tuần - xã Mường Tùng", "Xã Mường Tùng gửi báo cáo tuần (file đính kèm).\nLò Văn Tiến")
    _docx_case(C, "muong_tung", "ubnd", when, "61", dt.date(2026, 4, 17), dt.date(2026, 4, 23),
               lines4("7", "56", "14", "2.300"), "Lò Văn Piếng", deputy=True, name="UBND xã Mường Tùng",
               subject="Re: Báo cáo tuần - xã Mường Tùng", filename="BC tuan 61.docx",
               in_reply_to=msgid("prev-muongtung-2026-04-16", GOV),
               mail_body="Xã Mường Tùng gửi báo cáo tuần này (file đính kèm).\nLò Văn Tiến\n\n" + q)
    C.weekly("muong_tung", "7", "56", "14", "2.300", ("w", "đến ngày 23/4/2026", "2026-04-23"))


@case("docx", "ordinary", "official report with the digital-signature text block of the issuing body")
def d10_tua_thang_digital_signature(C):
    footer = ["Ký bởi: Ủy ban nhân dân xã Tủa Thàng", f"Email: {E('tua_thang')}", "Cơ quan: Tỉnh Điện Biên",
              "Thời gian ký: 11.06.2026 09:12:45 +07:00"]
    _docx_case(C, "tua_thang", "ubnd", vn(2026, 6, 11, 9, 20, 40), "73", dt.date(2026, 6, 5), dt.date(2026, 6, 11),
               lines4("9", "70", "18", "3.000"), "Sùng A Páo", deputy=True, footer=footer, name="UBND xã Tủa Thàng",
               subject="Báo cáo số 73/BC-UBND", filename="73.BC-UBND_signed.docx",
               mail_body="Kính gửi Sở VHTTDL.\nUBND xã Tủa Thàng gửi báo cáo (đã ký số).\nTrân trọng.")
    C.weekly("tua_thang", "9", "70", "18", "3.000", ("w", "đến ngày 11/6/2026", "2026-06-11"))


@case("docx", "ordinary", "official report sent Friday morning, week dates in the summary line")
def d11_muong_mun_friday(C):
    _docx_case(C, "muong_mun", "ubnd", vn(2026, 7, 10, 8, 30, 15), "88", dt.date(2026, 7, 3), dt.date(2026, 7, 9),
               lines4("11", "88", "22", "4.400"), "Quàng Văn Hoan", deputy=True, name="UBND xã Mường Mùn",
               subject="Báo cáo tuần - xã Mường Mùn", filename="BC88.docx",
               mail_body="Kính gửi Sở,\nXã Mường Mùn gửi báo cáo tuần (gửi chậm do mất mạng chiều qua).\nTrân trọng!\n"
                         "Cầm Văn Thoại")
    C.weekly("muong_mun", "11", "88", "22", "4.400", ("w", "đến ngày 09/7/2026", "2026-07-09"))


@case("docx", "ordinary", "official report in the week before the National Digital Transformation Day")
def d12_pu_nhung_official(C):
    _docx_case(C, "pu_nhung", "ubnd", vn(2026, 10, 1, 10, 0, 35), "131", dt.date(2026, 9, 25), dt.date(2026, 10, 1),
               lines4("13", "110", "26", "5.200"), "Thào A Sình", deputy=True, name="UBND xã Pú Nhung",
               subject="Báo cáo kết quả công tác thông tin cơ sở tuần", filename="BC 131 thong tin co so tuan.docx",
               mail_body="Kính gửi Sở Văn hóa, Thể thao và Du lịch\nUBND xã Pú Nhung gửi báo cáo tuần.\nThào Thị Mai\n"
                         "0869 302 441")
    C.weekly("pu_nhung", "13", "110", "26", "5.200", ("w", "đến ngày 01/10/2026", "2026-10-01"))


# =====================================================================================================
# pdf

def _pdf_case(C, uid, office, when, number, summary, body, signer, *, name, subject, filename, mail_body, frm_i=0,
              client="zimbra", footer=None, creator=None, deputy=True):
    C.pdf(commune_pdf(uid, office, when, number, summary, body, signer, deputy=deputy, footer=footer, creator=creator),
          filename)
    C.mail(frm=E(uid, frm_i), name=name, subject=subject, date=when, body=mail_body, client=client)


@case("pdf", "ordinary", "text PDF of the ward's official report with a table")
def p01_dien_bien_phu_pdf_table(C):
    when = vn(2025, 8, 7, 10, 30, 21)
    rows = [["STT", "Nội dung", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
            [1, "Hệ thống truyền thanh phường và các cụm loa tổ dân phố", 21, 195, 36, "16.500"]]
    body = std_body("dien_bien_phu", "ubnd", when.date(), [("table", rows, {"widths_mm": [12, 52, 22, 25, 25, 28]})])
    _pdf_case(C, "dien_bien_phu", "ubnd", when, "215", ["Kết quả công tác thông tin cơ sở tuần",
                                                         period_summary(dt.date(2025, 8, 1), dt.date(2025, 8, 7))],
              body, "Nguyễn Văn Hải", name="UBND phường Điện Biên Phủ", subject="Báo cáo kết quả công tác TTCS tuần",
              filename="215-BC-UBND.pdf", mail_body="Kính gửi Sở VHTTDL,\nUBND phường Điện Biên Phủ gửi báo cáo tuần.\n"
                                                    "Trân trọng!")
    C.weekly("dien_bien_phu", "21", "195", "36", "16.500", ("w", "đến ngày 07/8/2025", "2025-08-07"))


@case("pdf", "ordinary", "text PDF, official report with labelled lines")
def p02_pu_nhi_pdf(C):
    when = vn(2025, 10, 2, 14, 20, 8)
    _pdf_case(C, "pu_nhi", "ubnd", when, "58", ["Kết quả công tác thông tin, tuyên truyền tuần",
                                                period_summary(dt.date(2025, 9, 26), dt.date(2025, 10, 2))],
              std_body("pu_nhi", "ubnd", when.date(), lines4("9", "75", "18", "4.100")), "Hạng A Páo",
              name="UBND xã Pu Nhi", subject="Báo cáo tuần xã Pu Nhi", filename="BC tuan Pu Nhi.pdf",
              mail_body="Kính gửi Sở VHTTDL,\nXã Pu Nhi gửi báo cáo tuần (file PDF).\nHạng A Tùng")
    C.weekly("pu_nhi", "9", "75", "18", "4.100", ("w", "đến ngày 02/10/2025", "2025-10-02"))


@case("pdf", "ordinary", "PDF printed with 'Microsoft: Print To PDF', week number in the summary line")
def p03_si_pa_phin_print_to_pdf(C):
    when = vn(2025, 12, 4, 15, 10, 45)
    _pdf_case(C, "si_pa_phin", "ubnd", when, "77", ["Kết quả công tác thông tin cơ sở tuần 49 năm 2025"],
              std_body("si_pa_phin", "ubnd", when.date(), lines4("8", "60", "16", "2.700")), "Lầu A Sùng",
              name="UBND xã Si Pa Phìn", subject="BC tuần 49 - Si Pa Phìn", filename="Microsoft Word - BC77.pdf",
              creator="Microsoft: Print To PDF",
              mail_body="Dạ em gửi báo cáo tuần 49 của xã Si Pa Phìn ạ.\nLầu A Dình - 0356 228 190")
    C.weekly("si_pa_phin", "8", "60", "16", "2.700", ("w", "tuần 49 năm 2025", "2025-12-04"))


@case("pdf", "ordinary", "text PDF with the digital-signature block, first week after Tết")
def p04_thanh_yen_signed_pdf(C):
    when = vn(2026, 2, 26, 9, 30, 2)
    footer = ["Ký bởi: Ủy ban nhân dân xã Thanh Yên", f"Email: {E('thanh_yen')}", "Thời gian ký: 26.02.2026 09:21:07 +07:00"]
    _pdf_case(C, "thanh_yen", "ubnd", when, "23", ["Kết quả công tác thông tin cơ sở tuần",
                                                   period_summary(dt.date(2026, 2, 20), dt.date(2026, 2, 26))],
              std_body("thanh_yen", "ubnd", when.date(), lines4("6", "45", "12", "2.000")), "Lường Văn Khánh",
              name="UBND xã Thanh Yên", subject="Báo cáo tuần (ký số) - xã Thanh Yên", filename="23_BC-UBND_ky_so.pdf",
              footer=footer, mail_body="Kính gửi Sở VHTTDL\nXã Thanh Yên gửi báo cáo tuần đã ký số.\nLường Thị Lả")
    C.weekly("thanh_yen", "6", "45", "12", "2.000", ("w", "đến ngày 26/02/2026", "2026-02-26"))


@case("pdf", "ordinary", "text PDF with a results table")
def p05_quai_to_pdf_table(C):
    when = vn(2026, 4, 9, 10, 20, 37)
    rows = [["STT", "Nội dung", "Số tin, bài", "Độ dài (phút)", "Số lượt phát sóng", "Ước số người nghe"],
            [1, "Truyền thanh xã và loa các bản", 9, 75, 18, "3.400"]]
    _pdf_case(C, "quai_to", "ubnd", when, "52", ["Kết quả công tác thông tin cơ sở tuần",
                                                 period_summary(dt.date(2026, 4, 3), dt.date(2026, 4, 9))],
              std_body("quai_to", "ubnd", when.date(), [("table", rows, {"widths_mm": [12, 50, 22, 25, 25, 28]})]),
              "Quàng Văn Pâng", name="UBND xã Quài Tở", subject="Bao cao tuan - xa Quai To", filename="52.pdf",
              mail_body="Kính gửi Sở VHTTDL\nXã Quài Tở gửi báo cáo tuần.\nQuàng Văn Chiến")
    C.weekly("quai_to", "9", "75", "18", "3.400", ("w", "đến ngày 09/4/2026", "2026-04-09"))


@case("pdf", "ordinary", "text PDF, figures inside prose sentences")
def p06_sin_chai_pdf_prose(C):
    when = vn(2026, 5, 21, 14, 0, 11)
    body = [congvan_line("sin_chai", "ubnd"),
            "Trong tuần, trạm truyền thanh xã đã phát 8 tin, bài, tổng thời lượng 62 phút với 16 lượt phát sóng trên hệ "
            "thống loa của xã và các bản Tả Sìn Thàng, Lao Xả Phình; ước khoảng 2.900 người nghe. Nội dung tuyên truyền: "
            f"{topics(when.date())}.",
            "Trên đây là báo cáo kết quả công tác thông tin cơ sở tuần của UBND xã Sín Chải./."]
    _pdf_case(C, "sin_chai", "ubnd", when, "66", ["Kết quả công tác thông tin cơ sở tuần",
                                                  period_summary(dt.date(2026, 5, 15), dt.date(2026, 5, 21))],
              body, "Sùng A Dình", name="UBND xã Sín Chải", subject="Báo cáo tuần - xã Sín Chải", filename="BC 66.pdf",
              mail_body="Kính gửi Sở VHTTDL,\nXã Sín Chải gửi báo cáo tuần.\nSùng Thị Mỷ")
    C.weekly("sin_chai", "8", "62", "16", "2.900", ("w", "đến ngày 21/5/2026", "2026-05-21"))


@case("pdf", "ordinary", "PDF sent Saturday morning; 'tuần 30 năm 2026' in the document decides the week")
def p07_muong_toong_saturday(C):
    when = vn(2026, 7, 25, 10, 0, 29)
    _pdf_case(C, "muong_toong", "ubnd", when, "94", ["Kết quả công tác thông tin cơ sở tuần 30 năm 2026"],
              std_body("muong_toong", "ubnd", when.date(), lines4("7", "58", "14", "2.200")), "Giàng A Chính",
              name="UBND xã Mường Toong", subject="Báo cáo tuần 30 - xã Mường Toong", filename="BC 94 tuan 30.pdf",
              mail_body="Kính gửi Sở VHTTDL,\nXã Mường Toong gửi báo cáo tuần 30 (gửi muộn do mưa lũ mất điện).\n"
                        "Giàng Thị Pa")
    C.weekly("muong_toong", "7", "58", "14", "2.200", ("w", "tuần 30 năm 2026", "2026-07-23"))


@case("pdf", "ordinary", "text PDF from the commune's Phòng VH-XH")
def p08_na_tau_pdf(C):
    when = vn(2026, 9, 17, 9, 0, 52)
    _pdf_case(C, "na_tau", "vhxh", when, "41", ["Kết quả công tác thông tin, tuyên truyền tuần",
                                                period_summary(dt.date(2026, 9, 11), dt.date(2026, 9, 17))],
              std_body("na_tau", "vhxh", when.date(), lines4("10", "85", "20", "4.000")), "Lò Văn Thái", deputy=False,
              name="UBND xã Nà Tấu", subject="Báo cáo tuần - xã Nà Tấu", filename="41-BC-VHXH.pdf",
              mail_body="Kính gửi Sở VHTTDL,\nXã Nà Tấu gửi báo cáo tuần ạ.\nLò Thị Phương")
    C.weekly("na_tau", "10", "85", "20", "4.000", ("w", "đến ngày 17/9/2026", "2026-09-17"))
