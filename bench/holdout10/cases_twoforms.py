"""Family `twoforms`: both forms (radio and social media) in one mail, under their headings."""
import datetime as dt

from cases_attach import lines4, period_summary
from h10case import case
from h10common import commune_docx, commune_pdf, congvan_line, dept_template, issuer, topics
from h10lib import unit_emails, vn

E = lambda uid, i=0: unit_emails(uid)[i]  # noqa: E731


def social_lines(groups, members, posts, bluezone, fake, extra=()):
    return [f"- Số nhóm mạng xã hội (Zalo, Facebook): {groups} nhóm;", f"- Số thành viên trong nhóm: {members} người;",
            f"- Số tin, bài đăng tải: {posts} tin, bài;"] + list(extra) + [
            f"- Số lượt cài đặt Bluezone: {bluezone};", f"- Số vụ tin giả, tin sai sự thật: {fake}."]


def two_body(uid, office, d, wl, sl, closing=True):
    org = issuer(uid, office)
    b = [congvan_line(uid, office), ("h", "1. Tuyên truyền trên hệ thống truyền thanh cơ sở"),
         f"Nội dung tuyên truyền: {topics(d)}. Kết quả:"] + wl + [
         ("h", "2. Tuyên truyền trên mạng xã hội"),
         "Các nhóm Zalo của xã và các thôn, bản được duy trì, đăng tải thông tin chính thống của Trung ương, của tỉnh và "
         "của địa phương. Kết quả:"] + sl
    if closing:
        b += [("h", "3. Nhiệm vụ tuần tới"), "Tiếp tục duy trì hoạt động thông tin cơ sở; theo dõi, phát hiện và phối hợp "
              "xử lý thông tin xấu, độc trên mạng xã hội.",
              f"Trên đây là báo cáo kết quả công tác thông tin cơ sở tuần của {org}./."]
    return b


@case("twoforms", "ordinary", "both forms in the body under headings I and II; Bluezone 0")
def t01_muong_phang_body_both(C):
    C.mail(frm=E("muong_phang"), name="UBND xã Mường Phăng", subject="Báo cáo kết quả TTCS tuần - xã Mường Phăng",
           date=vn(2025, 8, 7, 9, 50, 12),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch\nUBND xã Mường Phăng báo cáo kết quả công tác thông tin cơ sở tuần "
                "từ 01/8 đến 07/8/2025:\n\nI. Trên hệ thống truyền thanh\n- Số tin, bài: 11\n- Thời lượng: 95 phút\n"
                "- Số lượt phát sóng: 22\n- Ước số người nghe: 4.100\n\nII. Trên mạng xã hội\n- Số nhóm Zalo: 27 (trong "
                "đó 24 nhóm bản, 3 nhóm của xã)\n- Số thành viên: 4.600\n- Số tin, bài đăng tải: 41\n- Cài đặt Bluezone: 0\n"
                "- Tin giả, tin sai sự thật: 0\n\nTrân trọng!\nLò Văn Hùng - 0914 226 735")
    p = ("w", "đến 07/8/2025", "2025-08-07")
    C.weekly("muong_phang", "11", "95", "22", "4.100", p)
    C.social("muong_phang", "27", "4.600", "41", ("Cài đặt Bluezone: 0", 0), ("Tin giả, tin sai sự thật: 0", 0), p)


@case("twoforms", "ordinary", "the department's template with both sheets filled; Bluezone 0")
def t02_thanh_an_template_both(C):
    when = vn(2025, 9, 4, 9, 10, 40)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ THANH AN", period_line="(Từ ngày 29/8/2025 đến ngày 04/9/2025)",
                         weekly=[10, 80, 20, 4500], social=[15, 3200, 28, 0, 0], maker="Lò Thị Hương", author="Huong"),
           "BC tuan Thanh An (2 bieu).xlsx")
    C.mail(frm=E("thanh_an"), name="UBND xã Thanh An", subject="Báo cáo tuần - xã Thanh An", date=when,
           body="Xã Thanh An gửi báo cáo tuần (2 biểu) ạ.\nLò Thị Hương")
    p = ("w", "đến ngày 04/9/2025", "2025-09-04")
    C.weekly("thanh_an", "10", "80", "20", "4500", p)
    C.social("thanh_an", "15", "3200", "28", "0", "0", p)


@case("twoforms", "ordinary", "radio and social media in two sentences; no Bluezone figure: social held, radio accepted")
def t03_sin_thau_no_bluezone(C):
    C.mail(frm=E("sin_thau"), name="Xã Sín Thầu", subject="Báo cáo tuần - xã Sín Thầu", date=vn(2025, 10, 9, 10, 40, 3),
           body="Kính gửi Sở VHTTDL\nXã Sín Thầu báo cáo tuần:\n1. Truyền thanh: 6 tin bài; thời lượng 48 phút; 12 lượt phát "
                "sóng; khoảng 1.700 người nghe.\n2. Mạng xã hội: 12 nhóm Zalo với 1.450 thành viên; đăng tải 20 tin, bài; "
                "không phát hiện tin giả.\nTrân trọng!\nLy Seo Dìn - VHXH xã Sín Thầu")
    C.weekly("sin_thau", "6", "48", "12", "1.700", period="rule")
    C.social("sin_thau", "12", "1.450", "20", None, ("không phát hiện tin giả", 0), status="needs_review", period="rule")


@case("twoforms", "ordinary", "ward's official docx with both sections; Bluezone 'không'")
def t04_muong_thanh_docx_both(C):
    when = vn(2025, 11, 6, 10, 20, 55)
    wl = lines4("16", "140", "32", "9.500")
    sl = social_lines("32", "7.800", "65", "không", "0")
    C.docx(commune_docx("muong_thanh", "ubnd", when, "189",
                        ["Kết quả công tác thông tin cơ sở tuần", period_summary(dt.date(2025, 10, 31), dt.date(2025, 11, 6))],
                        two_body("muong_thanh", "ubnd", when.date(), wl, sl), "Lò Thị Thanh Nga", deputy=True),
           "189-BC-UBND tuan.docx")
    C.mail(frm=E("muong_thanh"), name="UBND phường Mường Thanh", subject="Báo cáo kết quả TTCS tuần - phường Mường Thanh",
           date=when, body="Kính gửi Sở VHTTDL,\nUBND phường Mường Thanh gửi báo cáo tuần.\nTrân trọng!")
    p = ("w", "đến ngày 06/11/2025", "2025-11-06")
    C.weekly("muong_thanh", "16", "140", "32", "9.500", p)
    C.social("muong_thanh", "32", "7.800", "65", ("Bluezone: không", 0), ("tin sai sự thật: 0", 0), p)


@case("twoforms", "ordinary", "social part gives VNeID activations instead of Bluezone: social held, radio accepted")
def t05_chieng_sinh_vneid_instead(C):
    C.mail(frm=E("chieng_sinh"), name="UBND xã Chiềng Sinh", subject="Báo cáo tuần - UBND xã Chiềng Sinh",
           date=vn(2025, 12, 4, 14, 50, 26),
           body="Kính gửi Sở VHTTDL,\nUBND xã Chiềng Sinh báo cáo kết quả tuần:\n* Truyền thanh cơ sở: số tin bài 10; thời "
                "lượng 85 phút; số lượt phát sóng 20; người nghe ước 3.700.\n* Mạng xã hội: số nhóm 22; số thành viên 3.900; "
                "số tin bài đăng tải 37; VNeID: hỗ trợ kích hoạt mới 126 tài khoản định danh mức 2; tin giả: 0.\n"
                "Trân trọng!\nLò Văn Thắng")
    C.weekly("chieng_sinh", "10", "85", "20", "3.700", period="rule")
    C.social("chieng_sinh", "22", "3.900", "37", None, ("tin giả: 0", 0), status="needs_review", period="rule")


@case("twoforms", "ordinary", "text PDF of the media centre with two tables (radio, social media)")
def t06_tua_chua_pdf_two_tables(C):
    when = vn(2026, 1, 8, 9, 30, 18)
    t1 = [["STT", "Nội dung", "Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"],
          [1, "Truyền thanh xã", 12, 100, 24, "5.200"]]
    t2 = [["STT", "Nội dung", "Số nhóm", "Số thành viên", "Số tin, bài đăng tải", "Bluezone", "Tin giả"],
          [1, "Zalo, Facebook", 19, "3.400", 30, "0", "0"]]
    body = two_body("tua_chua", "tttt", when.date(), [("table", t1, {"widths_mm": [12, 45, 22, 27, 27, 30]})],
                    [("table", t2, {"widths_mm": [12, 38, 20, 25, 27, 22, 19]})])
    C.pdf(commune_pdf("tua_chua", "tttt", when, "02", ["Kết quả công tác thông tin, tuyên truyền tuần",
                                                       period_summary(dt.date(2026, 1, 2), dt.date(2026, 1, 8))],
                      body, "Giàng A Khua", deputy=False), "02-BC-TTTTVH.pdf")
    C.mail(frm=E("tua_chua", 1), name="Trung tâm TT&VH xã Tủa Chùa", subject="Báo cáo tuần - TTTT&VH xã Tủa Chùa",
           date=when, body="Kính gửi Sở VHTTDL,\nTrung tâm Truyền thông và Văn hóa xã Tủa Chùa gửi báo cáo tuần.\n"
                           "Trân trọng!")
    p = ("w", "đến ngày 08/01/2026", "2026-01-08")
    C.weekly("tua_chua", "12", "100", "24", "5.200", p)
    C.social("tua_chua", "19", "3.400", "30", "0", "0", p)


@case("twoforms", "ordinary", "both forms in the body; Bluezone 'không' followed by a VNeID figure that is not Bluezone")
def t07_na_sang_bluezone_khong_vneid(C):
    C.mail(frm=E("na_sang", 1), name="Trạm truyền thanh xã Na Sang", subject="Báo cáo tuần xã Na Sang",
           date=vn(2026, 3, 12, 10, 0, 7),
           body="Kính gửi Sở VHTTDL tỉnh,\nXã Na Sang báo cáo kết quả tuyên truyền tuần như sau:\nA. Truyền thanh cơ sở\n"
                "Tin, bài: 9\nThời lượng: 75 phút\nLượt phát sóng: 18\nNgười nghe: 3.000\nB. Mạng xã hội\nSố nhóm: 21\n"
                "Số thành viên: 3.100\nSố tin bài đăng: 33\nBluezone: không (hiện nay chỉ hướng dẫn người dân sử dụng VNeID, "
                "trong tuần kích hoạt thêm 85 tài khoản)\nTin giả: 0\nEm cảm ơn ạ.\nQuàng Thị Hoa")
    C.weekly("na_sang", "9", "75", "18", "3.000", period="rule")
    C.social("na_sang", "21", "3.100", "33", ("Bluezone: không", 0), ("Tin giả: 0", 0), period="rule")


@case("twoforms", "ordinary", "Outlook mail with two tables pasted from Excel (HTML) and a tab-separated plain part")
def t08_muong_ang_html_tables(C):
    plain = ("Kính gửi Sở VHTTDL,\nXã Mường Ảng báo cáo kết quả tuần từ 27/3 đến 02/4/2026:\n\nTruyền thanh cơ sở\n"
             "Số tin, bài\tThời lượng (phút)\tSố lượt phát sóng\tƯớc số người nghe\n14\t120\t28\t8.000\n\nMạng xã hội\n"
             "Số nhóm\tSố thành viên\tSố tin, bài đăng tải\tBluezone\tTin giả\n25\t5.300\t48\t0\t0\n\nTrân trọng!\n"
             "Cà Văn Dũng")

    def tbl(head, row):
        th = "".join(f"<td style=\"border:solid windowtext 1.0pt;padding:0 5.4pt\"><p class=MsoNormal><b>{h}</b></p></td>"
                     for h in head)
        td = "".join(f"<td style=\"border:solid windowtext 1.0pt;padding:0 5.4pt\"><p class=MsoNormal align=center>{v}</p></td>"
                     for v in row)
        return f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0><tr>{th}</tr><tr>{td}</tr></table>"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=VI>"
            "<div class=WordSection1><p class=MsoNormal>Kính gửi Sở VHTTDL,</p><p class=MsoNormal>Xã Mường Ảng báo cáo kết "
            "quả tuần từ 27/3 đến 02/4/2026:</p><p class=MsoNormal><b>Truyền thanh cơ sở</b></p>"
            + tbl(["Số tin, bài", "Thời lượng (phút)", "Số lượt phát sóng", "Ước số người nghe"], ["14", "120", "28", "8.000"])
            + "<p class=MsoNormal><b>Mạng xã hội</b></p>"
            + tbl(["Số nhóm", "Số thành viên", "Số tin, bài đăng tải", "Bluezone", "Tin giả"], ["25", "5.300", "48", "0", "0"])
            + "<p class=MsoNormal>Trân trọng!</p><p class=MsoNormal>Cà Văn Dũng</p></div></body></html>")
    C.mail(frm=E("muong_ang", 1), name="VHXH Mường Ảng", client="outlook", subject="Báo cáo tuần - xã Mường Ảng",
           date=vn(2026, 4, 2, 15, 30, 44), body=plain, html=html)
    p = ("w", "đến 02/4/2026", "2026-04-02")
    C.weekly("muong_ang", "14", "120", "28", "8.000", p)
    C.social("muong_ang", "25", "5.300", "48", "0", "0", p)


@case("twoforms", "ordinary", "both forms on two lines without diacritics")
def t09_na_bung_no_diacritics(C):
    C.mail(frm=E("na_bung"), name="UBND xa Na Bung", client="zimbra_plain", subject="bao cao tuan xa Na Bung",
           date=vn(2026, 5, 28, 9, 20, 36),
           body="Kinh gui So VHTTDL\nXa Na Bung bao cao tuan:\n- Truyen thanh: so tin bai 7, thoi luong 55 phut, so luot "
                "phat 14, nguoi nghe 2.100\n- Mang xa hoi: so nhom zalo 11, thanh vien 1.650, tin bai dang tai 18, "
                "bluezone 0, tin gia 0\nTran trong\nPhang A Cha")
    C.weekly("na_bung", "7", "55", "14", "2.100", period="rule")
    C.social("na_bung", "11", "1.650", "18", ("bluezone 0", 0), ("tin gia 0", 0), period="rule")


@case("twoforms", "ordinary", "template with both sheets; two fake-news cases explained in the note column")
def t10_thanh_nua_template_fake2(C):
    when = vn(2026, 6, 25, 10, 10, 28)
    C.xlsx(dept_template(when=when, unit_line="UBND XÃ THANH NƯA", period_line="(Từ ngày 19/6/2026 đến ngày 25/6/2026)",
                         weekly=[13, 110, 26, 6000], social=[30, 6200, 55, 0, 2],
                         note_s="02 trường hợp chia sẻ tin sai sự thật về mưa lũ, đã nhắc nhở gỡ bỏ",
                         maker="Quàng Văn Tuấn", author="Tuan"), "BC tuan Thanh Nua 25.6.xlsx")
    C.mail(frm=E("thanh_nua", 1), name="VHXH xa Thanh Nua", subject="Báo cáo tuần - xã Thanh Nưa", date=when,
           body="Kính gửi Sở VHTTDL,\nXã Thanh Nưa gửi báo cáo tuần (2 biểu).\nQuàng Văn Tuấn")
    p = ("w", "đến ngày 25/6/2026", "2026-06-25")
    C.weekly("thanh_nua", "13", "110", "26", "6000", p)
    C.social("thanh_nua", "30", "6200", "55", "0", "2", p)


@case("twoforms", "ordinary", "both forms as running prose in one paragraph")
def t11_muong_lan_prose_both(C):
    C.mail(frm=E("muong_lan"), name="UBND xã Mường Lạn", subject="Báo cáo tuần - xã Mường Lạn",
           date=vn(2026, 8, 20, 14, 30, 51),
           body="Kính gửi Sở Văn hóa, Thể thao và Du lịch.\nTrong tuần, xã Mường Lạn đã phát trên hệ thống truyền thanh 12 "
                "tin, bài với thời lượng 96 phút, 24 lượt phát sóng, ước 5.000 người nghe. Trên mạng xã hội, 20 nhóm Zalo "
                "của xã và các bản với 3.800 thành viên đã đăng tải 40 tin, bài; số lượt cài đặt Bluezone: 0; không có vụ "
                "tin giả, tin sai sự thật nào.\nTrân trọng!\nLường Văn Hải")
    C.weekly("muong_lan", "12", "96", "24", "5.000", period="rule")
    C.social("muong_lan", "20", "3.800", "40", ("cài đặt Bluezone: 0", 0), ("không có vụ tin giả", 0), period="rule")


@case("twoforms", "ordinary", "ward's official docx with both sections, a VNeID line beside 'Bluezone: 0'")
def t12_dien_bien_phu_docx_vneid(C):
    when = vn(2026, 10, 15, 9, 0, 14)
    wl = lines4("25", "220", "45", "19.000")
    sl = social_lines("40", "12.500", "90", "0", "0",
                      extra=["- Hỗ trợ kích hoạt tài khoản định danh điện tử VNeID: 312 tài khoản;"])
    C.docx(commune_docx("dien_bien_phu", "ubnd", when, "402",
                        ["Kết quả công tác thông tin cơ sở tuần", period_summary(dt.date(2026, 10, 9), dt.date(2026, 10, 15))],
                        two_body("dien_bien_phu", "ubnd", when.date(), wl, sl), "Nguyễn Văn Hải", deputy=True),
           "402-BC-UBND.docx")
    C.mail(frm=E("dien_bien_phu"), name="UBND phường Điện Biên Phủ", subject="Báo cáo số 402/BC-UBND", date=when,
           body="Kính gửi Sở VHTTDL,\nUBND phường Điện Biên Phủ gửi Báo cáo kết quả công tác thông tin cơ sở tuần.\n"
                "Trân trọng!")
    p = ("w", "đến ngày 15/10/2026", "2026-10-15")
    C.weekly("dien_bien_phu", "25", "220", "45", "19.000", p)
    C.social("dien_bien_phu", "40", "12.500", "90", ("Bluezone: 0", 0), ("tin sai sự thật: 0", 0), p)
